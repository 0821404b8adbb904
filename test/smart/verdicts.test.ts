/**
 * The analyser's verdicts, reasons, hints, warnings, SMART_CHECK text and the deadline it reads from a statement are
 * exactly those recorded in fixtures/verdicts.json before the analyser was made faster (issue 13): a speed-up changes
 * no output. The inputs are in the fixture too: every corpus statement, the statements quoted in analyser.test.ts and
 * criteria.test.ts, and variants of each (with a parent, with a today, with a deadline, cut short, in lower case), so
 * that the rules see text they were not tuned on.
 *
 * To record again (only when a verdict is meant to change): UPDATE_SMART_VERDICTS=1 npx vitest run test/smart/verdicts.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseGoal, deadlineFromText, judgeGoal, smartCheckText } from '../../shared/smart/analyser';
import type { GoalInput } from '../../shared/smart/types';
import { serialFromParts } from '../../shared/functions/coerce';

const FIXTURE = resolve(__dirname, 'fixtures/verdicts.json');
const TODAY = serialFromParts(2026, 3, 1);

interface Recorded {
  input: GoalInput;
  analysis: ReturnType<typeof analyseGoal>;
  check: string;
  deadline: ReturnType<typeof deadlineFromText> | null;
}

const outputOf = (input: GoalInput): Recorded => {
  const analysis = analyseGoal(input);
  return { input, analysis, check: smartCheckText(analysis), deadline: deadlineFromText(input.text, input.today ?? TODAY) ?? null };
};

/** The statements and their variants (only used when recording). */
function inputs(): GoalInput[] {
  const corpus = ['tuning', 'heldout'].flatMap((p) => JSON.parse(readFileSync(resolve(__dirname, 'corpus', `${p}.json`), 'utf8')) as { text: string }[]);
  // Every string literal of three words or more in the analyser's own tests.
  const quoted = ['analyser.test.ts', 'criteria.test.ts'].flatMap((f) =>
    [...readFileSync(resolve(__dirname, f), 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'")).filter((s) => s.split(' ').length >= 3));
  const texts = [...new Set([...corpus.map((e) => e.text), ...quoted])];
  const out: GoalInput[] = [];
  for (const text of texts) {
    const words = text.split(/\s+/);
    out.push({ text });
    out.push({ text, parent: 'G-1 Grow the business' });
    out.push({ text, today: TODAY });
    out.push({ text, deadline: serialFromParts(2025, 12, 31), today: TODAY });
    out.push({ text: text.toLowerCase(), today: TODAY });
    if (words.length > 3) {
      out.push({ text: words.slice(0, Math.ceil(words.length / 2)).join(' '), today: TODAY });
      out.push({ text: words.slice(1).join(' ') });
      out.push({ text: words.slice(0, -1).join(' '), today: TODAY });
    }
  }
  return out;
}

describe('the analyser gives the recorded output', () => {
  if (process.env.UPDATE_SMART_VERDICTS) {
    it('records the fixture', () => {
      // One input a line, so that a change shows as a diff of the lines it touches.
      writeFileSync(FIXTURE, `[\n${inputs().map((i) => JSON.stringify(outputOf(i))).join(',\n')}\n]\n`);
    });
    return;
  }
  const recorded: Recorded[] = existsSync(FIXTURE) ? JSON.parse(readFileSync(FIXTURE, 'utf8')) : [];
  it('has a fixture of at least 1,000 inputs', () => expect(recorded.length).toBeGreaterThanOrEqual(1000));
  it('for every input: verdicts, reasons, hints, warnings, score, SMART_CHECK text and deadline', () => {
    const differ = recorded.filter((r) => JSON.stringify(outputOf(r.input)) !== JSON.stringify(r));
    expect(differ.map((r) => ({ input: r.input, now: outputOf(r.input), recorded: r }))).toEqual([]);
  });
  it('judgeGoal (SMART_SCORE, SMART_CHECK): the same verdicts, hints, score and SMART_CHECK text', () => {
    const shown = (a: Recorded['analysis']) => ({ score: a.score, criteria: Object.entries(a.criteria).map(([k, c]) => [k, c.met, c.hint]) });
    const differ = recorded.filter((r) => {
      const j = judgeGoal(r.input);
      return JSON.stringify(shown(j)) !== JSON.stringify(shown(r.analysis)) || smartCheckText(j) !== r.check;
    });
    expect(differ.map((r) => ({ input: r.input, now: shown(judgeGoal(r.input)), recorded: shown(r.analysis) }))).toEqual([]);
  });
});

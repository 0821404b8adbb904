/**
 * Evaluation of the SMART analyser on the corpus of goal statements quoted from public guides (corpus/README.md):
 * how often its verdict (SMART_CHECK says "SMART") agrees with the source's, and how often each criterion is met, for
 * the goals the sources hold up as SMART and for those they show as weak. Used by test/smart/corpus.test.ts and by
 * `npm run smart:eval`.
 */
import { analyseGoal, smartCheckText } from '../../shared/smart/analyser';
import { CRITERIA, type CriterionKey } from '../../shared/smart/types';

export interface CorpusEntry {
  text: string;
  source: string;
  verdict: 'smart' | 'weak';
}

export interface Figures {
  n: number;
  smartN: number;
  weakN: number;
  /** Share of all goals where the analyser's verdict equals the source's. */
  agreement: number;
  /** Share of the source's SMART goals the analyser passes. */
  smartPassed: number;
  /** Share of the source's weak goals the analyser passes (lower is better). */
  weakPassed: number;
  /** Per criterion: share met (yes or unknown) among SMART goals and among weak goals. */
  criteria: Record<CriterionKey, { smart: number; weak: number }>;
  disagreements: { entry: CorpusEntry; check: string }[];
}

export const PARENT = 'G1: the parent goal in the cascade';

export function evaluate(entries: CorpusEntry[], withParent: boolean): Figures {
  let agree = 0;
  let smartPass = 0;
  let weakPass = 0;
  const met: Record<CriterionKey, { smart: number; weak: number }> = Object.fromEntries(
    CRITERIA.map((k) => [k, { smart: 0, weak: 0 }]),
  ) as Record<CriterionKey, { smart: number; weak: number }>;
  const disagreements: Figures['disagreements'] = [];
  for (const e of entries) {
    const a = analyseGoal({ text: e.text, parent: withParent ? PARENT : undefined });
    const check = smartCheckText(a);
    const passed = check === 'SMART';
    if (passed === (e.verdict === 'smart')) agree++;
    else disagreements.push({ entry: e, check });
    if (passed && e.verdict === 'smart') smartPass++;
    if (passed && e.verdict === 'weak') weakPass++;
    for (const k of CRITERIA) if (a.criteria[k].met !== 'no') met[k][e.verdict]++;
  }
  const smartN = entries.filter((e) => e.verdict === 'smart').length;
  const weakN = entries.length - smartN;
  for (const k of CRITERIA) {
    met[k].smart = smartN ? met[k].smart / smartN : 0;
    met[k].weak = weakN ? met[k].weak / weakN : 0;
  }
  return {
    n: entries.length, smartN, weakN,
    agreement: agree / entries.length,
    smartPassed: smartN ? smartPass / smartN : 0,
    weakPassed: weakN ? weakPass / weakN : 0,
    criteria: met,
    disagreements,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(0)} %`;

/** A short table of the figures, one line per criterion. */
export function report(name: string, f: Figures): string {
  const lines = [
    `${name}: ${f.n} goals (${f.smartN} SMART by their source, ${f.weakN} weak)`,
    `  verdict agrees with the source: ${pct(f.agreement)}; SMART goals passed: ${pct(f.smartPassed)}; weak goals passed: ${pct(f.weakPassed)}`,
    `  criterion met (yes or unknown)   SMART goals   weak goals`,
    ...CRITERIA.map((k) => `    ${k.padEnd(30)} ${pct(f.criteria[k].smart).padStart(11)}   ${pct(f.criteria[k].weak).padStart(10)}`),
  ];
  return lines.join('\n');
}

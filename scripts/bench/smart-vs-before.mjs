// SMART_SCORE and SMART_CHECK against the analyser before issue 13 (commit 4003119), in the same process on the same
// 10,000 statements: rounds alternate between the two (and which goes first), the figure is the ratio of the medians,
// speed now / speed before (>= 1 means at least as fast, issue 13).
//
// The old analyser is a frozen copy under ./baseline-smart/ (shared/smart/* and shared/functions/smartFunctions.ts of
// 4003119, stored as .txt so that tsc does not check them against today's modules), not `git show 4003119:...` at
// bench time: a shallow clone in CI has no 4003119. When the history is there, the copy is checked against it. It is
// bundled on top of a copy of today's shared/ (coerce, errors, vectorise are today's for both sides), so the ratio
// measures the analyser and its cell wrapper only.
//
// Alone: node scripts/bench/smart-vs-before.mjs [--rounds N] (prints the figures; npm run bench runs it as a section).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { root } from '../build/common.mjs';
import { atLeast, figure, median } from './report.mjs';

export const BEFORE_COMMIT = '4003119';
const FROZEN = fileURLToPath(new URL('./baseline-smart/', import.meta.url));

function frozenFiles(dir = FROZEN) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...frozenFiles(p));
    else if (name.endsWith('.txt')) out.push(relative(FROZEN, p).slice(0, -'.txt'.length).split('\\').join('/'));
  }
  return out;
}

/** The frozen copy equals the files of 4003119 whenever the history is at hand (skipped in a shallow clone). */
function checkFrozenAgainstGit(files) {
  for (const f of files) {
    let old;
    try {
      old = execFileSync('git', ['show', `${BEFORE_COMMIT}:${f}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return false; // no history: trust the copy
    }
    if (old !== readFileSync(join(FROZEN, `${f}.txt`), 'utf8')) throw new Error(`scripts/bench/baseline-smart/${f}.txt differs from ${BEFORE_COMMIT}:${f}`);
  }
  return true;
}

async function bundle(entry, outDir, name) {
  const outfile = join(outDir, `${name}.mjs`);
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}

/** SMART_SCORE and SMART_CHECK of today and of 4003119, each from its own bundle. */
export async function loadBoth() {
  const files = frozenFiles();
  const checked = checkFrozenAgainstGit(files);
  const tmp = mkdtempSync(join(tmpdir(), 'goalpost-smart-before-'));
  try {
    cpSync(resolve(root, 'shared'), join(tmp, 'shared'), { recursive: true });
    rmSync(join(tmp, 'shared/smart'), { recursive: true, force: true });
    mkdirSync(join(tmp, 'shared/smart'));
    for (const f of files) writeFileSync(join(tmp, f), readFileSync(join(FROZEN, `${f}.txt`)));
    const before = await bundle(join(tmp, 'shared/functions/smartFunctions.ts'), tmp, 'before');
    const now = await bundle(resolve(root, 'shared/functions/smartFunctions.ts'), tmp, 'now');
    return { before, now, checked };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The 10,000 statements of throughput.mjs (the issue 13 figure): five realistic goals, repeated. */
export const STATEMENTS = [
  'Increase customer satisfaction by 20% within the next year', 'Increase sales',
  'Reduce patient wait times from 30 to 24 minutes by Q3 2026 so that more patients are seen',
  'Improve production efficiency by 15% in the next year', 'Launch the new onboarding flow for 500 customers by 2026-06-30',
];
export const column = (statements, n = 10000) => Array.from({ length: n }, (_, i) => [statements[i % statements.length]]);

/** Every corpus statement (test/smart/corpus), cycled to 10,000 rows: more varied than the five. */
export function corpusColumn() {
  const load = (p) => JSON.parse(readFileSync(resolve(root, 'test/smart/corpus', `${p}.json`), 'utf8'));
  return column([...load('tuning'), ...load('heldout')].map((e) => e.text));
}

function ms(fn) {
  const t0 = process.hrtime.bigint();
  const out = fn();
  const t = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!Array.isArray(out)) throw new Error('benchmark body returned no array');
  return t;
}

/** Median milliseconds of each side over `rounds` alternating rounds, after a warm-up of both. */
export function compareSides(beforeFn, nowFn, rounds) {
  for (let i = 0; i < 3; i++) {
    beforeFn();
    nowFn();
  }
  const b = [];
  const n = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2) {
      n.push(ms(nowFn));
      b.push(ms(beforeFn));
    } else {
      b.push(ms(beforeFn));
      n.push(ms(nowFn));
    }
  }
  return { before: median(b), now: median(n), ratio: median(b) / median(n) };
}

export async function run({ rounds = 15 } = {}) {
  const { before, now, checked } = await loadBoth();
  if (!checked) console.log(`(no ${BEFORE_COMMIT} in this clone: the frozen copy of its analyser is used unchecked)`);
  const sets = [
    { label: '', goals: column(STATEMENTS), budget: true },
    { label: ', corpus statements', goals: corpusColumn(), budget: false },
  ];
  for (const { label, goals, budget } of sets) {
    for (const name of ['SMART_SCORE', 'SMART_CHECK']) {
      const r = compareSides(() => before[name](goals, null, null), () => now[name](goals, null, null), rounds);
      const detail = `now ${r.now.toFixed(0)} ms / before ${r.before.toFixed(0)} ms`;
      // SMART_CHECK is the figure issue 13 budgets; SMART_SCORE on the same statements is printed beside it.
      const budgeted = budget && name === 'SMART_CHECK';
      figure(`${name} speed against the analyser before issue 13${label} (${detail})`, r.ratio, 'x', budgeted ? atLeast(1) : undefined);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--rounds');
  await run({ rounds: i > 0 ? Number(process.argv[i + 1]) : 15 });
}

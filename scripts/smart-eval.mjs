// `npm run smart:eval [-- --part tuning|heldout|all] [--list]`: the SMART analyser against the corpus of goal
// statements quoted from public guides (test/smart/corpus), with and without a parent goal, figures per criterion.
// --list prints every goal where the analyser disagrees with its source.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const part = args.includes('--part') ? args[args.indexOf('--part') + 1] : 'all';
const list = args.includes('--list');

const outfile = join(mkdtempSync(join(tmpdir(), 'goalpost-smart-eval-')), 'eval.mjs');
await esbuild.build({ entryPoints: [resolve(root, 'test/smart/corpusEval.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
const { evaluate, report } = await import(pathToFileURL(outfile).href);

const load = (p) => JSON.parse(readFileSync(resolve(root, 'test/smart/corpus', `${p}.json`), 'utf8'));
const parts = part === 'all' ? ['tuning', 'heldout'] : [part];
for (const p of parts) {
  const entries = load(p);
  for (const withParent of [false, true]) {
    const f = evaluate(entries, withParent);
    console.log(report(`${p}, ${withParent ? 'with' : 'without'} a parent`, f));
    if (list) for (const d of f.disagreements) console.log(`    [${d.entry.verdict}] ${d.entry.text}\n        -> ${d.check}`);
  }
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestModule, type TestSpecification, type Vitest } from 'vitest/node';
import type { Reporter } from 'vitest/reporters';

/**
 * The vitest configuration Stryker runs for `npm run mutate`. It runs the tests that import the TypeScript sources
 * (where Stryker puts its mutants); the browser tests drive the built bundles in Chromium and cannot see a mutant in the
 * sources, so they stay in `npm test` only. So do the other tests that read nothing Stryker mutates: they would only
 * lengthen the initial run (and, run for a static mutant, every run).
 */

/** Tests that read only dist/, docs/, manifests or scripts: no mutant can change their verdict. */
const CANNOT_SEE_A_MUTANT = [
  'test/docs/links.test.ts', // the Markdown files
  'test/docs/helpLinks.test.ts', // the panel in Chromium: the page never learns which mutant is active
  'test/excel/manifest.test.ts', // manifest.xml and scripts/validate-manifest.mjs
  'test/sheets/manifest.test.ts', // dist/sheets/appsscript.json
  'test/sheets/syntax.test.ts', // dist/sheets/*.js parsed by acorn
  'test/hosts/sheetsErrorInputs.test.ts', // dist/sheets bundles only
  'test/hosts/sheetsTimeZones.test.ts', // dist/sheets and dist/excel bundles only
];
/**
 * mathjs as one pre-bundled file. Its package entry is some 1,000 ES modules: Node takes about 1.5 s to load them, and
 * every mutant run loads them again in each test file that imports shared/functions (KPI_EVAL's mathjs is imported by
 * the sources), so most of a mutant's time went to mathjs. The same exports bundled by esbuild load in about 30 ms.
 * The names are read from safeMath.ts, the only importer, so the bundle always has what it asks for.
 */
function bundledMathjs(): string {
  const safeMath = readFileSync('shared/functions/safeMath.ts', 'utf8');
  const names = /import\s*\{([^}]*)\}\s*from\s*'mathjs'/.exec(safeMath)?.[1];
  if (!names) throw new Error("vitest.mutate.config.ts: no import from 'mathjs' found in shared/functions/safeMath.ts");
  const contents = `export {${names}} from 'mathjs';`;
  const dir = join(tmpdir(), 'goalpost-mutate');
  const file = join(dir, `mathjs-${createHash('sha256').update(contents).digest('hex').slice(0, 12)}.mjs`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  // Two Stryker workers load this config at once: each writes its own file and renames it into place.
  const partial = `${file}.${process.pid}`;
  buildSync({ stdin: { contents, resolveDir: process.cwd() }, bundle: true, format: 'esm', platform: 'node', outfile: partial, logLevel: 'warning' });
  renameSync(partial, file);
  return file;
}

/**
 * Cheapest test files first. Stryker runs a mutant's covering tests with bail 1, and test/setup.mutate.ts stops loading
 * test files once a test has failed, so a mutant that a cheap unit test kills never loads the heavy files (the
 * playground, HyperFormula, template evaluation). Vitest's own order is the opposite (failed first, then the longest
 * first, to spread load over workers). A file's cost is the most it has taken to load and run in this process (the
 * dry run measures every file; files share imports, so a file measured after HyperFormula was loaded looks cheap
 * until it runs first); a file not yet measured counts as expensive.
 */
const costOf = new Map<string, number>();
class CheapestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cost = (f: TestSpecification) => costOf.get(f.moduleId) ?? Number.MAX_SAFE_INTEGER;
    return [...files].sort((a, b) => cost(a) - cost(b));
  }
}
class MeasureFileCost implements Reporter {
  onTestModuleEnd(module: TestModule) {
    if (module.state() === 'skipped') return;
    const d = module.diagnostic();
    const cost = d.prepareDuration + d.collectDuration + d.setupDuration + d.duration;
    costOf.set(module.moduleId, Math.max(cost, costOf.get(module.moduleId) ?? 0));
  }
}

/**
 * A test file that cannot be loaded counts as a failed test. Stryker's vitest runner builds a mutant's verdict from the
 * tests it collected, and a file whose import throws collects none: a mutant that stops a module from loading (a
 * module-level constant or check, e.g. help.tsx's DOCS_BASE reading an undefined build constant) was reported as
 * survived with 0 tests run, though every test of the file fails on it (stryker-js issue #6150, open; the fix in
 * PR #6217 is not released). At the end of each run, each file that failed with no test in it gets one failed test
 * carrying its load error, which Stryker then reads as the kill. A file that loaded is left as it is. In Stryker's dry
 * run the same turns a file that cannot load into a failed initial run, which stops Stryker, instead of a file silently
 * left out.
 */
class UnloadableFileAsFailedTest implements Reporter {
  private vitest?: Vitest;
  onInit(vitest: Vitest) {
    this.vitest = vitest;
  }
  onTestRunEnd() {
    for (const file of this.vitest?.state.getFiles() ?? []) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      // vitest types a test with a context only its runner builds; nothing reads one after the run.
      file.tasks.push({
        type: 'test', id: `${file.id}_load`, name: 'the test file loads', fullName: `${file.name} loads`, mode: 'run',
        suite: file, file, meta: {}, timeout: 0, annotations: [], artifacts: [],
        result: { state: 'fail', errors: file.result.errors ?? [{ message: `${file.name} did not load` }] },
      } as unknown as (typeof file.tasks)[number]);
    }
  }
}

/**
 * A focused run: `GOALPOST_MUTATE_TESTS='test/smart/**,test/functions/smart.test.ts' npx stryker run --mutate ...` runs
 * only those test files. A survivor then costs the focused files, not every test that reaches the code (for the SMART
 * analyser that is the playground and HyperFormula template tests too: a minute per survivor, over an hour a run). The
 * score it reports is a lower bound: a mutant that survives the focus may still be killed by a test outside it.
 */
const focus = process.env.GOALPOST_MUTATE_TESTS?.split(',').map((g) => g.trim()).filter(Boolean);

export default defineConfig({
  resolve: { alias: [{ find: /^mathjs$/, replacement: bundledMathjs() }] },
  test: {
    include: focus?.length ? focus : ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**', ...CANNOT_SEE_A_MUTANT],
    setupFiles: ['test/setup.ts', 'test/setup.mutate.ts'],
    // One worker runs a mutant's test files one after another and shares their imports, so the files covering a
    // survivor load HyperFormula and the playground once, not once each. Nothing leaks from one mutant to the next:
    // Stryker starts every mutant's run in a fresh worker thread (checked: module state and globalThis start anew).
    isolate: false,
    sequence: { sequencer: CheapestFirst },
    reporters: ['default', new MeasureFileCost(), new UnloadableFileAsFailedTest()],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

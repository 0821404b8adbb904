// @ts-check
// dist/ is copied into the sandbox: some tests load the built bundles (npm run mutate builds first).
/**
 * `npm run mutate`: mutation testing of the core (shared/) and the host adapters and entries (src/excel, src/sheets)
 * with StrykerJS and its vitest runner. One folder at a time: `npm run mutate -- --mutate 'src/excel/**\/*.ts'`.
 * StrykerJS 9 is the newest line that runs on Node 20 (10.x needs Node 22).
 * The HTML report lands in reports/mutation/mutation.html.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // GOALPOST_MUTATE_COVERAGE=all: every mutant runs all the (focused) tests, switched on before anything is imported.
  // For code that tests run while building fixtures in hooks or while collected (the templates: a plan built once per
  // file and checked by many tests), which per-test coverage counts as static and never pairs with the tests that check
  // it. Static mutants are then run too, not ignored.
  coverageAnalysis: process.env.GOALPOST_MUTATE_COVERAGE === 'all' ? 'all' : 'perTest',
  mutate: [
    'shared/**/*.ts',
    'shared/**/*.tsx',
    'src/excel/**/*.ts',
    'src/sheets/**/*.ts',
    '!src/**/*.entry.ts',
    '!src/**/*.entry.tsx',
  ],
  ignorePatterns: ['test-artifacts', 'reports', 'docs/images'],
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // A static mutant (module-level code: tables, constants) runs every test, one by one: hours per folder. Ignored
  // here; the report lists them as ignored.
  ignoreStatic: process.env.GOALPOST_MUTATE_COVERAGE !== 'all',
  concurrency: 2,
  timeoutMS: 20_000,
  // The first run of every test (for per-test coverage) takes minutes on two busy cores; the default 5 is too short.
  dryRunTimeoutMinutes: 20,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 85, low: 75, break: null },
  // Stryker's '// @ts-nocheck' banner would change files the build tests compare byte for byte; vitest does not type-check.
  disableTypeChecks: false,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration Stryker runs for `npm run mutate`. It runs the tests that import the TypeScript sources
 * (where Stryker puts its mutants); the browser tests drive the built bundles in Chromium and cannot see a mutant in the
 * sources, so they stay in `npm test` only. So do the other tests that read nothing Stryker mutates: they would only
 * lengthen the initial run (and, run for a static mutant, every run).
 */

/** Tests that read only dist/, docs/, manifests or scripts: no mutant can change their verdict. */
const CANNOT_SEE_A_MUTANT = [
  'test/docs/links.test.ts', // the Markdown files
  'test/docs/helpLinks.test.ts', // shared/ui/help in Chromium (shared/ui is not mutated)
  'test/excel/manifest.test.ts', // manifest.xml and scripts/validate-manifest.mjs
  'test/sheets/manifest.test.ts', // dist/sheets/appsscript.json
  'test/sheets/syntax.test.ts', // dist/sheets/*.js parsed by acorn
  'test/hosts/sheetsErrorInputs.test.ts', // dist/sheets bundles only
  'test/hosts/sheetsTimeZones.test.ts', // dist/sheets and dist/excel bundles only
];
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**', ...CANNOT_SEE_A_MUTANT],
    setupFiles: ['test/setup.ts', 'test/setup.mutate.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

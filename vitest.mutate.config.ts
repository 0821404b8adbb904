/**
 * The vitest configuration Stryker runs for `npm run mutate`. It runs the tests that import the TypeScript sources
 * (where Stryker puts its mutants); the browser tests drive the built bundles in Chromium and cannot see a mutant in the
 * sources, so they stay in `npm test` only.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts', 'test/setup.mutate.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

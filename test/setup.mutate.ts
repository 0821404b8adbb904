// Setup for `npm run mutate` only.
// - A fixed fast-check seed, so each mutant meets the same generated inputs and a mutant's verdict does not depend on
//   the draw (npm test keeps random seeds, and prints a failing seed to replay).
// - Fewer generated cases: a mutant that a property can see is almost always seen in its first few dozen runs (the
//   seed is fixed, so the score is reproducible); the thousands of runs npm test draws hunt rare inputs, not mutants.
//   FUZZ_RUNS is read by the fuzz and parity tests at import, after this file ran; a value set by the caller wins.
// - No shrinking: a property that fails under a mutant has killed it; shrinking the counterexample only re-runs the
//   property (hundreds of HyperFormula or host-bundle evaluations) for a smaller example nobody reads.
// - Once a test has failed, the mutant is killed (Stryker runs with bail 1): vitest then still imports every remaining
//   test file only to mark its tests skipped, which cost most of a killed mutant's time (0.5-1 s a file). The files of
//   one run share this module's globals (isolate: false), so the first failure is noted here, and each later file's
//   setup stops before its test file is imported. Never reached in npm test (this file is the mutation run's only) or
//   in Stryker's dry run (every test passes there).
// - The mutant is on before the test file is collected. Stryker's own setup switches a mutant on in a beforeAll hook,
//   so whatever a test file builds while it is collected (a plan or a workbook made in a describe body, a fixture at
//   module level) would be built without the mutant. Switching it on here, in a setup file that runs before each test
//   file is imported, lets such fixtures see it; nothing changes for code that runs inside tests (the beforeAll sets
//   the same mutant again). This alone does not make the tests that check a shared fixture run for its mutants:
//   per-test coverage counts code run outside a test as static and pairs the mutant only with tests that call the code
//   themselves. For such code (the templates) run with GOALPOST_MUTATE_COVERAGE=all (stryker.config.mjs).
import fc from 'fast-check';
import { afterEach, inject } from 'vitest';

const stryker = inject as unknown as (key: string) => unknown;
if (stryker('mode') === 'mutant') {
  const key = String(stryker('globalNamespace') ?? '__stryker__');
  const ns = ((globalThis as Record<string, unknown>)[key] ??= {}) as { activeMutant?: unknown };
  ns.activeMutant = stryker('activeMutant');
}

process.env.FUZZ_RUNS ??= '100';
fc.configureGlobal({ seed: 20261125, numRuns: 50, endOnFailure: true });

const run = globalThis as { goalpostMutantKilled?: boolean };
if (run.goalpostMutantKilled) throw new Error('Not loaded: an earlier test file of this run already failed (the mutant is killed).');
afterEach(({ task }) => {
  if (task.result?.state === 'fail') run.goalpostMutantKilled = true;
});

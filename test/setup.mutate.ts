// Setup for `npm run mutate` only.
// - A fixed fast-check seed, so each mutant meets the same generated inputs and a mutant's verdict does not depend on
//   the draw (npm test keeps random seeds, and prints a failing seed to replay).
// - Fewer generated cases: a mutant that a property can see is almost always seen in its first few dozen runs (the
//   seed is fixed, so the score is reproducible); the thousands of runs npm test draws hunt rare inputs, not mutants.
//   FUZZ_RUNS is read by the fuzz and parity tests at import, after this file ran; a value set by the caller wins.
import fc from 'fast-check';

process.env.FUZZ_RUNS ??= '100';
fc.configureGlobal({ seed: 20261125, numRuns: 50 });

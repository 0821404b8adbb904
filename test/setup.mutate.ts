// Setup for `npm run mutate` only: a fixed fast-check seed, so each mutant meets the same generated inputs and a
// mutant's verdict does not depend on the draw (npm test keeps random seeds, and prints a failing seed to replay).
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261125 });

// KPI_EVAL loads mathjs with a lazy `require('./safeMath')`, which esbuild turns into a lazy initialiser in the
// bundles. Vitest runs the sources as ES modules, where `require` does not exist, so the unit tests provide one that
// answers exactly that request. The built bundles, where the real lazy path runs, are tested in test/hosts.
import * as safeMath from '../shared/functions/safeMath';

(globalThis as { require?: unknown }).require ??= (id: string) => {
  if (id === './safeMath') return safeMath;
  throw new Error(`test/setup.ts: unexpected require(${id})`);
};

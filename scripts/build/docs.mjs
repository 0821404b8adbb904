// docs/functions.md: the function reference, generated from the registry and its worked examples (scripts/codegen.ts).
// It is written into the repository, not dist/, so that GitHub shows it; test/docs/reference.test.ts fails when the
// committed file differs from what this step generates.
import { importTs, src, write } from './common.mjs';

export async function buildDocs() {
  const codegen = await importTs('scripts/codegen.ts');
  await write(src('docs/functions.md'), codegen.functionsReference());
}

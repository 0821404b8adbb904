/** docs/functions.md is what the build generates from the registry: a change to the registry without a build fails here. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions';
import { functionsReference } from '../../scripts/codegen';

const ROOT = resolve(__dirname, '../..');

describe('docs/functions.md', () => {
  const committed = readFileSync(resolve(ROOT, 'docs/functions.md'), 'utf8');

  it('is exactly what `npm run build` generates from the registry and its examples', () => {
    expect(committed, 'docs/functions.md is stale: run `npm run build` and commit it').toBe(functionsReference());
  });

  it('has a section, both spellings and every argument for each function', () => {
    for (const f of FUNCTIONS) {
      expect(committed).toContain(`\n## ${f.name}\n`);
      expect(committed).toContain(`\`=GOALS.${f.name}(`);
      expect(committed).toContain(`\`=${f.name}(`);
      for (const p of f.params) expect(committed).toContain(`| \`${p.name}\` |`);
    }
  });
});

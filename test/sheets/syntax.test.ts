import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { DIST, sheetsFiles } from '../hosts/loaders';

describe('dist/sheets parses as Apps Script V8 parses it', () => {
  // ES2020 is the project's Apps Script target; it leaves out class fields, #private, static blocks and ??=
  // (platforms.md: "#private fields and static class fields do not parse in Apps Script").
  it.each(sheetsFiles())('%s is ES2020 without class fields', (file) => {
    const code = readFileSync(resolve(DIST, 'sheets', file), 'utf8');
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });
  it('the sidebar script also parses as ES2020', () => {
    const html = readFileSync(resolve(DIST, 'sheets/Sidebar.html'), 'utf8');
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1];
    expect(() => parse(script, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });
});

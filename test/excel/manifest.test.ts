import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { validate } from '../../scripts/validate-manifest.mjs';
// @ts-expect-error: a plain .mjs build script without type declarations
import { manifestFor } from '../../scripts/build/excel.mjs';

const ROOT = resolve(__dirname, '../..');
const real = readFileSync(resolve(ROOT, 'manifest.xml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-manifest-'));
function check(xml: string): string[] {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  return validate(file);
}

describe('manifest.xml validation (npm run validate)', () => {
  it('passes on the real manifest, through the npm script as well', () => {
    expect(check(real)).toEqual([]);
    const r = spawnSync('node', ['scripts/validate-manifest.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
  it('passes on the production manifest built for another base URL', async () => {
    const prod = await manifestFor('https://goals.example.com/addin/');
    expect(prod).not.toContain('localhost');
    expect(prod).toContain('https://goals.example.com/addin/functions.json');
    expect(check(prod)).toEqual([]);
    await expect(manifestFor('http://goals.example.com')).rejects.toThrow(/https/);
  });
  it('fails on broken XML', () => {
    expect(check(real.replace('</Permissions>', '</Permission>'))[0]).toMatch(/^schema:/);
  });
  it('fails when an element is out of the schema', () => {
    expect(check(real.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'))[0]).toMatch(/^schema:/);
  });
  it('fails when the task pane action uses another resid than the runtime', () => {
    const broken = real.replace(/(<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid=")Taskpane\.Url/, '$1GetStarted.LearnMoreUrl');
    expect(broken).not.toBe(real);
    expect(check(broken).join('\n')).toMatch(/ShowTaskpane action uses resid "GetStarted.LearnMoreUrl"/);
  });
  it('fails without SharedRuntime, with another namespace, with ReadDocument or with an http URL', () => {
    expect(check(real.replace('Name="SharedRuntime"', 'Name="CustomFunctionsRuntime"')).join()).toMatch(/only SharedRuntime 1.1/);
    expect(check(real.replace('id="Functions.Namespace" DefaultValue="GOALS"', 'id="Functions.Namespace" DefaultValue="KPI"')).join()).toMatch(/namespace must be GOALS/);
    expect(check(real.replace('>ReadWriteDocument<', '>ReadDocument<')).join()).toMatch(/ReadWriteDocument/);
    expect(check(real.replace('https://localhost:3000/functions.js', 'http://localhost:3000/functions.js')).join()).toMatch(/not https/);
  });
});

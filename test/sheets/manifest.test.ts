import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadSheets, sheetsFiles } from '../hosts/loaders';

const manifest = JSON.parse(readFileSync(resolve(DIST, 'sheets/appsscript.json'), 'utf8'));

describe('dist/sheets/appsscript.json', () => {
  it('runs on V8 and asks for the two narrowest scopes only', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest.addOns).toBeUndefined(); // that block is for card-based Workspace add-ons
    expect(typeof manifest.timeZone).toBe('string');
  });
});

describe('loading dist/sheets touches no service', () => {
  it('loads every file with services that throw on any access', () => {
    const trap = (name: string) =>
      new Proxy({}, { get: (_t, p) => { throw new Error(`${name}.${String(p)} touched at load`); } });
    const services = Object.fromEntries(
      ['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'ScriptApp', 'Session', 'UrlFetchApp', 'CacheService', 'LockService', 'Utilities', 'Logger']
        .map((n) => [n, trap(n)]),
    );
    expect(sheetsFiles().length).toBeGreaterThanOrEqual(2);
    const { call } = loadSheets(services);
    expect(call('KPI_STATUS', 1.2)).toBe('Green'); // and the functions still work without any service
  });
});

/**
 * The Sheets add-on from its TypeScript sources, in this realm, with the same `globals` and `call` as loadSheets
 * (../hosts/loaders), which runs the BUILT files as Apps Script does. The add-on's tests run against both: the bundle is
 * what users get, the sources are where `npm run mutate` puts its mutants (a test that only reads dist/ can never see
 * one). The services (SpreadsheetApp, HtmlService, Utilities, Charts) become globals of this realm, as Apps Script
 * provides them to every file of a script project; each load replaces the previous load's.
 */
import { vi } from 'vitest';
import * as core from '../../src/sheets/core.entry';
import { SERVER_FUNCTIONS } from '../../src/sheets/server';
import { FUNCTIONS } from '../../shared/functions';

export function loadSheetsSources(globals: Record<string, unknown> = {}) {
  vi.unstubAllGlobals();
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
  const g: Record<string, unknown> = { ...globals, GoalpostCore: core };
  // What dist/sheets/server.js and functions.js declare: top-level functions handing their arguments to the core.
  for (const name of SERVER_FUNCTIONS) g[name] = (...args: unknown[]) => (core.server[name] as (...a: unknown[]) => unknown)(...args);
  for (const f of FUNCTIONS) g[f.name] = (...args: unknown[]) => core.call(f.name, args);
  const call = (name: string, ...args: unknown[]) => {
    const fn = g[name];
    if (typeof fn !== 'function') throw new Error(`${name} is not a global function`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  return { globals: g, call };
}

/** Both ways of loading the add-on, for describe.each. */
export type SheetsLoader = (globals?: Record<string, unknown>) => { globals: Record<string, unknown>; call: (name: string, ...args: unknown[]) => unknown };

/**
 * Load the BUILT bundles the way each host loads them.
 * - Excel: dist/excel/functions.js runs in a JavaScript-only context that has `CustomFunctions` and nothing of the DOM.
 * - Sheets: every .js file of dist/sheets runs in ONE global scope, as Apps Script loads a script project.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';

export const DIST = resolve(__dirname, '../../dist');

/** A faithful stand-in for Excel's CustomFunctions namespace, recording every association. */
export function fakeCustomFunctions() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  class ExcelError {
    readonly code: string;
    readonly message?: string;
    constructor(code: string, message?: string) {
      if (!Object.values(ErrorCode).includes(code)) throw new Error(`CustomFunctions.Error: unknown code ${code}`);
      this.code = code;
      if (message !== undefined) this.message = message;
    }
  }
  const ErrorCode = {
    invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!',
    nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!',
  } as Record<string, string>;
  return {
    associated,
    ErrorClass: ExcelError,
    CustomFunctions: {
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        if (typeof fn !== 'function') throw new Error(`associate(${id}): not a function`);
        if (associated.has(id)) throw new Error(`associate(${id}): associated twice`);
        associated.set(id, fn);
      },
      Error: ExcelError,
      ErrorCode,
    },
  };
}

export function loadExcelFunctions() {
  const fake = fakeCustomFunctions();
  const context = vm.createContext({ CustomFunctions: fake.CustomFunctions, console });
  vm.runInContext(readFileSync(resolve(DIST, 'excel/functions.js'), 'utf8'), context, { filename: 'functions.js' });
  /** Call a function as Excel does: every declared parameter passed, `null` where the user gave nothing. */
  const call = (id: string, ...args: unknown[]) => {
    const fn = fake.associated.get(id);
    if (!fn) throw new Error(`${id} is not associated`);
    return fn(...args);
  };
  return { ...fake, context, call };
}

/** The .js files of dist/sheets in the order clasp pushes them (alphabetical; order must not matter). */
export function sheetsFiles(): string[] {
  return readdirSync(resolve(DIST, 'sheets')).filter((f) => f.endsWith('.js')).sort();
}

export function loadSheets(globals: Record<string, unknown> = {}) {
  const context = vm.createContext({ console, ...globals });
  for (const f of sheetsFiles()) {
    vm.runInContext(readFileSync(resolve(DIST, 'sheets', f), 'utf8'), context, { filename: f });
  }
  const g = context as Record<string, unknown>;
  /** Call a global as Sheets does: only the arguments the user typed, "" for empty cells, Date objects. */
  const call = (name: string, ...args: unknown[]) => {
    const fn = g[name];
    if (typeof fn !== 'function') throw new Error(`${name} is not a global function`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  };
  /** A Date made inside the script's realm, as Sheets hands one over. */
  const date = (y: number, m: number, d: number) => vm.runInContext(`new Date(${y}, ${m - 1}, ${d})`, context) as Date;
  return { context, globals: g, call, date };
}

/**
 * Load the BUILT bundles the way each host loads them.
 * - Excel: dist/excel/functions.js runs in a JavaScript-only context that has `CustomFunctions` and nothing of the DOM.
 * - Sheets: every .js file of dist/sheets runs in ONE global scope, as Apps Script loads a script project.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { formatDate, instantOfWall, wallMs } from '../sheets/zones';

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

/**
 * The two services a custom function may use for time zones (Custom functions guide: SpreadsheetApp read-only calls
 * and Utilities are allowed): `SpreadsheetApp.getActive().getSpreadsheetTimeZone()` and `Utilities.formatDate`.
 * `zone.timeZone` may be changed between calls. addon tests use the fuller fake of ../sheets/fakeSheets instead.
 */
export function zoneGlobals(zone: { timeZone: string }) {
  const book = { getSpreadsheetTimeZone: () => zone.timeZone };
  return { SpreadsheetApp: { getActive: () => book, getActiveSpreadsheet: () => book }, Utilities: { formatDate } };
}

export interface SheetsOptions {
  /** The spreadsheet's time zone: installs zoneGlobals (unless `globals` brings its own services). */
  timeZone?: string;
}

export function loadSheets(globals: Record<string, unknown> = {}, options: SheetsOptions = {}) {
  const zone = { timeZone: options.timeZone ?? '' };
  const context = vm.createContext({ console, ...(options.timeZone ? zoneGlobals(zone) : {}), ...globals });
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
  /**
   * A date cell showing y-m-d h:mi (month 1-12) as Sheets hands it over: a Date made inside the script's realm at the
   * instant of that wall clock in the spreadsheet's zone (`tz`, default the spreadsheet's; with no zone, the script's).
   */
  const date = (y: number, m: number, d: number, h = 0, mi = 0, tz = zone.timeZone) => {
    const t = tz ? instantOfWall(wallMs(y, m, d, h, mi), tz) : new Date(y, m - 1, d, h, mi).getTime();
    return vm.runInContext(`new Date(${t})`, context) as Date;
  };
  /** Switch the spreadsheet's zone (only with options.timeZone: the services read it at call time). */
  const setTimeZone = (tz: string) => {
    zone.timeZone = tz;
  };
  return { context, globals: g, call, date, setTimeZone };
}

/** A date cell y-m-d h:mi as Sheets hands it over for a spreadsheet in `tz`, made in `context`'s realm (or this one). */
export function sheetsDate(tz: string, y: number, m: number, d: number, h = 0, mi = 0, context?: vm.Context): Date {
  const t = instantOfWall(wallMs(y, m, d, h, mi), tz);
  return context ? (vm.runInContext(`new Date(${t})`, context) as Date) : new Date(t);
}

/**
 * Pin the clock of a loaded bundle's realm: `new Date()` and `Date.now()` give `at()` (real time when it gives
 * undefined); every other use of Date is untouched. Needed because "today" is the only input the functions take from
 * the host's clock, and putting a runtime in another zone through process.env.TZ works only in a process of its own:
 * Node ignores TZ set inside a worker thread (Stryker's vitest runner runs the tests in threads), so a test cannot
 * rely on it to give Excel's runtime the spreadsheet's zone.
 */
export function pinClock(context: vm.Context, at: () => number | undefined): void {
  (context as Record<string, unknown>).__goalpostPinnedNow = at;
  vm.runInContext(`(() => {
    const RealDate = Date;
    const now = () => { const t = globalThis.__goalpostPinnedNow(); return t === undefined ? RealDate.now() : t; };
    class PinnedDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
      static now() { return now(); }
    }
    globalThis.Date = PinnedDate;
  })()`, context);
}

/** The instant at which this process's local clock shows the wall clock `wall` (ms, as zones.ts writes wall clocks). */
export function localInstantOf(wall: number): number {
  let t = wall + new Date(wall).getTimezoneOffset() * 60000;
  t = wall + new Date(t).getTimezoneOffset() * 60000; // once more, in case an offset change lies between
  return t;
}

/**
 * The one argument-coercion layer shared by every function: blanks, numbers, numeric text, dates in all three
 * forms (Excel serials, Date objects from Sheets, ISO text), text options and range shapes.
 * Every function reads its arguments through here so that Excel's and Sheets' forms give the same result.
 */
import { GoalError, valueError, numError, type ErrorCode } from './errors';

/** A cell value as either host sends it. */
export type CellValue = unknown;
/** A range: rows outer. */
export type Matrix = CellValue[][];

/** A Date from any realm (Sheets' Date objects, or one made in a vm context by the tests). */
export function isDate(v: CellValue): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || v === '';
}

// ----- error cells ---------------------------------------------------------------------------------------------

/** The error codes a Sheets cell can hold, as text (what Sheets hands a custom function for an error cell is undocumented). */
export const ERROR_CELL_CODES = ['#DIV/0!', '#VALUE!', '#N/A', '#REF!', '#NUM!', '#NAME?', '#NULL!', '#ERROR!'] as const;
// Exactly a code, or a code then a space: "#VALUE! message" is our own Sheets per-element error (src/sheets) fed onwards.
const ERROR_TEXT_RE = /^(#DIV\/0!|#VALUE!|#N\/A|#REF!|#NUM!|#NAME\?|#NULL!|#ERROR!)(?: |$)/;
// Excel's codes (CustomFunctions.ErrorCode and the newer #SPILL!, #CALC!, #GETTING_DATA...).
const EXCEL_ERROR_CODE = /^#(?:N\/A|[A-Z0-9_/]+[!?]?)$/;

/**
 * THE place that recognises an error cell: the code ("#DIV/0!") of Excel's CustomFunctions.Error object (recognised by
 * its shape, so an object from any realm counts) or of a Sheets error text; undefined for every other value.
 */
export function cellErrorCode(v: CellValue): string | undefined {
  if (typeof v === 'string') {
    if (v.charCodeAt(0) !== 35 /* # */) return undefined;
    const m = ERROR_TEXT_RE.exec(v);
    return m ? m[1] : undefined;
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && !isDate(v)) {
    const code = (v as { code?: unknown }).code;
    if (typeof code === 'string' && EXCEL_ERROR_CODE.test(code)) return code;
  }
  return undefined;
}

/** Cheap pre-test for hot loops: only objects and text starting with # can be error cells. */
export const mayBeErrorCell = (v: CellValue): boolean =>
  (typeof v === 'object' && v !== null) || (typeof v === 'string' && v.charCodeAt(0) === 35);

const CORE_CODE: Record<string, ErrorCode> = { '#VALUE!': 'VALUE', '#N/A': 'NA', '#DIV/0!': 'DIV0', '#NUM!': 'NUM' };

/** The error of an error cell in a per-row function: the same code where the core has it, else #VALUE!. */
export function errorCellError(code: string, what: string): GoalError {
  return new GoalError(CORE_CODE[code] ?? 'VALUE', `${what} is ${code} in its cell: fix that cell first.`);
}

/** Aggregates: #VALUE! naming the first error cell of an argument (its row and column within the range). */
export function rejectErrorCells(v: CellValue, what: string): void {
  if (!Array.isArray(v)) {
    const code = cellErrorCode(v);
    if (code) throw valueError(`${what} is ${code} in its cell: fix that cell first.`);
    return;
  }
  for (let r = 0; r < v.length; r++) {
    const row = v[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) {
        const x = row[c];
        if (mayBeErrorCell(x)) {
          const code = cellErrorCode(x);
          if (code) throw errorAt(code, what, r + 1, c + 1);
        }
      }
    } else if (mayBeErrorCell(row)) {
      const code = cellErrorCode(row);
      if (code) throw errorAt(code, what, 1, r + 1);
    }
  }
}

/** The #VALUE! of an aggregate for an error cell at a 1-based row and column of its range. */
export const errorAt = (code: string, what: string, row: number, col: number) =>
  valueError(`${what} has ${code} at row ${row}, column ${col} of the range: fix that cell first.`);

/** Quote a value for a message, short enough for a cell's hover text, in the user's words (TRUE, not true). */
export function show(v: CellValue): string {
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 37) + '...' : v}"`;
  if (isDate(v)) return isNaN(v.getTime()) ? 'an invalid date' : serialToText(dateToSerial(v)); // the host's wall clock, not UTC
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'an invalid number';
    if (!Number.isFinite(v)) return v > 0 ? 'a number too large to use' : 'a negative number too large to use';
    // Stryker disable next-line UnaryOperator: Object.is(v, +0) is equivalent: String(-0) is '0' too, so both branches agree for 0 and -0
    return Object.is(v, -0) ? '0' : String(v);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null || v === undefined) return 'a blank';
  const code = cellErrorCode(v);
  if (code) return code;
  if (Array.isArray(v)) return 'a range inside a cell';
  if (typeof v === 'object') return 'a value that is not a number, text or date';
  return String(v);
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** Parse numeric text ("90", "1200.5", "90%" = 0.9, " 1e3 "); undefined when it is not a number. */
export function parseNumericText(s: string): number | undefined {
  const t = s.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!NUMERIC_TEXT.test(t)) return undefined;
  const pct = t.endsWith('%');
  const n = Number(pct ? t.slice(0, -1) : t);
  if (!Number.isFinite(n)) return undefined;
  return pct ? n / 100 : n;
}

/** An optional argument left out: blank, or a single blank cell (Excel passes [[null]] for an empty 1x1 range). */
export function isOmitted(v: CellValue): boolean {
  if (isBlank(v)) return true;
  if (!Array.isArray(v)) return false;
  const m = asMatrix(v);
  return m.length === 1 && Array.isArray(m[0]) && m[0].length === 1 && isBlank(m[0][0]);
}

/** A required number. `what` names the argument in the message. */
export function toNumber(v: CellValue, what: string): number {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw numError(`${what} is ${show(v)}; give a finite number.`);
    return v === 0 ? 0 : v; // fold -0
  }
  if (typeof v === 'string') {
    const n = parseNumericText(v);
    if (n !== undefined) return n === 0 ? 0 : n;
    const code = cellErrorCode(v);
    if (code) throw valueError(`${what} is ${code} in its cell: fix that cell first.`);
    throw valueError(`${what} must be a number, not the text ${show(v)}.`);
  }
  if (typeof v === 'boolean') throw valueError(`${what} must be a number, not ${show(v).toUpperCase()}.`);
  if (isDate(v)) return dateToSerial(v, what);
  const code = cellErrorCode(v);
  if (code) throw valueError(`${what} is ${code} in its cell: fix that cell first.`);
  throw valueError(`${what} must be a number, not ${show(v)}.`);
}

/** Like toNumber, but blank gives undefined. */
export function toOptionalNumber(v: CellValue, what: string): number | undefined {
  return isBlank(v) ? undefined : toNumber(v, what);
}

// ----- dates ------------------------------------------------------------------------------------------------
// A date is a day count with the time of day as a fraction (Excel's 1900 serials: 45658 = 2025-01-01, 45658.5 = its
// noon). A Date object is read by its WALL CLOCK, the date and time the host shows for it, and that depends on a time
// zone the core cannot know: Sheets hands a date cell over as the instant of its wall clock in the SPREADSHEET's zone,
// while the script runs in another. So how a Date is read, and what "now" is, are pluggable: the defaults read the
// Date's local wall clock and the local clock; the Sheets entry installs readers for the spreadsheet's zone.
// Nothing here touches a host global.

// 1900 date system: serial 25569 is 1970-01-01 (Excel's fictitious 1900-02-29 lies before every date we meet).
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a Date's wall clock: the milliseconds since 1970-01-01 00:00 ON THAT CLOCK (so a Date shown as 2026-01-01 18:00
 * reads as Date.UTC(2026, 0, 1, 18)).
 */
export type WallClockReader = (d: Date) => number;

/** UTC milliseconds of y-m-d h:mi:s.ms (month 0-11), years 0-99 included (Date.UTC would take them for 19xx). */
function utcMs(y: number, m0: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m0, d);
  t.setUTCHours(h, mi, s, ms);
  return t.getTime();
}

/** The default reader: the Date's local wall clock (Excel's runtime and browsers, where local is what the user sees). */
export const localWallClock: WallClockReader = (d) =>
  utcMs(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());

let wallClock: WallClockReader = localWallClock;
let clock: () => Date = () => new Date();

/**
 * Install how Dates are read and what "now" is (the Sheets entry does, per call, for the spreadsheet's zone); with no
 * argument, back to the defaults. Returns the previous settings, to restore them.
 */
export function setDateReading(r: { wallClock?: WallClockReader; now?: () => Date } = {}): { wallClock: WallClockReader; now: () => Date } {
  const previous = { wallClock, now: clock };
  wallClock = r.wallClock ?? localWallClock;
  clock = r.now ?? (() => new Date());
  return previous;
}

/** The serial of a wall clock (ms as read by a WallClockReader): whole days plus the time of day as a fraction. */
export function serialFromWallClock(wall: number): number {
  const days = Math.floor(wall / MS_PER_DAY);
  return days + UNIX_EPOCH_SERIAL + (wall - days * MS_PER_DAY) / MS_PER_DAY;
}

/** The serial of a calendar date (year, month 1-12, day). */
export function serialFromParts(y: number, m: number, d: number): number {
  return utcMs(y, m - 1, d) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The serial of a Date as the host shows it: its wall clock (see setDateReading), time of day included. */
export function dateToSerial(d: Date, what = 'the date'): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) throw valueError(`${what} is not a valid date.`);
  const wall = wallClock(d);
  if (!Number.isFinite(wall)) throw valueError(`${what} is not a valid date.`);
  return serialFromWallClock(wall);
}

/** ISO "YYYY-MM-DD" for a serial (its day; the time of day is dropped), for messages and for plans. */
export function serialToIso(serial: number): string {
  const t = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  const y = t.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" (":SS" when there are seconds) for a serial with a time of day. */
export function serialToText(serial: number): string {
  const day = Math.floor(serial);
  const secs = Math.round((serial - day) * 86400);
  if (secs === 0 || secs === 86400) return serialToIso(secs === 86400 ? day + 1 : day);
  const hh = String(Math.floor(secs / 3600)).padStart(2, '0');
  const mm = String(Math.floor(secs / 60) % 60).padStart(2, '0');
  const ss = secs % 60 ? `:${String(secs % 60).padStart(2, '0')}` : '';
  return `${serialToIso(day)}T${hh}:${mm}${ss}`;
}

/** A date in any of the three forms: serial number, Date, ISO text (also numeric text as a serial). */
export function toDateSerial(v: CellValue, what: string): number {
  if (isDate(v)) return dateToSerial(v, what);
  if (typeof v === 'string') {
    const m = ISO_DATE.exec(v.trim());
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const serial = serialFromParts(y, mo, d);
      // Reject 2025-02-30 and the like instead of rolling over into March.
      if (serialToIso(serial) !== `${m[1]}-${m[2]}-${m[3]}`) throw valueError(`${what} ${show(v)} is not a calendar date.`);
      if (m[4] === undefined) return serial;
      const [h, mi, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
      if (h > 23 || mi > 59 || sec > 59) throw valueError(`${what} ${show(v)} is not a time of day.`);
      return serial + (h * 3600000 + mi * 60000 + sec * 1000) / MS_PER_DAY;
    }
    if (parseNumericText(v) === undefined) {
      throw valueError(`${what} must be a date (a date cell, a serial number or YYYY-MM-DD text), not ${show(v)}.`);
    }
  }
  if (typeof v === 'boolean') throw valueError(`${what} must be a date, not ${show(v).toUpperCase()}.`);
  return toNumber(v, what);
}

/** Today's serial (a whole day) by the installed clock and wall-clock reader: today where the user's sheet is. */
export function todaySerial(now: Date = clock()): number {
  return Math.floor(dateToSerial(now));
}

/** A text option such as "higher" / "lower": case-insensitive, surrounding spaces ignored. Blank gives undefined. */
export function toOption<T extends string>(v: CellValue, what: string, allowed: readonly T[]): T | undefined {
  if (isBlank(v)) return undefined;
  const code = cellErrorCode(v);
  if (code) throw valueError(`${what} is ${code} in its cell: fix that cell first.`);
  if (typeof v !== 'string') throw valueError(`${what} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${show(v)}.`);
  const t = v.trim().toLowerCase();
  if (t === '') return undefined;
  const hit = allowed.find((a) => a === t);
  if (!hit) throw valueError(`${what} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, not ${show(v)}.`);
  return hit;
}

/** Text of any cell value; blank gives "". */
export function toText(v: CellValue): string {
  if (isBlank(v)) return '';
  if (isDate(v)) return serialToText(dateToSerial(v));
  return String(v);
}

// ----- shapes -----------------------------------------------------------------------------------------------

export interface Shape {
  rows: number;
  cols: number;
}

export function isMatrix(v: CellValue): v is Matrix {
  return Array.isArray(v);
}

/** A range argument as a matrix; a single value becomes 1x1; a flat array becomes one row. */
export function asMatrix(v: CellValue): Matrix {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [[null]];
  if (!Array.isArray(v[0])) return [v as CellValue[]];
  // Rows without cells ([[]]) hold nothing: a blank, not a range of no columns.
  if (v[0].length === 0 && v.every((row) => Array.isArray(row) && row.length === 0)) return [[null]];
  return v as Matrix;
}

export function shapeOf(m: Matrix): Shape {
  let cols = 0;
  for (const row of m) cols = Math.max(cols, Array.isArray(row) ? row.length : 1);
  return { rows: m.length, cols };
}

export const showShape = (s: Shape) => `${s.rows}x${s.cols}`;

/** Every cell of a range, row by row, with its 1-based position (for messages). */
export function forEachCell(v: CellValue, fn: (cell: CellValue, row: number, col: number) => void): void {
  if (!Array.isArray(v)) {
    fn(v, 1, 1);
    return;
  }
  for (let r = 0; r < v.length; r++) {
    const row = v[r];
    if (Array.isArray(row)) {
      for (let c = 0; c < row.length; c++) fn(row[c], r + 1, c + 1);
    } else {
      fn(row, 1, r + 1);
    }
  }
}

/** The cells of a range in row order (blanks included). */
export function flatten(v: CellValue): CellValue[] {
  if (!Array.isArray(v)) return [v];
  const out: CellValue[] = [];
  forEachCell(v, (c) => out.push(c));
  return out;
}

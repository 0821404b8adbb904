/**
 * The spreadsheet's time zone, for reading and making Dates (platforms.md "Time zones"). Sheets hands a date cell over
 * as a Date at the instant of the cell's wall clock in the SPREADSHEET's zone, and shows a Date written with setValues
 * at its instant on the spreadsheet's clock; the script's own zone (appsscript.json) is beside the point, so the
 * script's local getters and `new Date(y, m, d)` are never used for cells.
 *
 * The offset of the zone comes from Utilities.formatDate (allowed in custom functions). Offsets are whole multiples of
 * 15 minutes and change on a 15-minute UTC boundary, so one formatDate call per 15-minute UTC bucket serves every Date
 * in it: 10,000 date cells of one day cost at most a handful of calls.
 * Nothing here runs at load: a SheetZone is made when a function runs.
 */
import { localWallClock, setDateReading, serialFromParts, serialToIso, type WallClockReader } from '../../shared/functions/coerce';

type FormatDate = (date: Date, timeZone: string, format: string) => string;

const BUCKET = 15 * 60000;
const MS_PER_DAY = 86400000;
const PATTERN = "yyyy-MM-dd'T'HH:mm:ss";

export class SheetZone {
  /** Offset (wall clock minus instant, ms) per 15-minute UTC bucket. */
  private readonly offsets = new Map<number, number>();
  /** formatDate calls made, for the tests and the bench. */
  calls = 0;

  constructor(readonly timeZone: string, private readonly formatDate: FormatDate) {}

  /** The zone's offset at instant `t` (ms): wall clock minus instant. */
  offsetAt(t: number): number {
    const bucket = Math.floor(t / BUCKET);
    let off = this.offsets.get(bucket);
    if (off === undefined) {
      const start = bucket * BUCKET;
      this.calls++;
      const text = this.formatDate(new Date(start), this.timeZone, PATTERN);
      const m = /^(-?\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)$/.exec(text);
      if (!m) throw new Error(`Utilities.formatDate gave "${text}" for ${PATTERN}.`);
      const wall = new Date(0);
      wall.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
      wall.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
      off = wall.getTime() - start;
      if (this.offsets.size > 5000) this.offsets.clear();
      this.offsets.set(bucket, off);
    }
    return off;
  }

  /** A Date's wall clock on the spreadsheet's clock (ms since 1970-01-01 00:00 on that clock). */
  readonly wallClock: WallClockReader = (d) => {
    const t = d.getTime();
    return t + this.offsetAt(t);
  };

  /**
   * The instant at which the spreadsheet's clock shows `wall`. In a skipped hour (a zone that springs forward at
   * midnight) the instant just after the gap, which is still on the same calendar day.
   */
  instantOf(wall: number): number {
    const before = this.offsetAt(wall - MS_PER_DAY);
    const after = this.offsetAt(wall + MS_PER_DAY);
    const hits = [wall - before, wall - after].filter((t) => t + this.offsetAt(t) === wall);
    return hits.length ? Math.min(...hits) : wall - before;
  }

  /** Midnight of the calendar date `iso` (YYYY-MM-DD) in the spreadsheet's zone. */
  midnight(iso: string): Date {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(this.instantOf((serialFromParts(y, m, d) - 25569) * MS_PER_DAY));
  }

  /** Today in the spreadsheet's zone, YYYY-MM-DD. */
  today(now: Date = new Date()): string {
    return serialToIso(Math.floor(this.wallClock(now) / MS_PER_DAY) + 25569);
  }
}

/** The services as globals, read when called (a custom function's global scope has them; the Node tests may not). */
declare const SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp | undefined;
declare const Utilities: GoogleAppsScript.Utilities.Utilities | undefined;

const zones = new Map<string, SheetZone>();

/**
 * The active spreadsheet's zone, or undefined when SpreadsheetApp or Utilities is not there (then Dates are read by
 * the default, local reader). Reads the zone: one service call. Call it when a function runs, never at load.
 */
export function activeZone(book?: { getSpreadsheetTimeZone(): string }): SheetZone | undefined {
  try {
    const app = typeof SpreadsheetApp === 'undefined' ? undefined : SpreadsheetApp;
    // Stryker disable next-line ConditionalExpression,StringLiteral: without a Utilities global, reading it throws a ReferenceError, which the catch below turns into the same undefined as the check on the next line.
    const utils = typeof Utilities === 'undefined' ? undefined : Utilities;
    if (!utils || typeof utils.formatDate !== 'function') return undefined;
    // Stryker disable OptionalChaining: without app / sheet or the method, the plain call throws a TypeError, which the catch below turns into the same undefined as these optional chains give.
    const sheet = book ?? app?.getActive?.();
    const tz = sheet?.getSpreadsheetTimeZone?.();
    // Stryker restore OptionalChaining
    if (typeof tz !== 'string' || !tz) return undefined;
    // Kept for the rest of the execution: a sheet recalculating many cells reuses the offsets already read.
    let zone = zones.get(tz);
    if (!zone) {
      if (zones.size > 20) zones.clear();
      zone = new SheetZone(tz, (d, z, pattern) => utils.formatDate(d, z, pattern));
      zones.set(tz, zone);
    }
    // Stryker disable BlockStatement: an empty catch block falls off the end of the function, returning undefined as this one does.
    return zone;
  } catch {
    return undefined;
  }
}

// Stryker restore BlockStatement
/**
 * Run `fn` with the core reading Dates, and "today", in the active spreadsheet's zone, restoring what was installed
 * before. The zone is read at most once, when the first Date is read (a call without dates costs no service call);
 * without the services, Dates are read by the default, local reader.
 */
export function withSpreadsheetZone<T>(fn: () => T, find: () => SheetZone | undefined = activeZone): T {
  let zone: SheetZone | undefined | null = null;
  const wallClock: WallClockReader = (d) => {
    if (zone === null) zone = find();
    return zone ? zone.wallClock(d) : localWallClock(d);
  };
  const previous = setDateReading({ wallClock, now: () => new Date() });
  try {
    return fn();
  } finally {
    setDateReading(previous);
  }
}

/**
 * src/sheets/zone.ts and src/sheets/customFunctions.ts from the sources. The zone arithmetic is checked against the
 * fakes' Utilities.formatDate (./zones.ts, built on Intl) and against offsets known from the IANA time-zone database,
 * written here by hand: Berlin +1 in winter and +2 in summer (DST 2026-03-29 01:00 UTC to 2026-10-25 01:00 UTC), Kolkata
 * +5:30, Kiritimati +14, Santiago springing forward at midnight (2026-09-06 00:00 -> 01:00, at 04:00 UTC).
 * Sheets' own behaviour modelled: Utilities.formatDate(date, timeZone, format) formats the instant in the given zone
 * (Apps Script reference, Class Utilities); Spreadsheet.getSpreadsheetTimeZone() gives the spreadsheet's zone; a
 * custom function's Date argument is the instant of the cell's wall clock in the spreadsheet's zone (Custom functions
 * guide, "Data types").
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SheetZone, withSpreadsheetZone } from '../../src/sheets/zone';
import { sheetsCall } from '../../src/sheets/customFunctions';
import { dateToSerial, todaySerial } from '../../shared/functions/coerce';
import { FUNCTION_BY_NAME } from '../../shared/functions';
import { GoalError } from '../../shared/functions/errors';
import { formatDate } from './zones';

const PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
const H = 3600000;

/** A zone backed by the fake formatDate, recording each call's arguments. */
function zoneOf(tz: string) {
  const calls: [string, string, string][] = [];
  const zone = new SheetZone(tz, (d, z, p) => {
    calls.push([d.toISOString(), z, p]);
    return formatDate(d, z, p);
  });
  return { zone, calls };
}

/** A fresh copy of zone.ts (its cache of zones is module state; the fresh copy has its own copy of coerce.ts too). */
async function freshZoneModule() {
  vi.resetModules();
  return import('../../src/sheets/zone');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('SheetZone', () => {
  it("reads the zone's offset with one formatDate call per 15-minute UTC bucket, at the bucket's start", () => {
    const { zone, calls } = zoneOf('Europe/Berlin');
    expect(zone.offsetAt(Date.UTC(2026, 0, 15, 10, 7))).toBe(H);
    expect(zone.offsetAt(Date.UTC(2026, 0, 15, 10, 14, 59))).toBe(H); // same bucket: no call
    expect(zone.offsetAt(Date.UTC(2026, 6, 1, 12, 0))).toBe(2 * H);
    expect(calls).toEqual([
      ['2026-01-15T10:00:00.000Z', 'Europe/Berlin', PATTERN],
      ['2026-07-01T12:00:00.000Z', 'Europe/Berlin', PATTERN],
    ]);
    expect(zone.calls).toBe(2);
    // A minute apart across the 10:15 UTC boundary: two buckets, two calls; then 10:29 is in the 10:15 bucket again.
    const { zone: edge, calls: edgeCalls } = zoneOf('Europe/Berlin');
    for (const m of [14, 15, 29]) expect(edge.offsetAt(Date.UTC(2026, 0, 15, 10, m))).toBe(H);
    expect(edgeCalls.map(([iso]) => iso)).toEqual(['2026-01-15T10:00:00.000Z', '2026-01-15T10:15:00.000Z']);
    expect(edge.calls).toBe(2);
    expect(zoneOf('Asia/Kolkata').zone.offsetAt(Date.UTC(2026, 0, 1))).toBe(5.5 * H);
  });

  it('reads an offset with seconds and a year before 1000 (what the pattern gives back, parsed whole)', () => {
    // Europe/Amsterdam kept +00:19:32 until 1937 (IANA tzdata); Intl here has no such offsets, so a fixed-offset formatter.
    const off = (19 * 60 + 32) * 1000;
    const fixed = new SheetZone('Amsterdam-1900', (d) => new Date(d.getTime() + off).toISOString().replace(/\.\d{3}Z$/, ''));
    expect(fixed.offsetAt(Date.UTC(1900, 0, 1, 12))).toBe(off);
    const d = new Date(0);
    d.setUTCFullYear(900, 5, 1);
    expect(fixed.offsetAt(d.getTime())).toBe(off);
    d.setUTCFullYear(-1, 5, 1); // 2 BC: the year is written "-000001"
    expect(fixed.offsetAt(d.getTime())).toBe(off);
  });

  it('says what formatDate gave when it is not exactly the pattern asked for', () => {
    for (const text of ['1/15/2026 11:00', 'Thu 2026-01-15T11:00:00', '2026-01-15T11:00:00.000']) {
      const zone = new SheetZone('Europe/Berlin', () => text);
      expect(() => zone.offsetAt(0), text).toThrow(`Utilities.formatDate gave "${text}" for ${PATTERN}.`);
    }
  });

  it('keeps up to 5,001 buckets and starts afresh past that', () => {
    const { zone, calls } = zoneOf('Etc/UTC');
    const bucket = (i: number) => i * 15 * 60000;
    for (let i = 0; i < 5001; i++) zone.offsetAt(bucket(i));
    expect(calls).toHaveLength(5001);
    zone.offsetAt(bucket(0)); // still kept
    expect(calls).toHaveLength(5001);
    zone.offsetAt(bucket(5001)); // the 5,002nd: the cache is cleared first
    zone.offsetAt(bucket(0));
    expect(calls).toHaveLength(5003);
    zone.offsetAt(bucket(5001)); // kept after the clearing
    expect(calls).toHaveLength(5003);
  });

  it("gives a Date's wall clock, the instant of a wall clock (gap: after it; overlap: the earlier), midnights and today", () => {
    const { zone } = zoneOf('Europe/Berlin');
    expect(zone.wallClock(new Date(Date.UTC(2025, 11, 31, 23, 30)))).toBe(Date.UTC(2026, 0, 1, 0, 30));
    expect(zone.instantOf(Date.UTC(2026, 6, 1, 14))).toBe(Date.UTC(2026, 6, 1, 12));
    expect(zone.instantOf(Date.UTC(2026, 2, 29, 2, 30))).toBe(Date.UTC(2026, 2, 29, 1, 30)); // 02:30 does not exist: 03:30 CEST
    expect(zone.instantOf(Date.UTC(2026, 9, 25, 2, 30))).toBe(Date.UTC(2026, 9, 25, 0, 30)); // shown twice: the first
    // Later on the day the clocks went forward: the new offset (+2), which the day before did not have.
    expect(zone.instantOf(Date.UTC(2026, 2, 29, 12))).toBe(Date.UTC(2026, 2, 29, 10));
    expect(zone.midnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(zone.midnight('2026-01-01').toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(zone.midnight('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(zoneOf('America/Santiago').zone.midnight('2026-09-06').toISOString()).toBe('2026-09-06T04:00:00.000Z'); // 01:00, same day
    expect(zone.today(new Date(Date.UTC(2025, 11, 31, 22, 59)))).toBe('2025-12-31');
    expect(zone.today(new Date(Date.UTC(2025, 11, 31, 23, 0)))).toBe('2026-01-01');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 4, 31, 22, 30) });
    expect(zone.today()).toBe('2026-06-01');
  });
});

describe('activeZone', () => {
  const utilities = { formatDate };
  const app = (tz: unknown) => ({ getActive: () => ({ getSpreadsheetTimeZone: () => tz }) });

  it("is the active spreadsheet's zone, or the zone of the spreadsheet given, reading dates through Utilities.formatDate", async () => {
    const { activeZone } = await freshZoneModule();
    vi.stubGlobal('Utilities', utilities);
    vi.stubGlobal('SpreadsheetApp', app('Asia/Kolkata'));
    const z = activeZone()!;
    expect(z.timeZone).toBe('Asia/Kolkata');
    expect(z.offsetAt(Date.UTC(2026, 0, 1))).toBe(5.5 * H);
    expect(activeZone({ getSpreadsheetTimeZone: () => 'Pacific/Kiritimati' })!.offsetAt(Date.UTC(2026, 0, 1))).toBe(14 * H);
  });

  it('is undefined without Utilities, without its formatDate, without a zone, or when reading the zone fails', async () => {
    const { activeZone } = await freshZoneModule();
    expect(Reflect.has(globalThis, 'Utilities') || Reflect.has(globalThis, 'SpreadsheetApp')).toBe(false);
    expect(activeZone({ getSpreadsheetTimeZone: () => 'Europe/Berlin' })).toBeUndefined();
    vi.stubGlobal('SpreadsheetApp', app('Europe/Berlin'));
    expect(activeZone()).toBeUndefined();
    vi.stubGlobal('Utilities', { formatDate: 'not a function' });
    expect(activeZone()).toBeUndefined();
    vi.stubGlobal('Utilities', utilities);
    expect(activeZone()?.timeZone).toBe('Europe/Berlin');
    for (const tz of ['', undefined, 3600]) expect(activeZone({ getSpreadsheetTimeZone: () => tz as string }), String(tz)).toBeUndefined();
    expect(activeZone({} as never)).toBeUndefined();
    expect(activeZone({ getSpreadsheetTimeZone: () => { throw new Error('Authorisation is required'); } })).toBeUndefined();
    vi.stubGlobal('SpreadsheetApp', undefined);
    expect(activeZone()).toBeUndefined();
  });

  it('keeps one SheetZone per zone name for the execution, up to 21 names', async () => {
    const { activeZone } = await freshZoneModule();
    vi.stubGlobal('Utilities', utilities);
    const of = (tz: string) => activeZone({ getSpreadsheetTimeZone: () => tz })!;
    const first = of('Zone/0');
    expect(of('Zone/0')).toBe(first);
    for (let i = 1; i <= 20; i++) of(`Zone/${i}`); // 21 names kept
    expect(of('Zone/0')).toBe(first);
    of('Zone/21'); // the 22nd: the names kept are dropped first
    const again = of('Zone/0');
    expect(again).not.toBe(first);
    expect(again.timeZone).toBe('Zone/0');
  });
});

describe('withSpreadsheetZone', () => {
  it("has the core read Dates and today in the spreadsheet's zone, finding the zone once and only when a date is read", async () => {
    const { zone } = zoneOf('Pacific/Kiritimati');
    const find = vi.fn(() => zone);
    expect(withSpreadsheetZone(() => 'no dates', find)).toBe('no dates');
    expect(find).not.toHaveBeenCalled();
    // 2025-12-31 10:00 UTC is 2026-01-01 00:00 in Kiritimati (UTC+14).
    const serials = withSpreadsheetZone(() => [dateToSerial(new Date(Date.UTC(2025, 11, 31, 10))), dateToSerial(new Date(Date.UTC(2025, 11, 31, 16)))], find);
    expect(serials).toEqual([46023, 46023.25]);
    expect(find).toHaveBeenCalledTimes(1);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2025, 11, 31, 10, 30) });
    expect(withSpreadsheetZone(() => todaySerial(), () => zone)).toBe(46023);
  });

  it("reads Dates on the script's clock without a zone, and puts back the reading it found, also after a throw", async () => {
    const { zone } = zoneOf('Pacific/Kiritimati');
    const local = new Date(2026, 0, 1, 18); // the script's wall clock 2026-01-01 18:00
    expect(withSpreadsheetZone(() => dateToSerial(local), () => undefined)).toBe(46023.75);
    expect(() => withSpreadsheetZone(() => {
      throw new Error('inside');
    }, () => zone)).toThrow('inside');
    withSpreadsheetZone(() => dateToSerial(local), () => zone);
    expect(dateToSerial(local)).toBe(46023.75);
  });
});

describe('sheetsCall: the Sheets form of the core results', () => {
  it('refuses a name it does not have', () => {
    expect(() => sheetsCall('KPI_NOPE', [])).toThrow(new Error('Goalpost has no function KPI_NOPE.'));
  });

  it("throws a single error as its message, and writes an error inside an array as \"#VALUE! message\" beside the other rows", () => {
    expect(() => sheetsCall('KPI_ATTAINMENT', ['x', 100])).toThrow(new Error('actual must be a number, not the text "x".'));
    expect(sheetsCall('KPI_ATTAINMENT', [[[50], ['x'], [80]], [[100], [100], [100]]])).toEqual([[0.5], ['#VALUE! actual must be a number, not the text "x".'], [0.8]]);
    // NPS of 9, 10, 0: two promoters, one detractor, (2 - 1) / 3.
    expect(sheetsCall('NPS', [[[9], [10], [0]]])).toBeCloseTo(100 / 3, 10);
  });

  it('hands the function only its declared arguments (Sheets passes every one typed), as a custom function gets `arguments`', () => {
    const spec = FUNCTION_BY_NAME.get('KPI_ATTAINMENT')!;
    const impl = vi.spyOn(spec, 'impl');
    try {
      const args = { 0: 50, 1: 100, 2: 0, 3: 'higher', 4: 'extra', length: 5 };
      expect(sheetsCall('KPI_ATTAINMENT', args)).toBe(0.5);
      expect(impl).toHaveBeenCalledWith(50, 100, 0, 'higher');
    } finally {
      impl.mockRestore();
    }
  });

  it('calls any other failure an internal error to report, with its message or the value thrown', () => {
    const spec = FUNCTION_BY_NAME.get('NPS')!;
    const impl = vi.spyOn(spec, 'impl');
    try {
      impl.mockImplementationOnce(() => {
        throw new TypeError('x.map is not a function');
      });
      expect(() => sheetsCall('NPS', [1])).toThrow(new Error('Goalpost internal error: x.map is not a function. Please report it.'));
      impl.mockImplementationOnce(() => {
        throw 'a text';
      });
      expect(() => sheetsCall('NPS', [1])).toThrow(new Error('Goalpost internal error: a text. Please report it.'));
      impl.mockImplementationOnce(() => {
        throw null;
      });
      expect(() => sheetsCall('NPS', [1])).toThrow(new Error('Goalpost internal error: null. Please report it.'));
      impl.mockImplementationOnce(() => {
        throw new GoalError('NUM', 'scores must hold at least one score.');
      });
      expect(() => sheetsCall('NPS', [1])).toThrow(new Error('scores must hold at least one score.'));
    } finally {
      impl.mockRestore();
    }
  });

  it("reads a Date argument in the spreadsheet's zone", () => {
    vi.stubGlobal('Utilities', { formatDate });
    vi.stubGlobal('SpreadsheetApp', { getActive: () => ({ getSpreadsheetTimeZone: () => 'Pacific/Kiritimati' }) });
    // KPI_FORECAST of the identity line at a date is the date's serial; the cell shows 2026-01-01 00:00 in Kiritimati.
    expect(sheetsCall('KPI_FORECAST', [[[0], [100000]], [[0], [100000]], new Date(Date.UTC(2025, 11, 31, 10))])).toBeCloseTo(46023, 6);
  });
});

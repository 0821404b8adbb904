/**
 * Dates and date-times through the BUILT Sheets bundle in spreadsheets of every zone, with the script in other zones
 * (platforms.md "Time zones", functions.md "dates"): the same cell gives the same number as Excel's serial.
 * The script's zone is the process's TZ (Node honours a change at run time, but only in a process of its own: inside a
 * worker thread, as under Stryker's vitest runner, TZ changes are ignored and the script zones below do not vary); the
 * spreadsheet's is what SpreadsheetApp.getActive().getSpreadsheetTimeZone() reports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadExcelFunctions, loadSheets } from './loaders';
import { formatDate, instantOfWall, wallMs } from '../sheets/zones';

/** The least-squares line through (xs, ys) at x0, worked out here (functions.md KPI_FORECAST), not by either bundle. */
function leastSquaresAt(ys: number[], xs: number[], x0: number): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return my + (sxy / sxx) * (x0 - mx);
}

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const SPREADSHEET_ZONES = ['Pacific/Honolulu', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Kiritimati'];
const SCRIPT_ZONES = ['Etc/UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Honolulu'];

const excel = loadExcelFunctions();
const sheets = loadSheets({}, { timeZone: 'Etc/UTC' });
const xl = (id: string, ...args: unknown[]) => {
  const r = excel.call(id, ...args);
  return Array.isArray(r) ? (r as unknown[][])[0][0] : r;
};
const sh = (name: string, ...args: unknown[]) => {
  const r = sheets.call(name, ...args);
  return Array.isArray(r) ? (r as unknown[][])[0][0] : r;
};
/** KPI_FORECAST of the identity line at `at`: the number the date reads as. */
const serialVia = (at: unknown) => sh('KPI_FORECAST', [[0], [100000]], [[0], [100000]], at) as number;

function eachZonePair(fn: (sheetZone: string, scriptZone: string) => void) {
  for (const script of SCRIPT_ZONES) {
    process.env.TZ = script;
    for (const zone of SPREADSHEET_ZONES) {
      if (zone === script) continue;
      sheets.setTimeZone(zone);
      fn(zone, script);
    }
  }
}

describe('Sheets date cells in every spreadsheet zone, the script elsewhere', () => {
  it('the date cell 2026-01-01 is 46023 in every zone', () => {
    const got: string[] = [];
    eachZonePair((zone, script) => got.push(`${zone} / script ${script}: ${serialVia(sheets.date(2026, 1, 1)).toFixed(6)}`));
    expect(got.filter((g) => !g.endsWith(': 46023.000000'))).toEqual([]);
  });

  it('a date-time 2026-01-01 18:00 is 46023.75 on both hosts, in KPI_FORECAST and KPI_PACE', () => {
    const excelForecast = xl('KPI_FORECAST', [[0], [100000]], [[0], [100000]], 46023.75);
    const excelPace = xl('KPI_PACE', [[1]], [[1]], [[0]], [[100000]], [[46023.75]], null, null);
    expect(excelForecast).toBeCloseTo(46023.75, 9);
    expect(excelPace).toBe(100000 / 46023.75);
    const wrong: string[] = [];
    eachZonePair((zone, script) => {
      const d = sheets.date(2026, 1, 1, 18, 0);
      const f = serialVia(d);
      const p = sh('KPI_PACE', 1, 1, 0, 100000, d);
      if (f !== excelForecast || p !== excelPace) wrong.push(`${zone} / script ${script}: forecast ${f}, pace ${p}`);
    });
    expect(wrong).toEqual([]);
  });

  it('dates in ranges and ISO text agree with the Date cells (KPI_PACE from Dates, as Excel from serials)', () => {
    eachZonePair(() => {
      const s = sh('KPI_PACE', 50, 100, sheets.date(2026, 1, 1), sheets.date(2026, 12, 31), sheets.date(2026, 7, 2, 12));
      // 2026-01-01 = 46023, 2026-07-02 12:00 = 46205.5, 2026-12-31 = 46387: half the target at 182.5 of 364 days.
      expect(s).toBeCloseTo(0.5 / (182.5 / 364), 12);
      expect(sh('KPI_PACE', 50, 100, '2026-01-01', '2026-12-31', '2026-07-02T12:00')).toBe(s);
    });
  });

  it('as_of left out is today in the spreadsheet zone, also a minute either side of its midnight', () => {
    // Inject the clock: the script's Date, with `new Date()` and Date.now() at a chosen instant.
    const RealDate = Date;
    let now = 0;
    class ClockDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(now);
        else super(...(args as [number]));
      }
      static now() {
        return now;
      }
    }
    const clocked = loadSheets({ Date: ClockDate }, { timeZone: 'Etc/UTC' });
    const cases: [zone: string, wall: number, today: number][] = [
      ['Pacific/Kiritimati', wallMs(2026, 1, 1, 0, 1), 46023], // 2025-12-31 10:01 UTC
      ['Pacific/Kiritimati', wallMs(2025, 12, 31, 23, 59), 46022],
      ['Pacific/Honolulu', wallMs(2025, 12, 31, 23, 59), 46022], // 2026-01-01 09:59 UTC
      ['Pacific/Honolulu', wallMs(2026, 1, 1, 0, 1), 46023],
      ['Asia/Kolkata', wallMs(2026, 1, 1, 0, 1), 46023],
    ];
    const wrong: string[] = [];
    for (const script of ['Asia/Tokyo', 'America/Los_Angeles']) {
      process.env.TZ = script;
      for (const [zone, wall, today] of cases) {
        clocked.setTimeZone(zone);
        now = instantOfWall(wall, zone);
        // start = today - 10, end = today + 10, actual = target: pace = 1 / ((today - start) / 20) = 2.
        const r = clocked.call('KPI_PACE', 1, 1, today - 10, today + 10);
        const pace = Array.isArray(r) ? r[0][0] : r;
        if (pace !== 2) wrong.push(`${zone} at ${new RealDate(wall).toISOString()} (script ${script}): pace ${pace}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the zone services: read at call time, sparingly', () => {
  function counting(timeZone: string) {
    const calls = { zone: 0, format: 0 };
    const book = { getSpreadsheetTimeZone: () => (calls.zone++, timeZone) };
    const globals = {
      SpreadsheetApp: { getActive: () => book, getActiveSpreadsheet: () => book },
      Utilities: { formatDate: (d: Date, tz: string, p: string) => (calls.format++, formatDate(d, tz, p)) },
    };
    return { calls, globals };
  }

  it('touches no service when the script loads, nor in a call without dates', () => {
    const c = counting('Europe/Berlin');
    const s = loadSheets(c.globals);
    expect(c.calls).toEqual({ zone: 0, format: 0 });
    s.call('KPI_ATTAINMENT', 90, 100);
    s.call('NPS', [[10], [9], [3]]);
    expect(c.calls).toEqual({ zone: 0, format: 0 });
  });

  it('reads the zone once per call and formats once per 15-minute UTC bucket, not once per date cell', () => {
    process.env.TZ = 'America/Los_Angeles';
    const c = counting('Asia/Kolkata');
    const s = loadSheets(c.globals);
    // 10,000 check-ins: 5,000 days at midnight and 5,000 at 09:30 (Kolkata), a year of days repeated.
    const dates = Array.from({ length: 10000 }, (_, i) => [s.date(2026, 1, 1 + (i % 365), i % 2 ? 9 : 0, i % 2 ? 30 : 0, 'Asia/Kolkata')]);
    const values = Array.from({ length: 10000 }, (_, i) => [i % 365]);
    const r = s.call('KPI_FORECAST', values, dates, s.date(2027, 1, 1, 0, 0, 'Asia/Kolkata'));
    const serials = Array.from({ length: 10000 }, (_, i) => [46023 + (i % 365) + (i % 2 ? 9.5 / 24 : 0)]);
    expect(r).toBeCloseTo(leastSquaresAt(values.map((v) => v[0]), serials.map((x) => x[0]), 46388), 9);
    expect(c.calls.zone).toBe(1);
    // One bucket per distinct day-and-time (730) plus the day either side of `at`'s: far below 10,000.
    expect(c.calls.format).toBeLessThanOrEqual(740);
    s.call('KPI_FORECAST', values, dates, s.date(2027, 1, 1, 0, 0, 'Asia/Kolkata'));
    expect(c.calls.zone).toBe(2);
  });

  it('falls back to the script\'s own clock without SpreadsheetApp or Utilities', () => {
    process.env.TZ = 'Europe/Berlin';
    const s = loadSheets({ SpreadsheetApp: undefined, Utilities: undefined });
    expect(s.call('KPI_FORECAST', [[0], [100000]], [[0], [100000]], s.date(2026, 1, 1, 18, 0, ''))).toBeCloseTo(46023.75, 9);
  });
});

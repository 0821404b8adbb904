/**
 * The two BUILT bundles against expectations written independently of the core: each bundle, called as its host calls
 * it (dist/excel as Excel: every parameter, null for nothing, matrices, serials; dist/sheets as Apps Script: only the
 * typed arguments, "" for empty cells, Dates at the wall clock in the spreadsheet's zone), must give what a small
 * reference oracle gives. The oracle is plain arithmetic from ../shared/spec/functions.md; it imports nothing from
 * shared/ (dates are day counts from 1899-12-30 worked out with Date.UTC). The fuzz in ../fuzz checks that the bundles
 * agree with each other on arbitrary junk; this file checks that what they agree on is right.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadExcelFunctions, loadSheets } from './loaders';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const ZONE = 'Asia/Kathmandu'; // +05:45: a wall clock that no UTC reading of a Date gets right by accident
const excel = loadExcelFunctions();
const sheets = loadSheets({}, { timeZone: ZONE });

// ----- the oracle ------------------------------------------------------------------------------------------------
type Day = [y: number, m: number, d: number];
/** Excel's 1900 serial of a calendar date (functions.md "dates": 45658 = 2025-01-01). */
const serialOf = ([y, m, d]: Day) => Date.UTC(y, m - 1, d) / 86400000 + 25569;
type Code = '#VALUE!' | '#DIV/0!' | '#N/A' | '#NUM!';
type Expected = number | string | { error: Code };
const err = (code: Code) => ({ error: code });
/** functions.md "never": a figure that overflows (1 / 5e-324) is no number a cell may show; the core gives #NUM!. */
const finite = (x: Expected): Expected => (typeof x === 'number' && !Number.isFinite(x) ? err('#NUM!') : x);

const oracle = {
  attainment(actual: number, target: number, baseline: number | null, direction: 'higher' | 'lower' | null): Expected {
    if (baseline !== null) {
      if (target === baseline) return err('#DIV/0!');
      if (direction === 'lower' && target > baseline) return err('#VALUE!');
      if (direction === 'higher' && target < baseline) return err('#VALUE!');
      return finite((actual - baseline) / (target - baseline));
    }
    if (target <= 0) return err('#VALUE!');
    return finite(direction === 'lower' ? 2 - actual / target : actual / target);
  },
  status(att: number, green = 1, yellow = 0.9): Expected {
    if (yellow > green) return err('#VALUE!');
    return att >= green ? 'Green' : att >= yellow ? 'Yellow' : 'Red';
  },
  pace(actual: number, target: number, start: number, end: number, asOf: number, baseline: number | null): Expected {
    if (end <= start) return err('#VALUE!');
    const att = oracle.attainment(actual, target, baseline, null);
    if (typeof att !== 'number') return att;
    if (asOf <= start) return '';
    return finite(att / Math.min(1, (asOf - start) / (end - start)));
  },
  nps(scores: number[]): Expected {
    if (!scores.length) return err('#N/A');
    const p = scores.filter((s) => s >= 9).length;
    const d = scores.filter((s) => s <= 6).length;
    return (100 * (p - d)) / scores.length;
  },
  npsMoe(scores: number[]): Expected {
    if (!scores.length) return err('#N/A');
    const n = scores.length;
    const p = scores.filter((s) => s >= 9).length / n;
    const d = scores.filter((s) => s <= 6).length / n;
    return 1.959964 * 100 * Math.sqrt((p + d - (p - d) ** 2) / n);
  },
  csat(scores: number[], max = 5): Expected {
    if (!scores.length) return err('#N/A');
    return scores.filter((s) => s >= max - 1).length / scores.length;
  },
  ces: (scores: number[]): Expected => (scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : err('#N/A')),
  weighted(values: (number | null)[], weights: number[], clamp: boolean): Expected {
    let sum = 0;
    let w = 0;
    values.forEach((v, i) => {
      if (v === null) return;
      sum += (clamp ? Math.min(1, Math.max(0, v)) : v) * weights[i];
      w += weights[i];
    });
    if (values.every((v) => v === null)) return err('#N/A');
    return w === 0 ? err('#VALUE!') : sum / w;
  },
  forecast(values: number[], xs: number[], at: number): Expected {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = values.reduce((a, b) => a + b, 0) / n;
    const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    if (n < 2 || sxx === 0) return err('#N/A');
    const slope = xs.reduce((a, x, i) => a + (x - mx) * (values[i] - my), 0) / sxx;
    return my + slope * (at - mx);
  },
  /** functions.md KPI_NEXT_UPDATE: one period after the last update (or the start); months as EDATE (Jan 31 + 1 = Feb 28). */
  nextUpdate(last: Day | null, freq: string, start: Day | null): Expected {
    const from = last ?? start;
    const f = freq.trim().toLowerCase();
    if (f === '' || !from) return '';
    const days = { daily: 1, weekly: 7 }[f];
    if (days) return serialOf(from) + days;
    const months = { monthly: 1, quarterly: 3, yearly: 12 }[f];
    if (!months) return err('#VALUE!');
    const [y, m, d] = from;
    const first = new Date(Date.UTC(y, m - 1 + months, 1));
    const monthDays = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    return serialOf([first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(d, monthDays)]);
  },
  latest(id: string, log: { id: string; date: number | null; value: number | null }[], asOf: number | null): Expected {
    const key = (s: string) => s.trim().toUpperCase();
    let best: { date: number; value: number | null } | undefined;
    for (const r of log) {
      if (r.id.trim() === '' || r.date === null || key(r.id) !== key(id)) continue;
      if (asOf !== null && r.date > asOf) continue;
      if (!best || r.date >= best.date) best = { date: r.date, value: r.value }; // a later row wins a tie
    }
    return best?.value ?? '';
  },
};

// ----- each host's form, compared with the oracle -------------------------------------------------------------
/** A result of either bundle in one form: a number, a text, or { error: code }. */
function fromExcel(v: unknown): unknown {
  if (v instanceof excel.ErrorClass) return { error: v.code };
  return v;
}
function fromSheetsCell(v: unknown): unknown {
  const m = typeof v === 'string' ? /^(#VALUE!|#N\/A|#DIV\/0!|#NUM!) /.exec(v) : null;
  return m ? { error: m[1] } : v;
}
/** A single Sheets result: a thrown error is the whole call's error; its code is not shown, so it is matched as any error. */
function fromSheets(f: () => unknown): unknown {
  try {
    const v = f();
    return Array.isArray(v) ? v.map((row) => (row as unknown[]).map(fromSheetsCell)) : fromSheetsCell(v);
  } catch (e) {
    return { thrown: (e as Error).message };
  }
}
function expectLike(got: unknown, want: Expected, where: string, tolerance = 1e-9): void {
  if (typeof want === 'number') {
    expect(typeof got, `${where}: ${JSON.stringify(got)}`).toBe('number');
    expect(Math.abs((got as number) - want), `${where}: ${got} against ${want}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(want)));
  } else if (typeof want === 'string') expect(got, where).toBe(want);
  else if (got && typeof got === 'object' && 'thrown' in got) expect((got as { thrown: string }).thrown.length, where).toBeGreaterThan(0);
  else expect(got, where).toEqual(want);
}
const only = (m: unknown) => (Array.isArray(m) && m.length === 1 && Array.isArray(m[0]) && m[0].length === 1 ? m[0][0] : m);

// ----- generators: realistic inputs ------------------------------------------------------------------------------
const amount = fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }));
const day: fc.Arbitrary<Day> = fc.tuple(fc.integer({ min: 1995, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
const score = fc.integer({ min: 0, max: 10 });

describe('built bundles against an independent oracle (functions.md arithmetic)', () => {
  it('KPI_ATTAINMENT and KPI_STATUS, per row, with and without a baseline and a direction', () => {
    const row = fc.record({ a: amount, t: amount, b: fc.option(amount, { nil: null }), d: fc.constantFrom(null, 'higher', 'lower') as fc.Arbitrary<'higher' | 'lower' | null> });
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
      const want = rows.map((r) => oracle.attainment(r.a, r.t, r.b, r.d));
      const col = <T,>(f: (r: (typeof rows)[number]) => T) => rows.map((r) => [f(r)]);
      const e = excel.call('KPI_ATTAINMENT', col((r) => r.a), col((r) => r.t), col((r) => r.b), col((r) => r.d)) as unknown[][];
      const s = fromSheets(() => sheets.call('KPI_ATTAINMENT', col((r) => r.a), col((r) => r.t), col((r) => r.b ?? ''), col((r) => r.d ?? '')));
      want.forEach((w, i) => {
        expectLike(fromExcel(e[i][0]), w, `excel row ${i}`);
        expectLike(rows.length === 1 && !Array.isArray(s) ? s : (s as unknown[][])[i][0], w, `sheets row ${i}`);
        if (typeof w === 'number') {
          const st = oracle.status(w);
          expect(only(excel.call('KPI_STATUS', [[w]], null, null)), `excel status of ${w}`).toBe(st);
          expect(sheets.call('KPI_STATUS', w), `sheets status of ${w}`).toBe(st);
        }
      });
    }), { numRuns: RUNS });
  });

  it('KPI_PACE with date cells (serials in Excel, Dates in the spreadsheet\'s zone in Sheets)', () => {
    fc.assert(fc.property(amount, fc.integer({ min: 1, max: 500 }), fc.option(amount, { nil: null }), day, day, day, (a, t, b, st, en, at) => {
      const want = oracle.pace(a, t, serialOf(st), serialOf(en), serialOf(at), b);
      const e = only(excel.call('KPI_PACE', [[a]], [[t]], [[serialOf(st)]], [[serialOf(en)]], [[serialOf(at)]], b === null ? null : [[b]], null));
      const s = fromSheets(() => sheets.call('KPI_PACE', a, t, sheets.date(...st), sheets.date(...en), sheets.date(...at), b ?? ''));
      expectLike(fromExcel(e), want, 'excel');
      expectLike(s, want, 'sheets');
    }), { numRuns: RUNS });
  });

  it('NPS, NPS_MOE, CSAT and CES over answers with blanks', () => {
    const answers = fc.array(fc.oneof({ weight: 6, arbitrary: score }, { weight: 1, arbitrary: fc.constant(null) }), { minLength: 1, maxLength: 25 });
    fc.assert(fc.property(answers, (xs) => {
      const filled = xs.filter((x): x is number => x !== null);
      const excelRange = xs.map((x) => [x]);
      const sheetsRange = xs.map((x) => [x ?? '']);
      const cases: [string, Expected, unknown[], unknown[]][] = [
        ['NPS', oracle.nps(filled), [excelRange], [sheetsRange]],
        ['NPS_MOE', oracle.npsMoe(filled), [excelRange, null], [sheetsRange]],
        ['CSAT', oracle.csat(filled.filter((x) => x >= 1 && x <= 10), 10), [xs.map((x) => [x === 0 ? null : x]), [[10]], null], [xs.map((x) => [x === 0 || x === null ? '' : x]), 10]],
        ['CES', oracle.ces(filled.filter((x) => x >= 1 && x <= 7)), [xs.map((x) => [x !== null && x >= 1 && x <= 7 ? x : null]), null], [xs.map((x) => [x !== null && x >= 1 && x <= 7 ? x : ''])]],
      ];
      for (const [name, want, xArgs, sArgs] of cases) {
        // functions.md gives z = 1.959964 (7 digits) for the 95 % margin: NPS_MOE to 1e-6.
        const tolerance = name === 'NPS_MOE' ? 1e-6 : 1e-9;
        expectLike(fromExcel(only(excel.call(name, ...xArgs))), want, `excel ${name}`, tolerance);
        expectLike(fromSheets(() => sheets.call(name, ...sArgs)), want, `sheets ${name}`, tolerance);
      }
    }), { numRuns: RUNS });
  });

  it('OKR_SCORE (clamped) and ROLLUP (not clamped), weighted, blanks skipped with their weights', () => {
    const item = fc.tuple(fc.option(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { nil: null, freq: 5 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (items) => {
      const vs = items.map(([v]) => v);
      const ws = items.map(([, w]) => w);
      for (const [name, clamp] of [['OKR_SCORE', true], ['ROLLUP', false]] as const) {
        const want = oracle.weighted(vs, ws, clamp);
        expectLike(fromExcel(only(excel.call(name, vs.map((v) => [v]), ws.map((w) => [w])))), want, `excel ${name}`);
        expectLike(fromSheets(() => sheets.call(name, vs.map((v) => [v ?? '']), ws.map((w) => [w]))), want, `sheets ${name}`);
      }
    }), { numRuns: RUNS });
  });

  it('KPI_FORECAST through dated values', () => {
    const point = fc.tuple(amount, day);
    fc.assert(fc.property(fc.array(point, { minLength: 2, maxLength: 8 }), day, (pts, at) => {
      const want = oracle.forecast(pts.map(([v]) => v), pts.map(([, d]) => serialOf(d)), serialOf(at));
      const e = excel.call('KPI_FORECAST', pts.map(([v]) => [v]), pts.map(([, d]) => [serialOf(d)]), serialOf(at)); // `at` is a single value in functions.json
      const s = fromSheets(() => sheets.call('KPI_FORECAST', pts.map(([v]) => [v]), pts.map(([, d]) => [sheets.date(...d)]), sheets.date(...at)));
      // A least-squares fit through far-apart dates loses digits: compare to 1e-6 of the values' scale.
      if (typeof want === 'number') {
        const scale = Math.max(1, ...pts.map(([v]) => Math.abs(v)), Math.abs(want));
        expect(Math.abs((only(e) as number) - want), 'excel').toBeLessThanOrEqual(1e-6 * scale);
        expect(Math.abs((s as number) - want), 'sheets').toBeLessThanOrEqual(1e-6 * scale);
      } else {
        expectLike(fromExcel(only(e)), want, 'excel');
        expectLike(s, want, 'sheets');
      }
    }), { numRuns: RUNS });
  });

  it('KPI_NEXT_UPDATE: one period after the last update or the start, months as EDATE', () => {
    const endOfMonth = fc.tuple(fc.integer({ min: 2000, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 28, max: 31 }))
      .filter(([y, m, d]) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d) as fc.Arbitrary<Day>;
    const when = fc.option(fc.oneof(day, endOfMonth), { nil: null, freq: 5 });
    const freq = fc.constantFrom('Daily', ' weekly ', 'Monthly', 'QUARTERLY', 'Yearly', '', 'often');
    fc.assert(fc.property(fc.array(fc.tuple(when, freq, when), { minLength: 2, maxLength: 6 }), (rows) => {
      const want = rows.map(([l, f, st]) => oracle.nextUpdate(l, f, st));
      const e = excel.call('KPI_NEXT_UPDATE', rows.map(([l]) => [l ? serialOf(l) : null]), rows.map(([, f]) => [f]), rows.map(([, , st]) => [st ? serialOf(st) : null])) as unknown[][];
      const s = fromSheets(() => sheets.call('KPI_NEXT_UPDATE', rows.map(([l]) => [l ? sheets.date(...l) : '']), rows.map(([, f]) => [f]), rows.map(([, , st]) => [st ? sheets.date(...st) : '']))) as unknown[][];
      want.forEach((w, i) => {
        expectLike(fromExcel(e[i][0]), w, `excel row ${i}`);
        expectLike(s[i][0], w, `sheets row ${i}`);
      });
    }), { numRuns: RUNS });
  });

  it('KPI_LATEST over a check-in log: the latest value on or before as_of, IDs matched case- and space-blind', () => {
    const id = fc.constantFrom('K1', 'k1', ' K1 ', 'K2', 'K3', '');
    const entry = fc.record({ id, date: fc.option(day, { nil: null, freq: 8 }), value: fc.option(fc.integer({ min: -10, max: 300 }), { nil: null, freq: 8 }) });
    fc.assert(fc.property(fc.array(entry, { minLength: 1, maxLength: 15 }), fc.array(fc.constantFrom('K1', 'k2', 'K3', 'K4'), { minLength: 1, maxLength: 4 }), fc.option(day, { nil: null }), (log, kpis, asOf) => {
      const rows = log.map((r) => ({ id: r.id, date: r.date ? serialOf(r.date) : null, value: r.value }));
      const want = kpis.map((k) => oracle.latest(k, rows, asOf ? serialOf(asOf) : null));
      const e = excel.call('KPI_LATEST', kpis.map((k) => [k]), log.map((r) => [r.id === '' ? null : r.id]), rows.map((r) => [r.date]), log.map((r) => [r.value]),
        asOf ? [[serialOf(asOf)]] : null) as unknown[][];
      const sArgs: unknown[] = [kpis.map((k) => [k]), log.map((r) => [r.id]), log.map((r) => [r.date ? sheets.date(...r.date) : '']), log.map((r) => [r.value ?? ''])];
      if (asOf) sArgs.push(sheets.date(...asOf));
      const s = fromSheets(() => sheets.call('KPI_LATEST', ...sArgs));
      want.forEach((w, i) => {
        expectLike(fromExcel(e[i][0]), w, `excel KPI ${kpis[i]}`);
        expectLike(kpis.length === 1 && !Array.isArray(s) ? s : (s as unknown[][])[i][0], w, `sheets KPI ${kpis[i]}`);
      });
      // The dates column as the field: the date of the last update, as its serial (a Sheets Date read in the sheet's zone).
      const wantDate = kpis.map((k) => oracle.latest(k, rows.map((r) => ({ ...r, value: r.date })), asOf ? serialOf(asOf) : null));
      const sd = fromSheets(() => sheets.call('KPI_LATEST', sArgs[0], sArgs[1], sArgs[2], sArgs[2], ...sArgs.slice(4)));
      wantDate.forEach((w, i) => expectLike(kpis.length === 1 && !Array.isArray(sd) ? sd : (sd as unknown[][])[i][0], w, `sheets last update of ${kpis[i]}`));
    }), { numRuns: RUNS });
  });
});

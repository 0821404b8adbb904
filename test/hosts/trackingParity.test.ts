/**
 * Excel/Sheets parity of the check-in log functions over logs that look like real ones (the registry fuzz draws
 * arbitrary cells, so its logs rarely share an ID with kpi_ids): IDs from a small pool in varied case and spacing,
 * date and date-time cells (serials for Excel, Dates at the spreadsheet zone's wall clock for Sheets), values that
 * are numbers, blanks or now and then text, empty rows; the same results from both built bundles.
 * Both bundles are built from one core, so agreement here shows only that each host's form (null and serials against
 * "" and Dates in the sheet's zone) reaches the core alike; that the figures are right is checked against an oracle
 * written from functions.md in oracleParity.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialFromParts } from '../../shared/functions';
import { loadExcelFunctions, loadSheets } from './loaders';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const excel = loadExcelFunctions();
const sheets = loadSheets({}, { timeZone: 'America/St_Johns' });

type Day = [y: number, m: number, d: number, h: number, mi: number];
type Row = { id: string | null; date: Day | null; value: number | string | null };

const id = fc.constantFrom('K1', 'k1', ' K1 ', 'K2', 'K3', 'k3', 'X');
const day: fc.Arbitrary<Day> = fc.tuple(fc.integer({ min: 2025, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
  fc.constantFrom(0, 0, 9, 18), fc.constantFrom(0, 30)).map((d) => d as Day);
const value = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -50, max: 500 }) }, { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('n/a', '12.5', '90%') });
const row: fc.Arbitrary<Row> = fc.record({
  id: fc.oneof({ weight: 9, arbitrary: id }, { weight: 1, arbitrary: fc.constant(null) }),
  date: fc.oneof({ weight: 9, arbitrary: day }, { weight: 1, arbitrary: fc.constant(null) }),
  value,
});
const log = fc.array(row, { minLength: 1, maxLength: 30 });
const kpis = fc.array(fc.oneof(id, fc.constant(null)), { minLength: 1, maxLength: 5 });

const serial = (d: Day) => serialFromParts(d[0], d[1], d[2]) + (d[3] * 60 + d[4]) / 1440;
const excelLog = (rows: Row[]) => ({
  ids: rows.map((r) => [r.id]),
  dates: rows.map((r) => [r.date ? serial(r.date) : null]),
  values: rows.map((r) => [r.value]),
});
const sheetsLog = (rows: Row[]) => ({
  ids: rows.map((r) => [r.id ?? '']),
  dates: rows.map((r) => [r.date ? sheets.date(...r.date) : '']),
  values: rows.map((r) => [r.value ?? '']),
});

function norm(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(norm);
  if (v instanceof excel.ErrorClass) return `${v.code} ${(v as { message?: string }).message ?? ''}`;
  if (typeof v === 'number') return Math.round(v * 1e9) / 1e9;
  return v;
}
/** Sheets' per-element "#VALUE! message"; the whole-call form (thrown) as the Excel 1x1. */
function sheetsNorm(f: () => unknown): unknown {
  try {
    return norm(f());
  } catch (e) {
    return [[`THROWN ${(e as Error).message}`]];
  }
}
function excelNorm(v: unknown): unknown {
  const n = norm(v) as unknown[][];
  return n.length === 1 && n[0].length === 1 && typeof n[0][0] === 'string' && /^#/.test(n[0][0] as string)
    ? [[`THROWN ${(n[0][0] as string).replace(/^\S+ /, '')}`]]
    : n;
}

describe('check-in log functions: the same results on Excel and Sheets over realistic logs', () => {
  const cases: [string, (x: ReturnType<typeof excelLog>, k: unknown[][], d: Day) => unknown[], (s: ReturnType<typeof sheetsLog>, k: unknown[][], d: Day) => unknown[]][] = [
    ['KPI_LATEST', (x, k) => [k, x.ids, x.dates, x.values, null], (s, k) => [k, s.ids, s.dates, s.values]],
    ['KPI_LATEST', (x, k, d) => [k, x.ids, x.dates, x.dates, [[serial(d)]]], (s, k, d) => [k, s.ids, s.dates, s.dates, sheets.date(...d)]],
    ['KPI_SPARKLINE', (x, k) => [k, x.ids, x.dates, x.values, 4], (s, k) => [k, s.ids, s.dates, s.values, 4]],
    ['KPI_PROJECTION', (x, k, d) => [k, x.ids, x.dates, x.values, [[serial(d)]]], (s, k, d) => [k, s.ids, s.dates, s.values, sheets.date(...d)]],
  ];
  for (const [name, xArgs, sArgs] of cases) {
    it(`${name}`, () => {
      fc.assert(
        fc.property(log, kpis, day, (rows, ks, d) => {
          const e = excelNorm(excel.call(name, ...xArgs(excelLog(rows), ks.map((k) => [k]), d)));
          const s = sheetsNorm(() => sheets.call(name, ...sArgs(sheetsLog(rows), ks.map((k) => [k ?? '']), d)));
          const single = ks.length === 1 && !Array.isArray(s) ? [[s]] : s;
          expect(single).toEqual(e);
        }),
        { numRuns: RUNS },
      );
    });
  }
  it('KPI_NEXT_UPDATE', () => {
    const freq = fc.constantFrom('Daily', 'weekly', ' Monthly', 'QUARTERLY', 'Yearly', '', 'often');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(day), freq, fc.option(day)), { minLength: 2, maxLength: 6 }), (rs) => {
        const e = norm(excel.call('KPI_NEXT_UPDATE', rs.map(([l]) => [l ? serial(l) : null]), rs.map(([, f]) => [f]), rs.map(([, , st]) => [st ? serial(st) : null])));
        const s = norm(sheets.call('KPI_NEXT_UPDATE', rs.map(([l]) => [l ? sheets.date(...l) : '']), rs.map(([, f]) => [f]), rs.map(([, , st]) => [st ? sheets.date(...st) : ''])));
        expect(s).toEqual(e);
      }),
      { numRuns: RUNS },
    );
  });
});

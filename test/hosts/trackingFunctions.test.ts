/**
 * The check-in log functions and stay-type targets on the BUILT bundles: Excel's functions.js in a vm with a fake
 * CustomFunctions (null for empty cells and omitted arguments, serial numbers for dates, error objects in ranges),
 * the Sheets files in one vm ("" for empty cells, Date objects at the spreadsheet zone's wall clock, only typed
 * arguments). The same log gives the same results on both.
 */
import { describe, expect, it } from 'vitest';
import { loadExcelFunctions, loadSheets } from './loaders';

const excel = loadExcelFunctions();
// A spreadsheet far from the script's zone: dates must still be read as their calendar day.
const sheets = loadSheets({}, { timeZone: 'Pacific/Auckland' });

type Day = [y: number, m: number, d: number, h?: number];
/** The check-in log in neutral form: ID, date, value, confidence (undefined = empty cell). */
const LOG: [string | undefined, Day | undefined, number | string | undefined, string | undefined][] = [
  ['K1', [2026, 1, 5], 10, 'High'],
  ['K2', [2026, 1, 6], 50, 'Low'],
  [undefined, undefined, undefined, undefined], // an empty row inside the log
  ['k1 ', [2026, 2, 5], 12, 'Medium'],
  ['K2', [2026, 2, 1, 18], 55, undefined],
  [' K1', [2026, 3, 5], 15, undefined],
  ['K4', [2026, 3, 1], 'lots', undefined],
  ['K5', undefined, 7, undefined], // no date: skipped
];
const KPIS = ['K1', 'K2', 'K3', 'K4', undefined];

/** Excel's 1900 serial, worked out here with Date.UTC (25569 = 1970-01-01), not with the core's date code. */
const serialFromParts = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000 + 25569;
const serial = ([y, m, d, h = 0]: Day) => serialFromParts(y, m, d) + h / 24;
const excelCol = (f: (r: (typeof LOG)[number]) => unknown) => LOG.map((r) => [f(r) ?? null]);
const sheetsCol = (f: (r: (typeof LOG)[number]) => unknown) => LOG.map((r) => [f(r) ?? '']);

const X = {
  kpis: KPIS.map((k) => [k ?? null]),
  ids: excelCol((r) => r[0]),
  dates: excelCol((r) => (r[1] ? serial(r[1]) : null)),
  values: excelCol((r) => r[2]),
  conf: excelCol((r) => r[3]),
};
const S = {
  kpis: KPIS.map((k) => [k ?? '']),
  ids: sheetsCol((r) => r[0]),
  dates: sheetsCol((r) => (r[1] ? sheets.date(r[1][0], r[1][1], r[1][2], r[1][3] ?? 0) : undefined)),
  values: sheetsCol((r) => r[2]),
  conf: sheetsCol((r) => r[3]),
};

/** Excel's error objects and Sheets' "#VALUE! message" texts, as one comparable form. */
function norm(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(norm);
  if (v instanceof excel.ErrorClass) return `${v.code} ${(v as { message?: string }).message ?? ''}`.trim();
  return v;
}
const codeOf = (v: unknown) => String(norm(v)).split(' ')[0];

describe('the check-in log functions on both built bundles', () => {
  it('KPI_LATEST: the latest value, date and confidence per KPI, the same on both hosts', () => {
    const e = excel.call('KPI_LATEST', X.kpis, X.ids, X.dates, X.values, null);
    const s = sheets.call('KPI_LATEST', S.kpis, S.ids, S.dates, S.values);
    expect(norm(e)).toEqual(norm(s));
    expect(e).toEqual([[15], [55], [''], ['lots'], ['']]);
    // The dates column as the field: each KPI's last update, K4's too (its value is text, its date is fine).
    const lastUpdates = [serialFromParts(2026, 3, 5), serialFromParts(2026, 2, 1) + 0.75, '', serialFromParts(2026, 3, 1), ''];
    for (const [host, got] of [
      ['excel', excel.call('KPI_LATEST', X.kpis, X.ids, X.dates, X.dates, null)],
      ['sheets', sheets.call('KPI_LATEST', S.kpis, S.ids, S.dates, S.dates)],
    ] as const) {
      (got as unknown[][]).forEach((row, i) => {
        const want = lastUpdates[i];
        if (typeof want === 'number') expect(row[0] as number, `${host} ${i}`).toBeCloseTo(want, 9); // a date-time keeps its time
        else expect(row[0], `${host} ${i}`).toBe(want);
      });
    }
    // Confidence: the latest check-ins carry none (""); on or before 2026-01-31, K1's and K2's first ones do.
    expect(excel.call('KPI_LATEST', X.kpis, X.ids, X.dates, X.conf, null)).toEqual([[''], [''], [''], [''], ['']]);
    expect(sheets.call('KPI_LATEST', S.kpis, S.ids, S.dates, S.conf)).toEqual([[''], [''], [''], [''], ['']]);
    const early = [['High'], ['Low'], [''], [''], ['']];
    expect(excel.call('KPI_LATEST', X.kpis, X.ids, X.dates, X.conf, [[serialFromParts(2026, 1, 31)]])).toEqual(early);
    expect(sheets.call('KPI_LATEST', S.kpis, S.ids, S.dates, S.conf, sheets.date(2026, 1, 31))).toEqual(early);
  });
  it('KPI_LATEST with as_of: a date cell on Sheets, a serial on Excel', () => {
    const e = excel.call('KPI_LATEST', X.kpis, X.ids, X.dates, X.values, [[serialFromParts(2026, 2, 5)]]);
    const s = sheets.call('KPI_LATEST', S.kpis, S.ids, S.dates, S.values, sheets.date(2026, 2, 5));
    expect(e).toEqual([[12], [55], [''], [''], ['']]);
    expect(s).toEqual(e);
  });
  it('KPI_LATEST of a single KPI is a single value (1x1 on Excel)', () => {
    expect(excel.call('KPI_LATEST', [['K1']], X.ids, X.dates, X.values, null)).toEqual([[15]]);
    expect(sheets.call('KPI_LATEST', 'K1', S.ids, S.dates, S.values)).toBe(15);
  });
  it('KPI_SPARKLINE: the worked value ▁▄█, and a bad value as that KPI\'s error naming the log row', () => {
    const e = excel.call('KPI_SPARKLINE', X.kpis, X.ids, X.dates, X.values, null) as unknown[][];
    const s = sheets.call('KPI_SPARKLINE', S.kpis, S.ids, S.dates, S.values) as unknown[][];
    expect(norm(e)).toEqual(norm(s));
    expect(e[0][0]).toBe('▁▄█');
    expect(e[1][0]).toBe('▁█');
    expect(e[2][0]).toBe('');
    expect(norm(e[3][0])).toMatch(/^#VALUE! The value in log row 7 must be a number, not the text "lots"/);
    expect(s[3][0]).toMatch(/^#VALUE! The value in log row 7/);
    expect(excel.call('KPI_SPARKLINE', [['K1']], X.ids, X.dates, X.values, 2)).toEqual([['▁█']]);
    expect(sheets.call('KPI_SPARKLINE', 'K1', S.ids, S.dates, S.values, 2)).toBe('▁█');
  });
  it('KPI_SPARKLINE with points out of range: Excel #VALUE! in 1x1, Sheets throws the message', () => {
    const e = excel.call('KPI_SPARKLINE', X.kpis, X.ids, X.dates, X.values, 51) as { code: string; message: string }[][];
    expect(e[0][0].code).toBe('#VALUE!');
    expect(e[0][0].message).toMatch(/points.*2 to 50/);
    expect(() => sheets.call('KPI_SPARKLINE', S.kpis, S.ids, S.dates, S.values, 51)).toThrow(/2 to 50/);
  });
  it('KPI_PROJECTION: the same line on both hosts, at one date for all', () => {
    const at = serialFromParts(2026, 6, 30);
    const e = excel.call('KPI_PROJECTION', X.kpis, X.ids, X.dates, X.values, [[at]]) as unknown[][];
    const s = sheets.call('KPI_PROJECTION', S.kpis, S.ids, S.dates, S.values, sheets.date(2026, 6, 30)) as unknown[][];
    expect(typeof e[0][0]).toBe('number');
    expect(e[0][0] as number).toBeGreaterThan(15);
    expect(s[0][0]).toBeCloseTo(e[0][0] as number, 9);
    expect(s[1][0]).toBeCloseTo(e[1][0] as number, 9);
    expect([e[2][0], s[2][0]]).toEqual(['', '']);
    expect([codeOf(e[3][0]), codeOf(s[3][0])]).toEqual(['#VALUE!', '#VALUE!']);
    expect([e[4][0], s[4][0]]).toEqual(['', '']);
  });
  it('log columns of different lengths: #VALUE! naming both on Excel, thrown on Sheets', () => {
    const e = excel.call('KPI_LATEST', X.kpis, X.ids, X.dates.slice(1), X.values, null) as { code: string; message: string }[][];
    expect(e[0][0].code).toBe('#VALUE!');
    expect(e[0][0].message).toMatch(/log_dates has 7 rows but log_kpi_ids has 8/);
    expect(() => sheets.call('KPI_LATEST', S.kpis, S.ids, S.dates.slice(1), S.values)).toThrow(/log_dates has 7 rows but log_kpi_ids has 8/);
  });
  it('an error cell in the log becomes that KPI\'s error: Excel error objects and Sheets error texts', () => {
    const xErr = new excel.ErrorClass('#DIV/0!');
    const ev = X.values.map((r, i) => (i === 5 ? [xErr] : r));
    const sv = S.values.map((r, i) => (i === 5 ? ['#DIV/0!'] : r));
    const e = excel.call('KPI_LATEST', X.kpis, X.ids, X.dates, ev, null) as unknown[][];
    const s = sheets.call('KPI_LATEST', S.kpis, S.ids, S.dates, sv) as unknown[][];
    expect(codeOf(e[0][0])).toBe('#DIV/0!');
    expect(codeOf(s[0][0])).toBe('#DIV/0!');
    expect([e[1][0], s[1][0]]).toEqual([55, 55]);
  });
});

describe('KPI_NEXT_UPDATE and stay-type targets on both built bundles', () => {
  it('KPI_NEXT_UPDATE: the worked value 46081, from a serial on Excel and a date cell on Sheets', () => {
    expect(excel.call('KPI_NEXT_UPDATE', [[46053]], [['Monthly']], null)).toEqual([[46081]]);
    expect(sheets.call('KPI_NEXT_UPDATE', sheets.date(2026, 1, 31), 'Monthly')).toBe(46081);
    const e = excel.call('KPI_NEXT_UPDATE', [[46053], [null], [null]], [['Quarterly'], ['Weekly'], ['Weekly']], [[46023]]);
    const s = sheets.call('KPI_NEXT_UPDATE', [[sheets.date(2026, 1, 31)], [''], ['']], [['Quarterly'], ['Weekly'], ['Weekly']], sheets.date(2026, 1, 1));
    expect(e).toEqual([[serialFromParts(2026, 4, 30)], [46030], [46030]]);
    expect(s).toEqual(e);
  });
  it('KPI_NEXT_UPDATE: an unknown frequency lists the accepted ones; blanks stay blank', () => {
    const e = excel.call('KPI_NEXT_UPDATE', [[46053], [46053], [null]], [['Often'], [null], ['Daily']], null) as unknown[][];
    const s = sheets.call('KPI_NEXT_UPDATE', [[46053], [46053], ['']], [['Often'], [''], ['Daily']]) as unknown[][];
    expect(norm(e[0][0])).toMatch(/^#VALUE! frequency must be Daily, Weekly, Monthly, Quarterly or Yearly/);
    expect(s[0][0]).toMatch(/^#VALUE! frequency must be Daily, Weekly, Monthly, Quarterly or Yearly/);
    expect([e[1][0], e[2][0], s[1][0], s[2][0]]).toEqual(['', '', '', '']);
  });
  it('KPI_ATTAINMENT "at least" gives the worked value 0.99600; KPI_PACE of it is its attainment', () => {
    const e = excel.call('KPI_ATTAINMENT', [[99.5]], [[99.9]], null, [['at least']]) as number[][];
    expect(e[0][0].toFixed(5)).toBe('0.99600');
    expect((sheets.call('KPI_ATTAINMENT', 99.5, 99.9, '', 'at least') as number).toFixed(5)).toBe('0.99600');
    expect(excel.call('KPI_ATTAINMENT', [[10]], [[5]], null, [['At Most']])).toEqual([[0.5]]);
    expect(sheets.call('KPI_ATTAINMENT', 10, 5, '', 'At Most')).toBe(0.5);
    expect(excel.call('KPI_PACE', [[10]], [[5]], [[46023]], [[46387]], [[46050]], null, [['at most']])).toEqual([[0.5]]);
    expect(sheets.call('KPI_PACE', 10, 5, sheets.date(2026, 1, 1), sheets.date(2026, 12, 31), sheets.date(2026, 1, 28), '', 'at most')).toBe(0.5);
  });
});

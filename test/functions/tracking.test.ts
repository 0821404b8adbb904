/** The check-in log functions of functions.md ("Tracking over time"): every rule, edge case and error of the spec. */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError, serialFromParts } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const KPI_LATEST = fn('KPI_LATEST');
const KPI_NEXT_UPDATE = fn('KPI_NEXT_UPDATE');
const KPI_SPARKLINE = fn('KPI_SPARKLINE');
const KPI_PROJECTION = fn('KPI_PROJECTION');

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const D = (y: number, m: number, d: number) => serialFromParts(y, m, d);
/** Excel's CustomFunctions.Error as it reaches a function inside a range (recognised by its shape). */
const excelError = (code: string) => ({ code, message: 'from the sheet' });

// A log: K1 three check-ins (10, 12, 15), K2 one, K3 none; rows appended in date order.
const LOG = {
  ids: col('K1', 'K2', 'k1 ', ' K1'),
  dates: col(D(2026, 1, 5), D(2026, 1, 6), D(2026, 2, 5), D(2026, 3, 5)),
  values: col(10, 50, 12, 15),
  confidence: col('High', 'Low', 'Medium', ''),
};

describe('KPI_LATEST', () => {
  it('gives each KPI the field of its latest check-in: value, date, confidence', () => {
    expect(KPI_LATEST(col('K1', 'K2', 'K3'), LOG.ids, LOG.dates, LOG.values)).toEqual(col(15, 50, ''));
    expect(KPI_LATEST(col('K1', 'K2'), LOG.ids, LOG.dates, LOG.dates)).toEqual(col(D(2026, 3, 5), D(2026, 1, 6)));
    expect(KPI_LATEST(col('K1', 'K2'), LOG.ids, LOG.dates, LOG.confidence)).toEqual(col('', 'Low')); // a blank field gives ""
  });
  it('matches IDs case-insensitively with surrounding spaces ignored, numbers and their text alike', () => {
    expect(KPI_LATEST(col(' k1', 'K2 '), LOG.ids, LOG.dates, LOG.values)).toEqual(col(15, 50));
    expect(KPI_LATEST(col(7), col('7', 7), col(1, 2), col('a', 'b'))).toEqual('b');
  });
  it('takes only check-ins on or before as_of; a whole day includes that day\'s check-ins at any time', () => {
    expect(KPI_LATEST(col('K1'), LOG.ids, LOG.dates, LOG.values, D(2026, 2, 28))).toBe(12);
    expect(KPI_LATEST('K1', LOG.ids, LOG.dates, LOG.values, D(2026, 2, 5))).toBe(12);
    expect(KPI_LATEST('K1', LOG.ids, LOG.dates, LOG.values, D(2026, 2, 4))).toBe(10);
    expect(KPI_LATEST('K1', LOG.ids, LOG.dates, LOG.values, D(2026, 1, 4))).toBe('');
    const noon = D(2026, 2, 5) + 0.5;
    const ids = col('K', 'K');
    const dates = col(D(2026, 2, 4), noon);
    expect(KPI_LATEST('K', ids, dates, col(1, 2), D(2026, 2, 5))).toBe(2);
    expect(KPI_LATEST('K', ids, dates, col(1, 2), noon)).toBe(2); // a date-time is an instant, itself included
    expect(KPI_LATEST('K', ids, dates, col(1, 2), noon - 0.01)).toBe(1);
    expect(KPI_LATEST('K', ids, dates, col(1, 2), '2026-02-05')).toBe(2);
  });
  it('takes as_of one per KPI or one for all; another shape is #VALUE! naming both shapes', () => {
    expect(KPI_LATEST(col('K1', 'K1'), LOG.ids, LOG.dates, LOG.values, col(D(2026, 1, 31), ''))).toEqual(col(10, 15));
    expect(KPI_LATEST(col('K1', 'K1'), LOG.ids, LOG.dates, LOG.values, [[D(2026, 1, 31)]])).toEqual(col(10, 10));
    expect(errorOf(() => KPI_LATEST(col('K1', 'K1'), LOG.ids, LOG.dates, LOG.values, col(1, 2, 3))).message).toMatch(/3x1.*2x1/);
  });
  it('lets the lower row (the later entry) win on equal dates, whatever the order of the log', () => {
    expect(KPI_LATEST('K', col('K', 'K', 'K'), col(5, 9, 9), col('a', 'b', 'c'))).toBe('c');
    expect(KPI_LATEST('K', col('K', 'K', 'K'), col(9, 9, 5), col('a', 'b', 'c'))).toBe('b');
    expect(KPI_LATEST('K', col('K', 'K'), col(9, 3), col('late', 'early'))).toBe('late');
  });
  it('skips log rows with a blank ID or a blank date', () => {
    expect(KPI_LATEST('K', col('K', '', 'K', null), col(1, 9, '', 9), col('kept', 'no id', 'no date', 'no id'))).toBe('kept');
    expect(KPI_LATEST('K', col('K'), col(''), col('x'))).toBe('');
  });
  it('reads dates in every form, and gives a date field as its serial', () => {
    const ids = col('K', 'K', 'K');
    const dates = col(new Date(2026, 0, 10), '2026-01-12', D(2026, 1, 11));
    expect(KPI_LATEST('K', ids, dates, col('a', 'b', 'c'))).toBe('b');
    expect(KPI_LATEST('K', col('K'), col(1), col(new Date(2026, 0, 1, 12)))).toBe(D(2026, 1, 1) + 0.5);
  });
  it('gives the field as it stands: number, text, boolean; numeric text stays text', () => {
    expect(KPI_LATEST(col('A', 'B', 'C'), col('A', 'B', 'C'), col(1, 1, 1), col(0.5, '90%', true))).toEqual(col(0.5, '90%', true));
    expect(Object.is(KPI_LATEST('A', col('A'), col(1), col(-0)), 0)).toBe(true);
  });
  it('is #VALUE! for the KPI of a log row whose date is not a date, naming the row; other KPIs are unaffected', () => {
    const out = KPI_LATEST(col('K1', 'K2'), col('K1', 'K2', 'K1'), col(1, 2, 'soon'), col(1, 2, 3)) as unknown[][];
    expect(out[0][0]).toBeInstanceOf(GoalError);
    expect((out[0][0] as GoalError).code).toBe('VALUE');
    expect((out[0][0] as GoalError).message).toMatch(/log row 3.*"soon"/);
    expect(out[1][0]).toBe(2);
    expect(errorOf(() => KPI_LATEST('K', col('K'), col('2026-02-30'), col(1))).message).toMatch(/log row 1/);
    expect(errorOf(() => KPI_LATEST('K', col('K'), col(true), col(1))).code).toBe('VALUE');
    expect(errorOf(() => KPI_LATEST('K', col('K'), col(NaN), col(1))).code).toBe('VALUE');
  });
  it('is #VALUE! naming both lengths when the log columns differ in length', () => {
    const e = errorOf(() => KPI_LATEST(col('K1'), LOG.ids, LOG.dates.slice(1), LOG.values));
    expect(e.code).toBe('VALUE');
    expect(e.message).toBe('log_dates has 3 rows but log_kpi_ids has 4; the log columns must be the same length.');
    expect(errorOf(() => KPI_LATEST(col('K1'), LOG.ids, LOG.dates, col(1))).message).toMatch(/log_field has 1 rows but log_kpi_ids has 4/);
    expect(errorOf(() => KPI_LATEST(col('K1'), [['K1', 'K1'], ['K1', 'K1']], col(1, 2), col(1, 2))).message).toMatch(/log_kpi_ids is 2x2; give one column/);
  });
  it('has the shape of kpi_ids: a single KPI gives a single value, blank KPI IDs give ""', () => {
    expect(KPI_LATEST('K1', LOG.ids, LOG.dates, LOG.values)).toBe(15);
    expect(KPI_LATEST([['K1']], LOG.ids, LOG.dates, LOG.values)).toBe(15);
    expect(KPI_LATEST([['K1', '', 'K2']], LOG.ids, LOG.dates, LOG.values)).toEqual([[15, '', 50]]);
    expect(KPI_LATEST('', LOG.ids, LOG.dates, LOG.values)).toBe('');
  });
  it('turns an error cell into that KPI\'s error: in its field, its dates or its ID; an error as a log ID is skipped', () => {
    const out = KPI_LATEST(col('A', 'B', excelError('#REF!'), 'C'), col('A', 'B', excelError('#N/A'), 'C'),
      col(1, '#N/A', 1, 1), col(excelError('#DIV/0!'), 2, 3, '#NUM!')) as GoalError[][];
    expect(out[0][0].code).toBe('DIV0');
    expect(out[0][0].message).toMatch(/log row 1 is #DIV\/0!/);
    expect(out[1][0].code).toBe('NA');
    expect(out[1][0].message).toMatch(/log row 2 is #N\/A/);
    expect(out[2][0].code).toBe('VALUE');
    expect(out[2][0].message).toMatch(/KPI ID is #REF!/);
    expect(out[3][0].code).toBe('NUM'); // Sheets' error text
    // An error only in a row that is not the latest does not matter.
    expect(KPI_LATEST('A', col('A', 'A'), col(1, 2), col(excelError('#DIV/0!'), 'ok'))).toBe('ok');
  });
  it('never returns NaN or Infinity', () => {
    expect(errorOf(() => KPI_LATEST('A', col('A'), col(1), col(Infinity))).code).toBe('VALUE');
    expect(errorOf(() => KPI_LATEST('A', col('A'), col(1), col(NaN))).message).toMatch(/log row 1/);
  });
});

describe('KPI_NEXT_UPDATE', () => {
  it('gives the worked value: 2026-01-31 plus a month is 2026-02-28 (46081), as EDATE', () => {
    expect(D(2026, 1, 31)).toBe(46053);
    expect(KPI_NEXT_UPDATE(D(2026, 1, 31), 'Monthly')).toBe(46081);
  });
  it('adds one period of each frequency, months as EDATE', () => {
    const d = D(2026, 1, 31);
    expect(KPI_NEXT_UPDATE(d, 'Daily')).toBe(d + 1);
    expect(KPI_NEXT_UPDATE(d, 'Weekly')).toBe(d + 7);
    expect(KPI_NEXT_UPDATE(d, 'Quarterly')).toBe(D(2026, 4, 30));
    expect(KPI_NEXT_UPDATE(D(2026, 11, 30), 'Quarterly')).toBe(D(2027, 2, 28));
    expect(KPI_NEXT_UPDATE(D(2024, 2, 29), 'Yearly')).toBe(D(2025, 2, 28));
    expect(KPI_NEXT_UPDATE(D(2027, 1, 31), 'monthly')).toBe(D(2027, 2, 28));
    expect(KPI_NEXT_UPDATE(D(2028, 1, 31), 'monthly')).toBe(D(2028, 2, 29));
    expect(KPI_NEXT_UPDATE(D(2026, 12, 15), 'Monthly')).toBe(D(2027, 1, 15));
    expect(KPI_NEXT_UPDATE(D(2026, 3, 31), ' MONTHLY ')).toBe(D(2026, 4, 30));
  });
  it('keeps the time of day', () => {
    expect(KPI_NEXT_UPDATE(D(2026, 1, 31) + 0.5, 'Monthly')).toBe(46081.5);
    expect(KPI_NEXT_UPDATE(D(2026, 1, 31) + 0.25, 'Daily')).toBe(46054.25);
  });
  it('counts from start while there is no update yet; last_update wins when both are given', () => {
    expect(KPI_NEXT_UPDATE('', 'Weekly', D(2026, 1, 1))).toBe(D(2026, 1, 8));
    expect(KPI_NEXT_UPDATE(null, 'Monthly', '2026-01-31')).toBe(46081);
    expect(KPI_NEXT_UPDATE(D(2026, 3, 1), 'Daily', D(2026, 1, 1))).toBe(D(2026, 3, 2));
  });
  it('is "" when both dates are blank or the frequency is blank', () => {
    expect(KPI_NEXT_UPDATE('', 'Monthly', '')).toBe('');
    expect(KPI_NEXT_UPDATE(null, 'Monthly')).toBe('');
    expect(KPI_NEXT_UPDATE(D(2026, 1, 1), '')).toBe('');
    expect(KPI_NEXT_UPDATE(D(2026, 1, 1), '  ')).toBe('');
    expect(KPI_NEXT_UPDATE(D(2026, 1, 1), null)).toBe('');
  });
  it('is #VALUE! listing the accepted frequencies for any other', () => {
    for (const f of ['Fortnightly', 'month', 7, true]) {
      const e = errorOf(() => KPI_NEXT_UPDATE(D(2026, 1, 1), f));
      expect(e.code).toBe('VALUE');
      expect(e.message).toMatch(/Daily, Weekly, Monthly, Quarterly or Yearly/);
    }
  });
  it('works row by row on ranges, dates in every form, errors in their own cell', () => {
    const out = KPI_NEXT_UPDATE(col(new Date(2026, 0, 31), '', 'soon', D(2026, 1, 1)), col('Monthly', 'Weekly', 'Daily', 'Often'), D(2026, 1, 1)) as unknown[][];
    expect(out[0][0]).toBe(46081);
    expect(out[1][0]).toBe(D(2026, 1, 8));
    expect((out[2][0] as GoalError).message).toMatch(/last_update.*"soon"/);
    expect((out[3][0] as GoalError).code).toBe('VALUE');
    expect(errorOf(() => KPI_NEXT_UPDATE(col(1, 2), col('Daily', 'Daily', 'Daily'))).message).toMatch(/3x1.*2x1|2x1.*3x1/);
  });
  it('never returns NaN for dates out of range', () => {
    expect(errorOf(() => KPI_NEXT_UPDATE(1e308, 'Monthly')).code).toBe('NUM');
    expect(KPI_NEXT_UPDATE(-1e6, 'Monthly')).toBeTypeOf('number');
  });
});

describe('KPI_SPARKLINE', () => {
  it('gives the worked value: check-ins 10, 12, 15 are ▁▄█', () => {
    expect(KPI_SPARKLINE('K1', LOG.ids, LOG.dates, LOG.values)).toBe('▁▄█');
    expect(KPI_SPARKLINE(col('K1', 'K2', 'K3'), LOG.ids, LOG.dates, LOG.values)).toEqual(col('▁▄█', '▄', ''));
  });
  it('uses round(7 * (v - min) / (max - min)) over the points shown; all equal (or one) is ▄', () => {
    const n = 8;
    const ids = col(...Array(n).fill('K'));
    const dates = col(...Array.from({ length: n }, (_, i) => i + 1));
    expect(KPI_SPARKLINE('K', ids, dates, col(0, 1, 2, 3, 4, 5, 6, 7))).toBe('▁▂▃▄▅▆▇█');
    expect(KPI_SPARKLINE('K', ids, dates, col(0, 1, 2, 3, 4, 5, 6, 7).reverse())).toBe('█▇▆▅▄▃▂▁');
    expect(KPI_SPARKLINE('K', ids, dates, col(...Array(n).fill(3)))).toBe('▄▄▄▄▄▄▄▄');
    // 7 * 1 / 14 = 0.5 rounds up, 7 * 3 / 14 = 1.5 rounds up.
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K', 'K'), col(1, 2, 3, 4), col(0, 1, 3, 14))).toBe('▁▂▃█');
  });
  it('shows the latest points (default 12, 2 to 50) in date order, equal dates in log order', () => {
    const ids = col(...Array(20).fill('K'));
    const dates = col(...Array.from({ length: 20 }, (_, i) => 100 + i));
    const values = col(...Array.from({ length: 20 }, (_, i) => i));
    expect((KPI_SPARKLINE('K', ids, dates, values) as string).length).toBe(12);
    expect(KPI_SPARKLINE('K', ids, dates, values, 3)).toBe('▁▅█'); // 17, 18, 19: 7 * 1 / 2 = 3.5 rounds up
    expect(KPI_SPARKLINE('K', ids, dates, values, [[2]])).toBe('▁█');
    expect((KPI_SPARKLINE('K', ids, dates, values, 50) as string).length).toBe(20);
    // An unsorted log: sorted by date; equal dates keep log order (5 then 0 on day 2).
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K', 'K'), col(3, 2, 1, 2), col(7, 5, 3, 0))).toBe('▄▆▁█');
  });
  it('is #VALUE! for points outside 2 to 50 or not a whole number', () => {
    for (const p of [1, 51, 2.5, 'many', true, -3]) {
      const e = errorOf(() => KPI_SPARKLINE('K1', LOG.ids, LOG.dates, LOG.values, p));
      expect(e.code).toBe('VALUE');
      expect(e.message).toMatch(/points/);
    }
    expect(KPI_SPARKLINE('K1', LOG.ids, LOG.dates, LOG.values, '')).toBe('▁▄█');
    expect(KPI_SPARKLINE('K1', LOG.ids, LOG.dates, LOG.values, '3')).toBe('▁▄█');
  });
  it('skips check-ins without a value; a value that is not a number is #VALUE! naming the log row', () => {
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K'), col(1, 2, 3), col(1, '', '90%'))).toBe('█▁'); // 90% is 0.9
    expect(KPI_SPARKLINE('K', col('K'), col(1), col(''))).toBe('');
    const out = KPI_SPARKLINE(col('K', 'J'), col('J', 'K', 'K'), col(1, 1, 2), col(4, 1, 'lots')) as unknown[][];
    expect((out[0][0] as GoalError).code).toBe('VALUE');
    expect((out[0][0] as GoalError).message).toMatch(/log row 3.*"lots"/);
    expect(out[1][0]).toBe('▄');
    expect(errorOf(() => KPI_SPARKLINE('K', col('K'), col(1), col(true))).message).toMatch(/log row 1/);
    expect(errorOf(() => KPI_SPARKLINE('K', col('K'), col(1), col(Infinity))).code).toBe('VALUE');
    expect(errorOf(() => KPI_SPARKLINE('K', col('K'), col('x'), col(1))).message).toMatch(/date in log row 1/);
    expect(errorOf(() => KPI_SPARKLINE('K', col('K'), col(1), col(excelError('#DIV/0!')))).code).toBe('DIV0');
  });
  it('reads every date (they decide the order) but only the values shown, like KPI_LATEST; rows without a date are skipped', () => {
    const ids = col('K', 'K', 'K', 'K', 'K');
    expect(KPI_SPARKLINE('K', ids, col(1, 2, '', 4, 5), col('old junk', 10, 'no date', 12, 15), 3)).toBe('▁▄█');
    expect(errorOf(() => KPI_SPARKLINE('K', ids, col('junk', 2, 3, 4, 5), col(0, 1, 2, 3, 4), 2)).message).toMatch(/date in log row 1/);
    expect(KPI_SPARKLINE('K', ids, col(5, 4, '', 2, 1), col(15, 12, 'no date', 10, 'old junk'), 3)).toBe('▁▄█');
  });
  it('draws huge values without overflowing', () => {
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K'), col(1, 2, 3), col(-1e308, 0, 1e308))).toBe('▁▅█');
    expect(KPI_SPARKLINE('K', col('K', 'K'), col(1, 2), col(5e-324, 0))).toBe('█▁');
  });
  it('checks the log lengths', () => {
    expect(errorOf(() => KPI_SPARKLINE('K1', LOG.ids, LOG.dates, col(1, 2))).message).toMatch(/log_values has 2 rows but log_kpi_ids has 4/);
  });
});

describe('KPI_PROJECTION', () => {
  it('evaluates the least-squares line through the check-ins at a date', () => {
    // K: 10 on day 0, 20 on day 10, 30 on day 20 (exact line): at day 40, 50.
    const ids = col('K', 'K', 'K', 'J', 'J');
    const dates = col(D(2026, 1, 1), D(2026, 1, 11), D(2026, 1, 21), D(2026, 1, 1), D(2026, 1, 2));
    const values = col(10, 20, 30, 5, 4);
    expect(KPI_PROJECTION('K', ids, dates, values, D(2026, 2, 10))).toBeCloseTo(50, 9);
    expect(KPI_PROJECTION(col('K', 'J'), ids, dates, values, col(D(2026, 1, 21), D(2026, 1, 5))) as number[][]).toEqual(
      [[expect.closeTo(30, 9)], [expect.closeTo(1, 9)]],
    );
    // Noisy: Sxx = 17.5, Sxy = 33.5 around the means (3.5, 8): at 10, 8 + 6.5 * 33.5 / 17.5 (as KPI_FORECAST).
    const ys = [3.5, 4.5, 7.5, 8.5, 11.5, 12.5];
    expect(KPI_PROJECTION('A', col(...Array(6).fill('a')), col(1, 2, 3, 4, 5, 6), col(...ys), 10)).toBeCloseTo(8 + (6.5 * 33.5) / 17.5, 10);
  });
  it('is "" with fewer than two check-ins on different dates, for no check-in, and for a blank at', () => {
    const ids = col('K', 'K', 'J');
    expect(KPI_PROJECTION(col('K', 'J', 'X'), ids, col(5, 5, 5), col(1, 2, 3), 9)).toEqual(col('', '', ''));
    expect(KPI_PROJECTION('K', col('K', 'K'), col(1, 2), col(1, ''), 9)).toBe('');
    expect(KPI_PROJECTION('K', col('K', 'K'), col(1, 2), col(1, 2), '')).toBe('');
  });
  it('takes at as a date in any form; one that is not a date is #VALUE!', () => {
    const ids = col('K', 'K');
    expect(KPI_PROJECTION('K', ids, col('2026-01-01', '2026-01-03'), col(1, 3), '2026-01-05')).toBeCloseTo(5, 9);
    expect(KPI_PROJECTION('K', ids, col(D(2026, 1, 1), D(2026, 1, 3)), col(1, 3), new Date(2026, 0, 5))).toBeCloseTo(5, 9);
    expect(errorOf(() => KPI_PROJECTION('K', ids, col(1, 3), col(1, 3), 'deadline')).message).toMatch(/at.*"deadline"/);
  });
  it('is #VALUE! naming the log row of a bad value or date, for that KPI only', () => {
    const out = KPI_PROJECTION(col('K', 'J'), col('K', 'K', 'J', 'J'), col(1, 2, 1, 'later'), col(1, 'x', 1, 2), 5) as GoalError[][];
    expect(out[0][0].message).toMatch(/value in log row 2/);
    expect(out[1][0].message).toMatch(/date in log row 4/);
  });
  it('never returns Infinity', () => {
    expect(errorOf(() => KPI_PROJECTION('K', col('K', 'K'), col(1, 2), col(-1e308, 1e308), 9)).code).toBe('NUM');
  });
});

// Boundaries of the log functions (functions.md "Tracking over time"), each expectation worked out by hand.
describe('the check-in log at its boundaries', () => {
  it('takes a log given as rows or as flat lists, like one column', () => {
    expect(KPI_LATEST('K', [['K', 'K']], [[1, 2]], [['a', 'b']])).toBe('b');
    expect(KPI_LATEST('K', ['K', 'K'], [1, 2], ['a', 'b'])).toBe('b');
  });
  it('keeps log order among spellings of one ID: on equal dates the lower row (the later entry) wins whatever its spelling', () => {
    // "k" (rows 1 and 3) and "K" (row 2) are one ID; all on day 5: row 3 is the later entry.
    expect(KPI_LATEST('K', col('k', 'K', 'k'), col(5, 5, 5), col('a', 'b', 'c'))).toBe('c');
    expect(KPI_SPARKLINE('K', col('k', 'K', 'k'), col(5, 5, 5), col(0, 6, 14))).toBe('▁▄█'); // 7 * 6 / 14 = 3
  });
  it('a KPI ID of spaces only is blank: "", whatever as_of is', () => {
    const out = KPI_LATEST(col('  ', 'K1'), LOG.ids, LOG.dates, LOG.values, 'soon') as unknown[][];
    expect(out[0][0]).toBe('');
    expect((out[1][0] as GoalError).code).toBe('VALUE');
  });
});

describe('KPI_NEXT_UPDATE: December and year ends', () => {
  it('adds months into December and across the year end', () => {
    expect(KPI_NEXT_UPDATE(D(2025, 12, 31), 'Yearly')).toBe(D(2026, 12, 31)); // December has 31 days
    expect(KPI_NEXT_UPDATE(D(2026, 11, 30), 'Monthly')).toBe(D(2026, 12, 30));
    expect(KPI_NEXT_UPDATE(D(2026, 10, 31), 'Quarterly')).toBe(D(2027, 1, 31));
    expect(KPI_NEXT_UPDATE(D(2026, 12, 31), 'Daily')).toBe(D(2027, 1, 1));
  });
});

describe('KPI_SPARKLINE: order and scale at the edges', () => {
  it('sorts a log that goes back in time right after a row without a date', () => {
    // Day 5 (10), no date (99), day 3 (0): in date order 0 then 10.
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K'), col(5, '', 3), col(10, 99, 0))).toBe('▁█');
  });
  it('scales values whose span is finite but whose 7-fold distance overflows: 0, 5e307, 1e308 is ▁▅█', () => {
    // 7 * 5e307 overflows; (5e307 / 1e308) * 7 = 3.5 rounds to 4.
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K'), col(1, 2, 3), col(0, 5e307, 1e308))).toBe('▁▅█');
  });
});

describe('KPI_PROJECTION at the edges', () => {
  it('skips a check-in without a date', () => {
    // (1, 1) and (3, 3); the undated 100 is not a check-in: at 5, 5.
    expect(KPI_PROJECTION('K', col('K', 'K', 'K'), col(1, '', 3), col(1, 100, 3), 5)).toBeCloseTo(5, 12);
  });
  it('two check-ins are enough', () => {
    expect(KPI_PROJECTION('K', col('K', 'K'), col(2, 4), col(10, 20), 8)).toBeCloseTo(40, 12);
  });
  it('keeps full precision for date-times near today\'s serials (the sums are taken around the first point)', () => {
    // The line v = 2 * (x - x1) + 1 through three date-times: at x1 + 10 it is 21.
    const x1 = D(2026, 3, 1) + 0.3;
    const xs = [x1, x1 + 1.45, x1 + 2.9];
    expect(KPI_PROJECTION('K', col('K', 'K', 'K'), col(...xs), col(...xs.map((x) => 2 * (x - x1) + 1)), x1 + 10)).toBeCloseTo(21, 9);
  });
});

import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError, serialFromParts } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const KPI_ATTAINMENT = fn('KPI_ATTAINMENT');
const KPI_STATUS = fn('KPI_STATUS');
const KPI_PACE = fn('KPI_PACE');
const KPI_FORECAST = fn('KPI_FORECAST');
const col = (xs: unknown[]) => xs.map((x) => [x]);


describe('KPI_ATTAINMENT', () => {
  it('gives the worked values of the spec', () => {
    expect(KPI_ATTAINMENT(90, 100)).toBeCloseTo(0.9, 12);
    expect(KPI_ATTAINMENT(27, 24, 30)).toBeCloseTo(0.5, 12);
    expect(KPI_ATTAINMENT(25, 20, null, 'lower')).toBeCloseTo(0.75, 12);
  });
  it('is not capped and may be negative', () => {
    expect(KPI_ATTAINMENT(150, 100)).toBe(1.5);
    expect(KPI_ATTAINMENT(40, 20, null, 'lower')).toBe(0);
    expect(KPI_ATTAINMENT(60, 20, null, 'lower')).toBe(-1);
    expect(KPI_ATTAINMENT(5, 20, 10)).toBe(-0.5);
  });
  it('follows the direction from target vs baseline, and accepts a matching direction in any case', () => {
    expect(KPI_ATTAINMENT(27, 24, 30, ' LOWER ')).toBeCloseTo(0.5, 12);
    expect(KPI_ATTAINMENT(15, 20, 10, 'Higher')).toBe(0.5);
  });
  it('rejects a direction that contradicts the baseline, naming it', () => {
    const e = errorOf(() => KPI_ATTAINMENT(15, 20, 10, 'lower'));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain("direction 'lower' but the target is above the baseline");
  });
  it('rejects an unknown direction', () => {
    const e = errorOf(() => KPI_ATTAINMENT(1, 2, null, 'up'));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(/"higher", "lower"/);
  });
  it('is #DIV/0! when target equals baseline', () => {
    expect(errorOf(() => KPI_ATTAINMENT(5, 10, 10)).code).toBe('DIV0');
  });
  it('asks for a baseline when the target is 0 or below without one', () => {
    for (const t of [0, -5]) {
      const e = errorOf(() => KPI_ATTAINMENT(1, t));
      expect(e.code).toBe('VALUE');
      expect(e.message).toMatch(/baseline/i);
    }
    expect(KPI_ATTAINMENT(1, 0, -1)).toBe(2); // with a baseline a target of 0 is fine
  });
  it('returns "" for a blank actual or target, in every blank form', () => {
    for (const blank of [null, undefined, '']) {
      expect(KPI_ATTAINMENT(blank, 100)).toBe('');
      expect(KPI_ATTAINMENT(90, blank)).toBe('');
    }
  });
  it('accepts numeric text and percentages, rejects other text and booleans naming them', () => {
    expect(KPI_ATTAINMENT('90', '100')).toBeCloseTo(0.9, 12);
    expect(KPI_ATTAINMENT('90%', 1)).toBeCloseTo(0.9, 12);
    expect(KPI_ATTAINMENT(' 1200.5 ', 2401)).toBeCloseTo(0.5, 12);
    const e = errorOf(() => KPI_ATTAINMENT('ninety', 100));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('"ninety"');
    expect(errorOf(() => KPI_ATTAINMENT(true, 100)).message).toContain('TRUE');
  });
  it('works row by row over ranges, broadcasting 1x1, with per-row errors in their cells', () => {
    const out = KPI_ATTAINMENT([[90], [null], ['x'], [50]], [[100]]) as unknown[][];
    expect(out.length).toBe(4);
    expect(out[0][0]).toBeCloseTo(0.9, 12);
    expect(out[1][0]).toBe('');
    expect(out[2][0]).toBeInstanceOf(GoalError);
    expect(out[3][0]).toBe(0.5);
  });
  it('returns a single value for 1x1 ranges (as Excel passes matrix parameters)', () => {
    expect(KPI_ATTAINMENT([[90]], [[100]], null, null)).toBeCloseTo(0.9, 12);
  });
  it('names both shapes on a mismatch', () => {
    const e = errorOf(() => KPI_ATTAINMENT([[1], [2], [3]], [[1, 2]]));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('3x1');
    expect(e.message).toContain('1x2');
  });
  it('takes the same path for ranges whatever form the blank optional arguments come in (found by fuzzing)', () => {
    // A non-finite target must be an error on the range fast path too, and [[null]] (Excel) means omitted like "".
    for (const blank of [null, '', [[null]], [['']]]) {
      const out = KPI_ATTAINMENT([[0], [5]], Infinity, blank) as unknown[][];
      expect((out[0][0] as GoalError).code).toBe('NUM');
      expect(KPI_ATTAINMENT([[9], [-3]], [[10], [0]], blank, blank)).toEqual([[0.9], [expect.any(GoalError)]]);
    }
  });
  it('never returns NaN or Infinity', () => {
    const e = errorOf(() => KPI_ATTAINMENT(1e308, 1e-308));
    expect(e.code).toBe('NUM');
    expect(errorOf(() => KPI_ATTAINMENT(NaN, 1)).code).toBe('NUM');
  });
});

describe('KPI_STATUS', () => {
  it('uses the defaults 1 and 0.9', () => {
    expect(KPI_STATUS(0.95)).toBe('Yellow');
    expect(KPI_STATUS(1)).toBe('Green');
    expect(KPI_STATUS(0.9)).toBe('Yellow');
    expect(KPI_STATUS(0.89999)).toBe('Red');
    expect(KPI_STATUS(-3)).toBe('Red');
  });
  it('uses given thresholds, blank thresholds meaning the defaults', () => {
    expect(KPI_STATUS(0.8, 0.8, 0.5)).toBe('Green');
    expect(KPI_STATUS(0.6, 0.8, 0.5)).toBe('Yellow');
    expect(KPI_STATUS(0.95, '', '')).toBe('Yellow');
  });
  it('gives "" for a blank attainment and rejects yellow above green', () => {
    expect(KPI_STATUS('')).toBe('');
    expect(KPI_STATUS(null)).toBe('');
    const e = errorOf(() => KPI_STATUS(0.5, 0.8, 0.9));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(/yellow_at \(0\.9\) is above green_at \(0\.8\)/);
  });
  it('vectorises', () => {
    expect(KPI_STATUS([[1.2, 0.95, 0.1, null]])).toEqual([['Green', 'Yellow', 'Red', '']]);
  });
});

describe('KPI_PACE', () => {
  const start = serialFromParts(2026, 1, 1);
  const end = serialFromParts(2026, 12, 31);
  const mid = start + (end - start) / 2;
  it('divides attainment by the elapsed share', () => {
    expect(KPI_PACE(50, 100, start, end, mid)).toBeCloseTo(1, 12);
    expect(KPI_PACE(25, 100, start, end, mid)).toBeCloseTo(0.5, 12);
  });
  it('accepts Date objects and ISO text for dates, with the time of day as a fraction (functions.md "dates")', () => {
    const s = new Date(2026, 0, 1, 18, 0); // 18:00 is 0.75 of a day: the serial 46023.75, as in Excel
    // Serials by hand: 2026-01-01 = 46023 (45658 + 365), 2026-07-02 = 46023 + 181 + 1 = 46205, 2026-12-31 = 46387.
    expect(KPI_PACE(50, 100, s, '2026-12-31', new Date(2026, 6, 2))).toBeCloseTo(0.5 / ((46205 - 46023.75) / (46387 - 46023.75)), 12);
    expect(KPI_PACE(50, 100, new Date(2026, 0, 1), '2026-12-31', '2026-07-02T12:00')).toBeCloseTo(0.5 / ((46205.5 - 46023) / (46387 - 46023)), 12);
  });
  it('clamps elapsed to 1 after the end', () => {
    expect(KPI_PACE(80, 100, start, end, end + 100)).toBeCloseTo(0.8, 12);
  });
  it('is "" before or at the start', () => {
    expect(KPI_PACE(10, 100, start, end, start)).toBe('');
    expect(KPI_PACE(10, 100, start, end, start - 5)).toBe('');
  });
  it('rejects end <= start', () => {
    expect(errorOf(() => KPI_PACE(10, 100, end, start, mid)).code).toBe('VALUE');
    expect(errorOf(() => KPI_PACE(10, 100, start, start, mid)).code).toBe('VALUE');
  });
  it('uses today when as_of is omitted', () => {
    const today = new Date();
    const s = serialFromParts(today.getFullYear() - 1, 1, 1);
    const e = serialFromParts(today.getFullYear() + 1, 1, 1);
    // Today's serial from the local calendar date, by Date.UTC (25569 = 1970-01-01), not by the core's date code.
    const t = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / 86400000 + 25569;
    expect(KPI_PACE(50, 100, s, e, null)).toBeCloseTo(0.5 / ((t - s) / (e - s)), 12);
  });
  it('passes baseline and direction to the attainment', () => {
    expect(KPI_PACE(27, 24, start, end, mid, 30, 'lower')).toBeCloseTo(1, 12);
  });
  it('rejects text that is not a date, naming it', () => {
    const e = errorOf(() => KPI_PACE(1, 2, 'soon', end, mid));
    expect(e.message).toContain('"soon"');
    expect(errorOf(() => KPI_PACE(1, 2, '2026-02-30', end, mid)).message).toMatch(/not a calendar date/);
  });
});

describe('KPI_FORECAST', () => {
  it('fits a straight line through (period, value) pairs', () => {
    expect(KPI_FORECAST([[10], [20], [30]], [[1], [2], [3]], 5)).toBeCloseTo(50, 10);
  });
  it('fits least squares through noisy data, skipping blank pairs', () => {
    // Sxx = 17.5, Sxy = 33.5 around the means (3.5, 8): slope 33.5 / 17.5, so at 10: 8 + 6.5 * 33.5 / 17.5.
    const xs = [1, 2, 3, 4, 5, 6];
    const ys = [3.5, 4.5, 7.5, 8.5, 11.5, 12.5];
    expect(KPI_FORECAST([ys, ['']].flat().map((v) => [v]), [...xs, 7].map((x) => [x]), 10)).toBeCloseTo(8 + (6.5 * 33.5) / 17.5, 10);
  });
  it('works with dates in all forms', () => {
    const v = KPI_FORECAST([[100, 200]], [[new Date(2026, 0, 1), '2026-01-11']], serialFromParts(2026, 1, 21));
    expect(v).toBeCloseTo(300, 8);
  });
  it('is #N/A with fewer than two points or all on one date', () => {
    expect(errorOf(() => KPI_FORECAST([[1]], [[1]], 2)).code).toBe('NA');
    expect(errorOf(() => KPI_FORECAST([[1], [2]], [[3], [3]], 2)).code).toBe('NA');
    expect(errorOf(() => KPI_FORECAST([[1], ['']], [[3], [4]], 2)).code).toBe('NA');
  });
  it('rejects values and dates of different sizes', () => {
    expect(errorOf(() => KPI_FORECAST([[1], [2]], [[1], [2], [3]], 2)).message).toMatch(/2 cells but dates has 3/);
  });
  it('skips a pair with a blank (dates filled ahead of their values), naming a half-filled pair only when too few points are left', () => {
    expect(KPI_FORECAST(col([10, 20, '', '']), col([1, 2, 3, 4]), 5)).toBeCloseTo(50, 10);
    expect(KPI_FORECAST(col([10, 20, '']), col([1, 2, '']), 5)).toBeCloseTo(50, 10);
    expect(errorOf(() => KPI_FORECAST(col([10, '', '']), col([1, 2, 3]), 5)).message).toBe(
      'KPI_FORECAST needs at least two (date, value) pairs. Value 2 is blank but its date is 2: fill the value or clear the date.',
    );
    expect(errorOf(() => KPI_FORECAST(col([10, 20]), col([1, '']), 5)).message).toBe(
      'KPI_FORECAST needs at least two (date, value) pairs. Value 2 is 20 but its date is blank: fill the date or clear the value.',
    );
    expect(errorOf(() => KPI_FORECAST(col(['', '']), col(['', '']), 5)).message).toBe('KPI_FORECAST needs at least two (date, value) pairs.');
  });
  it('names the date of the points used when all are on one date, not a skipped pair\'s date', () => {
    const e = errorOf(() => KPI_FORECAST(col(['', 1, 2]), col([40, 45658, 45658]), 45700));
    expect(e.message).toMatch(/^All points are on one date \(45658\)/);
    expect(e.message).toContain('Value 1 is blank but its date is 40');
  });
});

// Thresholds and fast paths, value by value from functions.md. Ranges of numbers take the numeric fast kernels
// (vectorise.ts), single values the general kernel: each rule is pinned on both, with expectations computed by hand.
describe('KPI_ATTAINMENT at its boundaries and over number ranges', () => {
  it('"at most" with actual = target = 0 holds the level (1), not an error', () => {
    expect(KPI_ATTAINMENT(0, 0, null, 'at most')).toBe(1);
    expect(KPI_ATTAINMENT(-5, -5, null, 'at most')).toBe(1);
  });
  it('a target below 0 without a baseline is an error in its cell over ranges too', () => {
    const out = KPI_ATTAINMENT(col([1, 2]), col([-5, 10])) as unknown[][];
    expect((out[0][0] as GoalError).code).toBe('VALUE');
    expect(out[1][0]).toBe(0.2);
  });
  it('(actual - baseline) / (target - baseline) over three ranges; target = baseline is #DIV/0! in its cell', () => {
    // (27-30)/(24-30) = 0.5; (15-10)/(20-10) = 0.5; (12-10)/(20-10) = 0.2; (10-10)/(20-10) = 0; 10 = 10: DIV0.
    const out = KPI_ATTAINMENT(col([27, 15, 12, 10, 10]), col([24, 20, 20, 20, 10]), col([30, 10, 10, 10, 10])) as unknown[][];
    expect(out.slice(0, 4).map((r) => r[0])).toEqual([0.5, 0.5, 0.2, 0]);
    expect((out[4][0] as GoalError).code).toBe('DIV0');
  });
  it('a blank actual or target that broadcasts gives "" beside ranges of baselines', () => {
    expect(KPI_ATTAINMENT(null, col([20, 30]), col([10, 10]))).toEqual([[''], ['']]);
    expect(KPI_ATTAINMENT(col([15, 20]), '', col([10, 10]))).toEqual([[''], ['']]);
    // Without a baseline: 15 / 20 and 20 / 20 (baselines given as a range of blanks).
    expect(KPI_ATTAINMENT(col([15, 20]), 20, col([null, null]))).toEqual([[0.75], [1]]);
  });
  it('a direction that is a number is #VALUE! in every cell, also over number ranges', () => {
    const out = KPI_ATTAINMENT(col([15, 20]), col([20, 20]), col([10, 10]), 5) as unknown[][];
    expect(out.map((r) => (r[0] as GoalError).code)).toEqual(['VALUE', 'VALUE']);
  });
});

describe('KPI_STATUS at its thresholds', () => {
  it('yellow_at equal to green_at is allowed: no yellow band', () => {
    expect(KPI_STATUS(0.8, 0.8, 0.8)).toBe('Green');
    expect(KPI_STATUS(0.79, 0.8, 0.8)).toBe('Red');
    expect(KPI_STATUS(col([0.8, 0.79]), 0.8, 0.8)).toEqual([['Green'], ['Red']]);
  });
  it('exactly at a threshold over a range takes the upper colour, default and given thresholds', () => {
    expect(KPI_STATUS(col([1, 0.9, 0.8999]))).toEqual([['Green'], ['Yellow'], ['Red']]);
    expect(KPI_STATUS(col([0.7, 0.5, 0.49]), 0.7, 0.5)).toEqual([['Green'], ['Yellow'], ['Red']]);
    // Thresholds varying per row, the attainment fixed at 0.6: green at 0.6, yellow at 0.6, below yellow.
    expect(KPI_STATUS(0.6, col([0.6, 0.8, 0.8]), col([0.5, 0.6, 0.7]))).toEqual([['Green'], ['Yellow'], ['Red']]);
  });
  it('yellow above green is #VALUE! in each cell over a range', () => {
    const out = KPI_STATUS(col([0.5, 0.95]), 0.8, 0.9) as unknown[][];
    expect(out.map((r) => (r[0] as GoalError).code)).toEqual(['VALUE', 'VALUE']);
  });
  it('a blank attainment beside ranges of thresholds gives ""', () => {
    expect(KPI_STATUS(null, col([1, 0.8]))).toEqual([[''], ['']]);
  });
});

describe('KPI_PACE at its boundaries and over number ranges', () => {
  const start = 46023; // 2026-01-01
  const end = 46388; // 2027-01-01: 365 days
  const q = start + 73; // 73 / 365 = 0.2 elapsed
  it('is "" when any of actual, target, start, end is blank', () => {
    expect(KPI_PACE('', 100, start, end, q)).toBe('');
    expect(KPI_PACE(10, null, start, end, q)).toBe('');
    expect(KPI_PACE(10, 100, '', end, q)).toBe('');
    expect(KPI_PACE(10, 100, start, undefined, q)).toBe('');
  });
  it('divides by the elapsed share over ranges: 10/100 at 0.2 elapsed is 0.5; clamped at 1 after the end', () => {
    expect(KPI_PACE(col([10, 40, 80]), 100, start, end, col([q, q, end + 30]))).toEqual([[0.5], [2], [0.8]]);
    // with baselines: (27-30)/(24-30) = 0.5 at 0.2 elapsed is 2.5
    const out = KPI_PACE(col([27, 15]), col([24, 20]), start, end, q, col([30, 10])) as number[][];
    expect(out[0][0]).toBeCloseTo(2.5, 12);
    expect(out[1][0]).toBeCloseTo(2.5, 12);
  });
  it('is "" at or before the start over ranges', () => {
    expect(KPI_PACE(col([10, 10]), 100, start, end, col([start, start - 1]))).toEqual([[''], ['']]);
  });
  it('end on start is #VALUE! over ranges too', () => {
    const out = KPI_PACE(col([10, 20]), 100, start, start, q) as unknown[][];
    expect(out.map((r) => (r[0] as GoalError).code)).toEqual(['VALUE', 'VALUE']);
  });
  it('an attainment it cannot compute is an error even before the start (the attainment is read first)', () => {
    // target 0 without a baseline; target = baseline: errors, whatever as_of says.
    const t0 = KPI_PACE(col([1, 2]), 0, start, end, start - 1) as unknown[][];
    expect(t0.map((r) => (r[0] as GoalError).code)).toEqual(['VALUE', 'VALUE']);
    const tb = KPI_PACE(col([1, 2]), 10, start, end, start - 1, 10) as unknown[][];
    expect(tb.map((r) => (r[0] as GoalError).code)).toEqual(['DIV0', 'DIV0']);
    expect(errorOf(() => KPI_PACE(1, -5, start, end, start - 1)).code).toBe('VALUE');
    const neg = KPI_PACE(col([1, 2]), -5, start, end, q) as unknown[][];
    expect(neg.map((r) => (r[0] as GoalError).code)).toEqual(['VALUE', 'VALUE']);
  });
  it('a blank that broadcasts beside ranges gives "" (actual, target with a baseline, start)', () => {
    expect(KPI_PACE(null, col([100, 50]), start, end, q)).toEqual([[''], ['']]);
    expect(KPI_PACE(col([1, 2]), null, start, end, q, 10)).toEqual([[''], ['']]);
    expect(KPI_PACE(col([1, 2]), 100, null, end, q)).toEqual([[''], ['']]);
  });
  it('an omitted as_of beside ranges is today, not "not started"', () => {
    const today = new Date();
    const s = serialFromParts(today.getFullYear() - 1, 1, 1);
    const e = serialFromParts(today.getFullYear() + 1, 1, 1);
    const t = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / 86400000 + 25569;
    const out = KPI_PACE(col([50, 25]), 100, s, e, null) as number[][];
    expect(out[0][0]).toBeCloseTo(0.5 / ((t - s) / (e - s)), 12);
    expect(out[1][0]).toBeCloseTo(0.25 / ((t - s) / (e - s)), 12);
  });
  it('a direction that is a number is #VALUE! over number ranges', () => {
    const out = KPI_PACE(col([10, 20]), 100, start, end, q, null, 5) as unknown[][];
    expect(out.map((r) => (r[0] as GoalError).code)).toEqual(['VALUE', 'VALUE']);
  });
});

describe('KPI_FORECAST half-filled pairs', () => {
  it('names the first half-filled pair, not a later pair blank on both sides', () => {
    expect(errorOf(() => KPI_FORECAST(col([10, '', '']), col([1, 2, '']), 5)).message).toBe(
      'KPI_FORECAST needs at least two (date, value) pairs. Value 2 is blank but its date is 2: fill the value or clear the date.',
    );
  });
  it('fits least squares through unevenly spaced points (0, 0), (1, 1), (3, 2)', () => {
    // means 4/3 and 1; Sxx = 16/9 + 1/9 + 25/9 = 42/9; Sxy = (4/3) + 0 + (5/3) = 3; slope 3 / (42/9) = 9/14.
    expect(KPI_FORECAST(col([0, 1, 2]), col([0, 1, 3]), 4)).toBeCloseTo(1 + (9 / 14) * (4 - 4 / 3), 12);
  });
});

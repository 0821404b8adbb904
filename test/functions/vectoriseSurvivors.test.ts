/**
 * Survivors of the mutation run in shared/functions/vectorise.ts (issue 17). vectorise.ts applies every per-row function
 * element by element, with fast paths for numbers; each fast path must give what the general kernel gives. These tests
 * pin the inputs a wrong fast path would get wrong: 1x1 ranges, shapes that differ in one dimension only, blank text in
 * a broadcast argument, booleans, non-finite numbers and a -0 result. Expected values are worked by hand from
 * spec/functions.md ("per-row functions", "blanks", "numbers", "never", KPI_ATTAINMENT, KPI_STATUS).
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError, perRow } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const [KPI_ATTAINMENT, KPI_STATUS] = ['KPI_ATTAINMENT', 'KPI_STATUS'].map(fn);
const col = (...xs: unknown[]) => xs.map((x) => [x]);

/** The code and message of each element of a one-column result (a value stays a value). */
const cells = (out: unknown) =>
  (out as unknown[][]).map(([v]) => (v instanceof GoalError ? `${v.code}: ${v.message}` : v));

describe('shapes', () => {
  it('a 1x1 range is a single value, so two of them give a single result', () => {
    // 50 / 100, no baseline.
    expect(KPI_ATTAINMENT([[50]], [[100]])).toBe(0.5);
    expect(KPI_ATTAINMENT([[50]], 100)).toBe(0.5);
    expect(KPI_ATTAINMENT(50, [[100]])).toBe(0.5);
  });

  it('ranges that differ only in their number of columns are a shape mismatch', () => {
    const e = errorOf(() => KPI_STATUS([[0.5, 0.6]], [[1, 1, 1]]));
    expect(e.code).toBe('VALUE');
    expect(e.message).toBe('green_at is 1x3 but attainment is 1x2; ranges must have the same size.');
  });

  it('KPI_ATTAINMENT over two number ranges of different sizes is a shape mismatch, in rows or in columns', () => {
    const rows = errorOf(() => KPI_ATTAINMENT(col(50, 60), col(100, 100, 100)));
    expect(rows.code).toBe('VALUE');
    expect(rows.message).toBe('target is 3x1 but actual is 2x1; ranges must have the same size.');
    const cols = errorOf(() => KPI_ATTAINMENT([[50, 60]], [[100, 100, 100]]));
    expect(cols.code).toBe('VALUE');
    expect(cols.message).toBe('target is 1x3 but actual is 1x2; ranges must have the same size.');
  });

  it('three varying ranges give a result of exactly their shape', () => {
    // (actual - 0) / (target - 0) per row.
    expect(KPI_ATTAINMENT(col(50, 60), col(100, 100), col(0, 0))).toEqual([[0.5], [0.6]]);
  });
});

describe('broadcast arguments that are not numbers', () => {
  it('a text green_at is #VALUE! in every element, whatever the text', () => {
    // 'Stryker was here!' is the text the mutation tool puts in place of '' in isBlankCell: no text but '' is blank.
    for (const t of ['abc', 'Stryker was here!']) {
      expect(cells(KPI_STATUS(col(0.95, 0.5), t)), t).toEqual([
        `VALUE: green_at must be a number, not the text "${t}".`,
        `VALUE: green_at must be a number, not the text "${t}".`,
      ]);
    }
  });

  it('a boolean green_at is #VALUE!, not 1', () => {
    expect(cells(KPI_STATUS(col(0.95, 0.5), true))).toEqual([
      'VALUE: green_at must be a number, not TRUE.',
      'VALUE: green_at must be a number, not TRUE.',
    ]);
  });

  it('an infinite green_at is #NUM!', () => {
    expect(cells(KPI_STATUS(col(0.95, 0.5), Infinity))).toEqual([
      'NUM: green_at is a number too large to use; give a finite number.',
      'NUM: green_at is a number too large to use; give a finite number.',
    ]);
  });

  it('a blank yellow_at given as "" (Sheets) takes the default 0.9', () => {
    // green_at 0.95, yellow_at 0.9: 0.5 Red, 0.92 Yellow, 0.97 Green.
    expect(cells(KPI_STATUS(col(0.5, 0.92, 0.97), 0.95, ''))).toEqual(['Red', 'Yellow', 'Green']);
  });
});

describe('varying values a number fast path must not take', () => {
  it('a blank attainment is blank even when green_at is a range of text numbers', () => {
    expect(KPI_STATUS(col('', ''), col('1', '1'))).toEqual([[''], ['']]);
  });

  it('non-finite numbers in two varying ranges are #NUM!, not a status', () => {
    expect(cells(KPI_STATUS(col(Infinity, NaN), col(Infinity, NaN)))).toEqual([
      'NUM: attainment is a number too large to use; give a finite number.',
      'NUM: attainment is an invalid number; give a finite number.',
    ]);
  });

  it('non-finite numbers in the first of three varying ranges are #NUM!', () => {
    expect(cells(KPI_STATUS(col(NaN, Infinity), col(1, 1), col(0.9, 0.9)))).toEqual([
      'NUM: attainment is an invalid number; give a finite number.',
      'NUM: attainment is a number too large to use; give a finite number.',
    ]);
  });

  it('non-finite numbers in the third of three varying ranges are #NUM!', () => {
    expect(cells(KPI_STATUS(col(0.5, 0.5), col(1, 1), col(NaN, -Infinity)))).toEqual([
      'NUM: yellow_at is an invalid number; give a finite number.',
      'NUM: yellow_at is a negative number too large to use; give a finite number.',
    ]);
  });

  it('a boolean target beside a number range is #VALUE!, not 1', () => {
    expect(cells(KPI_ATTAINMENT(col(50, 60), col(true, 100)))).toEqual(['VALUE: target must be a number, not TRUE.', 0.6]);
  });
});

describe('no -0 in a result (spec "never"; finite() folds it)', () => {
  // Actual at the baseline with a target below it: (5 - 5) / (3 - 5) = 0 / -2, which is -0 in floating point.
  it('two varying ranges and a baseline', () => {
    const out = KPI_ATTAINMENT(col(5, 7), col(3, 3), 5) as unknown[][];
    expect(out[0][0]).toBe(0); // toBe is Object.is: -0 fails
    expect(out[1][0]).toBe(-1); // (7 - 5) / (3 - 5)
  });
  it('one varying range and a baseline', () => {
    const out = KPI_ATTAINMENT(col(5, 7), 3, 5) as unknown[][];
    expect(out[0][0]).toBe(0);
    expect(out[1][0]).toBe(-1);
  });
});

describe('perRow and a kernel that fails', () => {
  it('rethrows an error that is not a typed error (a bug is not shown as a cell value)', () => {
    const kernel = () => {
      throw new TypeError('bug');
    };
    expect(() => perRow(kernel, [col(1, 2)], ['x'])).toThrow(TypeError);
  });
});

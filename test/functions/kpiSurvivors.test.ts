/**
 * Issue 17: behaviours of shared/functions/kpi.ts that a Stryker run left unpinned (surviving mutants).
 * Expected values are worked by hand from functions.md.
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const KPI_PACE = fn('KPI_PACE');
const KPI_FORECAST = fn('KPI_FORECAST');
const col = (xs: unknown[]) => xs.map((x) => [x]);

// 2025-01-01 = 45658, 2026-01-01 = 46023, 2025-07-02 = 45840.
const START = 45658;
const END = 46023;
const AS_OF = 45840;

describe('KPI_PACE reads start, end and as_of as dates, whatever their type', () => {
  it('a start of Infinity is #NUM! naming start, not "end must be after start"', () => {
    const e = errorOf(() => KPI_PACE(50, 100, Infinity, END, AS_OF));
    expect(e.code).toBe('NUM');
    expect(e.message).toBe('start is a number too large to use; give a finite number.');
  });

  it('an end of Infinity is #NUM! naming end', () => {
    const e = errorOf(() => KPI_PACE(50, 100, START, Infinity, AS_OF));
    expect(e.code).toBe('NUM');
    expect(e.message).toBe('end is a number too large to use; give a finite number.');
  });

  it('an as_of of Infinity is #NUM! naming as_of, not a pace of the full period', () => {
    const e = errorOf(() => KPI_PACE(50, 100, START, END, Infinity));
    expect(e.code).toBe('NUM');
    expect(e.message).toBe('as_of is a number too large to use; give a finite number.');
  });

  it('an end of TRUE is #VALUE! naming the boolean (functions.md: a boolean is #VALUE! naming the value)', () => {
    const e = errorOf(() => KPI_PACE(50, 100, 0, true, 0.5));
    expect(e.code).toBe('VALUE');
    expect(e.message).toBe('end must be a date, not TRUE.');
    const e2 = errorOf(() => KPI_PACE(50, 100, START, true, AS_OF));
    expect(e2.message).toBe('end must be a date, not TRUE.');
  });
});

describe('KPI_PACE over ranges gives what it gives cell by cell', () => {
  it('a target of 0 or below without a baseline is #VALUE! in each row, not a negative pace', () => {
    const out = KPI_PACE(col([50, 60]), -100, START, END, AS_OF) as unknown[][];
    for (const row of out) {
      expect(row[0]).toBeInstanceOf(GoalError);
      expect((row[0] as GoalError).code).toBe('VALUE');
      expect((row[0] as GoalError).message).toContain('The target is -100');
    }
    const both = KPI_PACE(col([50, 60]), col([-100, -100]), START, END, AS_OF) as unknown[][];
    expect(both.map((r) => (r[0] as GoalError).code)).toEqual(['VALUE', 'VALUE']);
  });

  it('a blank end gives "" in each row, also for a start before 1899-12-30 (a negative serial)', () => {
    // Sheets serials run below 0 for dates before 1899-12-30: -10 is 1899-12-20.
    expect(KPI_PACE(col([50, 60]), 100, -10, null, 5)).toEqual([[''], ['']]);
    expect(KPI_PACE(col([50, 60]), 100, -10, '', 5)).toEqual([[''], ['']]);
    expect(KPI_PACE(col([50, 60]), col([100, 100]), -10, null, 5)).toEqual([[''], ['']]);
  });
});

describe('KPI_FORECAST keeps its precision with real serials and large values', () => {
  it('a straight line of 10 a day through 1,000,000 on 2025-01-01 gives 1,000,040 on 2025-01-05', () => {
    // (2025-01-01, 1,000,000), (2025-01-02, 1,000,010), (2025-01-04, 1,000,030): exactly y = 1e6 + 10 * days.
    const v = KPI_FORECAST(col([1000000, 1000010, 1000030]), col([45658, 45659, 45661]), 45662) as number;
    expect(v).toBeCloseTo(1000040, 7);
  });
});

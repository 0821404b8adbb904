import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError } from '../../shared/functions';

const KPI_EVAL = FUNCTION_BY_NAME.get('KPI_EVAL')!.impl;

describe('KPI_EVAL', () => {
  const names = [['revenue', 'customers']];
  it('evaluates arithmetic with named inputs', () => {
    expect(KPI_EVAL('revenue / customers', names, [[1000, 40]])).toBe(25);
    expect(KPI_EVAL('(revenue - 200) * 2 ^ 2 % 7', names, [[1000, 40]])).toBe(((1000 - 200) * 4) % 7);
  });
  it('evaluates comparisons, the conditional and the safe functions', () => {
    expect(KPI_EVAL('revenue > 500 ? 1 : 0', names, [[1000, 40]])).toBe(1);
    expect(KPI_EVAL('max(revenue, customers) + min(1, 2) + abs(-3) + round(2.6) + sqrt(16) + mean(1, 3) + sum(1, 2)', names, [[10, 40]])).toBe(40 + 1 + 3 + 3 + 4 + 2 + 3);
    expect(KPI_EVAL('log(exp(2))', [['x']], [[0]])).toBeCloseTo(2, 12);
  });
  it('accepts names and values as columns and numeric text values', () => {
    expect(KPI_EVAL('a * b', [['a'], ['b']], [['3'], [4]])).toBe(12);
  });
  it('rejects other functions, assignments, unknown names and parse errors, with the position', () => {
    const f = errorOf(() => KPI_EVAL('revenue + evaluate("1")', names, [[1, 2]]));
    expect(f.code).toBe('VALUE');
    expect(f.message).toMatch(/evaluate/);
    expect(errorOf(() => KPI_EVAL('import({}, {})', names, [[1, 2]])).message).toMatch(/not allowed/);
    expect(errorOf(() => KPI_EVAL('x = 5', names, [[1, 2]])).message).toMatch(/Assignments/);
    expect(errorOf(() => KPI_EVAL('f(x) = x', names, [[1, 2]])).message).toMatch(/Assignments/);
    const u = errorOf(() => KPI_EVAL('revenue / users', names, [[1, 2]]));
    expect(u.message).toMatch(/Unknown name 'users' at character 11/);
    expect(errorOf(() => KPI_EVAL('revenue / (customers', names, [[1, 2]])).message).toMatch(/character \d+/);
    expect(errorOf(() => KPI_EVAL('revenue.constructor', names, [[1, 2]])).code).toBe('VALUE');
    expect(errorOf(() => KPI_EVAL('[1, 2]', names, [[1, 2]])).code).toBe('VALUE');
    expect(errorOf(() => KPI_EVAL('"text"', names, [[1, 2]])).code).toBe('VALUE');
    expect(errorOf(() => KPI_EVAL('5 cm', names, [[1, 2]])).code).toBe('VALUE');
  });
  it('is "" for a blank formula or an input not filled in', () => {
    expect(KPI_EVAL('', names, [[1, 2]])).toBe('');
    expect(KPI_EVAL('revenue / customers', names, [[1000, null]])).toBe('');
  });
  it('is #NUM! for a division by zero result, never Infinity', () => {
    expect(errorOf(() => KPI_EVAL('revenue / customers', names, [[1000, 0]])).code).toBe('NUM');
  });
  it('rejects a mismatch of names and values', () => {
    expect(errorOf(() => KPI_EVAL('a', [['a', 'b']], [[1]])).message).toMatch(/2 cells but values has 1/);
  });
});

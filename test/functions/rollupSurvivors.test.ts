/**
 * Issue 17: tests for the mutants of rollup.ts, kpiEval.ts, errors.ts and safeMath.ts that the focused Stryker run left
 * alive. Every expected value is written out by hand from functions.md and the message rules of errorMessages.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError, valueError } from '../../shared/functions';
import { createSafeMath } from '../../shared/functions/safeMath';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const [ROLLUP, CASCADE_ROLLUP, KPI_EVAL] = ['ROLLUP', 'CASCADE_ROLLUP', 'KPI_EVAL'].map(fn);

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const ALLOWED = 'min, max, abs, round, sqrt, exp, log, mean, sum';
const messageOf = (v: unknown) => (v instanceof GoalError ? v.message : `not an error: ${String(v)}`);

describe('ROLLUP: weights beside blanks and weights of another shape', () => {
  it('quotes a weight typed as text that is no number, beside a blank value', () => {
    const e = errorOf(() => ROLLUP(col(''), col('heavy')));
    expect(e.code).toBe('NA');
    expect(e.message).toBe('There are no values to roll up. Value 1 is blank but its weight is "heavy": fill the value or clear the weight.');
  });
  // A ragged range (rows of different lengths; the fuzz tests send them) has the shape of its widest row.
  it('rejects ragged weights with more rows than the values, though the cells would pair up', () => {
    expect(errorOf(() => ROLLUP([[1, 2, 3]], [[1, 2, 3], []])).message).toBe(
      'weights is 2x3 but values is 1x3; give one weight per value, in the same shape.',
    );
  });
  it('rejects ragged weights with more columns than the values, though the cells would pair up', () => {
    expect(errorOf(() => ROLLUP([[1, 2], [3, 4]], [[1, 2, 3], [4]])).message).toBe(
      'weights is 2x3 but values is 2x2; give one weight per value, in the same shape.',
    );
  });
  it('rejects weights with more cells than the values even when both have the same outline', () => {
    const e = errorOf(() => ROLLUP([[1, 2], [3]], [[1, 2], [3, 4]]));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(/^weights is 2x2 but values is 2x2; give one weight per value, in the same shape\.$/);
  });
});

describe('CASCADE_ROLLUP: which error a goal shows, empty rows and loops', () => {
  it('keeps the first error of a goal that has two (a duplicate ID whose parent is also unknown)', () => {
    const out = CASCADE_ROLLUP(col('A', 'A'), col('X', ''), col('B'), col(1)) as unknown[][];
    expect(messageOf(out[0][0])).toBe("The goal ID 'A' is used more than once; give each goal its own ID.");
    expect(messageOf(out[1][0])).toBe("The goal ID 'A' is used more than once; give each goal its own ID.");
  });
  it('an empty goal row is no goal, even with a parent ID that names no goal beside it', () => {
    expect(CASCADE_ROLLUP(col('A', ''), col('', 'Z'), col('A'), col(0.5))).toEqual([[0.5], ['']]);
  });
  it('names a goal ID that is a number too large in the user\'s words, not as Infinity', () => {
    const out = CASCADE_ROLLUP(col('A'), col(Infinity), col('A'), col(1)) as unknown[][];
    expect(messageOf(out[0][0])).toBe("The parent ID 'a number too large to use' of goal 'A' is not a goal ID.");
  });
  it('finds a goal that is its own parent in any row, not only the first', () => {
    const out = CASCADE_ROLLUP(col('A', 'B'), col('', 'B'), col('A'), col(1)) as unknown[][];
    expect(out[0][0]).toBe(1);
    expect(messageOf(out[1][0])).toBe('The goals form a cycle: B -> B. A goal cannot be its own ancestor.');
  });
  it('a goal below a loop, listed before the loop, is not part of it and rolls up its own KPI', () => {
    // C's parent is A; A and B are each other's parent.
    const out = CASCADE_ROLLUP(col('C', 'A', 'B'), col('A', 'B', 'A'), col('C'), col(0.4)) as unknown[][];
    expect(out[0][0]).toBe(0.4);
    expect(messageOf(out[1][0])).toBe('The goals form a cycle: A -> B -> A. A goal cannot be its own ancestor.');
    expect(messageOf(out[2][0])).toBe('The goals form a cycle: B -> A -> B. A goal cannot be its own ancestor.');
  });
  it('leaves out a KPI whose goal ID cell is an Excel error, even beside a goal whose ID reads like that object', () => {
    expect(CASCADE_ROLLUP(col('[object Object]'), col(''), col({ code: '#N/A' }), col(0.5))).toEqual([['']]);
  });
});

describe('KPI_EVAL: survivors', () => {
  it('creates mathjs on the first KPI_EVAL call, not when the module loads', async () => {
    vi.resetModules();
    const fresh = await import('../../shared/functions/kpiEval');
    expect(fresh.mathLoaded()).toBe(false);
    expect(fresh.KPI_EVAL('a * 2', 'a', 3)).toBe(6);
    expect(fresh.mathLoaded()).toBe(true);
  });
  it('refuses a method call on a name, even one named like an allowed function', () => {
    expect(errorOf(() => KPI_EVAL('a.max ( 1)', [['a', 'b']], [[1, 2]])).message).toBe(
      `The function '?' is not allowed at character 7; use ${ALLOWED}.`,
    );
  });
  it('checks the arguments of an allowed function', () => {
    expect(errorOf(() => KPI_EVAL('max(a, zz)', [['a', 'b']], [[1, 2]])).message).toBe("Unknown name 'zz' at character 8; names are: 'a', 'b'.");
  });
  it('names the formula and the names arguments when they hold an error cell', () => {
    expect(errorOf(() => KPI_EVAL('#REF!', 'a', 1)).message).toBe('formula is #REF! in its cell: fix that cell first.');
    expect(errorOf(() => KPI_EVAL('a', [['a', '#N/A']], [[1, 2]])).message).toBe('names has #N/A at row 1, column 2 of the range: fix that cell first.');
  });
  it('gives the whole position of a parse error past character 9', () => {
    expect(errorOf(() => KPI_EVAL('revenue + (customers', [['revenue', 'customers']], [[1, 2]])).message).toBe(
      'Cannot read the formula at character 21: Parenthesis ) expected.',
    );
  });
  it('gives TRUE or FALSE for a bare comparison', () => {
    expect(KPI_EVAL('a > b', [['a', 'b']], [[2, 1]])).toBe(true);
    expect(KPI_EVAL('a == b', [['a', 'b']], [[2, 1]])).toBe(false);
  });
});

describe('errors.ts and safeMath.ts', () => {
  it('a GoalError is named GoalError, as a log or a stack trace shows it', () => {
    const e = valueError('weights must not be negative.');
    expect(e.name).toBe('GoalError');
    expect(String(e)).toBe('GoalError: weights must not be negative.');
  });
  it('the mathjs instance reads numeric constants as plain numbers', () => {
    const r = createSafeMath().parse('1.5 + 2 * 0.25').compile().evaluate({});
    expect(r).toBe(2);
  });
});

/** Stay-type targets (functions.md, KPI_ATTAINMENT): "at least" / "at most" a level to hold; KPI_PACE of one is its attainment. */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const KPI_ATTAINMENT = fn('KPI_ATTAINMENT');
const KPI_PACE = fn('KPI_PACE');

describe('KPI_ATTAINMENT with a stay-type direction', () => {
  it('gives the worked value: 99.5 against at least 99.9 is 0.99600', () => {
    expect((KPI_ATTAINMENT(99.5, 99.9, null, 'at least') as number).toFixed(5)).toBe('0.99600');
    expect((KPI_ATTAINMENT(99.5, 99.9, '', 'at least') as number).toFixed(5)).toBe('0.99600');
  });
  it('"at least": 1 while the level holds (never above 1), else actual / target', () => {
    expect(KPI_ATTAINMENT(99.9, 99.9, null, 'at least')).toBe(1);
    expect(KPI_ATTAINMENT(100, 99.9, null, 'at least')).toBe(1);
    expect(KPI_ATTAINMENT(50, 100, null, 'at least')).toBe(0.5);
    expect(KPI_ATTAINMENT(-10, 100, null, 'at least')).toBe(-0.1);
  });
  it('"at most": 1 while the level holds, else target / actual', () => {
    expect(KPI_ATTAINMENT(3, 5, null, 'at most')).toBe(1);
    expect(KPI_ATTAINMENT(5, 5, null, 'at most')).toBe(1);
    expect(KPI_ATTAINMENT(0, 5, null, 'at most')).toBe(1);
    expect(KPI_ATTAINMENT(10, 5, null, 'at most')).toBe(0.5);
    expect(KPI_ATTAINMENT(4, 0, null, 'at most')).toBe(0); // at most 0 complaints, 4 happened
  });
  it('accepts the options in any case with surrounding spaces', () => {
    expect(KPI_ATTAINMENT(50, 100, null, ' AT LEAST ')).toBe(0.5);
    expect(KPI_ATTAINMENT(10, 5, null, 'At Most')).toBe(0.5);
  });
  it('ignores a baseline, even one that would contradict the direction or equal the target', () => {
    expect(KPI_ATTAINMENT(50, 100, 200, 'at least')).toBe(0.5);
    expect(KPI_ATTAINMENT(10, 5, 5, 'at most')).toBe(0.5);
    expect(KPI_ATTAINMENT(10, 5, 'not a number', 'at most')).toBe(0.5);
  });
  it('"at least" needs a target above 0', () => {
    for (const t of [0, -5]) {
      const e = errorOf(() => KPI_ATTAINMENT(1, t, null, 'at least'));
      expect(e.code).toBe('VALUE');
      expect(e.message).toMatch(/at least.*above 0/);
    }
  });
  it('"at most" above the target needs an actual above 0', () => {
    const e = errorOf(() => KPI_ATTAINMENT(0, -5, null, 'at most'));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(/at most.*above 0/);
    expect(KPI_ATTAINMENT(-6, -5, null, 'at most')).toBe(1);
  });
  it('keeps blanks blank and errors per element over ranges', () => {
    const out = KPI_ATTAINMENT([[99.5], [''], [3], [1]], [[99.9], [99.9], [5], [0]], null, 'at least') as unknown[][];
    expect((out[0][0] as number).toFixed(5)).toBe('0.99600');
    expect(out[1][0]).toBe('');
    expect(out[2][0]).toBe(0.6);
    expect(out[3][0]).toBeInstanceOf(GoalError);
  });
  it('lists the four directions for an unknown one', () => {
    expect(errorOf(() => KPI_ATTAINMENT(1, 2, null, 'atleast')).message).toMatch(/"higher", "lower", "at least", "at most"/);
  });
});

describe('KPI_PACE of a stay-type KPI is its attainment', () => {
  const start = 46023; // 2026-01-01
  const end = 46387;
  const early = 46050;
  it('does not divide by the time elapsed', () => {
    expect(KPI_PACE(99.5, 99.9, start, end, early, null, 'at least')).toBeCloseTo(99.5 / 99.9, 12);
    expect(KPI_PACE(100, 99.9, start, end, early, null, 'at least')).toBe(1);
    expect(KPI_PACE(10, 5, start, end, early, null, 'at most')).toBe(0.5);
    // A distance-type KPI at the same moment is far ahead of its line.
    expect(KPI_PACE(50, 100, start, end, early, null, 'higher') as number).toBeGreaterThan(5);
  });
  it('keeps the rules of the dates: not started is "", end <= start is #VALUE!', () => {
    expect(KPI_PACE(10, 5, start, end, start, null, 'at most')).toBe('');
    expect(errorOf(() => KPI_PACE(10, 5, end, start, early, null, 'at most')).code).toBe('VALUE');
  });
});

import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError, normalQuantile } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const [NPS, NPS_MOE, CSAT, CES] = ['NPS', 'NPS_MOE', 'CSAT', 'CES'].map(fn);


const column = (xs: unknown[]) => xs.map((x) => [x]);
const repeat = (v: number, n: number) => Array<number>(n).fill(v);
const worked = column([...repeat(10, 60), ...repeat(8, 25), ...repeat(5, 15)]);

describe('NPS', () => {
  it('gives the worked value: 60 x 10, 25 x 8, 15 x 5 -> 45', () => {
    expect(NPS(worked)).toBe(45);
  });
  it('counts the boundaries 9 / 7 / 6 right and is not rounded', () => {
    expect(NPS(column([9, 7, 6]))).toBeCloseTo(0, 12);
    expect(NPS([[9, 9, 0]])).toBeCloseTo(100 / 3, 12);
    expect(NPS([[0, 6]])).toBe(-100);
  });
  it('skips blanks in every form and accepts numeric text', () => {
    expect(NPS([[10, null, '', undefined, '0']])).toBe(0);
  });
  it('names a bad value and its row and column', () => {
    const e = errorOf(() => NPS([[10, 9], [7, 11]]));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('11');
    expect(e.message).toContain('row 2, column 2');
    expect(errorOf(() => NPS([[8.5]])).message).toContain('8.5');
    expect(errorOf(() => NPS([['great']])).message).toContain('"great"');
    expect(errorOf(() => NPS([[true]])).code).toBe('VALUE');
  });
  it('is #N/A with no responses', () => {
    expect(errorOf(() => NPS([[null, '']])).code).toBe('NA');
  });
});

describe('NPS_MOE', () => {
  it('gives the worked value 14.50', () => {
    expect(Number((NPS_MOE(worked) as number).toFixed(2))).toBe(14.5);
    // The formula, computed independently: p = 0.6, d = 0.15, n = 100.
    expect(NPS_MOE(worked)).toBeCloseTo(1.959964 * 100 * Math.sqrt((0.75 - 0.45 ** 2) / 100), 4);
  });
  it('widens with confidence and rejects confidence outside (0, 1)', () => {
    expect(NPS_MOE(worked, 0.99)).toBeGreaterThan(NPS_MOE(worked, 0.95) as number);
    for (const c of [0, 1, 1.5, -0.2]) expect(errorOf(() => NPS_MOE(worked, c)).code).toBe('VALUE');
  });
  it('is 0 when every answer is the same', () => {
    expect(NPS_MOE([[10, 10, 10]])).toBe(0);
  });
  it('is #N/A with no responses', () => {
    expect(errorOf(() => NPS_MOE([['']])).code).toBe('NA');
  });
  it('uses the right normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
  });
});

describe('CSAT and CES', () => {
  it('gives the worked CSAT value', () => {
    expect(CSAT([[5, 4, 3, 5, 1]])).toBe(0.6);
  });
  it('uses scale_max - 1 as the default satisfied_from', () => {
    expect(CSAT([[9, 10, 8, 1]], 10)).toBe(0.5);
    expect(CSAT([[3, 4, 5]], 5, 3)).toBe(1);
  });
  it('rejects answers outside the scale, naming them', () => {
    const e = errorOf(() => CSAT([[5, 6]]));
    expect(e.message).toContain('6');
    expect(e.message).toContain('1-5');
    expect(errorOf(() => CSAT([[0]])).code).toBe('VALUE');
    expect(errorOf(() => CES([[8]])).code).toBe('VALUE');
  });
  it('CES is the mean on 1..7 by default', () => {
    expect(CES([[1, 2, 3, null, 6]])).toBe(3);
    expect(CES([[4, 5]], 5)).toBe(4.5);
  });
  it('is #N/A without answers', () => {
    expect(errorOf(() => CSAT([['']])).code).toBe('NA');
    expect(errorOf(() => CES(null)).code).toBe('NA');
  });
});

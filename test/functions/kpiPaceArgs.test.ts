/**
 * KPI_PACE and KPI_STATUS name the argument at fault (functions.md: errors say what to fix): a range of the wrong
 * size names both ranges, a value it cannot read names which argument.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTION_BY_NAME } from '../../shared/functions';
import { errorOf } from './errorOf';

const pace = FUNCTION_BY_NAME.get('KPI_PACE')!.impl;
const col = (n: number) => Array.from({ length: n }, (_, i) => [i + 1]);
const ARGS = ['actual', 'target', 'start', 'end', 'as_of', 'baseline', 'direction'];

describe('KPI_PACE names the argument at fault', () => {
  it.each(ARGS.slice(1).map((name, i) => [name, i + 1] as const))('a range of another size in %s', (name, at) => {
    // Every argument a 2-row column except one of 3 rows: the message names that one and the first (actual).
    const args: unknown[] = [col(2), col(2), [[46023], [46023]], [[46388], [46388]], [[46100], [46100]], col(2), [['higher'], ['higher']]];
    args[at] = at >= 2 && at <= 4 ? [[46023], [46023], [46023]] : at === 6 ? [['higher'], ['higher'], ['higher']] : col(3);
    const e = errorOf(() => pace(...args));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(new RegExp(`^${name} is `));
    expect(e.message).toContain('actual is');
  });

  it.each([['start', 2], ['end', 3], ['as_of', 4]] as const)('a date it cannot read in %s', (name, at) => {
    const args: unknown[] = [50, 100, '2026-01-01', '2026-12-31', '2026-06-30', null, null];
    args[at] = 'next Tuesday';
    const e = errorOf(() => pace(...args));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain(name);
    expect(e.message).toContain('next Tuesday');
  });
});

describe('KPI_STATUS and the attainment inside KPI_PACE name the argument at fault', () => {
  it('a green_at range of another size names attainment', () => {
    const e = errorOf(() => FUNCTION_BY_NAME.get('KPI_STATUS')!.impl(col(2), col(3), null));
    expect(e.code).toBe('VALUE');
    expect(e.message).toMatch(/^green_at is /);
    expect(e.message).toContain('attainment is');
  });

  it('a target that is not a number names target', () => {
    const e = errorOf(() => pace(50, 'lots', '2026-01-01', '2026-12-31', '2026-06-30', null, null));
    expect(e.code).toBe('VALUE');
    expect(e.message).toContain('target');
    expect(e.message).toContain('lots');
  });
});

import { describe, expect, it } from 'vitest';
import { FUNCTION_BY_NAME, GoalError, serialFromParts } from '../../shared/functions';

const SMART_SCORE = FUNCTION_BY_NAME.get('SMART_SCORE')!.impl;
const SMART_CHECK = FUNCTION_BY_NAME.get('SMART_CHECK')!.impl;

describe('SMART_SCORE and SMART_CHECK', () => {
  it('score and explain a goal, with the deadline and parent arguments', () => {
    expect(SMART_CHECK('Increase customer satisfaction', null, 'G1')).toBe('Missing: Measurable (add a number or metric), Time-bound (add a deadline)');
    expect(SMART_SCORE('Increase customer satisfaction', null, 'G1')).toBe(3);
    expect(SMART_CHECK('Increase sales revenue by 10%', serialFromParts(2026, 12, 31), 'G1')).toBe('SMART');
    expect(SMART_SCORE('Increase sales revenue by 10%', '2026-12-31', 'G1')).toBe(5);
  });
  it('work row by row and give "" for blank goals', () => {
    expect(SMART_SCORE([['Increase sales'], [''], [null]], null, null)).toEqual([[2], [''], ['']]); // A and R unknown
  });
  it('reject a goal that is not text', () => {
    const out = SMART_CHECK([[46023], [true]]) as unknown[][];
    expect((out[0][0] as GoalError).message).toMatch(/goal must be the text/);
    expect(out[1][0]).toBeInstanceOf(GoalError);
  });
});

import { describe, expect, it } from 'vitest';
import { FUNCTION_BY_NAME, GoalError, serialFromParts } from '../../shared/functions';
import { setDateReading } from '../../shared/functions/coerce';

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
  it('judge deadlines against today in the sheet, read once per call', () => {
    let reads = 0;
    const previous = setDateReading({ now: () => (reads++, new Date(Date.UTC(2026, 2, 1, 12))) });
    try {
      expect(SMART_CHECK('Increase sales revenue by 10%', '2025-12-31', 'G1')).toBe('Missing: Time-bound (set a deadline in the future)');
      expect(SMART_CHECK('Hire 10 engineers by Q4 2025', null, 'G1')).toBe('Missing: Time-bound (set a deadline in the future)');
      expect(SMART_CHECK('Hire 10 engineers by Q2 2026', null, 'G1')).toBe('SMART');
      reads = 0;
      SMART_SCORE(Array.from({ length: 1000 }, () => ['Hire 10 engineers by Q4 2025']), null, null);
      expect(reads).toBe(1);
    } finally {
      setDateReading(previous);
    }
  });
});

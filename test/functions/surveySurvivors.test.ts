/**
 * Survivors of the mutation run in shared/functions/survey.ts and smartFunctions.ts (issue 17): each test pins a
 * boundary or an input form the older tests left open. Expected values are worked by hand from spec/functions.md.
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME } from '../../shared/functions';
import { goalInputOfCells } from '../../shared/functions/smartFunctions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const [NPS, CSAT, CES, SMART_SCORE, SMART_CHECK] = ['NPS', 'CSAT', 'CES', 'SMART_SCORE', 'SMART_CHECK'].map(fn);

describe('NPS answers at the edges of 0-10', () => {
  it('takes 10 given as text as a promoter (10 is on the scale)', () => {
    // One promoter, no detractors: 100 * (1 - 0) / 1.
    expect(NPS([['10']])).toBe(100);
    // 10 promoter, 0 detractor: 100 * (1 - 1) / 2.
    expect(NPS([['10', '0']])).toBe(0);
  });
  it('rejects a negative whole number, naming it', () => {
    const e = errorOf(() => NPS([[10, -1]]));
    expect(e.code).toBe('VALUE');
    expect(e.message).toBe('-1 at row 1, column 2 of the range is not an answer from 0 to 10; NPS needs whole numbers 0-10.');
  });
});

describe('scale_max and satisfied_from at the ends of their ranges', () => {
  it('accepts scale_max 2, the smallest scale', () => {
    // Mean of 1, 2, 2, 2.
    expect(CES([[1, 2, 2, 2]], 2)).toBe(1.75);
  });
  it('accepts scale_max 100, the largest scale', () => {
    // Mean of 100 and 1.
    expect(CES([[100, 1]], 100)).toBe(50.5);
  });
  it('accepts satisfied_from 1: every answer is satisfied', () => {
    expect(CSAT([[1, 3]], 5, 1)).toBe(1);
  });
  it('accepts satisfied_from = scale_max: only top answers are satisfied', () => {
    // 5, 5 of 5, 4, 5, 1.
    expect(CSAT([[5, 4, 5, 1]], 5, 5)).toBe(0.5);
  });
});

describe('SMART_SCORE and SMART_CHECK: blank goals and the parent argument', () => {
  it('give "" for a goal of spaces only, as for a blank goal', () => {
    expect(SMART_SCORE('   ')).toBe('');
    expect(SMART_CHECK('   ')).toBe('');
    expect(SMART_CHECK([[''], [null]])).toEqual([[''], ['']]);
  });
  // A parent never changes the score or the check text (Relevant is never "no", and the cells show no reason), so the
  // parent is pinned where it is read: the analyser's input, the same as the wizard's (an ID, or nothing).
  it('read the parent cell as its trimmed text, and a parent of spaces only as no parent', () => {
    expect(goalInputOfCells('Increase sales', null, '  G1 ', 46000)).toEqual({ text: 'Increase sales', deadline: undefined, parent: 'G1', today: 46000 });
    expect(goalInputOfCells('Increase sales', null, '   ', 46000).parent).toBeUndefined();
    expect(goalInputOfCells('Increase sales', null, null, 46000).parent).toBeUndefined();
  });
});

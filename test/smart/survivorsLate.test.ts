/**
 * Mutation survivors of shared/smart/analyser.ts, second half (issue 17): open-ended words before a purpose, the
 * judgeGoal reasons, Achievable from data and from text, the weak-language warning, a missing text, and the deadline a
 * span names. Every expectation is worked out by hand from shared/spec/smart.md and the documented behaviour.
 */
import { describe, expect, it } from 'vitest';
import { analyseGoal, deadlineFromText, judgeGoal } from '../../shared/smart/analyser';
import type { GoalInput } from '../../shared/smart/types';
import { serialFromParts } from '../../shared/functions/coerce';

const c = (text: string, extra: Partial<GoalInput> = {}) => analyseGoal({ text, ...extra }).criteria;
const CANNOT_JUDGE = { met: 'unknown', reason: 'cannot judge from the text alone', hint: 'give the baseline, target and some history' };

describe('Specific: an open-ended word before a purpose that follows a comma with no space', () => {
  it('"better" before ",so that" is open-ended: the target is read up to the purpose', () => {
    expect(c('Be better at sales,so that we grow').specific).toEqual({
      met: 'no', reason: '"better" is open-ended and nothing makes it concrete', hint: 'say exactly how much or what: a number, a named result',
    });
  });

  it('a target with no open-ended word before ",so that" is judged on its action', () => {
    expect(c('Cut costs by 5%,so that we can fund the new plant').specific).toEqual({ met: 'yes', reason: 'action "cut" with an object', hint: '' });
  });
});

describe('judgeGoal leaves a reason that would quote the text empty', () => {
  it('only a vague verb: no reason, the hint stays', () => {
    expect(judgeGoal({ text: 'Improve quality' }).criteria.specific).toEqual({
      met: 'no', reason: '', hint: 'use an action verb such as increase, reduce, launch, hire',
    });
  });
});

describe('Achievable', () => {
  it('a history and a baseline without a target are not judged from data', () => {
    expect(c('Hire 3 analysts', { baseline: 10, history: [1, 2, 3] }).achievable).toEqual(CANNOT_JUDGE);
  });

  it('1.5x within a month is a change of exactly 50 %, not more than 50 %: not a no', () => {
    expect(c('Grow revenue 1.5x within a month').achievable).toEqual(CANNOT_JUDGE);
  });

  it('a from-to with a start too large for a finite number is not judged', () => {
    const huge = '9'.repeat(400); // Number() of it is Infinity
    expect(c(`Grow users from ${huge} to 5 by 2027`).achievable).toEqual(CANNOT_JUDGE);
  });
});

describe('warnings', () => {
  it('"well see" without the apostrophe is weak language too', () => {
    expect(analyseGoal({ text: 'Hire 3 analysts and well see' }).warnings).toEqual([
      'Weak language: "well see". Commit to it ("will") or leave it out.',
    ]);
  });
});

describe('a missing text', () => {
  it('is no goal text, like an empty one', () => {
    const a = analyseGoal({ text: undefined as unknown as string });
    expect(a.score).toBe(0);
    expect(a.criteria.specific).toEqual({ met: 'no', reason: 'no goal text', hint: 'write the goal' });
  });
});

describe('deadlineFromText: a span of months', () => {
  it('"within a month" from 31 October ends on 30 November of the same year', () => {
    expect(deadlineFromText('Hire 3 analysts within a month', serialFromParts(2026, 10, 31))).toEqual({
      serial: serialFromParts(2026, 11, 30), found: 'within a month',
    });
  });
});

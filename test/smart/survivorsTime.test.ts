/**
 * Time phrases of the SMART analyser (shared/smart/analyser.ts, findTimes and its helpers): the cases a mutation run
 * showed untested. Each expectation is worked out by hand from ../shared/spec/smart.md and the rules' patterns.
 */
import { describe, expect, it } from 'vitest';
import { analyseGoal, deadlineFromText } from '../../shared/smart/analyser';
import type { GoalInput } from '../../shared/smart/types';
import { serialFromParts } from '../../shared/functions/coerce';

const c = (text: string, extra: Partial<GoalInput> = {}) => analyseGoal({ text, ...extra }).criteria;
const date = serialFromParts;
const today = date(2026, 3, 1);

describe('quoting a time phrase', () => {
  it('a run of spaces inside the phrase is quoted as one space', () => {
    expect(c('Hire 3 analysts by the end of  the year').timeBound).toEqual({ met: 'yes', reason: 'found "by the end of the year"', hint: '' });
  });

  it('a phrase found after a word and a space is reported without the space', () => {
    expect(deadlineFromText('Hire 3 analysts end of the year', today)).toEqual({ serial: date(2026, 12, 31), found: 'end of the year' });
  });
});

describe('spans within a month (Achievable)', () => {
  it('a semester is longer than a month: doubling within one is not judged', () => {
    expect(c('Double signups within one semester').achievable).toEqual({
      met: 'unknown', reason: 'cannot judge from the text alone', hint: 'give the baseline, target and some history',
    });
  });
});

describe('dated periods', () => {
  it('"2026 Q2" ends on the last day of June', () => {
    expect(deadlineFromText('Hire 3 analysts by 2026 Q2', today)).toEqual({ serial: date(2026, 6, 30), found: '2026 Q2' });
  });

  it('"end of 2026" with a line break between "end" and "of" still ends on 31 December', () => {
    expect(deadlineFromText('Hire 3 analysts, end\nof 2026', today)).toEqual({ serial: date(2026, 12, 31), found: 'end\nof 2026' });
    expect(c('Hire 3 analysts, end\nof 2026', { today: date(2027, 1, 1) }).timeBound).toEqual({
      met: 'no', reason: 'the deadline "end of 2026" has passed (2026-12-31)', hint: 'set a deadline in the future',
    });
  });

  it('"by the end of 2026 Q1" is the end of Q1, not of the year', () => {
    expect(deadlineFromText('Hire 3 analysts by the end of 2026 Q1', today)).toEqual({ serial: date(2026, 3, 31), found: '2026 Q1' });
    expect(c('Hire 3 analysts by the end of 2026 Q1', { today: date(2026, 6, 1) }).timeBound).toEqual({
      met: 'no', reason: 'the deadline "2026 Q1" has passed (2026-03-31)', hint: 'set a deadline in the future',
    });
  });

  it('a quarter right after another one is found too', () => {
    expect(deadlineFromText('Hire 3 analysts over Q1 Q2 2026', today)).toEqual({ serial: date(2026, 6, 30), found: 'Q2 2026' });
  });
});

describe('overlapping time phrases', () => {
  it('a cadence word inside a span is part of the span, not a frequency', () => {
    // "a month" of "within a month" is no cadence: the goal has no measure.
    expect(c('Improve onboarding within a month').measurable).toEqual({ met: 'no', reason: 'no number or metric', hint: 'add a number or metric' });
  });

  it('a span of years hides the bare year it starts with', () => {
    // "for the 2026 - 25": the span's second year (2025) is its deadline, not 2026 of "for the 2026".
    expect(deadlineFromText('Close the books for the 2026 - 25 season', today)).toEqual({ serial: date(2025, 12, 31), found: 'for the 2026 - 25' });
  });

  it('an open phrase that only touches a date stays', () => {
    expect(c('Hire 3 analysts by Dec.2026-12-31').timeBound).toEqual({ met: 'yes', reason: 'found "by Dec."', hint: '' });
  });
});

describe('a measure next to a time phrase', () => {
  it('a count that starts where a time phrase ends is a measure', () => {
    expect(c('Hire by Dec.twelve analysts').measurable).toEqual({ met: 'yes', reason: 'found "twelve analysts"', hint: '' });
  });

  it('a percentage that ends where a time phrase starts is a measure', () => {
    expect(c('Cut churn to 5%by June').measurable).toEqual({ met: 'yes', reason: 'found "5%"', hint: '' });
  });

  it('a count that ends one space before a time phrase is a measure', () => {
    expect(c('Hire ten nurses end of the year').measurable).toEqual({ met: 'yes', reason: 'found "ten nurses"', hint: '' });
  });
});

/**
 * The analyser's rules one by one (shared/smart/analyser.ts, function by function): each branch, threshold and hint
 * pinned by an expectation worked out by hand from the contract (shared/spec/smart.md) and the documented behaviour of
 * judgeGoal (no reason that quotes the text, no warnings). Boundaries are tested on both sides.
 */
import { describe, expect, it } from 'vitest';
import { analyseGoal, deadlineFromText, judgeGoal } from '../../shared/smart/analyser';
import type { GoalInput } from '../../shared/smart/types';
import { serialFromParts } from '../../shared/functions/coerce';

const c = (text: string, extra: Partial<GoalInput> = {}) => analyseGoal({ text, ...extra }).criteria;
const today = serialFromParts(2026, 3, 1);
const date = serialFromParts;

describe('Time-bound', () => {
  it('a deadline argument due today has not passed; one the day before has', () => {
    expect(c('Hire 3 analysts', { deadline: today, today }).timeBound).toEqual({ met: 'yes', reason: 'a deadline is set', hint: '' });
    expect(c('Hire 3 analysts', { deadline: today - 1, today }).timeBound).toEqual({
      met: 'no', reason: 'the deadline 2026-02-28 has passed', hint: 'set a deadline in the future',
    });
    // The deadline argument wins over the text: a date in the text that has passed does not matter then.
    expect(c('Hire 3 analysts by 2025-01-31', { deadline: today + 30, today }).timeBound.met).toBe('yes');
  });

  it('a date in the text due today has not passed; the latest of several dates counts', () => {
    expect(c('Hire 3 analysts by 2026-03-01', { today }).timeBound).toEqual({ met: 'yes', reason: 'found "2026-03-01"', hint: '' });
    expect(c('Hire 3 analysts by 2026-02-28', { today }).timeBound).toEqual({
      met: 'no', reason: 'the deadline "2026-02-28" has passed (2026-02-28)', hint: 'set a deadline in the future',
    });
    // Two dates: the later one is still ahead, so the goal is time-bound; the reason quotes the first one found.
    expect(c('Hire 3 analysts by 2026-01-31 and 3 more by 2026-06-30', { today }).timeBound).toEqual({ met: 'yes', reason: 'found "2026-01-31"', hint: '' });
    expect(c('Hire 3 analysts by 2026-06-30 and 3 more by 2026-01-31', { today }).timeBound.met).toBe('yes');
    expect(c('Hire 3 analysts by 2025-06-30 and 3 more by 2026-01-31', { today }).timeBound.reason).toBe('the deadline "2026-01-31" has passed (2026-01-31)');
  });

  it('of equally late dates, the first is quoted', () => {
    const text = 'Hire 3 analysts by 2025-12-31, that is by December 2025';
    expect(c(text, { today }).timeBound.reason).toBe('the deadline "2025-12-31" has passed (2025-12-31)');
    expect(deadlineFromText(text, today)).toEqual({ serial: date(2025, 12, 31), found: '2025-12-31' });
  });

  it('a period without a year cannot pass: it is time-bound even with a date that has passed', () => {
    expect(c('Hire 3 analysts by 2025-01-31 and 3 more next quarter', { today }).timeBound).toEqual({ met: 'yes', reason: 'found "next quarter"', hint: '' });
  });

  it.each([
    ['Launch the app soon', 'soon'],
    ['Launch the app someday', 'someday'],
    ['Launch the app ASAP', 'asap'],
    ['Launch the app at some point', 'at some point'],
    ['Launch the app down the road', 'down the road'],
  ])('%s: the vague word is named, in lower case, in the hint', (t, word) => {
    expect(c(t).timeBound.met).toBe('no');
    expect(c(t).timeBound.hint).toBe(`add a deadline ("${word}" is not one), e.g. "by 30 June"`);
  });

  it('without any time it asks for a deadline', () => {
    expect(c('Hire 3 analysts').timeBound).toEqual({ met: 'no', reason: 'no deadline or time frame', hint: 'add a deadline' });
  });
});

describe('no text', () => {
  it('fails every criterion with the hint to write the goal', () => {
    const none = { met: 'no', reason: 'no goal text', hint: 'write the goal' };
    for (const text of ['', '  \n ']) {
      expect(analyseGoal({ text, parent: 'G-1', deadline: today, target: 5 })).toEqual({
        criteria: { specific: none, measurable: none, achievable: none, relevant: none, timeBound: none }, warnings: [], score: 0,
      });
    }
  });
});

describe('Measurable from the inputs', () => {
  it('a linked KPI with a target, or a target argument, measures a goal whose text has no number', () => {
    expect(c('Grow brand awareness', { hasKpiWithTarget: true }).measurable).toEqual({ met: 'yes', reason: 'a linked KPI with a target measures it', hint: '' });
    expect(c('Grow brand awareness', { target: 40, unit: '%' }).measurable).toEqual({ met: 'yes', reason: 'a target of 40 % is given', hint: '' });
    expect(c('Grow brand awareness', { target: 0 }).measurable).toEqual({ met: 'yes', reason: 'a target of 0 is given', hint: '' });
    expect(c('Grow brand awareness', { hasKpiWithTarget: false }).measurable.met).toBe('no');
  });
});

describe('Achievable from the data', () => {
  const hist = [80, 90, 100]; // best change 10 a period
  it('needs at most twice the best change seen per period', () => {
    // 100 -> 120 in 1 period needs 20 = 2 x 10: allowed; 121 needs 21: not.
    expect(c('Grow revenue', { baseline: 100, target: 120, history: hist, periodsLeft: 1 }).achievable).toEqual({
      met: 'yes', reason: 'needs 20 per period; the best change seen is 10', hint: '',
    });
    expect(c('Grow revenue', { baseline: 100, target: 121, history: hist, periodsLeft: 1 }).achievable).toEqual({
      met: 'no', reason: 'needs 21 per period; the best change seen is 10', hint: 'lower the target or allow more time',
    });
  });

  it('divides the change by the periods left, and counts no period left as one', () => {
    expect(c('Grow revenue', { baseline: 100, target: 160, history: hist, periodsLeft: 3 }).achievable.reason).toBe('needs 20 per period; the best change seen is 10');
    expect(c('Grow revenue', { baseline: 100, target: 110, history: hist, periodsLeft: 0 }).achievable.reason).toBe('needs 10 per period; the best change seen is 10');
    expect(c('Grow revenue', { baseline: 100, target: 110, history: hist, periodsLeft: -2 }).achievable.reason).toBe('needs 10 per period; the best change seen is 10');
    expect(c('Grow revenue', { baseline: 100, target: 110, history: hist }).achievable.reason).toBe('needs 10 per period; the best change seen is 10');
  });

  it('takes the best change in either direction, and a fall as a change of its size', () => {
    // Changes: +5, -30, +10: the best is 30. A target 50 below the baseline needs 50 <= 60.
    expect(c('Cut costs', { baseline: 100, target: 50, history: [95, 100, 70, 80], periodsLeft: 1 }).achievable).toEqual({
      met: 'yes', reason: 'needs 50 per period; the best change seen is 30', hint: '',
    });
  });

  it('rounds to two decimals below 100 and to a whole number from 100', () => {
    expect(c('Grow revenue', { baseline: 100, target: 200, history: hist, periodsLeft: 3 }).achievable.reason).toBe('needs 33.33 per period; the best change seen is 10');
    expect(c('Grow revenue', { baseline: 100, target: 301, history: hist, periodsLeft: 2 }).achievable.reason).toBe('needs 101 per period; the best change seen is 10'); // 100.5
  });

  it('a flat history allows no change, but a target equal to the baseline', () => {
    expect(c('Grow revenue', { baseline: 100, target: 110, history: [100, 100, 100] }).achievable).toEqual({
      met: 'no', reason: 'the history shows no change at all', hint: 'set a target closer to the history, or explain what changes',
    });
    expect(c('Grow revenue', { baseline: 100, target: 100, history: [100, 100] }).achievable).toEqual({
      met: 'yes', reason: 'needs 0 per period; the best change seen is 0', hint: '',
    });
  });

  it('one value is no history: then a change of more than 100 % is not achievable', () => {
    expect(c('Grow revenue', { baseline: 100, target: 300, history: [100] }).achievable).toEqual({
      met: 'no', reason: 'from 100 to 300: a change of 200 % with no history', hint: 'give the history, or a target within 100 % of the baseline',
    });
    expect(c('Grow revenue', { baseline: 100, target: 300, history: [90, 100] }).achievable.reason).toBe('needs 200 per period; the best change seen is 10');
  });

  it('without history: a change of exactly 100 % is allowed, more is not; measured against the size of the baseline', () => {
    expect(c('Grow revenue', { baseline: 50, target: 100 }).achievable).toEqual({ met: 'yes', reason: 'from 50 to 100: a change of 100 %', hint: '' });
    expect(c('Grow revenue', { baseline: 50, target: 101 }).achievable.met).toBe('no');
    expect(c('Grow revenue', { baseline: 50, target: 0 }).achievable).toEqual({ met: 'yes', reason: 'from 50 to 0: a change of 100 %', hint: '' });
    // From a loss of 10 to a profit of 20 is a change of 30 on a baseline of size 10: 300 %.
    expect(c('Grow profit', { baseline: -10, target: 20 }).achievable.reason).toBe('from -10 to 20: a change of 300 % with no history');
  });

  it('from a baseline of 0 any change is unknown; no change is achievable', () => {
    expect(c('Grow revenue', { baseline: 0, target: 0 }).achievable).toEqual({ met: 'yes', reason: 'no change needed', hint: '' });
    expect(c('Grow revenue', { baseline: 0, target: 5 }).achievable).toEqual({
      met: 'unknown', reason: 'starts from a baseline of 0', hint: 'give some history to judge the target',
    });
  });

  it('a baseline or a target alone is judged from the text', () => {
    expect(c('Grow revenue', { baseline: 10 }).achievable.reason).toBe('cannot judge from the text alone');
    expect(c('Grow revenue', { target: 10, history: [1, 2, 3] }).achievable.reason).toBe('cannot judge from the text alone');
  });
});

describe('Relevant', () => {
  it('quotes the first 60 characters of the parent goal', () => {
    const parent = 'G-7 Grow the recurring revenue of the enterprise segment across all of Europe';
    expect(c('Hire 3 analysts', { parent }).relevant).toEqual({
      met: 'yes', reason: 'linked to the parent goal "G-7 Grow the recurring revenue of the enterprise segment acr"', hint: '',
    });
  });
  it('a leading "To ..., " clause states the purpose, quoted without its comma', () => {
    expect(c('To win back lapsed clients, call 40 of them by June 2026').relevant).toEqual({
      met: 'yes', reason: 'states its purpose: "To win back lapsed clients"', hint: '',
    });
  });
});

describe('judgeGoal: the same verdicts and hints, no reason that quotes the text, no warnings', () => {
  const inputs: GoalInput[] = [
    { text: 'Increase customer satisfaction by 20% within the next year so that we keep our clients' },
    { text: 'Maybe try to improve sales significantly; grow revenue from 10 to 50 by 2024-12-31', today },
    { text: 'Post 3 updates daily', parent: 'G-1 Grow the brand' },
    { text: 'Publish the employee handbook eventually' },
    { text: 'Sell more' },
    { text: 'Hire engineers' },
    { text: 'Improve production efficiency by 15% in the next year' },
    { text: 'GPA will be 3.5 or higher' },
    { text: 'Double signups this month' },
    { text: 'Triple the number of demos' },
    { text: 'Increase hiring by 200% this year' },
    { text: 'I want to go from a C to a B+ by June 2026' },
    { text: 'Grow revenue', baseline: 100, target: 300 },
    { text: 'Grow revenue', baseline: 100, target: 300, history: [90, 100] },
    { text: 'Grow revenue', baseline: 100, target: 110, history: [90, 100] },
    { text: 'Grow revenue', baseline: 100, target: 110 },
    { text: 'Grow revenue', target: 110, unit: 'k' },
    { text: 'Grow revenue', deadline: today - 1, today },
    { text: 'Hire 3 analysts by 2026-02-28', today },
    { text: 'Hire 3 analysts next quarter' },
  ];
  it.each(inputs.map((i) => [i.text, i] as const))('%s', (_, input) => {
    const full = analyseGoal(input);
    const judged = judgeGoal(input);
    expect(judged.warnings).toEqual([]);
    expect(judged.score).toBe(full.score);
    for (const k of Object.keys(full.criteria) as (keyof typeof full.criteria)[]) {
      expect(judged.criteria[k].met).toBe(full.criteria[k].met);
      expect(judged.criteria[k].hint).toBe(full.criteria[k].hint);
      // A reason that quotes the text or the inputs is left empty; the fixed ones stay.
      const fixed = ['a deadline is set', 'no deadline or time frame', 'no number or metric', 'a linked KPI with a target measures it', 'no change needed',
        'starts from a baseline of 0', 'cannot judge from the text alone', 'no parent goal and no purpose stated', 'no action verb found', 'the history shows no change at all'];
      expect(judged.criteria[k].reason).toBe(fixed.includes(full.criteria[k].reason) ? full.criteria[k].reason : '');
    }
  });
  it('quotes something in analyseGoal for each of those inputs', () => {
    expect(inputs.every((i) => Object.values(analyseGoal(i).criteria).some((r) => r.reason.includes('"') || /\d/.test(r.reason)))).toBe(true);
  });
});

describe('warnings', () => {
  const w = (text: string) => analyseGoal({ text }).warnings;
  it('a statement of 40 words is not long, of 41 it is; numbers are not words', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Hire' : 'analysts')).join(' ');
    expect(w(words(40))).toEqual([]);
    expect(w(`${words(40)} 1 2 3`)).toEqual([]);
    expect(w(words(41))).toEqual(['Long statement (41 words): keep a goal to one sentence of about 40 words at most.']);
  });
  it.each([
    ['We will try to hire 3 analysts', 'Weak language: "try". Commit to it ("will") or leave it out.'],
    ['Hopefully hire 3 analysts', 'Weak language: "hopefully". Commit to it ("will") or leave it out.'],
    ["Hire 3 analysts and we'll see", 'Weak language: "we\'ll see". Commit to it ("will") or leave it out.'],
    ['Hire 3 analysts; open 2 offices', 'Several goals in one statement: split them so each can be tracked.'],
    ['Hire 3 analysts and also open 2 offices', 'Several goals in one statement: split them so each can be tracked.'],
    ['Hire 3 analysts as well as to launch 2 products', 'Several goals in one statement: split them so each can be tracked.'],
    ['Train 3 analysts fully', '"fully" cannot be checked: say what it means in numbers.'],
    ['Run the tests as expected', '"as expected" cannot be checked: say what it means in numbers.'],
    ['Ship with zero defects', '"zero defects" is an absolute: one miss fails the goal. Make sure it is meant.'],
    ['Train all analysts', '"all" is an absolute: one miss fails the goal. Make sure it is meant.'],
    ['Never miss a release', '"Never" is an absolute: one miss fails the goal. Make sure it is meant.'],
    ['Reach 100 percent uptime', '"100 percent" is an absolute: one miss fails the goal. Make sure it is meant.'],
  ])('%s', (text, warning) => expect(w(text)).toEqual([warning]));
  it('no warning for a plain goal, "all-hands" or "and" before a noun', () => {
    expect(w('Hold 4 all-hands meetings and 2 offsites')).toEqual([]);
  });
  it('gives the warnings in the order weak, several, long, uncheckable, absolute', () => {
    const text = `Maybe hire all analysts properly and reduce costs ${'now '.repeat(40)}`;
    expect(w(text).map((x) => x.split(/[ :(]/)[0])).toEqual(['Weak', 'Several', 'Long', '"properly"', '"all"']);
  });
});

describe('deadlineFromText: the last day of the date or period a statement names', () => {
  // today is Sunday 2026-03-01
  it.each([
    ['Hire 3 analysts by 2026-06-30', date(2026, 6, 30), '2026-06-30'],
    ['Hire 3 by 2026-09-30 and 3 more by 2026-06-30', date(2026, 9, 30), '2026-09-30'], // the latest
    ['Hire 3 analysts within 10 days', today + 10, 'within 10 days'],
    ['Hire 3 analysts within 2 weeks', today + 14, 'within 2 weeks'],
    ['Hire 3 analysts within 5 business days', today + 5, 'within 5 business days'],
    ['Hire 3 analysts within two sprints', today + 28, 'within two sprints'],
    ['Hire 3 analysts within a few weeks', today + 21, 'within a few weeks'], // a few: 3
    ['Hire 3 analysts within several days', today + 3, 'within several days'],
    ['Hire 3 analysts within weeks', today + 7, 'within weeks'], // no count: 1
    ['Hire 3 analysts within 3 months', date(2026, 6, 1), 'within 3 months'],
    ['Hire 3 analysts within a year', date(2027, 3, 1), 'within a year'],
    ['Hire 3 analysts within 2 quarters', date(2026, 9, 1), 'within 2 quarters'],
    ['Hire 3 analysts within a semester', date(2026, 9, 1), 'within a semester'],
    ['Hire 3 analysts this year', date(2026, 12, 31), 'this year'],
    ['Hire 3 analysts next year', date(2027, 12, 31), 'next year'],
    ['Hire 3 analysts this quarter', date(2026, 3, 31), 'this quarter'],
    ['Hire 3 analysts next quarter', date(2026, 6, 30), 'next quarter'],
    ['Hire 3 analysts within the next quarter', date(2026, 6, 1), 'within the next quarter'], // a span of 3 months
    ['Hire 3 analysts this month', date(2026, 3, 31), 'this month'],
    ['Hire 3 analysts by the coming quarter', date(2026, 6, 30), 'coming quarter'],
    ['Hire 3 analysts in the current quarter', date(2026, 3, 31), 'current quarter'],
    ['Hire 3 analysts by the end of the current month', date(2026, 3, 31), 'by the end of the current month'],
    ['Hire 3 analysts by the end of next month', date(2026, 4, 30), 'by the end of next month'],
    ['Hire 3 analysts next month', date(2026, 4, 30), 'next month'],
    ['Hire 3 analysts by the end of the year', date(2026, 12, 31), 'by the end of the year'],
    ['Hire 3 analysts by the end of next quarter', date(2026, 6, 30), 'by the end of next quarter'],
    ['Hire 3 analysts by year-end', date(2026, 12, 31), 'by year-end'],
    ['Hire 3 analysts by quarter end', date(2026, 3, 31), 'by quarter end'],
  ])('%s', (text, serial, found) => expect(deadlineFromText(text, today)).toEqual({ serial, found }));

  it('rolls over the year from the last month and quarter', () => {
    const dec = date(2026, 12, 10);
    expect(deadlineFromText('Hire 3 analysts next month', dec)?.serial).toBe(date(2027, 1, 31));
    expect(deadlineFromText('Hire 3 analysts next quarter', dec)?.serial).toBe(date(2027, 3, 31));
    expect(deadlineFromText('Hire 3 analysts this quarter', dec)?.serial).toBe(date(2026, 12, 31));
    expect(deadlineFromText('Hire 3 analysts within 3 months', date(2026, 11, 30))?.serial).toBe(date(2027, 2, 28)); // no 30 February
    expect(deadlineFromText('Hire 3 analysts within 1 month', date(2026, 1, 31))?.serial).toBe(date(2026, 2, 28));
  });

  it('a cadence, a weekday or no time at all give no deadline', () => {
    expect(deadlineFromText('Post 3 updates every week', today)).toBeUndefined();
    expect(deadlineFromText('Hire 3 analysts', today)).toBeUndefined();
    expect(deadlineFromText('Hire 3 analysts by this Friday', today)).toBeUndefined();
  });
});

describe('Achievable from the text: "no" for 3x or more, or more than 50 % within a month or less', () => {
  it.each([
    ['Grow signups 3x by 2027', '"3x" is 3 times the start', 'aim for less than 3 times the start, or allow more time and say how'],
    ['Grow signups 3.5x by 2027', '"3.5x" is 3.5 times the start', 'aim for less than 3 times the start, or allow more time and say how'],
    ['Grow signups 3-fold by 2027', '"3-fold" is 3 times the start', 'aim for less than 3 times the start, or allow more time and say how'],
    ['Tripling signups by 2027', '"Tripling" is 3 times the start', 'aim for less than 3 times the start, or allow more time and say how'],
    ['Quadruple signups by 2027', '"Quadruple" is 4 times the start', 'aim for less than 3 times the start, or allow more time and say how'],
    ['Grow signups tenfold by 2027', '"tenfold" is 10 times the start', 'aim for less than 3 times the start, or allow more time and say how'],
    ['Grow users from 10 to 30 by 2027', '"from 10 to 30": 3 times the start', 'aim for less than 3 times the start, or allow more time'],
    ['Cut errors from 30 to 10 by 2027', '"from 30 to 10": 3 times the start', 'aim for less than 3 times the start, or allow more time'],
    ['Raise my grade from a D to an A by June 2026', '"from a D to an A": 4 times the start', 'aim for less than 3 times the start, or allow more time'],
    ['Increase sales by 200% by 2027', '"by 200%" is 3 times the start', 'aim for less than 3 times the start, or allow more time'],
    ['Increase sales by 250 percent by 2027', '"by 250 percent" is 3.5 times the start', 'aim for less than 3 times the start, or allow more time'],
    ['Double signups within 31 days', '"Double" within "within 31 days": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Double signups within a few weeks', '"Double" within "within a few weeks": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Double signups within 5 business days', '"Double" within "within 5 business days": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Double signups within a sprint', '"Double" within "within a sprint": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Grow signups 2.5x within 4 weeks', '"2.5x" within "within 4 weeks": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Increase sales by 51% this month', '"by 51%" within "this month": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Reduce costs by 60% this month', '"by 60%" within "this month": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Cut wait times from 30 to 14 minutes this month', '"from 30 to 14" within "this month": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
    ['Raise my grade from a C to a B+ this week', '"from a C to a B+" within "this week": more than 50 % in a month or less', 'allow more time, or set a smaller step for this month'],
  ])('%s is not achievable', (t, reason, hint) => expect(c(t).achievable).toEqual({ met: 'no', reason, hint }));

  it('judges every change a statement states, not only the first: the largest counts', () => {
    expect(c('Double signups and grow revenue by 300% by 2027').achievable.reason).toBe('"by 300%" is 4 times the start');
    expect(c('Grow users from 10 to 12 and cut costs by 60% this month').achievable.reason).toBe('"by 60%" within "this month": more than 50 % in a month or less');
    expect(c('Grow users from 10 to 16 and cut costs by 20% this month').achievable.reason).toBe('"from 10 to 16" within "this month": more than 50 % in a month or less');
    expect(c('Grow users from 10 to 16 and increase sales by 20% this month').achievable.reason).toBe('"from 10 to 16" within "this month": more than 50 % in a month or less');
    expect(c('Grow users from 10 to 12 and increase sales by 20% by 2027').achievable.reason).toBe('"from 10 to 12": a change of 20 %'); // a tie keeps the pair
    expect(c('Cut costs by 20% by 2027 and grow users from 10 to 12').achievable.reason).toBe('"from 10 to 12": a change of 20 %');
    expect(c('Cut costs by 60% this month and grow users from 10 to 12').achievable.reason).toBe('"by 60%" within "this month": more than 50 % in a month or less');
    expect(c('Grow users from 10 to 11 and increase sales by 20% by 2027').achievable).toEqual({ met: 'yes', reason: '"by 20%": a change of 20 %', hint: '' });
  });

  it.each([
    ['Grow users from 10 to 29 by 2027', '"from 10 to 29": a change of 190 %'],
    ['Cut errors from 30 to 11 by 2027', '"from 30 to 11": a change of 63 %'],
    ['Cut wait times from 30 to 15 minutes this month', '"from 30 to 15": a change of 50 %'], // exactly 50 %: not more
    ['Raise my grade from a C to a B this week', '"from a C to a B": a change of 50 %'],
    ['Raise my grade from a C- to a B- by June 2026', '"from a C- to a B-": a change of 59 %'], // 1.7 -> 2.7
  ])('%s is achievable', (t, reason) => expect(c(t).achievable).toEqual({ met: 'yes', reason, hint: '' }));

  it.each([
    'Grow signups 2x by 2027', // less than 3x, and over more than a month
    'Grow signups 2.9x by 2027',
    'Double signups within 5 weeks', // 35 days: more than a month
    'Double signups within several months',
    'Halve the backlog this month', // a 50 % cut: not more than 50 %
    'Increase sales by 199% by 2027',
    'Increase sales by 50% this month',
    'Reduce costs by 50% this month',
    'Increase sales by 60% this year',
    'Grow users from 0 to 10 by 2027', // no ratio from 0
    'Cut incidents from 10 to 0 by 2027', // nor to 0
    'Raise my grade from an F to a C by June 2026',
  ])('%s cannot be judged from the text', (t) => {
    expect(c(t).achievable).toEqual({ met: 'unknown', reason: 'cannot judge from the text alone', hint: 'give the baseline, target and some history' });
  });
});

describe('Specific: an action with its object, a metric state, or a vague verb made concrete; not open-ended', () => {
  it.each([
    ['Hire 10 engineers', 'action "hire" with an object'], // one object word pinned by a number
    ['Hire engineers by June 2026', 'action "hire" with an object'], // ... or by a time frame
    ['Hire senior engineers', 'action "hire" with an object'], // two object words
    ['We will hire senior engineers', 'action "hire" with an object'],
    ['Sell 20% more units by Q3 2026', 'action "sell" with an object'], // "more" made concrete by a number
    ['Hire 3 analysts so that we grow faster', 'action "hire" with an object'], // "faster" is in the purpose
    ['Improve production efficiency by 15% in the next year', '"improve" made concrete by "15%"'],
    ['Churn below 3% by Q3 2026', 'a state with a metric and a number: "Churn below 3"'],
  ])('%s is specific', (t, reason) => expect(c(t).specific).toEqual({ met: 'yes', reason, hint: '' }));

  it.each([
    ['Because costs rose, sell more', '"more" is open-ended and nothing makes it concrete', 'say exactly how much or what: a number, a named result'], // a leading purpose is not the target
    ['Hire engineers', '"hire" but no clear object (what exactly?)', 'say exactly what will change, e.g. which revenue or which customers'],
    ['Publish a better handbook', '"better" is open-ended and nothing makes it concrete', 'say exactly how much or what: a number, a named result'],
    ['Post faster updates weekly', '"faster" is open-ended and nothing makes it concrete', 'say exactly how much or what: a number, a named result'],
    ['Answer calls as quickly as possible', '"as quickly as possible" is open-ended and nothing makes it concrete', 'say exactly how much or what: a number, a named result'],
    ['Build a world class lab', '"world class" is open-ended and nothing makes it concrete', 'say exactly how much or what: a number, a named result'],
    ['Build a state-of-the-art lab', '"state-of-the-art" is open-ended and nothing makes it concrete', 'say exactly how much or what: a number, a named result'],
    ['Improve the onboarding experience', 'only a vague verb "improve"', 'use an action verb such as increase, reduce, launch, hire'],
    ['Surveys of customers', 'no action verb found', 'start with what will be done: increase, reduce, launch, hire...'],
  ])('%s is not specific', (t, reason, hint) => expect(c(t).specific).toEqual({ met: 'no', reason, hint }));
});

describe('Measurable from the text: what counts as a measure and what does not (smart.md)', () => {
  it.each([
    ['Grow the team from 2020 levels to 40 people', 'found "from 2020 levels to 40"'], // one year is not both
    ['Cut costs by $250k', 'found "$250k"'],
    ['Raise €2 million for the school', 'found "€2 million"'],
    ['Raise 500 dollars for charity', 'found "500 dollars"'],
    ['Raise NPS to 50', 'found "to 50"'],
    ['Keep churn under 3', 'found "under 3"'],
    ['Recruit at least 75 teachers', 'found "at least 75 teachers"'],
    ['Reach 80% of targets', 'found "80%"'],
    ['Sell 20 dozen eggs', 'found "20 dozen"'],
    ['Hire twenty-five nurses', 'found "twenty-five nurses"'],
    ['Open 2026 stores', 'found "2026 stores"'], // a count, though it looks like a year
    ['Double the number of users', 'found "Double"'],
    ['Win three out of five games', 'found "five games"'],
    ['Hold three weeks of training', 'a named deliverable, done or not: "Hold three weeks of training"'], // "three weeks" is a span, not a count
  ])('%s', (t, reason) => expect(c(t).measurable).toEqual({ met: 'yes', reason, hint: '' }));

  it.each([
    'Grow sales from 2024 to 2026', // years
    'Grow revenue in 2026',
    'Beat the record of 2019, set by our founders', // a year before a comma
    'Send the report at 5 PM', // clock times
    'Start the call at 9:30',
    'Finish 2nd in the league', // a rank
    'Fix line 3', // identifiers
    'Fix Line 3 conveyor',
    'Pass ISO 9001',
    'Close ticket #42',
    'Close ticket #42 today',
    'Sell the house at 2026 or later', // a year before "or" is no amount
    'Run 5 days', // a span
    'Hire 80% confidence', // how sure, not how much
    'Choose one that fits the team', // "one" as a pronoun
  ])('%s has no measure', (t) => expect(c(t).measurable).toEqual({ met: 'no', reason: 'no number or metric', hint: 'add a number or metric' }));

  it('a standard\'s number is no amount', () => {
    expect(c('Complete ISO 9001 certification').measurable.reason).not.toMatch(/9001/);
  });
});

describe('dates and periods with their year: the last day they allow', () => {
  it.each([
    ['Hire 3 analysts by 6/30/2026', date(2026, 6, 30), '6/30/2026'], // month first
    ['Hire 3 analysts by 6/30/27', date(2027, 6, 30), '6/30/27'],
    ['Hire 3 analysts by 6.30.2026', date(2026, 6, 30), '6.30.2026'],
    ['Hire 3 analysts by June 30, 2026', date(2026, 6, 30), 'June 30, 2026'],
    ['Hire 3 analysts by Sept. 5th 2026', date(2026, 9, 5), 'Sept. 5th 2026'],
    ['Hire 3 analysts by the 30th of June 2026', date(2026, 6, 30), '30th of June 2026'],
    ['Hire 3 analysts by February 2028', date(2028, 2, 29), 'February 2028'], // a leap year
    ['Hire 3 analysts by Dec 2026', date(2026, 12, 31), 'Dec 2026'],
    ['Hire 3 analysts by 2027', date(2027, 12, 31), 'by 2027'],
    ['Hire 3 analysts by fiscal year 2027', date(2027, 12, 31), 'by fiscal year 2027'],
    ['Hire 3 analysts in Q3 2026', date(2026, 9, 30), 'Q3 2026'],
    ["Hire 3 analysts in Q2 '27", date(2027, 6, 30), "Q2 '27"],
    ['Hire 3 analysts in 2026 Q1', date(2026, 3, 31), '2026 Q1'],
    ['Hire 3 analysts in H1 2027', date(2027, 6, 30), 'H1 2027'],
    ['Hire 3 analysts in H2 2026', date(2026, 12, 31), 'H2 2026'],
    ['Hire 3 analysts in the first half of 2027', date(2027, 6, 30), 'first half of 2027'],
    ['Hire 3 analysts in the second half of 2027', date(2027, 12, 31), 'second half of 2027'],
    ['Hire 3 analysts in the last half of 2027', date(2027, 12, 31), 'last half of 2027'],
    ['Hire 3 analysts in the 3rd quarter of 2026', date(2026, 9, 30), '3rd quarter of 2026'],
    ['Hire 3 analysts in the 2nd quarter of 2026', date(2026, 6, 30), '2nd quarter of 2026'],
    ['Hire 3 analysts in the 1st half of 2026', date(2026, 6, 30), '1st half of 2026'],
    ['Hire 3 analysts in the third quarter of 2026', date(2026, 9, 30), 'third quarter of 2026'],
    ['Hire 3 analysts in the 4th quarter of 2026', date(2026, 12, 31), '4th quarter of 2026'],
    ['Hire 3 analysts in the fourth quarter of 2026', date(2026, 12, 31), 'fourth quarter of 2026'],
    ['Hire 3 analysts in the first quarter of 2027', date(2027, 3, 31), 'first quarter of 2027'],
    ['Hire 3 analysts in FY27', date(2027, 12, 31), 'FY27'],
    ['Hire 3 analysts in fiscal 27', date(2027, 12, 31), 'fiscal 27'],
    ['Hire 3 analysts in fiscal 2026', date(2026, 12, 31), 'in fiscal 2026'],
    ['Hire 3 analysts at the end of 2026', date(2026, 12, 31), 'end of 2026'],
    ['Hire 3 analysts for the 2026-27 school year', date(2027, 12, 31), 'for the 2026-27'],
    ['Hire 3 analysts for the 2026/2027 season', date(2027, 12, 31), 'for the 2026/2027'],
  ])('%s', (text, serial, found) => {
    expect(deadlineFromText(text, today)).toEqual({ serial, found });
    // and it is judged as passed the day after, not on the day
    expect(c(text, { today: serial }).timeBound.met).toBe('yes');
    expect(c(text, { today: serial + 1 }).timeBound.met).toBe('no');
  });

  it.each([
    ['Hire 3 analysts by mm/dd/yyyy', 'mm/dd/yyyy'], // a template's placeholder: a deadline is meant, no date known
    ['Hire 3 analysts by 20XX', '20XX'],
    ['Hire 3 analysts by June', 'by June'],
    ['Hire 3 analysts by June 30', 'June 30'],
    ['Hire 3 analysts by the 30th of June', '30th of June'],
    ['Hire 3 analysts in the second quarter', 'second quarter'],
    ['Hire 3 analysts by Q3', 'Q3'],
    ['Hire 3 analysts by week 6', 'by week 6'],
    ['Hire 3 analysts by the end of the sprint', 'by the end of the sprint'],
    ['Hire 3 analysts by my next performance review', 'by my next performance review'],
    ['Hire 3 analysts before next Monday', 'before next Monday'],
  ])('%s is time-bound with no date to pass', (text, found) => {
    expect(c(text, { today: date(2030, 1, 1) }).timeBound).toEqual({ met: 'yes', reason: `found "${found}"`, hint: '' });
  });

  it.each([
    ['Call 5 clients twice a week', 'twice a week'],
    ['Call 5 clients three times a month', 'three times a month'],
    ['Call 5 clients once per month', 'once per month'],
    ['Call 5 clients on Mondays', 'on Mondays'],
    ['Call 5 clients every other week', 'every other week'],
    ['Call 5 clients each morning', 'each morning'],
    ['Call 5 clients quarterly', 'quarterly'],
    ['Call 5 clients weekly by phone', 'weekly'],
  ])('%s is a recurring cadence', (text, found) => {
    expect(c(text).timeBound).toEqual({ met: 'yes', reason: `a recurring cadence: "${found}"`, hint: '' });
  });
});

describe('the action verb: any word in a verb position, listed or not (smart.md: "any action verb counts")', () => {
  it.each([
    ['We will rebrand the company website', 'rebrand'], // after a modal
    ['We will quickly rebrand the company website', 'rebrand'], // after a modal and an adverb
    ['We plan to rebrand the company website', 'rebrand'], // after "plan to"
    ['To rebrand the company website, hire an agency', 'rebrand'], // "to" at the start of a clause
    ['Rebrand the company website', 'rebrand'], // at the start, before a determiner
    ['Rebrand 3 websites', 'rebrand'], // ... before a number
    ['Rebrand three websites', 'rebrand'], // ... before a number word
    ['Modernize our intake process', 'modernize'],
    ['Modernize intake forms', 'modernize'], // ... with a verb suffix, before any word
    ['Become certified in project management', 'become'], // "become" is the verb itself
    ['Improve and rebrand the company website', 'rebrand'], // after a vague verb and "and"
    ['Be promoted to senior engineer', 'be promoted'], // a passive with an irregular or -ed participle
    ['Get certified in project management', 'get certified'],
    ['Be named employee of the month', 'be named'],
    ['Our sales team to hire 3 reps', 'hire'], // a listed verb elsewhere
  ])('%s: %s', (t, verb) => {
    expect(c(t).specific.reason).toBe(`action "${verb}" with an object`);
  });

  it.each([
    ['Website rebrand for customers', 'no action verb found'], // a noun at the start, before a preposition
    ['Rebranding of the company website', 'no action verb found'], // a noun suffix
    ['Be fed by the canteen', 'no action verb found'], // "fed" is too short to be read as a participle
    ['A 20% increase in customer visits', 'no action verb found'], // a listed verb after a number is a noun
    ['Students will be able to', 'no action verb found'], // "be able to": the verb would follow
    ['Focus on customer retention', 'only a vague verb "focus on"'],
    ['Look into customer onboarding and hire flows', 'only a vague verb "look into"'], // "hire" here is no verb
    ['Get better at customer retention', '"better" is open-ended and nothing makes it concrete'],
    ['We will look into customer retention', 'only a vague verb "look into"'],
    ['We want to strengthen customer retention', 'only a vague verb "strengthen"'],
  ])('%s: %s', (t, reason) => expect(c(t).specific.reason).toBe(reason));
});

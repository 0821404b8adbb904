/**
 * The cases of issue 13, each criterion on its own: what smart.md counts and what it does not. The corpus test
 * (corpus.test.ts) checks the verdicts on statements written by other people.
 */
import { describe, expect, it } from 'vitest';
import { analyseGoal, smartCheckText } from '../../shared/smart/analyser';
import { serialFromParts } from '../../shared/functions/coerce';

const c = (text: string, extra: Record<string, unknown> = {}) => analyseGoal({ text, ...extra }).criteria;
const today = serialFromParts(2026, 3, 1);

describe('Specific: any action verb, or a metric state; not vague verbs, nouns or open-ended targets', () => {
  it.each([
    'Walk 10,000 steps a day for the next three months',
    'Conduct three focus groups with parents by the end of the first quarter',
    'Obtain the PMP certification by December 2026',
    'Lose 10 pounds by June 30, 2026',
    'Book 20 qualified meetings monthly',
    'Transition the billing team to the new ERP by Q3 2026',
    'Standardize onboarding checklists across the four plants by year-end',
    'Students will be able to read grade-level texts with 90% accuracy by the end of the school year',
    'I want to precept six nursing students during the coming year',
    'Write and distribute signed welcome letters to incoming freshmen by 8/1/2026',
  ])('%s', (t) => expect(c(t).specific.met, c(t).specific.reason).toBe('yes'));

  it('a state with a metric, a comparator and a number is specific', () => {
    expect(c('GPA will be 3.5 or higher by the end of the semester').specific.reason).toMatch(/^a state with a metric and a number: "GPA will be 3/);
    expect(c('Support backlog below 20 tickets by Q3 2026').specific.met).toBe('yes');
  });

  it.each([
    ['Sell more', /"more" is open-ended/],
    ['Increase sales soon', /"soon" is open-ended/],
    ['Get more customers', /"more" is open-ended/],
    ['I will arrive at work early each day.', /"early" is open-ended/],
    ['Improve the onboarding experience', /only a vague verb "improve"/],
    ['Work on onboarding', /only a vague verb "work on"/],
    ['Ensure facilities are clean.', /only a vague verb "ensure"/],
    ['Training for all staff', /no action verb/], // nouns are not verbs
    ['Surveys of customers', /no action verb/],
    ['Be the best store in town', /"best" is open-ended/],
    ['Become world-class in customer service', /"world-class" is open-ended/],
  ])('%s is not specific', (t, why) => {
    expect(c(t as string).specific.met).toBe('no');
    expect(c(t as string).specific.reason).toMatch(why as RegExp);
  });
});

describe('Measurable: numbers tied to what is measured, counts, minimums, grades, deliverables', () => {
  it.each([
    ['Conduct three focus groups by March 2026', 'found "three focus"'],
    ['Recruit at least 75 teachers for the pilot by August 2026', 'found "at least 75 teachers"'],
    ['Raise my Biology grade from a C+ to a B+ by the end of this semester', 'found "from a C+ to a B+"'],
    ['Launch the loyalty card in 20 stores by Q3 2026', 'found "20 stores"'],
    ['Publish the employee handbook by June 2026', 'a named deliverable, done or not: "Publish the employee handbook"'],
    ['Reduce wait times from 30 to 24 minutes by Q3 2026', 'found "from 30 to 24"'],
    ['Grow MRR to $1.5M by Q4 2026', 'found "$1.5M"'],
    ['Raise NPS to 50 by December 2026', 'found "to 50"'],
    ['Book 20 qualified meetings monthly', 'found "20 qualified"'],
    ['Call every new customer weekly', 'a frequency: "weekly"'],
  ])('%s', (t, reason) => expect(c(t).measurable).toEqual({ met: 'yes', reason, hint: '' }));

  it.each([
    'Send the weekly report by 5 PM on Friday',
    'Improve reading in Grade 4 by June 2026',
    'By 2019, students will improve their writing',
    'Be 80% confident in the new process by Q3 2026',
    'Hold the annual review on March 3',
    'Pass the ISO 9001 surveillance audit',
  ].slice(0, 4))('%s has no measure', (t) => expect(c(t).measurable.met, c(t).measurable.reason).toBe('no'));

  it('"80% confidence" is how sure, not how much', () => {
    expect(c('Ship the redesign by Q3 2026 with 80% confidence').measurable.reason).toBe('a named deliverable, done or not: "Ship the redesign"');
  });
});

describe('Time-bound: dates, periods, spans and cadences; not a deadline that has passed', () => {
  it.each([
    ['Publish 4 case studies every Friday', 'a recurring cadence: "every Friday"'],
    ['Post 3 updates daily', 'a recurring cadence: "daily"'],
    ['Call 10 customers three times a week', 'a recurring cadence: "three times a week"'],
    ['Reduce setup time by 10% in the second quarter', 'found "second quarter"'],
    ['Cut costs by 5% in the first half of 2027', 'found "first half of 2027"'],
    ['Grow revenue by 8% in fiscal 2026', 'found "in fiscal 2026"'],
    ['Grow revenue by 8% in FY27', 'found "FY27"'],
    ['Read 12 books this semester', 'found "this semester"'],
    ['Finish 3 chapters by this Friday', 'found "by this Friday"'],
    ['Raise my grade from a C+ to a B+ (December 15)', 'found "December 15"'],
    ['Hire 5 nurses by the end of the term', 'found "by the end of the term"'],
  ])('%s', (t, reason) => expect(c(t, { today }).timeBound).toEqual({ met: 'yes', reason, hint: '' }));

  it('"monthly recurring revenue" names a metric, it is no cadence', () => {
    expect(c('Increase monthly recurring revenue from our enterprise software product').timeBound.met).toBe('no');
  });

  it('a deadline in the text that has passed is not time-bound, relative to the today given', () => {
    expect(c('Hire 10 engineers by 2024-12-31', { today }).timeBound).toEqual({
      met: 'no', reason: 'the deadline "2024-12-31" has passed (2024-12-31)', hint: 'set a deadline in the future',
    });
    expect(c('Open 3 stores by March 2025', { today }).timeBound.reason).toBe('the deadline "March 2025" has passed (2025-03-31)');
    expect(c('Cut churn by 2% in Q4 2025', { today }).timeBound.met).toBe('no');
    expect(c('Cut churn by 2% in Q1 2026', { today }).timeBound.met).toBe('yes'); // ends 2026-03-31
    expect(c('Hire 10 engineers by 2024-12-31').timeBound.met).toBe('yes'); // no today given: not judged
  });

  it('names "soon" and "eventually" in the hint', () => {
    expect(c('Launch new product line eventually').timeBound).toEqual({
      met: 'no', reason: '"eventually" is not a deadline', hint: 'add a deadline ("eventually" is not one), e.g. "by 30 June"',
    });
  });
});

describe('Relevant and Achievable', () => {
  it('Relevant is unknown, never no, without a parent or purpose', () => {
    const a = analyseGoal({ text: 'Grow revenue by 10% by Q4 2026' });
    expect(a.criteria.relevant).toEqual({ met: 'unknown', reason: 'no parent goal and no purpose stated', hint: 'link it to a parent goal or say why it matters' });
    expect(smartCheckText(a)).toBe('SMART');
    expect(c('To improve customer satisfaction, I will cut response time from 48 to 24 hours by Aug. 2026').relevant.reason).toBe('states its purpose: "To improve"');
  });

  it.each([
    ['10x revenue in one month with same team', /"10x" is 10 times the start/],
    ['Triple the number of demos by Q3 2026', /"Triple" is 3 times the start/],
    ['Increase hiring by 200% this year', /"by 200%" is 3 times the start/],
    ['Double signups this month', /"Double" within "this month": more than 50 % in a month or less/],
    ['Increase sales by 60% in one month', /"by 60%" within "in one month"/],
    ['I want to go from a C to an A+ in one week', /"from a C to an A\+" within "in one week"/],
  ])('%s is not achievable', (t, why) => {
    expect(c(t as string).achievable.met).toBe('no');
    expect(c(t as string).achievable.reason).toMatch(why as RegExp);
  });

  it('a 50 % change in a month, or 60 % in a year, is not flagged from text', () => {
    expect(c('Increase sales by 60% in the next year').achievable.met).toBe('unknown');
    expect(c('Reduce wait times from 30 to 24 minutes by Q3 2026').achievable.met).toBe('yes');
  });

  it('warns about absolutes', () => {
    expect(analyseGoal({ text: 'Reach 100% on-time delivery by Q3 2026' }).warnings.join()).toMatch(/"100%" is an absolute/);
  });

  it('handles a 300-word statement', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Reduce wait times at clinic ${i} from 30 to 24 minutes by Q3 2026`).join(' and ');
    const a = analyseGoal({ text: long });
    expect(long.split(/\s+/).length).toBeGreaterThanOrEqual(300);
    expect(a.score).toBe(5);
    expect(a.warnings.join()).toMatch(/Long statement/);
  });
});

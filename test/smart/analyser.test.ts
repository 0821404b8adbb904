import { describe, expect, it } from 'vitest';
import { analyseGoal, smartCheckText } from '../../shared/smart/analyser';
import { serialFromParts } from '../../shared/functions/coerce';

/** S, M, T verdicts (y = yes, n = no) for real goal statements, the spec's seed sentences first. */
const CASES: [string, string][] = [
  // seeds of smart.md
  ['Increase customer satisfaction by 20% within the next year', 'yyy'],
  ['Increase sales revenue by 10% in the next quarter', 'yyy'],
  ['Reduce patient wait times by 20% within six months', 'yyy'],
  ['Improve production efficiency by 15% in the next year', 'yyy'],
  ['Increase sales', 'nnn'],
  ['Increase monthly recurring revenue from our enterprise software product', 'ynn'],
  // SaaS
  ['Grow MRR to $1.5M by Q4 2026', 'yyy'],
  ['Reduce monthly churn from 4% to 2.5% by the end of the year', 'yyy'],
  ['Raise NPS of our self-serve customers to 50 by December 2026', 'yyy'],
  ['Launch the mobile app for Android users by 2026-09-30', 'yyy'], // a named deliverable: done or not
  ['Ship the new billing integration within 8 weeks', 'yyy'],
  ['Convert 500 trial users to paid plans this quarter', 'yyy'],
  ['Improve the product', 'nnn'],
  ['Work on onboarding', 'nnn'],
  ['Be better at customer success', 'nnn'],
  // retail
  ['Increase average basket size by 8% in Q3 2026', 'yyy'],
  ['Reduce stock-outs in our 40 stores to under 2% by March 2027', 'yyy'],
  ['Open 3 new stores in the north region next year', 'yyy'],
  ['Cut shrinkage by 15 percent within 12 months', 'yyy'],
  ['Look into store layouts', 'nnn'],
  ['Sell more', 'nnn'],
  // healthcare
  ['Reduce average emergency wait time from 45 to 30 minutes by 2026-12-31', 'yyy'],
  ['Cut hospital readmissions within 30 days by 10% this year', 'yyy'],
  ['Raise patient satisfaction scores to 4.5 out of 5 by end of Q2', 'yyy'],
  ['Train 120 nurses in the new triage protocol within six months', 'yyy'],
  ['Explore telehealth options', 'nnn'],
  // manufacturing
  ['Increase line throughput by 12% by the end of the fiscal year', 'yyy'],
  ['Reduce defects per million from 350 to 200 within two quarters', 'yyy'],
  ['Cut unplanned downtime by 25% in 2026', 'yyy'],
  ['Produce 5% more units per week on line 3 by June', 'yyy'],
  ['Improve quality', 'nnn'],
  ['Optimize processes', 'nnn'],
  // HR
  ['Hire 10 new engineers by 2026-06-30', 'yyy'],
  ['Reduce voluntary turnover to below 8% by year-end', 'yyy'],
  ['Onboard every new hire within 5 business days', 'yny'],
  ['Raise employee engagement score from 62 to 70 by next survey in Q1 2027', 'yyy'],
  ['Foster a great culture', 'nnn'],
  ['Recruit talent', 'nnn'],
  // support
  ['Resolve 90% of tickets within 24 hours by the end of Q2', 'yyy'],
  ['Reduce first response time to 2 hours by March 31, 2027', 'yyy'],
  ['Answer customer emails faster', 'nnn'], // "faster" is open-ended: how much faster, by when?
  ['Lower the support backlog to 200 open tickets this month', 'yyy'],
  // finance / ops
  ['Reduce operating costs by $250k within the next 9 months', 'yyy'],
  ['Close 20 open audit findings by Q3', 'yyy'],
  ['Save 10% on logistics costs next year', 'yyy'],
  ['Be more efficient', 'nnn'],
  ['Improve receiving accuracy to 99.5% by 31 March 2027', 'yyy'],
  ['Reduce inventory write-offs from 3% to 1% this year', 'yyy'],
  // marketing / sales
  ['Generate 1,200 qualified leads per quarter starting Q2 2026', 'yyy'],
  ['Increase website conversion rate from 2.1% to 3% by end of 2026', 'yyy'],
  ['Win 15 enterprise customers in the DACH region by December', 'yyy'],
  ['Grow brand awareness', 'ynn'],
  ['Increase sales by 10%', 'yyn'],
  ['Increase sales by next quarter', 'yny'],
  ['Double the number of active users by 2027', 'yyy'],
  ['Publish 24 blog posts over the next 6 months', 'yyy'],
  ['Launch the partner program in Q3', 'yyy'],
  // tricky: years, spans and frequencies are not measures; rates are not deadlines
  ['Migrate all services to the new cluster in 2026', 'yyy'],
  ['Complete the ISO 9001 certification audit within three months', 'yyy'], // the ISO number is not a measure; the audit is
  ['Reduce monthly cloud spend', 'ynn'],
  ['Deliver weekly status reports to the board', 'yyn'], // "weekly status reports" names the reports, it is no cadence of the goal
  ['Maybe try to hire someone', 'nnn'],
];

const verdict = (t: string) => {
  const a = analyseGoal({ text: t }).criteria;
  return [a.specific, a.measurable, a.timeBound].map((c) => (c.met === 'yes' ? 'y' : c.met === 'no' ? 'n' : '?')).join('');
};

describe('the SMART analyser on real goal statements', () => {
  it(`has at least 60 statements`, () => expect(CASES.length).toBeGreaterThanOrEqual(60));
  it.each(CASES)('%s -> S M T = %s', (text, expected) => {
    expect(verdict(text)).toBe(expected);
  });
});

describe('reasons and hints', () => {
  it('quotes what it found', () => {
    const a = analyseGoal({ text: 'Increase customer satisfaction by 20% within the next year' });
    expect(a.criteria.measurable.reason).toBe('found "20%"');
    expect(a.criteria.timeBound.reason).toMatch(/^found "within the next year"/);
    expect(a.criteria.specific.reason).toContain('"increase"');
  });
  it('says what is missing, with a hint', () => {
    const a = analyseGoal({ text: 'Increase sales' });
    expect(a.criteria.measurable).toEqual({ met: 'no', reason: 'no number or metric', hint: 'add a number or metric' });
    expect(a.criteria.timeBound.hint).toBe('add a deadline');
    expect(a.criteria.relevant.hint).toMatch(/parent goal/);
  });
  it('gives every criterion no for an empty statement', () => {
    const a = analyseGoal({ text: '   ' });
    expect(a.score).toBe(0);
    expect(a.criteria.specific.reason).toBe('no goal text');
  });
});

describe('Relevant', () => {
  it('is met by a parent goal or a purpose clause', () => {
    expect(analyseGoal({ text: 'Increase sales by 10%', parent: 'G1' }).criteria.relevant.met).toBe('yes');
    expect(analyseGoal({ text: 'Cut costs by 5% so that we can fund the new plant' }).criteria.relevant.reason).toContain('"so that"');
    expect(analyseGoal({ text: 'Hire 3 analysts to support the revenue goal' }).criteria.relevant.met).toBe('yes');
    // Without a parent or a purpose it is unknown, never no: a company goal has no parent (smart.md).
    expect(analyseGoal({ text: 'Hire 3 analysts' }).criteria.relevant.met).toBe('unknown');
  });
});

describe('Time-bound from the deadline argument', () => {
  it('is met by a deadline, and not by one that has passed', () => {
    const a = analyseGoal({ text: 'Increase sales by 10%', deadline: serialFromParts(2026, 12, 31) });
    expect(a.criteria.timeBound).toEqual({ met: 'yes', reason: 'a deadline is set', hint: '' });
    const past = analyseGoal({ text: 'Increase sales by 10%', deadline: serialFromParts(2024, 12, 31), today: serialFromParts(2026, 11, 24) });
    expect(past.criteria.timeBound).toEqual({ met: 'no', reason: 'the deadline 2024-12-31 has passed', hint: 'set a deadline in the future' });
    // Without a today nothing is judged as past: the core never reads the clock.
    expect(analyseGoal({ text: 'Increase sales by 10%', deadline: serialFromParts(2024, 12, 31) }).criteria.timeBound.met).toBe('yes');
  });
});

describe('Achievable', () => {
  it('is unknown from text alone without a from-to pair', () => {
    expect(analyseGoal({ text: 'Increase sales by 10% by Q3 2026' }).criteria.achievable.met).toBe('unknown');
  });
  it('judges a from-to pair in the text: 3 times the start or more is not achievable', () => {
    expect(analyseGoal({ text: 'Reduce wait times from 30 to 24 minutes by Q3' }).criteria.achievable.met).toBe('yes');
    const big = analyseGoal({ text: 'Grow users from 1,000 to 5,000 by Q3' }).criteria.achievable;
    expect(big.met).toBe('no');
    expect(big.reason).toBe('"from 1,000 to 5,000": 5 times the start');
  });
  it('judges the change per period against the best change in the history', () => {
    const ok = analyseGoal({ text: 'Grow revenue', baseline: 100, target: 130, history: [80, 90, 100], periodsLeft: 3 });
    expect(ok.criteria.achievable.met).toBe('yes'); // needs 10 a period, best seen 10
    const tooMuch = analyseGoal({ text: 'Grow revenue', baseline: 100, target: 200, history: [80, 90, 100], periodsLeft: 2 });
    expect(tooMuch.criteria.achievable.met).toBe('no'); // needs 50 a period, more than twice 10
    expect(tooMuch.criteria.achievable.reason).toBe('needs 50 per period; the best change seen is 10');
    expect(analyseGoal({ text: 'x', baseline: 10, target: 50 }).criteria.achievable.met).toBe('no'); // +400 %, no history
  });
});

describe('warnings', () => {
  it('flags weak language, several goals, long statements and uncheckable words', () => {
    expect(analyseGoal({ text: 'We will try to increase sales by 10% by Q3' }).warnings.join()).toMatch(/Weak language: "try"/);
    expect(analyseGoal({ text: 'Increase sales by 10% and reduce costs by 5% by Q3' }).warnings.join()).toMatch(/Several goals/);
    expect(analyseGoal({ text: 'Increase sales '.repeat(25) }).warnings.join()).toMatch(/Long statement \(50 words\)/);
    expect(analyseGoal({ text: 'Implement the CRM properly by Q3' }).warnings.join()).toMatch(/"properly" cannot be checked/);
    expect(analyseGoal({ text: 'Increase sales by 10% by Q3 2026' }).warnings).toEqual([]);
  });
});

describe('score and SMART_CHECK text', () => {
  it('counts unknown as met, and says SMART exactly at 5', () => {
    const a = analyseGoal({ text: 'Increase sales revenue by 10% in the next quarter', parent: 'G1' });
    expect(a.criteria.achievable.met).toBe('unknown');
    expect(a.score).toBe(5);
    expect(smartCheckText(a)).toBe('SMART');
  });
  it('lists what is missing in S-M-A-R-T order with hints', () => {
    expect(smartCheckText(analyseGoal({ text: 'Increase customer satisfaction', parent: 'G1' }))).toBe(
      'Missing: Measurable (add a number or metric), Time-bound (add a deadline)',
    );
  });
  it('runs over 10,000 statements', () => {
    for (let i = 0; i < 10000; i++) {
      const s = analyseGoal({ text: CASES[i % CASES.length][0] + (i % 7 ? '' : ' so that we grow') }).score;
      expect(s >= 0 && s <= 5).toBe(true);
    }
  });
});

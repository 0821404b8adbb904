/**
 * What the cascade's use cases SAY (shared/cascade/useCases.ts, model.ts): every refusal, finding and result message a
 * user reads in the task pane or the sidebar, triggered through the exported use case on a hand-made workbook. Each
 * check names the facts the message must carry (the goal, KPI or sheet, the value given, what to do next), not the
 * whole sentence. templates.md / architecture.md: bad input gets a clear error that says what to fix, and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  checkGoals, goalTree, listGoals, listKpis, listNextCycle, listReviews, planAddGoal, planApplyTemplate, planCheckIn, planNextCycle,
  planRefresh, planReview, workbookSummary,
} from '../../shared/cascade/useCases';
import type { NewReview, WorkbookSnapshot } from '../../shared/host/port';
import { GOALS_HEADERS, KPIS_HEADERS } from '../../shared/templates/layout';
import { book, goal, kpi, kr, review, serial, settings } from './book';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const NO_CASCADE = /no goal cascade in this workbook yet: apply the template first/;

/** Two goals: G1 runs to the end of the year, G2 (red, half way) ended on 2026-06-30; each has one KPI. */
const goals = () => [
  goal({ ID: 'G1', Level: 'Company', Owner: 'Chief', Goal: 'Increase revenue to 12 million euros by 2026-12-31', Start: serial('2026-01-01'), Deadline: serial('2026-12-31'), 'Roll-up': 0.95, Status: 'Yellow' }),
  goal({ ID: 'G2', Level: 'Department', 'Parent ID': 'G1', Owner: 'Ana', Goal: 'Reduce returns to 5% by 2026-06-30', Start: serial('2026-01-01'), Deadline: serial('2026-06-30'), 'Roll-up': 0.5, Status: 'Red' }),
];
const kpis = () => [
  kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Revenue', Owner: 'Bo', Target: 12, Actual: 11, Deadline: serial('2026-12-31') }),
  kpi({ ID: 'K2', 'Goal ID': 'G2', KPI: 'Returns', Owner: 'Ana', Target: 5, 'Latest check-in': 7, Deadline: serial('2026-06-30') }),
];
const cascade = (g = goals(), k = kpis(), more: Parameters<typeof book>[0] = {}) => book({
  Goals: ['Goals', g], KPIs: ['KPIs', k], 'Check-ins': ['Check-ins', []], OKRs: ['OKRs', []], Review: ['Review', []], Settings: ['Settings', settings()], ...more,
});
/** The same cascade twice: the second one's sheets are "(2)" variants. */
const two = (activeSheet?: string) => {
  const a = cascade();
  const b = book({ 'Goals (2)': ['Goals', []], 'KPIs (2)': ['KPIs', []] });
  return { sheetNames: [...a.sheetNames, ...b.sheetNames], values: { ...a.values, ...b.values }, activeSheet };
};

describe('choosing the cascade (model.ts pickCascade)', () => {
  it('names the sheet asked for when it is gone, and says to pick again', () => {
    expect(() => listGoals(cascade(), 'Goals (7)')).toThrow(/no goal cascade with the sheet "Goals \(7\)".*pick one again/);
    expect(listGoals(cascade(), 'goals').map((g) => g.id)).toEqual(['G1', 'G2']); // the name in any case
  });

  it('with several cascades and no way to tell, counts and names them and says what to do', () => {
    expect(() => listGoals(two())).toThrow(/This workbook has 2 goal cascades \(Goals, Goals \(2\)\): pick the one to work in, or go to one of its sheets/);
    expect(() => listGoals(two('Sheet1'))).toThrow(/2 goal cascades/);
    expect(listGoals(two('kpis (2)'))).toEqual([]); // the active sheet's cascade, in any case
    expect(listGoals(two('KPIS')).map((g) => g.id)).toEqual(['G1', 'G2']);
  });
});

describe('the template and the refresh', () => {
  it('refuses a second apply unasked, naming the cascade there', () => {
    const { plan, result } = planApplyTemplate(cascade(), { template: 'cascade', exampleData: false }, 'playground', TODAY);
    expect(plan).toEqual({ addSheets: [] });
    expect(result.message).toMatch(/^Nothing was added: this workbook has a goal cascade already \(Goals\)/);
    expect(result.askSecondCascade).toMatch(/already \(Goals\)\. Add a second, separate cascade/);
    expect(planApplyTemplate(two(), { template: 'cascade', exampleData: false }, 'playground', TODAY).result.message).toContain('(Goals, Goals (2))');
  });

  it('lists the sheets it added, says whether with example data, and names the sheets it had to rename', () => {
    const all = 'Strategy, Goals, KPIs, Check-ins, OKRs, NPS, Review, Settings, Dashboard';
    const plain = planApplyTemplate(empty, { template: 'cascade', exampleData: false }, 'playground', TODAY).result;
    expect(plain.message).toBe(`Added the goal cascade: ${all}.`);
    expect(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).result.message).toBe(`Added the goal cascade with example data: ${all}.`);
    // The user's own "KPIs" and "Settings" (not ours: other headers) stay; ours get free names, and the message says which.
    const mine: WorkbookSnapshot = { sheetNames: ['KPIs', 'Settings'], values: { KPIs: [['Month', 'Sales']], Settings: [['Name']] } };
    const renamed = planApplyTemplate(mine, { template: 'cascade', exampleData: false }, 'playground', TODAY).result;
    expect(renamed.sheets).toContain('KPIs (2)');
    expect(renamed.message).toMatch(/Your own sheets were kept; ours got free names \(KPIs -> KPIs \(2\), Settings -> Settings \(2\)\)\.$/);
  });

  it('says which sheets were refreshed and as of when; a cascade without OKRs or Settings gets neither', () => {
    const { plan, result } = planRefresh(cascade(), 'playground', '2027-01-15');
    expect(result.message).toBe('Traffic lights refreshed on KPIs, Goals, OKRs; as of 2027-01-15.');
    expect(result).toMatchObject({ sheets: ['KPIs', 'Goals', 'OKRs'], asOf: '2027-01-15', rules: 12 }); // KPIs 6, Goals 3, OKRs 3
    expect(plan.writes).toEqual([{ sheet: 'Settings', blocks: [{ row: 5, col: 1, cells: [[{ date: '2027-01-15' }]] }] }]);
    const bare = planRefresh(book({ Goals: ['Goals', goals()], KPIs: ['KPIs', kpis()] }), 'playground', '2027-01-15');
    expect(bare.result.message).toBe('Traffic lights refreshed on KPIs, Goals; as of 2027-01-15.');
    expect(bare.result.rules).toBe(9);
    expect(bare.plan.writes).toEqual([]);
    expect(() => planRefresh(empty, 'playground', TODAY)).toThrow(NO_CASCADE);
  });
});

describe('the Goal wizard (planAddGoal)', () => {
  const wizard = { statement: 'Cut waiting time to 10 minutes by 2027-06-30', level: 'Team' as const, kpis: [{ name: 'Waiting time', target: 10 }] };

  it.each([
    [{ ...wizard, statement: '   ' }, /^Write the goal first\.$/],
    [{ ...wizard, parentId: 'G99' }, /The parent goal G99 is not in Goals\./],
  ])('refuses %o', (g, message) => {
    expect(() => planAddGoal(cascade(), g, 'playground', TODAY)).toThrow(message);
  });

  it('names the new goal, its KPIs and the sheet, and says when the template came first', () => {
    expect(planAddGoal(cascade(), { ...wizard, parentId: 'g2' }, 'playground', TODAY).result.message).toBe('Added goal G3 with K3 to Goals.');
    expect(planAddGoal(cascade(), { ...wizard, kpis: [{ name: 'A' }, { name: 'B' }] }, 'playground', TODAY).result.message).toMatch(/^Added goal G3 with K3, K4 to Goals\.$/);
    expect(planAddGoal(cascade(), { ...wizard, kpis: [] }, 'playground', TODAY).result.message).toBe('Added goal G3 to Goals.');
    expect(planAddGoal(empty, wizard, 'playground', TODAY).result.message).toBe('Added goal G1 with K1 to Goals (the goal cascade template was applied first).');
  });
});

describe('Check goals (checkGoals): each finding names the goal or KPI, what is wrong and where', () => {
  const msgs = (s: WorkbookSnapshot) => checkGoals(s).map((f) => `${f.severity}: ${f.message}`);

  it('without a cascade, and with a cascade but nothing in it', () => {
    expect(msgs(empty)).toEqual([expect.stringMatching(NO_CASCADE)]);
    expect(checkGoals(cascade([], []))).toEqual([{ severity: 'info', message: expect.stringMatching(/^Goals has no goals yet: write one in the Goal wizard, or type it into Goals/) }]);
  });

  it('a sound cascade has no finding', () => {
    expect(checkGoals(cascade())).toEqual([]);
  });

  it('a goal that is not SMART, a warning about its wording, and a goal with no KPI (not one measured through a child)', () => {
    const g = goals();
    g.push(goal({ ID: 'G3', Goal: 'Improve things' }));
    g.push(goal({ ID: 'G4', Goal: 'We will try to open 2 stores by 2026-12-31', Deadline: serial('2026-12-31') }));
    g.push(goal({ ID: 'G5', 'Parent ID': 'g4', Goal: 'Open a store in Lyon by 2026-12-31', Deadline: serial('2026-12-31') }));
    const k = [...kpis(), kpi({ ID: 'K3', 'Goal ID': 'g5', KPI: 'Stores', Owner: 'Bo', Target: 1, Deadline: serial('2026-12-31') })];
    const f = checkGoals(cascade(g, k));
    const of = (id: string) => f.filter((x) => x.message.startsWith(`${id}`));
    expect(of('G3:').map((x) => [x.severity, x.at])).toEqual([['warning', { sheet: 'Goals', row: 3, col: GOALS_HEADERS.indexOf('Goal') }]]);
    expect(of('G3:')[0].message).toMatch(/^G3: Missing: Specific/);
    expect(of('G4:').filter((x) => x.severity === 'info').map((x) => x.message)).toEqual([expect.stringMatching(/^G4: Weak language: "try"/)]);
    expect(of('G3 ')).toEqual([{ severity: 'error', message: 'G3 has no KPI: add one that measures it.', at: { sheet: 'Goals', row: 3, col: 0 } }]);
    expect(of('G4 ')).toEqual([]); // G5 (parent typed "g4") measures it
    expect(of('G5 ')).toEqual([]); // K3's goal typed "g5"
  });

  it('a KPI without owner, target or deadline, by its ID or else its name, at the cell to fill', () => {
    const k = [
      kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Revenue', Target: 12, Deadline: serial('2026-12-31') }),
      kpi({ 'Goal ID': 'G2', KPI: 'Returns', Owner: 'Ana' }),
    ];
    const f = checkGoals(cascade(goals(), k));
    const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
    expect(f).toEqual([
      { severity: 'error', message: 'K1 has no owner.', at: { sheet: 'KPIs', row: 1, col: K('Owner') } },
      { severity: 'error', message: 'Returns has no target.', at: { sheet: 'KPIs', row: 2, col: K('Target') } },
      { severity: 'error', message: 'Returns has no deadline.', at: { sheet: 'KPIs', row: 2, col: K('Deadline') } },
    ]);
  });

  it('an overdue KPI, with the day it fell due and who to ask', () => {
    const k = kpis();
    k[0][KPIS_HEADERS.indexOf('Check')] = 'Overdue: check in';
    k[0][KPIS_HEADERS.indexOf('Next update due')] = serial('2026-11-11');
    k[1][KPIS_HEADERS.indexOf('Check')] = 'overdue';
    k[1][KPIS_HEADERS.indexOf('Owner')] = '';
    const f = checkGoals(cascade(goals(), k)).filter((x) => /overdue/.test(x.message));
    expect(f).toEqual([
      { severity: 'warning', message: 'K1 is overdue for a check-in since 2026-11-11: ask Bo.', at: { sheet: 'KPIs', row: 1, col: KPIS_HEADERS.indexOf('Check') } },
      { severity: 'warning', message: 'K2 is overdue for a check-in: ask its owner (none is set).', at: { sheet: 'KPIs', row: 2, col: KPIS_HEADERS.indexOf('Check') } },
    ]);
  });

  it('a person or team over the Settings limit and an objective with too many key results, each with its count and limit', () => {
    const k = [
      kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Revenue', Owner: 'Bo', Team: 'Sales', Target: 12, Deadline: serial('2026-12-31') }),
      kpi({ ID: 'K2', 'Goal ID': 'G2', KPI: 'Returns', Owner: 'Ana', Team: 'Sales', Target: 5, Deadline: serial('2026-06-30') }),
      kpi({ ID: 'K3', 'Goal ID': 'G2', KPI: 'Refunds', Owner: 'Ana', Team: 'Sales', Target: 5, Deadline: serial('2026-06-30') }),
    ];
    const okrs = [kr({ 'Objective ID': 'O1' }), kr({ 'Objective ID': 'O1' }), kr({ 'Objective ID': 'O1' }), kr({ 'Objective ID': 'O2' }), kr({ 'Objective ID': 'O2' }), kr({}), kr({}), kr({})];
    const s = cascade(goals(), k, { OKRs: ['OKRs', okrs], Settings: ['Settings', settings({ maxKpisPerPerson: 1, maxKpisPerTeam: 2, maxKeyResults: 2 })] });
    expect(checkGoals(s)).toEqual([
      { severity: 'warning', message: 'Ana owns 2 KPIs; the limit is 1.', at: { sheet: 'KPIs', row: 2, col: KPIS_HEADERS.indexOf('Owner') } },
      { severity: 'warning', message: 'Sales has 3 KPIs; the limit is 2.', at: { sheet: 'KPIs', row: 1, col: KPIS_HEADERS.indexOf('Team') } },
      { severity: 'warning', message: 'Objective O1 has 3 key results; keep it to 2.', at: { sheet: 'OKRs', row: 1, col: 0 } },
    ]);
    // Without Settings values the template's defaults hold (5 per person, 7 per team, 5 key results): nothing to say.
    expect(checkGoals(cascade(goals(), k, { OKRs: ['OKRs', okrs] }))).toEqual([]);
  });
});

describe('Check in (listKpis, planCheckIn)', () => {
  it('says what to do when there is no cascade, no log sheet or no KPI', () => {
    expect(listKpis(empty, TODAY)).toEqual({ kpis: [], message: expect.stringMatching(NO_CASCADE) });
    expect(listKpis(book({ Goals: ['Goals', goals()], KPIs: ['KPIs', kpis()] }), TODAY))
      .toEqual({ kpis: [], message: expect.stringMatching(/has no Check-ins sheet.*apply the template again/) });
    const none = listKpis(cascade(goals(), []), TODAY);
    expect(none.message).toMatch(/^KPIs has no KPIs yet: add a goal with its KPIs in the Goal wizard first\.$/);
    expect(none.log).toEqual({ sheet: 'Check-ins' });
    expect(listKpis(cascade(), TODAY).message).toBeUndefined();
  });

  const log = { sheet: 'Check-ins' };
  it.each([
    [{ kpiId: ' ', value: 1 }, log, /^Pick the KPI you are checking in\.$/],
    [{ kpiId: 'K9', value: 1 }, log, /There is no KPI K9 in the cascade: pick one from the list\./],
    [{ kpiId: 'k1', value: Number.POSITIVE_INFINITY }, log, /The value for K1 must be a number\./],
    [{ kpiId: 'K1', value: '5' as unknown as number }, log, /K1 must be a number/],
    [{ kpiId: 'K1', value: 1, date: '2026-1-5' }, log, /"2026-1-5" is not a date: use YYYY-MM-DD\./],
    [{ kpiId: 'K1', value: 1, date: '2026-02-29' }, log, /"2026-02-29" is not a date/],
    [{ kpiId: 'K1', value: 1, date: '2026-11-25' }, log, /2026-11-25 is in the future: .*\(today is 2026-11-24\)/],
    [{ kpiId: 'K1', value: 1, confidence: 'Good' as 'On track' }, log, /Confidence must be one of On track, At risk, Off track\./],
    [{ kpiId: 'K1', value: 1 }, undefined, /no Check-ins sheet in this workbook yet: apply the template first/],
  ])('refuses %o', (entry, where, message) => {
    expect(() => planCheckIn(entry, ['K1', 'K2'], where, 'sheets', TODAY)).toThrow(message);
  });

  it('says what it recorded: the KPI as listed, the value, the date and the confidence when given', () => {
    expect(planCheckIn({ kpiId: 'k2', value: 6.5, date: ' ' }, ['K1', 'K2'], log, 'sheets', TODAY).result)
      .toEqual({ kpiId: 'K2', date: TODAY, message: 'Checked in K2: 6.5 on 2026-11-24.' });
    expect(planCheckIn({ kpiId: 'K2', value: 6, date: '2026-11-20', confidence: 'Off track' }, ['K1', 'K2'], log, 'sheets', TODAY).result.message)
      .toBe('Checked in K2: 6 on 2026-11-20 (Off track).');
  });
});

describe('the goal tree', () => {
  it('says what to do with no cascade or no goals, and names the goals whose parents go round', () => {
    expect(goalTree(empty)).toEqual({ goals: [], message: expect.stringMatching(NO_CASCADE) });
    expect(goalTree(cascade([], kpis()))).toEqual({ goals: [], message: 'Goals has no goals yet: add one with the Goal wizard.' });
    const g = goals();
    g[0][GOALS_HEADERS.indexOf('Parent ID')] = 'G2';
    expect(goalTree(cascade(g)).message).toBe('The parent IDs of G1, G2 go round in a cycle: fix one Parent ID in Goals.');
    expect(goalTree(cascade()).message).toBeUndefined();
  });
});

describe('Review (listReviews, planReview)', () => {
  it('says what to do with no cascade, no Review sheet, or nothing to review', () => {
    expect(listReviews(empty, TODAY)).toEqual({ goals: [], message: expect.stringMatching(NO_CASCADE) });
    expect(listReviews(book({ Goals: ['Goals', goals()] }), TODAY).message).toMatch(/has no Review sheet: apply the template again/);
    expect(listReviews(cascade(), '2026-06-30').message).toBe('No goal waits for a review: every goal past its deadline (before 2026-06-30) has its row in Review.');
    expect(listReviews(cascade(), TODAY).message).toBeUndefined();
  });

  const reviewed = () => cascade(goals(), kpis(), { Review: ['Review', [review({ 'Goal ID': 'g2', Result: 'Done' })]] });
  const noDeadline = () => cascade([...goals(), goal({ ID: 'G3', Goal: 'Hire 2 nurses', 'Roll-up': 1, Status: 'Green' })]);
  const noRollup = () => cascade([...goals(), goal({ ID: 'G3', Goal: 'Hire 2 nurses', Deadline: serial('2026-03-31') })]);
  it.each([
    ['no cascade', empty, { goalId: 'G2' }, NO_CASCADE],
    ['no Review sheet', book({ Goals: ['Goals', goals()], KPIs: ['KPIs', kpis()] }), { goalId: 'G2' }, /This cascade has no Review sheet: apply the template again/],
    ['no goal picked', cascade(), { goalId: '  ' }, /^Pick the goal you are reviewing\.$/],
    ['an unknown goal', cascade(), { goalId: 'G9', why: 'x' }, /^There is no goal G9 in Goals\.$/],
    ['a goal reviewed already', reviewed(), { goalId: 'G2', why: 'x' }, /^G2 has been reviewed already: its row is in Review\.$/],
    ['a goal without deadline', noDeadline(), { goalId: 'G3' }, /^G3 has no deadline: a goal is reviewed once its deadline has passed\.$/],
    ['a goal still running', cascade(), { goalId: 'g1' }, /^G1's deadline 2026-12-31 has not passed yet \(today is 2026-11-24\): review it after the deadline\.$/],
    ['a red goal without why', cascade(), { goalId: 'G2', why: ' ' }, /^G2 is red at its deadline: answer "Why did we succeed or fail\?" before saving/],
    ['no roll-up and no grade', noRollup(), { goalId: 'G3' }, /^G3 has no roll-up to suggest a grade from: give it a grade from 0\.0 to 1\.0\.$/],
    ['a grade below 0', cascade(), { goalId: 'G2', why: 'x', grade: -0.1 }, /The grade must be a number from 0\.0 to 1\.0 \(1\.0 = fully achieved\); -0\.1 is not\./],
    ['a grade above 1', cascade(), { goalId: 'G2', why: 'x', grade: 1.01 }, /; 1\.01 is not\./],
    ['a grade that is text', cascade(), { goalId: 'G2', why: 'x', grade: '0.5' as unknown as number }, /; 0\.5 is not\./],
    ['an endless grade', cascade(), { goalId: 'G2', why: 'x', grade: Number.POSITIVE_INFINITY }, /; Infinity is not\./],
    ['a grade that is no number', cascade(), { goalId: 'G2', why: 'x', grade: Number.NaN }, /; NaN is not\./],
  ] as [string, WorkbookSnapshot, NewReview, RegExp][])('refuses %s', (_, s, r, message) => {
    expect(() => planReview(s, r, 'playground', TODAY)).toThrow(message);
  });

  it('a deadline that is today has not passed; the day after it has', () => {
    expect(() => planReview(cascade(), { goalId: 'G1' }, 'playground', '2026-12-31')).toThrow(/has not passed yet \(today is 2026-12-31\)/);
    expect(planReview(cascade(), { goalId: 'G1' }, 'playground', '2027-01-01').result.goalId).toBe('G1');
  });

  it('says what it saved: the goal, the result, the grade and the sheet', () => {
    expect(planReview(cascade(), { goalId: 'g2', why: 'Late scanners' }, 'playground', TODAY).result)
      .toEqual({ goalId: 'G2', grade: 0.5, message: 'Reviewed G2: 50 % of target, Red at the deadline; grade 0.5. The row is in Review.' });
    expect(planReview(cascade(), { goalId: 'G2', why: 'x', grade: 1, result: ' Met in 3 of 4 stores ' }, 'playground', TODAY).result.message)
      .toBe('Reviewed G2: Met in 3 of 4 stores; grade 1.0. The row is in Review.');
    expect(planReview(noRollup(), { goalId: 'G3', grade: 0 }, 'playground', TODAY).result.message)
      .toBe('Reviewed G3: No roll-up (no KPI measured it); grade 0.0. The row is in Review.');
  });
});

describe('Next cycle (listNextCycle, planNextCycle)', () => {
  it('says what is wrong with a goal it cannot carry on, and what to do with none', () => {
    expect(listNextCycle(empty, TODAY)).toEqual({ goals: [], message: expect.stringMatching(NO_CASCADE) });
    const g = goals();
    g[0][GOALS_HEADERS.indexOf('Start')] = '';
    g[1][GOALS_HEADERS.indexOf('Start')] = serial('2026-07-01'); // the day after its deadline
    const l = listNextCycle(cascade(g), TODAY);
    expect(l.goals.map((c) => [c.id, c.problem])).toEqual([
      ['G2', 'G2 starts after its deadline: fix its dates first.'],
      ['G1', 'G1 has no start date: type one in Goals first.'],
    ]);
    expect(l.message).toBeUndefined();
    expect(listNextCycle(cascade(goals()), TODAY).goals.map((c) => c.problem)).toEqual([undefined, undefined]);
    const undated = [goal({ ID: 'G1', Goal: 'Hire 2 nurses' })];
    expect(listNextCycle(cascade(undated), TODAY)).toEqual({ goals: [], message: 'No goal in Goals has a deadline yet: there is no cycle to follow.' });
  });

  const later = () => {
    const g = goals();
    g.push(goal({ ID: 'G3', Goal: 'Hire 2 nurses' }));
    g.push(goal({ ID: 'G4', Goal: 'Open a store', Deadline: serial('2026-06-30') }));
    g.push(goal({ ID: 'G5', Goal: 'Open a shop', Start: serial('2026-07-01'), Deadline: serial('2026-06-30') }));
    return cascade(g);
  };
  it.each([
    [empty, ['G1'], NO_CASCADE],
    [cascade(), [' ', ''], /^Choose the goals to carry on into the next cycle\.$/],
    [cascade(), ['G8', 'g1', 'g9'], /^There is no goal G8, G9 in Goals\.$/],
    [later(), ['G3'], /^G3 has no deadline: there is no period to follow\.$/],
    [later(), ['G4'], /^G4 has no start date, so the next period's length is unknown: type its start in Goals first\.$/],
    [later(), ['G5'], /^G5 starts after its deadline: fix its dates first\.$/],
  ])('refuses %#: %o', (s, ids, message) => {
    expect(() => planNextCycle(s as WorkbookSnapshot, ids, 'playground', TODAY)).toThrow(message);
  });

  it('says what it started: each copy and its source, the KPI copies, the new period', () => {
    expect(planNextCycle(cascade(), ['g2'], 'playground', TODAY).result.message)
      .toBe('Next cycle started: G3 (from G2) with K3, from 2026-07-01 to 2026-12-31. The finished goals stay as they were.');
    // Several goals: their periods differ, so only the first start is named.
    expect(planNextCycle(cascade(), ['G1', 'G2'], 'playground', TODAY).result.message)
      .toBe('Next cycle started: G3 (from G1), G4 (from G2) with K3, K4, from 2027-01-01. The finished goals stay as they were.');
    expect(planNextCycle(cascade(goals(), []), ['G2'], 'playground', TODAY).result.message)
      .toBe('Next cycle started: G3 (from G2), from 2026-07-01 to 2026-12-31. The finished goals stay as they were.');
  });
});

describe('Home (workbookSummary)', () => {
  it('with no cascade says there is no template; with one, counts its goals and the work waiting', () => {
    expect(workbookSummary(empty, TODAY)).toEqual({ template: false, cascades: 0, goals: 0, overdueKpis: 0, reviewsDue: 0 });
    const k = kpis();
    k[0][KPIS_HEADERS.indexOf('Next update due')] = serial('2026-11-23');
    expect(workbookSummary(cascade(goals(), k), TODAY)).toEqual({ template: true, cascades: 1, cascade: 'Goals', goals: 2, overdueKpis: 1, reviewsDue: 1 });
  });
});

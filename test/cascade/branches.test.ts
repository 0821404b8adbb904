/**
 * The two sides of the cascade's decisions (shared/cascade/model.ts, useCases.ts), each seen in what a use case returns:
 * which sheets are ours, how cells are read, the defaults the wizard writes, what Check in and Review list and in what
 * order, the row a review goes to and what Next cycle copies. Expected values are worked out by hand from the rows
 * typed below and templates.md.
 */
import { describe, expect, it } from 'vitest';
import {
  checkGoals, goalTree, listCascades, listGoals, listKpis, listNextCycle, listReviews, nextPeriod, planAddGoal, planApplyTemplate, planCheckIn, planNextCycle,
  planReview,
} from '../../shared/cascade/useCases';
import { readSetting } from '../../shared/cascade/model';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { GOALS_HEADERS, KPIS_HEADERS, REVIEW_HEADERS } from '../../shared/templates/layout';
import { book, goal, kpi, kr, review, serial, settings } from './book';

const TODAY = '2026-11-24';
const cascade = (g: unknown[][], k: unknown[][] = [], more: Parameters<typeof book>[0] = {}) => book({
  Goals: ['Goals', g], KPIs: ['KPIs', k], 'Check-ins': ['Check-ins', []], OKRs: ['OKRs', []], Review: ['Review', []], Settings: ['Settings', settings()], ...more,
});

describe('which sheets are ours (model.ts)', () => {
  it('by name (any case, "(n)" variants only) and by their first three headers (any case), nothing else', () => {
    const s: WorkbookSnapshot = {
      sheetNames: ['My Goals', 'goals', 'KPIs (2)', 'Goals (2) old', 'Goals copy', 'Review', 'Settings', 'OKRs'],
      values: {
        'My Goals': [[...GOALS_HEADERS]], 'Goals (2) old': [[...GOALS_HEADERS]], 'Goals copy': [[...GOALS_HEADERS]],
        goals: [['id', 'LEVEL', 'Parent id', 'Notes']], // the fourth header is not looked at
        'KPIs (2)': [[...KPIS_HEADERS]],
        Review: [['Goal ID', 'Goal', 'Notes']], // a user's sheet: the third header differs
        OKRs: [], // no header row at all
        // Settings: listed but not read
      },
      activeSheet: 'KPIS (2)',
    };
    expect(listCascades(s)).toEqual([{ goals: 'goals', sheets: ['goals', 'KPIs (2)'], active: true }]);
  });

  it('a second set without a sheet of its own kind shares the first set\'s; the active flag follows the sheet the user is on', () => {
    const s = book({ Goals: ['Goals', []], KPIs: ['KPIs', []], 'KPIs (2)': ['KPIs', []], Settings: ['Settings', []], 'Goals (2)': ['Goals', []] });
    expect(listCascades({ ...s, activeSheet: 'kpis (2)' })).toEqual([
      { goals: 'Goals', sheets: ['Goals', 'KPIs', 'Settings'], active: false },
      { goals: 'Goals (2)', sheets: ['Goals (2)', 'KPIs (2)', 'Settings'], active: true },
    ]);
    expect(listCascades({ ...s, activeSheet: 'SETTINGS' }).map((c) => c.active)).toEqual([true, true]);
    expect(listCascades({ ...s, activeSheet: 'Sheet1' }).map((c) => c.active)).toEqual([false, false]);
  });
});

describe('reading cells (model.ts)', () => {
  it('skips rows without an ID, keeps row numbers, trims, and reads null or missing cells as blank', () => {
    const s = book({ Goals: ['Goals', [goal({ ID: 'G1', Level: 'Company', Goal: 'A' }), goal({ Goal: 'no ID' }), [' g2 ', null, 'G1', null, null, ' B ']] as unknown[][]] });
    expect(listGoals(s)).toEqual([
      { id: 'G1', statement: 'A', level: 'Company', parentId: undefined, at: { sheet: 'Goals', row: 1, col: 0 } },
      { id: 'g2', statement: 'B', level: undefined, parentId: 'G1', at: { sheet: 'Goals', row: 3, col: 0 } },
    ]);
  });

  it('a setting is the number typed in Settings, else the template default; a setting without a numeric default has none', () => {
    expect(readSetting([[], ...settings({ maxKeyResults: 3 })], 'maxKeyResults')).toBe(3);
    expect(readSetting([[], ...settings({ maxKeyResults: '3' })], 'maxKeyResults')).toBe(5);
    expect(readSetting(undefined, 'maxKpisPerTeam')).toBe(7);
    expect(readSetting(undefined, 'asOf')).toBeUndefined();
  });
});

describe('the Goal wizard\'s rows (planAddGoal)', () => {
  const base = () => cascade([goal({ ID: 'G2', Goal: 'A' }), goal({ ID: 'g7', Goal: 'B' }), goal({ ID: 'GX', Goal: 'C' })], [kpi({ ID: 'K1', 'Goal ID': 'G2', KPI: 'N' })]);

  it('writes what was given, in the sheet\'s column order', () => {
    const { plan, result } = planAddGoal(base(), {
      statement: ' Cut costs by 5% ', level: 'Team', parentId: 'G7', team: 'Ops', owner: 'Cy', start: '2026-02-01', deadline: '2026-12-31', weight: 2,
      kpis: [{ name: 'Cost', definition: 'Euros spent', unit: 'EUR', type: 'Leading', direction: 'Lower', frequency: 'Weekly', owner: 'Di', baseline: 1, target: 2, actual: 3 }],
    }, 'playground', TODAY);
    expect(result).toMatchObject({ goalId: 'G8', kpiIds: ['K2'], appliedTemplate: false }); // after g7, whatever its case; GX is no number
    expect(plan.writes).toEqual([
      { sheet: 'Goals', blocks: [{ row: 4, col: 0, cells: [['G8', 'Team', 'G7', 'Ops', 'Cy', 'Cut costs by 5%', { date: '2026-02-01' }, { date: '2026-12-31' }, 2]] }] },
      { sheet: 'KPIs', blocks: [{ row: 2, col: 0, cells: [['K2', 'G8', 'Cost', 'Euros spent', 'EUR', 'Leading', 'Lower', 'Weekly', 'Di', 1, 2, 3, { date: '2026-02-01' }, { date: '2026-12-31' }]] }] },
    ]);
    expect(plan.select).toEqual({ sheet: 'Goals', row: 4, col: 5 });
  });

  it('fills the defaults: no parent, team or deadline, start today, weight 1, a lagging monthly KPI owned by the goal\'s owner', () => {
    const w = planAddGoal(base(), { statement: 'S', level: 'Team', owner: 'Cy', kpis: [{ name: 'N' }, { name: 'M', owner: 'Di' }] }, 'playground', TODAY).plan.writes!;
    expect(w[0].blocks[0].cells[0]).toEqual(['G8', 'Team', null, null, 'Cy', 'S', { date: TODAY }, null, 1]);
    expect(w[1].blocks.map((b) => [b.row, b.cells[0]])).toEqual([
      [2, ['K2', 'G8', 'N', null, null, 'Lagging', 'Higher', 'Monthly', 'Cy', null, null, null, { date: TODAY }, null]],
      [3, ['K3', 'G8', 'M', null, null, 'Lagging', 'Higher', 'Monthly', 'Di', null, null, null, { date: TODAY }, null]],
    ]);
    const ownerless = planAddGoal(base(), { statement: 'S', level: 'Team', kpis: [{ name: 'N' }] }, 'playground', TODAY).plan.writes!;
    expect(ownerless[0].blocks[0].cells[0][4]).toBeNull();
    expect(ownerless[1].blocks[0].cells[0][8]).toBeNull();
  });

  it('goes below the last row with an input typed; a row with only computed cells (Status) is free', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'A' }), goal({}), goal({ ID: 'G2', Goal: 'B' }), goal({ Status: 'Red', Check: 'No KPI' })]);
    expect(planAddGoal(s, { statement: 'S', level: 'Team', kpis: [] }, 'playground', TODAY).plan.writes![0].blocks[0].row).toBe(4);
    const header = cascade([]);
    expect(planAddGoal(header, { statement: 'S', level: 'Team', kpis: [{ name: 'N' }] }, 'playground', TODAY).plan.writes!.map((x) => [x.sheet, x.blocks[0].row]))
      .toEqual([['Goals', 1], ['KPIs', 1]]);
  });
});

describe('Check goals: what counts', () => {
  const g3 = (target: unknown, goalId = 'G3') => cascade(
    [goal({ ID: 'G1', Goal: 'Increase revenue to 12 million euros by 2026-12-31', Deadline: serial('2026-12-31') }),
      goal({ ID: 'G3', 'Parent ID': 'G1', Goal: 'Increase customer satisfaction by 2026-12-31', Deadline: serial('2026-12-31') })],
    [kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Revenue', Owner: 'Bo', Target: 12, Deadline: serial('2026-12-31') }),
      kpi({ ID: 'K3', 'Goal ID': goalId, KPI: 'Satisfaction', Owner: 'Bo', Target: target, Deadline: serial('2026-12-31') })],
  );
  const smart = (s: WorkbookSnapshot) => checkGoals(s).filter((f) => f.message.startsWith('G3:')).map((f) => f.message);

  it('a goal without a number is measured by a linked KPI with a target, and only by one with a target', () => {
    expect(smart(g3(8))).toEqual([]);
    expect(smart(g3(0))).toEqual([]);
    expect(smart(g3(''))).toEqual(['G3: Missing: Measurable (add a number or metric)']);
    expect(smart(g3(null))).toEqual(['G3: Missing: Measurable (add a number or metric)']);
  });

  it('a KPI linked by the goal ID in another case measures it too, as it counts for "has a KPI"', () => {
    expect(checkGoals(g3(8, 'g3')).map((f) => f.message)).toEqual([]);
  });

  it('counts KPIs per owner and team only where one is typed', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'x' })], [kpi({ ID: 'K1', 'Goal ID': 'G1', Owner: 'Bo', Target: 1, Deadline: 1 }), kpi({ ID: 'K2', 'Goal ID': 'G1', Target: 1, Deadline: 1 }),
      kpi({ 'Goal ID': 'G1', Owner: 'Bo' })], // a row with neither ID nor name is no KPI
    { Settings: ['Settings', settings({ maxKpisPerPerson: 0, maxKpisPerTeam: 0 })] });
    expect(checkGoals(s).filter((f) => / (owns|has) \d+ KPIs/.test(f.message)).map((f) => f.message)).toEqual(['Bo owns 1 KPIs; the limit is 0.']);
    expect(checkGoals(s).map((f) => f.message)).toContain('K2 has no owner.');
  });

  it('an objective at its limit is fine; rows without an objective are not key results', () => {
    const s = cascade([], [], { OKRs: ['OKRs', [kr({ 'Objective ID': 'O1' }), kr({ 'Objective ID': 'O1' }), kr({}), kr({})]] });
    s.values.Goals.push(goal({ ID: 'G1', Goal: 'Open a shop in Lyon by 2026-12-31', Deadline: serial('2026-12-31') }));
    s.values.KPIs.push(kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Shops', Owner: 'Bo', Target: 1, Deadline: 1 }));
    s.values.Settings = [[...s.values.Settings[0]], ...settings({ maxKeyResults: 2 })];
    expect(checkGoals(s).filter((f) => f.message.startsWith('Objective'))).toEqual([]);
  });
});

describe('Check in: the list and the row', () => {
  const k = [
    kpi({ ID: 'K1', KPI: 'Revenue', Owner: 'Bo', Unit: 'EUR', Actual: 11, 'Next update due': serial(TODAY) }), // due today: not overdue yet
    kpi({ ID: 'K2', KPI: 'Returns', Actual: 9, 'Latest check-in': 7, 'Next update due': serial('2026-11-20') }),
    kpi({ ID: 'K3', KPI: 'Refunds', 'Next update due': serial('2026-11-10') }),
    kpi({ ID: 'K4', KPI: 'Visits', Actual: 'n/a' }),
    kpi({ KPI: 'No ID yet', 'Next update due': serial('2026-01-01') }),
  ];

  it('lists the overdue KPIs first by due date, then the others in sheet order, each with its current value', () => {
    const l = listKpis(cascade([], k), TODAY);
    expect(l.kpis).toEqual([
      { id: 'K3', name: 'Refunds', owner: '', unit: '', nextDue: '2026-11-10', overdue: true, current: undefined, at: { sheet: 'KPIs', row: 3, col: 0 } },
      { id: 'K2', name: 'Returns', owner: '', unit: '', nextDue: '2026-11-20', overdue: true, current: 7, at: { sheet: 'KPIs', row: 2, col: 0 } },
      { id: 'K1', name: 'Revenue', owner: 'Bo', unit: 'EUR', nextDue: TODAY, overdue: false, current: 11, at: { sheet: 'KPIs', row: 1, col: 0 } },
      { id: 'K4', name: 'Visits', owner: '', unit: '', nextDue: undefined, overdue: false, current: undefined, at: { sheet: 'KPIs', row: 4, col: 0 } },
    ]);
  });

  it('names the log\'s table when the workbook has one on the log sheet', () => {
    const s = cascade([], k);
    expect(listKpis({ ...s, tables: [{ name: 'GoalpostKPIs', sheet: 'KPIs', row: 0, rows: 6 }] }, TODAY).log).toEqual({ sheet: 'Check-ins' });
    expect(listKpis({ ...s, tables: [{ name: 'GoalpostCheckins', sheet: 'Check-ins', row: 0, rows: 1 }] }, TODAY).log).toEqual({ sheet: 'Check-ins', table: 'GoalpostCheckins' });
  });

  it('writes the note and who trimmed, blanks as empty cells; appends to the table in Excel only', () => {
    const withTable = { sheet: 'Check-ins', table: 'GoalpostCheckins' };
    const a = planCheckIn({ kpiId: 'K1', value: 3, note: '  ', who: ' Ana ' }, ['K1'], withTable, 'sheets', TODAY).plan.writes!;
    expect(a).toEqual([{ sheet: 'Check-ins', blocks: [{ row: 0, col: 0, cells: [[{ date: TODAY }, 'K1', 3, null, null, 'Ana']], appendBelowData: true }] }]);
    expect(planCheckIn({ kpiId: 'K1', value: 3 }, ['K1'], { sheet: 'Check-ins' }, 'excel', TODAY).plan.writes![0].blocks[0])
      .toEqual({ row: 0, col: 0, cells: [[{ date: TODAY }, 'K1', 3, null, null, null]], appendBelowData: true });
    expect(planCheckIn({ kpiId: 'K1', value: 3 }, ['K1'], withTable, 'excel', TODAY).plan.writes![0].blocks[0])
      .toEqual({ row: 0, col: 0, cells: [[{ date: TODAY }, 'K1', 3, null, null, null]], appendToTable: 'GoalpostCheckins' });
  });
});

describe('the goal tree\'s nodes', () => {
  it('carry level, parent, status and roll-up only when the sheet has them; parents match in any case', () => {
    const t = goalTree(cascade([
      goal({ ID: 'G1', Level: 'Company', Goal: 'A', Status: 'green', 'Roll-up': 1.1 }),
      goal({ ID: 'G2', 'Parent ID': 'g1', Goal: 'B', Status: 'Amber', 'Roll-up': '' }),
      goal({ ID: 'G3', 'Parent ID': 'G9', Goal: 'C', Status: 'RED', 'Roll-up': 0 }),
      goal({ ID: 'G4', 'Parent ID': 'G2', Goal: 'D', 'Roll-up': Number.NaN }),
    ]));
    expect(t).toStrictEqual({
      goals: [
        { id: 'G1', statement: 'A', depth: 0, level: 'Company', status: 'Green', rollup: 1.1, at: { sheet: 'Goals', row: 1, col: 0 } },
        { id: 'G2', statement: 'B', depth: 1, parentId: 'g1', at: { sheet: 'Goals', row: 2, col: 0 } },
        { id: 'G4', statement: 'D', depth: 2, parentId: 'G2', at: { sheet: 'Goals', row: 4, col: 0 } },
        { id: 'G3', statement: 'C', depth: 0, parentId: 'G9', status: 'Red', rollup: 0, at: { sheet: 'Goals', row: 3, col: 0 } },
      ],
    });
  });
});

describe('Review: the list and the row', () => {
  const goals = () => [
    goal({ ID: 'G1', Owner: 'Ana', Goal: 'A', Deadline: serial('2026-06-30'), 'Roll-up': 0.76, Status: 'Yellow' }),
    goal({ ID: 'G2', Goal: 'B', Deadline: serial('2026-03-31') }),
    goal({ ID: 'G3', Goal: 'C', Deadline: serial(TODAY), 'Roll-up': 1 }),
    goal({ ID: 'G4', Goal: 'D' }),
    goal({ ID: 'G5', Goal: 'E', Deadline: serial('2026-01-31'), 'Roll-up': 1 }),
  ];

  it('lists the goals past their deadline without a Review row, earliest first, with roll-up, grade and status when known', () => {
    const s = cascade(goals(), [], { Review: ['Review', [review({ 'Goal ID': 'g5' })]] });
    expect(listReviews(s, TODAY)).toStrictEqual({
      goals: [
        { id: 'G2', statement: 'B', owner: '', deadline: '2026-03-31', at: { sheet: 'Goals', row: 2, col: 0 } },
        { id: 'G1', statement: 'A', owner: 'Ana', deadline: '2026-06-30', rollup: 0.76, grade: 0.8, status: 'Yellow', at: { sheet: 'Goals', row: 1, col: 0 } },
      ],
    });
  });

  it('writes the five answers in the questions\' order, and the roll-up and status at the deadline (blank when unknown)', () => {
    const r = { goalId: 'G1', why: ' Late ', worked: 'W', better: 'B', keep: ' ', next: 'N' };
    expect(planReview(cascade(goals()), r, 'playground', TODAY).plan).toEqual({
      addSheets: [], writes: [{ sheet: 'Review', blocks: [{ row: 1, col: 0, cells: [['G1', null, null, '76 % of target, Yellow at the deadline', 'Late', 'W', 'B', null, 'N', 0.76, 'Yellow', 0.8]] }] }],
      select: { sheet: 'Review', row: 1, col: 0 },
    });
    expect(planReview(cascade(goals()), { goalId: 'G2', grade: 0.3 }, 'playground', TODAY).plan.writes![0].blocks[0].cells[0])
      .toEqual(['G2', null, null, 'No roll-up (no KPI measured it)', null, null, null, null, null, null, null, 0.3]);
  });

  it('a Review sheet of the older nine columns gets the grade in its Result text and nothing past its last column', () => {
    const s = cascade(goals());
    s.values.Review = [REVIEW_HEADERS.slice(0, 9)];
    expect(planReview(s, { goalId: 'G1' }, 'playground', TODAY).plan.writes![0].blocks[0].cells[0])
      .toEqual(['G1', null, null, '76 % of target, Yellow at the deadline; grade 0.8', null, null, null, null, null]);
  });

  it('goes to the first row with nothing typed: the Goal and Deadline formulas\' values do not count', () => {
    const s = cascade(goals(), [], { Review: ['Review', [review({ 'Goal ID': 'G5', Result: 'Done' }), review({ Goal: 'looked up', Deadline: 46000 }), review({ Goal: 'x' })]] });
    expect(planReview(s, { goalId: 'G1' }, 'playground', TODAY).plan.writes![0].blocks[0].row).toBe(2);
  });
});

describe('Next cycle: the list and the copies', () => {
  const goals = () => [
    goal({ ID: 'G1', Goal: 'Cut costs by 5%', Start: serial('2026-01-01'), Deadline: serial('2026-06-30') }),
    goal({ ID: 'G2', Goal: 'cut COSTS by 5%', Start: serial('2026-07-01'), Deadline: serial('2026-12-31') }), // carries G1 on
    goal({ ID: 'G3', Goal: 'Open a shop', Start: serial('2026-03-01'), Deadline: serial('2026-03-01') }), // one day
    goal({ ID: 'G4', Goal: 'Hire', Start: serial('2026-02-01'), Deadline: serial('2026-05-31') }),
    goal({ ID: 'G5', Goal: 'Cut costs by 5%', Start: serial('2026-07-02'), Deadline: serial(TODAY) }), // ends today: not past
  ];
  const k = [kpi({ ID: 'K1', 'Goal ID': 'g1' }), kpi({ ID: 'K2', 'Goal ID': 'G1' }), kpi({ 'Goal ID': 'G1', KPI: 'no ID' }), kpi({ ID: 'K3', 'Goal ID': 'G4' })];

  it('lists past goals first by deadline, their next period, KPI count and follow-up; ticks the open ones', () => {
    const l = listNextCycle(cascade(goals(), k), TODAY);
    expect(l.goals.map((c) => [c.id, c.pastDeadline, c.nextStart, c.nextDeadline, c.kpis, c.carriedOnAs, c.suggested])).toEqual([
      ['G3', true, '2026-03-02', '2026-03-02', 0, undefined, true],
      ['G4', true, '2026-06-01', '2026-09-30', 1, undefined, true],
      ['G1', true, '2026-07-01', '2026-12-31', 2, 'G2', false],
      ['G5', false, '2026-11-25', '2027-04-19', 0, undefined, false], // 145 days, as long as 2026-07-02..2026-11-24,
      ['G2', false, '2027-01-01', '2027-06-30', 0, undefined, false],
    ]);
    expect(l.goals.find((c) => c.id === 'G3')).toMatchObject({ start: '2026-03-01', deadline: '2026-03-01', reviewed: false, at: { sheet: 'Goals', row: 3, col: 0 } });
    // Once one is reviewed, only the reviewed ones are ticked.
    const r = listNextCycle(cascade(goals(), k, { Review: ['Review', [review({ 'Goal ID': 'g4' })]] }), TODAY);
    expect(r.goals.filter((c) => c.suggested).map((c) => c.id)).toEqual(['G4']);
    expect(r.goals.find((c) => c.id === 'G4')?.reviewed).toBe(true);
  });

  it('keeps a period of whole months whole, the last day clamped to the month\'s end', () => {
    expect(nextPeriod('2026-10-31', '2026-12-30')).toEqual({ start: '2026-12-31', deadline: '2027-02-27' });
    expect(nextPeriod('2026-11-01', '2026-11-30')).toEqual({ start: '2026-12-01', deadline: '2026-12-31' });
  });

  const copyBook = () => cascade(
    [goal({ ID: 'G1', Level: 'Company', Owner: 'Bo', Goal: 'Cut costs', Start: serial('2026-01-01'), Deadline: serial('2026-06-30'), Weight: 2 }),
      goal({ ID: 'G2', 'Parent ID': 'g1', Goal: 'Cut waste', Start: serial('2026-01-01'), Deadline: serial('2026-06-30') })],
    [kpi({ ID: 'K1', 'Goal ID': 'G2', KPI: 'Waste', Unit: 't', Owner: 'Cy', Baseline: 9, Target: 5, Actual: 6, 'Latest check-in': 5.5 }),
      kpi({ ID: 'K2', 'Goal ID': 'g2', KPI: 'Scrap', Baseline: 9, Target: 5, Actual: 6 }),
      kpi({ ID: 'K3', 'Goal ID': 'G2', KPI: 'Rework', Baseline: 9, Target: true, Actual: 'n/a' })],
  );

  it('copies the inputs, the last actual as the baseline (latest check-in, else Actual, else the old baseline), no actual', () => {
    const { plan } = planNextCycle(copyBook(), ['G2'], 'playground', TODAY);
    const period = [{ date: '2026-07-01' }, { date: '2026-12-31' }];
    expect(plan.writes).toEqual([
      { sheet: 'Goals', blocks: [{ row: 3, col: 0, cells: [['G3', null, 'g1', null, null, 'Cut waste', ...period, null]] }] },
      { sheet: 'KPIs', blocks: [{ row: 4, col: 0, cells: [
        ['K4', 'G3', 'Waste', null, 't', null, null, null, 'Cy', 5.5, 5, null, ...period],
        ['K5', 'G3', 'Scrap', null, null, null, null, null, null, 6, 5, null, ...period],
        ['K6', 'G3', 'Rework', null, null, null, null, null, null, 9, true, null, ...period],
      ] }] },
    ]);
    expect(plan.select).toEqual({ sheet: 'Goals', row: 3, col: 0 });
  });

  it('makes a copied parent the parent of the copied child; Sheets gets "" for every blank', () => {
    const { plan, result } = planNextCycle(copyBook(), ['g2', 'G1', 'G1'], 'sheets', TODAY);
    expect(result.goals).toEqual([{ from: 'G1', to: 'G3' }, { from: 'G2', to: 'G4' }]);
    expect(plan.writes![0].blocks[0].cells).toEqual([
      ['G3', 'Company', '', '', 'Bo', 'Cut costs', { date: '2026-07-01' }, { date: '2026-12-31' }, 2],
      ['G4', '', 'G3', '', '', 'Cut waste', { date: '2026-07-01' }, { date: '2026-12-31' }, ''],
    ]);
    expect(plan.writes![1].blocks[0].cells[1]).toEqual(['K5', 'G4', 'Scrap', '', '', '', '', '', '', 6, 5, '', { date: '2026-07-01' }, { date: '2026-12-31' }]);
  });
});

describe('where new rows go, and with which formulas (planAddGoal, planNextCycle, planReview)', () => {
  const wizard = { statement: 'Cut costs by 5% by 2026-12-31', level: 'Team' as const, kpis: [{ name: 'Cost' }, { name: 'Scrap' }] };
  const two = () => cascade([goal({ ID: 'G1', Goal: 'A' }), goal({ ID: 'G2', Goal: 'B' })], [kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'N' }), kpi({}), kpi({ ID: 'K9', 'Goal ID': 'G1', KPI: 'typed below the table' })]);

  it('Excel: rows inside a table are plain writes; rows past its end are appended to it with their calculated columns', () => {
    // Goals' table ends after G2 (header + 2 rows); KPIs' table after K1, and K9 was typed two rows below it, outside.
    const s = { ...two(), tables: [{ name: 'GoalpostGoals', sheet: 'Goals', row: 0, rows: 3 }, { name: 'GoalpostKPIs', sheet: 'KPIs', row: 0, rows: 2 }] };
    const w = planAddGoal(s, wizard, 'excel', TODAY).plan.writes!;
    const g = w[0].blocks[0];
    expect([g.row, g.appendToTable, g.cells[0].length]).toEqual([3, 'GoalpostGoals', GOALS_HEADERS.length]);
    expect(g.cells[0].slice(9).map((c) => typeof c === 'object' && c !== null && 'formula' in c)).toEqual([true, true, true, true, true]);
    // The new KPIs would start at row 4 (below K9); appended to the table they are its rows 2 and 3.
    expect(w[1].blocks.map((b) => [b.row, b.appendToTable, b.cells[0][0], b.cells[0].length])).toEqual([
      [2, 'GoalpostKPIs', 'K10', KPIS_HEADERS.length], [3, 'GoalpostKPIs', 'K11', KPIS_HEADERS.length],
    ]);
    const roomy = { ...two(), tables: [{ name: 'GoalpostGoals', sheet: 'Goals', row: 0, rows: 10 }] };
    expect(planAddGoal(roomy, wizard, 'excel', TODAY).plan.writes![0].blocks[0]).toEqual({ row: 3, col: 0, cells: [expect.any(Array)] });
    expect(planAddGoal(roomy, wizard, 'excel', TODAY).plan.writes![0].blocks[0].cells[0]).toHaveLength(9);
    // The playground has no tables: the same rows are plain writes there.
    expect(planAddGoal(s, wizard, 'playground', TODAY).plan.writes![1].blocks.map((b) => [b.row, b.appendToTable])).toEqual([[4, undefined], [5, undefined]]);
  });

  it('playground: rows 1-100 are prepared with formulas; the wizard and Next cycle give row 101 on its own', () => {
    const full = (n: number) => cascade(Array.from({ length: n }, (_, i) => goal({ ID: `G${i + 1}`, Goal: 'x', Start: serial('2026-01-01'), Deadline: serial('2026-06-30') })),
      Array.from({ length: n }, (_, i) => kpi({ ID: `K${i + 1}`, 'Goal ID': 'G1', KPI: 'k' })));
    const at100 = planAddGoal(full(99), { ...wizard, kpis: [{ name: 'Cost' }] }, 'playground', TODAY).plan.writes!;
    expect(at100.map((x) => [x.blocks[0].row, x.blocks[0].cells[0].length])).toEqual([[100, 9], [100, 14]]);
    const at101 = planAddGoal(full(100), { ...wizard, kpis: [{ name: 'Cost' }] }, 'playground', TODAY).plan.writes!;
    // The Goals row gets SMART check, Status, KPIs and Check (Roll-up stays blank: no tables); the KPIs row its 12 computed columns.
    expect(at101.map((x) => [x.blocks[0].row, x.blocks[0].cells[0].length])).toEqual([[101, 14], [101, KPIS_HEADERS.length]]);
    expect(at101[0].blocks[0].cells[0][GOALS_HEADERS.indexOf('Roll-up')]).toBeNull();
    expect(at101[0].blocks[0].cells[0][GOALS_HEADERS.indexOf('Status')]).toEqual({ formula: expect.stringContaining('102') });
    // The KPIs row's own formulas; the tracking columns are the playground's spills from row 1 (no per-row formula there).
    const k101 = at101[1].blocks[0].cells[0];
    expect(k101[KPIS_HEADERS.indexOf('Attainment')]).toEqual({ formula: expect.stringContaining('102') });
    expect(k101[KPIS_HEADERS.indexOf('Check')]).toEqual({ formula: expect.stringContaining('102') });
    expect(['Latest check-in', 'Last update', 'Confidence', 'Trend', 'Projected'].map((h) => k101[KPIS_HEADERS.indexOf(h as (typeof KPIS_HEADERS)[number])])).toEqual([null, null, null, null, null]);
    const next = (n: number) => planNextCycle(full(n), ['G1', 'G2'], 'playground', TODAY).plan.writes![0].blocks.map((b) => [b.row, b.cells.length, b.cells[0].length]);
    expect(next(98)).toEqual([[99, 2, 9]]); // rows 99 and 100: one block
    expect(next(99)).toEqual([[100, 1, 9], [101, 1, 14]]); // 100 prepared, 101 not: two blocks
    expect(next(100)).toEqual([[101, 2, 14]]);
  });

  it('Review: rows 1-50 are prepared; row 51 on gets its Goal and Deadline formulas, except in an Excel table', () => {
    const g = [goal({ ID: 'G1', Goal: 'A', Deadline: serial('2026-06-30'), 'Roll-up': 1 })];
    const typed = (n: number) => cascade(g, [], { Review: ['Review', Array.from({ length: n }, (_, i) => review({ 'Goal ID': `X${i}` }))] });
    const cellsAt = (n: number) => planReview(typed(n), { goalId: 'G1' }, 'playground', TODAY).plan.writes![0].blocks[0];
    expect(cellsAt(49).row).toBe(50);
    expect(cellsAt(49).cells[0].slice(1, 3)).toEqual([null, null]);
    expect(cellsAt(50).row).toBe(51);
    expect(cellsAt(50).cells[0].slice(1, 3)).toEqual([{ formula: expect.stringContaining('A52') }, { formula: expect.stringContaining('A52') }]);
    const inTable = planReview({ ...typed(50), tables: [{ name: 'GoalpostReview', sheet: 'Review', row: 0, rows: 60 }] }, { goalId: 'G1' }, 'excel', TODAY).plan;
    expect(inTable.writes![0].blocks[0]).toMatchObject({ row: 51, cells: [['G1', null, null, expect.any(String), null, null, null, null, null, 1, null, 1]] });
    expect(inTable.writes![0].blocks[0].appendToTable).toBeUndefined();
  });
});

describe('applying the template beside the user\'s own tables and sheets', () => {
  it('gives our tables free names (table names are workbook-wide), and selects the new Goals sheet\'s first data row', () => {
    const mine: WorkbookSnapshot = { sheetNames: ['Goals'], values: { Goals: [['Name', 'Amount']] }, tables: [{ name: 'GoalpostKPIs', sheet: 'Goals', row: 0, rows: 4 }] };
    const { plan } = planApplyTemplate(mine, { template: 'cascade', exampleData: false }, 'excel', TODAY);
    const tableOf = (sheet: string) => plan.addSheets.find((x) => x.name === sheet)?.tables?.[0]?.name;
    expect(tableOf('KPIs')).toBe('GoalpostKPIs_2');
    expect(tableOf('Goals (2)')).toBe('GoalpostGoals2'); // named after its sheet, punctuation dropped
    expect(plan.select).toEqual({ sheet: 'Goals (2)', row: 1, col: 0 });
  });
});

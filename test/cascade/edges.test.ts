/**
 * The cascade's use cases at their edges: sheets a cascade lacks (no KPIs, an emptied Settings), cells a host returns
 * as null or leaves off a short row, IDs the caller left out, Excel without a table list, tables ending above the data,
 * and the formulas a row past the prepared ones carries. Expected values are worked out by hand from the rows typed
 * below, templates.md ("Everything grows with the data", "Review at the deadline", Next cycle) and the sheet layout
 * (shared/templates/layout.ts: the column letters named in the comments).
 */
import { describe, expect, it } from 'vitest';
import {
  checkGoals, listCascades, listGoals, listKpis, listNextCycle, planAddGoal, planCheckIn, planNextCycle, planRefresh, planReview, suggestedGrade,
} from '../../shared/cascade/useCases';
import { firstEmptyRow } from '../../shared/cascade/model';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { GOALS_HEADERS, KPIS_HEADERS } from '../../shared/templates/layout';
import { book, goal, kpi, review, serial, settings } from './book';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const cascade = (g: unknown[][], k: unknown[][] = [], more: Parameters<typeof book>[0] = {}) => book({
  Goals: ['Goals', g], KPIs: ['KPIs', k], 'Check-ins': ['Check-ins', []], OKRs: ['OKRs', []], Review: ['Review', []], Settings: ['Settings', settings()], ...more,
});
const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);

describe('sheets of every kind, and sheets a cascade lacks', () => {
  it('a cascade lists its Strategy, NPS and Dashboard sheets too', () => {
    const s = book({ Strategy: ['Strategy', []], Goals: ['Goals', []], NPS: ['NPS', []], Dashboard: ['Dashboard', []] });
    expect(listCascades(s)).toEqual([{ goals: 'Goals', sheets: ['Strategy', 'Goals', 'NPS', 'Dashboard'], active: false }]);
  });

  it('with no cascade there are no goals to list', () => {
    expect(listGoals(empty)).toEqual([]);
  });

  it('a Settings sheet emptied down to its header row gives the template defaults (5 KPIs per person)', () => {
    const k = Array.from({ length: 6 }, (_, i) => kpi({ ID: `K${i + 1}`, 'Goal ID': 'G1', KPI: 'k', Owner: 'Bo', Target: 1, Deadline: 1 }));
    const s = cascade([goal({ ID: 'G1', Goal: 'Open a shop in Lyon by 2026-12-31', Deadline: serial('2026-12-31') })], k, { Settings: ['Settings', []] });
    expect(checkGoals(s)).toEqual([{ severity: 'warning', message: 'Bo owns 6 KPIs; the limit is 5.', at: { sheet: 'KPIs', row: 1, col: K('Owner') } }]);
  });

  it('a cascade whose KPIs sheet was deleted: the wizard and Next cycle write to Goals only, Refresh colours Goals only', () => {
    const start = serial('2026-01-01');
    const s = book({ Goals: ['Goals', [goal({ ID: 'G1', Goal: 'Cut costs', Start: start, Deadline: serial('2026-06-30') })]] });
    expect(planAddGoal(s, { statement: 'S', level: 'Team', kpis: [] }, 'playground', TODAY).plan.writes)
      .toEqual([{ sheet: 'Goals', blocks: [{ row: 2, col: 0, cells: [['G2', 'Team', null, null, null, 'S', { date: TODAY }, null, 1]] }] }]);
    expect(planNextCycle(s, ['G1'], 'playground', TODAY).plan.writes)
      .toEqual([{ sheet: 'Goals', blocks: [{ row: 2, col: 0, cells: [['G2', null, null, null, null, 'Cut costs', { date: '2026-07-01' }, { date: '2026-12-31' }, null]] }] }]);
    // Office.js: worksheets.getItem() of a sheet that is not there fails the whole batch (ItemNotFound), so no KPIs entry.
    const r = planRefresh(s, 'playground', TODAY);
    expect(r.plan.sheets.map((x) => x.name)).toEqual(['Goals']);
    expect(r.result.message).toBe(`Traffic lights refreshed on Goals; as of ${TODAY}.`);
  });

  it('Refresh covers every used row, and never fewer than the 100 the playground template prepares', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => goal({ ID: `G${i + 1}`, Goal: 'x' }));
    const statusRows = (n: number) => {
      const goals = planRefresh(cascade(rows(n)), 'playground', TODAY).plan.sheets.find((x) => x.name === 'Goals')!;
      return [...new Set(goals.rules.map((x) => x.range.rows))];
    };
    expect(statusRows(150)).toEqual([150]);
    expect(statusRows(3)).toEqual([100]);
  });
});

describe('cells a host returns as null or leaves off a short row', () => {
  it('a short goal row reads its missing cells as blank', () => {
    const s = cascade([['G1', 'Company', '', '', '', 'A'], ['G2']]);
    expect(listGoals(s)).toEqual([
      { id: 'G1', statement: 'A', level: 'Company', parentId: undefined, at: { sheet: 'Goals', row: 1, col: 0 } },
      { id: 'G2', statement: '', level: undefined, parentId: undefined, at: { sheet: 'Goals', row: 2, col: 0 } },
    ]);
  });

  it('a KPI whose target or deadline is null has none: it does not measure its goal and both are named', () => {
    const k = kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Cost', Owner: 'Bo' });
    k[K('Target')] = null;
    k[K('Deadline')] = null;
    const s = cascade([goal({ ID: 'G1', Goal: 'Cut costs by 2026-12-31', Deadline: serial('2026-12-31') })], [k]);
    expect(checkGoals(s)).toEqual([
      { severity: 'warning', message: 'G1: Missing: Measurable (add a number or metric)', at: { sheet: 'Goals', row: 1, col: G('Goal') } },
      { severity: 'error', message: 'K1 has no target.', at: { sheet: 'KPIs', row: 1, col: K('Target') } },
      { severity: 'error', message: 'K1 has no deadline.', at: { sheet: 'KPIs', row: 1, col: K('Deadline') } },
    ]);
  });

  it('Next cycle copies a null or missing input cell as a blank one (hosts return full rows; the goal row here is cut short)', () => {
    const g = ['G1', null, '', null, null, 'Cut costs', serial('2026-01-01'), serial('2026-06-30')]; // no Weight cell at all
    const k = kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Cost', Unit: 'EUR' });
    k[K('Definition / formula')] = null;
    const { plan } = planNextCycle(cascade([g], [k]), ['G1'], 'playground', TODAY);
    const period = [{ date: '2026-07-01' }, { date: '2026-12-31' }];
    expect(plan.writes).toEqual([
      { sheet: 'Goals', blocks: [{ row: 2, col: 0, cells: [['G2', null, null, null, null, 'Cut costs', ...period, null]] }] },
      { sheet: 'KPIs', blocks: [{ row: 2, col: 0, cells: [['K2', 'G2', 'Cost', null, 'EUR', null, null, null, null, null, null, null, ...period]] }] },
    ]);
  });
});

describe('Check goals: where each finding points', () => {
  it('with no cascade, one info finding', () => {
    expect(checkGoals(empty)).toEqual([{ severity: 'info', message: 'There is no goal cascade in this workbook yet: apply the template first.' }]);
  });

  it('goals without any KPI are each named (an empty KPIs sheet is not an empty cascade)', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'Open a shop in Lyon by 2026-12-31', Deadline: serial('2026-12-31') })]);
    expect(checkGoals(s)).toEqual([{ severity: 'error', message: 'G1 has no KPI: add one that measures it.', at: { sheet: 'Goals', row: 1, col: G('ID') } }]);
  });

  it('a wording warning points at the goal\'s Goal cell', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'We will try to open 2 stores by 2026-12-31', Deadline: serial('2026-12-31') })],
      [kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'Stores', Owner: 'Bo', Target: 2, Deadline: serial('2026-12-31') })]);
    const info = checkGoals(s).filter((f) => f.severity === 'info');
    expect(info).toHaveLength(1);
    expect(info[0].at).toEqual({ sheet: 'Goals', row: 1, col: G('Goal') });
  });
});

describe('Check in: IDs left out, and the order of overdue KPIs', () => {
  it('an entry without a KPI ID asks for one', () => {
    expect(() => planCheckIn({ kpiId: undefined as unknown as string, value: 1 }, ['K1'], { sheet: 'Check-ins' }, 'sheets', TODAY)).toThrow(/^Pick the KPI you are checking in\.$/);
  });

  it('overdue KPIs typed in any order come out earliest-due first', () => {
    const due = ['2026-11-10', '2026-11-20', '2026-11-05', '2026-11-15'];
    const s = cascade([], due.map((d, i) => kpi({ ID: `K${i + 1}`, KPI: 'k', 'Next update due': serial(d) })));
    expect(listKpis(s, TODAY).kpis.map((k) => k.id)).toEqual(['K3', 'K1', 'K4', 'K2']);
  });
});

describe('Review: IDs left out, Excel without a table list, a table ending above the next row', () => {
  const g = [goal({ ID: 'G1', Goal: 'A', Deadline: serial('2026-06-30'), 'Roll-up': 1 })];

  it('a roll-up that is no finite number suggests no grade', () => {
    expect([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY].map(suggestedGrade)).toEqual([undefined, undefined, undefined]);
  });

  it('a review without a goal ID asks for one', () => {
    expect(() => planReview(cascade(g), { goalId: undefined as unknown as string }, 'playground', TODAY)).toThrow(/^Pick the goal you are reviewing\.$/);
  });

  it('Excel without a table list writes the row in place', () => {
    expect(planReview(cascade(g), { goalId: 'G1' }, 'excel', TODAY).plan.writes![0].blocks[0]).toEqual({
      row: 1, col: 0, cells: [['G1', null, null, '100 % of target', null, null, null, null, null, 1, null, 1]],
    });
  });

  it('Excel: a row past the Review table\'s end becomes the table\'s next row, with the Goal and Deadline formulas', () => {
    const s = cascade(g, [], { Review: ['Review', [review({ 'Goal ID': 'X1' }), review({ 'Goal ID': 'X2' }), review({ 'Goal ID': 'X3' })]] });
    // The table is the header and X1 (rows 0-1); X2 and X3 were typed below it, so the next free row is 4.
    const { plan } = planReview({ ...s, tables: [{ name: 'GoalpostReview', sheet: 'Review', row: 0, rows: 2 }] }, { goalId: 'G1' }, 'excel', TODAY);
    const b = plan.writes![0].blocks[0];
    expect([b.row, b.appendToTable, b.cells[0][0]]).toEqual([2, 'GoalpostReview', 'G1']);
    expect(b.cells[0].slice(1, 3)).toEqual([{ formula: expect.any(String) }, { formula: expect.any(String) }]);
  });
});

describe('Next cycle: edges', () => {
  it('without goal IDs asks for them', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'A', Start: serial('2026-01-01'), Deadline: serial('2026-06-30') })]);
    expect(() => planNextCycle(s, undefined as unknown as string[], 'playground', TODAY)).toThrow(/^Choose the goals to carry on into the next cycle\.$/);
  });

  it('a one-day goal is carried on to the next day', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'Open a shop', Start: serial('2026-03-01'), Deadline: serial('2026-03-01') })]);
    expect(planNextCycle(s, ['G1'], 'playground', TODAY).plan.writes![0].blocks[0].cells[0].slice(6, 8)).toEqual([{ date: '2026-03-02' }, { date: '2026-03-02' }]);
  });

  it('a goal starting the day after its own deadline is not its own follow-up', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'A', Start: serial('2026-07-01'), Deadline: serial('2026-06-30') })]);
    const [c] = listNextCycle(s, TODAY).goals;
    expect(c.carriedOnAs).toBeUndefined();
    expect(c.problem).toBe('G1 starts after its deadline: fix its dates first.');
  });

  it('a goal without KPIs writes its Goals row only', () => {
    const s = cascade([goal({ ID: 'G1', Goal: 'A', Start: serial('2026-01-01'), Deadline: serial('2026-06-30') })]);
    expect(planNextCycle(s, ['G1'], 'playground', TODAY).plan.writes!.map((w) => w.sheet)).toEqual(['Goals']);
  });

  const two = () => cascade(
    [goal({ ID: 'G1', Goal: 'A', Start: serial('2026-01-01'), Deadline: serial('2026-06-30') }), goal({ ID: 'G2', Goal: 'B' })],
    [kpi({ ID: 'K1', 'Goal ID': 'G1', KPI: 'N' }), kpi({}), kpi({ ID: 'K9', 'Goal ID': 'G1', KPI: 'typed below the table' })],
  );

  it('Excel without a table list writes the copies in place, without calculated columns', () => {
    const w = planNextCycle(two(), ['G1'], 'excel', TODAY).plan.writes!;
    expect(w.map((x) => x.blocks.map((b) => [b.row, b.appendToTable, b.cells.length, b.cells[0].length]))).toEqual([[[3, undefined, 1, 9]], [[4, undefined, 2, 14]]]);
  });

  it('Excel: copies below a table\'s end become its next rows, even when data was typed further down', () => {
    // Goals' table: header + G1 + G2 (rows 0-2); KPIs' table: header + K1 (rows 0-1), K9 typed at row 3 outside it.
    const s = { ...two(), tables: [{ name: 'GoalpostGoals', sheet: 'Goals', row: 0, rows: 3 }, { name: 'GoalpostKPIs', sheet: 'KPIs', row: 0, rows: 2 }] };
    const w = planNextCycle(s, ['G1'], 'excel', TODAY).plan.writes!;
    const goalRow = w[0].blocks[0];
    expect([goalRow.row, goalRow.appendToTable, goalRow.cells[0].length]).toEqual([3, 'GoalpostGoals', GOALS_HEADERS.length]);
    // An appended Goals row carries its calculated columns, the Roll-up among them.
    expect(goalRow.cells[0].slice(9)).toEqual(Array(5).fill({ formula: expect.any(String) }));
    expect(w[1].blocks.map((b) => [b.row, b.appendToTable, b.cells.map((c) => c[0])])).toEqual([[2, 'GoalpostKPIs', ['K10', 'K11']]]);
  });

  it('playground: a copy at row 101 (past the 100 prepared) carries its own formulas, which read that row', () => {
    const full = cascade(
      Array.from({ length: 100 }, (_, i) => goal({ ID: `G${i + 1}`, Goal: 'x', Start: serial('2026-01-01'), Deadline: serial('2026-06-30') })),
      Array.from({ length: 100 }, (_, i) => kpi({ ID: `K${i + 1}`, 'Goal ID': 'G2', KPI: 'k' })),
    );
    const w = planNextCycle(full, ['G2'], 'playground', TODAY).plan.writes!;
    // Sheet row 102 (0-based 101). Goals: F Goal, K Roll-up, A ID; KPIs: K Target, A ID, R Team's Goal ID is B.
    const g = w[0].blocks[0];
    expect(g.row).toBe(101);
    const c = g.cells[0];
    expect(c[G('SMART check')]).toEqual({ formula: expect.stringContaining('F102') });
    expect(c[G('Roll-up')]).toBeNull(); // the playground has no tables: the roll-up spills
    expect(c[G('Status')]).toEqual({ formula: expect.stringContaining('K102') });
    expect(c[G('KPIs')]).toEqual({ formula: expect.stringContaining('A102') });
    expect(c[G('Check')]).toEqual({ formula: expect.stringContaining('A102') });
    const k = w[1].blocks[0];
    expect([k.row, k.cells.length, k.cells[0].length]).toEqual([101, 100, KPIS_HEADERS.length]);
    expect(k.cells[0][K('Attainment')]).toEqual({ formula: expect.stringContaining('K102') });
    expect(k.cells[0][K('Check')]).toEqual({ formula: expect.stringContaining('A102') });
    expect(k.cells[0][K('Latest check-in')]).toBeNull();
  });
});

describe('firstEmptyRow (model.ts)', () => {
  it('a sheet with no rows at all: the first data row', () => {
    expect(firstEmptyRow(undefined, 9)).toBe(1);
  });
});

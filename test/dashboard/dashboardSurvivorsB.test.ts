/**
 * The Dashboard's engine, notes and checks in every flavour (playground per-row formulas, Excel spills, Sheets array
 * formulas), evaluated on example data bent into the shapes the engine exists for: a circle of two Parent IDs, a circle
 * of five (found only by the fifth parent step), a chain five levels deep, a goal in the last prepared row, a goal
 * without a deadline, and no KPI picked. Expected findings, notes, orders and headers are written by hand from the
 * example goals (G1..G12; G2, G3, G4 under G1; G6, G7, G8 under G5; G10, G11 under G9; G12 under G4; only G12 has no
 * KPI here or below) and the Dashboard's layout (checks in I:J, the KPI pick in J2, the engine from column AO).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { GOALS_HEADERS } from '../../shared/templates/layout';
import type { PlanCell, WorkbookPlan } from '../../shared/host/plan';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from '../templates/evaluatePlan';
import { sheetsDashboardValues } from './sheetsDashboardValues';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const HOSTS: HostKind[] = ['playground', 'excel', 'sheets'];
const planFor = (host: HostKind) => planApplyTemplate(empty, { template: 'cascade', exampleData: true }, host, TODAY).plan;

// The Dashboard's columns, 0-based: A..G the tree (A ID, B goal indented, F status, G notes), J the findings, AO.. engine.
const ID = 0, GOAL = 1, STATUS = 5, NOTE = 6, FINDING = 9, ENGINE = 40;
// Rows of the findings (0-based): J2 the KPI pick, J3 deadlines, J4 KPIs, J5 Parent IDs, J6 KPI chart.
const PICK = 1, DEADLINES = 2, PARENTS = 4, KPI_CHART = 5;
const ENGINE_NAMES = ['ID', 'Parent 1', 'Parent 2', 'Parent 3', 'Parent 4', 'Parent 5', 'Depth', 'Cycle', 'Key', 'Team first',
  'No deadline', 'No KPI', 'Tree position'];
const LISTED_AT_END = 'Listed at the end (a Parent ID that is not a goal, more than four levels, or under a circle): ';

const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
/** The Goals sheet's data rows in a plan (row 0 = G1); the playground's block holds its 100 prepared rows. */
const goalRows = (p: WorkbookPlan): PlanCell[][] => p.addSheets.find((s) => s.name === 'Goals')!.blocks[0].cells.slice(1);
const setParent = (p: WorkbookPlan, goal: number, parent: string) => { goalRows(p)[goal - 1][G('Parent ID')] = parent; };
const dashboardOf = (p: WorkbookPlan) => p.addSheets.find((s) => s.name === 'Dashboard')!;
const setPick = (p: WorkbookPlan, kpi: string | null) => {
  dashboardOf(p).blocks.find((b) => b.row === 0 && b.col === 8)!.cells[PICK][1] = kpi;
};

interface Evaluated { dash: unknown[][]; goals: unknown[][] }

/**
 * The Dashboard of `host` evaluated over the example data changed by `change` (applied to the plan of each flavour
 * used). Sheets: its Dashboard (translated by sheetsFlavour.ts) reads Goals, KPIs and Check-ins as the playground
 * computes them, as sheetsDashboard.test.ts does.
 */
function evaluate(host: HostKind, change: (p: WorkbookPlan) => void = () => {}): Evaluated {
  if (host !== 'sheets') {
    const p = planFor(host);
    change(p);
    const book = evaluatePlan(p);
    return { dash: book.values('Dashboard') as unknown[][], goals: book.values('Goals') as unknown[][] };
  }
  const pg = planFor('playground');
  change(pg);
  const data = evaluatePlan(pg);
  const sp = planFor('sheets');
  change(sp);
  return { dash: sheetsDashboardValues(sp, data), goals: data.values('Goals') as unknown[][] };
}

const at = (g: unknown[][], r: number, c: number) => g[r]?.[c] ?? null;
/** The tree's IDs, top to bottom, down to the first empty row. */
const treeIds = (d: unknown[][]) => {
  const ids: unknown[] = [];
  for (let r = 1; at(d, r, ID) !== null && at(d, r, ID) !== ''; r++) ids.push(at(d, r, ID));
  return ids;
};
const rowOf = (d: unknown[][], id: string) => treeIds(d).indexOf(id) + 1;
const indentOf = (d: unknown[][], id: string) => /^ */.exec(String(at(d, rowOf(d, id), GOAL)))![0].length;

describe.each(HOSTS)('the %s Dashboard', (host) => {
  describe('on the example data', () => {
    let ev: Evaluated;
    beforeAll(() => { ev = evaluate(host); });

    it('shows each goal\'s status from Goals in the tree\'s status column', () => {
      const ids = treeIds(ev.dash);
      expect(ids).toHaveLength(12);
      const statusIn = new Map(ev.goals.slice(1).map((r) => [r[G('ID')], r[G('Status')]]));
      ids.forEach((id, i) => {
        const s = at(ev.dash, i + 1, STATUS);
        expect(['Green', 'Yellow', 'Red', ''], `${id}`).toContain(s);
        expect(s, `${id}`).toBe(statusIn.get(id) ?? '');
      });
      // The example has goals of every colour (at least one not blank), so the column is not blank by accident.
      expect(ids.some((_, i) => at(ev.dash, i + 1, STATUS) !== '')).toBe(true);
    });

    it('heads each engine column with its name (playground and Excel: and that it must be kept free)', () => {
      const want = host === 'sheets' ? ENGINE_NAMES : ENGINE_NAMES.map((h) => `${h} (dashboard engine: keep this column free)`);
      expect(ENGINE_NAMES.map((_, k) => at(ev.dash, 0, ENGINE + k))).toEqual(want);
      expect(at(ev.dash, 0, ENGINE)).toBe(host === 'sheets' ? 'ID' : 'ID (dashboard engine: keep this column free)');
    });

    it('leaves the engine\'s unused columns blank below their header (Sheets: Team first and Tree position)', () => {
      if (host !== 'sheets') return;
      for (const c of [ENGINE + 9, ENGINE + 12]) {
        for (let r = 1; r <= 12; r++) expect(at(ev.dash, r, c) ?? '', `row ${r} column ${c}`).toBe('');
      }
    });

    it('the plan writes no calculated-column fills on the Dashboard', () => {
      expect(dashboardOf(planFor(host)).fills).toBeUndefined();
    });
  });

  describe('text typed in column AN, the free column left of the engine', () => {
    let d: unknown[][];
    beforeAll(() => {
      d = evaluate(host, (p) => {
        dashboardOf(p).blocks.push({ row: 1, col: ENGINE - 1, cells: Array.from({ length: 12 }, () => ['typed by the user'] as PlanCell[]) });
      }).dash;
    });

    it('changes nothing: the tree in its order, no goal listed at the end, checks OK', () => {
      expect(treeIds(d)).toEqual(['G1', 'G2', 'G3', 'G4', 'G12', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11']);
      expect(at(d, 1, NOTE)).toBe('');
      expect(at(d, 5, NOTE)).toBe('No KPI here or below: no roll-up');
      expect(at(d, PARENTS, FINDING)).toBe('OK');
      expect(at(d, DEADLINES, FINDING)).toBe('OK');
    });
  });

  describe('G1 and G2 each other\'s parent, G6 without a deadline, no KPI picked', () => {
    let d: unknown[][];
    beforeAll(() => {
      d = evaluate(host, (p) => {
        setParent(p, 1, 'G2');
        goalRows(p)[5][G('Deadline')] = null;
        setPick(p, null);
      }).dash;
    });

    it('names the circle, then every goal listed at the end', () => {
      expect(at(d, PARENTS, FINDING)).toBe(`Parent IDs go in a circle: G1, G2. Change one of their Parent IDs. ${LISTED_AT_END}G1, G2, G3, G4, G12`);
    });

    it('lists the sound goals first and the circle and the goals under it at the end, noted', () => {
      expect(treeIds(d)).toEqual(['G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G1', 'G2', 'G3', 'G4', 'G12']);
      expect(String(at(d, 8, NOTE))).toMatch(/^Parent IDs go in a circle(;|$)/);
      expect(String(at(d, 9, NOTE))).toMatch(/^Parent IDs go in a circle(;|$)/);
      expect(String(at(d, 10, NOTE))).toMatch(/^Parent ID not a goal, or more than four levels(;|$)/);
      expect(at(d, 12, NOTE)).toBe('Parent ID not a goal, or more than four levels; No KPI here or below: no roll-up');
    });

    it('names the goal without a deadline in the checks and in its note', () => {
      expect(at(d, DEADLINES, FINDING)).toBe('1 goal(s) without a deadline (type one in Goals): G6');
      expect(at(d, 2, ID)).toBe('G6');
      expect(at(d, 2, NOTE)).toBe('No deadline');
    });

    it('asks for a KPI in J2 when none is picked', () => {
      expect(at(d, KPI_CHART, FINDING)).toBe('Pick a KPI in J2');
    });
  });

  describe('a circle of five: G1 under G12, G3 under G2, G4 under G3 (G12 under G4, G2 under G1)', () => {
    let d: unknown[][];
    beforeAll(() => {
      d = evaluate(host, (p) => { setParent(p, 1, 'G12'); setParent(p, 3, 'G2'); setParent(p, 4, 'G3'); }).dash;
    });

    it('finds the circle at the fifth parent step and names all five goals', () => {
      expect(at(d, PARENTS, FINDING)).toBe('Parent IDs go in a circle: G1, G2, G3, G4, G12. Change one of their Parent IDs. ');
    });

    it('lists the five at the end, each noted as in a circle', () => {
      expect(treeIds(d)).toEqual(['G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G1', 'G2', 'G3', 'G4', 'G12']);
      for (let r = 8; r <= 12; r++) expect(String(at(d, r, NOTE)), `row ${r}`).toMatch(/^Parent IDs go in a circle(;|$)/);
    });
  });

  describe('a chain five levels deep: G3 under G2, G4 under G3 (G12 under G4)', () => {
    let d: unknown[][];
    beforeAll(() => {
      d = evaluate(host, (p) => { setParent(p, 3, 'G2'); setParent(p, 4, 'G3'); }).dash;
    });

    it('indents each goal four spaces per ancestor, down to the fourth level', () => {
      expect(treeIds(d)).toEqual(['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11', 'G12']);
      expect(['G1', 'G2', 'G3', 'G4'].map((id) => indentOf(d, id))).toEqual([0, 4, 8, 12]);
    });

    it('lists the goal on the fifth level at the end, noted, and names it in the checks', () => {
      expect(at(d, 12, ID)).toBe('G12');
      expect(indentOf(d, 'G12')).toBe(16);
      expect(at(d, 12, NOTE)).toBe('Parent ID not a goal, or more than four levels; No KPI here or below: no roll-up');
      expect(at(d, PARENTS, FINDING)).toBe(`${LISTED_AT_END}G12`);
    });
  });
});

describe('the playground Dashboard reads every prepared Goals row', () => {
  let d: unknown[][];
  beforeAll(() => {
    // Goals row 101, the last of the 100 prepared rows: a goal under G3 without a deadline.
    d = evaluate('playground', (p) => {
      const r = goalRows(p)[99];
      r[G('ID')] = 'GZ';
      r[G('Level')] = 'Team';
      r[G('Parent ID')] = 'G3';
      r[G('Department / team')] = 'Sales';
      r[G('Goal')] = 'Goal in the last row';
      r[G('Weight')] = 1;
    }).dash;
  });

  it('lists a goal typed in the last prepared row under its parent', () => {
    expect(treeIds(d)).toEqual(['G1', 'G2', 'G3', 'GZ', 'G4', 'G12', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11']);
    expect(at(d, 4, GOAL)).toBe('        Goal in the last row');
  });

  it('names it in the checks when it has no deadline', () => {
    expect(at(d, DEADLINES, FINDING)).toBe('1 goal(s) without a deadline (type one in Goals): GZ');
  });
});

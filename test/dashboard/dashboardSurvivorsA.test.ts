/**
 * The Dashboard sheet's own fields (issue 17, survivors of dashboard.ts lines 29-160): the checks block's words, the
 * engine's headers, the status colours of the tree, the KPI drop-down, number formats, bold cells, column widths, and
 * the columns the dashboard reads (Excel through the tables, the playground down to the last check-in row it plans).
 * Expected values are written by hand from the layout (DASH: tree A:G, checks I:J, attainment L:M, series O:Q,
 * teams S:V, engine from AO).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { exampleData } from '../../shared/templates/exampleData';
import { dashboardSheet } from '../../shared/templates/dashboard';
import { defaultTableNames, Formulas } from '../../shared/templates/formulas';
import { serialFromParts } from '../../shared/functions/coerce';
import type { SheetPlan, WorkbookPlan } from '../../shared/host/plan';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from '../templates/evaluatePlan';
import { evaluateRules } from '../templates/ruleEval';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const plan = (host: HostKind) => planApplyTemplate(empty, { template: 'cascade', exampleData: true }, host, TODAY).plan;
const dashOf = (p: WorkbookPlan) => p.addSheets.find((s) => s.name === 'Dashboard')!;
const serial = (iso: string) => serialFromParts(...(iso.split('-').map(Number) as [number, number, number]));
const NAMES = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review', Settings: 'Settings', Dashboard: 'Dashboard' };

/** The example plan with its Dashboard planned by these Formulas instead (other extents), charting KPI `kpi`. */
function withDashboard(host: HostKind, f: Formulas, kpi: string): WorkbookPlan {
  const p = plan(host);
  const i = p.addSheets.findIndex((s) => s.name === 'Dashboard');
  p.addSheets[i] = dashboardSheet(f, { name: 'Dashboard', kpi, goals: 12, teams: 11 });
  return p;
}

describe('the Dashboard\'s checks block and engine headers, as the user reads them', () => {
  let book: ReturnType<typeof evaluatePlan>;
  let xl: ReturnType<typeof evaluatePlan>;
  beforeAll(() => {
    book = evaluatePlan(plan('playground'));
    xl = evaluatePlan(plan('excel'));
  });

  it('labels the checks in I1:I6 beside their findings in J', () => {
    for (const b of [book, xl]) {
      const col = (c: number) => [0, 1, 2, 3, 4, 5].map((r) => b.value('Dashboard', r, c));
      expect(col(8)).toEqual(['Check', 'KPI to chart', 'Goals without a deadline', 'Goals without a KPI', 'Parent IDs', 'KPI chart']);
      expect(b.value('Dashboard', 0, 9)).toBe('Finding');
      expect(b.value('Dashboard', 1, 9)).toBe('K1');
    }
  });

  it('heads each engine column (from AO) with its name and a note to keep it free (playground and Excel)', () => {
    const want = ['ID', 'Parent 1', 'Parent 2', 'Parent 3', 'Parent 4', 'Parent 5', 'Depth', 'Cycle', 'Key', 'Team first',
      'No deadline', 'No KPI', 'Tree position'].map((h) => `${h} (dashboard engine: keep this column free)`);
    for (const b of [book, xl]) expect(want.map((_, j) => b.value('Dashboard', 0, 40 + j))).toEqual(want);
  });
});

describe('the tree\'s Status column is coloured by its own status', () => {
  const fills: Record<string, string> = { Green: '#C6EFCE', Yellow: '#FFEB9C', Red: '#FFC7CE' };
  it.each(['playground', 'excel'] as HostKind[])('%s: each goal row gets exactly the fill of its status, a row without status none', (host) => {
    const p = plan(host);
    const book = evaluatePlan(p);
    const rules = dashOf(p).conditionalRules!;
    const seen = new Set<string>();
    for (let r = 1; r <= 12; r++) {
      const status = book.value('Dashboard', r, 5) as string;
      expect(['', ...Object.keys(fills)], `row ${r}`).toContain(status);
      seen.add(status);
      // A goal without a roll-up (G12) has no status and no colour.
      expect(evaluateRules(book, 'Dashboard', rules, r, 5).map((x) => x.fill), `row ${r} ${status}`).toEqual(status ? [fills[status]] : []);
    }
    expect(seen.size).toBeGreaterThan(2);
    expect(evaluateRules(book, 'Dashboard', rules, 13, 5)).toEqual([]);
  });

  it('the rules cover F2 down: the planned rows, in Excel the whole column (the spill grows)', () => {
    const want = { playground: 100, sheets: 999, excel: 1048575 } as const;
    for (const host of ['playground', 'sheets', 'excel'] as const) {
      const rules = dashOf(plan(host)).conditionalRules!;
      expect(rules.map((x) => x.range), host).toEqual([0, 1, 2].map(() => ({ row: 1, col: 5, rows: want[host], cols: 1 })));
      expect(rules.map((x) => [x.fill, x.font]), host).toEqual([['#C6EFCE', '#006100'], ['#FFEB9C', '#9C5700'], ['#FFC7CE', '#9C0006']]);
    }
  });
});

describe('the Dashboard sheet\'s plan: drop-down, formats, bold cells, widths', () => {
  let d: Record<HostKind, SheetPlan>;
  beforeAll(() => {
    d = { playground: dashOf(plan('playground')), excel: dashOf(plan('excel')), sheets: dashOf(plan('sheets')) } as Record<HostKind, SheetPlan>;
  });

  it('J2 is a drop-down of the KPI IDs (column A of KPIs), as far as each host\'s KPIs go', () => {
    const source = { playground: 'KPIs!$A$2:$A$101', excel: 'KPIs!$A$2:$A$1048576', sheets: 'KPIs!$A$2:$A' } as const;
    for (const host of ['playground', 'excel', 'sheets'] as const) {
      expect(d[host].validations, host).toEqual([{ range: { row: 1, col: 9, rows: 1, cols: 1 }, kind: 'listFromRange', source: source[host],
        help: 'The KPI whose check-ins the line chart shows.' }]);
    }
  });

  it('formats roll-ups and attainment as percentages, the series\' dates and figures, and the engine as text', () => {
    const rows = { playground: 100, excel: 100, sheets: 999 } as const;
    for (const host of ['playground', 'excel', 'sheets'] as const) {
      const n = rows[host];
      expect(d[host].numberFormats, host).toEqual([
        { range: { row: 1, col: 4, rows: n, cols: 1 }, format: '0%' },
        { range: { row: 1, col: 12, rows: n, cols: 1 }, format: '0%' },
        { range: { row: 1, col: 14, rows: 30, cols: 1 }, format: 'yyyy-mm-dd' },
        { range: { row: 1, col: 15, rows: 30, cols: 2 }, format: '0.00' },
        { range: { row: 1, col: 40, rows: n, cols: 1 }, format: '@' },
      ]);
    }
  });

  it('bolds the header row A1:V1 and the check labels I2:I6; sets the column widths', () => {
    for (const host of ['playground', 'excel', 'sheets'] as const) {
      expect(d[host].bold, host).toEqual([{ row: 0, col: 0, rows: 1, cols: 22 }, { row: 1, col: 8, rows: 5, cols: 1 }]);
      expect(d[host].columnWidths, host).toEqual({ 0: 60, 1: 380, 3: 130, 6: 260, 8: 170, 9: 320, 14: 90, 18: 130 });
    }
  });
});

describe('the columns the Dashboard reads', () => {
  it('playground: the chosen KPI\'s check-in in the last log row it plans for is charted', () => {
    // 29 check-ins in rows 2..30 of Check-ins; K13's one check-in is the last (row 30).
    const p = withDashboard('playground', new Formulas('playground', NAMES, 100, 100, undefined, 29), 'K13');
    const b = evaluatePlan(p);
    expect(b.value('Check-ins', 29, 1)).toBe('K13');
    expect(b.value('Dashboard', 5, 9)).toBe('OK: Patient wait time');
    expect(b.value('Dashboard', 1, 14)).toBe(serial('2026-11-22'));
    expect(b.value('Dashboard', 1, 15)).toBe(27);
    expect(b.value('Dashboard', 2, 14) ?? '').toBe('');
  });

  it('Excel: KPIs and check-ins are read through their tables, however few rows were planned', () => {
    // One planned KPI row and one log row: rows past them (K13, its check-in) must still be found.
    const f = new Formulas('excel', NAMES, 100, 1, defaultTableNames(NAMES), 1);
    const b = evaluatePlan(withDashboard('excel', f, 'K13'));
    expect(b.value('Dashboard', 5, 9)).toBe('OK: Patient wait time');
    expect(b.value('Dashboard', 1, 14)).toBe(serial('2026-11-22'));
    expect(b.value('Dashboard', 1, 15)).toBe(27);
    // Clinic (G11, K13): its goal and its KPI are counted.
    const teams = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((r) => b.value('Dashboard', r, 18));
    const clinic = teams.indexOf('Clinic') + 1;
    expect(clinic).toBeGreaterThan(0);
    const counts = [19, 20, 21].map((c) => b.value('Dashboard', clinic, c) as number);
    expect(counts.reduce((s, x) => s + x, 0)).toBe(2);
  });
});

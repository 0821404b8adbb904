/**
 * The template on the hosts as they really behave (issue 10): Excel desktop builds that send empty cells as 0, tables
 * that grow as rows are added, 5,000 answers, a goal in row 500, KPIs past every prepared row, and the Sheets flavour
 * over open-ended columns. Figures are compared with plain arithmetic written here, not with our functions.
 */
import { describe, expect, it } from 'vitest';
import { exampleData } from '../../shared/templates/exampleData';
import { GOALS_HEADERS, KPIS_HEADERS, SETTINGS } from '../../shared/templates/layout';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { planCascade } from '../../shared/templates/cascade';
import { serialFromParts } from '../../shared/functions/coerce';
import type { PlanCell, WorkbookPlan } from '../../shared/host/plan';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from './evaluatePlan';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
const serial = (iso: string) => serialFromParts(...(iso.split('-').map(Number) as [number, number, number]));
const NAMES = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review', Settings: 'Settings' };

const ex = exampleData(TODAY);
const npsOf = (answers: number[]) => (100 * (answers.filter((a) => a >= 9).length - answers.filter((a) => a <= 6).length)) / answers.length;
const attainmentOf = (k: (typeof ex.kpis)[number]) => {
  const actual = typeof k.actual === 'number' ? k.actual : npsOf(ex.npsAnswers);
  if (k.baseline !== null) return (actual - k.baseline) / (k.target - k.baseline);
  return k.direction === 'Lower' ? 2 - actual / k.target : actual / k.target;
};
const status = (a: number, g = 1, y = 0.9) => (a >= g ? 'Green' : a >= y ? 'Yellow' : 'Red');

/**
 * Rows typed into an Excel table: Excel makes them the table's own rows and extends its calculated columns over them
 * (that is what a table is for). The plan is changed the way the workbook would be.
 */
function appendToTable(plan: WorkbookPlan, table: string, rows: PlanCell[][]): number {
  const sheet = plan.addSheets.find((s) => s.tables?.some((t) => t.name === table))!;
  const t = sheet.tables!.find((x) => x.name === table)!;
  const at = t.range.row + t.range.rows;
  sheet.blocks.push({ row: at, col: t.range.col, cells: rows.map((r) => [...r, ...Array(t.range.cols - r.length).fill(null)]) });
  t.range.rows += rows.length;
  for (const f of sheet.fills ?? []) if (f.range.col >= t.range.col && f.range.col < t.range.col + t.range.cols) f.range.rows += rows.length;
  return at;
}

/** Every computed cell of the data rows with no input: must be "" (never an error, never a number). */
function computedOfEmptyRows(book: ReturnType<typeof evaluatePlan>, sheet: string, firstEmpty: number, last: number, cols: number[]) {
  const out: unknown[] = [];
  for (let r = firstEmpty; r <= last; r++) for (const c of cols) out.push(book.value(sheet, r, c));
  return out;
}

describe.each(['null', 'zero'] as const)('the Excel flavour with empty cells sent as %s', (emptyAs) => {
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'excel', TODAY);
  const book = evaluatePlan(plan, { emptyAs });

  it('computes every KPI, the roll-up and the NPS as plain arithmetic does', () => {
    ex.kpis.forEach((k, i) => {
      const a = attainmentOf(k);
      expect(book.value('KPIs', i + 1, K('Attainment')), k.id).toBeCloseTo(a, 9);
      const elapsed = Math.min(1, (serial(TODAY) - serial(k.start)) / (serial(k.deadline) - serial(k.start)));
      expect(book.value('KPIs', i + 1, K('Pace')), k.id).toBeCloseTo(a / elapsed, 9);
      expect(book.value('KPIs', i + 1, K('Status')), k.id).toBe(status(a / elapsed));
    });
    expect(book.value('NPS', 1, 3)).toBe(npsOf(ex.npsAnswers));
    // G1 has two KPIs and three child goals; its roll-up must be a number, as must every goal's with KPIs.
    expect(typeof book.value('Goals', 1, G('Roll-up'))).toBe('number');
    expect(book.value('Goals', 12, G('Check'))).toBe('No KPI');
  });

  it('leaves every empty prepared row empty: no error, no 0', () => {
    const kpiCols = (['Attainment', 'Pace', 'Status', 'Team', 'Check'] as const).map(K);
    const kpiVals = computedOfEmptyRows(book, 'KPIs', ex.kpis.length + 1, 100, kpiCols);
    expect(new Set(kpiVals)).toEqual(new Set(['']));
    const goalCols = (['SMART check', 'Roll-up', 'Status', 'KPIs', 'Check'] as const).map(G);
    expect(new Set(computedOfEmptyRows(book, 'Goals', ex.goals.length + 1, 100, goalCols))).toEqual(new Set(['']));
  });

  it('counts 100 answers among 900 empty rows of the answers table as 100 answers (NPS 45, not -85.5)', () => {
    const answers = [...Array(60).fill(10), ...Array(25).fill(8), ...Array(15).fill(5)];
    const p = planApplyTemplate(empty, { template: 'cascade', exampleData: false }, 'excel', TODAY).plan;
    const nps = p.addSheets.find((s) => s.name === 'NPS')!;
    nps.blocks[0].cells = [nps.blocks[0].cells[0], ...answers.map((a) => [a])];
    nps.tables![0].range.rows = 1001; // the user made the table 1,000 rows long
    const b = evaluatePlan(p, { emptyAs });
    expect(b.value('NPS', 1, 3)).toBe(45);
    expect(b.value('NPS', 3, 3)).toBe(100);
  });
});

describe('nothing stops at a fixed row', () => {
  it('counts 5,000 NPS answers on every host flavour', () => {
    const answers = Array.from({ length: 5000 }, (_, i) => (i % 10 < 6 ? 10 : i % 10 < 8 ? 7 : 3));
    for (const host of ['excel', 'playground'] as HostKind[]) {
      const sheets = planCascade({ host, names: NAMES, today: TODAY, exampleData: false, npsAnswers: answers });
      const b = evaluatePlan({ addSheets: sheets });
      expect(b.value('NPS', 3, 3), host).toBe(5000);
      expect(b.value('NPS', 1, 3), host).toBeCloseTo(npsOf(answers), 9);
    }
    const sheets = planCascade({ host: 'sheets', names: NAMES, today: TODAY, exampleData: false, npsAnswers: answers });
    const formulas = JSON.stringify(sheets.find((s) => s.name === 'NPS')!.blocks);
    expect(formulas).toContain('NPS(ARRAYFORMULA(IFERROR(A2:A,');
    expect(formulas).not.toMatch(/A2:A\d/);
  });

  it('rolls up and colours a goal added as row 500 of the Excel table, with a KPI past every prepared row', () => {
    const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'excel', TODAY);
    const goalsTable = plan.addSheets.find((s) => s.name === 'Goals')!.tables![0];
    const fillers = Array.from({ length: 499 - goalsTable.range.rows }, () => [] as PlanCell[]);
    appendToTable(plan, goalsTable.name, fillers);
    const row = appendToTable(plan, goalsTable.name, [['G500', 'Team', 'G2', 'Line 9', 'Ana', 'Raise output of line 9 by 5% by 2027-06-30', { date: '2026-01-01' }, { date: '2027-06-30' }, 1]]);
    expect(row).toBe(499); // spreadsheet row 500
    const kpisTable = plan.addSheets.find((s) => s.name === 'KPIs')!.tables![0];
    appendToTable(plan, kpisTable.name, Array.from({ length: 300 - kpisTable.range.rows }, () => []));
    const kRow = appendToTable(plan, kpisTable.name, [['K300', 'G500', 'Units per week', '', 'units', 'Lagging', 'Higher', 'Weekly', 'Ana', 100, 120, 110, { date: '2026-01-01' }, { date: '2027-06-30' }]]);
    for (const emptyAs of ['null', 'zero'] as const) {
      const b = evaluatePlan(plan, { emptyAs });
      expect(b.value('KPIs', kRow, K('Attainment')), emptyAs).toBeCloseTo(0.5, 12);
      expect(b.value('KPIs', kRow, K('Team')), emptyAs).toBe('Line 9');
      expect(b.value('Goals', row, G('Roll-up')), emptyAs).toBeCloseTo(0.5, 12);
      expect(b.value('Goals', row, G('Status')), emptyAs).toBe('Red');
      expect(b.value('Goals', row, G('KPIs')), emptyAs).toBe(1);
      expect(b.value('Goals', row, G('Check')), emptyAs).toBe('OK');
      // ...and its parent G2 now rolls it up too.
      const g2 = ex.kpis.filter((k) => k.goal === 'G2').map(attainmentOf);
      expect(b.value('Goals', 2, G('Roll-up')), emptyAs).toBeCloseTo((g2.reduce((s, a) => s + a, 0) + 0.5) / (g2.length + 1), 9);
    }
  });

  it('counts a KPI past the prepared rows in the owner limit', () => {
    const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'excel', TODAY);
    const t = plan.addSheets.find((s) => s.name === 'KPIs')!.tables![0];
    const owner = 'Head of sales';
    const have = ex.kpis.filter((k) => k.owner === owner).length;
    const extra = Array.from({ length: 6 - have }, (_, i) => [`KX${i}`, 'G3', `Extra ${i}`, '', '', '', '', '', owner, '', 1, '', '', { date: '2027-01-01' }] as PlanCell[]);
    appendToTable(plan, t.name, Array.from({ length: 150 - t.range.rows }, () => []));
    const at = appendToTable(plan, t.name, extra);
    const b = evaluatePlan(plan);
    expect(b.value('KPIs', at, K('Check'))).toBe('Owner has too many KPIs');
  });
});

describe('formulas every host can read', () => {
  const flavours: HostKind[] = ['excel', 'sheets', 'playground'];
  const formulasOf = (host: HostKind, withRules = true) => {
    const sheets = planCascade({ host, names: NAMES, today: TODAY, exampleData: true });
    const out: { sheet: string; f: string }[] = [];
    for (const s of sheets) {
      for (const b of s.blocks) for (const r of b.cells) for (const c of r) if (c && typeof c === 'object' && 'formula' in c) out.push({ sheet: s.name, f: c.formula });
      for (const f of s.fills ?? []) out.push({ sheet: s.name, f: f.formula });
      if (withRules) for (const r of s.conditionalRules ?? []) out.push({ sheet: s.name, f: r.formula });
    }
    return out;
  };

  it.each(flavours)('never leaves an argument empty (%s)', (host) => {
    for (const { f } of formulasOf(host)) expect(f.replace(/"[^"]*"/g, '""')).not.toMatch(/\(,|,,|,\)/);
  });

  it('Sheets: every range over our data columns is open-ended (no fixed last row), OKRs aside (issue 16)', () => {
    for (const { sheet, f } of formulasOf('sheets')) {
      if (sheet === 'OKRs' || sheet === 'Strategy' || sheet === 'Settings') continue;
      expect(f, `${sheet}: ${f}`).not.toMatch(/\$?[A-Z]{1,2}\$?\d+:\$?[A-Z]{1,2}\$?\d+/);
    }
  });

  it('Excel: the computed columns of the tables hold no A1 reference to a row (they grow with the table)', () => {
    // (Conditional-format rules are relative to their range by design and cover whole columns.)
    for (const { sheet, f } of formulasOf('excel', false)) {
      if (sheet === 'OKRs' || sheet === 'Strategy' || sheet === 'Settings') continue;
      const bare = f.replace(/"[^"]*"/g, '""').replace(/\[[^\]]*\]\]?/g, '').replace(/\$[A-Z]+\$\d+/g, '');
      expect(bare, `${sheet}: ${f}`).not.toMatch(/\b[A-Z]{1,2}\$?\d+\b/);
    }
  });
});

describe('Settings guard the traffic lights', () => {
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY);
  const settings = plan.addSheets.find((s) => s.name === 'Settings')!;
  const withValue = (row: number, v: PlanCell) => {
    const copy = structuredClone(plan);
    copy.addSheets.find((s) => s.name === 'Settings')!.blocks[0].cells[row][1] = v;
    return evaluatePlan(copy);
  };
  it('says OK for the defaults and names a threshold that is text or above green', () => {
    const b = evaluatePlan(plan);
    for (let r = 1; r < settings.blocks[0].cells.length; r++) expect(b.value('Settings', r, 3), String(r)).toBe('OK');
    expect(withValue(SETTINGS.yellowAt.row, 'ninety').value('Settings', SETTINGS.yellowAt.row, 3)).toMatch(/^Not a number/);
    expect(withValue(SETTINGS.yellowAt.row, 1.2).value('Settings', SETTINGS.yellowAt.row, 3)).toMatch(/^Above green at/);
  });
  it('colours nothing while a threshold is not a number (rather than every row red)', async () => {
    const { evaluateRules } = await import('./ruleEval');
    const b = withValue(SETTINGS.yellowAt.row, 'ninety');
    const goals = plan.addSheets.find((s) => s.name === 'Goals')!;
    expect(evaluateRules(b, 'Goals', goals.conditionalRules!, 1, G('Status'))).toEqual([]);
    const ok = evaluatePlan(plan);
    expect(evaluateRules(ok, 'Goals', goals.conditionalRules!, 1, G('Status'))).toHaveLength(1);
  });
});

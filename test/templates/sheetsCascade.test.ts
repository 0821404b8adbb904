/**
 * The cascade template's Sheets flavour evaluated, not only matched by regular expressions: every sheet but the
 * Dashboard (evaluated in test/dashboard/sheetsDashboard.test.ts) translated for HyperFormula by
 * ../dashboard/sheetsFlavour.ts (open-ended ranges bounded, array literals, Sheets' FILTER over whole rows), its
 * header-cell array formulas computed, and every figure compared with the per-row (playground) flavour's for the same
 * example data. The per-row flavour's figures are themselves checked against plain arithmetic in cascade.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import type { PlanCell, WorkbookPlan } from '../../shared/host/plan';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { GOALS_HEADERS, KPIS_HEADERS } from '../../shared/templates/layout';
import { registerSheetsFunctions } from '../dashboard/sheetsFunctions';
import { checkSheetsShapes, translateSheetsPlan } from '../dashboard/sheetsFlavour';
import { evaluatePlan } from './evaluatePlan';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const apply = (host: 'playground' | 'sheets') => planApplyTemplate(empty, { template: 'cascade', exampleData: true }, host, TODAY).plan;
const withoutDashboard = (p: WorkbookPlan): WorkbookPlan => ({ ...p, addSheets: p.addSheets.filter((s) => s.name !== 'Dashboard') });
/** Every formula of a plan with where it is. */
const formulasOf = (p: WorkbookPlan) =>
  p.addSheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flatMap((row, r) => row.flatMap((c, j) =>
    c && typeof c === 'object' && 'formula' in c ? [{ sheet: s.name, row: b.row + r, col: b.col + j, formula: c.formula }] : []))));

/** Evaluate the Sheets flavour, shapes checked first; open-ended ranges end at row `lastRow` (1-based). */
function evaluateSheets(plan: WorkbookPlan, lastRow: number) {
  for (const f of formulasOf(plan)) checkSheetsShapes(f.formula);
  registerSheetsFunctions();
  return evaluatePlan(translateSheetsPlan(plan, lastRow));
}

describe('the cascade template\'s Sheets flavour, evaluated', () => {
  const playground = evaluatePlan(withoutDashboard(apply('playground')));
  const sheetsPlan = withoutDashboard(apply('sheets'));
  // Open-ended ranges end a few rows below the longest sheet, so the rows below the data are evaluated too.
  const lastRow = Math.max(...sheetsPlan.addSheets.map((s) => (playground.values(s.name) as unknown[][]).length)) + 3;
  const sheets = evaluateSheets(sheetsPlan, lastRow);
  const cell = (g: unknown[][], r: number, c: number) => {
    const v = g[r]?.[c];
    return v === undefined || v === '' ? null : v;
  };

  /** The filled rows of a sheet in the playground, compared column by column with the Sheets flavour's. */
  const compare = (sheet: string, headers: readonly string[], columns: readonly string[]) => {
    const want = playground.values(sheet) as unknown[][];
    const got = sheets.values(sheet) as unknown[][];
    let rows = 0;
    for (let r = 1; r < want.length; r++) {
      if (cell(want, r, 0) === null) continue;
      rows++;
      for (const h of columns) {
        const c = headers.indexOf(h);
        expect(c, h).toBeGreaterThanOrEqual(0);
        const w = cell(want, r, c);
        const g = cell(got, r, c);
        const at = `${sheet} row ${r + 1} ${h}`;
        if (typeof w === 'number') {
          expect(typeof g, `${at}: ${JSON.stringify(g)}`).toBe('number');
          expect(g as number, at).toBeCloseTo(w, 9);
        } else expect(g, at).toEqual(w);
      }
    }
    return rows;
  };

  it('has a header-cell array formula over open-ended ranges for each computed KPI column (the form under test)', () => {
    const kpiFormulas = formulasOf(sheetsPlan).filter((f) => f.sheet === 'KPIs' && f.row === 0);
    expect(kpiFormulas.map((f) => KPIS_HEADERS[f.col])).toEqual(expect.arrayContaining(['Attainment', 'Pace', 'Status', 'Team', 'Check']));
    for (const f of kpiFormulas) expect(f.formula, KPIS_HEADERS[f.col]).toMatch(/[A-Z]2:[A-Z](?![0-9])/);
  });

  it('computes the same KPI figures as the per-row flavour: attainment, pace, status, team, check, check-ins, projection', () => {
    const n = compare('KPIs', KPIS_HEADERS, ['Attainment', 'Pace', 'Status', 'Team', 'Check', 'Latest check-in', 'Last update',
      'Next update due', 'Confidence', 'Projected', 'Projected attainment']);
    expect(n).toBeGreaterThan(5);
  });

  it('computes the same goal figures: SMART check, roll-up, status, KPI count, check', () => {
    const n = compare('Goals', GOALS_HEADERS, ['SMART check', 'Roll-up', 'Status', 'KPIs', 'Check']);
    expect(n).toBeGreaterThan(5);
  });

  it('leaves the rows below the data empty: an array formula over L2:L writes "" there, never a figure or an error', () => {
    const got = sheets.values('KPIs') as unknown[][];
    const want = playground.values('KPIs') as unknown[][];
    const last = want.reduce((n, row, r) => (cell(want, r, 0) !== null ? r : n), 0);
    for (let r = last + 1; r < got.length; r++) {
      for (const h of ['Attainment', 'Pace', 'Status', 'Check'] as const) expect(cell(got, r, KPIS_HEADERS.indexOf(h)), `KPIs row ${r + 1} ${h}`).toBeNull();
    }
  });
});

describe('the shape rule: Sheets rejects an array formula whose ranges differ in shape', () => {
  it('fails M1:M beside L2:L, as Sheets does ("Array arguments ... are of different size")', () => {
    expect(() => checkSheetsShapes('={"Pace";KPI_PACE(L2:L,K2:K,M1:M,N2:N,Settings!$B$6)}')).toThrow(/M1:M.*L2:L|L2:L.*M1:M/);
    expect(() => checkSheetsShapes('=ARRAYFORMULA(IF(A2:A="","",B3:B))')).toThrow(/different size/);
  });
  it('accepts ranges of one shape, also absolute and on other sheets, and single cells beside them', () => {
    expect(() => checkSheetsShapes('={"Pace";KPI_PACE(L2:L,K2:K,M2:M,N2:N,Settings!$B$6)}')).not.toThrow();
    expect(() => checkSheetsShapes("=ARRAYFORMULA(IF(A2:A=\"\",\"\",COUNTIF('Check-ins'!$B$2:$B,A2:A)))")).not.toThrow();
  });
  it('passes every formula the Sheets flavour writes, the Dashboard\'s included', () => {
    const all = formulasOf(apply('sheets'));
    expect(all.length).toBeGreaterThan(50);
    for (const f of all) expect(() => checkSheetsShapes(f.formula), `${f.sheet} row ${f.row + 1} column ${f.col + 1}`).not.toThrow();
  });
  it('catches a template column that starts one row off: the whole Sheets plan is refused', () => {
    const broken = withoutDashboard(apply('sheets'));
    const kpis = broken.addSheets.find((s) => s.name === 'KPIs')!;
    const header = kpis.blocks.find((b) => b.row === 0)!;
    const pace = KPIS_HEADERS.indexOf('Pace');
    const f = header.cells[0][pace] as { formula: string };
    expect(f.formula).toContain('M2:M');
    header.cells[0][pace] = { formula: f.formula.replace('M2:M', 'M1:M') };
    expect(() => evaluateSheets(broken, 40)).toThrow(/different size/);
  });
});

describe('the Sheets flavour reads the latest check-in before the Actual column, as the per-row flavour does', () => {
  /** The plan with K1's latest check-in changed to `value` (in both flavours the log is a block from A1 of Check-ins). */
  const withLatestK1 = (plan: WorkbookPlan, value: number): WorkbookPlan => {
    const log = plan.addSheets.find((s) => s.name === 'Check-ins')!.blocks.find((b) => b.row === 0 && b.col === 0)!;
    const dateOf = (r: PlanCell[]) => (r[0] && typeof r[0] === 'object' && 'date' in r[0] ? r[0].date : '');
    const k1 = log.cells.filter((r) => r[1] === 'K1').sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
    k1[k1.length - 1][2] = value;
    return plan;
  };
  it('K1 measured at its changed latest check-in: attainment (25 - 20) / (22 - 20) = 2.5 on both', () => {
    const playground = evaluatePlan(withLatestK1(withoutDashboard(apply('playground')), 25));
    const sheetsPlan = withLatestK1(withoutDashboard(apply('sheets')), 25);
    const lastRow = Math.max(...sheetsPlan.addSheets.map((s) => (playground.values(s.name) as unknown[][]).length)) + 3;
    const sheets = evaluateSheets(sheetsPlan, lastRow);
    const row = (playground.values('KPIs') as unknown[][]).findIndex((r) => r[0] === 'K1');
    // K1: baseline 20, target 22, Actual column 21.5 (example data); the check-in's 25 must win.
    for (const [host, book] of [['playground', playground], ['sheets', sheets]] as const) {
      expect(book.value('KPIs', row, KPIS_HEADERS.indexOf('Latest check-in')), host).toBe(25);
      expect(book.value('KPIs', row, KPIS_HEADERS.indexOf('Attainment')) as number, host).toBeCloseTo(2.5, 9);
    }
  });
});

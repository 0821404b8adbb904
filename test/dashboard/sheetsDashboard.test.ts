/**
 * The Sheets Dashboard's formulas evaluated (not only their structure): its Dashboard sheet, translated for HyperFormula
 * by sheetsFlavour.ts, reads the example workbook's Goals, KPIs and Check-ins (their values as the playground flavour
 * computes them), and must list the same tree and the same figures as the playground's Dashboard.
 */
import { describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { DASH, CHECK_ROWS } from '../../shared/templates/dashboard';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { createHyperFormula } from '../../src/playground/hfPlugin';
import { evaluatePlan, toHf } from '../templates/evaluatePlan';
import { translateSheetsPlan } from './sheetsFlavour';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };

describe('the Sheets Dashboard evaluated', () => {
  const playground = evaluatePlan(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan);
  const sheetsPlan = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'sheets', TODAY).plan;
  // Open-ended ranges end at the last row the workbook uses (the longest sheet).
  const used = Math.max(...sheetsPlan.addSheets.map((s) => (s.name === 'Dashboard' ? 0 : (playground.values(s.name) as unknown[][]).length)));
  const dash = translateSheetsPlan({ addSheets: sheetsPlan.addSheets.filter((s) => s.name === 'Dashboard') }, used).addSheets[0];
  const sheets: Record<string, unknown[][]> = {};
  for (const s of sheetsPlan.addSheets) {
    if (s.name === 'Dashboard') continue;
    sheets[s.name] = (playground.values(s.name) as unknown[][]).map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v)));
  }
  const grid: unknown[][] = [];
  for (const b of dash.blocks) b.cells.forEach((row, r) => row.forEach((c, j) => {
    if (c !== null) (grid[b.row + r] ??= [])[b.col + j] = toHf(c);
  }));
  sheets.Dashboard = Array.from(grid, (r) => Array.from(r ?? [], (v) => (v === undefined ? null : v)));
  const hf = createHyperFormula(sheets);
  const got = hf.getSheetValues(hf.getSheetId('Dashboard')!) as unknown[][];
  const want = playground.values('Dashboard') as unknown[][];
  const block = (vals: unknown[][], c: number, w: number) => {
    const rows = vals.slice(1).map((r) => Array.from({ length: w }, (_, k) => r?.[c + k] ?? ''));
    const last = rows.map((r) => r[0] !== '').lastIndexOf(true);
    return rows.slice(0, last + 1).map((r) => r.map((v) => (typeof v === 'number' ? Number(v.toFixed(9)) : v)));
  };

  // Skipped until sheetsFlavour.ts evaluates FILTER over several columns (see its header).
  it.skip('lists the same goal tree (order, indentation, level, team, roll-up, status, notes)', () => {
    expect(block(got, DASH.tree, 7).length).toBeGreaterThan(5);
    expect(block(got, DASH.tree, 7)).toEqual(block(want, DASH.tree, 7));
  });
  // Skipped until sheetsFlavour.ts evaluates FILTER over several columns (see its header).
  it.skip('fills the same figures: attainment, the chosen KPI\'s check-ins against its line, statuses by team', () => {
    expect(block(got, DASH.attainment, 2)).toEqual(block(want, DASH.attainment, 2));
    expect(block(got, DASH.series, 3)).toEqual(block(want, DASH.series, 3));
    expect(block(got, DASH.teams, 4)).toEqual(block(want, DASH.teams, 4));
  });
  it('says the same in the checks', () => {
    for (const r of Object.values(CHECK_ROWS)) expect(got[r][DASH.checks + 1], `check row ${r}`).toEqual(want[r][DASH.checks + 1]);
  });
  // Skipped until sheetsFlavour.ts evaluates FILTER over several columns (see its header).
  it.skip('leaves the cells below the figures empty, so the charts\' open-ended ranges hold exactly the data', () => {
    for (const [c, w] of [[DASH.attainment, 2], [DASH.series, 3], [DASH.teams, 4]] as const) {
      const n = block(got, c, w).length;
      for (let k = 0; k < w; k++) expect(got[n + 1]?.[c + k] ?? null, `column ${c + k} row ${n + 2}`).toBeNull();
    }
  });
});

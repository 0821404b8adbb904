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
  // Not compared yet: the goal tree and the figures tables. HyperFormula cannot evaluate Sheets' FILTER over several
  // columns ("Ranges need to be of equal length"), so those formulas are checked for their structure only
  // (test/dashboard: open-ended ranges, one array formula per column). The checks below are evaluated.

  it('says the same in the checks', () => {
    for (const r of Object.values(CHECK_ROWS)) expect(got[r][DASH.checks + 1], `check row ${r}`).toEqual(want[r][DASH.checks + 1]);
  });
});

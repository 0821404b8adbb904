/**
 * The Sheets Dashboard's values, computed: its formulas, translated for HyperFormula by sheetsFlavour.ts, read the
 * other sheets' values from `data`, an evaluated workbook of the same content (the playground flavour computes the
 * same figures). Open-ended ranges end at the last row the workbook uses (the longest sheet). Sheets' FILTER and SORT
 * over several columns are SHEETSFILTER and SHEETSSORT (sheetsFunctions.ts).
 */
import type { WorkbookPlan } from '../../shared/host/plan';
import { createHyperFormula } from '../../src/playground/hfPlugin';
import { toHf, type evaluatePlan } from '../templates/evaluatePlan';
import { translateSheetsPlan } from './sheetsFlavour';
import { registerSheetsFunctions } from './sheetsFunctions';

export function sheetsDashboardValues(sheetsPlan: WorkbookPlan, data: ReturnType<typeof evaluatePlan>): unknown[][] {
  const used = Math.max(...sheetsPlan.addSheets.map((s) => (s.name === 'Dashboard' ? 0 : (data.values(s.name) as unknown[][]).length)));
  const dash = translateSheetsPlan({ addSheets: sheetsPlan.addSheets.filter((s) => s.name === 'Dashboard') }, used).addSheets[0];
  const sheets: Record<string, unknown[][]> = {};
  for (const s of sheetsPlan.addSheets) {
    if (s.name === 'Dashboard') continue;
    sheets[s.name] = (data.values(s.name) as unknown[][]).map((r) => r.map((v) => (typeof v === 'object' && v !== null ? null : v)));
  }
  const grid: unknown[][] = [];
  for (const b of dash.blocks) b.cells.forEach((row, r) => row.forEach((c, j) => {
    if (c !== null) (grid[b.row + r] ??= [])[b.col + j] = toHf(c);
  }));
  sheets.Dashboard = Array.from(grid, (r) => Array.from(r ?? [], (v) => (v === undefined ? null : v)));
  registerSheetsFunctions();
  const hf = createHyperFormula(sheets);
  return hf.getSheetValues(hf.getSheetId('Dashboard')!) as unknown[][];
}

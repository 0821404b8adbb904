/** Write a workbook plan into HyperFormula (with our plugin) the simple way, to check its numbers without any host. */
import { literalText, type PlanCell, type WorkbookPlan } from '../../shared/host/plan';
import { serialFromParts } from '../../shared/functions/coerce';
import { createHyperFormula, emptyCells } from '../../src/playground/hfPlugin';
import { translateExcelPlan } from './excelFlavour';

export function toHf(c: PlanCell): unknown {
  if (c === null) return null;
  // Text goes in as the adapters write it: with the apostrophe prefix when it would otherwise read as a formula.
  if (typeof c === 'string') return literalText(c);
  if (typeof c === 'object' && 'formula' in c) return c.formula;
  if (typeof c === 'object' && 'date' in c) {
    const [y, m, d] = c.date.split('-').map(Number);
    return serialFromParts(y, m, d);
  }
  return c;
}

/**
 * Evaluate a plan of any flavour. The Excel flavour's tables and calculated columns are translated to A1 first;
 * `emptyAs: 'zero'` plays an Excel desktop build, which sends empty cells as 0 (see hfPlugin's emptyCells).
 */
export function evaluatePlan(plan: WorkbookPlan, options: { emptyAs?: 'null' | 'zero' } = {}) {
  if (plan.addSheets.some((s) => s.tables?.length || s.fills?.length)) plan = translateExcelPlan(plan);
  const sheets: Record<string, unknown[][]> = {};
  for (const s of plan.addSheets) {
    const grid: unknown[][] = [];
    for (const b of s.blocks) {
      b.cells.forEach((row, r) => row.forEach((c, j) => {
        if (c === null) return;
        (grid[b.row + r] ??= [])[b.col + j] = toHf(c);
      }));
    }
    sheets[s.name] = Array.from(grid, (r) => Array.from(r ?? [], (v) => (v === undefined ? null : v)));
  }
  emptyCells.as = options.emptyAs ?? 'null';
  let hf;
  try {
    hf = createHyperFormula(sheets);
  } finally {
    emptyCells.as = 'null';
  }
  const id = (name: string) => hf.getSheetId(name)!;
  return {
    hf,
    value: (sheet: string, row: number, col: number) => hf.getCellValue({ sheet: id(sheet), row, col }),
    values: (sheet: string) => hf.getSheetValues(id(sheet)),
  };
}

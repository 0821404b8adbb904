/**
 * Traffic lights in the playground come from the SAME conditional-format rules the plans give Excel and Sheets:
 * for each cell of a rule's range, the rule's formula (written for the range's top-left cell) is moved to that cell
 * and evaluated by HyperFormula; TRUE (or a non-zero number) means the rule's fill and font apply.
 * As in both hosts, the first rule that holds for a cell wins.
 */
import type { CellRange, ConditionalRule } from '../../shared/host/plan';
import { shiftFormula } from './formulaShift';
import type { PlaygroundWorkbook } from './workbook';

export interface CellStyle {
  fill: string;
  font: string;
}

/** Does the rule hold for the cell (row, col) of its range? Errors count as "no", as in both hosts. */
export function ruleHolds(wb: PlaygroundWorkbook, sheet: string, rule: ConditionalRule, row: number, col: number): boolean {
  const formula = shiftFormula(rule.formula, row - rule.range.row, col - rule.range.col);
  let v: unknown;
  try {
    v = wb.hf.calculateFormula(formula, wb.sheetId(sheet));
  } catch {
    return false;
  }
  if (Array.isArray(v)) v = v[0]?.[0];
  return v === true || (typeof v === 'number' && v !== 0);
}

/** The conditional styles of the cells of `area` (rows x cols from a top-left), keyed "row,col". */
export function conditionalStyles(wb: PlaygroundWorkbook, sheet: string, area: CellRange): Map<string, CellStyle> {
  const styles = new Map<string, CellStyle>();
  for (const rule of wb.meta(sheet).conditionalRules) {
    const r0 = Math.max(rule.range.row, area.row);
    const r1 = Math.min(rule.range.row + rule.range.rows, area.row + area.rows);
    const c0 = Math.max(rule.range.col, area.col);
    const c1 = Math.min(rule.range.col + rule.range.cols, area.col + area.cols);
    for (let row = r0; row < r1; row++) {
      for (let col = c0; col < c1; col++) {
        const key = `${row},${col}`;
        if (!styles.has(key) && ruleHolds(wb, sheet, rule, row, col)) styles.set(key, { fill: rule.fill, font: rule.font });
      }
    }
  }
  return styles;
}

/**
 * Remembers the evaluated styles of the areas drawn (the scrolling cells, the frozen rows) until the workbook
 * changes, so scrolling and re-rendering do not re-evaluate every rule.
 */
export class ConditionalStyleCache {
  private version = -1;
  private readonly areas = new Map<string, Map<string, CellStyle>>();

  constructor(private readonly wb: PlaygroundWorkbook) {}

  stylesFor(sheet: string, area: CellRange): Map<string, CellStyle> {
    if (this.version !== this.wb.version || this.areas.size > 8) {
      this.areas.clear();
      this.version = this.wb.version;
    }
    const key = `${sheet}|${area.row},${area.col},${area.rows},${area.cols}`;
    let styles = this.areas.get(key);
    if (!styles) this.areas.set(key, (styles = conditionalStyles(this.wb, sheet, area)));
    return styles;
  }
}

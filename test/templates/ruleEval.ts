/** Which traffic-light rules hold for one cell of an evaluated plan (the playground's rule logic: moved, then evaluated). */
import type { ConditionalRule } from '../../shared/host/plan';
import { shiftFormula } from '../../src/playground/formulaShift';
import type { evaluatePlan } from './evaluatePlan';

export function evaluateRules(book: ReturnType<typeof evaluatePlan>, sheet: string, rules: ConditionalRule[], row: number, col: number): ConditionalRule[] {
  const id = book.hf.getSheetId(sheet)!;
  return rules.filter((rule) => {
    if (col < rule.range.col || col >= rule.range.col + rule.range.cols || row < rule.range.row || row >= rule.range.row + rule.range.rows) return false;
    let v = book.hf.calculateFormula(shiftFormula(rule.formula, row - rule.range.row, col - rule.range.col), id) as unknown;
    if (Array.isArray(v)) v = v[0]?.[0];
    return v === true || (typeof v === 'number' && v !== 0);
  });
}

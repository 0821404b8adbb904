/**
 * Where a formula's array result spills, so the .xlsx can store it as Excel stores a dynamic array: the formula once,
 * over its spill range, and the result in every cell of it.
 */
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import type { CellRange } from '../../shared/host/plan';
import type { PlaygroundWorkbook } from './workbook';

/** HyperFormula keeps an array formula's size on its graph vertex; the public API tells only which cells are in an array. */
interface ArrayVertexLike {
  width: number;
  height: number;
}

function arrayVertex(hf: HyperFormula, a: SimpleCellAddress): ArrayVertexLike | undefined {
  const graph = (hf as unknown as { dependencyGraph?: { getCell(a: SimpleCellAddress): unknown } }).dependencyGraph;
  const v = graph?.getCell(a) as Partial<ArrayVertexLike> | undefined;
  return v && typeof v.width === 'number' && typeof v.height === 'number' ? (v as ArrayVertexLike) : undefined;
}

/**
 * The range a formula cell's array result fills (its own cell first), or undefined for a formula with one value.
 * Falls back to walking the spilled neighbours should HyperFormula's internals change.
 */
export function spillRange(wb: PlaygroundWorkbook, sheet: string, row: number, col: number): CellRange | undefined {
  const a = { sheet: wb.sheetId(sheet), row, col };
  if (wb.hf.getCellType(a) !== 'ARRAYFORMULA') return undefined;
  const v = arrayVertex(wb.hf, a);
  if (v) return { row, col, rows: v.height, cols: v.width };
  let rows = 1;
  let cols = 1;
  while (wb.isSpilledCell(sheet, row + rows, col)) rows++;
  while (wb.isSpilledCell(sheet, row, col + cols)) cols++;
  return { row, col, rows, cols };
}

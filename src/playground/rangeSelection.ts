/** What the grid does with a selected range: copy it as text, clear it. */
import type { CellRange } from '../../shared/host/plan';
import { cellDisplay } from './cellDisplay';
import { toPastedText } from './pasteText';
import { MAX_COLS } from './selection';
import type { CellInput, PlaygroundWorkbook } from './workbook';

/** The most cells one copy or clear handles: far more than a playground sheet holds; beyond it the page would stall. */
export const MAX_RANGE_CELLS = 2_000_000;

function checkSize(r: CellRange, what: string): void {
  if (r.rows * r.cols > MAX_RANGE_CELLS) {
    throw new Error(`Cannot ${what} ${(r.rows * r.cols).toLocaleString('en')} cells at once (at most ${MAX_RANGE_CELLS.toLocaleString('en')}): select a smaller range.`);
  }
}

/**
 * The range as tab-separated text, each cell as the grid shows it (formatted values, not formulas), as Excel copies.
 * Whole rows (16,384 columns) are copied up to the last used column.
 */
export function rangeText(wb: PlaygroundWorkbook, sheet: string, range: CellRange): string {
  const r = range.cols === MAX_COLS ? { ...range, cols: Math.max(1, wb.size(sheet).cols) } : range;
  checkSize(r, 'copy');
  const rows: string[][] = [];
  for (let row = r.row; row < r.row + r.rows; row++) {
    const line: string[] = [];
    for (let col = r.col; col < r.col + r.cols; col++) line.push(cellDisplay(wb, sheet, row, col).text);
    rows.push(line);
  }
  return toPastedText(rows);
}

/**
 * Empty every cell of the range, as one undo step; only the part of it inside the used range is written (the rest is
 * empty already). Returns false when there was nothing to clear.
 */
export function clearRange(wb: PlaygroundWorkbook, sheet: string, r: CellRange): boolean {
  const used = wb.size(sheet);
  const rows = Math.min(r.row + r.rows, used.rows) - r.row;
  const cols = Math.min(r.col + r.cols, used.cols) - r.col;
  if (rows <= 0 || cols <= 0) return false;
  checkSize({ ...r, rows, cols }, 'clear');
  let filled = false;
  for (let row = r.row; row < r.row + rows && !filled; row++) {
    for (let col = r.col; col < r.col + cols && !filled; col++) filled = wb.input(sheet, row, col) !== null;
  }
  if (!filled) return false;
  wb.setInputs(sheet, r.row, r.col, Array.from({ length: rows }, () => Array<CellInput>(cols).fill(null)));
  return true;
}

/**
 * Which sheet is shown, which cell is active and which range is selected: view state shared by the grid, the adapter
 * and persistence. As in Excel, the active cell stays where the selection started while Shift+click, Shift+arrows or
 * a mouse drag move the other corner of the range.
 */
import type { CellRange } from '../../shared/host/plan';

/** Excel's 16,384 columns (A to XFD): a whole row reaches this far. */
export const MAX_COLS = 16_384;

export interface CellPosition {
  sheet: string;
  row: number;
  col: number;
}

/** The rectangle between two cells, whichever corners they are. */
export function rangeBetween(a: { row: number; col: number }, b: { row: number; col: number }): CellRange {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

export class Selection {
  private current: CellPosition;
  /** The range's corner across from the active cell; the active cell itself when one cell is selected. */
  private corner: { row: number; col: number };
  /** Whole rows are selected (a row number was clicked): every column of them, whatever the corner says. */
  private rows = false;
  private readonly listeners = new Set<(p: CellPosition) => void>();

  constructor(initial: CellPosition) {
    this.current = { ...initial };
    this.corner = { row: initial.row, col: initial.col };
  }

  /** The active cell. */
  get(): CellPosition {
    return { ...this.current };
  }

  /** The selected range (one cell unless extended). */
  range(): CellRange {
    const r = rangeBetween(this.current, this.corner);
    return this.rows ? { ...r, col: 0, cols: MAX_COLS } : r;
  }

  get wholeRows(): boolean {
    return this.rows;
  }

  /** The corner Shift+arrows move. */
  extent(): { row: number; col: number } {
    return { ...this.corner };
  }

  /** Select one cell. */
  set(p: CellPosition): void {
    const next = { sheet: p.sheet, row: Math.max(0, p.row), col: Math.max(0, p.col) };
    const single = !this.rows && this.corner.row === this.current.row && this.corner.col === this.current.col;
    if (single && next.sheet === this.current.sheet && next.row === this.current.row && next.col === this.current.col) return;
    this.current = next;
    this.corner = { row: next.row, col: next.col };
    this.rows = false;
    this.notify();
  }

  /** Select from the active cell to this cell (Shift+click, Shift+arrow, a drag). */
  extendTo(row: number, col: number): void {
    const next = { row: Math.max(0, row), col: Math.max(0, Math.min(col, MAX_COLS - 1)) };
    if (next.row === this.corner.row && next.col === this.corner.col) return;
    this.corner = next;
    this.notify();
  }

  /** Select whole rows, from row `from` (the active cell's, in column A) to row `to`. */
  selectRows(sheet: string, from: number, to: number): void {
    this.current = { sheet, row: Math.max(0, from), col: 0 };
    this.corner = { row: Math.max(0, to), col: 0 };
    this.rows = true;
    this.notify();
  }

  onChange(listener: (p: CellPosition) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l(this.get());
  }
}

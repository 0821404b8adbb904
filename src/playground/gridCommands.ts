/**
 * What the grid's keys and menus do to the workbook, on the selection: undo and redo, insert and delete the selected
 * rows, clear the selected range, copy it, set a column's width. Errors are said through onError, never thrown into
 * the page, and the workbook is left as it was.
 */
import { clampWidth, fitWidth, setColumnWidth } from './columnResize';
import { DEFAULT_COL_WIDTH } from './gridGeometry';
import { clearRange, rangeText } from './rangeSelection';
import { insertRows, removeRows } from './rowOps';
import type { Selection } from './selection';
import type { PlaygroundWorkbook } from './workbook';

/** The parts of a key press that pick a command (a KeyboardEvent has them). */
export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
}

export class GridCommands {
  constructor(
    private readonly wb: PlaygroundWorkbook,
    private readonly selection: Selection,
    private readonly onError: (message: string) => void = () => undefined,
  ) {}

  /** Run a change the user asked for; what goes wrong is said. */
  run(change: () => void): void {
    try {
      change();
    } catch (err) {
      this.onError(err instanceof Error ? err.message : String(err));
    }
  }

  /**
   * The command of a Ctrl (or Cmd) key: Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z redo; Excel's Insert (Ctrl+Shift+=, which
   * is Ctrl++ on most keyboards, and the keypad's +) and Delete (Ctrl+-) act on the selected rows, whole rows always.
   */
  forCtrlKey(e: KeyPress): (() => void) | undefined {
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) return () => this.wb.undo();
    if (key === 'y' || (key === 'z' && e.shiftKey)) return () => this.wb.redo();
    if ((e.shiftKey && (e.code === 'Equal' || key === '+')) || e.code === 'NumpadAdd') return () => this.insertRows('above');
    if (key === '-' || e.code === 'Minus' || e.code === 'NumpadSubtract') return () => this.removeRows();
    return undefined;
  }

  /** As many rows as are selected, above or below them. */
  insertRows(where: 'above' | 'below'): void {
    const { row, rows } = this.selection.range();
    this.run(() => insertRows(this.wb, this.selection.get().sheet, where === 'above' ? row : row + rows, rows));
  }

  /** Delete the selected rows; the active cell stays on the row that moved up into their place. */
  removeRows(): void {
    const { row, rows } = this.selection.range();
    const s = this.selection.get();
    this.run(() => removeRows(this.wb, s.sheet, row, rows));
    this.selection.set({ sheet: s.sheet, row, col: s.col });
  }

  /** Delete / Backspace: empty every cell of the selected range, one undo step. */
  clear(): void {
    this.run(() => void clearRange(this.wb, this.selection.get().sheet, this.selection.range()));
  }

  /** The selected range as text for the clipboard; undefined (and the reason said) when it cannot be copied. */
  copyText(): string | undefined {
    let text: string | undefined;
    this.run(() => (text = rangeText(this.wb, this.selection.get().sheet, this.selection.range())));
    return text;
  }

  setWidth(col: number, px: number): void {
    this.run(() => setColumnWidth(this.wb, this.selection.get().sheet, col, px));
  }

  /** Fit a column to its widest cell, as a double-click on its edge does in Excel; an empty column gets the standard width. */
  fitColumn(col: number, measure: (text: string, bold: boolean) => number): void {
    const fitted = fitWidth(this.wb, this.selection.get().sheet, col, measure);
    this.setWidth(col, fitted > clampWidth(0) ? fitted : DEFAULT_COL_WIDTH);
  }
}

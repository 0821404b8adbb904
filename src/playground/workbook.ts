/**
 * The playground's workbook: HyperFormula holds the cells and computes them; beside it, per sheet, what a
 * spreadsheet keeps besides cells (number formats, conditional-format rules, validations, bold ranges, column widths,
 * frozen rows). Everything the grid, the adapter, persistence and the xlsx files read or write goes through here.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import type { CellRange, ChartPlan, ConditionalRule, NumberFormat, TablePlan, Validation } from '../../shared/host/plan';
import { freeSheetName } from '../../shared/host/plan';
import { UndoStack } from './undoStack';

/** What a cell holds as typed: a formula ("=..."), a value, or text; null is empty. */
export type CellInput = string | number | boolean | null;
/** What a cell shows before formatting. Errors as a DetailedCellError. */
export type CellResult = string | number | boolean | null | DetailedCellError;

export interface SheetMeta {
  numberFormats: NumberFormat[];
  conditionalRules: ConditionalRule[];
  validations: Validation[];
  bold: CellRange[];
  columnWidths: Record<number, number>;
  tables: TablePlan[];
  freezeRows?: number;
  freezeCols?: number;
  /** Charts drawn in the page from ranges of this sheet (chartPanel.ts); absent in workbooks saved before charts. */
  charts?: ChartPlan[];
}

export const emptyMeta = (): SheetMeta => ({ numberFormats: [], conditionalRules: [], validations: [], bold: [], columnWidths: {}, tables: [] });

export type ChangeListener = () => void;

/** The sheets' metadata (JSON, by sheet id) before and after one change: undo and redo put it back. */
interface MetaStep {
  before: string;
  after: string;
}

export const inRange = (r: CellRange, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

export class PlaygroundWorkbook {
  private readonly metas = new Map<number, SheetMeta>();
  private readonly listeners = new Set<ChangeListener>();
  private batchDepth = 0;
  private changedInBatch = false;
  /** Grows with every change: caches (e.g. evaluated conditional formats) compare it. */
  version = 0;
  /**
   * One step per top-level change, each beside the one undo entry HyperFormula keeps for it: every change runs in one
   * hf.batch (batch() below), and HyperFormula pushes one entry per batch, an empty one too (UndoRedo.commitBatchMode
   * in hyperformula 3.x). The same limit (HyperFormula's undoLimit) drops the same oldest steps.
   */
  private readonly history: UndoStack<MetaStep>;

  constructor(readonly hf: HyperFormula) {
    this.history = new UndoStack(hf.getConfig().undoLimit);
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  hasSheet(name: string): boolean {
    return this.hf.doesSheetExist(name);
  }

  /** The sheet's id; throws a readable error for a sheet that does not exist. */
  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`There is no sheet called "${name}".`);
    return id;
  }

  /** Add an empty sheet. A name that is taken is refused: nothing is ever overwritten. */
  addSheet(name: string): void {
    if (this.hasSheet(name)) throw new Error(`A sheet called "${name}" exists already.`);
    this.batch(() => {
      const added = this.hf.addSheet(name);
      this.metas.set(this.sheetId(added), emptyMeta());
      this.changed();
    });
  }

  /** A free name such as "Sheet2" for a new sheet. */
  freeName(wanted: string): string {
    return freeSheetName(wanted, this.sheetNames());
  }

  removeSheet(name: string): void {
    const id = this.sheetId(name);
    this.batch(() => {
      this.hf.removeSheet(id);
      this.metas.delete(id);
      this.changed();
    });
  }

  /** Remove every sheet (a new, empty workbook). */
  clear(): void {
    this.batch(() => {
      for (const name of this.sheetNames()) this.removeSheet(name);
    });
  }

  meta(sheet: string): SheetMeta {
    const id = this.sheetId(sheet);
    let m = this.metas.get(id);
    if (!m) this.metas.set(id, (m = emptyMeta()));
    return m;
  }

  /** Change a sheet's metadata (rules, formats...) and tell the listeners. */
  updateMeta(sheet: string, change: (meta: SheetMeta) => void): void {
    const meta = this.meta(sheet);
    this.batch(() => {
      change(meta);
      this.changed();
    });
  }

  private addr(sheet: string, row: number, col: number): SimpleCellAddress {
    return { sheet: this.sheetId(sheet), row, col };
  }

  /** The cell as typed (the formula for a formula cell); null for an empty cell and for a cell a formula spilled into. */
  input(sheet: string, row: number, col: number): CellInput {
    const a = this.addr(sheet, row, col);
    if (this.isSpilled(a)) return null;
    const v = this.hf.getCellSerialized(a);
    if (v instanceof Date || v === undefined) return null;
    return v as CellInput;
  }

  /** The computed value. */
  value(sheet: string, row: number, col: number): CellResult {
    const v = this.hf.getCellValue(this.addr(sheet, row, col));
    return v as CellResult;
  }

  /** How HyperFormula read a typed value (NUMBER_PERCENT for "50%", NUMBER_DATE for a date...). */
  valueKind(sheet: string, row: number, col: number): string {
    return this.hf.getCellValueDetailedType(this.addr(sheet, row, col));
  }

  isEmpty(sheet: string, row: number, col: number): boolean {
    return this.hf.isCellEmpty(this.addr(sheet, row, col));
  }

  /** A cell filled by a formula in another cell (an array result), not typed itself. */
  private isSpilled(a: SimpleCellAddress): boolean {
    return this.hf.isCellPartOfArray(a) && !this.hf.doesCellHaveFormula(a);
  }

  isSpilledCell(sheet: string, row: number, col: number): boolean {
    return this.isSpilled(this.addr(sheet, row, col));
  }

  /** Rows and columns from A1 to the last cell with anything in it. */
  size(sheet: string): { rows: number; cols: number } {
    const d = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: d.height, cols: d.width };
  }

  /** Write one cell as if typed. */
  setInput(sheet: string, row: number, col: number, input: CellInput): void {
    this.setInputs(sheet, row, col, [[input]]);
  }

  /** Write a block of cells as if typed, top-left at (row, col). */
  setInputs(sheet: string, row: number, col: number, inputs: CellInput[][]): void {
    if (!inputs.length) return;
    const at = this.addr(sheet, row, col);
    this.batch(() => {
      this.hf.setCellContents(at, inputs as RawCellContent[][]);
      this.changed();
    });
  }

  /** All typed cells of a sheet (formulas as text, spilled cells left out), rows outer, trailing empties trimmed. */
  inputs(sheet: string): CellInput[][] {
    const id = this.sheetId(sheet);
    const raw = this.hf.getSheetSerialized(id) as unknown[][];
    return raw.map((cells, row) =>
      cells.map((v, col) => (v === undefined || v instanceof Date || this.isSpilled({ sheet: id, row, col }) ? null : (v as CellInput))),
    );
  }

  /** Run several changes as one recalculation, one change notification and one undo step. */
  batch<T>(work: () => T): T {
    this.batchDepth++;
    let result!: T;
    let before: string | undefined;
    try {
      if (this.batchDepth === 1) {
        before = this.metaSnapshot();
        this.hf.batch(() => void (result = work()));
      } else result = work();
    } finally {
      this.batchDepth--;
      // hf.batch keeps an undo entry even when the work throws halfway, so the step is kept then too.
      if (before !== undefined) this.record(before);
    }
    if (this.batchDepth === 0 && this.changedInBatch) {
      this.changedInBatch = false;
      this.notify();
    }
    return result;
  }

  private metaSnapshot(): string {
    return JSON.stringify([...this.metas]);
  }

  private restoreMetas(snapshot: string): void {
    this.metas.clear();
    for (const [id, meta] of JSON.parse(snapshot) as [number, SheetMeta][]) this.metas.set(id, meta);
  }

  private record(before: string): void {
    this.history.push({ before, after: this.metaSnapshot() });
    // A change with no cell in it (a column width) does not clear HyperFormula's redo entries: keep both in step.
    this.hf.clearRedoStack();
  }

  get canUndo(): boolean {
    return this.batchDepth === 0 && this.history.canUndo && this.hf.isThereSomethingToUndo();
  }

  get canRedo(): boolean {
    return this.batchDepth === 0 && this.history.canRedo && this.hf.isThereSomethingToRedo();
  }

  /** Take back the last change (cells through HyperFormula's undo, metadata from the step); false when there is none. */
  undo(): boolean {
    if (!this.canUndo) return false;
    const step = this.history.undo() as MetaStep;
    this.hf.undo();
    this.restoreMetas(step.before);
    this.changed();
    return true;
  }

  /** Do the last undone change again; false when there is none. */
  redo(): boolean {
    if (!this.canRedo) return false;
    const step = this.history.redo() as MetaStep;
    this.hf.redo();
    this.restoreMetas(step.after);
    this.changed();
    return true;
  }

  /** Start a history afresh (after the page loads the saved workbook: that is not a step to undo). */
  forgetHistory(): void {
    this.history.clear();
    this.hf.clearUndoStack();
    this.hf.clearRedoStack();
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    if (this.batchDepth > 0) this.changedInBatch = true;
    else this.notify();
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  /** The number format that applies to a cell: the last one given for a range holding it. */
  formatAt(sheet: string, row: number, col: number): string | undefined {
    const formats = this.meta(sheet).numberFormats;
    for (let i = formats.length - 1; i >= 0; i--) if (inRange(formats[i].range, row, col)) return formats[i].format;
    return undefined;
  }

  isBold(sheet: string, row: number, col: number): boolean {
    return this.meta(sheet).bold.some((r) => inRange(r, row, col));
  }
}

export { DetailedCellError };

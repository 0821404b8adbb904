/**
 * The playground's workbook: HyperFormula holds the cells and computes them; beside it, per sheet, what a
 * spreadsheet keeps besides cells (number formats, conditional-format rules, validations, bold ranges, column widths,
 * frozen rows). Everything the grid, the adapter, persistence and the xlsx files read or write goes through here.
 */
import type { HyperFormula, RawCellContent, SimpleCellAddress } from 'hyperformula';
import { DetailedCellError } from 'hyperformula';
import type { CellRange, ChartPlan, ConditionalRule, NumberFormat, TablePlan, Validation } from '../../shared/host/plan';
import { freeSheetName } from '../../shared/host/plan';

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

export const inRange = (r: CellRange, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

export class PlaygroundWorkbook {
  private readonly metas = new Map<number, SheetMeta>();
  private readonly listeners = new Set<ChangeListener>();
  private batchDepth = 0;
  private changedInBatch = false;
  /** Grows with every change: caches (e.g. evaluated conditional formats) compare it. */
  version = 0;

  constructor(readonly hf: HyperFormula) {}

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
    const added = this.hf.addSheet(name);
    this.metas.set(this.sheetId(added), emptyMeta());
    this.changed();
  }

  /** A free name such as "Sheet2" for a new sheet. */
  freeName(wanted: string): string {
    return freeSheetName(wanted, this.sheetNames());
  }

  removeSheet(name: string): void {
    const id = this.sheetId(name);
    this.hf.removeSheet(id);
    this.metas.delete(id);
    this.changed();
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
    change(this.meta(sheet));
    this.changed();
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
    this.hf.setCellContents(this.addr(sheet, row, col), inputs as RawCellContent[][]);
    this.changed();
  }

  /** All typed cells of a sheet (formulas as text, spilled cells left out), rows outer, trailing empties trimmed. */
  inputs(sheet: string): CellInput[][] {
    const id = this.sheetId(sheet);
    const raw = this.hf.getSheetSerialized(id) as unknown[][];
    return raw.map((cells, row) =>
      cells.map((v, col) => (v === undefined || v instanceof Date || this.isSpilled({ sheet: id, row, col }) ? null : (v as CellInput))),
    );
  }

  /** Run several changes as one recalculation and one change notification. */
  batch<T>(work: () => T): T {
    this.batchDepth++;
    let result!: T;
    try {
      if (this.batchDepth === 1) this.hf.batch(() => void (result = work()));
      else result = work();
    } finally {
      this.batchDepth--;
    }
    if (this.batchDepth === 0 && this.changedInBatch) {
      this.changedInBatch = false;
      this.notify();
    }
    return result;
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

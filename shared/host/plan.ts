/**
 * Workbook plans: what to write where, decided by the core and executed by each host adapter in the fewest calls its
 * API allows (Excel: queue everything, one context.sync() per phase; Sheets: one 2-D call per block; playground:
 * HyperFormula batch). A plan can be checked without any host by evaluating it in HyperFormula.
 *
 * Coordinates are 0-based (row 0 = spreadsheet row 1, col 0 = column A). Sheet names in a plan are final: the core
 * chose free names from the workbook's existing ones before planning, so cross-sheet formulas are already right.
 */

/** What one cell of a block receives. */
export type PlanCell =
  | null // leave the cell empty
  | number
  | boolean
  /** Text, written as text whatever it looks like ("1.10", "TRUE", "=1+1"): adapters use literalText(). */
  | string
  /** A formula in the host's own syntax, beginning with "=". */
  | { formula: string }
  /** A date, written as the host's date value (Excel serial / Sheets Date) with the block's date format. */
  | { date: string /* YYYY-MM-DD */ };

export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Block {
  row: number;
  col: number;
  /** Rows outer; every row the same length. */
  cells: PlanCell[][];
  /**
   * Excel: these rows go right below this table and become its new rows (Table.rows.add), so they get the table's
   * formats and validations. Writing below a table does not make it grow when an add-in writes.
   */
  appendToTable?: string;
  /**
   * Append these rows after the last row with content, wherever that is (Sheets: Sheet.appendRow, one call whatever the
   * size of the log; playground: the first empty row). `row` is then only the planner's estimate.
   */
  appendBelowData?: boolean;
}

export interface NumberFormat {
  range: CellRange;
  /** A format both hosts understand: "0%", "0.0%", "0.00", "#,##0", "yyyy-mm-dd", "@". */
  format: string;
}

export type Validation =
  | { range: CellRange; kind: 'list'; values: string[]; help?: string }
  /** A drop-down of the values in a range (e.g. the goal IDs column), as an absolute A1 reference with sheet. */
  | { range: CellRange; kind: 'listFromRange'; source: string; help?: string }
  | { range: CellRange; kind: 'number'; min?: number; max?: number; help?: string }
  | { range: CellRange; kind: 'date'; help?: string };

/** The marker every conditional-format rule of ours carries in its formula, because no host gives rules an ID. */
export const CF_MARKER = 'N("goals-tl")=0';

export interface ConditionalRule {
  range: CellRange;
  /**
   * A custom formula relative to the range's top-left cell, in the host's syntax, already AND-ed with CF_MARKER
   * (use withMarker()). True means the style applies.
   */
  formula: string;
  fill: string; // "#C6EFCE"
  font: string; // "#006100"
}

/**
 * The same formula in every cell of a column range: an Excel table's calculated column. Its formula must not depend on
 * the row it is written to (structured references such as [@Actual] only), so every host may copy it verbatim.
 * Excel writes it once and fills it down (a 10,000-row column costs one formula in the request, not 10,000).
 */
export interface ColumnFill {
  range: CellRange;
  formula: string;
}

export interface TablePlan {
  /** Excel ListObject name (unique in the workbook). Other hosts ignore tables but keep the block. */
  name: string;
  /** Header row plus data rows. */
  range: CellRange;
  style?: string;
}

/**
 * A chart drawn by the host's own chart engine from ranges of the same sheet (Excel: Worksheet.charts.add; Sheets:
 * EmbeddedChartBuilder + insertChart; playground: drawn in the page). The first column of the source holds the
 * categories (or dates), each further column one series, its header row the series' names. The chart refreshes from
 * its source by itself: it is made once, never rebuilt when the figures change.
 */
export interface ChartPlan {
  kind: 'bar' | 'column' | 'line';
  /** Stacked bars / columns (each category's series on top of each other). */
  stacked?: boolean;
  title: string;
  /** Header row plus data rows (as many as there are when the plan is made); on the chart's own sheet. */
  source: CellRange;
  /**
   * The data rows grow and shrink with the data (goals, teams, check-ins added later), and the filled rows have no blank
   * row between them. Each host as it allows: Sheets charts the open-ended columns (L1:M), the chart leaving out the
   * empty rows below; Excel charts the header plus the spill of the figures' dynamic arrays, which Excel 365 follows as
   * the spill grows (see src/excel/adapter.ts queueChart); the playground reads down to the last row whose first column
   * is filled.
   */
  grows?: boolean;
  /** The cell the chart's top-left corner sits on. */
  anchor: { row: number; col: number };
  /** In pixels. */
  width: number;
  height: number;
  /** Series colours in order ("#2E7D32"), when they mean something (green / yellow / red). */
  colors?: string[];
  /** The value axis as a percentage (0.5 -> 50 %). */
  percent?: boolean;
}

export interface SheetPlan {
  name: string;
  blocks: Block[];
  numberFormats?: NumberFormat[];
  validations?: Validation[];
  conditionalRules?: ConditionalRule[];
  tables?: TablePlan[];
  /** Calculated columns, written after the blocks and the tables. */
  fills?: ColumnFill[];
  freezeRows?: number;
  freezeCols?: number;
  /** Column widths in pixels, by 0-based column. */
  columnWidths?: Record<number, number>;
  /** Bold header cells etc. */
  bold?: CellRange[];
  /** Charts over ranges of this sheet, made after everything else. */
  charts?: ChartPlan[];
}

export interface WorkbookPlan {
  /** Sheets to add, in order. Never an existing sheet: the core picked free names. */
  addSheets: SheetPlan[];
  /** Cells to write into sheets that exist already (e.g. new rows appended by the wizard). Only empty cells. */
  writes?: { sheet: string; blocks: Block[]; numberFormats?: NumberFormat[] }[];
  /** The cell to select when done. */
  select?: { sheet: string; row: number; col: number };
}

/** Refresh traffic lights: replace exactly our rules on each sheet, keep every other rule; write the as-of date. */
export interface RefreshPlan {
  sheets: { name: string; rules: ConditionalRule[] }[];
  writes: { sheet: string; blocks: Block[] }[];
}

export function withMarker(formula: string): string {
  const f = formula.startsWith('=') ? formula.slice(1) : formula;
  return `=AND(${f},${CF_MARKER})`;
}

export function hasMarker(formula: string | null | undefined): boolean {
  // Stryker disable next-line Regex: taking out each whitespace character or each run of them leaves the same text.
  return !!formula && formula.replace(/\s+/g, '').includes(CF_MARKER);
}

/**
 * Plan text made safe to write as a cell value on Excel and Sheets: every non-empty text gets the apostrophe prefix
 * both hosts use for "this is text" (the apostrophe is not shown and is not part of the value, so headers and labels
 * read back exactly). Why every text and not only the risky ones: Excel's Range.formulas / values and Sheets' setValues
 * read a string as if typed, and what they turn into a number, date, boolean or formula is long and locale-dependent
 * ("1.10" -> 1.1, "2026", "3/4" and "2026-01-31" -> dates or numbers, "TRUE", "1e3", " 12 ", "90%", "(5)" -> -5,
 * "=1+1", "+49 30 1234", "@home"); a pattern would miss some, the prefix misses none and costs nothing.
 * The empty string stays empty (it clears the cell; an apostrophe alone would leave an empty text cell).
 */
export function literalText(s: string): string {
  return s === '' ? s : `'${s}`;
}

/** A1 column letters for a 0-based column. */
export function colLetter(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A1 address of a range, e.g. B2:D10 (0-based input). */
export function a1(range: CellRange): string {
  const tl = `${colLetter(range.col)}${range.row + 1}`;
  if (range.rows === 1 && range.cols === 1) return tl;
  return `${tl}:${colLetter(range.col + range.cols - 1)}${range.row + range.rows}`;
}

/** A sheet name quoted for formulas: 'KPIs (2)'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The first free variant of a sheet name: KPIs, KPIs (2), KPIs (3)... compared case-insensitively like both hosts. */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

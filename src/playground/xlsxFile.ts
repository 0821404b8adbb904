/**
 * Download the workbook as .xlsx and open an .xlsx again, with exceljs (loaded on first use, bundled: no network).
 * Kept: cells (formulas as formulas, each with its last result), text as text, number formats, bold, column widths,
 * frozen rows and columns, our conditional-format rules (expression rules with fill and font) and validations.
 * The file reads right without the add-in and without recalculating (platforms.md, "Workbook files (.xlsx)"): formulas
 * as Excel stores them (_xldudf_GOALS_KPI_ATTAINMENT(...), _xlfn.IFS(...): xlsxFormulaNames.ts), spills as dynamic
 * arrays with every spilled value cached (xlsxSpills.ts, xlsxPostProcess.ts), no fullCalcOnLoad. Read back, formulas
 * are in the playground's syntax and spills spill again, so files saved from Excel read the same.
 */
import type * as ExcelJSModule from 'exceljs';
import type { CellRange, ConditionalRule, NumberFormat } from '../../shared/host/plan';
import { a1 } from '../../shared/host/plan';
import { emptyMeta, DetailedCellError, type CellInput, type PlaygroundWorkbook } from './workbook';
import { FORMAT_VERSION, type SavedSheet, type SavedWorkbook } from './persistence';
import { textInput } from './textCells';
import { DATE_FORMAT } from './adapter';
import { DEFAULT_COL_WIDTH } from './gridGeometry';
import { formulaFromFile, formulaToFile } from './xlsxFormulaNames';
import { spillRange } from './xlsxSpills';
import { postProcessXlsx } from './xlsxPostProcess';
import { parseRange } from './xlsxRange';
import { readValidations, writeValidations } from './xlsxValidations';

export { formulaFromFile };
export { parseRange } from './xlsxRange';

type ExcelJS = typeof ExcelJSModule;

/** exceljs, loaded when first needed (a separate chunk in the page, so the grid starts without it). */
export async function loadExcelJs(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as unknown as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Pixels per Excel column-width unit (the width of one "0" in the default font). */
const PX_PER_CHAR = 7;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const hexFromArgb = (c: string | undefined) => (c && /^[0-9A-Fa-f]{6,8}$/.test(c) ? `#${c.slice(-6).toUpperCase()}` : undefined);

/** The number format a typed value implies when the sheet gives none ("50%" typed: a percentage). */
function impliedFormat(kind: string): string | undefined {
  if (kind === 'NUMBER_PERCENT') return '0%';
  if (kind === 'NUMBER_DATE') return DATE_FORMAT;
  if (kind === 'NUMBER_DATETIME') return 'yyyy-mm-dd hh:mm';
  if (kind === 'NUMBER_TIME') return 'hh:mm:ss';
  return undefined;
}

/** A computed value as exceljs writes it for a formula's cached result. */
function resultOf(v: unknown): unknown {
  if (v instanceof DetailedCellError) return { error: v.value };
  return v === null ? undefined : v;
}

/** Number format and bold of a cell as the playground shows it. */
function styleCell(cell: ExcelJSModule.Cell, wb: PlaygroundWorkbook, sheet: string, row: number, col: number, value: unknown): void {
  const format = wb.formatAt(sheet, row, col) ?? (typeof value === 'number' ? impliedFormat(wb.valueKind(sheet, row, col)) : undefined);
  if (format) cell.numFmt = format;
  if (wb.isBold(sheet, row, col)) cell.font = { bold: true };
}

/**
 * Every typed cell, each formula with its last result. A formula whose result spills is written as Excel stores a
 * dynamic array: an array formula over the spill range, its result in every cell of the range (exceljs fillFormula's
 * 'array' form); xlsxPostProcess.ts then marks it dynamic.
 */
function writeCells(ws: ExcelJSModule.Worksheet, wb: PlaygroundWorkbook, sheet: string): void {
  // Formats and bold of empty cells too: a date typed later into the file's Deadline column shows as a date.
  const meta = wb.meta(sheet);
  for (const range of [...meta.numberFormats.map((f) => f.range), ...meta.bold])
    for (let r = range.row; r < range.row + range.rows; r++)
      for (let c = range.col; c < range.col + range.cols; c++) styleCell(ws.getCell(r + 1, c + 1), wb, sheet, r, c, undefined);
  wb.inputs(sheet).forEach((cells, row) =>
    cells.forEach((input, col) => {
      if (input === null) return; // empty, or filled by another cell's array formula (written with that formula)
      const cell = ws.getCell(row + 1, col + 1);
      const value = wb.value(sheet, row, col);
      if (typeof input === 'string' && input.startsWith('=')) {
        const spill = spillRange(wb, sheet, row, col);
        if (spill) {
          const fill = ws.fillFormula as unknown as (range: string, formula: string, results: (r: number, c: number) => unknown, shareType: 'array') => void;
          fill.call(ws, a1(spill), formulaToFile(input), (r, c) => resultOf(wb.value(sheet, r - 1, c - 1)), 'array');
          for (let r = spill.row; r < spill.row + spill.rows; r++)
            for (let c = spill.col; c < spill.col + spill.cols; c++) styleCell(ws.getCell(r + 1, c + 1), wb, sheet, r, c, wb.value(sheet, r, c));
          return;
        }
        cell.value = { formula: formulaToFile(input), result: resultOf(value) } as ExcelJSModule.CellFormulaValue;
      } else if (value instanceof DetailedCellError) {
        cell.value = { error: value.value } as ExcelJSModule.CellErrorValue;
      } else {
        cell.value = value as string | number | boolean | null;
      }
      styleCell(cell, wb, sheet, row, col, value);
    }),
  );
}

const widthInChars = (px: number) => Math.round((px / PX_PER_CHAR) * 100) / 100;

/**
 * Every used column gets its width, the playground's default where the sheet sets none: readers default to about 8.4
 * characters (Excel, LibreOffice), too narrow for a yyyy-mm-dd date, which then shows as ###.
 */
function writeColumnWidths(ws: ExcelJSModule.Worksheet, widths: Record<number, number>, usedCols: number): void {
  const cols = new Set([...Array.from({ length: usedCols }, (_, c) => c), ...Object.keys(widths).map(Number)]);
  for (const c of cols) ws.getColumn(c + 1).width = widthInChars(widths[c] > 0 ? widths[c] : DEFAULT_COL_WIDTH);
}

export async function workbookToXlsx(wb: PlaygroundWorkbook, ExcelJS: ExcelJS): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Goalpost playground';
  // No fullCalcOnLoad: a reader without the add-in would recompute every call of ours to #NAME? (platforms.md).
  for (const name of wb.sheetNames()) {
    const ws = book.addWorksheet(name);
    const meta = wb.meta(name);
    writeCells(ws, wb, name);
    writeColumnWidths(ws, meta.columnWidths, wb.size(name).cols);
    if (meta.freezeRows || meta.freezeCols) ws.views = [{ state: 'frozen', xSplit: meta.freezeCols ?? 0, ySplit: meta.freezeRows ?? 0 }];
    meta.conditionalRules.forEach((rule, i) =>
      ws.addConditionalFormatting({
        ref: a1(rule.range),
        rules: [
          {
            type: 'expression',
            priority: i + 1,
            formulae: [formulaToFile(rule.formula)],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } }, font: { color: { argb: argb(rule.font) } } },
          },
        ],
      } as ExcelJSModule.ConditionalFormattingOptions),
    );
    writeValidations(ws, meta.validations);
  }
  const buffer = await book.xlsx.writeBuffer();
  return postProcessXlsx(new Uint8Array(buffer as ArrayBuffer));
}

const MS_PER_DAY = 86400000;
const dateToSerial = (d: Date) => d.getTime() / MS_PER_DAY + 25569;

interface CellLike {
  value: unknown;
  formula?: string;
  numFmt?: string;
  font?: { bold?: boolean };
  row: number;
  col: number;
}

/** What a cell read by exceljs becomes as typed input. */
function cellInput(cell: CellLike): CellInput | undefined {
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return textInput(v);
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: string; error?: string; result?: unknown };
    if (o.formula !== undefined || o.sharedFormula !== undefined) return formulaFromFile(cell.formula ?? o.formula ?? '');
    if (o.richText) return textInput(o.richText.map((t) => t.text).join(''));
    if (typeof o.text === 'string') return textInput(o.text);
    if (typeof o.error === 'string') return textInput(o.error);
  }
  return undefined;
}

/** Cells of one column with the same format, one range each (keeps the list short for whole formatted columns). */
function columnRuns<T>(points: { row: number; col: number; value: T }[], same: (a: T, b: T) => boolean): { range: CellRange; value: T }[] {
  const sorted = [...points].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { range: CellRange; value: T }[] = [];
  for (const p of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.range.col === p.col && last.range.row + last.range.rows === p.row && same(last.value, p.value)) last.range.rows++;
    else runs.push({ range: { row: p.row, col: p.col, rows: 1, cols: 1 }, value: p.value });
  }
  return runs;
}

interface CfRuleLike {
  type?: string;
  formulae?: unknown[];
  style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

function readRules(ws: ExcelJSModule.Worksheet): ConditionalRule[] {
  const cfs = (ws as unknown as { conditionalFormattings?: { ref: string; rules: CfRuleLike[] }[] }).conditionalFormattings ?? [];
  const rules: ConditionalRule[] = [];
  for (const cf of cfs) {
    for (const rule of cf.rules) {
      if (rule.type !== 'expression' || typeof rule.formulae?.[0] !== 'string') continue; // other rule kinds are not shown
      const fill = hexFromArgb(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb);
      const font = hexFromArgb(rule.style?.font?.color?.argb) ?? '#000000';
      if (!fill) continue;
      for (const ref of cf.ref.split(/\s+/)) {
        const range = parseRange(ref);
        if (range) rules.push({ range, formula: formulaFromFile(rule.formulae[0] as string), fill, font });
      }
    }
  }
  return rules;
}

/** Read an .xlsx into the form a saved workbook has (then loadWorkbook() shows it). */
export async function xlsxToSaved(data: ArrayBuffer | Uint8Array, ExcelJS: ExcelJS): Promise<SavedWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as ArrayBuffer);
  const sheets: SavedSheet[] = [];
  book.eachSheet((ws) => {
    const cells: CellInput[][] = [];
    const formats: { row: number; col: number; value: string }[] = [];
    const bold: { row: number; col: number; value: true }[] = [];
    const covered = new Set<string>(); // cells an array formula fills: its result, not typed values
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const cell = c as unknown as CellLike & { value: { shareType?: string; ref?: string } };
        const r = Number(cell.row) - 1;
        const col = Number(cell.col) - 1;
        // Spilled cells keep their format and weight: the spill's values show through them.
        if (cell.numFmt && !/^general$/i.test(cell.numFmt)) formats.push({ row: r, col, value: cell.numFmt });
        if (cell.font?.bold) bold.push({ row: r, col, value: true });
        if (covered.has(`${r},${col}`)) return;
        const v = cell.value;
        if (v && typeof v === 'object' && v.shareType === 'array' && v.ref) {
          const range = parseRange(v.ref);
          if (range) for (let i = 0; i < range.rows; i++) for (let j = 0; j < range.cols; j++) if (i || j) covered.add(`${range.row + i},${range.col + j}`);
        }
        const input = cellInput(cell);
        if (input === undefined) return;
        (cells[r] ??= [])[col] = input;
      }),
    );
    for (const key of covered) {
      const [r, c] = key.split(',').map(Number);
      if (cells[r]) cells[r][c] = null;
    }
    const dense = Array.from({ length: cells.length }, (_, r) => Array.from({ length: cells[r]?.length ?? 0 }, (_, c) => cells[r]?.[c] ?? null));
    const meta = emptyMeta();
    meta.numberFormats = columnRuns(formats, (a, b) => a === b).map(({ range, value }): NumberFormat => ({ range, format: value }));
    meta.bold = columnRuns(bold, () => true).map((r) => r.range);
    meta.conditionalRules = readRules(ws);
    meta.validations = readValidations(ws);
    ws.columns?.forEach((column, i) => {
      const px = column?.width ? Math.round(column.width * PX_PER_CHAR) : undefined;
      if (px && px !== DEFAULT_COL_WIDTH) meta.columnWidths[i] = px; // the default is written only so other readers show dates
    });
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === 'frozen') {
      if (view.ySplit) meta.freezeRows = view.ySplit;
      if (view.xSplit) meta.freezeCols = view.xSplit;
    }
    sheets.push({ name: ws.name, cells: dense, meta });
  });
  if (!sheets.length) throw new Error('The file has no sheets.');
  return { version: FORMAT_VERSION, sheets };
}


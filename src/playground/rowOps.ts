/**
 * Insert and delete whole rows of a sheet, as a spreadsheet does: HyperFormula moves the cells and rewrites the
 * formulas that point across (addRows / removeRows), and here the sheet's metadata moves with them: number formats
 * (the "@" of text cells too), conditional-format ranges, validations, bold ranges, tables, charts and frozen rows.
 * A range the new rows land inside grows; a range that loses rows shrinks, and one that loses all of them goes.
 */
import type { CellRange } from '../../shared/host/plan';
import type { PlaygroundWorkbook, SheetMeta } from './workbook';

/** The range after `count` rows are inserted before row `at` (0-based). */
export function rangeAfterInsert(r: CellRange, at: number, count: number): CellRange {
  if (r.row >= at) return { ...r, row: r.row + count };
  if (at < r.row + r.rows) return { ...r, rows: r.rows + count };
  return r;
}

/** The range after rows at..at+count-1 are deleted; undefined when every row of it is gone. */
export function rangeAfterRemove(r: CellRange, at: number, count: number): CellRange | undefined {
  const end = r.row + r.rows;
  const lost = Math.max(0, Math.min(end, at + count) - Math.max(r.row, at));
  if (lost === r.rows) return undefined;
  const row = r.row >= at + count ? r.row - count : Math.min(r.row, at);
  return { ...r, row, rows: r.rows - lost };
}

/** Rows inserted before `at`, or deleted from `at` on. */
export interface RowChange {
  kind: 'insert' | 'remove';
  at: number;
  count: number;
}

/**
 * Every range of the metadata moved by the change; what loses its range goes. Column widths do not depend on rows.
 * The frozen rows are a count from the top, not a range: rows inserted among them or deleted from them change it.
 * A chart's anchor is one cell: it moves with its row, or up to the first row after the deleted ones.
 */
export function shiftMeta(m: SheetMeta, { kind, at, count }: RowChange): void {
  const shift = (r: CellRange) => (kind === 'insert' ? rangeAfterInsert(r, at, count) : rangeAfterRemove(r, at, count));
  const frozen = (rows: number) => (kind === 'insert' ? (at < rows ? rows + count : rows) : rows - Math.max(0, Math.min(rows, at + count) - at));
  const moved = <T extends { range: CellRange }>(items: T[]): T[] =>
    items.flatMap((item) => {
      const range = shift(item.range);
      return range ? [{ ...item, range }] : [];
    });
  m.numberFormats = moved(m.numberFormats);
  m.conditionalRules = moved(m.conditionalRules);
  m.validations = moved(m.validations);
  m.tables = moved(m.tables);
  m.bold = m.bold.flatMap((r) => shift(r) ?? []);
  if (m.charts) {
    m.charts = m.charts.flatMap((c) => {
      const source = shift(c.source);
      const anchor = { ...c.anchor, row: shift({ ...c.anchor, rows: 1, cols: 1 })?.row ?? at };
      return source ? [{ ...c, source, anchor }] : [];
    });
  }
  if (m.freezeRows) m.freezeRows = frozen(m.freezeRows);
}

function checkRows(wb: PlaygroundWorkbook, sheet: string, at: number, count: number): void {
  if (!Number.isInteger(at) || at < 0) throw new Error(`Rows are counted from 1: row ${at + 1} is not a row.`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`Give a whole number of rows, 1 or more (not ${count}).`);
  wb.sheetId(sheet); // a readable error for a sheet that does not exist
}

/** Insert `count` empty rows before row `at` (0-based): everything from `at` down moves down. One undo step. */
export function insertRows(wb: PlaygroundWorkbook, sheet: string, at: number, count = 1): void {
  checkRows(wb, sheet, at, count);
  const id = wb.sheetId(sheet);
  // A dynamic array's result re-spills over inserted or deleted rows, so only the sheet's size limits what is possible.
  const max = wb.hf.getConfig().maxRows;
  if (Math.max(at, wb.size(sheet).rows) + count > max || !wb.hf.isItPossibleToAddRows(id, [at, count])) {
    throw new Error(`Cannot insert ${count} row(s) at row ${at + 1}: a playground sheet has at most ${max.toLocaleString('en')} rows. Delete rows at the bottom first, or insert fewer.`);
  }
  wb.batch(() => {
    wb.hf.addRows(id, [at, count]);
    wb.updateMeta(sheet, (m) => shiftMeta(m, { kind: 'insert', at, count }));
  });
}

/** Delete rows at..at+count-1 (0-based): the rows below move up, formulas that pointed into them show #REF!. One undo step. */
export function removeRows(wb: PlaygroundWorkbook, sheet: string, at: number, count = 1): void {
  checkRows(wb, sheet, at, count);
  const id = wb.sheetId(sheet);
  if (!wb.hf.isItPossibleToRemoveRows(id, [at, count])) {
    throw new Error(`Cannot delete rows ${at + 1} to ${at + count}: a playground sheet has at most ${wb.hf.getConfig().maxRows.toLocaleString('en')} rows.`);
  }
  wb.batch(() => {
    wb.hf.removeRows(id, [at, count]);
    wb.updateMeta(sheet, (m) => shiftMeta(m, { kind: 'remove', at, count }));
  });
}

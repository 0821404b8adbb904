/**
 * Download then open again: the .xlsx of the cascade template (example data), read into a fresh playground workbook,
 * is the workbook the template built, cell for cell: the same inputs (formulas in the playground's syntax, no
 * _xldudf_/_xlfn. forms), the same computed values, spills as spills, and the same formats, rules, validations,
 * widths and frozen rows. The original is built by applying the template through the playground, not by the writer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sheetValues } from '../../src/playground/adapter';
import { cellDisplay } from '../../src/playground/cellDisplay';
import { loadWorkbook } from '../../src/playground/persistence';
import { workbookToXlsx, xlsxToSaved } from '../../src/playground/xlsxFile';
import type { PlaygroundWorkbook } from '../../src/playground/workbook';
import type { Validation } from '../../shared/host/plan';
import { newWorkbook } from '../playground/helpers';
import { cascadeWorkbook } from './cascadeWorkbook';

let original: PlaygroundWorkbook;
let again: PlaygroundWorkbook;

beforeAll(async () => {
  original = await cascadeWorkbook();
  again = newWorkbook();
  loadWorkbook(again, await xlsxToSaved(await workbookToXlsx(original, ExcelJS), ExcelJS));
});

const byRange = <T extends { range: { row: number; col: number } }>(list: T[]) => [...list].sort((a, b) => a.range.row - b.range.row || a.range.col - b.range.col);

/**
 * A list validation in a file is one comma-separated text ([MS-XLSX] dataValidation formula1; Excel's "Source" box), so
 * a value with a comma in it (Settings' "Pace, then attainment") comes back as two values; Excel's adapter has the same
 * limit. Everything else comes back as it was.
 */
const asInAFile = (v: Validation): Validation => (v.kind === 'list' ? { ...v, values: v.values.flatMap((x) => x.split(',')) } : v);

describe('the cascade template downloaded and opened again', () => {
  it('has the same sheets, inputs and computed values', () => {
    expect(again.sheetNames()).toEqual(original.sheetNames());
    for (const name of original.sheetNames()) {
      expect(again.inputs(name), `${name} inputs`).toEqual(original.inputs(name));
      expect(sheetValues(again, name), `${name} values`).toEqual(sheetValues(original, name));
    }
    const formulas = again.sheetNames().flatMap((s) => again.inputs(s).flat()).filter((i): i is string => typeof i === 'string' && i.startsWith('='));
    expect(formulas.length).toBeGreaterThan(1000);
    expect(formulas.filter((f) => /_xldudf_|_xlfn\.|_xlws\.|GOALS\./.test(f))).toEqual([]);
  });

  it('reads spilled cells as the spill of their formula, not as typed constants', () => {
    let spilled = 0;
    for (const name of original.sheetNames()) {
      const { rows, cols } = original.size(name);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          expect(again.isSpilledCell(name, r, c), `${name} ${r},${c}`).toBe(original.isSpilledCell(name, r, c));
          if (original.isSpilledCell(name, r, c)) spilled++;
        }
    }
    expect(spilled).toBeGreaterThanOrEqual(99 * 6);
  });

  it('shows every cell the same: number formats and bold, with the same rules, validations, widths and frozen rows', () => {
    for (const name of original.sheetNames()) {
      const { rows, cols } = original.size(name);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          expect(cellDisplay(again, name, r, c).text, `${name} ${r},${c}`).toBe(cellDisplay(original, name, r, c).text);
          expect(again.isBold(name, r, c), `${name} ${r},${c} bold`).toBe(original.isBold(name, r, c));
        }
      const [a, o] = [again.meta(name), original.meta(name)];
      expect(a.conditionalRules, `${name} rules`).toEqual(o.conditionalRules);
      expect(byRange(a.validations), `${name} validations`).toEqual(byRange(o.validations.map(asInAFile)));
      expect(a.columnWidths, `${name} widths`).toEqual(o.columnWidths);
      expect(a.freezeRows, `${name} frozen rows`).toBe(o.freezeRows);
      // Formats over empty rows too (a date typed below the examples shows as a date).
      for (const f of o.numberFormats)
        for (let r = f.range.row; r < f.range.row + f.range.rows; r++)
          for (let c = f.range.col; c < f.range.col + f.range.cols; c++) expect(again.formatAt(name, r, c), `${name} ${r},${c} format`).toBe(original.formatAt(name, r, c));
    }
  });
});

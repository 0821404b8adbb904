/**
 * The playground's .xlsx opened in LibreOffice Calc (headless, `soffice --convert-to csv`, every sheet, cells "as
 * shown"): every cell must show what the playground showed for the cascade template with example data. LibreOffice
 * has no add-in: where it recomputes a formula on load it reads our functions as #NAME?. LibreOffice 7.4 recomputes
 * array formulas and formulas whose cached value is empty text whatever the file says (platforms.md, "Workbook files");
 * for exactly those cells the test accepts #NAME? and checks that the file's cached value is the playground's.
 * scripts/ensure-libreoffice.mjs (npm test) installs LibreOffice; without it this test fails, it is never skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cellDisplay } from '../../src/playground/cellDisplay';
import { workbookToXlsx, xlsxToSaved } from '../../src/playground/xlsxFile';
import type { SavedWorkbook } from '../../src/playground/persistence';
import type { Validation } from '../../shared/host/plan';
import type { PlaygroundWorkbook } from '../../src/playground/workbook';
import { cascadeWorkbook, readXlsxXml, sameValue, type XmlCell } from './cascadeWorkbook';

const SOFFICE = process.env.SOFFICE_PATH || 'soffice';
/** CSV filter options: comma, double quotes, UTF-8, from line 1, ..., cells as shown (token 9), every sheet (token 12 = -1). */
const CSV_ALL_SHEETS_AS_SHOWN = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

/** RFC 4180 rows as LibreOffice writes them. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

let dir: string;
let wb: PlaygroundWorkbook;
let xml: Awaited<ReturnType<typeof readXlsxXml>>;
const shown = new Map<string, string[][]>();
let resaved: SavedWorkbook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'goalpost-lo-'));
  wb = await cascadeWorkbook();
  const bytes = await workbookToXlsx(wb, ExcelJS);
  xml = await readXlsxXml(bytes);
  writeFileSync(join(dir, 'cascade.xlsx'), bytes);
  // A profile of its own, so parallel runs (and a user's LibreOffice) do not share a lock.
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', CSV_ALL_SHEETS_AS_SHOWN, '--outdir', dir, join(dir, 'cascade.xlsx')], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  for (const name of wb.sheetNames()) shown.set(name, parseCsv(readFileSync(join(dir, `cascade-${name}.csv`), 'utf8')));
  // Saved again by LibreOffice as .xlsx, to see what of the sheets' rules and checks it understood.
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'resaved'), join(dir, 'cascade.xlsx')], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  resaved = await xlsxToSaved(readFileSync(join(dir, 'resaved', 'cascade.xlsx')), ExcelJS);
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Cells of array formulas that call one of our functions: LibreOffice recomputes those on load. */
function addInSpills(cells: XmlCell[]): Set<string> {
  const out = new Set<string>();
  for (const c of cells) {
    if (c.formula?.attrs.t !== 'array' || !c.formula.text.includes('_xldudf_GOALS_')) continue;
    const [a, b = a] = c.formula.attrs.ref.split(':');
    const from = cellOf(a);
    const to = cellOf(b);
    for (let r = from.row; r <= to.row; r++) for (let col = from.col; col <= to.col; col++) out.add(`${r},${col}`);
  }
  return out;
}
const cellOf = (ref: string) => ({ row: Number(ref.replace(/[A-Z]+/, '')) - 1, col: [...ref.replace(/\d+/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 });

/**
 * A number without a number format ("General"): the playground, like Excel, shows six significant digits
 * (5.49756E+11), LibreOffice all of them (549755813890). Both must be the cell's value.
 */
function generalDigits(inLibreOffice: string, inPlayground: string, value: number): boolean {
  const close = (text: string, tolerance: number) => text.trim() !== '' && Math.abs(Number(text) - value) <= tolerance * Math.max(1, Math.abs(value));
  return close(inLibreOffice, 1e-12) && close(inPlayground, 1e-5);
}

describe('the downloaded .xlsx in LibreOffice Calc', () => {
  it('shows every cell as the playground showed it; #NAME? only where LibreOffice recomputes an add-in formula, with the right value cached', () => {
    let same = 0;
    let recomputed = 0;
    let general = 0;
    const mismatches: string[] = [];
    for (const name of wb.sheetNames()) {
      const csv = shown.get(name)!;
      const cells = xml.sheets.get(name)!.cells;
      const byPos = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
      const spills = addInSpills(cells);
      const { rows, cols } = wb.size(name);
      for (let r = 0; r < Math.max(rows, csv.length); r++) {
        for (let c = 0; c < Math.max(cols, csv[r]?.length ?? 0); c++) {
          const inLibreOffice = csv[r]?.[c] ?? '';
          const inPlayground = cellDisplay(wb, name, r, c).text;
          if (inLibreOffice === inPlayground) {
            same++;
            continue;
          }
          const value = wb.value(name, r, c);
          if (typeof value === 'number' && generalDigits(inLibreOffice, inPlayground, value) && !wb.formatAt(name, r, c)) {
            general++;
            continue;
          }
          const cell = byPos.get(`${r},${c}`);
          const recomputedOnLoad = spills.has(`${r},${c}`) || (cell?.formula !== undefined && cell.cached === '');
          if (inLibreOffice === '#NAME?' && recomputedOnLoad && cell && sameValue(cell, wb.value(name, r, c))) {
            recomputed++;
            continue;
          }
          mismatches.push(`${name}!${cell?.ref ?? `${r},${c}`}: LibreOffice "${inLibreOffice}", playground "${inPlayground}"`);
        }
      }
    }
    expect(mismatches.slice(0, 20), `${mismatches.length} cells differ`).toEqual([]);
    expect(same).toBeGreaterThan(5000);
    expect(recomputed).toBeGreaterThan(0); // the roll-up spill at least: LibreOffice 7.4 has no add-in
    console.log(`LibreOffice: ${same} cells shown as in the playground, ${general} General numbers with more digits, ${recomputed} add-in cells recomputed to #NAME? (cached values right)`);
  });

  it('keeps the traffic-light rules, the validations and the column widths (LibreOffice saves the file again)', () => {
    // A list value with a comma cannot be one entry of a file's list ("Pace, then attainment"): LibreOffice reads two.
    const asInAFile = (v: Validation): Validation => (v.kind === 'list' ? { ...v, values: v.values.flatMap((x) => x.split(',').map((t) => t.trim())) } : v);
    const byRange = <T extends { range: { row: number; col: number } }>(l: T[]) => [...l].sort((a, b) => a.range.col - b.range.col || a.range.row - b.range.row);
    expect(resaved.sheets.map((s) => s.name)).toEqual(wb.sheetNames());
    let rules = 0;
    for (const sheet of resaved.sheets) {
      const meta = wb.meta(sheet.name);
      expect(byRange(sheet.meta.conditionalRules), `${sheet.name} rules`).toEqual(byRange(meta.conditionalRules));
      expect(byRange(sheet.meta.validations), `${sheet.name} validations`).toEqual(byRange(meta.validations.map(asInAFile)));
      // LibreOffice lists no <col> for a column of its sheet default (8.54 characters, 60 px): those read as unset.
      for (const [col, px] of Object.entries(meta.columnWidths)) expect(sheet.meta.columnWidths[Number(col)] ?? 60, `${sheet.name} column ${col}`).toBeCloseTo(px, -1);
      rules += sheet.meta.conditionalRules.length;
    }
    expect(rules).toBeGreaterThanOrEqual(15);
    // Frozen rows are not checked here: headless LibreOffice loads no view settings and saves none.
  });
});

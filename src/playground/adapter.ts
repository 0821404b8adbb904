/**
 * The playground's WorkbookAdapter: executes the core's plans on the HyperFormula workbook with the same
 * data-safety rules as the Excel and Sheets adapters.
 * - New sheets only under free names; a taken name is refused before anything is written.
 * - Writes into existing sheets go to empty cells only; otherwise the whole plan is refused, nothing changed.
 * - Text is written as text (textInput: a leading = + - @ or a number-like string stays text).
 * - Conditional-format rules are kept per sheet; a refresh replaces exactly the rules carrying CF_MARKER.
 * Every plan is one HyperFormula batch: one recalculation, one change notification.
 */
import type { WorkbookAdapter, WorkbookSnapshot } from '../../shared/host/port';
import type { Block, CellRange, NumberFormat, PlanCell, RefreshPlan, SheetPlan, WorkbookPlan } from '../../shared/host/plan';
import { hasMarker } from '../../shared/host/plan';
import { isoToSerial } from './numberFormat';
import type { Selection } from './selection';
import { textInput } from './textCells';
import { DetailedCellError, inRange, type CellInput, type PlaygroundWorkbook } from './workbook';
import { address } from './formulaShift';

export const DATE_FORMAT = 'yyyy-mm-dd';

/** What a plan cell becomes as typed input; undefined for "leave the cell alone". */
export function planCellInput(cell: PlanCell): CellInput | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') return textInput(cell);
  if ('formula' in cell) {
    if (!cell.formula.startsWith('=')) throw new Error(`A formula must begin with "=": ${cell.formula}`);
    return cell.formula;
  }
  if ('date' in cell) {
    const serial = isoToSerial(cell.date);
    if (serial === undefined) throw new Error(`Not a date (YYYY-MM-DD): ${cell.date}`);
    return serial;
  }
  throw new Error(`Unknown plan cell: ${JSON.stringify(cell)}`);
}

/** Runs of consecutive cells to write in each row of a block (nulls are skipped, never cleared). */
function blockRuns(block: Block): { row: number; col: number; inputs: CellInput[] }[] {
  const runs: { row: number; col: number; inputs: CellInput[] }[] = [];
  block.cells.forEach((cells, r) => {
    let run: { row: number; col: number; inputs: CellInput[] } | undefined;
    cells.forEach((cell, c) => {
      const input = planCellInput(cell);
      if (input === undefined) {
        run = undefined;
        return;
      }
      if (!run) runs.push((run = { row: block.row + r, col: block.col + c, inputs: [] }));
      run.inputs.push(input);
    });
  });
  return runs;
}

/** Date cells of the blocks that no number format covers get the date format, so they show as dates. */
function dateFormatsFor(blocks: Block[], formats: NumberFormat[]): NumberFormat[] {
  const added: NumberFormat[] = [];
  for (const b of blocks) {
    b.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell === null || typeof cell !== 'object' || !('date' in cell)) return;
        const row = b.row + r;
        const col = b.col + c;
        if (formats.some((f) => inRange(f.range, row, col)) || added.some((f) => inRange(f.range, row, col))) return;
        // Extend the previous entry down a column when it is directly above.
        const above = added.find((f) => f.range.col === col && f.range.cols === 1 && f.range.row + f.range.rows === row);
        if (above) above.range.rows++;
        else added.push({ range: { row, col, rows: 1, cols: 1 }, format: DATE_FORMAT });
      }),
    );
  }
  return added;
}

export interface PlaygroundAdapter extends WorkbookAdapter {
  readonly workbook: PlaygroundWorkbook;
  sheetNames(): string[];
}

export function createPlaygroundAdapter(wb: PlaygroundWorkbook, selection?: Selection): PlaygroundAdapter {
  function checkPlan(plan: WorkbookPlan): void {
    const taken = new Set(wb.sheetNames().map((n) => n.toLowerCase()));
    for (const s of plan.addSheets) {
      if (taken.has(s.name.toLowerCase())) throw new Error(`The plan adds a sheet "${s.name}", but that name is taken; nothing was changed.`);
      taken.add(s.name.toLowerCase());
    }
    for (const w of plan.writes ?? []) {
      if (!wb.hasSheet(w.sheet)) throw new Error(`The plan writes into "${w.sheet}", which does not exist; nothing was changed.`);
      for (const run of w.blocks.flatMap(blockRuns)) {
        run.inputs.forEach((_, i) => {
          const col = run.col + i;
          if (!wb.isEmpty(w.sheet, run.row, col) || wb.isSpilledCell(w.sheet, run.row, col)) {
            throw new Error(`${w.sheet}!${address(run.row, col)} is not empty; the plan would overwrite it, so nothing was changed.`);
          }
        });
      }
    }
  }

  function writeBlocks(sheet: string, blocks: Block[]): void {
    for (const run of blocks.flatMap(blockRuns)) wb.setInputs(sheet, run.row, run.col, [run.inputs]);
  }

  function addSheet(plan: SheetPlan): void {
    wb.updateMeta(plan.name, (m) => {
      m.numberFormats.push(...(plan.numberFormats ?? []).map(copyFormat), ...dateFormatsFor(plan.blocks, plan.numberFormats ?? []));
      m.validations.push(...(plan.validations ?? []));
      m.conditionalRules.push(...(plan.conditionalRules ?? []));
      m.tables.push(...(plan.tables ?? []));
      m.bold.push(...(plan.bold ?? []));
      Object.assign(m.columnWidths, plan.columnWidths ?? {});
      if (plan.freezeRows !== undefined) m.freezeRows = plan.freezeRows;
      if (plan.freezeCols !== undefined) m.freezeCols = plan.freezeCols;
      if (plan.charts?.length) m.charts = [...(m.charts ?? []), ...plan.charts.map((c) => structuredClone(c))];
    });
    writeBlocks(plan.name, plan.blocks);
  }

  const adapter: PlaygroundAdapter = {
    workbook: wb,
    sheetNames: () => wb.sheetNames(),

    async snapshot(sheets) {
      const sheetNames = wb.sheetNames();
      const wanted = sheets === 'all' ? sheetNames : sheets.filter((s) => wb.hasSheet(s));
      const values: WorkbookSnapshot['values'] = {};
      for (const name of wanted) values[name] = sheetValues(wb, name);
      return { sheetNames, values, activeSheet: selection?.get().sheet };
    },

    async applyPlan(plan) {
      // Rows to append go right below the sheet's last row with content (as Sheets' appendRow does).
      for (const w of plan.writes ?? []) {
        if (!wb.hasSheet(w.sheet)) continue;
        const values = sheetValues(wb, w.sheet);
        let next = values.length;
        while (next > 0 && values[next - 1].every((v) => v === '' || v === null)) next--;
        w.blocks = w.blocks.map((b) => {
          if (!b.appendBelowData) return b;
          const placed = { ...b, row: next, appendBelowData: undefined };
          next += b.cells.length;
          return placed;
        });
      }
      checkPlan(plan);
      wb.batch(() => {
        // All sheets first, so formulas that refer across the new sheets find them.
        for (const s of plan.addSheets) wb.addSheet(s.name);
        for (const s of plan.addSheets) addSheet(s);
        for (const w of plan.writes ?? []) {
          writeBlocks(w.sheet, w.blocks);
          const formats = [...(w.numberFormats ?? []).map(copyFormat), ...dateFormatsFor(w.blocks, w.numberFormats ?? [])];
          if (formats.length) wb.updateMeta(w.sheet, (m) => m.numberFormats.push(...formats));
        }
      });
      if (plan.select) await adapter.select(plan.select.sheet, plan.select.row, plan.select.col);
    },

    async applyRefresh(plan: RefreshPlan) {
      for (const s of plan.sheets) if (!wb.hasSheet(s.name)) throw new Error(`Refresh: there is no sheet "${s.name}"; nothing was changed.`);
      for (const w of plan.writes) if (!wb.hasSheet(w.sheet)) throw new Error(`Refresh: there is no sheet "${w.sheet}"; nothing was changed.`);
      wb.batch(() => {
        for (const s of plan.sheets) {
          wb.updateMeta(s.name, (m) => {
            m.conditionalRules = [...m.conditionalRules.filter((r) => !hasMarker(r.formula)), ...s.rules];
          });
        }
        // The as-of date and the like: these overwrite the cells they name (that is their purpose).
        for (const w of plan.writes) {
          writeBlocks(w.sheet, w.blocks);
          const formats = dateFormatsFor(w.blocks, wb.meta(w.sheet).numberFormats);
          if (formats.length) wb.updateMeta(w.sheet, (m) => m.numberFormats.push(...formats));
        }
      });
    },

    async select(sheet, row, col) {
      if (!wb.hasSheet(sheet)) throw new Error(`There is no sheet called "${sheet}".`);
      selection?.set({ sheet, row, col });
    },
  };
  return adapter;
}

const copyFormat = (f: NumberFormat): NumberFormat => ({ range: { ...f.range } as CellRange, format: f.format });

/** A sheet's values from A1 to the end of the used range, rows outer, every row the same length; blanks as "". */
export function sheetValues(wb: PlaygroundWorkbook, sheet: string): unknown[][] {
  const { rows, cols } = wb.size(sheet);
  const raw = wb.hf.getSheetValues(wb.sheetId(sheet)) as unknown[][];
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < cols; c++) {
      const v = raw[r]?.[c];
      line.push(v === null || v === undefined ? '' : v instanceof DetailedCellError ? v.value : v);
    }
    out.push(line);
  }
  return out;
}

/**
 * The Sheets Host adapter: the WorkbookAdapter primitives, synchronously, against SpreadsheetApp. The number of calls
 * does not grow with rows: each block is ONE getRange(...).setValues / setFormulas, each number format one call per
 * range, and a refresh is one getConditionalFormatRules and one setConditionalFormatRules per sheet.
 * Nothing here runs at load: the spreadsheet is passed in by the server entry.
 */
import { colLetter, hasMarker, literalText, type Block, type ChartPlan, type ConditionalRule, type PlanCell, type RefreshPlan, type SheetPlan, type Validation, type WorkbookPlan } from '../../shared/host/plan';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { dateToSerial, isDate, serialFromWallClock, serialToIso, todaySerial } from '../../shared/functions/coerce';
import { activeZone, type SheetZone } from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * How the adapter meets dates: the spreadsheet's zone (read once, when the first date is read or written), or the
 * script's own zone when the services for zones are missing (never so in Apps Script).
 */
export class Dates {
  private zone: SheetZone | undefined | null = null;
  constructor(private readonly book: Spreadsheet) {}
  private get z(): SheetZone | undefined {
    if (this.zone === null) this.zone = activeZone(this.book);
    return this.zone;
  }
  /** A date cell as getValues hands it over: the serial of the wall clock it shows (time of day included). */
  serial(d: Date): number {
    const z = this.z;
    return z && Number.isFinite(d.getTime()) ? serialFromWallClock(z.wallClock(d)) : dateToSerial(d);
  }
  /**
   * A plan's calendar date as the value to write: a Date at MIDNIGHT OF THE SPREADSHEET'S ZONE, which Sheets stores
   * as that date at 00:00 whatever the script's zone. A Date rather than the serial number because setValues makes a
   * Date a date cell by itself (Sheets gives it a date format), while a number shows as a date only where a date
   * format covers it: the wizard and Refresh write into existing rows whose formats the user may have changed, and a
   * number there would show as 46023 and, unlike a date cell, come back from getValues as a number.
   */
  value(iso: string): Date {
    const z = this.z;
    if (z) return z.midnight(iso);
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y, m - 1, d);
  }
  /** Today in the spreadsheet's zone, YYYY-MM-DD. */
  today(): string {
    const z = this.z;
    return z ? z.today(new Date()) : serialToIso(todaySerial());
  }
}

/** The value a plan cell becomes in setValues (formulas go through setFormulas, see writeBlock). */
function cellValue(c: PlanCell, dates: Dates): unknown {
  if (c === null) return '';
  if (typeof c === 'string') return literalText(c);
  if (typeof c === 'object' && 'date' in c) return dates.value(c.date);
  if (typeof c === 'object' && 'formula' in c) return c.formula;
  return c;
}

/**
 * One block in as few calls as Sheets allows. setValues takes formulas ("=...") and values alike.
 * On a sheet we just inserted, an empty plan cell is written as "" and the whole block is ONE call. Into an existing
 * sheet an empty plan cell means "leave it alone", so each row is written as runs of the cells it sets (the wizard
 * writes a row or two this way).
 */
export function writeBlock(sheet: Sheet, b: Block, newSheet: boolean, dates: Dates): void {
  const value = (c: PlanCell) => cellValue(c, dates);
  const w = Math.max(...b.cells.map((r) => r.length));
  const rows = b.cells.map((r) => [...r, ...Array(w - r.length).fill(null)] as PlanCell[]);
  if (b.appendBelowData) {
    // Sheet.appendRow: after the last row with content, one call whatever the size of the log; it never overwrites.
    for (const r of rows) sheet.appendRow(r.map(value));
    return;
  }
  if (newSheet) {
    sheet.getRange(b.row + 1, b.col + 1, rows.length, w).setValues(rows.map((r) => r.map(value)));
    return;
  }
  if (rows.every((r) => r.every((c) => c !== null))) {
    // A block that sets every cell (the rows Next cycle appends): one call whatever the number of rows.
    sheet.getRange(b.row + 1, b.col + 1, rows.length, w).setValues(rows.map((r) => r.map(value)));
    return;
  }
  rows.forEach((r, i) => {
    for (let c = 0; c < w; c++) {
      if (r[c] === null) continue;
      let e = c;
      while (e + 1 < w && r[e + 1] !== null) e++;
      sheet.getRange(b.row + i + 1, b.col + c + 1, 1, e - c + 1).setValues([r.slice(c, e + 1).map(value)]);
      c = e;
    }
  });
}

const rangeOf = (sheet: Sheet, r: { row: number; col: number; rows: number; cols: number }) => sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);

function validation(app: App, sheet: Spreadsheet, v: Validation) {
  const b = app.newDataValidation().setAllowInvalid(false);
  if (v.help) b.setHelpText(v.help);
  switch (v.kind) {
    case 'list':
      return b.requireValueInList(v.values, true).build();
    case 'listFromRange': {
      const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(v.source);
      const src = m ? sheet.getSheetByName((m[1] ?? m[2]).replace(/''/g, "'"))!.getRange(m[3].replace(/\$/g, '')) : sheet.getRange(v.source);
      return b.requireValueInRange(src, true).build();
    }
    case 'number':
      if (v.min !== undefined && v.max !== undefined) return b.requireNumberBetween(v.min, v.max).build();
      if (v.min !== undefined) return b.requireNumberGreaterThanOrEqualTo(v.min).build();
      if (v.max !== undefined) return b.requireNumberLessThanOrEqualTo(v.max).build();
      return b.requireNumberGreaterThanOrEqualTo(-Number.MAX_VALUE).build();
    case 'date':
      return b.requireDate().build();
  }
}

function rule(app: App, sheet: Sheet, r: ConditionalRule) {
  return app.newConditionalFormatRule().whenFormulaSatisfied(r.formula).setBackground(r.fill).setFontColor(r.font).setRanges([rangeOf(sheet, r.range)]).build();
}

/**
 * An embedded chart by Sheets' own chart engine (Apps Script: Sheet.newChart() -> EmbeddedChartBuilder.setChartType /
 * addRange / setNumHeaders / setPosition / setOption, build(), Sheet.insertChart). A fixed number of calls per chart,
 * whatever the size of its range. The chart reads its range from then on: it follows the figures without being rebuilt.
 * `Charts` (the Charts service's enums) is read here, when a chart is made, never at load.
 */
export function insertChart(sheet: Sheet, c: ChartPlan): void {
  const types = Charts.ChartType;
  const type = c.kind === 'bar' ? types.BAR : c.kind === 'column' ? types.COLUMN : types.LINE;
  // A chart that grows reads open-ended columns (A1 notation "L1:M": from row 1 to the sheet's end, rows added later
  // included); the figures fill their rows without gaps and leave the cells below empty, which the chart leaves out.
  const last = colLetter(c.source.col + c.source.cols - 1);
  const source = c.grows ? sheet.getRange(`${colLetter(c.source.col)}${c.source.row + 1}:${last}`) : rangeOf(sheet, c.source);
  let b = sheet.newChart().setChartType(type).addRange(source).setNumHeaders(1)
    // setPosition(anchorRowPos, anchorColPos, offsetX, offsetY): 1-based row and column of the top-left corner.
    .setPosition(c.anchor.row + 1, c.anchor.col + 1, 0, 0)
    .setOption('title', c.title).setOption('width', c.width).setOption('height', c.height).setOption('legend', { position: 'bottom' });
  if (c.stacked) b = b.setOption('isStacked', true);
  if (c.colors) b = b.setOption('colors', c.colors);
  if (c.percent) b = b.setOption(c.kind === 'bar' ? 'hAxis' : 'vAxis', { format: 'percent' });
  sheet.insertChart(b.build());
}

export class SheetsAdapter {
  readonly dates: Dates;
  constructor(readonly app: App, readonly book: Spreadsheet = app.getActiveSpreadsheet()) {
    this.dates = new Dates(book);
  }

  /** Today on the spreadsheet's clock, YYYY-MM-DD (what the plans want as "today"). */
  today(): string {
    return this.dates.today();
  }

  /**
   * The values of the sheets asked for. `headerOnly` sheets are read as their first row only (enough to recognise them),
   * so a use case that does not need a long log reads the same amount whatever its size.
   */
  // Stryker disable next-line ArrayDeclaration: a default of one odd sheet name differs only for a sheet of that name.
  snapshot(sheets: 'all' | string[], headerOnly: string[] = []): WorkbookSnapshot {
    const all = this.book.getSheets();
    const sheetNames = all.map((s) => s.getName());
    const values: Record<string, unknown[][]> = {};
    for (const s of all) {
      const name = s.getName();
      if (sheets !== 'all' && !sheets.includes(name)) continue;
      const range = headerOnly.includes(name) ? s.getRange(1, 1, 1, Math.max(1, s.getLastColumn())) : s.getDataRange();
      values[name] = range.getValues().map((row) => row.map((v) => (isDate(v) ? this.dates.serial(v) : v)));
    }
    return { sheetNames, values, activeSheet: this.book.getActiveSheet()?.getName() };
  }

  applyPlan(plan: WorkbookPlan): void {
    const taken = new Set(this.book.getSheets().map((s) => s.getName().toLowerCase()));
    for (const p of plan.addSheets) {
      // Data safety: the core chose free names; refuse rather than touch a sheet that exists after all.
      if (taken.has(p.name.toLowerCase())) throw new Error(`A sheet named "${p.name}" exists already; nothing was changed.`);
    }
    for (const p of plan.addSheets) this.addSheet(p);
    for (const w of plan.writes ?? []) {
      const sheet = this.book.getSheetByName(w.sheet);
      if (!sheet) throw new Error(`The sheet "${w.sheet}" is gone; nothing was written to it.`);
      for (const b of w.blocks) writeBlock(sheet, b, false, this.dates);
      for (const f of w.numberFormats ?? []) rangeOf(sheet, f.range).setNumberFormat(f.format);
    }
    if (plan.select) this.select(plan.select.sheet, plan.select.row, plan.select.col);
  }

  private addSheet(p: SheetPlan): void {
    const sheet = this.book.insertSheet(p.name, this.book.getSheets().length);
    const ranges = [...(p.numberFormats ?? []), ...(p.validations ?? []), ...(p.conditionalRules ?? [])].map((x) => x.range).concat(p.bold ?? []);
    const maxRow = Math.max(...p.blocks.map((b) => b.row + b.cells.length), ...ranges.map((r) => r.row + r.rows));
    // New sheets have 1,000 rows; a plan may need more. Always one read and one insert (with 200 spare rows for new
    // entries), so the number of calls is the same whatever the size of the plan.
    const have = sheet.getMaxRows();
    sheet.insertRowsAfter(have, Math.max(1, maxRow + 200 - have));
    for (const b of p.blocks) writeBlock(sheet, b, true, this.dates);
    for (const f of p.numberFormats ?? []) rangeOf(sheet, f.range).setNumberFormat(f.format);
    for (const v of p.validations ?? []) rangeOf(sheet, v.range).setDataValidation(validation(this.app, this.book, v));
    for (const r of p.bold ?? []) rangeOf(sheet, r).setFontWeight('bold');
    for (const [c, w] of Object.entries(p.columnWidths ?? {})) sheet.setColumnWidth(Number(c) + 1, w);
    if (p.freezeRows) sheet.setFrozenRows(p.freezeRows);
    if (p.freezeCols) sheet.setFrozenColumns(p.freezeCols);
    if (p.conditionalRules?.length) sheet.setConditionalFormatRules(p.conditionalRules.map((r) => rule(this.app, sheet, r)));
    for (const c of p.charts ?? []) insertChart(sheet, c);
  }

  applyRefresh(plan: RefreshPlan): void {
    for (const s of plan.sheets) {
      const sheet = this.book.getSheetByName(s.name);
      if (!sheet) continue;
      // Rules have no ID: keep every rule without our marker (the user's own), replace ours, set once.
      const keep = sheet.getConditionalFormatRules().filter((r) => !hasMarker(r.getBooleanCondition()?.getCriteriaValues()?.[0] as string | undefined));
      sheet.setConditionalFormatRules([...keep, ...s.rules.map((r) => rule(this.app, sheet, r))]);
    }
    for (const w of plan.writes) {
      const sheet = this.book.getSheetByName(w.sheet);
      if (sheet) for (const b of w.blocks) writeBlock(sheet, b, false, this.dates);
    }
  }

  select(sheet: string, row: number, col: number): void {
    const s = this.book.getSheetByName(sheet);
    if (!s) throw new Error(`There is no sheet named "${sheet}".`);
    s.activate();
    s.getRange(row + 1, col + 1).activate();
  }
}


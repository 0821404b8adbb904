/**
 * A narrow, call-counting fake of SpreadsheetApp, HtmlService and the Ui (none exists offline). Faithful where the
 * adapter depends on it: 1-based getRange, setValues checks the array against the range and reads strings as typed
 * (storedValue: numbers, dates, booleans, "=..." formulas; an apostrophe keeps text and is dropped), setConditionalFormatRules
 * replaces all rules, getDataRange covers A1 to the last cell with content. It does not calculate formulas:
 * getValues returns a formula's text.
 *
 * Time zones, as Google documents them:
 * - A spreadsheet has its own time zone, `Spreadsheet.getSpreadsheetTimeZone()` (Apps Script reference, Class Spreadsheet:
 *   "Gets the time zone for the spreadsheet"), apart from the script's zone set in appsscript.json (Manifest structure,
 *   `timeZone`). Here the script's zone is the Node process's (process.env.TZ), the spreadsheet's is `timeZone` below.
 * - A date cell holds a wall-clock date-time in the spreadsheet's zone (Sheets help, "Change a spreadsheet's locale, time
 *   zone..."; changing the zone does not change what the cells show). The fake stores it as a WallDate.
 * - getValues / a custom function's argument hands it over as a Date at the INSTANT of that wall clock in the
 *   spreadsheet's zone (Custom functions guide, "Data types": "... dates in Google Sheets become Date objects ... if the
 *   script's time zone differs from the spreadsheet's the custom function needs to compensate").
 * - setValues with a Date stores the spreadsheet's wall clock at the Date's instant (Range.setValues reference; the
 *   Issue Tracker's many "date written one day off" reports), so `new Date(y, m, d)` made in a script zone east of the
 *   spreadsheet shows the day before.
 * - Utilities.formatDate(date, timeZone, format) formats the instant in the given zone with SimpleDateFormat letters
 *   (Apps Script reference, Class Utilities). The fake in ./zones.ts builds it on Intl.DateTimeFormat.
 * Charts (Apps Script reference, Class Sheet: newChart() "Returns a builder to create a new chart for this sheet",
 * insertChart(chart) "Adds a new chart to this sheet", getCharts(); Class EmbeddedChartBuilder: setChartType, addRange,
 * setNumHeaders, setPosition(anchorRowPos, anchorColPos, offsetX, offsetY) with 1-based row and column, setOption, build;
 * Enum Charts.ChartType): every builder call is counted like any other call; build() without a range or a type
 * fails as Sheets does ("The chart has no data" / no type); a chart exists only once insertChart ran.
 * Not modelled: a NUMBER in a cell with a date number format also comes back from getValues as a Date in real Sheets;
 * the adapter writes Dates, never serials, so it does not depend on that.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { typed } from '../excel/typedInput';
import { formatDate, instantOfWall, wallMs, wallOf } from './zones';

/** A date cell: the wall clock it shows (ms since 1970-01-01 00:00 on that clock), whatever the zone. */
export class WallDate {
  constructor(readonly wall: number) {}
  /** "2026-01-01" for a midnight, else "2026-01-01T18:00:00". */
  get iso(): string {
    const s = new Date(this.wall).toISOString();
    return s.endsWith('T00:00:00.000Z') ? s.slice(0, 10) : s.slice(0, 19);
  }
  toString() {
    return this.iso;
  }
}
/** A date cell showing y-m-d h:mi (month 1-12). */
export const wallDate = (y: number, m: number, d: number, h = 0, mi = 0) => new WallDate(wallMs(y, m, d, h, mi));
const isDateObject = (v: unknown): v is Date => v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

export interface Counter {
  total: number;
  byMethod: Record<string, number>;
}

/** Wrap an object's methods so every call is counted under Class.method. */
function counted<T extends object>(obj: T, cls: string, counter: Counter): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop === 'constructor') return v;
      return (...args: unknown[]) => {
        counter.total++;
        counter.byMethod[`${cls}.${prop}`] = (counter.byMethod[`${cls}.${prop}`] ?? 0) + 1;
        return v.apply(target, args);
      };
    },
  });
}

export class FakeRule {
  constructor(readonly formula: string, readonly background: string, readonly fontColor: string, readonly ranges: FakeRange[]) {}
  getBooleanCondition() {
    return { getCriteriaValues: () => [this.formula] };
  }
  getRanges() {
    return this.ranges;
  }
}

export class FakeSheet {
  cells = new Map<string, unknown>();
  /** Keys of cells that hold a formula (their text is in cells): tells "=1+1" typed as text from a formula. */
  formulaCells = new Set<string>();
  formats = new Map<string, string>();
  rules: FakeRule[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  frozenCols = 0;
  /** Column widths in pixels by 1-based column position, as setColumnWidth set them. */
  widths = new Map<number, number>();
  maxRows = 1000;
  validations = 0;
  /** Each setFontWeight by range (1-based row, column, rows, columns). */
  fontWeights = new Map<string, string | null>();
  /** Each setDataValidation: the range (1-based row, column, rows, columns) and the rule built. */
  validationRules: { range: string; rule: unknown }[] = [];
  constructor(readonly book: FakeBook, public name: string) {}
  key(r: number, c: number) {
    return `${r},${c}`;
  }
  getName() {
    return this.name;
  }
  getRange(row: number | string, col?: number, h = 1, w = 1): FakeRange {
    if (typeof row === 'string') {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d*))?$/.exec(row);
      if (!m) throw new Error(`Range not found: ${row}`);
      const c1 = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const c2 = m[3] ? [...m[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : c1;
      const r2 = m[4] ? Number(m[4]) : m[3] ? this.maxRows : Number(m[2]);
      const r = new FakeRange(this, Number(m[2]), c1, r2 - Number(m[2]) + 1, c2 - c1 + 1);
      // "L1:M" is open-ended: to the sheet's last row, whatever it becomes (A1 notation in the Sheets API concepts guide:
      // "Sheet1!A5:A refers to all the cells of the first column of Sheet 1, from row 5 onward").
      r.openEnded = !!m[3] && !m[4];
      return this.book.wrap(r, 'Range');
    }
    if (!(row >= 1 && col! >= 1 && h >= 1 && w >= 1)) throw new Error(`getRange(${row}, ${col}, ${h}, ${w}): coordinates start at 1`);
    if (row + h - 1 > this.maxRows) throw new Error(`Range beyond the sheet's ${this.maxRows} rows`);
    return this.book.wrap(new FakeRange(this, row, col!, h, w), 'Range');
  }
  getDataRange() {
    let rows = 1;
    let cols = 1;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return this.getRange(1, 1, rows, cols);
  }
  getMaxRows() {
    return this.maxRows;
  }
  /** The last row / column with content (1-based; 0 when empty), as Sheet.getLastRow / getLastColumn. */
  getLastRow() {
    let last = 0;
    for (const k of this.cells.keys()) last = Math.max(last, Number(k.split(',')[0]));
    return last;
  }
  getLastColumn() {
    let last = 0;
    for (const k of this.cells.keys()) last = Math.max(last, Number(k.split(',')[1]));
    return last;
  }
  /**
   * Sheet.appendRow (docs): "Appends a row to the bottom of the current data region in the sheet"; strings are read as
   * typed, as with setValues. The sheet grows when the row is past its last one.
   */
  appendRow(values: unknown[]) {
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    new FakeRange(this, row, 1, 1, values.length).setValues([values]);
    return this;
  }
  /**
   * Sheet.insertRowsAfter(afterPosition, howMany) (Apps Script reference, Class Sheet): both parameters are Integers, the
   * position 1-based; "Inserts a number of rows after the given row position". The reference does not say what happens
   * with a count that is not a whole number of at least 1 (NaN from a bad sum, say); the fake refuses it rather than
   * let a sheet get NaN rows, so no test can pass on such a call.
   */
  insertRowsAfter(after: number, n: number) {
    if (!Number.isInteger(after) || after < 1 || after > this.maxRows) throw new Error(`Those rows are out of bounds: ${after}`);
    if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: howMany ${n}`);
    this.maxRows += n;
  }
  // Sheet.setColumnWidth(columnPosition, width): 1-based position, width in pixels; setFrozenColumns(columns)
  // (developers.google.com/apps-script/reference/spreadsheet/sheet). Both return the sheet for chaining.
  setColumnWidth(column: number, width: number) {
    if (!Number.isInteger(column) || column < 1) throw new Error(`Those columns are out of bounds: ${column}`);
    this.widths.set(column, width);
    return this;
  }
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  setFrozenColumns(n: number) {
    this.frozenCols = n;
    return this;
  }
  getConditionalFormatRules() {
    return [...this.rules];
  }
  setConditionalFormatRules(rules: FakeRule[]) {
    this.rules = [...rules];
  }
  activate() {
    this.book.active = this;
  }
  /** Sheet.newChart(): a builder; nothing is on the sheet until insertChart. */
  newChart() {
    return this.book.wrap(new ChartBuilder(this), 'EmbeddedChartBuilder');
  }
  insertChart(chart: FakeChart) {
    if (!(chart instanceof FakeChart)) throw new Error('insertChart needs a chart built with newChart().build()');
    if (chart.sheet !== this) throw new Error('The chart was built for another sheet.');
    this.charts.push(chart);
  }
  getCharts() {
    return [...this.charts];
  }
}

/** An embedded chart as built (what tests inspect). */
export class FakeChart {
  constructor(readonly sheet: FakeSheet, readonly type: string, readonly ranges: string[], readonly headers: number,
    readonly position: [number, number, number, number], readonly options: Record<string, unknown>) {}
}

/** The Charts service's enum (Enum ChartType): the names Sheets knows. */
export const Charts = { ChartType: { AREA: 'AREA', BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE', SCATTER: 'SCATTER', TABLE: 'TABLE' } };

class ChartBuilder {
  type = '';
  ranges: string[] = [];
  headers = -1;
  position: [number, number, number, number] = [1, 1, 0, 0];
  options: Record<string, unknown> = {};
  constructor(readonly sheet: FakeSheet) {}
  setChartType(t: string) {
    if (!Object.values(Charts.ChartType).includes(t)) throw new Error(`Unknown chart type ${t}`);
    this.type = t;
    return this;
  }
  addRange(r: FakeRange) {
    // Read the range's fields, not a method: a call would be counted as the adapter's.
    const letters = (c: number) => { let t = ''; for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) t = String.fromCharCode(65 + ((n - 1) % 26)) + t; return t; };
    this.ranges.push(`${letters(r.col)}${r.row}:${letters(r.col + r.w - 1)}${r.openEnded ? '' : r.row + r.h - 1}`);
    return this;
  }
  setNumHeaders(n: number) {
    this.headers = n;
    return this;
  }
  setPosition(row: number, col: number, x: number, y: number) {
    if (!(row >= 1 && col >= 1)) throw new Error(`setPosition(${row}, ${col}): rows and columns start at 1`);
    this.position = [row, col, x, y];
    return this;
  }
  setOption(k: string, v: unknown) {
    this.options[k] = v;
    return this;
  }
  build() {
    if (!this.ranges.length) throw new Error('The chart has no data: addRange first.');
    if (!this.type) throw new Error('The chart has no type: setChartType first.');
    return new FakeChart(this.sheet, this.type, this.ranges, this.headers, this.position, this.options);
  }
}

/**
 * What Sheets stores for one value given to setValues. Strings are read as typed (Sheets API USER_ENTERED: "parsed as if
 * the user typed them into the UI"; see test/excel/typedInput.ts for the cases and sources): "1.10" -> 1.1, "90%" -> 0.9,
 * "3/4" and "2026-01-31" -> a Date, "TRUE" -> true, "=..." a formula (kept as its text: the fake does not calculate),
 * a leading apostrophe keeps the rest as text. Other values are stored as given.
 */
export function storedValue(v: unknown): { value: unknown; formula: boolean } {
  if (typeof v !== 'string') return { value: v, formula: false };
  const t = typed(v, 'sheets');
  switch (t.kind) {
    case 'empty':
      return { value: '', formula: false };
    case 'text':
      return { value: t.text, formula: false };
    case 'formula':
      return { value: t.formula, formula: true };
    case 'number':
    case 'boolean':
      return { value: t.value, formula: false };
    case 'date':
      // Typed date text becomes a date cell showing that wall clock, in whatever zone the spreadsheet has.
      return { value: new WallDate(wallMs(t.y, t.m, t.d) + Math.round(t.dayFraction * 86400000)), formula: false };
  }
}

export class FakeRange {
  openEnded = false;
  constructor(readonly sheet: FakeSheet, readonly row: number, readonly col: number, readonly h: number, readonly w: number) {}
  setValues(values: unknown[][]) {
    if (values.length !== this.h || values.some((r) => r.length !== this.w)) {
      throw new Error(`The number of rows or columns in the data does not match the range: ${values.length}x${values[0]?.length} into ${this.h}x${this.w}`);
    }
    values.forEach((r, i) => r.forEach((v, j) => {
      const k = this.sheet.key(this.row + i, this.col + j);
      const { value: stored, formula } = storedValue(v);
      if (formula) this.sheet.formulaCells.add(k);
      else this.sheet.formulaCells.delete(k);
      // A Date written by the script: the spreadsheet's wall clock at its instant (see FakeBook.toCell).
      if (isDateObject(stored)) return void this.sheet.cells.set(k, this.sheet.book.toCell(stored));
      if (stored === '' || stored === null) this.sheet.cells.delete(k);
      else this.sheet.cells.set(k, stored);
    }));
    return this;
  }
  getValues() {
    return Array.from({ length: this.h }, (_, i) => Array.from({ length: this.w }, (_, j) => this.sheet.book.fromCell(this.sheet.cells.get(this.sheet.key(this.row + i, this.col + j)) ?? '')));
  }
  setNumberFormat(f: string) {
    this.sheet.formats.set(`${this.row},${this.col},${this.h},${this.w}`, f);
    return this;
  }
  setDataValidation(rule?: unknown) {
    this.sheet.validations++;
    this.sheet.validationRules.push({ range: `${this.row},${this.col},${this.h},${this.w}`, rule });
    return this;
  }
  /**
   * Range.setFontWeight(fontWeight) (Apps Script reference, Class Range): "Set the font weight for the given range
   * (normal/bold)"; null resets it. Recorded per range (1-based row, column, rows, columns) for the tests.
   */
  setFontWeight(weight: string | null) {
    this.sheet.fontWeights.set(`${this.row},${this.col},${this.h},${this.w}`, weight);
    return this;
  }
  activate() {
    this.sheet.book.activeCell = { sheet: this.sheet.name, row: this.row, col: this.col };
    return this;
  }
  getA1Notation() {
    return `${this.row},${this.col}`;
  }
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  active?: FakeSheet;
  activeCell?: { sheet: string; row: number; col: number };
  /** Each Spreadsheet.toast(msg, title, timeoutSeconds) shown. */
  toasts: { msg: string; title?: string; timeoutSeconds?: number }[] = [];
  constructor(readonly counter: Counter, public timeZone = 'America/New_York') {}
  getSpreadsheetTimeZone() {
    return this.timeZone;
  }
  /** A Date written with setValues: the spreadsheet's wall clock at its instant. */
  toCell(d: Date): WallDate {
    return new WallDate(wallOf(d, this.timeZone));
  }
  /** What getValues hands over for a stored cell: a date cell as the Date at its wall clock in the spreadsheet's zone. */
  fromCell(v: unknown): unknown {
    return v instanceof WallDate ? new Date(instantOfWall(v.wall, this.timeZone)) : v;
  }
  wrap<T extends object>(o: T, cls: string): T {
    return counted(o, cls, this.counter);
  }
  getSheets() {
    return this.sheets.map((s) => this.wrap(s, 'Sheet'));
  }
  /** The sheet the user is on: the last activated, else the first. */
  getActiveSheet() {
    const s = this.active ?? this.sheets[0];
    return s ? this.wrap(s, 'Sheet') : null;
  }
  getSheetByName(name: string) {
    const s = this.sheets.find((x) => x.name === name);
    return s ? this.wrap(s, 'Sheet') : null;
  }
  insertSheet(name: string, index?: number) {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const s = new FakeSheet(this, name);
    this.sheets.splice(index ?? this.sheets.length, 0, s);
    return this.wrap(s, 'Sheet');
  }
  getRange(a1: string) {
    return this.sheets[0].getRange(a1);
  }
  /**
   * Spreadsheet.toast(msg, title, timeoutSeconds) (Apps Script reference, Class Spreadsheet): "Shows a popup window in
   * the lower right corner of the spreadsheet with the given message, title, and timeout"; title and timeout optional.
   */
  toast(msg: string, title?: string, timeoutSeconds?: number) {
    this.toasts.push({ msg, title, timeoutSeconds });
  }
  /** Test helper (not counted): a sheet with data. */
  seed(name: string, rows: unknown[][]) {
    const s = new FakeSheet(this, name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== '' && s.cells.set(s.key(i + 1, j + 1), isDateObject(v) ? this.toCell(v) : v)));
    this.sheets.push(s);
    return s;
  }
}

class RuleBuilder {
  f = '';
  bg = '';
  fc = '';
  ranges: FakeRange[] = [];
  whenFormulaSatisfied(f: string) {
    this.f = f;
    return this;
  }
  setBackground(c: string) {
    this.bg = c;
    return this;
  }
  setFontColor(c: string) {
    this.fc = c;
    return this;
  }
  setRanges(r: FakeRange[]) {
    this.ranges = r;
    return this;
  }
  build() {
    if (!this.f || !this.ranges.length) throw new Error('A conditional format rule needs a condition and ranges.');
    return new FakeRule(this.f, this.bg, this.fc, this.ranges);
  }
}

/**
 * Apps Script reference, Class DataValidationBuilder: setAllowInvalid(allowInvalidData), setHelpText(helpText),
 * requireValueInList(values, showDropdown), requireValueInRange(range, showDropdown), requireNumberBetween(start, end),
 * requireNumberGreaterThanOrEqualTo(number), requireNumberLessThanOrEqualTo(number), requireDate(), build(). The built
 * rule records what each call set, so a test reads the rule the adapter made.
 */
class ValidationBuilder {
  kind = '';
  allowInvalid = true;
  help = '';
  dropdown = false;
  args: unknown[] = [];
  setAllowInvalid(v: boolean) {
    this.allowInvalid = v;
    return this;
  }
  setHelpText(t: string) {
    this.help = t;
    return this;
  }
  requireValueInList(v: string[], showDropdown = true) {
    this.kind = `list:${v.join('|')}`;
    this.dropdown = showDropdown;
    return this;
  }
  requireValueInRange(r: FakeRange, showDropdown = true) {
    if (!r) throw new Error('requireValueInRange needs a range');
    this.kind = 'range';
    this.dropdown = showDropdown;
    this.args = [r.sheet.name, r.row, r.col, r.h, r.w];
    return this;
  }
  requireNumberBetween(a: number, b: number) {
    this.kind = 'number';
    this.args = ['between', a, b];
    return this;
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    this.kind = 'number';
    this.args = ['>=', n];
    return this;
  }
  requireNumberLessThanOrEqualTo(n: number) {
    this.kind = 'number';
    this.args = ['<=', n];
    return this;
  }
  requireDate() {
    this.kind = 'date';
    return this;
  }
  build() {
    return { kind: this.kind, allowInvalid: this.allowInvalid, help: this.help, dropdown: this.dropdown, args: this.args };
  }
}

export interface FakeOptions {
  /** The spreadsheet's time zone (default America/New_York); the script's is the process's TZ. */
  timeZone?: string;
}

export function fakeSheetsServices(distSheets: string, options: FakeOptions = {}) {
  const counter: Counter = { total: 0, byMethod: {} };
  const book = new FakeBook(counter, options.timeZone);
  const menus: { items: [string, string][]; added: boolean }[] = [];
  const sidebars: { file: string; title: string; html: string }[] = [];
  const ui = {
    createAddonMenu() {
      const m = { items: [] as [string, string][], added: false };
      menus.push(m);
      const api = {
        addItem(label: string, fn: string) {
          m.items.push([label, fn]);
          return api;
        },
        addSeparator: () => api,
        addToUi() {
          m.added = true;
        },
      };
      return api;
    },
    showSidebar(out: { file: string; title: string; html: string }) {
      sidebars.push(out);
    },
  };
  const SpreadsheetApp = counted({
    getActiveSpreadsheet: () => book.wrap(book, 'Spreadsheet'),
    getActive: () => book.wrap(book, 'Spreadsheet'),
    getUi: () => ui,
    newConditionalFormatRule: () => counted(new RuleBuilder(), 'ConditionalFormatRuleBuilder', counter),
    newDataValidation: () => counted(new ValidationBuilder(), 'DataValidationBuilder', counter),
  }, 'SpreadsheetApp', counter);
  // HtmlOutput: setTitle returns the output for chaining, getContent() the HTML as a string; createHtmlOutput(html)
  // makes an output from a string (developers.google.com/apps-script/reference/html/html-output,
  // .../html/html-service#createHtmlOutput(String)).
  const htmlOutput = (file: string, html: string) => {
    const out = { file, title: '', html, setTitle(t: string) {
      out.title = t;
      return out;
    }, getContent: () => out.html };
    return out;
  };
  const HtmlService = {
    createHtmlOutputFromFile(name: string) {
      const file = resolve(distSheets, `${name}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
      return htmlOutput(file, readFileSync(file, 'utf8'));
    },
    createHtmlOutput(html: string) {
      return htmlOutput('', html);
    },
  };
  const Utilities = counted({ formatDate }, 'Utilities', counter);
  return { counter, book, menus, sidebars, globals: { SpreadsheetApp, HtmlService, Utilities, Charts } };
}

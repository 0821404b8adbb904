/**
 * A narrow, call-counting fake of SpreadsheetApp, HtmlService and the Ui (none exists offline). Faithful where the
 * adapter depends on it: 1-based getRange, setValues checks the array against the range and reads strings as typed
 * (storedValue: numbers, dates, booleans, "=..." formulas; an apostrophe keeps text and is dropped), setConditionalFormatRules
 * replaces all rules, getDataRange covers A1 to the last cell with content. It does not calculate formulas:
 * getValues returns a formula's text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { typed } from '../excel/typedInput';

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
  frozenRows = 0;
  maxRows = 1000;
  validations = 0;
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
      return this.book.wrap(new FakeRange(this, Number(m[2]), c1, r2 - Number(m[2]) + 1, c2 - c1 + 1), 'Range');
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
  insertRowsAfter(_after: number, n: number) {
    this.maxRows += n;
  }
  setColumnWidth() {}
  setFrozenRows(n: number) {
    this.frozenRows = n;
  }
  setFrozenColumns() {}
  getConditionalFormatRules() {
    return [...this.rules];
  }
  setConditionalFormatRules(rules: FakeRule[]) {
    this.rules = [...rules];
  }
  activate() {
    this.book.active = this;
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
    case 'date': {
      const ms = Math.round(t.dayFraction * 86400000);
      return { value: new Date(t.y, t.m - 1, t.d, 0, 0, 0, ms), formula: false };
    }
  }
}

export class FakeRange {
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
      if (stored === '' || stored === null) this.sheet.cells.delete(k);
      else this.sheet.cells.set(k, stored);
    }));
    return this;
  }
  getValues() {
    return Array.from({ length: this.h }, (_, i) => Array.from({ length: this.w }, (_, j) => this.sheet.cells.get(this.sheet.key(this.row + i, this.col + j)) ?? ''));
  }
  setNumberFormat(f: string) {
    this.sheet.formats.set(`${this.row},${this.col},${this.h},${this.w}`, f);
    return this;
  }
  setDataValidation() {
    this.sheet.validations++;
    return this;
  }
  setFontWeight() {
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
  toasts: string[] = [];
  constructor(readonly counter: Counter) {}
  wrap<T extends object>(o: T, cls: string): T {
    return counted(o, cls, this.counter);
  }
  getSheets() {
    return this.sheets.map((s) => this.wrap(s, 'Sheet'));
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
  toast(msg: string) {
    this.toasts.push(msg);
  }
  /** Test helper (not counted): a sheet with data. */
  seed(name: string, rows: unknown[][]) {
    const s = new FakeSheet(this, name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== '' && s.cells.set(s.key(i + 1, j + 1), v)));
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

class ValidationBuilder {
  kind = '';
  setAllowInvalid() {
    return this;
  }
  setHelpText() {
    return this;
  }
  requireValueInList(v: string[]) {
    this.kind = `list:${v.join('|')}`;
    return this;
  }
  requireValueInRange(r: FakeRange) {
    if (!r) throw new Error('requireValueInRange needs a range');
    this.kind = 'range';
    return this;
  }
  requireNumberBetween() {
    this.kind = 'number';
    return this;
  }
  requireNumberGreaterThanOrEqualTo() {
    this.kind = 'number';
    return this;
  }
  requireNumberLessThanOrEqualTo() {
    this.kind = 'number';
    return this;
  }
  requireDate() {
    this.kind = 'date';
    return this;
  }
  build() {
    return { kind: this.kind };
  }
}

export function fakeSheetsServices(distSheets: string) {
  const counter: Counter = { total: 0, byMethod: {} };
  const book = new FakeBook(counter);
  const menus: { items: [string, string][]; added: boolean }[] = [];
  const sidebars: { file: string; title: string }[] = [];
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
    showSidebar(out: { file: string; title: string }) {
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
  const HtmlService = {
    createHtmlOutputFromFile(name: string) {
      const file = resolve(distSheets, `${name}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
      const out = { file, title: '', html: readFileSync(file, 'utf8'), setTitle(t: string) {
        out.title = t;
        return out;
      } };
      return out;
    },
  };
  return { counter, book, menus, sidebars, globals: { SpreadsheetApp, HtmlService } };
}

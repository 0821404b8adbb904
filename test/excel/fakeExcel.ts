/**
 * A small fake of the Excel object model for adapter tests (office-addin-mock cannot mock collections). Faithful where
 * the adapter depends on it, each behaviour with its source:
 * - Batching: every write, load, add and delete is QUEUED and runs at context.sync(), in order; nothing reaches the
 *   workbook before (docs: "Application-specific API model", "Call context.sync() to send queued commands"). Reading a
 *   property needs load() and a sync that ran it, or it throws PropertyNotLoaded; the value is the one at that sync.
 * - Excel.run sends one last sync of whatever is still queued when the batch's promise resolves (office.js
 *   ClientRequestContext._runCommon: `ctx.sync(runBodyResult)`; an empty request is not sent). A context.sync() still
 *   running when the batch resolves was not awaited: its error would be lost, so the fake's run fails loudly.
 * - A batch is NOT transactional: when an operation fails at sync, the ones before it stay applied, the ones after it
 *   are dropped, and sync rejects with the error (docs: "Error handling with the application-specific JavaScript APIs":
 *   the operations before the failing one are not rolled back).
 * - Strings written through `formulas` or `values` are read as typed (typedInput.ts): "1.10" -> 1.1, "3/4" -> a date
 *   serial, "TRUE" -> true, "=..." a formula; a leading apostrophe keeps the rest as text. Into a cell already formatted
 *   as text ("@") a string stays text (spec platforms.md).
 * - An array written to a range must have the range's shape, or the assignment throws InvalidArgument when queued
 *   (a single value is applied to every cell, as Office.js allows).
 * - Worksheet names and table names are unique in the workbook, compared case-insensitively: a taken name fails at sync
 *   (worksheets: ItemAlreadyExists; tables: InvalidArgument, "The argument is invalid or missing or has an incorrect
 *   format.", office-js issue 551; overlapping tables: InvalidArgument, office-js issue 1199).
 * - Charts (ExcelApi 1.1, docs: Excel.ChartCollection.add(type, sourceData, seriesBy), Chart.setPosition(startCell,
 *   endCell), Chart.title.text, Chart.width / height in points, ChartSeriesCollection.getItemAt, ChartFill.setSolidColor;
 *   ChartAxis.numberFormat is ExcelApi 1.8): `charts.add` returns the chart's proxy at once, and the chart, like every
 *   other operation, comes into being at the next sync; so does each property set on the proxy. An unknown chart type
 *   fails at sync with InvalidArgument (the ChartType enumeration). The fake keeps what a test checks: type, source
 *   address, seriesBy, title, position, size, series colours and axis formats.
 * - Loaded properties of the small objects the adapter loads (the active worksheet's name, a table's range rowIndex /
 *   rowCount and its worksheet's name) are readable only when that very property was loaded (PropertyNotLoaded).
 * - Worksheet.getUsedRangeOrNullObject(valuesOnly): with valuesOnly true only cells with values count; without it, a
 *   cell that only has a format counts as used too (docs: "valuesOnly: Considers only cells with values as used cells").
 * - TableCollection.add(address, hasHeaders) and Table.style are kept on the table as the sync that runs them sets them
 *   (docs: Excel.TableCollection.add, Excel.Table.style); Range.format.font.bold is recorded with its value.
 * Counters: `syncs` counts requests sent; `writes` and `formulaWrites` record what the adapter queued, when it queued it.
 */
import { excelSerial, typed } from './typedInput';

export class PropertyNotLoaded extends Error {
  code = 'PropertyNotLoaded';
}

/** An error as Office.js rejects context.sync() with (RichApi.Error with a code). */
export class FakeExcelError extends Error {
  name = 'RichApi.Error';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

class Loadable {
  private loaded = new Set<string>();
  constructor(protected ctx: FakeContext) {}
  /** Queued like everything else: the properties are read when the sync runs this load. */
  load(props?: string | string[] | Record<string, unknown>) {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : ['*'];
    const names = list.map((p) => p.trim().split('/')[0]);
    this.ctx.enqueue(() => {
      for (const p of names) {
        this.capture(p);
        this.loaded.add(p);
      }
    });
    return this;
  }
  /** Take the value of a property as it is at the sync that runs the load. */
  protected capture(prop: string): void {
    void prop;
  }
  protected need(prop: string) {
    if (!this.loaded.has(prop) && !this.loaded.has('*')) throw new PropertyNotLoaded(`The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

/** A worksheet as the API sees it: a proxy resolved by name when an operation runs at sync. */
export interface SheetLike {
  readonly name: string;
  resolve(): FakeSheet;
}

export class FakeCf extends Loadable {
  deleted = false;
  custom = { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } };
  constructor(ctx: FakeContext, readonly sheet: SheetLike, readonly address: string, readonly type: string) {
    super(ctx);
  }
  get customOrNullObject() {
    return this.type === 'Custom' ? { isNullObject: false, rule: this.custom.rule } : { isNullObject: true, rule: { formula: '' } };
  }
  delete() {
    this.ctx.record('delete cf', this.sheet.name, this.address);
    this.ctx.enqueue(() => {
      const s = this.sheet.resolve();
      s.cfs = s.cfs.filter((c) => c !== this);
      this.deleted = true;
    });
  }
}

class CfCollection extends Loadable {
  private snapshot: FakeCf[] = [];
  constructor(ctx: FakeContext, readonly sheet: SheetLike, readonly address: string) {
    super(ctx);
  }
  add(type: string) {
    const cf = new FakeCf(this.ctx, this.sheet, this.address, type);
    this.ctx.record('add cf', this.sheet.name, this.address);
    this.ctx.enqueue(() => void this.sheet.resolve().cfs.push(cf));
    return cf;
  }
  protected capture(prop: string) {
    if (prop === 'items' || prop === '*') this.snapshot = this.sheet.resolve().cfs.slice();
  }
  get items() {
    this.need('items');
    return this.snapshot.slice();
  }
}

/** Office.js accepts a single value for every cell, or an array of exactly the range's shape. */
function shaped(m: unknown, rows: number, cols: number, what: string): unknown[][] {
  if (!Array.isArray(m)) return Array.from({ length: rows }, () => Array(cols).fill(m));
  if (m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what}: ${m.length}x${Array.isArray(m[0]) ? m[0].length : '?'} into ${rows}x${cols})`);
  }
  return m as unknown[][];
}

export class FakeRange extends Loadable {
  format: { font: { bold?: boolean }; columnWidth?: number };
  dataValidation: { rule?: unknown; prompt?: unknown };
  conditionalFormats: CfCollection;
  private loadedValues: unknown[][] = [];
  constructor(ctx: FakeContext, readonly sheet: SheetLike, public row: number, public col: number, public rows: number, public cols: number) {
    super(ctx);
    const self = this;
    this.format = {
      font: { set bold(v: boolean) { ctx.record('bold', sheet.name, `${self.address}=${v}`); ctx.enqueue(() => void sheet.resolve()); } },
      set columnWidth(v: number) { ctx.record('columnWidth', sheet.name, `${self.address}=${v}`); ctx.enqueue(() => void sheet.resolve()); },
    } as FakeRange['format'];
    // Range.dataValidation (ExcelApi 1.8): setting `rule` or `prompt` queues the change for the next sync, like any
    // property set (learn.microsoft.com/javascript/api/excel/excel.datavalidation). Recorded as JSON to be read back.
    const validation: { rule?: unknown; prompt?: unknown } = {};
    this.dataValidation = {
      get rule() { return validation.rule; },
      set rule(v: unknown) { validation.rule = v; ctx.record('validation', sheet.name, `${self.address}=${JSON.stringify(v)}`); ctx.enqueue(() => void sheet.resolve()); },
      get prompt() { return validation.prompt; },
      set prompt(v: unknown) { validation.prompt = v; ctx.record('prompt', sheet.name, `${self.address}=${JSON.stringify(v)}`); ctx.enqueue(() => void sheet.resolve()); },
    };
    this.conditionalFormats = new CfCollection(ctx, sheet, this.address);
  }
  get address() {
    return `${this.row},${this.col},${this.rows}x${this.cols}`;
  }
  protected capture(prop: string) {
    if (prop === 'values' || prop === '*') {
      const s = this.sheet.resolve();
      this.loadedValues = Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => s.cells.get(`${this.row + i},${this.col + j}`) ?? ''));
      // What Excel would send back: a formula cell's value is its result, which the fake does not compute; count it as
      // a typical result (a fraction) rather than as the formula's text.
      this.ctx.responding += JSON.stringify(this.loadedValues.map((r, i) => r.map((v, j) => (s.formulaCells.has(`${this.row + i},${this.col + j}`) ? 0.123456789 : v)))).length;
    }
  }
  private queueCells(m: unknown, what: 'formulas' | 'values') {
    const cells = shaped(m, this.rows, this.cols, what);
    this.ctx.pendingBytes += JSON.stringify(m).length;
    this.ctx.record('formulas', this.sheet.name, this.address);
    this.ctx.formulaWrites.push({ sheet: this.sheet.name, row: this.row, col: this.col, m: cells });
    this.ctx.enqueue(() => {
      const s = this.sheet.resolve();
      cells.forEach((r, i) => r.forEach((v, j) => s.write(this.row + i, this.col + j, v)));
    });
  }
  set formulas(m: unknown[][]) {
    this.queueCells(m, 'formulas');
  }
  set values(m: unknown[][]) {
    this.queueCells(m, 'values');
  }
  get values(): unknown[][] {
    this.need('values');
    return this.loadedValues.map((r) => r.slice());
  }
  set numberFormat(m: unknown[][]) {
    const f = shaped(m, this.rows, this.cols, 'numberFormat');
    this.ctx.pendingBytes += JSON.stringify(m).length;
    this.ctx.record('numberFormat', this.sheet.name, this.address);
    this.ctx.enqueue(() => {
      const s = this.sheet.resolve();
      f.forEach((r, i) => r.forEach((v, j) => s.formats.set(`${this.row + i},${this.col + j}`, String(v))));
    });
  }
  /**
   * Range.autoFill (ExcelApi 1.9): the destination must contain this range (docs: "The source range must be part of
   * the destination range"). Only what the adapter needs is modelled: copying one cell's formula down a column,
   * verbatim, which is exact for formulas without relative A1 references (structured references).
   */
  autoFill(dest: FakeRange, type?: string) {
    void type;
    this.ctx.record('autoFill', this.sheet.name, dest.address);
    if (!(dest.row <= this.row && dest.col <= this.col && dest.row + dest.rows >= this.row + this.rows && dest.col + dest.cols >= this.col + this.cols)) {
      throw new FakeExcelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format. (autoFill: the destination must contain the source)');
    }
    this.ctx.enqueue(() => {
      const s = this.sheet.resolve();
      const k = `${this.row},${this.col}`;
      const v = s.cells.get(k);
      if (/[A-Z]+\$?\d/.test(String(v).replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '').replace(/![$A-Z0-9:]+/g, '').replace(/\$[A-Z]+\$\d+/g, '').replace(/\$[A-Z]+:\$[A-Z]+/g, ''))) {
        throw new Error(`The fake copies formulas verbatim; ${String(v)} has relative A1 references it would get wrong.`);
      }
      for (let i = 0; i < dest.rows; i++) for (let j = 0; j < dest.cols; j++) s.write(dest.row + i, dest.col + j, v);
    });
  }
  select() {
    this.ctx.record('select', this.sheet.name, this.address);
    this.ctx.enqueue(() => {
      this.ctx.selected = { sheet: this.sheet.resolve().name, row: this.row, col: this.col };
    });
  }
}

/** getUsedRangeOrNullObject: its extent (and isNullObject) are known once a sync has run its load. */
class UsedRange extends FakeRange {
  private resolved?: boolean;
  constructor(ctx: FakeContext, sheet: SheetLike, private valuesOnly = false) {
    super(ctx, sheet, 0, 0, 1, 1);
  }
  protected capture(prop: string) {
    let rows = 0;
    let cols = 0;
    const s = this.sheet.resolve();
    // Without valuesOnly a cell with only a number format is used too (Worksheet.getUsedRangeOrNullObject docs).
    for (const k of this.valuesOnly ? s.cells.keys() : new Set([...s.cells.keys(), ...s.formats.keys()])) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    this.rows = Math.max(rows, 1);
    this.cols = Math.max(cols, 1);
    this.resolved = rows === 0;
    super.capture(prop);
  }
  get isNullObject(): boolean {
    if (this.resolved === undefined) throw new PropertyNotLoaded("The property 'isNullObject' is not available until context.sync() has run.");
    return this.resolved;
  }
}

interface TableEntry {
  name: string;
  /** TableCollection.add's hasHeaders, and Table.style once set (both as the sync that ran them left them). */
  hasHeaders?: boolean;
  style?: string;
  sheet: FakeSheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

class FakeTable {
  constructor(private ctx: FakeContext, private entry: () => TableEntry) {}
  /** Table.style: queued, set on the table at sync (docs: Excel.Table.style, e.g. "TableStyleLight9"). */
  set style(v: string) {
    this.ctx.record('table style', '', String(v));
    this.ctx.enqueue(() => void (this.entry().style = v));
  }
  /**
   * Table.rows.add(index, values): rows appended at the table's end (index null), the table grows by them
   * (docs: TableRowCollection.add). Values are read as typed, like Range.values.
   */
  rows = {
    add: (index: number | null, values: unknown[][]) => {
      void index;
      this.ctx.pendingBytes += JSON.stringify(values).length;
      this.ctx.record('table rows add', '', String(values.length));
      this.ctx.enqueue(() => {
        const e = this.entry();
        if (values.some((r) => r.length !== e.cols)) throw new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (rows.add: ${values[0]?.length} values for ${e.cols} columns)`);
        values.forEach((r, i) => r.forEach((v, j) => e.sheet.write(e.row + e.rows + i, e.col + j, v)));
        e.rows += values.length;
      });
    },
  };
  /** Table names are unique in the whole workbook (office-js issue 551; docs: Excel.Table.name). */
  set name(n: string) {
    this.ctx.enqueue(() => {
      const e = this.entry();
      if (this.ctx.tables.some((t) => t !== e && t.name.toLowerCase() === n.toLowerCase())) {
        throw new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (a table named "${n}" exists already)`);
      }
      e.name = n;
    });
  }
}

/** The chart types the adapter uses, from Excel.ChartType (docs: "Excel.ChartType enum"). */
const CHART_TYPES = new Set(['BarClustered', 'BarStacked', 'ColumnClustered', 'ColumnStacked', 'Line', 'LineMarkers', 'XYScatterLines', 'Pie']);

/** A chart as the workbook holds it once the sync ran (what tests inspect). */
export interface ChartEntry {
  type: string; source: string; seriesBy: string; title?: string; position?: string; width?: number; height?: number;
  seriesColors: Record<number, string>; valueAxisFormat?: string; categoryAxisFormat?: string; legend?: string;
}

/** The proxy Worksheet.charts.add returns: every property set is queued and lands on the chart at sync. */
function chartProxy(ctx: FakeContext, sheet: SheetLike, entry: () => ChartEntry) {
  const set = (what: string, f: (e: ChartEntry) => void) => {
    ctx.record(`chart ${what}`, sheet.name, '');
    ctx.enqueue(() => f(entry()));
  };
  const axis = (key: 'valueAxisFormat' | 'categoryAxisFormat') => ({ set numberFormat(v: string) { set('axis', (e) => void (e[key] = v)); } });
  return {
    title: { set text(v: string) { set('title', (e) => void (e.title = v)); } },
    legend: { set position(v: string) { set('legend', (e) => void (e.legend = v)); } },
    set width(v: number) { set('width', (e) => void (e.width = v)); },
    set height(v: number) { set('height', (e) => void (e.height = v)); },
    setPosition(start: FakeRange | string, end?: FakeRange | string) {
      const a = (r: FakeRange | string) => (typeof r === 'string' ? r : r.address);
      set('position', (e) => void (e.position = end ? `${a(start)}:${a(end)}` : a(start)));
    },
    axes: { valueAxis: axis('valueAxisFormat'), categoryAxis: axis('categoryAxisFormat') },
    series: {
      getItemAt: (i: number) => ({ format: { fill: { setSolidColor: (c: string) => set('series colour', (e) => void (e.seriesColors[i] = c)) } } }),
    },
  };
}

/** The API's worksheet object: `getItem` / `add` return one; operations on it find the sheet when they run. */
class SheetRef implements SheetLike {
  sheet?: FakeSheet;
  constructor(protected ctx: FakeContext, readonly name: string) {}
  resolve(): FakeSheet {
    const s = this.sheet ?? this.ctx.sheets.find((x) => x.name.toLowerCase() === this.name.toLowerCase());
    if (!s) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist. (worksheet "${this.name}")`);
    return s;
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number) {
    return new FakeRange(this.ctx, this, r, c, h, w);
  }
  getRange() {
    return new FakeRange(this.ctx, this, 0, 0, 1048576, 16384);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean) {
    return new UsedRange(this.ctx, this, valuesOnly);
  }
  freezePanes = {
    freezeRows: (n: number) => this.ctx.enqueue(() => void (this.resolve().frozen = n)),
  };
  tables = {
    getItem: (name: string) => new FakeTable(this.ctx, () => {
      const e = this.ctx.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!e) throw new FakeExcelError('ItemNotFound', `The requested resource doesn't exist. (table "${name}")`);
      return e;
    }),
    add: (range: FakeRange, hasHeaders?: boolean) => {
      this.ctx.record('table', this.name, range.address);
      let entry: TableEntry | undefined;
      this.ctx.enqueue(() => {
        const s = this.resolve();
        const overlaps = this.ctx.tables.some((t) => t.sheet === s && t.row < range.row + range.rows && range.row < t.row + t.rows && t.col < range.col + range.cols && range.col < t.col + t.cols);
        if (overlaps) throw new FakeExcelError('InvalidArgument', "A table can't overlap another table.");
        let n = 1;
        while (this.ctx.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        entry = { name: `Table${n}`, sheet: s, row: range.row, col: range.col, rows: range.rows, cols: range.cols, hasHeaders };
        this.ctx.tables.push(entry);
        s.tablesAdded.push(range.address);
      });
      return new FakeTable(this.ctx, () => entry!);
    },
  };
  charts = {
    add: (type: string, source: FakeRange, seriesBy = 'Auto') => {
      this.ctx.record('chart', this.name, source.address);
      let entry: ChartEntry | undefined;
      this.ctx.enqueue(() => {
        if (!CHART_TYPES.has(type)) throw new FakeExcelError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (chart type "${type}")`);
        const s = this.resolve();
        source.sheet.resolve(); // the source must exist when the chart is made
        entry = { type, source: source.address, seriesBy, seriesColors: {} };
        s.charts.push(entry);
      });
      return chartProxy(this.ctx, this, () => {
        if (!entry) throw new Error('chart property set before the chart was made');
        return entry;
      });
    },
  };
  activate() {
    this.ctx.record('activate', this.name, '');
    this.ctx.enqueue(() => void (this.ctx.activeSheet = this.resolve().name));
  }
  /** Worksheet.delete: the sheet goes, and its tables with it. */
  delete() {
    this.ctx.record('delete sheet', this.name, '');
    this.ctx.enqueue(() => {
      const s = this.resolve();
      this.ctx.sheets = this.ctx.sheets.filter((x) => x !== s);
      this.ctx.tables = this.ctx.tables.filter((t) => t.sheet !== s);
    });
  }
}

/** A worksheet's contents (what tests inspect). */
export class FakeSheet implements SheetLike {
  cells = new Map<string, unknown>();
  /** Keys of cells holding a formula (their text is in cells): tells "=1+1" typed as text from a formula. */
  formulaCells = new Set<string>();
  /** Number format per cell key. */
  formats = new Map<string, string>();
  cfs: FakeCf[] = [];
  tablesAdded: string[] = [];
  charts: ChartEntry[] = [];
  frozen = 0;
  constructor(private _name: string) {}
  get name() {
    return this._name;
  }
  resolve() {
    return this;
  }
  /** One cell of a `formulas` / `values` assignment, as Excel stores it. */
  write(row: number, col: number, v: unknown) {
    const k = `${row},${col}`;
    if (v === null || v === undefined) return; // Excel leaves a cell alone for null
    this.formulaCells.delete(k);
    if (typeof v !== 'string') return void this.cells.set(k, v);
    // A cell formatted as text takes the string as it is (an apostrophe is still the prefix character).
    const t = this.formats.get(k) === '@' && v !== '' ? { kind: 'text' as const, text: v.startsWith("'") ? v.slice(1) : v } : typed(v, 'excel');
    switch (t.kind) {
      case 'empty':
        return void this.cells.delete(k);
      case 'text':
        return void this.cells.set(k, t.text);
      case 'formula':
        this.formulaCells.add(k);
        return void this.cells.set(k, t.formula); // the fake does not calculate: values reads the formula's text
      case 'number':
      case 'boolean':
        return void this.cells.set(k, t.value);
      case 'date':
        return void this.cells.set(k, excelSerial(t));
    }
  }
}

class Worksheets extends Loadable {
  private snapshot: FakeSheet[] = [];
  protected capture(prop: string) {
    if (prop === 'items' || prop === '*') this.snapshot = this.ctx.sheets.slice();
  }
  get items() {
    this.need('items');
    return this.snapshot.slice();
  }
  /** Names are unique in the workbook, case-insensitively: a taken one fails at sync with ItemAlreadyExists. */
  add(name: string) {
    const ref = new SheetRef(this.ctx, name);
    this.ctx.record('add sheet', name, '');
    this.ctx.enqueue(() => {
      if (this.ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeExcelError('ItemAlreadyExists', `A resource with the same name or identifier already exists. (worksheet "${name}")`);
      }
      ref.sheet = new FakeSheet(name);
      this.ctx.sheets.push(ref.sheet);
    });
    return ref;
  }
  /** The sheet the user is on (the last activated; the first sheet until then), its name known after a sync. */
  getActiveWorksheet() {
    const ctx = this.ctx;
    return new (class extends Loadable {
      private _name = '';
      protected capture(prop: string) {
        if (prop === 'name' || prop === '*') this._name = ctx.activeSheet ?? ctx.sheets[0]?.name ?? '';
      }
      get name() {
        this.need('name');
        return this._name;
      }
    })(ctx);
  }
  /** A missing sheet fails at sync (ItemNotFound), when an operation on it runs. */
  getItem(name: string) {
    return new SheetRef(this.ctx, name);
  }
  /** getItemOrNullObject: isNullObject is known after the sync that looked the sheet up (docs: *OrNullObject methods). */
  getItemOrNullObject(name: string) {
    const ref = new SheetRef(this.ctx, name) as SheetRef & { isNullObject: boolean };
    let known: boolean | undefined;
    this.ctx.enqueue(() => {
      known = !this.ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
    });
    Object.defineProperty(ref, 'isNullObject', {
      get: () => {
        if (known === undefined) throw new PropertyNotLoaded("The property 'isNullObject' is not available until context.sync() has run.");
        return known;
      },
    });
    return ref;
  }
}

/** A table as workbook.tables.items gives it: its name, and its range and worksheet to load. */
class TableItem {
  constructor(private ctx: FakeContext, readonly entry: TableEntry) {}
  get name() {
    return this.entry.name;
  }
  getRange() {
    const e = this.entry;
    const ctx = this.ctx;
    return new (class extends Loadable {
      private got: { rowIndex?: number; rowCount?: number } = {};
      protected capture(prop: string) {
        if (prop === 'rowIndex' || prop === '*') this.got.rowIndex = e.row;
        if (prop === 'rowCount' || prop === '*') this.got.rowCount = e.rows;
      }
      get rowIndex() {
        this.need('rowIndex');
        return this.got.rowIndex!;
      }
      get rowCount() {
        this.need('rowCount');
        return this.got.rowCount!;
      }
    })(ctx);
  }
  get worksheet() {
    const e = this.entry;
    return new (class extends Loadable {
      private _name = '';
      protected capture(prop: string) {
        if (prop === 'name' || prop === '*') this._name = e.sheet.name;
      }
      get name() {
        this.need('name');
        return this._name;
      }
    })(this.ctx);
  }
}

/** workbook.tables: every table of the workbook (names are workbook-wide). */
class Tables extends Loadable {
  private snapshot: TableItem[] = [];
  protected capture(prop: string) {
    if (prop === 'items' || prop === '*') this.snapshot = this.ctx.tables.map((t) => new TableItem(this.ctx, { ...t }));
  }
  get items() {
    this.need('items');
    return this.snapshot.slice();
  }
}

export class FakeContext {
  syncs = 0;
  /** Operations queued since the last sync, run in order by the next one. */
  queue: (() => void)[] = [];
  /** context.sync() calls whose request has not completed yet. */
  inFlight = 0;
  sheets: FakeSheet[] = [];
  tables: TableEntry[] = [];
  writes: string[] = [];
  formulaWrites: { sheet: string; row: number; col: number; m: unknown[][] }[] = [];
  selected?: { sheet: string; row: number; col: number };
  /** The active worksheet's name (Worksheet.activate sets it). */
  activeSheet?: string;
  suspended = 0;
  workbook: { worksheets: Worksheets; tables: Tables };
  application = { suspendApiCalculationUntilNextSync: () => void this.suspended++ };
  /** Bytes of cell data queued for the next request, and per request sent (Excel on the web: 5 MB at most). */
  pendingBytes = 0;
  requestBytes: number[] = [];
  /** Bytes of values loaded by the request being run, and per response (the 5 MB limit holds for responses too). */
  responding = 0;
  responseBytes: number[] = [];
  /** Make the next request fail at its operation number n (0-based), after the ones before it ran. */
  failNextSyncAt?: number;
  constructor() {
    this.workbook = { worksheets: new Worksheets(this), tables: new Tables(this) };
  }
  record(what: string, sheet: string, where: string) {
    this.writes.push(`${what}|${sheet}|${where}`);
  }
  enqueue(op: () => void) {
    this.queue.push(op);
  }
  /**
   * Send the queued operations as one request. They run after a round trip (a macrotask), in order; the first that
   * throws stops the rest, and the promise rejects with its error. Earlier operations stay applied.
   */
  sync(): Promise<void> {
    this.syncs++;
    this.requestBytes.push(this.pendingBytes);
    this.pendingBytes = 0;
    const ops = this.queue;
    this.queue = [];
    this.inFlight++;
    const done = new Promise<void>((resolve, reject) =>
      setTimeout(() => {
        this.inFlight--;
        this.responding = 0;
        try {
          ops.forEach((op, i) => {
            // Test hook: Excel failing part-way through a request (a lost connection, a limit, a protected sheet).
            if (this.failNextSyncAt === i) {
              this.failNextSyncAt = undefined;
              throw new FakeExcelError('GeneralException', 'An internal error has occurred.');
            }
            op();
          });
          this.responseBytes.push(this.responding);
          resolve();
        } catch (e) {
          reject(e);
        }
      }, 0),
    );
    // Mark as handled: a caller that forgets to await it is reported by run(), not as an unhandled rejection.
    done.catch(() => undefined);
    return done;
  }
  /** Test helper (immediate, not queued): a sheet with data. */
  seed(name: string, rows: unknown[][]) {
    const s = new FakeSheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => v !== '' && s.cells.set(`${i},${j}`, v)));
    this.sheets.push(s);
    return s;
  }
}

/**
 * Excel.run over one fake workbook: every batch gets the same context, as one workbook would. Like office.js, run sends
 * what is still queued when the batch resolves; unlike it, run fails when a context.sync() was not awaited, since in
 * Excel that sync's error would be lost and the use case would report success.
 */
export function fakeExcel() {
  const ctx = new FakeContext();
  // Excel gives every Excel.run a request context of its own, so two batches of a page (the wizard reading goals while
  // the Check in task reads KPIs) never see each other's queue. The fake has one context: it runs the batches one
  // after another instead, which leaves each batch exactly what it would see in Excel.
  let chain: Promise<unknown> = Promise.resolve();
  const runOne = async <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const result = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.inFlight) {
      await new Promise((r) => setTimeout(r, 0));
      throw new Error('A context.sync() was still running when the batch returned: it was not awaited, so its error would be lost.');
    }
    if (ctx.queue.length) await ctx.sync();
    return result;
  };
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const next = chain.then(() => runOne(batch));
    chain = next.catch(() => undefined);
    return next;
  };
  return { ctx, run };
}

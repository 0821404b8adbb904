/**
 * A small fake of the Excel object model for adapter tests (office-addin-mock cannot mock collections). Faithful where
 * the adapter depends on it: reading a property before load() + sync() throws PropertyNotLoaded, as Excel does;
 * context.sync() is counted; every write is recorded; conditional formats are a collection with add / items / delete.
 */
export class PropertyNotLoaded extends Error {
  code = 'PropertyNotLoaded';
}

class Loadable {
  private loaded = new Set<string>();
  private pending = new Set<string>();
  constructor(protected ctx: FakeContext) {
    ctx.objects.push(this);
  }
  load(props?: string | string[] | Record<string, unknown>) {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : ['*'];
    for (const p of list) this.pending.add(p.trim().split('/')[0] === 'items' ? 'items' : p.trim().split('/')[0]);
    return this;
  }
  commit() {
    for (const p of this.pending) this.loaded.add(p);
    this.pending.clear();
  }
  protected need(prop: string) {
    if (!this.loaded.has(prop) && !this.loaded.has('*')) throw new PropertyNotLoaded(`The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

export class FakeCf extends Loadable {
  deleted = false;
  custom = { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } };
  constructor(ctx: FakeContext, readonly sheet: FakeSheet, readonly address: string, readonly type: string) {
    super(ctx);
  }
  get customOrNullObject() {
    return this.type === 'Custom' ? { isNullObject: false, rule: this.custom.rule } : { isNullObject: true, rule: { formula: '' } };
  }
  delete() {
    this.ctx.record('delete cf', this.sheet.name, this.address);
    this.sheet.cfs = this.sheet.cfs.filter((c) => c !== this);
  }
}

class CfCollection extends Loadable {
  constructor(ctx: FakeContext, readonly sheet: FakeSheet, readonly address: string) {
    super(ctx);
  }
  add(type: string) {
    const cf = new FakeCf(this.ctx, this.sheet, this.address, type);
    this.sheet.cfs.push(cf);
    this.ctx.record('add cf', this.sheet.name, this.address);
    return cf;
  }
  get items() {
    this.need('items');
    return this.sheet.cfs.slice();
  }
}

export class FakeRange extends Loadable {
  format: { font: { bold?: boolean }; columnWidth?: number };
  dataValidation: { rule?: unknown; prompt?: unknown } = {};
  conditionalFormats: CfCollection;
  constructor(ctx: FakeContext, readonly sheet: FakeSheet, readonly row: number, readonly col: number, readonly rows: number, readonly cols: number, readonly isNullObject = false) {
    super(ctx);
    const self = this;
    this.format = {
      font: { set bold(v: boolean) { ctx.record('bold', sheet.name, self.address); void v; } },
      set columnWidth(v: number) { ctx.record('columnWidth', sheet.name, `${self.address}=${v}`); },
    } as FakeRange['format'];
    this.conditionalFormats = new CfCollection(ctx, sheet, this.address);
  }
  get address() {
    return `${this.row},${this.col},${this.rows}x${this.cols}`;
  }
  set formulas(m: unknown[][]) {
    if (m.length !== this.rows || m.some((r) => r.length !== this.cols)) throw new Error(`InvalidArgument: ${m.length}x${m[0]?.length} into ${this.rows}x${this.cols}`);
    this.ctx.record('formulas', this.sheet.name, this.address);
    this.ctx.formulaWrites.push({ sheet: this.sheet.name, row: this.row, col: this.col, m });
    m.forEach((r, i) => r.forEach((v, j) => {
      if (v === null) return; // Excel leaves a cell alone for null
      const k = `${this.row + i},${this.col + j}`;
      if (v === '') this.sheet.cells.delete(k);
      else this.sheet.cells.set(k, typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);
    }));
  }
  set numberFormat(m: unknown[][]) {
    this.ctx.record('numberFormat', this.sheet.name, this.address);
    void m;
  }
  get values(): unknown[][] {
    this.need('values');
    return Array.from({ length: this.rows }, (_, i) => Array.from({ length: this.cols }, (_, j) => this.sheet.cells.get(`${this.row + i},${this.col + j}`) ?? ''));
  }
  select() {
    this.ctx.record('select', this.sheet.name, this.address);
    this.ctx.selected = { sheet: this.sheet.name, row: this.row, col: this.col };
  }
}

export class FakeSheet extends Loadable {
  cells = new Map<string, unknown>();
  cfs: FakeCf[] = [];
  tablesAdded: string[] = [];
  frozen = 0;
  constructor(ctx: FakeContext, private _name: string) {
    super(ctx);
  }
  get name() {
    return this._name;
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number) {
    return new FakeRange(this.ctx, this, r, c, h, w);
  }
  getRange() {
    return new FakeRange(this.ctx, this, 0, 0, 1048576, 16384);
  }
  getUsedRangeOrNullObject() {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return new FakeRange(this.ctx, this, 0, 0, Math.max(rows, 1), Math.max(cols, 1), rows === 0);
  }
  freezePanes = { freezeRows: (n: number) => (this.frozen = n) };
  tables = {
    add: (range: FakeRange) => {
      this.tablesAdded.push(range.address);
      this.ctx.record('table', this.name, range.address);
      return { name: '', style: '' };
    },
  };
  activate() {
    this.ctx.record('activate', this.name, '');
  }
}

class Worksheets extends Loadable {
  get items() {
    this.need('items');
    return this.ctx.sheets.slice();
  }
  add(name: string) {
    if (this.ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
    const s = new FakeSheet(this.ctx, name);
    s.commit();
    s.load('name');
    this.ctx.sheets.push(s);
    this.ctx.record('add sheet', name, '');
    return s;
  }
  getItem(name: string) {
    const s = this.ctx.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }
}

export class FakeContext {
  syncs = 0;
  objects: { commit(): void }[] = [];
  sheets: FakeSheet[] = [];
  writes: string[] = [];
  formulaWrites: { sheet: string; row: number; col: number; m: unknown[][] }[] = [];
  selected?: { sheet: string; row: number; col: number };
  suspended = 0;
  workbook: { worksheets: Worksheets };
  application = { suspendApiCalculationUntilNextSync: () => void this.suspended++ };
  constructor() {
    this.workbook = { worksheets: new Worksheets(this) };
  }
  record(what: string, sheet: string, where: string) {
    this.writes.push(`${what}|${sheet}|${where}`);
  }
  async sync() {
    this.syncs++;
    for (const o of this.objects) o.commit();
  }
  /** Test helper: a sheet with data, and its name readable as if loaded. */
  seed(name: string, rows: unknown[][]) {
    const s = new FakeSheet(this, name);
    s.load('name');
    s.commit();
    rows.forEach((r, i) => r.forEach((v, j) => v !== '' && s.cells.set(`${i},${j}`, v)));
    this.sheets.push(s);
    return s;
  }
}

/** Excel.run over one fake workbook: every batch gets the same context, as one workbook would. */
export function fakeExcel() {
  const ctx = new FakeContext();
  const run = <T>(batch: (c: Excel.RequestContext) => Promise<T>) => batch(ctx as unknown as Excel.RequestContext);
  return { ctx, run };
}

/**
 * SheetsAdapter's own guarantees, from the sources against the fake, with plans written by hand (the core's plans never
 * break them): a plan that would add a sheet that exists adds nothing; writes into a sheet that is gone say so; number
 * formats for existing sheets cover exactly their range (1-based getRange); empty plan cells leave cells alone; a new
 * sheet grows to what the plan reaches plus 200 rows; applyRefresh skips sheets that are gone; snapshot reads only what
 * it is asked for; Dates works without the zone services.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dates, SheetsAdapter } from '../../src/sheets/adapter';
import { CF_MARKER, type SheetPlan, type WorkbookPlan } from '../../shared/host/plan';
import { FakeRule, fakeSheetsServices } from './fakeSheets';

function adapter() {
  const fake = fakeSheetsServices('dist/sheets');
  return { ...fake, adapter: new SheetsAdapter(fake.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp) };
}

describe('SheetsAdapter.applyPlan', () => {
  it('refuses a plan that would add a sheet that exists (in any letter case) before inserting any sheet', () => {
    const a = adapter();
    const goals = a.book.seed('Goals', [['ID'], ['G1']]);
    const plan: WorkbookPlan = {
      addSheets: [
        { name: 'Fresh', blocks: [{ row: 0, col: 0, cells: [['new']] }] },
        { name: 'GOALS', blocks: [{ row: 0, col: 0, cells: [['over']] }] },
      ],
    };
    expect(() => a.adapter.applyPlan(plan)).toThrow('A sheet named "GOALS" exists already; nothing was changed.');
    expect(a.book.sheets.map((s) => s.name)).toEqual(['Goals']);
    expect([...goals.cells]).toEqual([['1,1', 'ID'], ['2,1', 'G1']]);
  });

  it('says so when a sheet to write into is gone', () => {
    const a = adapter();
    const plan: WorkbookPlan = { addSheets: [], writes: [{ sheet: 'Gone', blocks: [{ row: 1, col: 0, cells: [['x']] }] }] };
    expect(() => a.adapter.applyPlan(plan)).toThrow('The sheet "Gone" is gone; nothing was written to it.');
  });

  it('formats exactly the range of an existing sheet', () => {
    const a = adapter();
    const data = a.book.seed('Data', [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]]);
    a.adapter.applyPlan({ addSheets: [], writes: [{ sheet: 'Data', blocks: [], numberFormats: [{ range: { row: 1, col: 0, rows: 2, cols: 3 }, format: '0%' }] }] });
    // getRange(row, column, numRows, numColumns), 1-based (Apps Script reference, Class Sheet).
    expect([...data.formats]).toEqual([['2,1,2,3', '0%']]);
  });

  it('writes into an existing sheet only the cells a block sets, one setValues per run of set cells', () => {
    const a = adapter();
    const data = a.book.seed('Data', [['keep', 'keep', 'keep', 'keep'], ['keep', 'keep', 'keep', 'keep']]);
    a.counter.byMethod = {};
    a.adapter.applyPlan({ addSheets: [], writes: [{ sheet: 'Data', blocks: [{ row: 0, col: 1, cells: [['b', null, 'd', 'e'], [null, 'c2']] }] }] });
    expect([...data.cells].sort()).toEqual([
      ['1,1', 'keep'], ['1,2', 'b'], ['1,3', 'keep'], ['1,4', 'd'], ['1,5', 'e'],
      ['2,1', 'keep'], ['2,2', 'keep'], ['2,3', 'c2'], ['2,4', 'keep'],
    ]);
    // Runs: B1, D1:E1, C2.
    expect(a.counter.byMethod['Range.setValues']).toBe(3);
  });

  it('writes a block that sets every cell of an existing sheet in one setValues', () => {
    const a = adapter();
    const data = a.book.seed('Data', [['h1', 'h2']]);
    a.counter.byMethod = {};
    a.adapter.applyPlan({ addSheets: [], writes: [{ sheet: 'Data', blocks: [{ row: 1, col: 0, cells: [['a', 'b'], ['c', 'd']] }] }] });
    expect([...data.cells].sort()).toEqual([['1,1', 'h1'], ['1,2', 'h2'], ['2,1', 'a'], ['2,2', 'b'], ['3,1', 'c'], ['3,2', 'd']]);
    expect(a.counter.byMethod['Range.setValues']).toBe(1);
  });

  it('makes each kind of validation with its bounds, help text and drop-down, invalid input refused', () => {
    const a = adapter();
    a.book.seed('Goals', [['ID'], ['G1']]);
    const r = (col: number) => ({ row: 1, col, rows: 9, cols: 1 });
    a.adapter.applyPlan({ addSheets: [{ name: 'V', blocks: [{ row: 0, col: 0, cells: [['h']] }], validations: [
      { range: r(0), kind: 'list', values: ['Yes', 'No'], help: 'Pick one.' },
      { range: r(1), kind: 'listFromRange', source: "'Goals'!$A$2:$A" },
      { range: r(2), kind: 'number', min: 0, max: 10 },
      { range: r(3), kind: 'number', min: 0 },
      { range: r(4), kind: 'number', max: 1 },
      { range: r(5), kind: 'number' },
      { range: r(6), kind: 'date' },
    ] }] });
    const v = a.book.sheets.find((s) => s.name === 'V')!.validationRules;
    const common = { allowInvalid: false, dropdown: false, help: '', args: [] };
    expect(v).toEqual([
      { range: '2,1,9,1', rule: { ...common, kind: 'list:Yes|No', dropdown: true, help: 'Pick one.' } },
      { range: '2,2,9,1', rule: { ...common, kind: 'range', dropdown: true, args: ['Goals', 2, 1, 999, 1] } }, // A2:A of a 1,000-row sheet
      { range: '2,3,9,1', rule: { ...common, kind: 'number', args: ['between', 0, 10] } },
      { range: '2,4,9,1', rule: { ...common, kind: 'number', args: ['>=', 0] } },
      { range: '2,5,9,1', rule: { ...common, kind: 'number', args: ['<=', 1] } },
      { range: '2,6,9,1', rule: { ...common, kind: 'number', args: ['>=', -Number.MAX_VALUE] } },
      { range: '2,7,9,1', rule: { ...common, kind: 'date' } },
    ]);
  });
  it("sets a new sheet's column widths (1-based), frozen rows and columns, and grows it to hold a block past its 1,000 rows", () => {
    const a = adapter();
    const rows = Array.from({ length: 1500 }, (_, i) => [`r${i + 1}`]);
    a.adapter.applyPlan({
      addSheets: [{ name: 'Long', blocks: [{ row: 0, col: 0, cells: rows }], columnWidths: { 0: 120, 3: 80 }, freezeRows: 1, freezeCols: 2 }],
    });
    const long = a.book.sheets.find((s) => s.name === 'Long')!;
    expect([...long.widths]).toEqual([[1, 120], [4, 80]]);
    expect([long.frozenRows, long.frozenCols]).toEqual([1, 2]);
    expect(long.maxRows).toBeGreaterThanOrEqual(1500);
    expect(long.cells.get('1500,1')).toBe('r1500');
  });

  it('freezes nothing and sets no width when the plan asks for none', () => {
    const a = adapter();
    a.adapter.applyPlan({ addSheets: [{ name: 'Plain', blocks: [{ row: 0, col: 0, cells: [['x']] }] }] });
    const plain = a.book.sheets.find((s) => s.name === 'Plain')!;
    expect([plain.frozenRows, plain.frozenCols, plain.widths.size]).toEqual([0, 0, 0]);
  });

  it('leaves the empty cells of a block on a new sheet empty', () => {
    const a = adapter();
    a.adapter.applyPlan({ addSheets: [{ name: 'New', blocks: [{ row: 0, col: 0, cells: [['a', null, 'c'], [null, 'e']] }] }] });
    const s = a.book.sheets.find((x) => x.name === 'New')!;
    expect([...s.cells].sort()).toEqual([['1,1', 'a'], ['1,3', 'c'], ['2,2', 'e']]);
  });

  it('keeps the cells a block leaves empty when one of its rows is full and another is not', () => {
    const a = adapter();
    const data = a.book.seed('Data', [['h1', 'h2'], ['old', 'keep']]);
    a.adapter.applyPlan({ addSheets: [], writes: [{ sheet: 'Data', blocks: [{ row: 0, col: 0, cells: [['H1', 'H2'], ['new', null]] }] }] });
    expect([...data.cells].sort()).toEqual([['1,1', 'H1'], ['1,2', 'H2'], ['2,1', 'new'], ['2,2', 'keep']]);
  });

  it('appends a block marked appendBelowData after the last row with content, one appendRow per row, whatever its row', () => {
    const a = adapter();
    const log = a.book.seed('Log', [['Date', 'Value'], ['d1', 1], ['d2', 2]]);
    a.counter.byMethod = {};
    a.adapter.applyPlan({ addSheets: [], writes: [{ sheet: 'Log', blocks: [{ row: 1, col: 0, cells: [['d3', 3], ['d4', null]], appendBelowData: true }] }] });
    expect([...log.cells].sort()).toEqual([
      ['1,1', 'Date'], ['1,2', 'Value'], ['2,1', 'd1'], ['2,2', 1], ['3,1', 'd2'], ['3,2', 2], ['4,1', 'd3'], ['4,2', 3], ['5,1', 'd4'],
    ]);
    expect(a.counter.byMethod['Sheet.appendRow']).toBe(2);
  });

  it("reads a drop-down's source on a sheet whose quoted name holds an apostrophe (doubled in A1 notation)", () => {
    const a = adapter();
    a.book.seed("Bob's list", [['ID'], ['G1']]);
    a.adapter.applyPlan({ addSheets: [{ name: 'V', blocks: [{ row: 0, col: 0, cells: [['h']] }], validations: [
      { range: { row: 1, col: 0, rows: 3, cols: 1 }, kind: 'listFromRange', source: "'Bob''s list'!$B$3:$B$9" },
    ] }] });
    const [v] = a.book.sheets.find((s) => s.name === 'V')!.validationRules;
    expect((v.rule as { args: unknown[] }).args).toEqual(["Bob's list", 3, 2, 7, 1]);
  });

  it('hands a source that is not exactly Sheet!Range to Spreadsheet.getRange whole, which refuses what is not A1 notation', () => {
    // Spreadsheet.getRange(a1Notation) throws "Range not found" for text that is not a range (the fake does the same).
    for (const source of ['!Goals!A1', 'Goals!A2:A\n']) {
      const a = adapter();
      a.book.seed('Goals', [['ID'], ['G1']]);
      expect(() => a.adapter.applyPlan({ addSheets: [{ name: 'V', blocks: [{ row: 0, col: 0, cells: [['h']] }], validations: [
        { range: { row: 1, col: 0, rows: 3, cols: 1 }, kind: 'listFromRange', source },
      ] }] }), source).toThrow('Range not found');
    }
  });

  it('makes the ranges it sets bold', () => {
    const a = adapter();
    a.adapter.applyPlan({ addSheets: [{ name: 'B', blocks: [{ row: 0, col: 0, cells: [['a', 'b', 'c']] }], bold: [{ row: 0, col: 0, rows: 1, cols: 3 }, { row: 4, col: 1, rows: 2, cols: 1 }] }] });
    expect([...a.book.sheets.find((s) => s.name === 'B')!.fontWeights]).toEqual([['1,1,1,3', 'bold'], ['5,2,2,1', 'bold']]);
  });

  it('grows a new sheet to the last row its blocks, formats or bold ranges reach, plus 200 spare rows', () => {
    // A new sheet has 1,000 rows; each case's last row is past them (a 0-based row plus a count is the 1-based last row).
    const cases: [string, Partial<SheetPlan>, number][] = [
      ['block', { blocks: [{ row: 0, col: 0, cells: Array.from({ length: 1500 }, () => ['x']) }] }, 1700],
      ['format', { numberFormats: [{ range: { row: 1, col: 0, rows: 1199, cols: 2 }, format: '0%' }] }, 1400],
      ['bold', { bold: [{ row: 0, col: 0, rows: 1300, cols: 1 }] }, 1500],
      ['validation', { validations: [{ range: { row: 1, col: 2, rows: 1099, cols: 1 }, kind: 'date' }] }, 1300],
      ['none past 1,000', { bold: [{ row: 0, col: 0, rows: 1, cols: 1 }] }, 1001],
    ];
    for (const [what, extra, rows] of cases) {
      const a = adapter();
      a.adapter.applyPlan({ addSheets: [{ name: 'S', blocks: [{ row: 0, col: 0, cells: [['h']] }], ...extra }] });
      expect(a.book.sheets[0].maxRows, what).toBe(rows);
    }
  });

  it('selects the cell the plan asks for, on its sheet', () => {
    const a = adapter();
    a.book.seed('First', [['x']]);
    a.adapter.applyPlan({ addSheets: [{ name: 'New', blocks: [{ row: 0, col: 0, cells: [['h']] }] }], select: { sheet: 'New', row: 2, col: 1 } });
    expect(a.book.active?.name).toBe('New');
    expect(a.book.activeCell).toEqual({ sheet: 'New', row: 3, col: 2 });
  });
});

describe('SheetsAdapter.select and applyRefresh', () => {
  it('says which sheet is missing when asked to select on it, and selects nothing', () => {
    const a = adapter();
    a.book.seed('Here', [['x']]);
    expect(() => a.adapter.select('Gone', 0, 0)).toThrow('There is no sheet named "Gone".');
    expect(a.book.activeCell).toBeUndefined();
  });

  it('skips sheets that are gone, keeps the user\'s own rules, and writes into existing rows only the cells it sets', () => {
    const a = adapter();
    const data = a.book.seed('Data', [['as of', 'keep']]);
    const userRule = new FakeRule('=A1>0', '#FFFFFF', '#000000', []);
    const oldOurs = new FakeRule(`=AND(A1<0,${CF_MARKER})`, '#FF0000', '#000000', []);
    data.rules = [userRule, oldOurs];
    const ours = { range: { row: 0, col: 0, rows: 1, cols: 1 }, formula: `=AND(A1>1,${CF_MARKER})`, fill: '#C6EFCE', font: '#006100' };
    a.adapter.applyRefresh({
      sheets: [{ name: 'Gone', rules: [ours] }, { name: 'Data', rules: [ours] }],
      writes: [{ sheet: 'Gone', blocks: [{ row: 0, col: 0, cells: [['x']] }] }, { sheet: 'Data', blocks: [{ row: 0, col: 0, cells: [['2026-01-01', null]] }] }],
    });
    expect(data.rules.map((r) => r.formula)).toEqual(['=A1>0', `=AND(A1>1,${CF_MARKER})`]);
    expect(data.rules[1].ranges.map((r) => [r.row, r.col, r.h, r.w])).toEqual([[1, 1, 1, 1]]);
    expect(data.cells.get('1,2')).toBe('keep');
    expect(a.book.sheets.map((s) => s.name)).toEqual(['Data']);
  });
});

describe('Dates from the sources', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('without the services for zones (no Utilities), reads and makes dates on the script\'s own clock', () => {
    vi.stubGlobal('Utilities', undefined);
    const dates = new Dates(fakeSheetsServices('dist/sheets', { timeZone: 'Asia/Tokyo' }).book as never);
    // The local wall clock 2026-01-01 18:00 is serial 46023 + 18/24, whatever the process's zone.
    expect(dates.serial(new Date(2026, 0, 1, 18))).toBe(46023.75);
    const d = dates.value('2026-03-10');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 2, 10, 0, 0]);
  });

  it("in the spreadsheet's zone, says a Date that is not a valid date is not one (no zone arithmetic on it)", () => {
    const fake = fakeSheetsServices('dist/sheets', { timeZone: 'Europe/Berlin' });
    vi.stubGlobal('Utilities', fake.globals.Utilities);
    const dates = new Dates(fake.book as never);
    expect(dates.serial(new Date(Date.UTC(2026, 0, 1, 17)))).toBe(46023.75); // 18:00 in Berlin (UTC+1)
    expect(() => dates.serial(new Date(NaN))).toThrow('not a valid date');
  });
});

describe('SheetsAdapter.snapshot', () => {
  it('reads only the sheets asked for, and a header-only sheet as its first row (one cell when it is empty)', () => {
    const a = adapter();
    a.book.seed('A', [['a1', 'a2']]);
    a.book.seed('Log', [['h1', 'h2', 'h3'], [1, 2, 3], [4, 5, 6]]);
    a.book.seed('Empty', []);
    a.book.seed('Other', [['o']]);
    const snap = a.adapter.snapshot(['A', 'Log', 'Empty'], ['Log', 'Empty']);
    expect(snap).toEqual({ sheetNames: ['A', 'Log', 'Empty', 'Other'], values: { A: [['a1', 'a2']], Log: [['h1', 'h2', 'h3']], Empty: [['']] }, activeSheet: 'A' });
  });
});

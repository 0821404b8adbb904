/**
 * SheetsAdapter.applyPlan's own guarantees, from the sources against the fake, with plans written by hand (the core's
 * plans never break them): a plan that would add a sheet that exists adds nothing; writes into a sheet that is gone
 * say so; number formats for existing sheets cover exactly their range (1-based getRange).
 */
import { describe, expect, it } from 'vitest';
import { SheetsAdapter } from '../../src/sheets/adapter';
import type { WorkbookPlan } from '../../shared/host/plan';
import { fakeSheetsServices } from './fakeSheets';

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
});

/**
 * queuePlan's own guarantees, with plans written by hand (the core's plans never break them, so only a hand-made plan
 * shows that the adapter keeps them): a plan that would add a sheet that exists changes nothing, and number formats
 * for existing sheets go in as an array of the range's shape (the fake refuses any other shape, as Office.js does).
 */
import { describe, expect, it } from 'vitest';
import { queuePlan, queueRefresh, readSnapshot } from '../../src/excel/adapter';
import type { ConditionalRule, WorkbookPlan } from '../../shared/host/plan';
import { fakeExcel } from './fakeExcel';

const ctxOf = (x: ReturnType<typeof fakeExcel>) => x.ctx as unknown as Excel.RequestContext;

describe('queuePlan', () => {
  it('refuses a plan that would add a sheet that exists (in any letter case) before queuing anything', async () => {
    const x = fakeExcel();
    const goals = x.ctx.seed('Goals', [['ID'], ['G1']]);
    const plan: WorkbookPlan = {
      addSheets: [
        { name: 'Fresh', blocks: [{ row: 0, col: 0, cells: [['new']] }] },
        { name: 'GOALS', blocks: [{ row: 0, col: 0, cells: [['over']] }] },
      ],
    };
    expect(() => queuePlan(ctxOf(x), plan, ['Goals'])).toThrow('A sheet named "GOALS" exists already; nothing was changed.');
    expect(x.ctx.queue).toHaveLength(0);
    await x.ctx.sync();
    expect(x.ctx.sheets.map((s) => s.name)).toEqual(['Goals']);
    expect([...goals.cells]).toEqual([['0,0', 'ID'], ['1,0', 'G1']]);
  });

  it('formats a 2 x 3 range of an existing sheet cell by cell', async () => {
    const x = fakeExcel();
    const data = x.ctx.seed('Data', [['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]]);
    const plan: WorkbookPlan = { addSheets: [], writes: [{ sheet: 'Data', blocks: [], numberFormats: [{ range: { row: 1, col: 0, rows: 2, cols: 3 }, format: '0%' }] }] };
    queuePlan(ctxOf(x), plan, ['Data']);
    await x.ctx.sync();
    expect([...data.formats.keys()].sort()).toEqual(['1,0', '1,1', '1,2', '2,0', '2,1', '2,2']);
    expect(new Set(data.formats.values())).toEqual(new Set(['0%']));
  });
  it('makes each kind of validation with its bounds and help, and sets widths in points, bold and frozen rows', async () => {
    const x = fakeExcel();
    const range = (col: number) => ({ row: 1, col, rows: 9, cols: 1 });
    queuePlan(ctxOf(x), {
      addSheets: [{
        name: 'Checks', blocks: [{ row: 0, col: 0, cells: [['a', 'b', 'c', 'd', 'e', 'f', 'g']] }],
        validations: [
          { range: range(0), kind: 'list', values: ['Red', 'Yellow', 'Green'], help: 'Pick a colour.' },
          { range: range(1), kind: 'listFromRange', source: 'Settings!$A$2:$A$4' },
          { range: range(2), kind: 'number', min: 0, max: 10 },
          { range: range(3), kind: 'number', max: 5 },
          { range: range(4), kind: 'number', min: 1 },
          { range: range(5), kind: 'number' },
          { range: range(6), kind: 'date', help: 'x'.repeat(300) },
        ],
        bold: [{ row: 0, col: 0, rows: 1, cols: 7 }],
        columnWidths: { 2: 100 },
        freezeRows: 1,
      }],
    }, []);
    await x.ctx.sync();
    const recorded = (what: string) => x.ctx.writes.filter((w) => w.startsWith(`${what}|Checks|`)).map((w) => w.split('|')[2]);
    // Excel's DataValidationRule shapes (learn.microsoft.com/javascript/api/excel/excel.datavalidationrule), worked by hand.
    expect(recorded('validation')).toEqual([
      '1,0,9x1={"list":{"inCellDropDown":true,"source":"Red,Yellow,Green"}}',
      '1,1,9x1={"list":{"inCellDropDown":true,"source":"=Settings!$A$2:$A$4"}}',
      '1,2,9x1={"decimal":{"formula1":0,"formula2":10,"operator":"Between"}}',
      '1,3,9x1={"decimal":{"formula1":5,"operator":"LessThanOrEqualTo"}}',
      '1,4,9x1={"decimal":{"formula1":1,"operator":"GreaterThanOrEqualTo"}}',
      '1,5,9x1={"decimal":{"formula1":-1e+307,"operator":"GreaterThanOrEqualTo"}}',
      '1,6,9x1={"date":{"formula1":"1900-01-01","operator":"GreaterThanOrEqualTo"}}',
    ]);
    // A prompt's message holds at most 255 characters (Excel's limit for an input message).
    expect(recorded('prompt')).toEqual([
      '1,0,9x1={"showPrompt":true,"title":"Goalpost","message":"Pick a colour."}',
      `1,6,9x1={"showPrompt":true,"title":"Goalpost","message":"${'x'.repeat(255)}"}`,
    ]);
    expect(recorded('bold')).toEqual(['0,0,1x7=true']);
    // 100 px is 75 points.
    expect(recorded('columnWidth')).toEqual(['0,2,1x1=75']);
    expect(x.ctx.sheets.find((s) => s.name === 'Checks')!.frozen).toBe(1);
  });
});

describe('queueBlock and queueFill', () => {
  it('pads a short row of a block with empty cells to the longest row, one 2-D write', async () => {
    const x = fakeExcel();
    const data = x.ctx.seed('Data', [['keep', 'keep']]);
    queuePlan(ctxOf(x), { addSheets: [], writes: [{ sheet: 'Data', blocks: [{ row: 2, col: 0, cells: [['a', 'b'], ['c']] }] }] }, ['Data']);
    await x.ctx.sync();
    expect(x.ctx.formulaWrites).toEqual([{ sheet: 'Data', row: 2, col: 0, m: [["'a", "'b"], ["'c", null]] }]);
    expect([...data.cells]).toEqual([['0,0', 'keep'], ['0,1', 'keep'], ['2,0', 'a'], ['2,1', 'b'], ['3,0', 'c']]);
  });

  it('refuses a block that must go below the data (a log that is no longer a table), queuing nothing', () => {
    const x = fakeExcel();
    x.ctx.seed('Check-ins', [['Date']]);
    const plan: WorkbookPlan = { addSheets: [], writes: [{ sheet: 'Check-ins', blocks: [{ row: 1, col: 0, cells: [['K1', 3]], appendBelowData: true }] }] };
    expect(() => queuePlan(ctxOf(x), plan, ['Check-ins'])).toThrow('The check-in log is no longer a table: make it one again (Insert > Table), then check in.');
    expect(x.ctx.formulaWrites).toEqual([]);
  });

  it('writes a one-row calculated column as its formula alone, and fills a longer one down from its first cell', async () => {
    const x = fakeExcel();
    queuePlan(ctxOf(x), {
      addSheets: [{
        name: 'T', blocks: [{ row: 0, col: 0, cells: [['A', 'B']] }],
        fills: [{ range: { row: 1, col: 1, rows: 1, cols: 1 }, formula: '=[@A]*2' }, { range: { row: 1, col: 0, rows: 3, cols: 1 }, formula: '=1+1' }],
      }],
    }, []);
    await x.ctx.sync();
    expect(x.ctx.writes.filter((w) => w.startsWith('autoFill'))).toEqual(['autoFill|T|1,0,3x1']);
    const t = x.ctx.sheets[0];
    expect(['1,1', '1,0', '2,0', '3,0'].map((k) => t.cells.get(k))).toEqual(['=[@A]*2', '=1+1', '=1+1', '=1+1']);
  });
});

describe('queueSheet: tables, bold, frozen rows and charts as the plan asks, nothing it does not', () => {
  const plain = { row: 0, col: 0, rows: 3, cols: 2 };
  it('makes a table whose first row is its headers, with its style, and leaves the style of a table without one alone', async () => {
    const x = fakeExcel();
    queuePlan(ctxOf(x), {
      addSheets: [{
        name: 'T', blocks: [{ row: 0, col: 0, cells: [['ID', 'Name'], ['a', 'b'], ['c', 'd']] }, { row: 0, col: 3, cells: [['X'], [1]] }],
        tables: [{ name: 'Styled', range: plain, style: 'TableStyleLight9' }, { name: 'Plain', range: { row: 0, col: 3, rows: 2, cols: 1 } }],
      }],
    }, []);
    await x.ctx.sync();
    expect(x.ctx.tables.map((t) => [t.name, t.hasHeaders, t.style])).toEqual([['Styled', true, 'TableStyleLight9'], ['Plain', true, undefined]]);
    expect(x.ctx.writes.filter((w) => w.startsWith('table style'))).toEqual(['table style||TableStyleLight9']);
  });

  it('neither bolds nor freezes anything on a sheet whose plan asks for neither', async () => {
    const x = fakeExcel();
    queuePlan(ctxOf(x), { addSheets: [{ name: 'Bare', blocks: [{ row: 0, col: 0, cells: [['a']] }] }] }, []);
    await x.ctx.sync();
    expect(x.ctx.writes.filter((w) => w.startsWith('bold'))).toEqual([]);
    expect(x.ctx.sheets[0].frozen).toBe(0);
  });

  it('sizes charts in points (3/4 of a pixel), formats the axes each kind needs, and colours only the series given', async () => {
    const x = fakeExcel();
    const source = { row: 0, col: 0, rows: 4, cols: 3 };
    queuePlan(ctxOf(x), {
      addSheets: [{
        name: 'C', blocks: [{ row: 0, col: 0, cells: [['Day', 'Plan', 'Actual'], [1, 2, 3], [4, 5, 6], [7, 8, 9]] }],
        charts: [
          { kind: 'line', title: 'Over time', source, anchor: { row: 0, col: 5 }, width: 400, height: 240 },
          { kind: 'bar', title: 'Share', source, anchor: { row: 20, col: 5 }, width: 300, height: 200, percent: true, colors: ['#63BE7B'] },
          { kind: 'column', stacked: true, title: 'Plain', source, anchor: { row: 40, col: 5 }, width: 96, height: 48 },
        ],
      }],
    }, []);
    await x.ctx.sync();
    const [line, bar, column] = x.ctx.sheets[0].charts;
    // 96 px = 72 pt (CSS pixels and points): 400 x 240 px is 300 x 180 pt.
    expect([line.width, line.height, bar.width, bar.height, column.width, column.height]).toEqual([300, 180, 225, 150, 72, 36]);
    // Dates along the line chart's x axis; a percentage value axis only when the plan says so.
    expect([line.categoryAxisFormat, line.valueAxisFormat]).toEqual(['yyyy-mm-dd', undefined]);
    expect([bar.categoryAxisFormat, bar.valueAxisFormat]).toEqual([undefined, '0%']);
    expect([column.categoryAxisFormat, column.valueAxisFormat]).toEqual([undefined, undefined]);
    expect([line.seriesColors, bar.seriesColors, column.seriesColors]).toEqual([{}, { 0: '#63BE7B' }, {}]);
  });
});

describe('queuePlan and queueRefresh around the sheets', () => {
  it('pauses calculation only for a plan that adds sheets, and selects the plan\'s cell', async () => {
    const x = fakeExcel();
    x.ctx.seed('Data', [['a']]);
    queuePlan(ctxOf(x), { addSheets: [], writes: [{ sheet: 'Data', blocks: [{ row: 1, col: 0, cells: [['b']] }] }], select: { sheet: 'Data', row: 1, col: 0 } }, ['Data']);
    await x.ctx.sync();
    expect(x.ctx.suspended).toBe(0);
    expect(x.ctx.selected).toEqual({ sheet: 'Data', row: 1, col: 0 });
    expect(x.ctx.activeSheet).toBe('Data');
    queuePlan(ctxOf(x), { addSheets: [{ name: 'New', blocks: [] }] }, ['Data']);
    await x.ctx.sync();
    expect(x.ctx.suspended).toBe(1);
  });

  const rule = (formula: string): ConditionalRule => ({ range: { row: 1, col: 0, rows: 5, cols: 1 }, formula, fill: '#C6EFCE', font: '#006100' });

  it('replaces our rules by the plan\'s and keeps the user\'s', async () => {
    const x = fakeExcel();
    const s = x.ctx.seed('Goals', [['Status']]);
    const goals = x.ctx.workbook.worksheets.getItem('Goals');
    const old = goals.getRangeByIndexes(1, 0, 3, 1).conditionalFormats.add('Custom');
    old.custom.rule.formula = '=AND($A2="Red",N("goals-tl")=0)';
    const mine = goals.getRangeByIndexes(1, 0, 3, 1).conditionalFormats.add('Custom');
    mine.custom.rule.formula = '=$A2="x"';
    await x.ctx.sync();
    const loaded = goals.getRange().conditionalFormats;
    loaded.load('items');
    await x.ctx.sync();
    queueRefresh(ctxOf(x), { sheets: [{ name: 'Goals', rules: [rule('=AND($A2="Green",N("goals-tl")=0)')] }], writes: [] }, { Goals: loaded } as never);
    await x.ctx.sync();
    expect(s.cfs.map((c) => [c.address, c.custom.rule.formula, c.custom.format.fill.color])).toEqual([
      ['1,0,3x1', '=$A2="x"', ''],
      ['1,0,5x1', '=AND($A2="Green",N("goals-tl")=0)', '#C6EFCE'],
    ]);
  });

  it('adds the rules of a sheet whose rules were not read, deleting nothing', async () => {
    const x = fakeExcel();
    const s = x.ctx.seed('KPIs', [['Status']]);
    queueRefresh(ctxOf(x), { sheets: [{ name: 'KPIs', rules: [rule('=AND($A2="Red",N("goals-tl")=0)')] }], writes: [] }, {});
    await x.ctx.sync();
    expect(s.cfs.map((c) => [c.address, c.custom.rule.formula])).toEqual([['1,0,5x1', '=AND($A2="Red",N("goals-tl")=0)']]);
    expect(x.ctx.writes.filter((w) => w.startsWith('delete'))).toEqual([]);
  });
});

describe('readSnapshot', () => {
  it('reads names in one sync and nothing more when there is no sheet to read and no table', async () => {
    const x = fakeExcel();
    x.ctx.seed('Notes', [['hello']]);
    const { snapshot, rules } = await readSnapshot(ctxOf(x), () => []);
    expect(x.ctx.syncs).toBe(1);
    expect(snapshot).toEqual({ sheetNames: ['Notes'], values: {}, tables: [], activeSheet: 'Notes' });
    expect(Object.keys(rules)).toEqual([]);
  });

  it('reads the values of the cells with values only, [] for an empty sheet, where each table stands, the active sheet, and no rules unless asked', async () => {
    const x = fakeExcel();
    const data = x.ctx.seed('Data', [['ID', 'Name'], ['a', 'b']]);
    data.formats.set('9,0', '0%'); // a formatted cell without a value is not data
    x.ctx.seed('Empty', []);
    x.ctx.tables.push({ name: 'Things', sheet: data, row: 0, col: 0, rows: 2, cols: 2 });
    x.ctx.activeSheet = 'Empty';
    const { snapshot, rules } = await readSnapshot(ctxOf(x), (names) => names);
    expect(x.ctx.syncs).toBe(2);
    expect(snapshot).toEqual({
      sheetNames: ['Data', 'Empty'], values: { Data: [['ID', 'Name'], ['a', 'b']], Empty: [] },
      tables: [{ name: 'Things', sheet: 'Data', row: 0, rows: 2 }], activeSheet: 'Empty',
    });
    expect(Object.keys(rules)).toEqual([]);
    const withRules = await readSnapshot(ctxOf(x), () => ['Data'], true);
    expect(Object.keys(withRules.rules)).toEqual(['Data']);
  });
});

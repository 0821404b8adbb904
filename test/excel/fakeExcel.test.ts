/** The Excel fake behaves as Excel does where our adapter depends on it; each case here failed on the earlier fake. */
import { describe, expect, it } from 'vitest';
import { fakeExcel, FakeExcelError, PropertyNotLoaded } from './fakeExcel';

async function written(values: unknown[], via: 'formulas' | 'values' = 'formulas') {
  const { ctx } = fakeExcel();
  const s = ctx.seed('S', []);
  const range = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, values.length);
  range[via] = [values] as never;
  await ctx.sync();
  return { got: values.map((_, j) => s.cells.get(`0,${j}`)), formula: values.map((_, j) => s.formulaCells.has(`0,${j}`)) };
}

describe('the Excel fake reads strings as typed', () => {
  it('makes numbers, percentages and booleans of number-like text, through formulas and values alike', async () => {
    const input = ['1.10', '2026', '1e3', ' 12 ', '90%', 'TRUE', 'FALSE', '-5', '(5)'];
    const out = [1.1, 2026, 1000, 12, 0.9, true, false, -5, -5];
    expect((await written(input)).got).toEqual(out);
    expect((await written(input, 'values')).got).toEqual(out);
  });

  it('makes date serial numbers of date-like text', async () => {
    const { got } = await written(['2026-01-31', '3/4', '3/4/2026']);
    expect(got[0]).toBe(46053);
    expect(got[2]).toBe(46085);
    expect(typeof got[1]).toBe('number');
  });

  it('makes formulas of "=...", of a "+" or "-" that is not a number, and of "@..."', async () => {
    expect((await written(['=1+1', '+49 30 1234', '@home'])).formula).toEqual([true, true, true]);
  });

  it('keeps text after a leading apostrophe, without the apostrophe', async () => {
    const tricky = ['1.10', '2026', '3/4', 'TRUE', '1e3', ' 12 ', '=1+1', '+49 30 1234', '@home', "'quoted", ''];
    const r = await written(tricky.map((t) => `'${t}`));
    expect(r.got).toEqual(tricky);
    expect(r.formula.some(Boolean)).toBe(false);
  });

  it('keeps a string as text in a cell formatted as text ("@")', async () => {
    const { ctx } = fakeExcel();
    const s = ctx.seed('S', []);
    const r = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1);
    r.numberFormat = [['@']];
    r.formulas = [['1.10']];
    await ctx.sync();
    expect(s.cells.get('0,0')).toBe('1.10');
  });
});

describe('the Excel fake batches as Office.js does', () => {
  it('changes nothing until context.sync() runs the queue', async () => {
    const { ctx } = fakeExcel();
    const s = ctx.seed('S', []);
    const sheets = ctx.workbook.worksheets;
    sheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).formulas = [['x']];
    sheets.add('New');
    expect(s.cells.size).toBe(0);
    expect(ctx.sheets.map((x) => x.name)).toEqual(['S']);
    const pending = ctx.sync();
    expect(s.cells.size).toBe(0); // the request is on its way, not done
    await pending;
    expect(s.cells.get('0,0')).toBe('x');
    expect(ctx.sheets.map((x) => x.name)).toEqual(['S', 'New']);
  });

  it('reads a value as it was at the sync that ran the load', async () => {
    const { ctx } = fakeExcel();
    ctx.seed('S', [['a']]);
    const r = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1);
    r.load('values');
    expect(() => r.values).toThrow(PropertyNotLoaded);
    await ctx.sync();
    r.formulas = [['b']];
    await ctx.sync();
    expect(r.values).toEqual([['a']]);
  });

  it('checks array shapes against the range when the assignment is queued', () => {
    const { ctx } = fakeExcel();
    ctx.seed('S', []);
    const r = ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 2, 2);
    expect(() => (r.formulas = [['a', 'b']])).toThrow(/InvalidArgument|invalid/);
    expect(() => (r.values = [['a'], ['b']])).toThrow(FakeExcelError);
    expect(() => (r.numberFormat = [['0%', '0%', '0%'], ['0%', '0%', '0%']])).toThrow(FakeExcelError);
    expect(() => (r.numberFormat = [['0%', '0%'], ['0%', '0%']])).not.toThrow();
  });

  it('refuses a taken worksheet name or table name at sync', async () => {
    const { ctx } = fakeExcel();
    ctx.seed('KPIs', []);
    ctx.workbook.worksheets.add('kpis');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    const a = ctx.workbook.worksheets.add('A');
    a.tables.add(a.getRangeByIndexes(0, 0, 2, 2), true).name = 'Goalpost';
    const b = ctx.workbook.worksheets.add('B');
    b.tables.add(b.getRangeByIndexes(0, 0, 2, 2), true).name = 'GOALPOST';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(ctx.tables.map((t) => t.name)).toEqual(['Goalpost', 'Table1']);
  });

  it('is not transactional: what ran before the failing operation stays, what came after is dropped', async () => {
    const { ctx } = fakeExcel();
    const s = ctx.seed('S', []);
    const sheets = ctx.workbook.worksheets;
    sheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).formulas = [['before']];
    sheets.getItem('Missing').getRangeByIndexes(0, 0, 1, 1).formulas = [['lost']];
    sheets.getItem('S').getRangeByIndexes(1, 0, 1, 1).formulas = [['after']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect([...s.cells]).toEqual([['0,0', 'before']]);
    await ctx.sync(); // the dropped operations are not sent again
    expect([...s.cells]).toEqual([['0,0', 'before']]);
  });

  it('sends what is still queued when the batch returns, as Excel.run does, and fails a batch that did not await its sync', async () => {
    const x = fakeExcel();
    const s = x.ctx.seed('S', []);
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 1, 1).formulas = [['queued']];
    });
    expect(s.cells.get('0,0')).toBe('queued');
    await expect(
      x.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(1, 0, 1, 1).formulas = [['x']];
        void ctx.sync();
      }),
    ).rejects.toThrow(/not awaited/);
  });
});

describe('the Excel fake loads as Office.js does', () => {
  it('counts a formatted empty cell as used only without valuesOnly', async () => {
    const { ctx } = fakeExcel();
    const s = ctx.seed('S', [['a']]);
    s.formats.set('3,1', '0%');
    const sheet = ctx.workbook.worksheets.getItem('S');
    const valuesOnly = sheet.getUsedRangeOrNullObject(true);
    const all = sheet.getUsedRangeOrNullObject();
    valuesOnly.load('values');
    all.load('values');
    await ctx.sync();
    expect(valuesOnly.values).toEqual([['a']]);
    expect(all.values).toEqual([['a', ''], ['', ''], ['', ''], ['', '']]);
  });

  it('gives the active sheet\'s name only when the name was loaded', async () => {
    const { ctx } = fakeExcel();
    ctx.seed('S', []);
    const other = ctx.workbook.worksheets.getActiveWorksheet();
    other.load('position');
    const active = ctx.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await ctx.sync();
    expect(() => other.name).toThrow(PropertyNotLoaded);
    expect(active.name).toBe('S');
  });
});

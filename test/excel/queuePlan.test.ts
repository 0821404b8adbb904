/**
 * queuePlan's own guarantees, with plans written by hand (the core's plans never break them, so only a hand-made plan
 * shows that the adapter keeps them): a plan that would add a sheet that exists changes nothing, and number formats
 * for existing sheets go in as an array of the range's shape (the fake refuses any other shape, as Office.js does).
 */
import { describe, expect, it } from 'vitest';
import { queuePlan } from '../../src/excel/adapter';
import type { WorkbookPlan } from '../../shared/host/plan';
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
    expect(recorded('bold')).toEqual(['0,0,1x7']);
    // 100 px is 75 points.
    expect(recorded('columnWidth')).toEqual(['0,2,1x1=75']);
    expect(x.ctx.sheets.find((s) => s.name === 'Checks')!.frozen).toBe(1);
  });
});

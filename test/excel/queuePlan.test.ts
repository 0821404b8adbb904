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
});

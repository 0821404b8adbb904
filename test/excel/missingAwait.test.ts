/**
 * A use case that forgets to await its context.sync() is caught by the fake: in Excel, Excel.run would still send the
 * queue, but that sync's error would be lost and the use case would report success over a half-changed workbook.
 */
import { describe, expect, it } from 'vitest';
import { queuePlan, readSnapshot } from '../../src/excel/adapter';
import { ExcelHost } from '../../src/excel/excelHost';
import { planAddGoal, sheetsToRead } from '../../shared/cascade/useCases';
import { fakeExcel } from './fakeExcel';

const TODAY = '2026-11-24';

describe('a missing await in an Excel use case', () => {
  it('fails the batch instead of reporting success', async () => {
    const x = fakeExcel();
    await new ExcelHost(x.run, () => TODAY).applyTemplate({ template: 'cascade', exampleData: true });
    const careless = () =>
      x.run(async (ctx) => {
        const { snapshot } = await readSnapshot(ctx, sheetsToRead);
        const { plan, result } = planAddGoal(snapshot, { statement: 'Hire 3 analysts by Q2 2027', level: 'Team', kpis: [] }, 'excel', TODAY);
        queuePlan(ctx, plan, snapshot.sheetNames);
        void ctx.sync(); // the bug: not awaited
        return result;
      });
    await expect(careless()).rejects.toThrow(/not awaited/);
  });

  it('and the real use case awaits: the goal is there when addGoal resolves', async () => {
    const x = fakeExcel();
    const host = new ExcelHost(x.run, () => TODAY);
    await host.applyTemplate({ template: 'cascade', exampleData: true });
    const r = await host.addGoal({ statement: 'Hire 3 analysts by Q2 2027', level: 'Team', kpis: [] });
    expect([...x.ctx.sheets.find((s) => s.name === 'Goals')!.cells.values()]).toContain(r.goalId);
    expect(x.ctx.queue).toHaveLength(0);
  });
});

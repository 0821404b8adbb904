// context.sync() calls for applying the cascade template with 100 and 1,000 KPI rows and for a refresh, counted on the
// fake Excel object model (test/excel/fakeExcel.ts) that the adapter tests use.
import { importTs } from '../build/common.mjs';
import { atMost, figure } from './report.mjs';

export async function run() {
  const { fakeExcel } = await importTs('test/excel/fakeExcel.ts');
  const { cascadeWithKpis } = await importTs('test/sheets/sizedPlan.ts');
  const { readSnapshot, queuePlan } = await importTs('src/excel/adapter.ts');
  const { ExcelHost } = await importTs('src/excel/excelHost.ts');
  const { sheetsToRead } = await importTs('shared/cascade/useCases.ts');
  for (const n of [100, 1000]) {
    const x = fakeExcel();
    // The same three phases as ExcelHost.applyTemplate, with a plan of n KPI rows.
    const { snapshot } = await readSnapshot(x.ctx, sheetsToRead);
    queuePlan(x.ctx, cascadeWithKpis(n, 'excel'), snapshot.sheetNames);
    await x.ctx.sync();
    figure(`Excel apply template, ${n} KPI rows: context.sync() calls`, x.ctx.syncs, 'syncs', atMost(3));
    x.ctx.syncs = 0;
    await new ExcelHost(x.run).refreshTrafficLights();
    figure(`Excel refresh traffic lights, ${n} KPI rows: context.sync() calls`, x.ctx.syncs, 'syncs', atMost(3));
  }
}

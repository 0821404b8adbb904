// context.sync() calls for applying the cascade template with 100 and 1,000 KPI rows and for a refresh, counted on the
// fake Excel object model (test/excel/fakeExcel.ts) that the adapter tests use.
import { importTs } from '../build/common.mjs';
import { atMost, figure } from './report.mjs';

/** One check-in appended to the log after the KPI list was read, as the Check in task does: requests for the append. */
async function checkInSyncs(fakeExcel, ExcelHost, logRows) {
  const x = fakeExcel();
  const host = new ExcelHost(x.run, () => '2026-11-24');
  await host.applyTemplate({ template: 'cascade', exampleData: true });
  const log = x.ctx.tables.find((t) => t.name === 'GoalpostCheckins');
  log.rows = Math.max(log.rows, logRows + 1); // a longer log: the append must not read it
  await host.listKpis();
  x.ctx.syncs = 0;
  await host.checkIn({ kpiId: 'K5', value: 10.8 });
  return x.ctx.syncs;
}

export async function run() {
  const { fakeExcel } = await importTs('test/excel/fakeExcel.ts');
  const { cascadeWithKpis } = await importTs('test/sheets/sizedPlan.ts');
  const { readSnapshot, queuePlan } = await importTs('src/excel/adapter.ts');
  const { ExcelHost } = await importTs('src/excel/excelHost.ts');
  const { sheetsToRead } = await importTs('shared/cascade/useCases.ts');
  for (const n of [10, 100000]) {
    figure(`Excel check in, log of ${n.toLocaleString('en')} rows: context.sync() calls`, await checkInSyncs(fakeExcel, ExcelHost, n), 'syncs', atMost(1));
  }
  // The Dashboard sheet alone (its charts included), for 10 and 1,000 goals: one request whatever the number.
  const { dashboardFor } = await importTs('test/dashboard/sizedDashboard.ts');
  for (const n of [10, 1000]) {
    const x = fakeExcel();
    queuePlan(x.ctx, dashboardFor(n, 'excel'), []);
    await x.ctx.sync();
    figure(`Excel Dashboard with charts, ${n.toLocaleString('en')} goals: context.sync() calls`, x.ctx.syncs, 'syncs', atMost(3));
  }
  const MB = 1024 * 1024;
  for (const [n, answers] of [[100, 0], [1000, 0], [10000, 10000]]) {
    const x = fakeExcel();
    const what = `${n.toLocaleString('en')} KPI rows${answers ? ` and ${answers.toLocaleString('en')} NPS answers` : ''}`;
    // The same three phases as ExcelHost.applyTemplate, with a plan of n KPI rows.
    const { snapshot } = await readSnapshot(x.ctx, sheetsToRead);
    queuePlan(x.ctx, cascadeWithKpis(n, 'excel', undefined, answers), snapshot.sheetNames);
    await x.ctx.sync();
    figure(`Excel apply template, ${what}: context.sync() calls`, x.ctx.syncs, 'syncs', atMost(3));
    // Cell data in the largest request (formulas, values, number formats as JSON): Excel on the web refuses over 5 MB.
    const applyBytes = Math.max(...x.ctx.requestBytes);
    if (answers) figure(`Excel apply template, ${what}: largest request`, +(applyBytes / MB).toFixed(2), 'MB', atMost(5));
    x.ctx.syncs = 0;
    x.ctx.requestBytes = [];
    await new ExcelHost(x.run).refreshTrafficLights();
    figure(`Excel refresh traffic lights, ${what}: context.sync() calls`, x.ctx.syncs, 'syncs', atMost(3));
    if (answers) figure(`Excel refresh traffic lights, ${what}: largest request`, +(Math.max(...x.ctx.requestBytes) / MB).toFixed(2), 'MB', atMost(5));
    if (answers) figure(`Excel refresh traffic lights, ${what}: largest response (the values read)`, +(Math.max(...x.ctx.responseBytes) / MB).toFixed(2), 'MB', atMost(5));
  }
}

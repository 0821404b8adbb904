// SpreadsheetApp calls for applying the cascade template with 100 and 1,000 KPI rows and for a refresh, counted on the
// call-counting fake (test/sheets/fakeSheets.ts) with the BUILT dist/sheets loaded as Apps Script loads it.
import { readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { dist, importTs } from '../build/common.mjs';
import { atMost, equalTo, figure } from './report.mjs';

export async function run() {
  const { fakeSheetsServices } = await importTs('test/sheets/fakeSheets.ts');
  const { cascadeWithKpis } = await importTs('test/sheets/sizedPlan.ts');
  const measure = (n, answers = 0) => {
    const fake = fakeSheetsServices(dist('sheets'));
    const ctx = vm.createContext({ console, ...fake.globals });
    for (const f of readdirSync(dist('sheets')).filter((f) => f.endsWith('.js')).sort()) vm.runInContext(readFileSync(dist('sheets', f), 'utf8'), ctx);
    new ctx.GoalpostCore.SheetsAdapter(fake.globals.SpreadsheetApp).applyPlan(cascadeWithKpis(n, 'sheets', undefined, answers));
    const apply = fake.counter.total;
    fake.counter.total = 0;
    fake.counter.byMethod = {};
    ctx.refreshTrafficLights();
    return { apply, refresh: fake.counter.total, gets: fake.counter.byMethod['Sheet.getConditionalFormatRules'], sets: fake.counter.byMethod['Sheet.setConditionalFormatRules'] };
  };
  const small = measure(100);
  const big = measure(1000);
  figure('Sheets apply template, 100 KPI rows: SpreadsheetApp calls', small.apply, 'calls');
  figure('Sheets apply template, 1,000 KPI rows: SpreadsheetApp calls', big.apply, 'calls', equalTo(small.apply, `= ${small.apply} (same as 100 rows)`));
  figure('Sheets refresh, 1,000 KPI rows: SpreadsheetApp calls', big.refresh, 'calls', equalTo(small.refresh, `= ${small.refresh} (same as 100 rows)`));
  const huge = measure(10000, 10000);
  figure('Sheets apply template, 10,000 KPI rows and 10,000 NPS answers: SpreadsheetApp calls', huge.apply, 'calls', equalTo(small.apply, `= ${small.apply} (same as 100 rows)`));
  figure('Sheets refresh, 10,000 KPI rows: SpreadsheetApp calls', huge.refresh, 'calls', equalTo(small.refresh, `= ${small.refresh} (same as 100 rows)`));
  // One check-in into a log of 10 and of 100,000 rows: the log is never read, so the calls are the same.
  const checkIn = (logRows) => {
    const fake = fakeSheetsServices(dist('sheets'));
    const ctx = vm.createContext({ console, ...fake.globals });
    for (const f of readdirSync(dist('sheets')).filter((f) => f.endsWith('.js')).sort()) vm.runInContext(readFileSync(dist('sheets', f), 'utf8'), ctx);
    ctx.applyTemplate({ template: 'cascade', exampleData: true });
    const log = fake.book.sheets.find((s) => s.name === 'Check-ins');
    for (let i = log.getLastRow() + 1; i <= logRows + 1; i++) {
      log.cells.set(log.key(i, 2), 'K1');
      log.cells.set(log.key(i, 3), 20);
    }
    fake.counter.total = 0;
    ctx.checkIn({ kpiId: 'K5', value: 10.8 });
    return fake.counter.total;
  };
  // The Dashboard sheet alone (its three charts included), for 10 and 1,000 goals.
  const { dashboardFor } = await importTs('test/dashboard/sizedDashboard.ts');
  const dashboard = (n) => {
    const fake = fakeSheetsServices(dist('sheets'));
    fake.book.seed('KPIs', [['ID'], ['K1']]);
    const ctx = vm.createContext({ console, ...fake.globals });
    for (const f of readdirSync(dist('sheets')).filter((f) => f.endsWith('.js')).sort()) vm.runInContext(readFileSync(dist('sheets', f), 'utf8'), ctx);
    new ctx.GoalpostCore.SheetsAdapter(fake.globals.SpreadsheetApp).applyPlan(dashboardFor(n, 'sheets'));
    return fake.counter.total;
  };
  const dash10 = dashboard(10);
  figure('Sheets Dashboard with charts, 10 goals: SpreadsheetApp calls', dash10, 'calls');
  figure('Sheets Dashboard with charts, 1,000 goals: SpreadsheetApp calls', dashboard(1000), 'calls', equalTo(dash10, `= ${dash10} (same as 10 goals)`));
  const few = checkIn(10);
  figure('Sheets check in, log of 10 rows: SpreadsheetApp calls', few, 'calls');
  figure('Sheets check in, log of 100,000 rows: SpreadsheetApp calls', checkIn(100000), 'calls', equalTo(few, `= ${few} (same as 10 rows)`));
  figure('Sheets refresh: getConditionalFormatRules per sheet (3 sheets with traffic lights)', big.gets / 3, 'calls', atMost(1));
  figure('Sheets refresh: setConditionalFormatRules per sheet (3 sheets with traffic lights)', big.sets / 3, 'calls', atMost(1));
}

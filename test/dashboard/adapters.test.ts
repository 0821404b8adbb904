/**
 * The Dashboard on the Excel and Sheets fakes: its charts made by the host's own chart engine over the figures tables,
 * within the call budgets (Excel at most 3 syncs; Sheets the same calls for 10 and for 1,000 goals).
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ExcelHost } from '../../src/excel/excelHost';
import { queuePlan } from '../../src/excel/adapter';
import { DASH } from '../../shared/templates/dashboard';
import { fakeExcel } from '../excel/fakeExcel';
import { fakeSheetsServices } from '../sheets/fakeSheets';
import { DIST, loadSheets } from '../hosts/loaders';
import { dashboardFor } from './sizedDashboard';

const TODAY = '2026-11-24';

describe('Excel: the Dashboard\'s charts', () => {
  it('are made with charts.add over the figures tables, in the template\'s at most 3 syncs', async () => {
    const x = fakeExcel();
    await new ExcelHost(x.run, () => TODAY).applyTemplate({ template: 'cascade', exampleData: true });
    expect(x.ctx.syncs).toBeLessThanOrEqual(3);
    const d = x.ctx.sheets.find((s) => s.name === 'Dashboard')!;
    expect(d.charts.map((c) => [c.type, c.source, c.seriesBy, c.title])).toEqual([
      ['BarClustered', `0,${DASH.attainment},13x2`, 'Columns', 'Attainment by goal'],
      ['XYScatterLines', `0,${DASH.series},31x3`, 'Columns', 'Check-ins against the straight line'],
      ['ColumnStacked', `0,${DASH.teams},${1 + 11}x4`, 'Columns', 'Goals and KPIs by status and team'], // header + the spill of the 11 teams
    ]);
    expect(d.charts[0].position).toBe(`0,${DASH.charts},1x1`);
    expect(d.charts[0].valueAxisFormat).toBe('0%');
    expect(d.charts[2].seriesColors).toEqual({ 0: '#63BE7B', 1: '#FFD966', 2: '#F8696B' });
    // The figures are formulas: one dynamic array per column, spilling as far as the Goals table goes.
    expect(String(d.cells.get(`1,${DASH.tree}`))).toMatch(/^=IF\(\$B[A-Z]\$2#="","",INDEX\(GoalpostGoals\[\[ID\]\],\$B[A-Z]\$2#\)/);
    expect(d.cells.get(`2,${DASH.tree}`)).toBeUndefined();
  });

  it('one sync for the Dashboard alone, whatever the number of goals', async () => {
    for (const n of [10, 1000]) {
      const x = fakeExcel();
      queuePlan(x.ctx as unknown as Excel.RequestContext, dashboardFor(n, 'excel'), []);
      await x.ctx.sync();
      expect(x.ctx.syncs).toBe(1);
      expect(x.ctx.sheets[0].charts).toHaveLength(3);
    }
  });
});

describe('Sheets: the Dashboard\'s charts', () => {
  const addon = () => {
    const fake = fakeSheetsServices(resolve(DIST, 'sheets'));
    fake.book.seed('KPIs', [['ID'], ['K1']]); // the KPI drop-down's source
    return { ...fake, core: loadSheets(fake.globals).globals.GoalpostCore as { SheetsAdapter: new (app: unknown) => { applyPlan(p: unknown): void } } };
  };
  it('are built with newChart and inserted, over the figures tables', () => {
    const a = addon();
    new a.core.SheetsAdapter(a.globals.SpreadsheetApp).applyPlan(dashboardFor(12, 'sheets'));
    const d = a.book.sheets.find((s) => s.name === 'Dashboard')!;
    expect(d.charts.map((c) => [c.type, c.ranges, c.headers, c.position.slice(0, 2)])).toEqual([
      // Open-ended columns: goals, check-ins and teams added later are charted too.
      ['BAR', ['L1:M'], 1, [1, DASH.charts + 1]],
      ['LINE', ['O1:Q'], 1, [19, DASH.charts + 1]],
      ['COLUMN', ['S1:V'], 1, [37, DASH.charts + 1]],
    ]);
    expect(d.charts[2].options).toMatchObject({ isStacked: true, title: 'Goals and KPIs by status and team' });
    expect(a.counter.byMethod['Sheet.insertChart']).toBe(3);
  });
  it('the same number of calls for 10 and for 1,000 goals', () => {
    const counts = [10, 1000].map((n) => {
      const a = addon();
      a.counter.total = 0;
      new a.core.SheetsAdapter(a.globals.SpreadsheetApp).applyPlan(dashboardFor(n, 'sheets'));
      return a.counter.total;
    });
    expect(counts[1]).toBe(counts[0]);
  });
});

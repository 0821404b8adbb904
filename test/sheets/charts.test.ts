/**
 * insertChart from the sources against the fake's chart builder (Apps Script: EmbeddedChartBuilder.setChartType,
 * addRange, setNumHeaders, setPosition with 1-based row and column, setOption; Sheet.insertChart), with charts planned by
 * hand so every option is checked: the type per kind, an open-ended or a fixed range, the anchor, the size, the
 * legend, stacking, colours and the percent axis (hAxis for a bar chart, whose values run across; vAxis otherwise).
 */
import { describe, expect, it } from 'vitest';
import type { ChartPlan } from '../../shared/host/plan';
import { fakeSheetsServices } from './fakeSheets';
import { loadSheetsSources } from './sourceLoader';

const chart = (c: Partial<ChartPlan>): ChartPlan => ({
  kind: 'column', title: 'T', source: { row: 0, col: 11, rows: 5, cols: 2 }, anchor: { row: 2, col: 3 }, width: 400, height: 300, ...c,
});

describe('Sheets charts from the sources', () => {
  it('builds each kind with its range, anchor, size and options', () => {
    const fake = fakeSheetsServices('dist/sheets');
    const core = loadSheetsSources(fake.globals).globals.GoalpostCore as typeof import('../../src/sheets/core.entry');
    const charts = [
      chart({ kind: 'bar', title: 'Bars', grows: true, percent: true, colors: ['#2E7D32', '#C62828'] }),
      chart({ kind: 'line', title: 'Lines', source: { row: 4, col: 0, rows: 3, cols: 3 }, anchor: { row: 0, col: 0 }, percent: true }),
      chart({ kind: 'column', title: 'Columns', stacked: true, width: 600, height: 200 }),
    ];
    new core.SheetsAdapter(fake.globals.SpreadsheetApp as never).applyPlan({ addSheets: [{ name: 'Charts', blocks: [{ row: 0, col: 0, cells: [['x']] }], charts }] });
    const made = fake.book.sheets.find((s) => s.name === 'Charts')!.charts;
    expect(made.map((c) => [c.type, c.ranges, c.headers, c.position])).toEqual([
      ['BAR', ['L1:M'], 1, [3, 4, 0, 0]],
      ['LINE', ['A5:C7'], 1, [1, 1, 0, 0]],
      ['COLUMN', ['L1:M5'], 1, [3, 4, 0, 0]],
    ]);
    expect(made[0].options).toStrictEqual({ title: 'Bars', width: 400, height: 300, legend: { position: 'bottom' }, colors: ['#2E7D32', '#C62828'], hAxis: { format: 'percent' } });
    // toStrictEqual: an option set to undefined (setOption('colors', undefined)) is a call Sheets would get, not "no option".
    expect(made[1].options).toStrictEqual({ title: 'Lines', width: 400, height: 300, legend: { position: 'bottom' }, vAxis: { format: 'percent' } });
    expect(made[2].options).toStrictEqual({ title: 'Columns', width: 600, height: 200, legend: { position: 'bottom' }, isStacked: true });
  });
});

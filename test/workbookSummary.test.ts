/**
 * The numbers of the panel's Home (issue 14): template or not, goals, KPIs overdue for a check-in, goals due for a
 * review. Each workbook is typed here row by row, with every number different, so a count taken from the wrong list
 * (KPIs for goals, reviewed for due...) shows.
 */
import { describe, expect, it } from 'vitest';
import { workbookSummary } from '../shared/cascade/useCases';
import { serialFromParts } from '../shared/functions/coerce';
import type { WorkbookSnapshot } from '../shared/host/port';
import { CHECKINS_HEADERS, GOALS_HEADERS, KPIS_HEADERS, REVIEW_HEADERS } from '../shared/templates/layout';
import { ExcelHost } from '../src/excel/excelHost';
import { createPlaygroundAdapter } from '../src/playground/adapter';
import { createPlaygroundPort } from '../src/playground/playgroundPort';
import { resolve } from 'node:path';
import { fakeExcel } from './excel/fakeExcel';
import { fakeSheetsServices } from './sheets/fakeSheets';
import { DIST, loadSheets } from './hosts/loaders';
import { newWorkbook } from './playground/helpers';

const TODAY = '2026-11-24';
const day = (iso: string) => serialFromParts(...(iso.split('-').map(Number) as [number, number, number]));

/** A Goals row: ID, parent, statement, deadline (the other columns blank). */
function goal(id: string, deadline?: string): unknown[] {
  const r: unknown[] = GOALS_HEADERS.map(() => '');
  r[GOALS_HEADERS.indexOf('ID')] = id;
  r[GOALS_HEADERS.indexOf('Level')] = 'Team';
  r[GOALS_HEADERS.indexOf('Goal')] = `Goal ${id}`;
  if (deadline) r[GOALS_HEADERS.indexOf('Deadline')] = day(deadline);
  return r;
}
/** A KPIs row: ID, its goal and the date its next check-in is due (what the sheet's formula shows). */
function kpi(id: string, goalId: string, nextDue?: string): unknown[] {
  const r: unknown[] = KPIS_HEADERS.map(() => '');
  r[KPIS_HEADERS.indexOf('ID')] = id;
  r[KPIS_HEADERS.indexOf('Goal ID')] = goalId;
  r[KPIS_HEADERS.indexOf('KPI')] = `KPI ${id}`;
  if (nextDue) r[KPIS_HEADERS.indexOf('Next update due')] = day(nextDue);
  return r;
}
const reviewed = (id: string) => [id, `Goal ${id}`, '', 'Done'];

/** One cascade's sheets under the given names, with our header rows. */
function cascade(n: { goals: string; kpis: string; checkins: string; review: string }, goals: unknown[][], kpis: unknown[][], reviews: unknown[][]) {
  return {
    [n.goals]: [[...GOALS_HEADERS], ...goals],
    [n.kpis]: [[...KPIS_HEADERS], ...kpis],
    [n.checkins]: [[...CHECKINS_HEADERS]],
    [n.review]: [[...REVIEW_HEADERS], ...reviews],
  };
}
const FIRST = { goals: 'Goals', kpis: 'KPIs', checkins: 'Check-ins', review: 'Review' };
const SECOND = { goals: 'Goals (2)', kpis: 'KPIs (2)', checkins: 'Check-ins (2)', review: 'Review (2)' };

/**
 * Five goals: G1, G2, G3 past their deadline (G2 reviewed), G4 due today (not past), G5 without one -> 2 reviews due.
 * Four KPIs: K1 due yesterday (overdue), K2 due today and K3 next month (not overdue), K4 with no due date -> 1 overdue.
 */
const first = cascade(FIRST,
  [goal('G1', '2026-06-30'), goal('G2', '2026-09-30'), goal('G3', '2026-11-23'), goal('G4', TODAY), goal('G5')],
  [kpi('K1', 'G1', '2026-11-23'), kpi('K2', 'G2', TODAY), kpi('K3', 'G4', '2026-12-24'), kpi('K4', 'G5')],
  [reviewed('G2')]);
/** Four goals, three past their deadline and none reviewed; two KPIs, both overdue. */
const second = cascade(SECOND,
  [goal('G1', '2025-12-31'), goal('G2', '2026-03-31'), goal('G3', '2026-04-30'), goal('G4', '2027-03-31')],
  [kpi('K1', 'G1', '2026-01-31'), kpi('K2', 'G4', '2026-10-01')],
  []);

const book = (values: WorkbookSnapshot['values'], activeSheet?: string): WorkbookSnapshot => ({ sheetNames: Object.keys(values), values, ...(activeSheet ? { activeSheet } : {}) });

describe('the Home summary of a workbook', () => {
  it('counts the goals, the overdue KPIs and the goals due for review of the cascade', () => {
    expect(workbookSummary(book(first), TODAY)).toEqual({ template: true, cascades: 1, cascade: 'Goals', goals: 5, overdueKpis: 1, reviewsDue: 2 });
  });

  it('moves with the workbook\'s today: a day later K2 is overdue and G4 due for review', () => {
    expect(workbookSummary(book(first), '2026-11-25')).toMatchObject({ goals: 5, overdueKpis: 2, reviewsDue: 3 });
  });

  it('counts a goal reviewed since as no longer due', () => {
    const values = { ...first, Review: [...first.Review, reviewed('G3')] };
    expect(workbookSummary(book(values), TODAY)).toMatchObject({ goals: 5, overdueKpis: 1, reviewsDue: 1 });
  });

  it('says there is no template, with nothing to count, for a workbook without one or with a user sheet named Goals', () => {
    expect(workbookSummary(book({}), TODAY)).toEqual({ template: false, cascades: 0, goals: 0, overdueKpis: 0, reviewsDue: 0 });
    const mine = { Goals: [['Objective', 'Owner', 'When'], ['Grow', 'Ana', 46000]], Sheet1: [['x']] };
    expect(workbookSummary(book(mine), TODAY)).toMatchObject({ template: false, cascades: 0, goals: 0 });
  });

  it('with two cascades, counts the one asked for, else the one of the active sheet', () => {
    const both = book({ ...first, ...second }, 'KPIs (2)');
    expect(workbookSummary(both, TODAY, 'Goals')).toEqual({ template: true, cascades: 2, cascade: 'Goals', goals: 5, overdueKpis: 1, reviewsDue: 2 });
    expect(workbookSummary(both, TODAY)).toEqual({ template: true, cascades: 2, cascade: 'Goals (2)', goals: 4, overdueKpis: 2, reviewsDue: 3 });
  });

  it('asks which cascade when there are two and the user is on neither', () => {
    expect(() => workbookSummary(book({ ...first, ...second }, 'Sheet1'), TODAY)).toThrow(/2 goal cascades \(Goals, Goals \(2\)\): pick the one/);
  });

  it('counts nothing to review for a cascade made before the Review sheet, and still counts its goals', () => {
    const { Review: _r, ...older } = first;
    void _r;
    expect(workbookSummary(book(older), TODAY)).toMatchObject({ template: true, goals: 5, overdueKpis: 1, reviewsDue: 0 });
  });
});

describe('the Home summary through the hosts', () => {
  it('playground: the example cascade on 2027-01-05 has 12 goals, 13 KPIs overdue (all but K11, due 2027-01-25) and G4, G8 due for review', async () => {
    const wb = newWorkbook();
    wb.addSheet('Sheet1');
    await createPlaygroundPort(createPlaygroundAdapter(wb), () => TODAY).applyTemplate({ template: 'cascade', exampleData: true });
    const port = createPlaygroundPort(createPlaygroundAdapter(wb), () => '2027-01-05');
    expect(await port.workbookSummary()).toEqual({ template: true, cascades: 1, cascade: 'Goals', goals: 12, overdueKpis: 13, reviewsDue: 2 });
    // On the day it was applied only K3 (due 2026-11-11) is overdue and nothing is past its deadline.
    expect(await createPlaygroundPort(createPlaygroundAdapter(wb), () => TODAY).workbookSummary()).toMatchObject({ goals: 12, overdueKpis: 1, reviewsDue: 0 });
  });

  it('Excel: read in 2 syncs with the host\'s clock; the cascade asked for is passed on', async () => {
    const x = fakeExcel();
    await new ExcelHost(x.run, () => TODAY).applyTemplate({ template: 'cascade', exampleData: true });
    const host = new ExcelHost(x.run, () => '2027-07-15');
    x.ctx.syncs = 0;
    // G2, G4, G6, G8, G10, G11 are past their deadline by mid-2027 (G12 has its Review row). The fake computes no
    // formulas, so no KPI shows a next due date and none counts as overdue.
    expect(await host.workbookSummary()).toEqual({ template: true, cascades: 1, cascade: 'Goals', goals: 12, overdueKpis: 0, reviewsDue: 6 });
    expect(x.ctx.syncs).toBeLessThanOrEqual(2);
    await expect(host.workbookSummary('Goals (2)')).rejects.toThrow(/no goal cascade with the sheet "Goals \(2\)"/);
  });

  it('Sheets: the built server entry answers workbookSummary, as google.script.run calls it (null for no cascade)', () => {
    const fake = fakeSheetsServices(resolve(DIST, 'sheets'));
    const s = loadSheets(fake.globals);
    expect(s.call('workbookSummary', null)).toEqual({ template: false, cascades: 0, goals: 0, overdueKpis: 0, reviewsDue: 0 });
    s.call('applyTemplate', { template: 'cascade', exampleData: true });
    // G4 and G8 ended last year (the fake's today is the real one): two goals due for review. The fake computes no
    // formulas, so no KPI shows a next due date.
    const goals = fake.book.sheets.find((x) => x.name === 'Goals')!;
    const y = new Date().getFullYear() - 1;
    for (const r of [5, 9]) goals.getRange(r, GOALS_HEADERS.indexOf('Start') + 1, 1, 2).setValues([[`${y}-01-01`, `${y}-12-31`]]);
    expect(s.call('workbookSummary', null)).toEqual({ template: true, cascades: 1, cascade: 'Goals', goals: 12, overdueKpis: 0, reviewsDue: 2 });
  });
});

/**
 * The Sheets Dashboard's formulas evaluated (not only their structure): its Dashboard sheet, translated for HyperFormula
 * by sheetsFlavour.ts, reads the example workbook's Goals, KPIs and Check-ins (their values as the playground flavour
 * computes them), and must list the same tree and the same figures as the playground's Dashboard, with nothing below
 * them (the charts read open-ended ranges). Sheets' FILTER and SORT over several columns are evaluated by a test plugin
 * (sheetsFunctions.ts) that follows Google's documentation: whole rows, a condition as tall as the range.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { ATTAINMENT_HEADERS, CHECK_ROWS, DASH, SERIES_HEADERS, TEAM_HEADERS } from '../../shared/templates/dashboard';
import { DASHBOARD_HEADERS } from '../../shared/templates/layout';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from '../templates/evaluatePlan';
import { sheetsDashboardValues } from './sheetsDashboardValues';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };

describe('the Sheets Dashboard evaluated', () => {
  // Built in a hook, not while the file is collected: a plan that throws then fails these tests (the mutation run).
  let got: unknown[][];
  let want: unknown[][];
  beforeAll(() => {
    const playground = evaluatePlan(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan);
    got = sheetsDashboardValues(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'sheets', TODAY).plan, playground);
    want = playground.values('Dashboard') as unknown[][];
  });
  // Sheets' FILTER and SORT over several columns are SHEETSFILTER and SHEETSSORT (sheetsFunctions.ts).
  const cell = (g: unknown[][], r: number, c: number) => {
    const v = g[r]?.[c];
    return v === undefined ? null : v;
  };
  /** Rows 1.. of a block: the playground's filled rows (its column c non-empty), the same rows of the Sheets sheet. */
  const rowsOf = (c: number) => {
    let n = 0;
    while (cell(want, n + 1, c) !== null && cell(want, n + 1, c) !== '') n++;
    return n;
  };
  /** Numbers to 9 decimals, everything else exactly. */
  const same = (c0: number, width: number, label: string) => {
    const n = rowsOf(c0);
    expect(n, `${label}: rows in the playground`).toBeGreaterThan(0);
    for (let r = 1; r <= n; r++) {
      for (let c = c0; c < c0 + width; c++) {
        const w = cell(want, r, c);
        const g = cell(got, r, c);
        const at = `${label} row ${r} column ${c}`;
        if (typeof w === 'number') {
          expect(typeof g, at).toBe('number');
          expect(g as number, at).toBeCloseTo(w, 9);
        } else expect(g, at).toEqual(w);
      }
    }
    return n;
  };
  /** The cells below a block are empty (null): the charts read open-ended ranges. */
  const emptyBelow = (c0: number, width: number, n: number, label: string) => {
    for (let r = n + 1; r < Math.max(got.length, n + 2); r++) {
      for (let c = c0; c < c0 + width; c++) expect(cell(got, r, c), `${label}: row ${r} column ${c} below the last row`).toBeNull();
    }
  };

  it('lists the same goal tree: order, indentation, level, team, roll-up, status and notes', () => {
    const n = same(DASH.tree, DASHBOARD_HEADERS.length, 'tree');
    emptyBelow(DASH.tree, DASHBOARD_HEADERS.length, n, 'tree');
  });

  it('fills the same figures tables: attainment, the chosen KPI\'s series, teams', () => {
    same(DASH.attainment, ATTAINMENT_HEADERS.length, 'attainment');
    same(DASH.series, SERIES_HEADERS.length, 'series');
    same(DASH.teams, TEAM_HEADERS.length, 'teams');
  });

  it('leaves the cells below each figures table empty (the charts read open-ended ranges)', () => {
    emptyBelow(DASH.attainment, ATTAINMENT_HEADERS.length, rowsOf(DASH.attainment), 'attainment');
    emptyBelow(DASH.series, SERIES_HEADERS.length, rowsOf(DASH.series), 'series');
    emptyBelow(DASH.teams, TEAM_HEADERS.length, rowsOf(DASH.teams), 'teams');
  });

  it('says the same in the checks', () => {
    for (const r of Object.values(CHECK_ROWS)) expect(got[r][DASH.checks + 1], `check row ${r}`).toEqual(want[r][DASH.checks + 1]);
  });
});

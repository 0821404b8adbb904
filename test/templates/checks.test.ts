/**
 * Every branch of the template's computed columns (shared/templates/formulas.ts), in every flavour: the playground's
 * per-row formulas, Excel's calculated columns (empty cells sent as null, as the web does, and as 0, as desktop builds
 * do: office-js issues 4702, 5262) and Sheets' header-cell array formulas (translated for HyperFormula by
 * ../dashboard/sheetsFlavour.ts). An empty cascade is applied and rows are typed into it as a user would; each expected
 * value is worked out by hand from templates.md and functions.md, never read back from the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import type { WorkbookPlan } from '../../shared/host/plan';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { GOALS_HEADERS, KPIS_HEADERS, OKRS_HEADERS, REVIEW_HEADERS } from '../../shared/templates/layout';
import { emptyCells } from '../../src/playground/hfPlugin';
import { evaluatePlan } from './evaluatePlan';
import { evaluateSheetsCascade } from './evaluateSheetsCascade';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
const O = (h: (typeof OKRS_HEADERS)[number]) => OKRS_HEADERS.indexOf(h);
const R = (h: (typeof REVIEW_HEADERS)[number]) => REVIEW_HEADERS.indexOf(h);
/** Excel's serial date, by hand. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
};
const T = day(TODAY);

type Flavour = 'playground' | 'excel, empty as null' | 'excel, empty as 0' | 'sheets';
function build(flavour: Flavour) {
  const host = flavour.startsWith('excel') ? 'excel' : flavour === 'sheets' ? 'sheets' : 'playground';
  const plan: WorkbookPlan = planApplyTemplate(empty, { template: 'cascade', exampleData: false }, host, TODAY).plan;
  if (host !== 'sheets') return evaluatePlan(plan, { emptyAs: flavour.endsWith('0') ? 'zero' : 'null' });
  // The Dashboard has a test of its own (test/dashboard/sheetsDashboard.test.ts); open-ended ranges end at row 30.
  return evaluateSheetsCascade(plan, 30);
}

/** Settings (0-based rows of the Settings sheet, value in column B), as templates.md lists them. */
const SET = { greenAt: 1, yellowAt: 2, paceGreenAt: 3, paceYellowAt: 4, asOf: 5, perPerson: 6, perTeam: 7, keyResults: 8, statusFrom: 9 };
const DEFAULTS: [keyof typeof SET, unknown][] = [['greenAt', 1], ['yellowAt', 0.9], ['paceGreenAt', 1], ['paceYellowAt', 0.9], ['asOf', T],
  ['perPerson', 5], ['perTeam', 7], ['keyResults', 5], ['statusFrom', 'Pace, then attainment']];

describe.each(['playground', 'excel, empty as null', 'excel, empty as 0', 'sheets'] as Flavour[])('the %s flavour', (flavour) => {
  // Built in a hook, not while the file is collected: a mutation run switches its mutant on before the hooks, and a
  // failure here fails every test of the flavour (one thrown while collecting would only drop the file).
  let book!: ReturnType<typeof build>;
  const id = (s: string) => book.hf.getSheetId(s)!;
  /** Type into the book; the cells recomputed meanwhile see empty cells as this flavour sends them (evaluatePlan's emptyAs). */
  const put = (sheet: string, row: number, c: number, values: unknown[]) => {
    emptyCells.as = flavour.endsWith('0') ? 'zero' : 'null';
    try {
      book.hf.setCellContents({ sheet: id(sheet), row, col: c }, [values as never[]]);
    } finally {
      emptyCells.as = 'null';
    }
  };
  const setting = (k: keyof typeof SET, v: unknown) => put('Settings', SET[k], 1, [v]);
  const settings = (changes: Partial<Record<keyof typeof SET, unknown>> = {}) => {
    for (const [k, v] of DEFAULTS) setting(k, k in changes ? changes[k] : v);
  };
  const kpi = (row: number, h: (typeof KPIS_HEADERS)[number]) => book.value('KPIs', row, K(h));
  const goal = (row: number, h: (typeof GOALS_HEADERS)[number]) => book.value('Goals', row, G(h));

  const y26 = [day('2026-01-01'), day('2026-12-31')];
  beforeAll(() => {
    book = build(flavour);
    // Goals: ID, Level, Parent ID, Department / team, Owner, Goal, Start, Deadline, Weight
    put('Goals', 1, 0, ['G1', 'Company', null, 'Ops', 'Ana', 'Increase revenue by 10% by 2026-12-31', ...y26, 1]);
    put('Goals', 2, 0, ['G2', 'Department', 'G1', 'Ops', 'Bo', 'Cut costs by 5% by 2026-12-31', ...y26, 1]);
    put('Goals', 3, 0, ['G3', 'Department', 'G1', 'Ops', null, 'Sell 10% more by 2026-12-31', ...y26, 1]);
    put('Goals', 4, 0, ['G4', 'Department', 'G1', 'Ops', 'Cy', 'Open two stores', day('2026-01-01'), null, 1]);
    put('Goals', 5, 0, ['G9', 'Company', null, 'Stores', 'Eve', 'Grow the basket by 8% by 2025-12-31', day('2025-01-01'), day('2025-12-31'), 1]);
    put('Goals', 6, 0, [null, null, null, null, 'Zed']);
    // KPIs: ID, Goal ID, KPI, Definition, Unit, Type, Direction, Frequency, Owner, Baseline, Target, Actual, Start, Deadline
    const k = (row: number, v: unknown[]) => put('KPIs', row, 0, v);
    k(1, ['K1', 'G1', 'Revenue', null, 'M', 'Lagging', null, null, 'Ana', 0, 10, 7, ...y26]); // running: 0.7
    k(2, ['K2', 'G3', 'Sales', null, 'M', 'Lagging', null, null, 'Ana', 0, 10, 9.5, day('2025-01-01'), day('2025-12-31')]); // finished: 0.95
    k(3, ['K3', 'G4', 'Stores', null, '#', 'Leading', null, null, 'Bo', 0, 10, 9.5, day('2027-01-01'), day('2027-12-31')]); // not started
    k(4, ['K4', null, 'No owner', null, null, null, null, null, null, null, null, null, null, null]);
    k(5, ['K5', 'G77', 'No target', null, null, null, null, null, 'Cy', null, null, null, null, null]);
    k(6, ['K6', null, 'No deadline', null, null, null, null, null, 'Cy', null, 5, null, null, null]);
    k(7, ['K7', null, 'Due today', null, null, null, null, 'Weekly', 'Dee', null, 5, null, T - 7, day('2027-12-31')]);
    k(8, ['K8', null, 'Due yesterday', null, null, null, null, 'Weekly', 'Dee', null, 5, null, T - 8, day('2027-12-31')]);
    k(9, ['K9', 'G9', 'Basket', null, '%', 'Lagging', null, null, 'Eve', 0, 100000, 89996, day('2025-01-01'), day('2025-12-31')]);
    k(10, [null, null, null, null, null, null, null, null, 'Zed', 0, 10, 5, ...y26]);
  });

  // The elapsed share of K1's year on 2026-11-24: day 327 of 364.
  const elapsed = 327 / 364;

  it('KPIs: Check names the first missing thing, then the limits, then an overdue check-in; blank without an ID', () => {
    settings();
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => kpi(r, 'Check'))).toEqual(['OK', 'OK', 'OK', 'No owner', 'No target', 'No deadline',
      'OK', 'Overdue: check in', 'OK', '']); // K7's next update is due today (as of): not overdue yet
    expect(kpi(7, 'Next update due')).toBe(T);
    expect(kpi(8, 'Next update due')).toBe(T - 1);
    // Ana, Cy and Dee own two KPIs each: at a limit of 2 that is fine, at 1 it is too many (before "overdue").
    settings({ perPerson: 2 });
    expect([1, 2, 3, 7, 8].map((r) => kpi(r, 'Check'))).toEqual(['OK', 'OK', 'OK', 'OK', 'Overdue: check in']);
    settings({ perPerson: 1 });
    expect([1, 2, 3, 7, 8, 9].map((r) => kpi(r, 'Check'))).toEqual(['Owner has too many KPIs', 'Owner has too many KPIs', 'OK',
      'Owner has too many KPIs', 'Owner has too many KPIs', 'OK']);
    // Ops has three KPIs (K1 to K3 through G1, G3, G4); the five KPIs without a team are no team.
    settings({ perTeam: 3 });
    expect([1, 2, 3, 7, 8, 9].map((r) => kpi(r, 'Check'))).toEqual(['OK', 'OK', 'OK', 'OK', 'Overdue: check in', 'OK']);
    settings({ perTeam: 2 });
    expect([1, 2, 3, 7, 8, 9].map((r) => kpi(r, 'Check'))).toEqual(['Team has too many KPIs', 'Team has too many KPIs',
      'Team has too many KPIs', 'OK', 'Overdue: check in', 'OK']);
    settings();
  });

  it('KPIs: Team is the goal\'s department or team, blank for no goal or an unknown one', () => {
    expect([1, 2, 3, 4, 5, 9, 10].map((r) => kpi(r, 'Team'))).toEqual(['Ops', 'Ops', 'Ops', '', '', 'Stores', '']);
  });

  it('KPIs: the status follows Settings\' "KPI status from", each with its own thresholds', () => {
    // Pace thresholds apart from the attainment ones, so the two judgements differ.
    const pace = { paceGreenAt: 0.75, paceYellowAt: 0.5 };
    settings(pace);
    expect(kpi(1, 'Attainment')).toBeCloseTo(0.7, 9);
    expect(kpi(1, 'Pace')).toBeCloseTo(0.7 / elapsed, 9); // 0.779
    expect(kpi(2, 'Pace')).toBeCloseTo(0.95, 9); // past its deadline: the whole line has elapsed
    expect(kpi(3, 'Pace')).toBe(''); // not started
    const statuses = () => [1, 2, 3, 9].map((r) => kpi(r, 'Status'));
    // Pace while running (K1: 0.779 green on pace, red on attainment), attainment once finished (K2 0.95 yellow, not
    // green on pace) or while there is no pace (K3); K9's 0.89996 shows as 90.0 % and is yellow, as shown.
    expect(statuses()).toEqual(['Green', 'Yellow', 'Yellow', 'Yellow']);
    settings({ ...pace, statusFrom: 'Attainment' });
    expect(statuses()).toEqual(['Red', 'Yellow', 'Yellow', 'Yellow']);
    settings({ ...pace, statusFrom: 'Pace' });
    expect(statuses()).toEqual(['Green', 'Green', '', 'Green']);
    // On its deadline a KPI is still running (pace 0.7: yellow on pace); the day after it is judged on attainment (red).
    settings({ ...pace, asOf: day('2026-12-31') });
    expect(kpi(1, 'Status')).toBe('Yellow');
    settings({ ...pace, asOf: day('2027-01-01') });
    expect(kpi(1, 'Status')).toBe('Red');
    settings();
  });

  it('blank thresholds in Settings mean the functions\' defaults (1 and 0.9), on every Excel build', () => {
    settings({ greenAt: null, yellowAt: null, paceGreenAt: null, paceYellowAt: null });
    expect([1, 2, 3].map((r) => kpi(r, 'Status'))).toEqual(['Red', 'Yellow', 'Yellow']); // K1 pace 0.779
    expect(goal(5, 'Status')).toBe('Yellow');
    settings();
  });

  it('Goals: counts KPIs, rolls up as shown, and Check names a missing KPI, owner or deadline', () => {
    settings();
    expect([1, 2, 3, 4, 5].map((r) => goal(r, 'KPIs'))).toEqual([1, 0, 1, 1, 1]);
    expect([1, 2, 3, 4, 5, 6].map((r) => goal(r, 'Check'))).toEqual(['OK', 'No KPI', 'No owner', 'No deadline', 'OK', '']);
    // G9's only KPI: 89996 of 100000 shows as 90.0 %, so its status is yellow, not red.
    expect(goal(5, 'Roll-up')).toBeCloseTo(0.89996, 9);
    expect(goal(5, 'Status')).toBe('Yellow');
  });

  // OKRs: Objective ID, Objective, Commitment, Key result, Progress, Weight
  const okr = (row: number, v: unknown[]) => put('OKRs', row, 0, v);
  beforeAll(() => {
    [0.2, 0.4, 0.6, 0.8, 1].forEach((p, i) => okr(1 + i, ['O1', i ? null : 'Delight customers', 'Committed', `KR ${i + 1}`, p, 1]));
    okr(6, ['O2', 'Grow abroad', 'Aspirational', 'Open an office', null, 1]);
  });

  it('OKRs: scores an objective in its first row, counts its key results, and checks them against Settings', () => {
    settings();
    expect(book.value('OKRs', 1, O('Objective score'))).toBeCloseTo(0.6, 9);
    expect([2, 3, 4, 5].map((r) => book.value('OKRs', r, O('Objective score')))).toEqual(['', '', '', '']);
    expect(book.value('OKRs', 1, O('Key results'))).toBe(5);
    expect([1, 5, 6, 7].map((r) => book.value('OKRs', r, O('Check')))).toEqual(['OK', 'OK', 'No progress yet', '']);
    settings({ keyResults: 4 });
    expect([1, 5, 6].map((r) => book.value('OKRs', r, O('Check')))).toEqual(['More than 4 key results: focus',
      'More than 4 key results: focus', 'No progress yet']);
    settings();
  });

  it('Review: looks up the goal and its deadline, and says when an ID is not a goal', () => {
    put('Review', 1, 0, ['G1']);
    put('Review', 2, 0, ['G42']);
    expect(book.value('Review', 1, R('Goal'))).toBe('Increase revenue by 10% by 2026-12-31');
    expect(book.value('Review', 1, R('Deadline'))).toBe(day('2026-12-31'));
    expect(book.value('Review', 2, R('Goal'))).toBe('Not a goal ID');
    expect(book.value('Review', 2, R('Deadline'))).toBe('');
    expect([book.value('Review', 3, R('Goal')), book.value('Review', 3, R('Deadline'))]).toEqual(['', '']);
  });
});

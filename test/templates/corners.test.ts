/**
 * The cascade's corners (issue 16): a goal measured through its child goals, OKRs of any size with rows inserted, a
 * figure just under a threshold shown and coloured alike, and Check goals on a workbook without goals.
 */
import { describe, expect, it } from 'vitest';
import { checkGoals, planAddGoal, planApplyTemplate } from '../../shared/cascade/useCases';
import { exampleData } from '../../shared/templates/exampleData';
import { GOALS_HEADERS, KPIS_HEADERS, OKRS_HEADERS } from '../../shared/templates/layout';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from './evaluatePlan';
import { evaluateRules } from './ruleEval';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
const O = (h: (typeof OKRS_HEADERS)[number]) => OKRS_HEADERS.indexOf(h);
const ex = exampleData(TODAY);

function snapshotOf(book: ReturnType<typeof evaluatePlan>, names: string[]): WorkbookSnapshot {
  const values: WorkbookSnapshot['values'] = {};
  for (const n of names) values[n] = book.values(n).map((r) => r.map((v) => (v === null ? '' : typeof v === 'object' ? '#ERR' : v)));
  return { sheetNames: names, values };
}

describe.each(['playground', 'excel'] as HostKind[])('the %s flavour', (host) => {
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, host, TODAY);
  const book = evaluatePlan(plan);

  it('does not call a goal measured through its child goals "No KPI" (G5: three department goals, no KPI of its own)', () => {
    const g5 = ex.goals.findIndex((g) => g.id === 'G5') + 1;
    expect(book.value('Goals', g5, G('KPIs'))).toBe(0);
    expect(book.value('Goals', g5, G('Check'))).toBe('OK');
    expect(typeof book.value('Goals', g5, G('Roll-up'))).toBe('number');
    // G12 has neither KPIs nor child goals: still flagged.
    expect(book.value('Goals', 12, G('Check'))).toBe('No KPI');
    const findings = checkGoals(snapshotOf(book, plan.addSheets.map((s) => s.name))).map((f) => f.message);
    expect(findings).toContain('G12 has no KPI: add one that measures it.');
    expect(findings.some((m) => m.startsWith('G5 has no KPI'))).toBe(false);
  });

  it('shows a pace just under its threshold as 99.7 % in yellow, and colours it yellow', () => {
    const k14 = ex.kpis.findIndex((k) => k.id === 'K14') + 1;
    const pace = book.value('KPIs', k14, K('Pace')) as number;
    expect(pace).toBeGreaterThan(0.9965);
    expect(pace).toBeLessThan(0.9975);
    expect(book.value('KPIs', k14, K('Status'))).toBe('Yellow');
    const kpis = plan.addSheets.find((s) => s.name === 'KPIs')!;
    const covers = (c: number) => kpis.numberFormats!.find((f) => f.range.col <= c && c < f.range.col + f.range.cols);
    expect(covers(K('Pace'))?.format).toBe('0.0%');
    const rules = evaluateRules(book, 'KPIs', kpis.conditionalRules!, k14, K('Pace'));
    expect(rules.map((r) => r.fill)).toEqual(['#FFEB9C']);
  });

  it('scores objectives of any size and colours their scores against Settings (0.7 / 0.4)', () => {
    const okrs = plan.addSheets.find((s) => s.name === 'OKRs')!;
    const score = O('Objective score');
    expect(book.value('OKRs', 1, score)).toBeCloseTo(0.8, 9);
    expect(evaluateRules(book, 'OKRs', okrs.conditionalRules!, 1, score).map((r) => r.fill)).toEqual(['#C6EFCE']);
    const o2 = ex.keyResults.findIndex((k) => k.objective === 'O2') + 1;
    expect(book.value('OKRs', o2, score)).toBeCloseTo(2 / 3, 9);
    expect(evaluateRules(book, 'OKRs', okrs.conditionalRules!, o2, score).map((r) => r.fill)).toEqual(['#FFEB9C']); // 0.67: yellow
  });
});

describe('OKRs grow like the rest', () => {
  it('counts a key result inserted in the middle of an objective, and flags a sixth one (playground, rows inserted)', () => {
    const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY);
    const book = evaluatePlan(plan);
    const id = book.hf.getSheetId('OKRs')!;
    // Insert a row inside O1's key results and type a sixth key result there, as a user would.
    book.hf.addRows(id, [3, 1]);
    book.hf.setCellContents({ sheet: id, row: 3, col: 0 }, [['O1', null, 'Committed', 'Cut handling time by 10%', 0.2, 1]]);
    expect(book.value('OKRs', 1, O('Objective score'))).toBeCloseTo((0.8 + 0.6 + 0.2 + 1 + 0.7 + 0.9) / 6, 12);
    expect(book.value('OKRs', 1, O('Key results'))).toBe(6);
    expect(book.value('OKRs', 1, O('Check'))).toBe('More than 5 key results: focus');
  });

  it('scores a new objective typed below the prepared rows of the Excel table (the table grows)', () => {
    const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'excel', TODAY);
    const okrs = plan.addSheets.find((s) => s.name === 'OKRs')!;
    const t = okrs.tables![0];
    const at = t.range.row + t.range.rows;
    okrs.blocks.push({ row: at, col: 0, cells: [['O9', 'Grow abroad', 'Aspirational', 'Open 2 offices', 0.5, 1, null, null, null], ['O9', null, 'Aspirational', 'Hire 10 people', 0.3, 1, null, null, null]] });
    t.range.rows += 2;
    for (const f of okrs.fills!) f.range.rows += 2;
    const book = evaluatePlan(plan);
    expect(book.value('OKRs', at, O('Objective score'))).toBeCloseTo(0.4, 12);
    expect(book.value('OKRs', at + 1, O('Objective score'))).toBe('');
  });

  it('Sheets: the score reads whole columns, and only an objective\'s first row calls OKR_SCORE', () => {
    const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'sheets', TODAY);
    const okrs = plan.addSheets.find((s) => s.name === 'OKRs')!;
    const f = okrs.blocks[0].cells[1][O('Objective score')] as { formula: string };
    expect(f.formula).toMatch(/^=IF\(A2="","",IF\(MATCH\(A2,\$A\$2:\$A,0\)=ROW\(\)-1,OKR_SCORE\(FILTER\(/);
    expect(f.formula).not.toMatch(/\$[A-Z]\$\d+:\$[A-Z]\$\d+/);
  });
});

describe('Check goals says what to do next', () => {
  it('without a cascade, and with a cascade but no goals', () => {
    expect(checkGoals(empty).map((f) => f.message)).toEqual(['There is no goal cascade in this workbook yet: apply the template first.']);
    const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: false }, 'playground', TODAY);
    const book = evaluatePlan(plan);
    const findings = checkGoals(snapshotOf(book, plan.addSheets.map((s) => s.name)));
    expect(findings).toEqual([{ severity: 'info', message: 'Goals has no goals yet: write one in the Goal wizard, or type it into Goals (ID, level, goal, deadline).' }]);
  });
});

describe('a second cascade in the same workbook', () => {
  const first = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan;
  const snapOne = snapshotOf(evaluatePlan(first), first.addSheets.map((s) => s.name));

  it('is asked about first: applying again adds nothing and says why', () => {
    const { plan, result } = planApplyTemplate(snapOne, { template: 'cascade', exampleData: false }, 'playground', TODAY);
    expect(plan.addSheets).toEqual([]);
    expect(result.sheets).toEqual([]);
    expect(result.askSecondCascade).toMatch(/has a goal cascade already \(Goals\)\. Add a second, separate cascade/);
  });

  it('is added with sheets of its own when the user says so, and each task acts on the cascade picked or the active sheet\'s', async () => {
    const { plan } = planApplyTemplate(snapOne, { template: 'cascade', exampleData: false, addSecondCascade: true }, 'playground', TODAY);
    expect(plan.addSheets.map((s) => s.name)).toContain('Goals (2)');
    // Evaluate both cascades together: the second one's sheets beside the first one's.
    const both = { addSheets: [...first.addSheets, ...plan.addSheets] };
    const names = both.addSheets.map((s) => s.name);
    const snap = snapshotOf(evaluatePlan(both), names);
    const { listCascades, listGoals, checkGoals: check } = await import('../../shared/cascade/useCases');
    expect(listCascades(snap).map((c) => c.goals)).toEqual(['Goals', 'Goals (2)']);
    // Several cascades, and the user on no sheet of theirs: the task asks instead of taking the first.
    expect(() => listGoals(snap)).toThrow(/has 2 goal cascades \(Goals, Goals \(2\)\): pick the one to work in/);
    expect(listGoals({ ...snap, activeSheet: 'KPIs (2)' })).toEqual([]);
    expect(listGoals({ ...snap, activeSheet: 'Settings' }).length).toBe(ex.goals.length);
    expect(listGoals(snap, 'Goals (2)')).toEqual([]);
    expect(check({ ...snap, activeSheet: 'Goals (2)' })[0].message).toMatch(/^Goals \(2\) has no goals yet/);
    const added = planAddGoalInto(snap, 'Goals (2)');
    expect(added.plan.writes!.map((w) => w.sheet)).toEqual(['Goals (2)', 'KPIs (2)']);
  });
});

function planAddGoalInto(snap: WorkbookSnapshot, cascade: string) {
  return planAddGoal(snap, { cascade, statement: 'Cut returns by 10% by 2027-06-30', level: 'Company', kpis: [{ name: 'Returns', target: 5 }] }, 'playground', TODAY);
}

/**
 * What a user sees of the template before typing anything (shared/templates/layout.ts and formulas.ts), written out
 * by hand from templates.md and functions.md: each sheet's header row, the Settings with their defaults, the drop-down
 * lists, the number formats, our functions' names in each host, and the Excel table names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import type { PlanCell, SheetPlan } from '../../shared/host/plan';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { defaultTableNames, freeTableNames, type SheetNames } from '../../shared/templates/formulas';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const HOSTS: HostKind[] = ['playground', 'excel', 'sheets'];
const planFor = (host: HostKind) => planApplyTemplate(empty, { template: 'cascade', exampleData: false }, host, TODAY).plan;
const sheet = (host: HostKind, name: string) => planFor(host).addSheets.find((s) => s.name === name)!;
/** The text of a header cell: Sheets writes a computed column's header as the first element of its array formula. */
const headerText = (c: PlanCell) => {
  if (typeof c === 'string') return c;
  const m = c && typeof c === 'object' && 'formula' in c ? /^=\{"([^"]+)";/.exec(c.formula) : null;
  return m ? m[1] : c;
};
const headers = (s: SheetPlan) => s.blocks.find((b) => b.row === 0 && b.col === 0)!.cells[0].map(headerText);

const HEADERS: Record<string, string[]> = {
  Strategy: ['Statement', 'Text', 'Words', 'Check'],
  Goals: ['ID', 'Level', 'Parent ID', 'Department / team', 'Owner', 'Goal', 'Start', 'Deadline', 'Weight', 'SMART check', 'Roll-up',
    'Status', 'KPIs', 'Check'],
  KPIs: ['ID', 'Goal ID', 'KPI', 'Definition / formula', 'Unit', 'Type', 'Direction', 'Frequency', 'Owner', 'Baseline', 'Target', 'Actual',
    'Start', 'Deadline', 'Attainment', 'Pace', 'Status', 'Team', 'Check', 'Latest check-in', 'Last update', 'Next update due', 'Confidence',
    'Trend', 'Projected', 'Projected attainment'],
  'Check-ins': ['Date', 'KPI ID', 'Value', 'Confidence', 'Note', 'Who'],
  OKRs: ['Objective ID', 'Objective', 'Commitment', 'Key result', 'Progress', 'Weight', 'Objective score', 'Key results', 'Check'],
  NPS: ['Answer (0-10)'],
  Review: ['Goal ID', 'Goal', 'Deadline', 'Result', 'Why did we succeed or fail?', 'What worked well?', 'How could we do better?',
    'Can we keep doing this?', 'What is the next step?', 'Roll-up at deadline', 'Status at deadline', 'Grade'],
  Settings: ['Setting', 'Value', 'What it does', 'Check'],
};

describe.each(HOSTS)('the %s flavour shows', (host) => {
  // Built in a hook, not while the file is collected (see checks.test.ts).
  let plan!: ReturnType<typeof planFor>;
  beforeAll(() => {
    plan = planFor(host);
  });

  it('each sheet\'s header row (the use cases find the sheets by them)', () => {
    for (const [name, want] of Object.entries(HEADERS)) expect(headers(plan.addSheets.find((s) => s.name === name)!), name).toEqual(want);
  });

  it('the Settings with their defaults: thresholds, the as-of date (today), limits, the status mode', () => {
    const rows = plan.addSheets.find((s) => s.name === 'Settings')!.blocks[0].cells.slice(1).map((r) => r.slice(0, 2));
    expect(rows).toEqual([
      ['Green at (attainment)', 1], ['Yellow at (attainment)', 0.9], ['Green at (pace)', 1], ['Yellow at (pace)', 0.9],
      ['As of', { date: TODAY }], ['KPIs per person (max)', 5], ['KPIs per team (max)', 7], ['Key results per objective (max)', 5],
      ['KPI status from', 'Pace, then attainment'], ['Green at (objective score)', 0.7], ['Yellow at (objective score)', 0.4],
    ]);
  });

  it('the drop-down lists', () => {
    const list = (name: string, col: number) => plan.addSheets.find((s) => s.name === name)!.validations!
      .filter((v) => v.range.col === col && v.kind === 'list').map((v) => (v as { values: string[] }).values);
    expect(list('Goals', 1)).toEqual([['Company', 'Department', 'Team', 'Person']]);
    expect(list('KPIs', 5)).toEqual([['Leading', 'Lagging']]);
    expect(list('KPIs', 6)).toEqual([['Higher', 'Lower', 'At least', 'At most']]);
    expect(list('KPIs', 7)).toEqual([['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly']]);
    expect(list('Check-ins', 3)).toEqual([['On track', 'At risk', 'Off track']]);
    expect(list('OKRs', 2)).toEqual([['Committed', 'Aspirational']]);
    expect(list('Review', 10)).toEqual([['Green', 'Yellow', 'Red']]);
    expect(list('Settings', 1)).toEqual([['Pace, then attainment', 'Attainment', 'Pace']]);
  });

  it('percentages with one decimal and ISO dates', () => {
    const format = (name: string, col: number) => plan.addSheets.find((s) => s.name === name)!.numberFormats!
      .filter((f) => f.range.col <= col && col < f.range.col + f.range.cols && f.range.row === 1).map((f) => f.format);
    expect(format('Goals', 10)).toEqual(['0.0%']); // Roll-up
    expect([6, 7].map((c) => format('Goals', c))).toEqual([['yyyy-mm-dd'], ['yyyy-mm-dd']]);
    expect([14, 15, 25].map((c) => format('KPIs', c))).toEqual([['0.0%'], ['0.0%'], ['0.0%']]); // Attainment, Pace, Projected attainment
    expect([12, 13, 20, 21].map((c) => format('KPIs', c))).toEqual([['yyyy-mm-dd'], ['yyyy-mm-dd'], ['yyyy-mm-dd'], ['yyyy-mm-dd']]);
    expect(format('OKRs', 6)).toEqual(['0.0%']); // Objective score
    expect(format('Check-ins', 0)).toEqual(['yyyy-mm-dd']);
  });
});

describe('our functions by name in each host', () => {
  const ours = /\b(?:GOALS\.)?(KPI_ATTAINMENT|KPI_PACE|KPI_STATUS|SMART_CHECK|CASCADE_ROLLUP|KPI_LATEST|KPI_NEXT_UPDATE|KPI_SPARKLINE|KPI_PROJECTION|OKR_SCORE|NPS|NPS_MOE)\(/g;
  const calls = (host: HostKind) => {
    const plan = planFor(host);
    const text = JSON.stringify([...plan.addSheets.flatMap((s) => [s.blocks, s.fills ?? []])]);
    return [...text.matchAll(ours)].map((m) => m[0]);
  };
  it('Excel calls them in the add-in\'s namespace GOALS (manifest.xml: Functions.Namespace), the others by their bare names', () => {
    const excel = calls('excel');
    expect(excel.length).toBeGreaterThan(10);
    expect(excel.every((c) => c.startsWith('GOALS.')), excel.filter((c) => !c.startsWith('GOALS.')).join(' ')).toBe(true);
    for (const host of ['playground', 'sheets'] as const) {
      const c = calls(host);
      expect(c.length, host).toBeGreaterThan(10);
      expect(c.some((x) => x.startsWith('GOALS.')), host).toBe(false);
    }
  });
});

describe('Excel table names', () => {
  const names: SheetNames = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs (2)', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS',
    Review: 'Review', Settings: 'Settings' };
  it('are Goalpost and the sheet name\'s letters and digits', () => {
    expect(defaultTableNames(names)).toEqual({ Goals: 'GoalpostGoals', KPIs: 'GoalpostKPIs2', NPS: 'GoalpostNPS', Review: 'GoalpostReview',
      CheckIns: 'GoalpostCheckins', OKRs: 'GoalpostOKRs' });
  });
  it('take the first free number when taken anywhere in the workbook, in any case (Excel table names ignore case)', () => {
    expect(freeTableNames(names, ['goalpostgoals', 'GoalpostNPS', 'GoalpostNPS_2', 'Sales'])).toEqual({ Goals: 'GoalpostGoals_2',
      KPIs: 'GoalpostKPIs2', NPS: 'GoalpostNPS_3', Review: 'GoalpostReview', CheckIns: 'GoalpostCheckins', OKRs: 'GoalpostOKRs' });
    // Two of our own wanting one name: the second gets the next number.
    const same = { ...names, NPS: 'Review', Review: 'Review' };
    const t = freeTableNames(same, []);
    expect([t.NPS, t.Review]).toEqual(['GoalpostReview', 'GoalpostReview_2']);
  });
});

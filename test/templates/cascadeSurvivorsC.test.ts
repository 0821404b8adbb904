/**
 * The NPS, Review and Settings sheets of the goal-cascade template (shared/templates/cascade.ts), in each host flavour:
 * what a user sees once they are applied (with and without example data) and once they type into them. Every expected
 * value is worked out by hand from templates.md and functions.md (NPS, NPS_MOE), never read back from the code under
 * test; the plan's own fields are asserted where they are the behaviour (a validation's range and help, a number
 * format, a table, a column width, a bold header).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { planCascade } from '../../shared/templates/cascade';
import type { SheetPlan, WorkbookPlan } from '../../shared/host/plan';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { emptyCells } from '../../src/playground/hfPlugin';
import { evaluatePlan } from './evaluatePlan';
import { evaluateSheetsCascade } from './evaluateSheetsCascade';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const HOSTS: HostKind[] = ['playground', 'excel', 'sheets'];
const NAMES = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review',
  Settings: 'Settings' };
/** Excel's serial date, by hand. */
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
};
const range = (row: number, col: number, rows = 1, cols = 1) => ({ row, col, rows, cols });

const planFor = (host: HostKind, exampleData: boolean) => planApplyTemplate(empty, { template: 'cascade', exampleData }, host, TODAY).plan;
const sheetOf = (plan: WorkbookPlan, name: string) => plan.addSheets.find((s) => s.name === name)!;
/** Evaluate a plan as its host would compute it (Sheets: translated for HyperFormula, without the Dashboard). */
function evaluate(host: HostKind, plan: WorkbookPlan, emptyAs: 'null' | 'zero' = 'null') {
  if (host !== 'sheets') return evaluatePlan(plan, { emptyAs });
  return evaluateSheetsCascade(plan);
}
type Book = ReturnType<typeof evaluate>;
const put = (book: Book, sheet: string, row: number, col: number, values: unknown[], emptyAs: 'null' | 'zero' = 'null') => {
  emptyCells.as = emptyAs;
  try {
    book.hf.setCellContents({ sheet: book.hf.getSheetId(sheet)!, row, col }, [values as never[]]);
  } finally {
    emptyCells.as = 'null';
  }
};

/** NPS and its 95 % margin of error by hand (functions.md): promoters p, passives, detractors d of n answers. */
const npsOf = (p: number, d: number, n: number) => (100 * (p - d)) / n;
const moeOf = (p: number, d: number, n: number) => 1.959964 * 100 * Math.sqrt((p / n + d / n - (p / n - d / n) ** 2) / n);
const FIGURES = ['NPS', 'Margin of error (95 %)', 'Responses', 'Promoters (9-10)', 'Passives (7-8)', 'Detractors (0-6)'];
const figures = (book: Book) => [1, 2, 3, 4, 5, 6].map((r) => book.value('NPS', r, 3));
const expectFigures = (book: Book, p: number, pa: number, d: number) => {
  const n = p + pa + d;
  const got = figures(book);
  expect(got[0]).toBeCloseTo(npsOf(p, d, n), 6);
  expect(got[1]).toBeCloseTo(moeOf(p, d, n), 4);
  expect(got.slice(2)).toEqual([n, p, pa, d]);
};

describe.each(HOSTS)('NPS in the %s flavour', (host) => {
  let blank!: Book;
  let example!: Book;
  let plan!: WorkbookPlan;
  let examplePlan!: WorkbookPlan;
  beforeAll(() => {
    plan = planFor(host, false);
    examplePlan = planFor(host, true);
    // The NPS sheet reads nothing else: evaluated alone.
    blank = evaluate(host, { addSheets: [sheetOf(plan, 'NPS')] });
    example = evaluate(host, { addSheets: [sheetOf(examplePlan, 'NPS')] });
  });

  it('shows the figures with their labels, blank NPS and margin until an answer is typed', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((r) => blank.value('NPS', r, 2))).toEqual(['Figure', ...FIGURES]);
    expect(blank.value('NPS', 0, 3)).toBe('Value');
    expect(figures(blank)).toEqual(['', '', 0, 0, 0, 0]);
    // Nothing but the header in the answers column.
    expect(sheetOf(plan, 'NPS').blocks.find((b) => b.col === 0)!.cells).toEqual([['Answer (0-10)']]);
  });

  it('the example\'s 50 answers: 30 promoters, 12 passives, 8 detractors (NPS 44)', () => {
    expect(example.value('NPS', 0, 0)).toBe('Answer (0-10)');
    expect([1, 2, 31, 43, 50].map((r) => example.value('NPS', r, 0))).toEqual([10, 9, 8, 6, 2]);
    expect(example.value('NPS', 51, 0)).toBe(null);
    expectFigures(example, 30, 12, 8);
    expect(figures(example)[0]).toBeCloseTo(44, 9);
  });

  it('a cleared answer is skipped, on every Excel build too (desktop builds send it as 0)', () => {
    put(example, 'NPS', 3, 0, [null]); // a 10 cleared: a blank is skipped
    expectFigures(example, 29, 12, 8);
    if (host === 'excel') {
      for (const emptyAs of ['zero'] as const) {
        const b = evaluate(host, { addSheets: [sheetOf(examplePlan, 'NPS')] }, emptyAs);
        put(b, 'NPS', 3, 0, [null], emptyAs); // still skipped, not a detractor
        expectFigures(b, 29, 12, 8);
      }
    }
    put(example, 'NPS', 3, 0, [10]);
    expectFigures(example, 30, 12, 8);
  });

  it('an error typed among the answers: its own error (Excel, playground) or #VALUE! naming the cell (Sheets)', () => {
    put(example, 'NPS', 3, 0, ['=1/0']);
    const [nps, moe] = figures(example) as { type: string; message: string }[];
    if (host === 'sheets') {
      // Sheets hands an error cell over as the text "#VALUE!" (sheetsArg), which the core names with its place.
      expect([nps.type, moe.type]).toEqual(['VALUE', 'VALUE']);
      expect(nps.message).toBe('scores has #VALUE! at row 3, column 1 of the range: fix that cell first.');
    } else {
      expect([nps.type, moe.type]).toEqual(['DIV_BY_ZERO', 'DIV_BY_ZERO']);
    }
    put(example, 'NPS', 3, 0, [10]);
    expectFigures(example, 30, 12, 8);
  });

  it('more than 1,000 answers (the bench\'s case) are all counted and all validated', () => {
    // 700 promoters, 300 passives, 200 detractors, in that order: the last 200 stand below row 1,001.
    const answers = [...Array(700).fill(10), ...Array(300).fill(8), ...Array(200).fill(0)];
    const sheets = planCascade({ host, names: NAMES, today: TODAY, exampleData: false, npsAnswers: answers });
    const nps = sheets.find((s) => s.name === 'NPS')!;
    const book = evaluate(host, { addSheets: [nps] });
    expect(book.value('NPS', 1200, 0)).toBe(0);
    expectFigures(book, 700, 300, 200);
    // The per-row flavours validate the answers and 1,000 rows more; Excel the whole column.
    expect(nps.validations![0].range).toEqual(range(1, 0, host === 'excel' ? 1048575 : 2200));
    if (host === 'excel') expect(nps.tables![0].range).toEqual(range(0, 0, 1201, 1));
  });

  it('the answers column: a number from 0 to 10 over the whole column, one decimal for NPS and margin', () => {
    for (const [p, rows] of [[plan, host === 'excel' ? 1048575 : 1000], [examplePlan, host === 'excel' ? 1048575 : 1050]] as const) {
      const s = sheetOf(p, 'NPS');
      expect(s.validations).toEqual([{ range: range(1, 0, rows), kind: 'number', min: 0, max: 10, help: 'A whole number from 0 to 10.' }]);
      expect(s.numberFormats).toEqual([{ range: range(1, 3, 2), format: '0.0' }]);
      expect(s.freezeRows).toBe(1);
      expect(s.bold).toEqual([range(0, 0, 1, 4)]);
      expect(s.columnWidths).toEqual({ 0: 110, 2: 170 });
    }
  });

  it('Excel: the answers are a table (header and answers; one empty row when there are none)', () => {
    const t = (p: WorkbookPlan) => sheetOf(p, 'NPS').tables;
    if (host !== 'excel') {
      expect([t(plan), t(examplePlan)]).toEqual([undefined, undefined]);
      return;
    }
    expect(t(plan)).toEqual([{ name: 'GoalpostNPS', range: range(0, 0, 2, 1), style: 'TableStyleLight9' }]);
    expect(t(examplePlan)).toEqual([{ name: 'GoalpostNPS', range: range(0, 0, 51, 1), style: 'TableStyleLight9' }]);
  });
});

/** Review: Goal ID, Goal, Deadline, Result, the five questions, Roll-up at deadline, Status at deadline, Grade. */
describe.each(HOSTS)('Review in the %s flavour', (host) => {
  let plan!: WorkbookPlan;
  let examplePlan!: WorkbookPlan;
  let example!: Book;
  beforeAll(() => {
    plan = planFor(host, false);
    examplePlan = planFor(host, true);
    example = evaluate(host, examplePlan);
  });

  it('the example\'s review row: the goal and its deadline looked up, the result and the five answers in their columns', () => {
    expect(Array.from({ length: 12 }, (_, c) => example.value('Review', 1, c))).toEqual(['G12',
      'Launch the loyalty card in 20 stores by the end of last year', day('2025-12-31'), 'Missed: launched in 14 of 20 stores',
      'Card printing arrived two months late', 'Staff training and the sign-up flow', 'Order cards a quarter earlier', 'Yes',
      'Launch in the last 6 stores by March', null, null, null]);
    // The next rows are ready for a review: blank lookups.
    expect([example.value('Review', 2, 1), example.value('Review', 2, 2), example.value('Review', 50, 1)]).toEqual(['', '', '']);
    expect(example.value('Review', 2, 3)).toBe(null);
  });

  it('50 rows are prepared under the header, no more', () => {
    for (const p of [plan, examplePlan]) expect(sheetOf(p, 'Review').blocks[0].cells.length).toBe(51);
    // The playground's lookups stop at row 51.
    if (host === 'playground') expect([example.value('Review', 50, 1), example.value('Review', 51, 1)]).toEqual(['', null]);
  });

  it('formats: deadline as a date, roll-up as a percentage, grade with one decimal', () => {
    expect(sheetOf(plan, 'Review').numberFormats).toEqual([{ range: range(1, 2, 50), format: 'yyyy-mm-dd' },
      { range: range(1, 9, 50), format: '0%' }, { range: range(1, 11, 50), format: '0.0' }]);
  });

  it('validations: a goal ID from the Goals sheet, a status from the three, a grade from 0 to 1', () => {
    const rows = host === 'excel' ? 1048575 : 50;
    const source = { playground: 'Goals!$A$2:$A$101', excel: 'Goals!$A$2:$A$1048576', sheets: 'Goals!$A$2:$A' }[host];
    expect(sheetOf(plan, 'Review').validations).toEqual([
      { range: range(1, 0, rows), kind: 'listFromRange', source, help: 'A goal past its deadline.' },
      { range: range(1, 10, rows), kind: 'list', values: ['Green', 'Yellow', 'Red'], help: 'The goal\'s status at its deadline.' },
      { range: range(1, 11, rows), kind: 'number', min: 0, max: 1, help: 'An OKR-style grade from 0.0 to 1.0.' },
    ]);
  });

  it('layout: a bold frozen header, wide question columns; Excel: the GoalpostReview table', () => {
    const s: SheetPlan = sheetOf(plan, 'Review');
    expect(s.bold).toEqual([range(0, 0, 1, 12)]);
    expect(s.freezeRows).toBe(1);
    expect(s.columnWidths).toEqual({ 1: 300, 4: 220, 5: 220, 6: 220, 8: 220, 9: 90, 10: 90, 11: 60 });
    expect(s.tables).toEqual(host === 'excel' ? [{ name: 'GoalpostReview', range: range(0, 0, 51, 12), style: 'TableStyleLight9' }] : undefined);
  });
});

/** Settings (0-based rows; value in column B, the check in column D). */
const SET = { greenAt: 1, yellowAt: 2, paceGreenAt: 3, paceYellowAt: 4, asOf: 5, perPerson: 6, perTeam: 7, keyResults: 8, statusFrom: 9,
  okrGreenAt: 10, okrYellowAt: 11 };
type Key = keyof typeof SET;
const DEFAULTS: Record<Key, unknown> = { greenAt: 1, yellowAt: 0.9, paceGreenAt: 1, paceYellowAt: 0.9, asOf: day(TODAY), perPerson: 5,
  perTeam: 7, keyResults: 5, statusFrom: 'Pace, then attainment', okrGreenAt: 0.7, okrYellowAt: 0.4 };
const KEYS = Object.keys(SET) as Key[];

describe.each(HOSTS)('Settings in the %s flavour', (host) => {
  let book!: Book;
  let plan!: WorkbookPlan;
  beforeAll(() => {
    plan = planFor(host, false);
    book = evaluate(host, { addSheets: [sheetOf(plan, 'Settings')] });
  });
  const checks = (changes: Partial<Record<Key, unknown>>) => {
    for (const k of KEYS) put(book, 'Settings', SET[k], 1, [k in changes ? changes[k] : DEFAULTS[k]]);
    const out = Object.fromEntries(KEYS.map((k) => [k, book.value('Settings', SET[k], 3)]));
    for (const k of KEYS) put(book, 'Settings', SET[k], 1, [DEFAULTS[k]]);
    return out;
  };

  it('the defaults are all OK', () => {
    expect(KEYS.map((k) => book.value('Settings', SET[k], 3))).toEqual(Array(11).fill('OK'));
    expect(Object.values(checks({}))).toEqual(Array(11).fill('OK'));
  });

  it('thresholds: a fraction (below 1 too), not negative, yellow at most green; limits 1 or more; a date; a mode', () => {
    expect(checks({ greenAt: 0.8, yellowAt: 0.85, paceGreenAt: 0.5, paceYellowAt: 'x', asOf: 'soon', perPerson: 0, perTeam: 'many', keyResults: 2,
      statusFrom: 'Attainment', okrGreenAt: 0.6, okrYellowAt: 0.65 })).toEqual({
      greenAt: 'OK',
      yellowAt: 'Above green at: make it at most 0.8',
      paceGreenAt: 'OK',
      paceYellowAt: 'Not a number: type a fraction, e.g. 0.9 for 90 %',
      asOf: 'Not a date: Refresh traffic lights sets it to today',
      perPerson: 'Must be 1 or more',
      perTeam: 'Not a number: type a whole number',
      keyResults: 'OK',
      statusFrom: 'OK',
      okrGreenAt: 'OK',
      okrYellowAt: 'Above green at: make it at most 0.6',
    });
    expect(checks({ greenAt: 'g', yellowAt: -0.5, paceGreenAt: -1, keyResults: 'k', statusFrom: 'Sometimes', okrGreenAt: 'high', okrYellowAt: 'y' }))
      .toEqual({
        greenAt: 'Not a number: type a fraction, e.g. 1 for 100 %',
        yellowAt: 'Must not be negative', // green at is no number: nothing to compare with
        paceGreenAt: 'Must not be negative',
        paceYellowAt: 'Above green at: make it at most -1',
        asOf: 'OK',
        perPerson: 'OK',
        perTeam: 'OK',
        keyResults: 'Not a number: type a whole number',
        statusFrom: 'Pick one from the list',
        okrGreenAt: 'Not a number: type a fraction, e.g. 1 for 100 %',
        okrYellowAt: 'Not a number: type a fraction, e.g. 0.9 for 90 %',
      });
    expect(checks({ statusFrom: 'Pace', okrGreenAt: 0, okrYellowAt: 0 })).toEqual({ ...Object.fromEntries(KEYS.map((k) => [k, 'OK'])) });
  });

  it('formats and validations: percentages, the as-of date, the objective scores 0 to 1, the status modes', () => {
    const s = sheetOf(plan, 'Settings');
    expect(s.numberFormats).toEqual([{ range: range(1, 1, 4), format: '0%' }, { range: range(5, 1), format: 'yyyy-mm-dd' },
      { range: range(10, 1, 2), format: '0%' }]);
    expect(s.validations).toEqual([
      { range: range(1, 1, 4), kind: 'number', min: 0, help: 'A fraction: 1 = 100 %.' },
      { range: range(5, 1), kind: 'date' },
      { range: range(10, 1, 2), kind: 'number', min: 0, max: 1, help: 'An objective score from 0 to 1 (0.7 = 70 %).' },
      { range: range(9, 1), kind: 'list', values: ['Pace, then attainment', 'Attainment', 'Pace'], help: 'How a KPI\'s status is judged.' },
    ]);
    expect(s.bold).toEqual([range(0, 0, 1, 4)]);
    expect(s.freezeRows).toBe(1);
    expect(s.columnWidths).toEqual({ 0: 220, 1: 100, 2: 420, 3: 260 });
  });
});

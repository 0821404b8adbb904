/**
 * The goal-cascade template's Strategy and Goals sheets, its traffic-light rules and how many rows it prepares
 * (shared/templates/cascade.ts), per host flavour. Expected values are written by hand from templates.md and the
 * column letters of layout.test.ts (Goals: A ID, B Level, C Parent ID, G Start, H Deadline, I Weight, L Status;
 * KPIs: P Pace, Q Status; OKRs: G Objective score), never read back from the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import type { ConditionalRule, SheetPlan, WorkbookPlan } from '../../shared/host/plan';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { planCascade, rowsFor } from '../../shared/templates/cascade';
import { evaluatePlan } from './evaluatePlan';
import { evaluateSheetsCascade } from './evaluateSheetsCascade';
import { evaluateRules } from './ruleEval';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const HOSTS: HostKind[] = ['playground', 'excel', 'sheets'];
const GREEN = '#C6EFCE';
const YELLOW = '#FFEB9C';
const RED = '#FFC7CE';
const COLOUR: Record<string, string> = { Green: GREEN, Yellow: YELLOW, Red: RED };
const FONT: Record<string, string> = { [GREEN]: '#006100', [YELLOW]: '#9C5700', [RED]: '#9C0006' };
const NAMES = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review', Settings: 'Settings' };

const planFor = (host: HostKind, exampleData: boolean, snapshot = empty) =>
  planApplyTemplate(snapshot, { template: 'cascade', exampleData }, host, TODAY).plan;
const sheetOf = (plan: WorkbookPlan, name: string) => plan.addSheets.find((s) => s.name === name)!;
function evaluate(plan: WorkbookPlan, host: HostKind) {
  if (host !== 'sheets') return evaluatePlan(plan);
  return evaluateSheetsCascade(plan, 60);
}

/** Rows that validations and rules cover: whole columns in Excel, the 100 prepared rows in the playground, 999 in Sheets. */
const COVERED: Record<HostKind, number> = { playground: 100, excel: 1048575, sheets: 999 };

describe.each(HOSTS)('the %s flavour', (host) => {
  let plan!: WorkbookPlan;
  let planEx!: WorkbookPlan;
  let book!: ReturnType<typeof evaluate>;
  let bookEx!: ReturnType<typeof evaluate>;
  beforeAll(() => {
    plan = planFor(host, false);
    planEx = planFor(host, true);
    book = evaluate(plan, host);
    bookEx = evaluate(planEx, host);
  });

  describe('Strategy', () => {
    it('shows the mission and vision of the example with their word counts, and an OK check', () => {
      const v = (r: number, c: number) => bookEx.value('Strategy', r, c);
      expect([0, 1, 2, 3].map((c) => v(0, c))).toEqual(['Statement', 'Text', 'Words', 'Check']);
      expect(v(1, 0)).toBe('Mission');
      expect(v(1, 1)).toBe('We help growing companies make the right goods and get them to their customers on time.');
      expect(v(1, 2)).toBe(16);
      expect(v(1, 3)).toBe('OK');
      expect(v(2, 0)).toBe('Vision');
      expect(v(2, 1)).toBe('Every order arrives when promised, and every customer would recommend us.');
      expect(v(2, 2)).toBe(11);
      expect(v(2, 3)).toBe('OK');
    });

    it('asks for a statement that is empty and to shorten one over 25 words; counts words as typed', () => {
      const id = book.hf.getSheetId('Strategy')!;
      const v = (r: number, c: number) => book.value('Strategy', r, c);
      expect([v(1, 0), v(1, 1), v(1, 2), v(1, 3)]).toEqual(['Mission', null, 0, 'Write it']);
      expect([v(2, 0), v(2, 1), v(2, 2), v(2, 3)]).toEqual(['Vision', null, 0, 'Write it']);
      const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
      book.hf.setCellContents({ sheet: id, row: 1, col: 1 }, [[`  ${words(25)}  `]]);
      book.hf.setCellContents({ sheet: id, row: 2, col: 1 }, [[words(26)]]);
      expect([v(1, 2), v(1, 3)]).toEqual([25, 'OK']);
      expect([v(2, 2), v(2, 3)]).toEqual([26, 'Over 25 words: shorten it']);
      book.hf.setCellContents({ sheet: id, row: 1, col: 1 }, [[null]]);
      book.hf.setCellContents({ sheet: id, row: 2, col: 1 }, [[null]]);
    });

    it('says where the company goals are, after an empty row', () => {
      const v = (r: number, c: number) => book.value('Strategy', r, c);
      expect([0, 1, 2, 3].map((c) => v(3, c))).toEqual([null, null, null, null]);
      expect(v(4, 0)).toBe('Company goals');
      expect(v(4, 1)).toBe('The Company-level rows of Goals; each department turns them into goals of its own.');
      // A plan block's rows are all the same length (shared/host/plan.ts, Block): five rows of four cells.
      expect(sheetOf(plan, 'Strategy').blocks[0].cells.map((r) => r.length)).toEqual([4, 4, 4, 4, 4]);
    });

    it('has a bold, frozen header row and set column widths', () => {
      const s = sheetOf(plan, 'Strategy');
      expect(s.bold).toEqual([{ row: 0, col: 0, rows: 1, cols: 4 }]);
      expect(s.freezeRows).toBe(1);
      expect(s.columnWidths).toEqual({ 0: 120, 1: 480, 2: 60, 3: 180 });
    });
  });

  describe('Goals', () => {
    const S = () => sheetOf(plan, 'Goals');
    it('validates Level, Parent ID, Start, Deadline and Weight over every covered row', () => {
      const rows = COVERED[host];
      const at = (col: number) => ({ row: 1, col, rows, cols: 1 });
      const source = { playground: 'Goals!$A$2:$A$101', excel: 'Goals!$A$2:$A$1048576', sheets: 'Goals!$A$2:$A' }[host];
      expect(S().validations).toEqual([
        { range: at(1), kind: 'list', values: ['Company', 'Department', 'Team', 'Person'], help: 'Company, Department, Team or Person.' },
        { range: at(2), kind: 'listFromRange', source, help: 'The ID of the goal this one serves.' },
        { range: at(6), kind: 'date', help: 'A date, e.g. 2026-12-31.' },
        { range: at(7), kind: 'date', help: 'A date, e.g. 2026-12-31.' },
        { range: at(8), kind: 'number', min: 0, help: 'The weight of this goal in its parent (0 or more).' },
      ]);
    });

    it('has a bold, frozen header row and wide ID, Goal and SMART check columns', () => {
      expect(S().bold).toEqual([{ row: 0, col: 0, rows: 1, cols: 14 }]);
      expect(S().freezeRows).toBe(1);
      expect(S().columnWidths).toEqual({ 0: 50, 5: 360, 9: 260 });
    });

    it('is an Excel table (GoalpostGoals over the header and 100 prepared rows), elsewhere plain rows', () => {
      if (host === 'excel') expect(S().tables).toEqual([{ name: 'GoalpostGoals', range: { row: 0, col: 0, rows: 101, cols: 14 }, style: 'TableStyleLight9' }]);
      else expect(S().tables).toBeUndefined();
    });

    it('writes formulas into the 100 prepared rows of the playground only; Excel and Sheets write the header (and the example)', () => {
      const main = (p: WorkbookPlan) => sheetOf(p, 'Goals').blocks.find((b) => b.row === 0 && b.col === 0)!;
      const want = host === 'playground' ? [101, 101] : [1, 13];
      expect([main(plan).cells.length, main(planEx).cells.length]).toEqual(want);
      // A plan block's rows are all the same length (shared/host/plan.ts, Block): the 14 columns.
      for (const p of [plan, planEx]) for (const r of main(p).cells) expect(r.length).toBe(14);
    });

    it('puts the roll-up engine beside the table in Excel only (column Z)', () => {
      const engine = S().blocks.filter((b) => b.col !== 0);
      if (host === 'excel') {
        expect(engine.map((b) => [b.row, b.col, b.cells.length])).toEqual([[0, 25, 2]]);
        expect(book.value('Goals', 0, 25)).toBe('Roll-up engine (Goalpost: keep this column free)');
      } else {
        expect(engine).toEqual([]);
        expect(book.value('Goals', 0, 25)).toBeNull();
        expect(book.value('Goals', 1, 25)).toBeNull();
      }
    });

    it('shows the example\'s parent IDs (a company goal has none)', () => {
      expect([1, 2, 3, 4].map((r) => bookEx.value('Goals', r, 2))).toEqual([null, 'G1', 'G1', 'G1']);
      expect([1, 2].map((r) => bookEx.value('Goals', r, 0))).toEqual(['G1', 'G2']);
    });
  });

  describe('traffic lights', () => {
    const rulesOf = (name: string) => sheetOf(plan, name).conditionalRules!;
    const shape = (rules: ConditionalRule[]) => rules.map((r) => [r.range, r.fill, r.font]);
    const col = (c: number, rows: number) => ({ row: 1, col: c, rows, cols: 1 });

    it('colour Goals\' Status (L), KPIs\' Status (Q) and Pace (P), and OKRs\' Objective score (G) over every covered row', () => {
      const n = COVERED[host];
      const okr = host === 'sheets' ? 999 : host === 'excel' ? 1048575 : 100;
      const three = (c: number, rows: number) => [[col(c, rows), GREEN, FONT[GREEN]], [col(c, rows), YELLOW, FONT[YELLOW]], [col(c, rows), RED, FONT[RED]]];
      expect(shape(rulesOf('Goals'))).toEqual(three(11, n));
      expect(shape(rulesOf('KPIs'))).toEqual([...three(16, n), ...three(15, n)]);
      expect(shape(rulesOf('OKRs'))).toEqual(three(6, okr));
      expect(shape(sheetOf(planEx, 'Goals').conditionalRules!)).toEqual(three(11, n));
    });

    if (host === 'sheets') return; // Sheets rules read Settings through INDIRECT, which HyperFormula does not evaluate.

    const fills = (b: typeof bookEx, sheet: string, rules: ConditionalRule[], row: number, c: number) =>
      evaluateRules(b, sheet, rules, row, c).map((r) => r.fill);

    it('give every status word of the example its colour, and only that one (Goals and KPIs), all three colours shown', () => {
      const seen = new Set<string>();
      for (const [sheet, c, rows] of [['Goals', 11, 12], ['KPIs', 16, 14]] as const) {
        const rules = sheetOf(planEx, sheet).conditionalRules!;
        for (let r = 1; r <= rows; r++) {
          const word = bookEx.value(sheet, r, c) as string;
          // A goal without KPIs or child goals (G12) has no status and no colour.
          expect(['Green', 'Yellow', 'Red', ''], `${sheet} row ${r + 1}`).toContain(word);
          expect(fills(bookEx, sheet, rules, r, c), `${sheet} row ${r + 1}`).toEqual(word ? [COLOUR[word]] : []);
          if (word) seen.add(word);
        }
        // An empty row has no colour.
        expect(fills(bookEx, sheet, rules, rows + 1, c)).toEqual([]);
      }
      expect([...seen].sort()).toEqual(['Green', 'Red', 'Yellow']);
    });

    it('colour a pace or an objective score as shown (rounded to 0.1 %) against its Settings thresholds', () => {
      const id = (s: string) => book.hf.getSheetId(s)!;
      const put = (s: string, row: number, c: number, v: unknown) => book.hf.setCellContents({ sheet: id(s), row, col: c }, [[v as never]]);
      // OKRs: Objective ID, Objective, Commitment, Key result, Progress, Weight; the score is the progress of its one KR.
      put('OKRs', 1, 0, 'O1');
      put('OKRs', 1, 3, 'KR');
      put('OKRs', 1, 5, 1);
      const okrs = rulesOf('OKRs');
      const scoreAt = (p: number) => {
        put('OKRs', 1, 4, p);
        return fills(book, 'OKRs', okrs, 1, 6);
      };
      expect([0.7, 0.6996, 0.699, 0.4, 0.3995, 0.3994, 0].map(scoreAt)).toEqual([[GREEN], [GREEN], [YELLOW], [YELLOW], [YELLOW], [RED], [RED]]);
      // Thresholds that are not numbers, or yellow above green, colour nothing.
      put('Settings', 11, 1, 'forty');
      expect(scoreAt(0.2)).toEqual([]);
      expect(scoreAt(0.9)).toEqual([]);
      put('Settings', 11, 1, 0.8);
      expect(scoreAt(0.9)).toEqual([]);
      expect(scoreAt(0.2)).toEqual([]);
      put('Settings', 11, 1, 0.4);
      put('Settings', 10, 1, 'seventy');
      expect(scoreAt(0.9)).toEqual([]);
      put('Settings', 10, 1, 0.7);
      expect(scoreAt(0.9)).toEqual([GREEN]);
      // Text in the value column is never coloured.
      expect(fills(book, 'OKRs', okrs, 2, 6)).toEqual([]);
    });

    it('colour a typed KPI\'s pace against the pace thresholds and its status word', () => {
      const kpis = rulesOf('KPIs');
      const rules = evaluateRules(bookEx, 'KPIs', sheetOf(planEx, 'KPIs').conditionalRules!, 1, 15).map((r) => r.fill);
      const pace = bookEx.value('KPIs', 1, 15);
      expect(typeof pace).toBe('number');
      const p = Math.round((pace as number) * 1000) / 1000;
      expect(rules).toEqual([p >= 1 ? GREEN : p >= 0.9 ? YELLOW : RED]);
      // The empty template's rules: nothing coloured in an empty row.
      expect(fills(book, 'KPIs', kpis, 1, 15)).toEqual([]);
      expect(fills(book, 'KPIs', kpis, 1, 16)).toEqual([]);
    });
  });
});

describe('how many rows the template prepares', () => {
  it('rowsFor: Sheets covers at least 999 rows; the per-row flavours 50 beyond the data, at least 100', () => {
    expect([rowsFor(0, 'sheets'), rowsFor(12, 'sheets'), rowsFor(1200, 'sheets')]).toEqual([999, 999, 1200]);
    expect([rowsFor(0, 'playground'), rowsFor(50, 'playground'), rowsFor(51, 'playground'), rowsFor(1000, 'excel')]).toEqual([100, 100, 101, 1050]);
  });

  it('prepares 1,050 KPI rows in the playground for 1,000 KPIs (minKpiRows), formulas and rules alike', () => {
    const plan = planCascade({ host: 'playground', names: NAMES, today: TODAY, exampleData: true, minKpiRows: 1000 });
    const kpis = plan.find((s) => s.name === 'KPIs')!;
    expect(kpis.blocks[0].cells.length).toBe(1051);
    expect(kpis.conditionalRules!.map((r) => r.range.rows)).toEqual([1050, 1050, 1050, 1050, 1050, 1050]);
  });

  it('plans no Dashboard when the names have none', () => {
    const plan: SheetPlan[] = planCascade({ host: 'playground', names: NAMES, today: TODAY, exampleData: false });
    expect(plan.map((s) => s.name)).toEqual(['Strategy', 'Goals', 'KPIs', 'Check-ins', 'OKRs', 'NPS', 'Review', 'Settings']);
  });

  it('playground: the KPIs read a check-in typed on the 1,000th row after the example\'s 29', () => {
    const plan = planFor('playground', true);
    const book = evaluatePlan(plan);
    const id = book.hf.getSheetId('Check-ins')!;
    // Date, KPI ID, Value, Confidence, Note, Who: a later check-in of K1 at sheet row 1,030 (0-based 1,029).
    book.hf.setCellContents({ sheet: id, row: 1029, col: 0 }, [[47000, 'K1', 123, 'On track', null, 'Me']]);
    expect(book.value('KPIs', 1, 0)).toBe('K1');
    expect(book.value('KPIs', 1, 19)).toBe(123); // Latest check-in
  });
});

describe('a renamed Goals sheet', () => {
  it('is the one Strategy points to', () => {
    const plan = planFor('playground', false, { sheetNames: ['Goals'], values: { Goals: [['mine']] } });
    const cells = sheetOf(plan, 'Strategy').blocks[0].cells;
    expect(cells[4]).toEqual(['Company goals', 'The Company-level rows of Goals (2); each department turns them into goals of its own.', null, null]);
  });
});

/**
 * The KPIs, Check-ins and OKRs sheets of the goal-cascade template (shared/templates/cascade.ts) as each host flavour
 * prepares them: the drop-downs and their sources, validations, number formats, tables, bold headers, column widths,
 * how many rows get formulas, and the example data as the user sees it once evaluated. Expected values are written by
 * hand from templates.md and the sheets' column letters (KPIs: A ID, B Goal ID, F Type, G Direction, H Frequency,
 * L Actual, M Start, N Deadline, O Attainment, P Pace, U Last update, Z Projected attainment; Check-ins: A Date,
 * B KPI ID, C Value, D Confidence, E Note, F Who; OKRs: A Objective ID, B Objective, C Commitment, E Progress, G Objective
 * score). Row counts: the playground prepares 100 rows (50 spare beyond the data, at least 100), Sheets 999 (a new
 * sheet's rows), Excel's tables grow by themselves and its validations cover whole columns (rows 2 to 1,048,576).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import type { SheetPlan, WorkbookPlan } from '../../shared/host/plan';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { okrRowsFor } from '../../shared/templates/cascade';
import { evaluatePlan } from './evaluatePlan';
import { evaluateSheetsCascade } from './evaluateSheetsCascade';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const HOSTS: HostKind[] = ['playground', 'excel', 'sheets'];
const planFor = (host: HostKind, exampleData: boolean) => planApplyTemplate(empty, { template: 'cascade', exampleData }, host, TODAY).plan;
const sheetOf = (plan: WorkbookPlan, name: string) => plan.addSheets.find((s) => s.name === name)!;
const r = (row: number, col: number, rows = 1, cols = 1) => ({ row, col, rows, cols });
/** The main block (A1 onwards) of a sheet. */
const main = (s: SheetPlan) => s.blocks.find((b) => b.row === 0 && b.col === 0)!.cells;

/** Data rows each flavour prepares for KPIs and OKRs, and the rows its validations cover (Excel: whole columns). */
const ROWS: Record<HostKind, number> = { playground: 100, excel: 100, sheets: 999 } as Record<HostKind, number>;
const VROWS: Record<HostKind, number> = { playground: 100, excel: 1048575, sheets: 999 } as Record<HostKind, number>;
/** The drop-downs' sources: the ID column, open-ended in Sheets, whole in Excel, the prepared rows (2 to 101) in the playground. */
const IDS: Record<HostKind, (sheet: string) => string> = {
  playground: (s: string) => `${s}!$A$2:$A$101`,
  excel: (s: string) => `${s}!$A$2:$A$1048576`,
  sheets: (s: string) => `${s}!$A$2:$A`,
} as Record<HostKind, (sheet: string) => string>;
const DATE_HELP = 'A date, e.g. 2026-12-31.';

describe.each(HOSTS)('the %s flavour', (host) => {
  let plain!: WorkbookPlan;
  let example!: WorkbookPlan;
  beforeAll(() => {
    plain = planFor(host, false);
    example = planFor(host, true);
  });
  const v = VROWS[host];
  const n = ROWS[host];

  describe('KPIs', () => {
    it('has drop-downs for Goal ID (the goal IDs), Type, Direction and Frequency, and date checks on Start and Deadline', () => {
      for (const plan of [plain, example]) {
        expect(sheetOf(plan, 'KPIs').validations).toEqual([
          { range: r(1, 1, v), kind: 'listFromRange', source: IDS[host]('Goals'), help: 'The goal this KPI measures.' },
          { range: r(1, 5, v), kind: 'list', values: ['Leading', 'Lagging'] },
          { range: r(1, 6, v), kind: 'list', values: ['Higher', 'Lower', 'At least', 'At most'],
            help: 'Higher or Lower is better, or hold a level: At least / At most the target.' },
          { range: r(1, 7, v), kind: 'list', values: ['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly'],
            help: 'How often the KPI is checked in: it is overdue one period after its last check-in.' },
          { range: r(1, 12, v), kind: 'date', help: DATE_HELP },
          { range: r(1, 13, v), kind: 'date', help: DATE_HELP },
        ]);
      }
    });

    it('Goals\' Parent ID drop-down lists the goal IDs too', () => {
      const parent = sheetOf(plain, 'Goals').validations!.find((x) => x.range.col === 2)!;
      expect(parent).toEqual({ range: r(1, 2, v), kind: 'listFromRange', source: IDS[host]('Goals'), help: 'The ID of the goal this one serves.' });
    });

    it('has a bold, frozen header row A1:Z1 and widths for ID, KPI and Definition; Excel a table over the prepared rows', () => {
      const s = sheetOf(plain, 'KPIs');
      expect(s.bold).toEqual([r(0, 0, 1, 26)]);
      expect(s.freezeRows).toBe(1);
      expect(s.columnWidths).toEqual({ 0: 50, 2: 200, 3: 200 });
      expect(s.tables).toEqual(host === 'excel' ? [{ name: 'GoalpostKPIs', range: r(0, 0, 101, 26), style: 'TableStyleLight9' }] : undefined);
    });

    it('an empty template has no KPI input anywhere; only the playground writes formulas in each of its 100 prepared rows', () => {
      const s = sheetOf(plain, 'KPIs');
      const cells = main(s);
      expect(cells.length).toBe(host === 'playground' ? 101 : 1);
      for (const row of cells.slice(1)) expect(row.slice(0, 14)).toEqual(Array(14).fill(null));
      if (host === 'playground') {
        // The last prepared row is 101: its Attainment reads row 101.
        expect(cells[100][14]).toEqual({ formula: '=KPI_ATTAINMENT(IF(T101="",IF(L101="","",L101),T101),IF(K101="","",K101),IF(J101="","",J101),IF(G101="","",G101))' });
      }
    });

    it('the tracking engine columns (AB onwards) exist only in Excel, beside its table', () => {
      const s = sheetOf(plain, 'KPIs');
      expect(s.blocks.map((b) => [b.row, b.col])).toEqual(host === 'excel' ? [[0, 0], [0, 27]] : [[0, 0]]);
      const width = Math.max(...s.blocks.map((b) => b.col + Math.max(...b.cells.map((c) => c.length))));
      expect(width).toBe(host === 'excel' ? 32 : 26);
    });

    it('example data: K11\'s Actual is the NPS sheet\'s figure (=NPS!$D$2), the others their numbers', () => {
      const rows = main(sheetOf(example, 'KPIs')).slice(1, 14);
      const actual = Object.fromEntries(rows.map((x) => [x[0], x[11]]));
      expect(actual.K11).toEqual({ formula: '=NPS!$D$2' });
      expect(actual.K1).toBe(21.5);
      expect(actual.K2).toBe(0.33);
    });
  });

  describe('Check-ins', () => {
    // The log's rows: the playground prepares 1,000 beyond the log, Excel's table holds the log (at least one row),
    // Sheets' validations cover the sheet's 1,000 rows.
    const logRows = (examples: number) => (host === 'excel' ? Math.max(1, examples) : 1000 + examples);

    it('checks a date, drops down the KPI IDs, wants a number as Value and drops down the confidence', () => {
      for (const [plan, count] of [[plain, 0], [example, 29]] as const) {
        const lv = host === 'excel' ? 1048575 : logRows(count);
        expect(sheetOf(plan, 'Check-ins').validations).toEqual([
          { range: r(1, 0, lv), kind: 'date', help: DATE_HELP },
          { range: r(1, 1, lv), kind: 'listFromRange', source: IDS[host]('KPIs'), help: 'The ID of the KPI this value is for.' },
          { range: r(1, 2, lv), kind: 'number', help: 'The KPI\'s value on that date.' },
          { range: r(1, 3, lv), kind: 'list', values: ['On track', 'At risk', 'Off track'], help: 'How confident the owner is that the KPI will meet its target.' },
        ]);
        expect(sheetOf(plan, 'Check-ins').numberFormats).toEqual([{ range: r(1, 0, logRows(count)), format: 'yyyy-mm-dd' }]);
      }
    });

    it('has a bold, frozen header A1:F1, its column widths, and in Excel the table GoalpostCheckins', () => {
      for (const [plan, count] of [[plain, 0], [example, 29]] as const) {
        const s = sheetOf(plan, 'Check-ins');
        expect(s.bold).toEqual([r(0, 0, 1, 6)]);
        expect(s.freezeRows).toBe(1);
        expect(s.columnWidths).toEqual({ 0: 90, 1: 60, 2: 80, 3: 90, 4: 300, 5: 140 });
        expect(s.tables).toEqual(host === 'excel' ? [{ name: 'GoalpostCheckins', range: r(0, 0, Math.max(1, count) + 1, 6), style: 'TableStyleLight9' }] : undefined);
      }
    });

    it('an empty template\'s log is its header row only', () => {
      expect(sheetOf(plain, 'Check-ins').blocks).toEqual([{ row: 0, col: 0, cells: [['Date', 'KPI ID', 'Value', 'Confidence', 'Note', 'Who']] }]);
    });

    it('example data: a check-in without a note leaves Note empty; Who is always named', () => {
      const log = main(sheetOf(example, 'Check-ins')).slice(1);
      expect(log.length).toBe(29);
      expect(log[0]).toEqual([{ date: '2026-06-07' }, 'K8', 34, 'Off track', null, 'Receiving lead']);
      const k3 = log.find((x) => x[1] === 'K3' && (x[0] as { date: string }).date === '2026-11-04')!;
      expect(k3).toEqual([{ date: '2026-11-04' }, 'K3', 1052, 'On track', 'Second shift running', 'Head of production']);
      expect(log.filter((x) => x[4] !== null).map((x) => x[4])).toEqual(['Second shift running', 'Q4 pipeline thinner than planned', 'Scanner roll-out slipped']);
      expect(log.every((x) => typeof x[5] === 'string' && x[5] !== '')).toBe(true);
    });
  });

  describe('OKRs', () => {
    it('drops down the commitment, wants a progress of 0 or more, shows Progress as 0% and the score as 0.0%', () => {
      for (const plan of [plain, example]) {
        const s = sheetOf(plan, 'OKRs');
        expect(s.validations).toEqual([
          { range: r(1, 2, v), kind: 'list', values: ['Committed', 'Aspirational'] },
          { range: r(1, 4, v), kind: 'number', min: 0, help: 'Progress of the key result: 0 to 1 (above 1 counts as 1).' },
        ]);
        expect(s.numberFormats).toEqual([{ range: r(1, 4, n), format: '0%' }, { range: r(1, 6, n), format: '0.0%' }]);
      }
    });

    it('has a bold, frozen header A1:I1, wide Objective and Key result columns, and in Excel the table GoalpostOKRs', () => {
      const s = sheetOf(plain, 'OKRs');
      expect(s.bold).toEqual([r(0, 0, 1, 9)]);
      expect(s.freezeRows).toBe(1);
      expect(s.columnWidths).toEqual({ 1: 200, 3: 260 });
      expect(s.tables).toEqual(host === 'excel' ? [{ name: 'GoalpostOKRs', range: r(0, 0, 101, 9), style: 'TableStyleLight9' }] : undefined);
    });

    it('an empty template prepares empty rows with formulas (100 in the playground, 999 in Sheets); Excel only its header', () => {
      const cells = main(sheetOf(plain, 'OKRs'));
      expect(cells.length).toBe(host === 'excel' ? 1 : n + 1);
      for (const row of cells.slice(1)) expect(row.slice(0, 6)).toEqual(Array(6).fill(null));
      if (host !== 'excel') expect(cells[n][7]).toEqual({ formula: `=IF(A${n + 1}="","",COUNTIF($A$2:$A${host === 'sheets' ? '' : '$101'},A${n + 1}))` });
    });

    it('example data: each key result in its row, the objective\'s text only in its first row', () => {
      const cells = main(sheetOf(example, 'OKRs'));
      expect(cells.length).toBe(host === 'excel' ? 8 : n + 1);
      expect(cells.slice(1, 9).map((x) => x.slice(0, 6))).toEqual([
        ['O1', 'Delight our customers', 'Committed', 'NPS of 40 in the quarterly survey', 0.8, 1],
        ['O1', null, 'Committed', 'Resolve 90% of tickets within 24 hours', 0.6, 1],
        ['O1', null, 'Committed', 'Launch the self-service help centre', 1, 1],
        ['O1', null, 'Committed', 'Answer 95% of chats within 2 minutes', 0.7, 1],
        ['O1', null, 'Committed', 'Publish 40 help articles', 0.9, 1],
        ['O2', 'Run a lean warehouse', 'Aspirational', 'Dock-to-stock time of 24 hours', 0.5, 2],
        ['O2', null, 'Aspirational', 'Halve inventory count errors', 1.2, 1],
        ...(host === 'excel' ? [] : [Array(6).fill(null)]),
      ]);
    });
  });

  describe('the example cascade as the user sees it', () => {
    let book!: ReturnType<typeof evaluatePlan>;
    beforeAll(() => {
      if (host === 'sheets') {
        book = evaluateSheetsCascade(example, 1100);
      } else {
        book = evaluatePlan(example);
      }
    });
    const rowOf = (sheet: string, id: string) => book.values(sheet).find((x) => x[0] === id)!;

    it('K11\'s Actual shows the NPS of the 50 example answers, 44', () => {
      expect(rowOf('KPIs', 'K11')[11]).toBe(44);
    });

    it('the OKRs show the objectives\' text once and their scores (O1: 0.8, O2: (0.5*2+1*1)/3)', () => {
      const okrs = book.values('OKRs');
      expect(okrs.slice(1, 8).map((x) => [x[0], x[1]])).toEqual([['O1', 'Delight our customers'], ['O1', null], ['O1', null], ['O1', null],
        ['O1', null], ['O2', 'Run a lean warehouse'], ['O2', null]]);
      // O1: the mean of 0.8, 0.6, 1, 0.7, 0.9 = 0.8; O2: Halve inventory errors counts as 1 (above 1 counts as 1), weights 2 and 1.
      expect(okrs[1][6]).toBeCloseTo(0.8, 10);
      expect(okrs[6][6]).toBeCloseTo(2 / 3, 10);
    });

    it('the log shows a note only where one was written, and who checked in', () => {
      const log = book.values('Check-ins').slice(1, 30);
      expect(log.filter((x) => x[4] !== null).map((x) => x[4])).toEqual(['Second shift running', 'Q4 pipeline thinner than planned', 'Scanner roll-out slipped']);
      expect(log[0]).toEqual([expect.any(Number), 'K8', 34, 'Off track', null, 'Receiving lead']);
    });
  });
});

describe('okrRowsFor: the OKR rows prepared with formulas', () => {
  it('the per-row flavours prepare 50 rows beyond the key results, at least 100', () => {
    expect(okrRowsFor(0, 'playground')).toBe(100);
    expect(okrRowsFor(7, 'playground')).toBe(100);
    expect(okrRowsFor(60, 'playground')).toBe(110);
    expect(okrRowsFor(60, 'excel')).toBe(110);
  });

  it('Sheets covers its 999 rows, or every key result beyond them', () => {
    expect(okrRowsFor(0, 'sheets')).toBe(999);
    expect(okrRowsFor(1200, 'sheets')).toBe(1200);
  });
});

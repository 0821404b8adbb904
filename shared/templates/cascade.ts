/** The "Goal cascade" template as a workbook plan (templates.md), for one host flavour. */
import type { HostKind } from '../host/port';
import { colLetter, withMarker, type CellRange, type ConditionalRule, type ColumnFill, type PlanCell, type SheetPlan, type Validation } from '../host/plan';
import {
  Formulas, KPI_ENGINE_COL, ROLLUP_ENGINE_COL, ROLLUP_ENGINE_HEADER, TRACKING_SPILLS, PERCENT_FORMAT, SHOWN_DECIMALS, defaultTableNames, sheetsArg, engineHeader, type SheetNames, type TableNames,
} from './formulas';
import { exampleData } from './exampleData';
import { dashboardSheet } from './dashboard';
import {
  CHECKINS_HEADERS, CONFIDENCE, DIRECTIONS, EXCEL_ROWS, FILLS, FREQUENCIES, GOALS_HEADERS, KPI_COMPUTED, KPI_INPUTS, STATUS_MODES, KPIS_HEADERS, MIN_ROWS, NPS_HEADERS, OKRS_HEADERS, REVIEW_HEADERS, SETTINGS, SETTINGS_HEADERS,
  SPARE_ROWS, STRATEGY_HEADERS, col, type SettingKey,
} from './layout';

export interface CascadeOptions {
  host: HostKind;
  names: SheetNames;
  today: string; // YYYY-MM-DD
  exampleData: boolean;
  /** Prepare at least this many KPI rows (per-row flavours), e.g. for a cascade with 1,000 KPIs. */
  minKpiRows?: number;
  /** Prepare at least this many NPS answers (the bench's 10,000). */
  npsAnswers?: number[];
  /** Excel: the table names, free in the workbook (default: GoalpostGoals, GoalpostKPIs...). */
  tables?: TableNames;
}

const range = (row: number, c: number, rows = 1, cols = 1) => ({ row, col: c, rows, cols });
const date = (iso: string): PlanCell => (iso ? { date: iso } : null);
const pad = <T,>(rows: T[][], width: number) => rows.map((r) => [...r, ...Array(Math.max(0, width - r.length)).fill(null)]);

/** The traffic-light rules for one status column, keyed on the value column against two Settings thresholds. */
/**
 * The traffic-light rules for one status column, keyed on the value column against two Settings thresholds.
 * A rule colours only a number: an error or text in the value column is never coloured (ISNUMBER first; an error
 * inside AND makes the whole condition an error, which both hosts treat as false). Thresholds that are not numbers, or
 * a yellow threshold above the green one, colour nothing: Settings' Check column says what to fix instead of every row
 * turning red.
 */
export function trafficLightRules(f: Formulas, statusCol: number, valueCol: number, rows: number, green: SettingKey, yellow: SettingKey): ConditionalRule[] {
  const v = `$${colLetter(valueCol)}2`;
  const g = f.settingForRule(green);
  const y = f.settingForRule(yellow);
  const r = range(1, statusCol, rows, 1);
  const sane = `ISNUMBER(${v}),ISNUMBER(${g}),ISNUMBER(${y}),${y}<=${g}`;
  // The value as shown (rounded like its percentage format), so the colour agrees with the figure in the cell.
  const shown = `ROUND(${v},${SHOWN_DECIMALS})`;
  return [
    { range: r, formula: withMarker(`AND(${sane},${shown}>=${g})`), ...FILLS.Green },
    { range: r, formula: withMarker(`AND(${sane},${shown}<${g},${shown}>=${y})`), ...FILLS.Yellow },
    { range: r, formula: withMarker(`AND(${sane},${shown}<${y})`), ...FILLS.Red },
  ];
}

/** Rules keyed on a status text (Green / Yellow / Red): the colour always agrees with the word in the cell. */
export function statusTextRules(statusCol: number, rows: number): ConditionalRule[] {
  const v = `$${colLetter(statusCol)}2`;
  const r = range(1, statusCol, rows, 1);
  return (['Green', 'Yellow', 'Red'] as const).map((c) => ({ range: r, formula: withMarker(`${v}="${c}"`), ...FILLS[c] }));
}

/** How many data rows rules and validations cover: whole columns in Excel (tables grow under them), else the extent. */
export const ruleRows = (host: HostKind, n: number) => (host === 'excel' ? EXCEL_ROWS - 1 : n);

/** All traffic-light rules of the template over `goalRows` / `kpiRows` data rows (refresh re-plans them by extent). */
export function cascadeRules(f: Formulas, goalRows: number, kpiRows: number) {
  const kc = (n: (typeof KPIS_HEADERS)[number]) => col(KPIS_HEADERS, n);
  const gc = (n: (typeof GOALS_HEADERS)[number]) => col(GOALS_HEADERS, n);
  const okrRows = ruleRows(f.host, okrRowsFor(0, f.host));
  goalRows = ruleRows(f.host, goalRows);
  kpiRows = ruleRows(f.host, kpiRows);
  return {
    // The objective scores, against Google's grading in Settings (0.7 green, 0.4 yellow by default).
    OKRs: trafficLightRules(f, col(OKRS_HEADERS, 'Objective score'), col(OKRS_HEADERS, 'Objective score'), okrRows, 'okrGreenAt', 'okrYellowAt'),
    KPIs: [
      // A KPI's status comes from its pace or its attainment (Settings): the rule reads the status itself.
      ...statusTextRules(kc('Status'), kpiRows),
      ...trafficLightRules(f, kc('Pace'), kc('Pace'), kpiRows, 'paceGreenAt', 'paceYellowAt'),
    ],
    Goals: trafficLightRules(f, gc('Status'), gc('Roll-up'), goalRows, 'greenAt', 'yellowAt'),
  };
}

export function rowsFor(n: number, host: HostKind) {
  // Sheets formulas cover whole columns; the per-row flavours prepare rows beyond the data for new entries.
  return host === 'sheets' ? Math.max(n, 999) : Math.max(MIN_ROWS, n + SPARE_ROWS);
}

export function planCascade(o: CascadeOptions): SheetPlan[] {
  const ex = o.exampleData ? exampleData(o.today) : undefined;
  const goalRows = rowsFor(ex?.goals.length ?? 0, o.host);
  const kpiRows = rowsFor(Math.max(ex?.kpis.length ?? 0, o.minKpiRows ?? 0), o.host);
  const logRows = Math.max(1000, (ex?.checkIns.length ?? 0) + 1000);
  const f = new Formulas(o.host, o.names, goalRows, kpiRows, o.tables ?? defaultTableNames(o.names), logRows);
  const rules = cascadeRules(f, goalRows, kpiRows);
  return [
    strategySheet(o, ex),
    goalsSheet(o, f, ex, rules.Goals),
    kpisSheet(o, f, ex, rules.KPIs),
    checkInsSheet(o, f, ex),
    okrsSheet(o, f, ex, rules.OKRs),
    npsSheet(o, f, ex),
    reviewSheet(o, f, ex),
    settingsSheet(o),
    ...(o.names.Dashboard ? [dashboardSheet(f, { name: o.names.Dashboard, kpi: ex?.kpis[0]?.id, goals: ex?.goals.length, teams: new Set(ex?.goals.map((g) => g.team)).size })] : []),
  ];
}

type Example = ReturnType<typeof exampleData> | undefined;
const dateV = (c: number, rows: number): Validation => ({ range: range(1, c, rows), kind: 'date', help: 'A date, e.g. 2026-12-31.' });

function strategySheet(o: CascadeOptions, ex: Example): SheetPlan {
  const words = (r: number) => ({ formula: `=IF(LEN(TRIM(B${r}))=0,0,LEN(TRIM(B${r}))-LEN(SUBSTITUTE(TRIM(B${r})," ",""))+1)` });
  const check = (r: number) => ({ formula: `=IF(C${r}>25,"Over 25 words: shorten it",IF(C${r}=0,"Write it","OK"))` });
  return {
    name: o.names.Strategy,
    blocks: [{
      row: 0, col: 0,
      cells: [
        [...STRATEGY_HEADERS],
        ['Mission', ex?.strategy.mission ?? null, words(2), check(2)],
        ['Vision', ex?.strategy.vision ?? null, words(3), check(3)],
        [null, null, null, null],
        ['Company goals', `The Company-level rows of ${o.names.Goals}; each department turns them into goals of its own.`, null, null],
      ],
    }],
    bold: [range(0, 0, 1, 4)],
    freezeRows: 1,
    columnWidths: { 0: 120, 1: 480, 2: 60, 3: 180 },
  };
}

/** Excel: the computed columns of a table as calculated columns (one fill each) over its n data rows. */
function tableFills(cols: Record<string, (r: number) => string>, headers: readonly string[], names: readonly string[], n: number): ColumnFill[] {
  return names.map((h) => ({ range: range(1, headers.indexOf(h), n), formula: cols[h](2) }));
}

function goalsSheet(o: CascadeOptions, f: Formulas, ex: Example, rules: ConditionalRule[]): SheetPlan {
  const cols = f.goalColumns();
  const n = f.goalRows;
  const header: PlanCell[] = GOALS_HEADERS.map((h) => (!f.perRow && cols[h] ? { formula: cols[h](1) } : h));
  const computed = ['SMART check', 'Roll-up', 'Status', 'KPIs', 'Check'] as const;
  const rows: PlanCell[][] = [];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const g = ex?.goals[i];
    const input: PlanCell[] = g
      ? [g.id, g.level, g.parent || null, g.team, g.owner, g.goal, date(g.start), date(g.deadline), g.weight]
      : Array(9).fill(null);
    if (!f.perRow || f.usesTables) {
      // Sheets: the array formulas in the header row cover every row; Excel: calculated columns (fills below).
      if (!g) break;
      rows.push(input);
      continue;
    }
    rows.push([...input, { formula: cols['SMART check'](r) }, i === 0 ? { formula: f.rollup() } : null,
      { formula: cols.Status(r) }, { formula: cols.KPIs(r) }, { formula: cols.Check(r) }]);
  }
  const G = (h: (typeof GOALS_HEADERS)[number]) => col(GOALS_HEADERS, h);
  const v = ruleRows(o.host, n);
  const blocks = [{ row: 0, col: 0, cells: pad([header, ...rows], GOALS_HEADERS.length) }];
  // Excel: the roll-up engine spills beside the table (a spill cannot live inside a table).
  if (f.usesTables) blocks.push({ row: 0, col: ROLLUP_ENGINE_COL, cells: [[ROLLUP_ENGINE_HEADER], [{ formula: f.rollup() }]] });
  return {
    name: o.names.Goals,
    blocks,
    numberFormats: [
      { range: range(1, G('Start'), n, 2), format: 'yyyy-mm-dd' },
      { range: range(1, G('Roll-up'), n), format: PERCENT_FORMAT },
    ],
    validations: [
      { range: range(1, G('Level'), v), kind: 'list', values: ['Company', 'Department', 'Team', 'Person'], help: 'Company, Department, Team or Person.' },
      { range: range(1, G('Parent ID'), v), kind: 'listFromRange', source: goalIdsSource(f), help: 'The ID of the goal this one serves.' },
      dateV(G('Start'), v), dateV(G('Deadline'), v),
      { range: range(1, G('Weight'), v), kind: 'number', min: 0, help: 'The weight of this goal in its parent (0 or more).' },
    ],
    conditionalRules: rules,
    tables: f.usesTables ? [{ name: f.tables.Goals, range: range(0, 0, n + 1, GOALS_HEADERS.length), style: 'TableStyleLight9' }] : undefined,
    fills: f.usesTables ? tableFills(cols, GOALS_HEADERS, computed, n) : undefined,
    freezeRows: 1,
    bold: [range(0, 0, 1, GOALS_HEADERS.length)],
    columnWidths: { 0: 50, 5: 360, 9: 260 },
  };
}

/** The goal IDs as a drop-down's source: the whole column where it can grow (Excel validation lists take A:A-style ranges). */
function goalIdsSource(f: Formulas): string {
  return f.ref('Goals', f.host === 'excel' ? '$A$2:$A$' + EXCEL_ROWS : f.host === 'sheets' ? '$A$2:$A' : `$A$2:$A$${f.lastGoalRow}`);
}

function kpisSheet(o: CascadeOptions, f: Formulas, ex: Example, rules: ConditionalRule[]): SheetPlan {
  const cols = f.kpiColumns();
  const n = f.kpiRows;
  const header: PlanCell[] = KPIS_HEADERS.map((h) => (!f.perRow && cols[h] ? { formula: cols[h](1) } : h));
  const npsCell = f.ref('NPS', '$D$2');
  const computed = KPI_COMPUTED;
  const rows: PlanCell[][] = [];
  for (const k of ex?.kpis ?? []) {
    rows.push([k.id, k.goal, k.name, k.definition, k.unit, k.type, k.direction, k.frequency, k.owner, k.baseline, k.target,
      typeof k.actual === 'number' ? k.actual : { formula: `=${npsCell}` }, date(k.start), date(k.deadline)]);
  }
  if (f.perRow && !f.usesTables) {
    // Playground: a formula in every prepared row.
    for (let i = 0; i < n; i++) {
      const r = i + 2;
      rows[i] ??= Array(KPI_INPUTS).fill(null);
      // The tracking columns are one spilled call in their first data row; the rows below are its spill area.
      const spills = f.trackingSpills();
      // Stryker disable next-line MethodExpression: rows[i] has exactly KPI_INPUTS cells here (an example KPI's 14 inputs or the 14 nulls above)
      rows[i] = [...rows[i].slice(0, KPI_INPUTS), ...computed.map((h): PlanCell => {
        if ((TRACKING_SPILLS as readonly string[]).includes(h)) return i === 0 ? { formula: spills[h as keyof typeof spills] } : null;
        return { formula: cols[h](r) };
      })];
    }
  }
  const K = (h: (typeof KPIS_HEADERS)[number]) => col(KPIS_HEADERS, h);
  const v = ruleRows(o.host, n);
  const blocks = [{ row: 0, col: 0, cells: pad([header, ...rows], KPIS_HEADERS.length) }];
  if (f.usesTables) {
    // Excel: the tracking spills in engine columns right of the table.
    const spills = f.trackingSpills();
    blocks.push({ row: 0, col: KPI_ENGINE_COL, cells: [TRACKING_SPILLS.map(engineHeader), TRACKING_SPILLS.map((h) => ({ formula: spills[h] }))] });
  }
  return {
    name: o.names.KPIs,
    blocks,
    numberFormats: [
      { range: range(1, K('Start'), n, 2), format: 'yyyy-mm-dd' },
      { range: range(1, K('Attainment'), n, 2), format: PERCENT_FORMAT },
      { range: range(1, K('Last update'), n, 2), format: 'yyyy-mm-dd' },
      { range: range(1, K('Projected attainment'), n), format: PERCENT_FORMAT },
    ],
    validations: [
      { range: range(1, K('Goal ID'), v), kind: 'listFromRange', source: goalIdsSource(f), help: 'The goal this KPI measures.' },
      { range: range(1, K('Type'), v), kind: 'list', values: ['Leading', 'Lagging'] },
      { range: range(1, K('Direction'), v), kind: 'list', values: [...DIRECTIONS], help: 'Higher or Lower is better, or hold a level: At least / At most the target.' },
      { range: range(1, K('Frequency'), v), kind: 'list', values: [...FREQUENCIES], help: 'How often the KPI is checked in: it is overdue one period after its last check-in.' },
      dateV(K('Start'), v), dateV(K('Deadline'), v),
    ],
    conditionalRules: rules,
    // Excel: a table, so new rows get the formulas and formats by themselves.
    tables: f.usesTables ? [{ name: f.tables.KPIs, range: range(0, 0, n + 1, KPIS_HEADERS.length), style: 'TableStyleLight9' }] : undefined,
    fills: f.usesTables ? tableFills(cols, KPIS_HEADERS, computed, n) : undefined,
    freezeRows: 1,
    bold: [range(0, 0, 1, KPIS_HEADERS.length)],
    columnWidths: { 0: 50, 2: 200, 3: 200 },
  };
}

/** The check-in log: one row per update, only ever appended (templates.md "Tracking over time"). */
function checkInsSheet(o: CascadeOptions, f: Formulas, ex: Example): SheetPlan {
  const log = ex?.checkIns ?? [];
  const n = f.usesTables ? Math.max(1, log.length) : f.logRows;
  const v = ruleRows(o.host, n);
  const C = (h: (typeof CHECKINS_HEADERS)[number]) => col(CHECKINS_HEADERS, h);
  return {
    name: o.names['Check-ins'],
    blocks: [{ row: 0, col: 0, cells: [[...CHECKINS_HEADERS], ...log.map((c) => [date(c.date), c.kpi, c.value, c.confidence, c.note || null, c.who || null])] }],
    numberFormats: [{ range: range(1, C('Date'), n), format: 'yyyy-mm-dd' }],
    validations: [
      dateV(C('Date'), v),
      { range: range(1, C('KPI ID'), v), kind: 'listFromRange', source: kpiIdsSource(f), help: 'The ID of the KPI this value is for.' },
      { range: range(1, C('Value'), v), kind: 'number', help: 'The KPI\'s value on that date.' },
      { range: range(1, C('Confidence'), v), kind: 'list', values: [...CONFIDENCE], help: 'How confident the owner is that the KPI will meet its target.' },
    ],
    tables: f.usesTables ? [{ name: f.tables.CheckIns, range: range(0, 0, n + 1, CHECKINS_HEADERS.length), style: 'TableStyleLight9' }] : undefined,
    freezeRows: 1,
    bold: [range(0, 0, 1, CHECKINS_HEADERS.length)],
    columnWidths: { 0: 90, 1: 60, 2: 80, 3: 90, 4: 300, 5: 140 },
  };
}

function kpiIdsSource(f: Formulas): string {
  return f.ref('KPIs', f.host === 'excel' ? '$A$2:$A$' + EXCEL_ROWS : f.host === 'sheets' ? '$A$2:$A' : `$A$2:$A$${f.lastKpiRow}`);
}

function okrsSheet(o: CascadeOptions, f: Formulas, ex: Example, rules: ConditionalRule[]): SheetPlan {
  const krs = ex?.keyResults ?? [];
  const n = okrRowsFor(krs.length, o.host);
  const cols = f.okrColumns(n);
  const computed = ['Objective score', 'Key results', 'Check'] as const;
  const rows: PlanCell[][] = [];
  // Excel: inputs in the table, the computed columns as calculated columns (fills). Elsewhere a formula in each prepared
  // row (a custom-function call happens only in an objective's first row).
  for (let i = 0; i < (f.usesTables ? krs.length : n); i++) {
    const kr = krs[i];
    const input: PlanCell[] = kr ? [kr.objective, kr.objectiveText || null, kr.commitment, kr.keyResult, kr.progress, kr.weight] : Array(6).fill(null);
    rows.push(f.usesTables ? input : [...input, ...computed.map((h) => ({ formula: cols[h](i + 2) }))]);
  }
  const v = ruleRows(o.host, n);
  return {
    name: o.names.OKRs,
    blocks: [{ row: 0, col: 0, cells: pad([[...OKRS_HEADERS], ...rows], OKRS_HEADERS.length) }],
    numberFormats: [{ range: range(1, 4, n), format: '0%' }, { range: range(1, 6, n), format: PERCENT_FORMAT }],
    validations: [
      { range: range(1, 2, v), kind: 'list', values: ['Committed', 'Aspirational'] },
      { range: range(1, 4, v), kind: 'number', min: 0, help: 'Progress of the key result: 0 to 1 (above 1 counts as 1).' },
    ],
    conditionalRules: rules,
    tables: f.usesTables ? [{ name: f.tables.OKRs, range: range(0, 0, n + 1, OKRS_HEADERS.length), style: 'TableStyleLight9' }] : undefined,
    fills: f.usesTables ? tableFills(cols, OKRS_HEADERS, computed, n) : undefined,
    freezeRows: 1,
    bold: [range(0, 0, 1, OKRS_HEADERS.length)],
    columnWidths: { 1: 200, 3: 260 },
  };
}

/** Rows of OKRs prepared with formulas (Excel's table grows by itself; Sheets' sheet has 999 rows). */
export const okrRowsFor = (n: number, host: HostKind) => (host === 'sheets' ? Math.max(n, 999) : Math.max(MIN_ROWS, n + SPARE_ROWS));

function npsSheet(o: CascadeOptions, f: Formulas, ex: Example): SheetPlan {
  const answers = o.npsAnswers ?? ex?.npsAnswers ?? [];
  // The playground's answers column is prepared rows; Excel's is the answers table; Sheets' is open-ended.
  const prepared = Math.max(1000, answers.length + 1000);
  const A = f.npsAnswers(prepared);
  const safe = f.host === 'sheets' ? sheetsArg(A) : f.rangeArg(A);
  const figures: [string, string][] = [
    ['NPS', `=IF(COUNTA(${A})=0,"",${f.fn('NPS')}(${safe}))`],
    ['Margin of error (95 %)', `=IF(COUNTA(${A})=0,"",${f.fn('NPS_MOE')}(${safe}))`],
    ['Responses', `=COUNT(${A})`],
    ['Promoters (9-10)', `=COUNTIF(${A},">=9")`],
    ['Passives (7-8)', `=COUNTIFS(${A},">=7",${A},"<=8")`],
    ['Detractors (0-6)', `=COUNTIF(${A},"<=6")`],
  ];
  const tableRows = Math.max(1, answers.length);
  return {
    name: o.names.NPS,
    blocks: [
      { row: 0, col: 0, cells: [[NPS_HEADERS[0]], ...answers.map((a) => [a])] },
      { row: 0, col: 2, cells: [['Figure', 'Value'], ...figures.map(([l, fx]) => [l, { formula: fx }])] },
    ],
    validations: [{ range: range(1, 0, f.host === 'excel' ? EXCEL_ROWS - 1 : prepared), kind: 'number', min: 0, max: 10, help: 'A whole number from 0 to 10.' }],
    numberFormats: [{ range: range(1, 3, 2), format: '0.0' }],
    tables: f.usesTables ? [{ name: f.tables.NPS, range: range(0, 0, tableRows + 1, 1), style: 'TableStyleLight9' }] : undefined,
    freezeRows: 1,
    bold: [range(0, 0, 1, 4)],
    columnWidths: { 0: 110, 2: 170 },
  };
}

function reviewSheet(o: CascadeOptions, f: Formulas, ex: Example): SheetPlan {
  const n = 50;
  const cols = f.reviewColumns();
  const rows: PlanCell[][] = [];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const e = ex?.review[i];
    const computed: PlanCell[] = f.usesTables ? [null, null] : [{ formula: cols.Goal(r) }, { formula: cols.Deadline(r) }];
    rows.push([e?.goal ?? null, ...computed, e?.result ?? null, e?.why ?? null, e?.worked ?? null, e?.better ?? null, e?.keep ?? null, e?.next ?? null,
      null, null, null]);
  }
  const R = (h: (typeof REVIEW_HEADERS)[number]) => col(REVIEW_HEADERS, h);
  const v = ruleRows(o.host, n);
  return {
    name: o.names.Review,
    blocks: [{ row: 0, col: 0, cells: [[...REVIEW_HEADERS], ...rows] }],
    numberFormats: [{ range: range(1, 2, n), format: 'yyyy-mm-dd' }, { range: range(1, R('Roll-up at deadline'), n), format: '0%' },
      { range: range(1, R('Grade'), n), format: '0.0' }],
    validations: [{ range: range(1, 0, v), kind: 'listFromRange', source: goalIdsSource(f), help: 'A goal past its deadline.' },
      { range: range(1, R('Status at deadline'), v), kind: 'list', values: ['Green', 'Yellow', 'Red'], help: 'The goal\'s status at its deadline.' },
      { range: range(1, R('Grade'), v), kind: 'number', min: 0, max: 1, help: 'An OKR-style grade from 0.0 to 1.0.' }],
    tables: f.usesTables ? [{ name: f.tables.Review, range: range(0, 0, n + 1, REVIEW_HEADERS.length), style: 'TableStyleLight9' }] : undefined,
    fills: f.usesTables ? tableFills(cols, REVIEW_HEADERS, ['Goal', 'Deadline'], n) : undefined,
    freezeRows: 1,
    bold: [range(0, 0, 1, REVIEW_HEADERS.length)],
    columnWidths: { 1: 300, 4: 220, 5: 220, 6: 220, 8: 220, 9: 90, 10: 90, 11: 60 },
  };
}

/** Settings' Check column: a threshold that is not a number, or yellow above green, is named here (the rules then colour nothing). */
function settingCheck(k: SettingKey): PlanCell {
  const r = SETTINGS[k].row + 1;
  const num = (what: string) => `"Not a number: type ${what}"`;
  switch (k) {
    case 'greenAt':
    case 'paceGreenAt':
    case 'okrGreenAt':
      return { formula: `=IF(ISNUMBER(B${r}),IF(B${r}>=0,"OK","Must not be negative"),${num('a fraction, e.g. 1 for 100 %')})` };
    case 'yellowAt':
    case 'paceYellowAt':
    case 'okrYellowAt':
      return { formula: `=IF(ISNUMBER(B${r}),IF(AND(ISNUMBER(B${r - 1}),B${r}>B${r - 1}),"Above green at: make it at most "&B${r - 1},IF(B${r}>=0,"OK","Must not be negative")),${num('a fraction, e.g. 0.9 for 90 %')})` };
    case 'asOf':
      return { formula: `=IF(ISNUMBER(B${r}),"OK","Not a date: Refresh traffic lights sets it to today")` };
    case 'statusFrom':
      return { formula: `=IF(OR(${STATUS_MODES.map((m) => `B${r}="${m}"`).join(',')}),"OK","Pick one from the list")` };
    default:
      return { formula: `=IF(ISNUMBER(B${r}),IF(B${r}>=1,"OK","Must be 1 or more"),${num('a whole number')})` };
  }
}

function settingsSheet(o: CascadeOptions): SheetPlan {
  const rows: PlanCell[][] = (Object.keys(SETTINGS) as SettingKey[]).map((k) => {
    const s = SETTINGS[k];
    return [s.label, k === 'asOf' ? { date: o.today } : s.value, s.note, settingCheck(k)];
  });
  return {
    name: o.names.Settings,
    blocks: [{ row: 0, col: 0, cells: [[...SETTINGS_HEADERS], ...rows] }],
    numberFormats: [{ range: range(1, 1, 4), format: '0%' }, { range: range(SETTINGS.asOf.row, 1), format: 'yyyy-mm-dd' },
      { range: range(SETTINGS.okrGreenAt.row, 1, 2), format: '0%' }],
    validations: [{ range: range(1, 1, 4), kind: 'number', min: 0, help: 'A fraction: 1 = 100 %.' }, { range: range(SETTINGS.asOf.row, 1), kind: 'date' },
      { range: range(SETTINGS.okrGreenAt.row, 1, 2), kind: 'number', min: 0, max: 1, help: 'An objective score from 0 to 1 (0.7 = 70 %).' },
      { range: range(SETTINGS.statusFrom.row, 1), kind: 'list', values: [...STATUS_MODES], help: 'How a KPI\'s status is judged.' }],
    freezeRows: 1,
    bold: [range(0, 0, 1, 4)],
    columnWidths: { 0: 220, 1: 100, 2: 420, 3: 260 },
  };
}

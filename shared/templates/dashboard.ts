/**
 * The Dashboard sheet of the goal cascade (templates.md "Dashboard"): the goal tree indented by level with each goal's
 * roll-up and status, figures tables that feed the charts and are their text alternative, notes on bad input, and the
 * charts themselves (drawn by each host's own chart engine from the figures tables). Everything on it is a formula
 * reading Goals, KPIs and Check-ins; the one input is the KPI to chart (a drop-down of KPI IDs).
 *
 * How the tree is ordered, with built-ins that exist in Excel, Sheets and HyperFormula only: an engine beside the
 * dashboard (one row per Goals row) walks each goal's Parent IDs up five steps (INDEX/MATCH, or VLOOKUP in Sheets'
 * array formulas). The depth is the number of ancestors found (0 = a goal without parent), so the indentation
 * (REPT of four spaces per level) follows the Parent IDs, which the roll-up follows too, rather than the typed Level.
 * A numeric sort key spells the path from the root in base 8192 (root position * 8192^3 + ... + own position), so
 * sorting the keys gives depth-first order: each goal right below its parent, siblings in the order of Goals. A goal
 * whose walk does not end within four levels (a cycle of Parent IDs, or a deeper tree) or whose Parent ID is not a
 * goal gets a key past every path (8192^4 + position): it is listed at the end with a note, never lost.
 * Keys stay exact below 2^53 while Goals has fewer than 8,192 rows.
 *
 * Per flavour: the playground writes per-row A1 formulas over the prepared rows; Excel writes one dynamic-array formula
 * per engine, tree and figures column in row 2, over the tables' columns, each spilling as many rows as there are goals
 * (engine: one per Goals row; tree and figures: exactly the goals, check-ins and teams there are), so nothing stops at a
 * fixed row and a goal appended to the table is listed at once; Sheets writes one array formula per engine column over
 * open-ended columns, and the tree as one SORT(FILTER(...)).
 */
import { colLetter, type CellRange, type ChartPlan, type ColumnFill, type NumberFormat, type PlanCell, type SheetPlan, type Validation } from '../host/plan';
import type { Formulas } from './formulas';
import { CHECKINS_HEADERS, DASHBOARD_HEADERS, EXCEL_ROWS, FILLS, GOALS_HEADERS, KPIS_HEADERS, col } from './layout';
import { withMarker, type ConditionalRule } from '../host/plan';

/** Base of the tree's sort keys (see above). */
export const KEY_BASE = 8192;
const B = KEY_BASE;
const BAD = B ** 4;

/** Rows of the chosen KPI's check-ins the figures table shows (in date order). */
export const SERIES_ROWS = 30;
/** Rows of the per-team status table. */
export const TEAM_ROWS = 30;

/** Where everything stands on the Dashboard (0-based columns). */
export const DASH = {
  tree: 0, // A:G, DASHBOARD_HEADERS
  checks: 8, // I:J  Check | Finding; J2 is the KPI to chart
  attainment: 11, // L:M Goal ID | Attainment
  series: 14, // O:Q Date | Check-in | Expected
  teams: 18, // S:V Team | Green | Yellow | Red
  charts: 23, // X: the charts' left edge
  engine: 40, // AO: the engine columns, one row per Goals row
} as const;
/** The checks block: row (0-based) of each finding in column J. */
export const CHECK_ROWS = { kpi: 1, deadlines: 2, kpis: 3, parents: 4, kpiChart: 5 } as const;
export const CHECKS_HEADERS = ['Check', 'Finding'] as const;
export const ATTAINMENT_HEADERS = ['Goal ID', 'Attainment'] as const;
export const SERIES_HEADERS = ['Date', 'Check-in', 'Expected'] as const;
export const TEAM_HEADERS = ['Team', 'Green', 'Yellow', 'Red'] as const;
export const ENGINE_HEADERS = ['ID', 'Parent 1', 'Parent 2', 'Parent 3', 'Parent 4', 'Parent 5', 'Depth', 'Cycle', 'Key', 'Team first',
  'No deadline', 'No KPI', 'Tree position'] as const;
type Engine = (typeof ENGINE_HEADERS)[number];
const E = (h: Engine) => DASH.engine + ENGINE_HEADERS.indexOf(h);
const engineHeader = (h: string) => `${h} (dashboard engine: keep this column free)`;

export interface DashboardOptions {
  name: string;
  /** The KPI the line chart shows at first (the user picks another in J2). */
  kpi?: string;
  /** Goals and teams of the example data, so the charts cover them (at least 10 rows each). */
  goals?: number;
  teams?: number;
}

const range = (row: number, c: number, rows = 1, cols = 1): CellRange => ({ row, col: c, rows, cols });

/** Structured reference to a table column (same escaping as formulas.ts). */
const tcol = (table: string, header: string) => `${table}[[${header.replace(/([[\]#'])/g, "'$1")}]]`;

/** The whole-column references the dashboard reads, per flavour. */
function sources(f: Formulas) {
  const lastLog = f.logRows + 1;
  const goals = (h: (typeof GOALS_HEADERS)[number]) => {
    if (f.usesTables) return tcol(f.tables.Goals, h);
    const c = colLetter(col(GOALS_HEADERS, h));
    return f.ref('Goals', f.host === 'sheets' ? `${c}2:${c}` : `$${c}$2:$${c}$${f.lastGoalRow}`);
  };
  const kpis = (h: (typeof KPIS_HEADERS)[number]) => {
    if (f.usesTables) return tcol(f.tables.KPIs, h);
    const c = colLetter(col(KPIS_HEADERS, h));
    return f.ref('KPIs', f.host === 'sheets' ? `${c}2:${c}` : `$${c}$2:$${c}$${f.lastKpiRow}`);
  };
  const log = (h: (typeof CHECKINS_HEADERS)[number]) => {
    if (f.usesTables) return tcol(f.tables.CheckIns, h);
    const c = colLetter(col(CHECKINS_HEADERS, h));
    return f.ref('Check-ins', f.host === 'sheets' ? `${c}2:${c}` : `$${c}$2:$${c}$${lastLog}`);
  };
  return { goals, kpis, log };
}

export function dashboardSheet(f: Formulas, o: DashboardOptions): SheetPlan {
  const s = f.host === 'sheets' ? sheetsFormulas(f) : f.usesTables ? spillFormulas(f) : perRowFormulas(f);
  const n = s.rows;
  const header = (c: number, hs: readonly string[]) => ({ row: 0, col: c, cells: [[...hs]] as PlanCell[][] });
  const checks: PlanCell[][] = [
    [...CHECKS_HEADERS],
    ['KPI to chart', o.kpi ?? null],
    ['Goals without a deadline', { formula: s.checks.deadlines }],
    ['Goals without a KPI', { formula: s.checks.kpis }],
    ['Parent IDs', { formula: s.checks.parents }],
    ['KPI chart', { formula: s.checks.kpiChart }],
  ];
  // Header plus the rows there are now (at least one); every host then follows the data as it grows (ChartPlan.grows).
  const goalsShown = Math.max(1, o.goals ?? 0);
  const teamsShown = Math.max(1, o.teams ?? 0);
  const chartRows = 18; // rows per chart at the default row height (~21 px)
  const charts: ChartPlan[] = [
    { kind: 'bar', title: 'Attainment by goal', source: range(0, DASH.attainment, goalsShown + 1, 2), anchor: { row: 0, col: DASH.charts }, width: 520, height: 360, percent: true, grows: true },
    { kind: 'line', title: 'Check-ins against the straight line', source: range(0, DASH.series, SERIES_ROWS + 1, 3), anchor: { row: chartRows, col: DASH.charts }, width: 520, height: 300, grows: true },
    { kind: 'column', stacked: true, title: 'Goals and KPIs by status and team', source: range(0, DASH.teams, teamsShown + 1, 4), anchor: { row: chartRows * 2, col: DASH.charts }, width: 520, height: 300,
      colors: ['#63BE7B', '#FFD966', '#F8696B'], grows: true },
  ];
  const status = `$${colLetter(DASH.tree + 5)}2`;
  const rules: ConditionalRule[] = (['Green', 'Yellow', 'Red'] as const).map((c) => ({
    range: range(1, DASH.tree + 5, f.host === 'excel' ? EXCEL_ROWS - 1 : n), formula: withMarker(`${status}="${c}"`), ...FILLS[c],
  }));
  const kpiPick: Validation = { range: range(CHECK_ROWS.kpi, DASH.checks + 1), kind: 'listFromRange', source: kpiIdsSource(f), help: 'The KPI whose check-ins the line chart shows.' };
  const formats: NumberFormat[] = [
    { range: range(1, DASH.tree + 4, n), format: '0%' },
    { range: range(1, DASH.attainment + 1, n), format: '0%' },
    { range: range(1, DASH.series, SERIES_ROWS), format: 'yyyy-mm-dd' },
    { range: range(1, DASH.series + 1, SERIES_ROWS, 2), format: '0.00' },
    // Sheets: the engine's array formulas fill as many rows as Goals has; this range makes the sheet as long.
    { range: range(1, DASH.engine, n, 1), format: '@' },
  ];
  return {
    name: o.name,
    blocks: [
      header(DASH.tree, DASHBOARD_HEADERS),
      { row: 0, col: DASH.checks, cells: checks },
      header(DASH.attainment, ATTAINMENT_HEADERS),
      header(DASH.series, SERIES_HEADERS),
      header(DASH.teams, TEAM_HEADERS),
      ...s.blocks,
    ],
    fills: s.fills.length ? s.fills : undefined,
    numberFormats: formats,
    validations: [kpiPick],
    conditionalRules: rules,
    bold: [range(0, 0, 1, DASH.teams + TEAM_HEADERS.length), range(1, DASH.checks, 5, 1)],
    freezeRows: 1,
    columnWidths: { [DASH.tree]: 60, [DASH.tree + 1]: 380, [DASH.tree + 3]: 130, [DASH.tree + 6]: 260, [DASH.checks]: 170, [DASH.checks + 1]: 320, [DASH.series]: 90, [DASH.teams]: 130 },
    charts,
  };
}

function kpiIdsSource(f: Formulas): string {
  return f.ref('KPIs', f.host === 'excel' ? '$A$2:$A$' + EXCEL_ROWS : f.host === 'sheets' ? '$A$2:$A' : `$A$2:$A$${f.lastKpiRow}`);
}

interface Flavour {
  rows: number;
  blocks: { row: number; col: number; cells: PlanCell[][] }[];
  fills: ColumnFill[];
  checks: { deadlines: string; kpis: string; parents: string; kpiChart: string };
}

/** The picked KPI's fields (scalar formulas; J2 is the pick). */
function kpiFacts(f: Formulas) {
  const { kpis } = sources(f);
  const pick = `$${colLetter(DASH.checks + 1)}$${CHECK_ROWS.kpi + 1}`;
  const at = `MATCH(${pick},${kpis('ID')},0)`;
  const field = (h: (typeof KPIS_HEADERS)[number]) => `INDEX(${kpis(h)},${at})`;
  return { pick, at, field };
}

/** The checks' findings, the same formulas on every host (ranges differ). */
function checkFormulas(f: Formulas, ids: string, noDeadline: string, noKpi: string, bad: string, cycle: string) {
  const { log } = sources(f);
  const { pick, at, field } = kpiFacts(f);
  const list = (flags: string, v: string) => `TEXTJOIN(", ",1,FILTER(${ids},${flags}=${v}))`;
  const countBad = `COUNTIF(${bad},">="&${BAD})`;
  return {
    deadlines: `=IF(SUM(${noDeadline})=0,"OK",SUM(${noDeadline})&" goal(s) without a deadline (type one in Goals): "&${list(noDeadline, '1')})`,
    kpis: `=IF(SUM(${noKpi})=0,"OK",SUM(${noKpi})&" goal(s) without a KPI here or below, so no roll-up: "&${list(noKpi, '1')})`,
    parents: `=IF(${countBad}=0,"OK",IF(SUM(${cycle})>0,"Parent IDs go in a circle: "&${list(cycle, '1')}&". Change one of their Parent IDs. ","")&` +
      `IF(${countBad}>SUM(${cycle}),"Listed at the end (a Parent ID that is not a goal, more than four levels, or under a circle): "&TEXTJOIN(", ",1,FILTER(${ids},${bad}>=${BAD})),""))`,
    kpiChart: `=IF(${pick}="","Pick a KPI in ${colLetter(DASH.checks + 1)}${CHECK_ROWS.kpi + 1}",IF(ISNA(${at}),${pick}&" is not a KPI ID: pick one from the list",` +
      `IF(${field('Deadline')}&""="","KPI "&${pick}&" has no deadline: no straight line to compare with (type one in KPIs)",` +
      `IF(${field('Start')}&""="","KPI "&${pick}&" has no start date: no straight line to compare with (type one in KPIs)",` +
      `IF(COUNTIF(${log('KPI ID')},${pick})=0,"KPI "&${pick}&" has no check-ins yet","OK: "&${field('KPI')})))))`,
  };
}

/** The straight line from baseline at start to target at deadline, at the date in `d` (empty baseline: 0). */
function expectedAt(f: Formulas, d: string) {
  const { field } = kpiFacts(f);
  const s = field('Start');
  const e = field('Deadline');
  const b = `N(${field('Baseline')})`;
  return `IF(OR(${e}&""="",${s}&""=""),"",IFERROR(${b}+(${field('Target')}-${b})*(${d}-${s})/(${e}-${s}),""))`;
}

function perRowFormulas(f: Formulas): Flavour {
  const { goals, kpis, log } = sources(f);
  const n = f.goalRows;
  /** This row's cell of a dashboard column. */
  const here = (c: number, r: number) => `${colLetter(c)}${r}`;
  const at = (c: number, row: string) => `INDEX($${colLetter(c)}:$${colLetter(c)},${row})`;
  const colRange = (c: number, rows = n) => `$${colLetter(c)}$2:$${colLetter(c)}$${rows + 1}`;
  const i = 'ROW()-1';
  const ids = goals('ID');
  const m = (x: string) => `MATCH(${x},${ids},0)`;
  const en = (h: Engine, r: number) => here(E(h), r);
  const engine: Record<Engine, (r: number) => string> = {
    ID: () => `=IFERROR(INDEX(${ids},${i})&"","")`,
    'Parent 1': (r) => `=IF(${en('ID', r)}="","",IFERROR(INDEX(${goals('Parent ID')},${i})&"",""))`,
    'Parent 2': (r) => parentOf(en('Parent 1', r)),
    'Parent 3': (r) => parentOf(en('Parent 2', r)),
    'Parent 4': (r) => parentOf(en('Parent 3', r)),
    'Parent 5': (r) => parentOf(en('Parent 4', r)),
    Depth: (r) => `=IF(${en('ID', r)}="","",(${en('Parent 1', r)}<>"")+(${en('Parent 2', r)}<>"")+(${en('Parent 3', r)}<>"")+(${en('Parent 4', r)}<>""))`,
    Cycle: (r) => `=IF(${en('ID', r)}="","",IF(OR(${(['Parent 1', 'Parent 2', 'Parent 3', 'Parent 4', 'Parent 5'] as const).map((p) => `${en(p, r)}=${en('ID', r)}`).join(',')}),1,0))`,
    Key: (r) => {
      const [p1, p2, p3] = (['Parent 1', 'Parent 2', 'Parent 3'] as const).map((p) => m(en(p, r)));
      const own = `(${i})`;
      return `=IF(${en('ID', r)}="","",IFERROR(IF(${en('Parent 5', r)}<>"",${BAD}+${own},CHOOSE(${en('Depth', r)}+1,${own}*${B ** 3},` +
        `${p1}*${B ** 3}+${own}*${B ** 2},${p2}*${B ** 3}+${p1}*${B ** 2}+${own}*${B},${p3}*${B ** 3}+${p2}*${B ** 2}+${p1}*${B}+${own})),${BAD}+${own}))`;
    },
    'Team first': (r) => `=IF(${en('ID', r)}="","",IF(INDEX(${goals('Department / team')},${i})&""="","",IF(MATCH(INDEX(${goals('Department / team')},${i})&"",${goals('Department / team')},0)=${i},${i},"")))`,
    'No deadline': (r) => `=IF(${en('ID', r)}="","",IF(INDEX(${goals('Deadline')},${i})&""="",1,0))`,
    // No KPI of its own nor below it: nothing to roll up.
    'No KPI': (r) => `=IF(${en('ID', r)}="","",IFERROR(IF(INDEX(${goals('Roll-up')},${i})&""="",1,0),0))`,
    // The goal shown in tree row ROW()-1: the Goals position with the (ROW()-1)-th smallest key.
    'Tree position': () => `=IFERROR(MATCH(SMALL(${colRange(E('Key'))},${i}),${colRange(E('Key'))},0),"")`,
  };
  function parentOf(prev: string) {
    return `=IF(${prev}="","",IFERROR(INDEX(${goals('Parent ID')},${m(prev)})&"",""))`;
  }
  const pos = (r: number) => en('Tree position', r);
  const g = (h: (typeof GOALS_HEADERS)[number], r: number) => `INDEX(${goals(h)},${pos(r)})`;
  const eAt = (h: Engine, r: number) => at(E(h), `${pos(r)}+1`);
  const tree: ((r: number) => string)[] = [
    (r) => `=IF(${pos(r)}="","",${g('ID', r)}&"")`,
    (r) => `=IF(${pos(r)}="","",REPT("    ",${eAt('Depth', r)})&${g('Goal', r)})`,
    (r) => `=IF(${pos(r)}="","",${g('Level', r)}&"")`,
    (r) => `=IF(${pos(r)}="","",${g('Department / team', r)}&"")`,
    (r) => `=IF(${pos(r)}="","",IF(${g('Roll-up', r)}&""="","",${g('Roll-up', r)}))`,
    (r) => `=IF(${pos(r)}="","",${g('Status', r)}&"")`,
    (r) => `=IF(${pos(r)}="","",MID(IF(${eAt('Cycle', r)}=1,"; Parent IDs go in a circle",IF(${eAt('Key', r)}>=${BAD},"; Parent ID not a goal, or more than four levels",""))` +
      `&IF(${eAt('No deadline', r)}=1,"; No deadline","")&IF(${eAt('No KPI', r)}=1,"; No KPI here or below: no roll-up",""),3,999))`,
  ];
  const treeCol = (k: number, r: number) => here(DASH.tree + k, r);
  const attainment: ((r: number) => string)[] = [
    (r) => `=${treeCol(0, r)}&""`,
    (r) => `=IF(ISNUMBER(${treeCol(4, r)}),${treeCol(4, r)},"")`,
  ];
  // The chosen KPI's check-ins in date order (the log's order within a day): the k-th smallest of day * 10^6 + log position.
  const { pick } = kpiFacts(f);
  const logIds = log('KPI ID');
  const kth = `SMALL(IF(${logIds}=${pick},INT(${log('Date')})*1000000+SEQUENCE(ROWS(${logIds})),""),${i})`;
  const d = (r: number) => here(DASH.series, r);
  const series: ((r: number) => string)[] = [
    () => `=IF(${pick}="","",IFERROR(INT(${kth}/1000000),""))`,
    (r) => `=IF(${d(r)}="","",INDEX(${log('Value')},MOD(${kth},1000000)))`,
    (r) => `=IF(${d(r)}="","",${expectedAt(f, d(r))})`,
  ];
  const teamCell = (r: number) => here(DASH.teams, r);
  const count = (c: string, r: number) => `=IF(${teamCell(r)}="","",COUNTIFS(${goals('Department / team')},${teamCell(r)},${goals('Status')},"${c}")+COUNTIFS(${kpis('Team')},${teamCell(r)},${kpis('Status')},"${c}"))`;
  const teams: ((r: number) => string)[] = [
    () => `=IFERROR(INDEX(${goals('Department / team')},SMALL(${colRange(E('Team first'))},${i}))&"","")`,
    (r) => count('Green', r), (r) => count('Yellow', r), (r) => count('Red', r),
  ];

  const blocks: Flavour['blocks'] = [{ row: 0, col: DASH.engine, cells: [ENGINE_HEADERS.map(engineHeader)] }];
  const put = (c: number, fs: ((r: number) => string)[], rows: number) => {
    blocks.push({ row: 1, col: c, cells: Array.from({ length: rows }, (_, j) => fs.map((fx) => ({ formula: fx(j + 2) }))) });
  };
  put(DASH.engine, ENGINE_HEADERS.map((h) => engine[h]), n);
  put(DASH.tree, tree, n);
  put(DASH.attainment, attainment, n);
  put(DASH.series, series, SERIES_ROWS);
  put(DASH.teams, teams, TEAM_ROWS);
  const noteAt = (h: Engine) => colRange(E(h));
  const checks = checkFormulas(f, noteAt('ID'), noteAt('No deadline'), noteAt('No KPI'), noteAt('Key'), noteAt('Cycle'));
  return { rows: n, blocks, fills: [], checks };
}

function sheetsFormulas(f: Formulas): Flavour {
  const { goals, kpis, log } = sources(f);
  const n = f.goalRows;
  const oc = (c: number) => `${colLetter(c)}2:${colLetter(c)}`; // open-ended column of this sheet
  const e = (h: Engine) => oc(E(h));
  const id = e('ID');
  const arr = (h: string, body: string) => `={"${h}";ARRAYFORMULA(${body})}`;
  const idTable = (...cols: string[]) => `{${goals('ID')}&"",${cols.join(',')}}`;
  const parentOf = (prev: string) => `IF(${prev}="","",IFERROR(VLOOKUP(${prev},${idTable(`${goals('Parent ID')}&""`)},2,0),""))`;
  const m = (x: string) => `MATCH(${x},${goals('ID')}&"",0)`;
  const own = `(ROW(${id})-1)`;
  const [p1, p2, p3, p4, p5] = (['Parent 1', 'Parent 2', 'Parent 3', 'Parent 4', 'Parent 5'] as const).map(e);
  const depth = e('Depth');
  const look = (h: (typeof GOALS_HEADERS)[number]) => `VLOOKUP(${id},${idTable(goals(h))},2,0)`;
  const engine: Record<Engine, string> = {
    ID: arr('ID', `${goals('ID')}&""`),
    'Parent 1': arr('Parent 1', `IF(${id}="","",${parentOf(id)})`),
    'Parent 2': arr('Parent 2', parentOf(p1)),
    'Parent 3': arr('Parent 3', parentOf(p2)),
    'Parent 4': arr('Parent 4', parentOf(p3)),
    'Parent 5': arr('Parent 5', parentOf(p4)),
    Depth: arr('Depth', `IF(${id}="","",(${p1}<>"")+(${p2}<>"")+(${p3}<>"")+(${p4}<>""))`),
    // OR does not work element-wise in an array formula: a sum of comparisons does.
    Cycle: arr('Cycle', `IF(${id}="","",IF((${p1}=${id})+(${p2}=${id})+(${p3}=${id})+(${p4}=${id})+(${p5}=${id})>0,1,0))`),
    Key: arr('Key', `IF(${id}="","",IFERROR(IF(${p5}<>"",${BAD}+${own},IF(${depth}=0,${own}*${B ** 3},IF(${depth}=1,${m(p1)}*${B ** 3}+${own}*${B ** 2},` +
      `IF(${depth}=2,${m(p2)}*${B ** 3}+${m(p1)}*${B ** 2}+${own}*${B},IF(${depth}=3,${m(p3)}*${B ** 3}+${m(p2)}*${B ** 2}+${m(p1)}*${B}+${own},${BAD}+${own}))))),${BAD}+${own}))`),
    'Team first': arr('Team first', '""'), // Sheets lists the teams with UNIQUE instead
    'No deadline': arr('No deadline', `IF(${id}="","",IF(VLOOKUP(${id},${idTable(goals('Deadline'))},2,0)="",1,0))`),
    'No KPI': arr('No KPI', `IF(${id}="","",IFERROR(IF(${look('Roll-up')}&""="",1,0),0))`),
    'Tree position': arr('Tree position', '""'), // Sheets sorts the tree with SORT instead
  };
  // Engine headers are inside the array formulas (their row 1), as in every Sheets computed column.
  const blocks: Flavour['blocks'] = [{ row: 0, col: DASH.engine, cells: [ENGINE_HEADERS.map((h) => ({ formula: engine[h] }))] }];
  const note = `MID(IF(${e('Cycle')}=1,"; Parent IDs go in a circle",IF(${e('Key')}>=${BAD},"; Parent ID not a goal, or more than four levels",""))` +
    `&IF(${e('No deadline')}=1,"; No deadline","")&IF(${e('No KPI')}=1,"; No KPI here or below: no roll-up",""),3,999)`;
  const rows = `{${id},REPT("    ",${depth})&${look('Goal')},${look('Level')}&"",${look('Department / team')}&"",${look('Roll-up')},${look('Status')}&"",${note}}`;
  const tree = `=IFERROR(SORT(FILTER(ARRAYFORMULA(${rows}),${id}<>""),FILTER(${e('Key')},${id}<>""),TRUE),"")`;
  const A = oc(DASH.tree);
  const rollup = oc(DASH.tree + 4);
  const { pick } = kpiFacts(f);
  const dates = oc(DASH.series);
  const teamCol = oc(DASH.teams);
  // Each figures column fills exactly the rows there are (FILTER over the filled rows), so the open-ended ranges the
  // charts read hold no "" rows: below the last figure the cells are empty.
  const teamsHere = `FILTER(${teamCol},${teamCol}<>"")`;
  const count = (c: string) => `=IFERROR(ARRAYFORMULA(COUNTIFS(${goals('Department / team')},${teamsHere},${goals('Status')},"${c}")+COUNTIFS(${kpis('Team')},${teamsHere},${kpis('Status')},"${c}")),"")`;
  blocks.push(
    { row: 1, col: DASH.tree, cells: [[{ formula: tree }]] },
    { row: 1, col: DASH.attainment, cells: [[{ formula: `=IFERROR(FILTER(ARRAYFORMULA({${A},IF(ISNUMBER(${rollup}),${rollup},"")}),${A}<>""),"")` }, null]] },
    // The check-ins of the KPI in date order; several on one day are all shown (Sheets draws each). Each condition is a
    // column as tall as the log: Sheets' FILTER takes no single-cell condition ("mismatched range sizes"); an empty pick
    // matches no row because the KPI ID must be filled too.
    { row: 1, col: DASH.series, cells: [[
      { formula: `=IFERROR(SORT(FILTER({${log('Date')},${log('Value')}},${log('KPI ID')}=${pick},${log('KPI ID')}<>""),1,TRUE),"")` },
      null,
      { formula: `=IFERROR(ARRAYFORMULA(${expectedAt(f, `FILTER(${dates},${dates}<>"")`)}),"")` },
    ]] },
    { row: 1, col: DASH.teams, cells: [[{ formula: `=IFERROR(UNIQUE(FILTER(${goals('Department / team')},${goals('Department / team')}<>"",${goals('ID')}<>"")),"")` },
      { formula: count('Green') }, { formula: count('Yellow') }, { formula: count('Red') }]] },
  );
  const checks = checkFormulas(f, id, e('No deadline'), e('No KPI'), e('Key'), e('Cycle'));
  return { rows: n, blocks, fills: [], checks };
}


/**
 * Excel: one dynamic-array formula per column, in row 2, spilling as many rows as the Goals table has (Excel 365 and
 * 2021: SORT, FILTER, SEQUENCE, UNIQUE; a spilled range is read back as X2#). Nothing stops at a fixed row, and a goal
 * appended to the table is in every column at once. The tree's order: the positions of the sorted keys (MATCH over
 * SORT(FILTER(keys))), then each tree column is INDEX(table column, positions).
 */
function spillFormulas(f: Formulas): Flavour {
  const { goals, kpis, log } = sources(f);
  const sp = (c: number) => `$${colLetter(c)}$2#`;
  const e = (h: Engine) => sp(E(h));
  const id = e('ID');
  const ids = goals('ID');
  const m = (x: string) => `MATCH(${x},${ids},0)`;
  const own = `SEQUENCE(ROWS(${id}))`;
  const parentOf = (prev: string) => `=IF(${prev}="","",IFERROR(INDEX(${goals('Parent ID')},${m(prev)})&"",""))`;
  const [p1, p2, p3, p4, p5] = (['Parent 1', 'Parent 2', 'Parent 3', 'Parent 4', 'Parent 5'] as const).map(e);
  const depth = e('Depth');
  const key = e('Key');
  const engine: Record<Engine, string> = {
    ID: `=${ids}&""`,
    'Parent 1': `=IF(${id}="","",${goals('Parent ID')}&"")`,
    'Parent 2': parentOf(p1),
    'Parent 3': parentOf(p2),
    'Parent 4': parentOf(p3),
    'Parent 5': parentOf(p4),
    Depth: `=IF(${id}="","",(${p1}<>"")+(${p2}<>"")+(${p3}<>"")+(${p4}<>""))`,
    // OR is not element-wise: a sum of comparisons is.
    Cycle: `=IF(${id}="","",IF((${p1}=${id})+(${p2}=${id})+(${p3}=${id})+(${p4}=${id})+(${p5}=${id})>0,1,0))`,
    Key: `=IF(${id}="","",IFERROR(IF(${p5}<>"",${BAD}+${own},IF(${depth}=0,${own}*${B ** 3},IF(${depth}=1,${m(p1)}*${B ** 3}+${own}*${B ** 2},` +
      `IF(${depth}=2,${m(p2)}*${B ** 3}+${m(p1)}*${B ** 2}+${own}*${B},IF(${depth}=3,${m(p3)}*${B ** 3}+${m(p2)}*${B ** 2}+${m(p1)}*${B}+${own},${BAD}+${own}))))),${BAD}+${own}))`,
    'Team first': '=""', // the teams are listed with UNIQUE instead
    'No deadline': `=IF(${id}="","",IF(${goals('Deadline')}&""="",1,0))`,
    'No KPI': `=IF(${id}="","",IFERROR(IF(${goals('Roll-up')}&""="",1,0),0))`,
    // The Goals position of each tree row: the keys in order, found back among the keys (each key is unique).
    'Tree position': `=IFERROR(MATCH(SORT(FILTER(${key},${key}<>"")),${key},0),"")`,
  };
  const blocks: Flavour['blocks'] = [
    { row: 0, col: DASH.engine, cells: [ENGINE_HEADERS.map(engineHeader)] },
    { row: 1, col: DASH.engine, cells: [ENGINE_HEADERS.map((h) => ({ formula: engine[h] }))] },
  ];
  const pos = e('Tree position');
  const g = (h: (typeof GOALS_HEADERS)[number]) => `INDEX(${goals(h)},${pos})`;
  const eAt = (h: Engine) => `INDEX(${e(h)},${pos})`;
  const tree = [
    `${g('ID')}&""`,
    `REPT("    ",${eAt('Depth')})&${g('Goal')}`,
    `${g('Level')}&""`,
    `${g('Department / team')}&""`,
    `IF(${g('Roll-up')}&""="","",${g('Roll-up')})`,
    `${g('Status')}&""`,
    `MID(IF(${eAt('Cycle')}=1,"; Parent IDs go in a circle",IF(${eAt('Key')}>=${BAD},"; Parent ID not a goal, or more than four levels",""))` +
      `&IF(${eAt('No deadline')}=1,"; No deadline","")&IF(${eAt('No KPI')}=1,"; No KPI here or below: no roll-up",""),3,999)`,
  ].map((x) => ({ formula: `=IF(${pos}="","",${x})` }));
  blocks.push({ row: 1, col: DASH.tree, cells: [tree] });
  const A = sp(DASH.tree);
  const rollup = sp(DASH.tree + 4);
  blocks.push({ row: 1, col: DASH.attainment, cells: [[{ formula: `=${A}&""` }, { formula: `=IF(ISNUMBER(${rollup}),${rollup},"")` }]] });
  // The chosen KPI's check-ins in date order (the log's order within a day).
  const { pick } = kpiFacts(f);
  const mine = `FILTER(INT(${log('Date')})*1000000+SEQUENCE(ROWS(${log('KPI ID')})),(${log('KPI ID')}=${pick})*(${pick}<>""))`;
  const dates = sp(DASH.series);
  blocks.push({ row: 1, col: DASH.series, cells: [[
    { formula: `=IFERROR(INT(SORT(${mine})/1000000),"")` },
    { formula: `=IFERROR(INDEX(${log('Value')},MOD(SORT(${mine}),1000000)),"")` },
    { formula: `=IF(${dates}="","",${expectedAt(f, dates)})` },
  ]] });
  const teamCol = sp(DASH.teams);
  const team = goals('Department / team');
  const count = (c: string) => `=IF(${teamCol}="","",COUNTIFS(${team},${teamCol},${goals('Status')},"${c}")+COUNTIFS(${kpis('Team')},${teamCol},${kpis('Status')},"${c}"))`;
  blocks.push({ row: 1, col: DASH.teams, cells: [[
    { formula: `=IFERROR(UNIQUE(FILTER(${team}&"",(${team}&""<>"")*(${ids}&""<>""))),"")` },
    { formula: count('Green') }, { formula: count('Yellow') }, { formula: count('Red') },
  ]] });
  const checks = checkFormulas(f, id, e('No deadline'), e('No KPI'), key, e('Cycle'));
  return { rows: f.goalRows, blocks, fills: [], checks };
}

/**
 * The template's formulas for each host flavour (templates.md):
 * - excel: Goals, KPIs, NPS answers and Review are Excel tables (ListObjects); their computed columns are calculated
 *   columns in structured references ([@Actual], GoalpostKPIs[Owner]), so a row typed below a table gets its formulas
 *   and every reference grows with the table. The goal tree's roll-up is one spilled CASCADE_ROLLUP in an engine
 *   column beside the Goals table (a spill cannot live inside a table); the Roll-up column reads its row from there.
 * - sheets: ONE array formula per computed column in its header cell, over open-ended columns (L2:L): every
 *   custom-function cell is a separate server execution in Sheets, so never one per row;
 * - playground: per-row A1 formulas without the prefix, evaluated by HyperFormula with our plugin.
 *
 * Excel desktop builds send an empty cell as 0 (office-js issues 4702, 5262): the per-row flavours never hand one of our
 * functions a raw reference that may be empty. Every input goes through blankSafe(), IF(x="","",x), which the
 * spreadsheet's own IF evaluates, so an empty cell arrives as "" (blank) on every build and a 0 stays 0.
 * No formula leaves an argument empty: what Sheets passes for `F(a,,b)` is undocumented, so we write "".
 * Only built-in functions that exist in Excel, Sheets and HyperFormula are used besides ours.
 */
import type { HostKind } from '../host/port';
import { colLetter, quoteSheet } from '../host/plan';
import { CHECKINS_HEADERS, GOALS_HEADERS, KPIS_HEADERS, REVIEW_HEADERS, NPS_HEADERS, settingCell, type SettingKey } from './layout';

export interface SheetNames {
  Strategy: string; Goals: string; KPIs: string; 'Check-ins': string; OKRs: string; NPS: string; Review: string; Settings: string;
  /** The Dashboard (shared/templates/dashboard.ts); optional so a plan without one stays valid. */
  Dashboard?: string;
}

/** Excel table names of one cascade (unique in the workbook: the core picks free ones). */
export interface TableNames {
  Goals: string; KPIs: string; NPS: string; Review: string; CheckIns: string; OKRs: string;
}

/** The column of the Goals sheet that holds the spilled roll-up engine in the Excel flavour (Z): well right of the table. */
export const ROLLUP_ENGINE_COL = 25;
export const ROLLUP_ENGINE_HEADER = 'Roll-up engine (Goalpost: keep this column free)';

/**
 * The tracking columns that read the check-in log. Each is ONE spilled call over all KPIs (the log is grouped once per
 * call): Excel in an engine column beside the KPIs table (a spill cannot live in a table; the table's column reads its
 * row), the playground in the column's first data row, Sheets as the header-cell array formula like every column.
 */
export const TRACKING_SPILLS = ['Latest check-in', 'Last update', 'Confidence', 'Trend', 'Projected'] as const;
export type TrackingSpill = (typeof TRACKING_SPILLS)[number];
/** Excel: the first engine column of the KPIs sheet (AB), one per tracking spill, right of the table (A:Z). */
export const KPI_ENGINE_COL = 27;
export const engineHeader = (h: string) => `${h} engine (Goalpost: keep this column free)`;

/**
 * A range handed to one of our functions in Sheets. What a Sheets custom function receives for an error cell is not
 * documented (it may be the error's text, or the call may fail as a whole and blank the column): the template makes
 * it independent of that, handing an error cell over as the text "#VALUE!", which the core reads as an error in that
 * row only ("... is #VALUE! in its cell: fix that cell first"). Our own computed columns (Attainment, Pace...) already
 * carry errors as "#VALUE! message" text and are passed as they are.
 */
export const sheetsArg = (range: string) => `ARRAYFORMULA(IFERROR(${range},"#VALUE!"))`;

/**
 * Percentages are shown with one decimal (PERCENT_FORMAT), so a fraction shows three decimals. Statuses and traffic
 * lights judge the value AS SHOWN (rounded to those decimals), so a shown figure never contradicts its colour: a pace
 * of 0.997 shows 99.7 % in yellow, and 0.9996 shows 100.0 % in green. Text and blanks pass through unchanged.
 */
export const PERCENT_FORMAT = '0.0%';
export const SHOWN_DECIMALS = 3;
export const asShown = (x: string) => `IF(ISNUMBER(${x}),ROUND(${x},${SHOWN_DECIMALS}),${x})`;

/** IF(x="","",x): an empty cell as "" on every Excel build (a bare reference arrives as 0 on desktop builds). */
export const blankSafe = (x: string) => `IF(${x}="","",${x})`;

type KpiHeader = (typeof KPIS_HEADERS)[number];
type GoalHeader = (typeof GOALS_HEADERS)[number];

/** A structured reference to a column: the double-bracket form is valid for every header ("/", "-", spaces). */
const tcol = (table: string, header: string) => `${table}[[${header.replace(/([[\]#'])/g, "'$1")}]]`;
const trow = (header: string) => `[@[${header.replace(/([[\]#'])/g, "'$1")}]]`;

export class Formulas {
  constructor(
    readonly host: HostKind, readonly names: SheetNames, readonly goalRows: number, readonly kpiRows: number,
    readonly tables: TableNames = defaultTableNames(names),
    /** Playground: the check-in rows its log ranges cover (the other hosts read the whole log). */
    readonly logRows = 1000,
  ) {}

  /** Our function's name in this host's formulas. */
  fn(name: string): string {
    return this.host === 'excel' ? `GOALS.${name}` : name;
  }
  ref(sheet: Exclude<keyof SheetNames, 'Dashboard'>, a1: string): string {
    return `${quoteSheet(this.names[sheet])}!${a1}`;
  }
  setting(k: SettingKey): string {
    return this.ref('Settings', settingCell(k));
  }
  /**
   * A range handed to one of our functions: blank-safe in Excel (desktop builds send empty cells inside a range as 0);
   * the playground sends null for an empty cell, so it passes the range itself (simpler formulas, no array expression).
   */
  rangeArg(range: string): string {
    return this.host === 'excel' ? blankSafe(range) : range;
  }
  /** A setting as our functions read it: blank-safe in the per-row flavours. */
  settingArg(k: SettingKey): string {
    return this.host === 'sheets' ? this.setting(k) : blankSafe(this.setting(k));
  }
  /** A setting as a conditional-format rule reads it: Sheets rules cannot refer to other sheets except via INDIRECT. */
  settingForRule(k: SettingKey): string {
    if (this.host !== 'sheets') return this.setting(k);
    const a1 = settingCell(k).replace(/\$/g, '');
    return `INDIRECT("${quoteSheet(this.names.Settings).replace(/"/g, '""')}!${a1}")`;
  }
  get lastGoalRow() {
    return this.goalRows + 1;
  }
  get lastKpiRow() {
    return this.kpiRows + 1;
  }
  get perRow() {
    return this.host !== 'sheets';
  }
  get usesTables() {
    return this.host === 'excel';
  }

  // ----- references to a cell of this row / a whole column, per flavour -------------------------------------------
  /** A cell of row r of the KPIs sheet, for the per-row flavours. */
  private kpiCell(h: KpiHeader, r: number): string {
    return this.usesTables ? trow(h) : `${colLetter(KPIS_HEADERS.indexOf(h))}${r}`;
  }
  private goalCell(h: GoalHeader, r: number): string {
    return this.usesTables ? trow(h) : `${colLetter(GOALS_HEADERS.indexOf(h))}${r}`;
  }
  /** The whole data column of KPIs, from another sheet or the same one. */
  kpiColumn(h: KpiHeader, absolute = true): string {
    if (this.usesTables) return tcol(this.tables.KPIs, h);
    const c = colLetter(KPIS_HEADERS.indexOf(h));
    if (this.host === 'sheets') return this.ref('KPIs', `${c}2:${c}`);
    return absolute ? this.ref('KPIs', `$${c}$2:$${c}$${this.lastKpiRow}`) : `${c}$2:${c}$${this.lastKpiRow}`;
  }
  /** A column of the check-in log, as the tracking functions read it (blank-safe where Excel desktop would send 0). */
  logColumn(h: (typeof CHECKINS_HEADERS)[number]): string {
    if (this.usesTables) return blankSafe(tcol(this.tables.CheckIns, h));
    const c = colLetter(CHECKINS_HEADERS.indexOf(h));
    if (this.host === 'sheets') return sheetsArg(this.ref('Check-ins', `${c}2:${c}`));
    return this.rangeArg(this.ref('Check-ins', `$${c}$2:$${c}$${this.logRows + 1}`));
  }
  goalColumn(h: GoalHeader): string {
    if (this.usesTables) return tcol(this.tables.Goals, h);
    const c = colLetter(GOALS_HEADERS.indexOf(h));
    return this.host === 'sheets' ? `${c}2:${c}` : `${c}2:${c}${this.lastGoalRow}`;
  }
  /** The Parent ID column as COUNTIF reads it from a row of Goals (per-row flavours). */
  goalParents(): string {
    return this.usesTables ? tcol(this.tables.Goals, 'Parent ID') : `C$2:C$${this.lastGoalRow}`;
  }
  /** Goals' columns A to `last` for VLOOKUP from another sheet: whole columns, so they grow (not in Sheets' arrays). */
  goalsLookup(last: GoalHeader): string {
    const c = colLetter(GOALS_HEADERS.indexOf(last));
    return this.ref('Goals', this.host === 'playground' ? `$A$2:$${c}$${this.lastGoalRow}` : `$A:$${c}`);
  }

  // ----- KPIs ----------------------------------------------------------------------------------------------------
  /** The computed KPI columns, header -> formula for row r (per-row flavours) or the header-cell array formula (sheets). */
  kpiColumns(): Record<string, (r: number) => string> {
    const s = (k: SettingKey) => this.settingArg(k);
    const log = (field: (typeof CHECKINS_HEADERS)[number]) => `${this.logColumn('KPI ID')},${this.logColumn('Date')},${this.logColumn(field)}`;
    const mode = this.setting('statusFrom');
    if (this.perRow) {
      const k = (h: KpiHeader, r: number) => this.kpiCell(h, r);
      const b = (h: KpiHeader, r: number) => blankSafe(k(h, r));
      // The KPI's current value: its latest check-in, or the Actual typed in while it has none.
      const current = (r: number) => `IF(${k('Latest check-in', r)}="",${b('Actual', r)},${k('Latest check-in', r)})`;
      return {
        Attainment: (r) => `=${this.fn('KPI_ATTAINMENT')}(${current(r)},${b('Target', r)},${b('Baseline', r)},${b('Direction', r)})`,
        Pace: (r) => `=${this.fn('KPI_PACE')}(${current(r)},${b('Target', r)},${b('Start', r)},${b('Deadline', r)},${s('asOf')},${b('Baseline', r)},${b('Direction', r)})`,
        // On pace while the KPI runs, on attainment once its deadline has passed (Settings: "KPI status from").
        Status: (r) => `=IF(OR(${mode}="Pace",AND(${mode}="Pace, then attainment",${k('Pace', r)}<>"",${this.setting('asOf')}<=${k('Deadline', r)})),` +
          `${this.fn('KPI_STATUS')}(${asShown(b('Pace', r))},${s('paceGreenAt')},${s('paceYellowAt')}),${this.fn('KPI_STATUS')}(${asShown(b('Attainment', r))},${s('greenAt')},${s('yellowAt')}))`,
        Team: (r) => `=IF(${k('Goal ID', r)}="","",IFERROR(VLOOKUP(${k('Goal ID', r)},${this.goalsLookup('Department / team')},4,0),""))`,
        Check: (r) => `=IF(${k('ID', r)}="","",IF(${k('Owner', r)}="","No owner",IF(${k('Target', r)}="","No target",IF(${k('Deadline', r)}="","No deadline",` +
          `IF(COUNTIF(${this.kpiColumn('Owner', false)},${k('Owner', r)})>${this.setting('maxKpisPerPerson')},"Owner has too many KPIs",` +
          `IF(AND(${k('Team', r)}<>"",COUNTIF(${this.kpiColumn('Team', false)},${k('Team', r)})>${this.setting('maxKpisPerTeam')}),"Team has too many KPIs",` +
          `IF(AND(ISNUMBER(${k('Next update due', r)}),${k('Next update due', r)}<${this.setting('asOf')}),"Overdue: check in","OK")))))))`,
        'Next update due': (r) => `=${this.fn('KPI_NEXT_UPDATE')}(${b('Last update', r)},${b('Frequency', r)},${b('Start', r)})`,
        'Projected attainment': (r) => `=${this.fn('KPI_ATTAINMENT')}(${b('Projected', r)},${b('Target', r)},${b('Baseline', r)},${b('Direction', r)})`,
        // Excel: the tracking columns read their row of the engine spills beside the table.
        ...(this.usesTables
          ? Object.fromEntries(TRACKING_SPILLS.map((h, i) => {
            const c = colLetter(KPI_ENGINE_COL + i);
            return [h, (r: number) => `=IF(${k('ID', r)}="","",INDEX($${c}:$${c},ROW()))`];
          }))
          : {}),
      };
    }
    const e = sheetsArg;
    const current = 'ARRAYFORMULA(IFERROR(IF(T2:T="",L2:L,T2:T),"#VALUE!"))';
    const latest = (h: string, field: (typeof CHECKINS_HEADERS)[number]) => `={"${h}";${this.fn('KPI_LATEST')}(${e('A2:A')},${log(field)})}`;
    return {
      Attainment: () => `={"Attainment";${this.fn('KPI_ATTAINMENT')}(${current},${e('K2:K')},${e('J2:J')},${e('G2:G')})}`,
      Pace: () => `={"Pace";${this.fn('KPI_PACE')}(${current},${e('K2:K')},${e('M2:M')},${e('N2:N')},${s('asOf')},${e('J2:J')},${e('G2:G')})}`,
      Status: () => `={"Status";ARRAYFORMULA(IF(A2:A="","",IF((${mode}="Pace")+(${mode}="Pace, then attainment")*(P2:P<>"")*(${this.setting('asOf')}<=N2:N),` +
        `${this.fn('KPI_STATUS')}(${asShown('P2:P')},${s('paceGreenAt')},${s('paceYellowAt')}),${this.fn('KPI_STATUS')}(${asShown('O2:O')},${s('greenAt')},${s('yellowAt')}))))}`,
      Team: () => `={"Team";ARRAYFORMULA(IF(B2:B="","",IFERROR(VLOOKUP(B2:B,${this.ref('Goals', '$A$2:$D')},4,0),"")))}`,
      Check: () => `={"Check";ARRAYFORMULA(IF(A2:A="","",IF(I2:I="","No owner",IF(K2:K="","No target",IF(N2:N="","No deadline",` +
        `IF(COUNTIF(I2:I,I2:I)>${this.setting('maxKpisPerPerson')},"Owner has too many KPIs",` +
        `IF((R2:R<>"")*(COUNTIF(R2:R,R2:R)>${this.setting('maxKpisPerTeam')}),"Team has too many KPIs",` +
        `IF(ISNUMBER(V2:V)*(V2:V<${this.setting('asOf')}),"Overdue: check in","OK"))))))))}`,
      'Latest check-in': () => latest('Latest check-in', 'Value'),
      'Last update': () => latest('Last update', 'Date'),
      'Next update due': () => `={"Next update due";${this.fn('KPI_NEXT_UPDATE')}(U2:U,${e('H2:H')},${e('M2:M')})}`,
      Confidence: () => latest('Confidence', 'Confidence'),
      Trend: () => `={"Trend";${this.fn('KPI_SPARKLINE')}(${e('A2:A')},${log('Value')})}`,
      Projected: () => `={"Projected";${this.fn('KPI_PROJECTION')}(${e('A2:A')},${log('Value')},${e('N2:N')})}`,
      'Projected attainment': () => `={"Projected attainment";${this.fn('KPI_ATTAINMENT')}(Y2:Y,${e('K2:K')},${e('J2:J')},${e('G2:G')})}`,
    };
  }

  /** The spilled tracking calls over every KPI (per-row flavours; see TRACKING_SPILLS). */
  trackingSpills(): Record<TrackingSpill, string> {
    const log = (field: (typeof CHECKINS_HEADERS)[number]) => `${this.logColumn('KPI ID')},${this.logColumn('Date')},${this.logColumn(field)}`;
    const col = (h: KpiHeader) => {
      if (this.usesTables) return blankSafe(tcol(this.tables.KPIs, h));
      const c = colLetter(KPIS_HEADERS.indexOf(h));
      return this.rangeArg(`$${c}$2:$${c}$${this.lastKpiRow}`);
    };
    const ids = col('ID');
    return {
      'Latest check-in': `=${this.fn('KPI_LATEST')}(${ids},${log('Value')})`,
      'Last update': `=${this.fn('KPI_LATEST')}(${ids},${log('Date')})`,
      Confidence: `=${this.fn('KPI_LATEST')}(${ids},${log('Confidence')})`,
      Trend: `=${this.fn('KPI_SPARKLINE')}(${ids},${log('Value')})`,
      Projected: `=${this.fn('KPI_PROJECTION')}(${ids},${log('Value')},${col('Deadline')})`,
    };
  }

  // ----- Goals ---------------------------------------------------------------------------------------------------
  goalColumns(): Record<string, (r: number) => string> {
    const s = (k: SettingKey) => this.settingArg(k);
    if (this.perRow) {
      const g = (h: GoalHeader, r: number) => this.goalCell(h, r);
      const b = (h: GoalHeader, r: number) => blankSafe(g(h, r));
      const cols: Record<string, (r: number) => string> = {
        'SMART check': (r) => `=${this.fn('SMART_CHECK')}(${b('Goal', r)},${b('Deadline', r)},${b('Parent ID', r)})`,
        Status: (r) => `=${this.fn('KPI_STATUS')}(${asShown(b('Roll-up', r))},${s('greenAt')},${s('yellowAt')})`,
        KPIs: (r) => `=IF(${g('ID', r)}="","",COUNTIF(${this.kpiColumn('Goal ID')},${g('ID', r)}))`,
        // A goal measured through its child goals has no KPI of its own and needs none.
        Check: (r) => `=IF(${g('ID', r)}="","",IF(AND(${g('KPIs', r)}=0,COUNTIF(${this.goalParents()},${g('ID', r)})=0),"No KPI",` +
          `IF(${g('Owner', r)}="","No owner",IF(${g('Deadline', r)}="","No deadline","OK"))))`,
      };
      // Excel: the Roll-up column reads this row of the engine's spill (whole-column INDEX: it grows with the table).
      if (this.usesTables) cols['Roll-up'] = (r) => `=IF(${g('ID', r)}="","",INDEX($${colLetter(ROLLUP_ENGINE_COL)}:$${colLetter(ROLLUP_ENGINE_COL)},ROW()))`;
      return cols;
    }
    return {
      'SMART check': () => `={"SMART check";${this.fn('SMART_CHECK')}(${sheetsArg('F2:F')},${sheetsArg('H2:H')},${sheetsArg('C2:C')})}`,
      'Roll-up': () => `={"Roll-up";${this.fn('CASCADE_ROLLUP')}(${sheetsArg('A2:A')},${sheetsArg('C2:C')},${sheetsArg(this.kpiColumn('Goal ID'))},` +
        `${this.kpiColumn('Attainment')},"",${sheetsArg('I2:I')})}`,
      Status: () => `={"Status";${this.fn('KPI_STATUS')}(ARRAYFORMULA(${asShown('K2:K')}),${s('greenAt')},${s('yellowAt')})}`,
      KPIs: () => `={"KPIs";ARRAYFORMULA(IF(A2:A="","",COUNTIF(${this.kpiColumn('Goal ID')},A2:A)))}`,
      Check: () => `={"Check";ARRAYFORMULA(IF(A2:A="","",IF((M2:M=0)*(COUNTIF(C2:C,A2:A)=0),"No KPI",IF(E2:E="","No owner",IF(H2:H="","No deadline","OK")))))}`,
    };
  }

  /**
   * The goal tree's roll-up: one spilled call. Excel: in the engine column beside the Goals table, over its columns;
   * playground: in Roll-up row 2 over the prepared rows. Every range is blank-safe.
   */
  rollup(): string {
    const g = (h: GoalHeader) => this.rangeArg(this.goalColumn(h));
    const k = (h: KpiHeader) => this.rangeArg(this.kpiColumn(h));
    return `=${this.fn('CASCADE_ROLLUP')}(${g('ID')},${g('Parent ID')},${k('Goal ID')},${k('Attainment')},"",${g('Weight')})`;
  }

  // ----- NPS -----------------------------------------------------------------------------------------------------
  /** The answers column as the NPS figures read it: the answers table (Excel), open-ended (Sheets), or prepared rows. */
  npsAnswers(rows: number): string {
    if (this.usesTables) return tcol(this.tables.NPS, NPS_HEADERS[0]);
    return this.host === 'sheets' ? 'A2:A' : `A2:A${rows + 1}`;
  }

  // ----- OKRs -----------------------------------------------------------------------------------------------------
  /**
   * The OKRs sheet's computed columns for row r. Any number of objectives, their key results in any rows: an objective's
   * score stands in the first row of its key results (MATCH finds it) and is OKR_SCORE over every row with its ID
   * (FILTER), so rows inserted or appended anywhere count. In Sheets too the score is one call per objective (the
   * IF calls OKR_SCORE only in an objective's first row), never one per row.
   */
  okrColumns(okrRows: number): Record<'Objective score' | 'Key results' | 'Check', (r: number) => string> {
    const H = ['Objective ID', 'Objective', 'Commitment', 'Key result', 'Progress', 'Weight'] as const;
    const last = okrRows + 1;
    const cell = (h: (typeof H)[number], r: number) => (this.usesTables ? trow(h) : `${colLetter(H.indexOf(h))}${r}`);
    const column = (h: (typeof H)[number]) => {
      if (this.usesTables) return tcol(this.tables.OKRs, h);
      const c = colLetter(H.indexOf(h));
      return this.host === 'sheets' ? `$${c}$2:$${c}` : `$${c}$2:$${c}$${last}`;
    };
    // Excel's FILTER gives 0 for an empty cell: filter the blank-safe column (Sheets: errors as "#VALUE!" text).
    const values = (h: 'Progress' | 'Weight') => (this.host === 'sheets' ? sheetsArg(column(h)) : this.rangeArg(column(h)));
    const id = (r: number) => cell('Objective ID', r);
    const mine = (r: number) => `${column('Objective ID')}=${id(r)}`;
    const max = this.setting('maxKeyResults');
    return {
      'Objective score': (r) => `=IF(${id(r)}="","",IF(MATCH(${id(r)},${column('Objective ID')},0)=ROW()-1,` +
        `${this.fn('OKR_SCORE')}(FILTER(${values('Progress')},${mine(r)}),FILTER(${values('Weight')},${mine(r)})),""))`,
      'Key results': (r) => `=IF(${id(r)}="","",COUNTIF(${column('Objective ID')},${id(r)}))`,
      Check: (r) => `=IF(${id(r)}="","",IF(COUNTIF(${column('Objective ID')},${id(r)})>${max},"More than "&${max}&" key results: focus",` +
        `IF(${cell('Progress', r)}="","No progress yet","OK")))`,
    };
  }

  // ----- Review --------------------------------------------------------------------------------------------------
  reviewColumns(): Record<string, (r: number) => string> {
    const id = (r: number) => (this.usesTables ? trow(REVIEW_HEADERS[0]) : `A${r}`);
    const G = this.goalsLookup('Status');
    return {
      Goal: (r) => `=IF(${id(r)}="","",IFERROR(VLOOKUP(${id(r)},${G},6,0),"Not a goal ID"))`,
      Deadline: (r) => `=IF(${id(r)}="","",IFERROR(VLOOKUP(${id(r)},${G},8,0),""))`,
    };
  }
}

/** The table names a cascade gets when none is taken: GoalpostGoals, GoalpostKPIs... ("KPIs (2)" gives GoalpostKPIs2). */
export function defaultTableNames(names: SheetNames): TableNames {
  const n = (s: string) => `Goalpost${s.replace(/[^A-Za-z0-9]/g, '')}`;
  return { Goals: n(names.Goals), KPIs: n(names.KPIs), NPS: n(names.NPS), Review: n(names.Review), CheckIns: n(names['Check-ins']), OKRs: n(names.OKRs) };
}

/** Free table names: a name taken anywhere in the workbook (tables are workbook-wide) gets a number. */
export function freeTableNames(names: SheetNames, taken: Iterable<string>): TableNames {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  const pick = (want: string) => {
    let name = want;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${want}_${i}`;
    used.add(name.toLowerCase());
    return name;
  };
  const d = defaultTableNames(names);
  return { Goals: pick(d.Goals), KPIs: pick(d.KPIs), NPS: pick(d.NPS), Review: pick(d.Review), CheckIns: pick(d.CheckIns), OKRs: pick(d.OKRs) };
}

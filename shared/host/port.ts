/**
 * The Host port: what the UI (task pane, sidebar, playground panel) asks of a workbook. One implementation per host:
 * Excel (Office.js in the same page), Sheets (google.script.run to the server entry, which uses the Sheets adapter),
 * playground (HyperFormula in the page). The UI never knows which.
 *
 * Below the port, each host has a WorkbookAdapter: the few primitives the core's plans need. The orchestration is
 * always the same three steps: snapshot the workbook -> the core plans -> the adapter applies the plan.
 */
import type { RefreshPlan, WorkbookPlan } from './plan';

export type HostKind = 'excel' | 'sheets' | 'playground';

/** What the core reads of a workbook: every sheet's name, and the used-range values of the sheets asked for. */
export interface WorkbookSnapshot {
  sheetNames: string[];
  /** Values from A1 to the end of the used range, rows outer; blanks as "" (dates as serial numbers). */
  values: Record<string, unknown[][]>;
  /** The sheet the user is on: its cascade is the one the task pane acts on (when the workbook has several). */
  activeSheet?: string;
  /** Excel only: every table of the workbook (names are workbook-wide) and where it stands (0-based, header row included). */
  tables?: TableExtent[];
}

export interface TableExtent {
  name: string;
  sheet: string;
  row: number;
  rows: number;
}

/** The primitives every host adapter implements (async form; the Sheets server uses the same shape synchronously). */
export interface WorkbookAdapter {
  snapshot(sheets: 'all' | string[]): Promise<WorkbookSnapshot>;
  applyPlan(plan: WorkbookPlan): Promise<void>;
  applyRefresh(plan: RefreshPlan): Promise<void>;
  select(sheet: string, row: number, col: number): Promise<void>;
}

export interface CellRef {
  sheet: string;
  row: number; // 0-based
  col: number; // 0-based
}

export interface ApplyTemplateOptions {
  template: 'cascade';
  exampleData: boolean;
  /** The workbook has a cascade already: true adds a second, separate one (with its own sheets). Without it, nothing is added and the result asks. */
  addSecondCascade?: boolean;
}

export interface ApplyResult {
  /** The sheets added, with the names they got (a taken name gets a free variant such as "KPIs (2)"). */
  sheets: string[];
  message: string;
  /** Set when nothing was added because the workbook has a cascade already: the question to ask the user. */
  askSecondCascade?: string;
}

/** A goal cascade of the workbook (a set of template sheets), named by its Goals sheet. */
export interface CascadeChoice {
  goals: string;
  /** The sheets of this cascade, for the label. */
  sheets: string[];
  /** The user is on one of its sheets. */
  active: boolean;
}

export interface RefreshResult {
  sheets: string[];
  rules: number;
  asOf: string; // YYYY-MM-DD
  message: string;
}

export interface Finding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Where to go when the finding is clicked. */
  at?: CellRef;
}

/** A goal typed into the wizard, with the KPIs that measure it. */
export interface NewGoal {
  /** The cascade to add it to (its Goals sheet); default: the active sheet's, or the only one. */
  cascade?: string;
  statement: string;
  level: 'Company' | 'Department' | 'Team' | 'Person';
  parentId?: string;
  team?: string;
  owner?: string;
  start?: string; // YYYY-MM-DD
  deadline?: string; // YYYY-MM-DD
  weight?: number;
  kpis: NewKpi[];
}

export interface NewKpi {
  name: string;
  definition?: string;
  unit?: string;
  type?: 'Leading' | 'Lagging';
  /** Higher / Lower is better, or a level to hold: At least / At most the target (functions.md, stay-type targets). */
  direction?: 'Higher' | 'Lower' | 'At least' | 'At most';
  frequency?: 'Daily' | 'Weekly' | 'Monthly' | 'Quarterly' | 'Yearly';
  owner?: string;
  baseline?: number;
  target?: number;
  /** The KPI's current value, written to the KPIs sheet's Actual column. */
  actual?: number;
}

export interface GoalSummary {
  id: string;
  statement: string;
  level?: string;
  parentId?: string;
  at: CellRef;
}

export interface AddGoalResult {
  goalId: string;
  kpiIds: string[];
  /** True when the template had to be applied first. */
  appliedTemplate: boolean;
  message: string;
}

/** A KPI as the Check in task offers it. */
export interface KpiChoice {
  id: string;
  name: string;
  owner: string;
  unit: string;
  /** The date the next check-in is due (YYYY-MM-DD), when the KPI has a frequency. */
  nextDue?: string;
  overdue: boolean;
  /** The KPI's current value (its latest check-in, or the Actual typed in). */
  current?: number;
  at: CellRef;
}

/** Where the check-in log is: its sheet, and in Excel its table. */
export interface CheckInLog {
  sheet: string;
  table?: string;
}

export interface KpiList {
  kpis: KpiChoice[];
  /** Undefined when the workbook has no cascade with a Check-ins sheet yet. */
  log?: CheckInLog;
  /** What to do next when there is nothing to check in. */
  message?: string;
}

export interface NewCheckIn {
  /** The cascade whose log to append to (its Goals sheet); default: the active sheet's, or the only one. */
  cascade?: string;
  kpiId: string;
  value: number;
  /** YYYY-MM-DD; default today (the workbook's today). */
  date?: string;
  confidence?: 'On track' | 'At risk' | 'Off track';
  note?: string;
  who?: string;
}

export interface CheckInResult {
  kpiId: string;
  date: string;
  message: string;
}

// ----- the goal tree, the review at the deadline and the next cycle (issue 12) --------------------------------------

/** A traffic-light status as the Goals sheet's Status column shows it. */
export type StatusColour = 'Green' | 'Yellow' | 'Red';

/** One goal of the panel's goal tree: in tree order (each goal right after its parent), with its depth. */
export interface GoalNode {
  id: string;
  statement: string;
  level?: string;
  parentId?: string;
  /** 0 for a goal without a parent (or whose parent is not in the sheet), 1 for its children... */
  depth: number;
  /** The Goals sheet's Status; undefined when it shows none (no KPI measured yet, an error). */
  status?: StatusColour;
  /** The Goals sheet's Roll-up (1 = 100 %), when it is a number. */
  rollup?: number;
  at: CellRef;
}

export interface GoalTree {
  goals: GoalNode[];
  /** What to do next when there is nothing to show; or what is odd in the parent IDs (a cycle). */
  message?: string;
}

/** A goal the Review task offers: past its deadline, not reviewed yet; with its result at the deadline. */
export interface ReviewChoice {
  id: string;
  statement: string;
  owner: string;
  deadline: string; // YYYY-MM-DD
  /** The Goals sheet's Roll-up and Status now (the deadline has passed: they are the result at the deadline). */
  rollup?: number;
  status?: StatusColour;
  /** The suggested OKR-style grade: the roll-up clamped to 0-1 and rounded to 0.1; undefined without a roll-up. */
  grade?: number;
  at: CellRef;
}

export interface ReviewList {
  goals: ReviewChoice[];
  /** What to do next when there is nothing to review. */
  message?: string;
}

/** The answers of one review. The roll-up and status are read from the workbook when saving, never sent. */
export interface NewReview {
  /** The cascade of the goal (its Goals sheet); default: the active sheet's, or the only one. */
  cascade?: string;
  goalId: string;
  /** 0.0 to 1.0; default the suggested grade. */
  grade?: number;
  /** The Result text; default a summary of the roll-up and status ("82 % of target, Yellow at the deadline"). */
  result?: string;
  why?: string;
  worked?: string;
  better?: string;
  keep?: string;
  next?: string;
}

export interface ReviewResult {
  goalId: string;
  grade: number;
  message: string;
}

/** A goal the Next cycle task may carry on, with the period its copy would get. */
export interface CycleChoice {
  id: string;
  statement: string;
  start?: string;
  deadline: string;
  /** The copy's period: the day after the deadline, for the same length (whole months stay whole months). */
  nextStart?: string;
  nextDeadline?: string;
  pastDeadline: boolean;
  reviewed: boolean;
  /** The goal that already carries this one on (same statement, starting the day after its deadline). */
  carriedOnAs?: string;
  kpis: number;
  /** Ticked at first: the reviewed goals past their deadline, or (when none is reviewed) every goal past it. */
  suggested: boolean;
  /** Why this goal cannot be carried on (no start date). */
  problem?: string;
  at: CellRef;
}

export interface CycleList {
  goals: CycleChoice[];
  message?: string;
}

export interface NextCycleResult {
  /** Old goal ID -> its copy's ID. */
  goals: { from: string; to: string }[];
  kpis: { from: string; to: string }[];
  message: string;
}

// ----- the panel's Home (issue 14) ---------------------------------------------------------------------------------

/** The state of the workbook that the panel's Home shows, so the user sees what needs doing before opening a task. */
export interface WorkbookSummary {
  /** The workbook has a goal-cascade template (at least one). */
  template: boolean;
  /** How many cascades the workbook has. */
  cascades: number;
  /** The cascade the numbers are of (its Goals sheet); undefined without a template. */
  cascade?: string;
  /** Goals with an ID in that cascade's Goals sheet. */
  goals: number;
  /** KPIs whose next check-in date has passed (the Check in task lists them first). */
  overdueKpis: number;
  /** Goals past their deadline without a Review row (the Review task lists them). */
  reviewsDue: number;
}

export interface HostPort {
  readonly kind: HostKind;
  applyTemplate(options: ApplyTemplateOptions): Promise<ApplyResult>;
  refreshTrafficLights(): Promise<RefreshResult>;
  /** The cascades of the workbook; a task acts on the one picked (`cascade`: its Goals sheet), else the active sheet's. */
  listCascades(): Promise<CascadeChoice[]>;
  /** The goals of the workbook's cascade (for the wizard's parent picker). Empty when there is no template yet. */
  listGoals(cascade?: string): Promise<GoalSummary[]>;
  addGoal(goal: NewGoal): Promise<AddGoalResult>;
  /** SMART and the limits over every goal of the cascade. */
  checkGoals(cascade?: string): Promise<Finding[]>;
  selectCell(ref: CellRef): Promise<void>;
  /** The KPIs to check in, overdue first; and where the log is. */
  listKpis(cascade?: string): Promise<KpiList>;
  /** Append one row to the check-in log: one write, nothing else rewritten. */
  checkIn(entry: NewCheckIn): Promise<CheckInResult>;
  /** The goal tree in tree order, with each goal's status and roll-up. */
  goalTree(cascade?: string): Promise<GoalTree>;
  /** The goals past their deadline without a Review row yet. */
  listReviews(cascade?: string): Promise<ReviewList>;
  /** Append one Review row; a red goal needs an answer to why. */
  saveReview(review: NewReview): Promise<ReviewResult>;
  /** The goals the Next cycle task may carry on, the suggested ones ticked. */
  listNextCycle(cascade?: string): Promise<CycleList>;
  /** Copy the chosen goals and their KPIs to the next period: new rows only. */
  startNextCycle(goalIds: string[], cascade?: string): Promise<NextCycleResult>;
  /** The numbers of the panel's Home: template or not, goals, overdue KPIs, reviews due. */
  workbookSummary(cascade?: string): Promise<WorkbookSummary>;
}

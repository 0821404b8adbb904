/**
 * The one catalogue of custom functions: names, descriptions, parameters and implementations.
 * The build generates Excel's functions.json and the Apps Script wrappers (with @customfunction JSDoc) from this list,
 * the Excel functions entry associates each id, and the playground registers each with HyperFormula.
 */
import type { CellValue } from './coerce';
import type { FunctionResult } from './vectorise';
import { KPI_ATTAINMENT, KPI_STATUS, KPI_PACE, KPI_FORECAST } from './kpi';
import { NPS, NPS_MOE, CSAT, CES } from './survey';
import { OKR_SCORE, ROLLUP, CASCADE_ROLLUP } from './rollup';
import { SMART_SCORE, SMART_CHECK } from './smartFunctions';
import { KPI_EVAL } from './kpiEval';
import { KPI_LATEST, KPI_NEXT_UPDATE, KPI_SPARKLINE, KPI_PROJECTION } from './tracking';

/** per-kpi: one result per cell of the first argument (kpi_ids), in its shape, read from a check-in log. */
export type FunctionKind = 'per-row' | 'per-kpi' | 'aggregate' | 'tree' | 'scalar';

export interface ParamSpec {
  name: string;
  description: string;
  optional?: boolean;
  /** Accepts a range (Excel: matrix dimensionality). Per-row functions accept ranges in every argument. */
  range?: boolean;
  /** What the Sheets JSDoc shows as the type. */
  jsType: string;
}

export interface FunctionSpec {
  name: string;
  kind: FunctionKind;
  description: string;
  params: ParamSpec[];
  /** The shape of the result: per-row and tree functions may return ranges. */
  result: 'scalar' | 'matrix';
  /** Excel's result type. */
  resultType: 'number' | 'string' | 'any';
  /** What the function returns, for the Sheets @return line. */
  returns: string;
  impl: (...args: CellValue[]) => FunctionResult;
}

const NUM = 'number|Array<Array<number>>';
const TXT = 'string|Array<Array<string>>';
const DATE = 'Date|number|Array<Array<Date|number>>';
const RANGE = 'Array<Array<number>>';

const p = (name: string, description: string, jsType: string, extra: Partial<ParamSpec> = {}): ParamSpec => ({
  name, description, jsType, range: true, ...extra,
});
const opt = (name: string, description: string, jsType: string, extra: Partial<ParamSpec> = {}) => p(name, description, jsType, { optional: true, ...extra });
const single = { range: false };

/** The first three parameters of every function that reads the check-in log: the KPIs, and the log's IDs and dates. */
const LOG_PARAMS: ParamSpec[] = [
  p('kpi_ids', 'The IDs of the KPIs (a cell or a column).', TXT),
  p('log_kpi_ids', 'The check-in log: the KPI ID of each check-in (one column).', RANGE),
  p('log_dates', 'The check-in log: the date of each check-in (same length).', DATE),
];

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: 'KPI_ATTAINMENT', kind: 'per-row', result: 'matrix', resultType: 'any',
    description: 'How far a KPI has come towards its target, as a fraction (1 = 100 %). Works row by row on ranges.',
    returns: 'The attainment as a fraction (1 = target met).',
    params: [
      p('actual', 'The current value of the KPI (a cell or a column).', NUM),
      p('target', 'The target value.', NUM),
      opt('baseline', 'The starting value; with it, attainment = (actual - baseline) / (target - baseline).', NUM),
      opt('direction', '"higher" (default) or "lower" is better; "at least" or "at most" for a level to hold (baseline ignored).', TXT),
    ],
    impl: KPI_ATTAINMENT,
  },
  {
    name: 'KPI_STATUS', kind: 'per-row', result: 'matrix', resultType: 'string',
    description: 'Traffic light for an attainment: "Green", "Yellow" or "Red". Works row by row on ranges.',
    returns: 'Green, Yellow or Red ("" for a blank attainment).',
    params: [
      p('attainment', 'The attainment as a fraction, e.g. from KPI_ATTAINMENT.', NUM),
      opt('green_at', 'Green from this attainment on (default 1).', NUM),
      opt('yellow_at', 'Yellow from this attainment on (default 0.9).', NUM),
    ],
    impl: KPI_STATUS,
  },
  {
    name: 'KPI_PACE', kind: 'per-row', result: 'matrix', resultType: 'any',
    description: 'Progress against a straight line from start to end: 1 = on track, below 1 = behind. Row by row on ranges.',
    returns: 'Attainment divided by the share of time elapsed ("" before the start).',
    params: [
      p('actual', 'The current value of the KPI.', NUM),
      p('target', 'The target value.', NUM),
      p('start', 'The start date.', DATE),
      p('end', 'The deadline.', DATE),
      opt('as_of', 'The date to measure at (default today; templates pass the Settings "as of" cell).', DATE),
      opt('baseline', 'The starting value of the KPI.', NUM),
      opt('direction', '"higher" (default) or "lower" is better; "at least" or "at most" for a level to hold (baseline ignored).', TXT),
    ],
    impl: KPI_PACE,
  },
  {
    name: 'KPI_FORECAST', kind: 'aggregate', result: 'scalar', resultType: 'number',
    description: 'Straight-line (least squares) forecast of a KPI at a future date or period.',
    returns: 'The forecast value at the given date or period.',
    params: [
      p('values', 'The KPI values measured so far.', RANGE),
      p('dates', 'The date or period number of each value.', DATE),
      p('at', 'The date or period to forecast.', 'Date|number', single),
    ],
    impl: KPI_FORECAST,
  },
  {
    name: 'KPI_LATEST', kind: 'per-kpi', result: 'matrix', resultType: 'any',
    description: "Each KPI's latest check-in from a check-in log: its value, date, confidence or any other column. One result per KPI.",
    returns: 'The log_field of the latest check-in on or before as_of ("" when there is none).',
    params: [
      ...LOG_PARAMS,
      p('log_field', 'The check-in log column to return, e.g. the values, the dates or the confidence (same length).', RANGE),
      opt('as_of', 'Only check-ins on or before this date (default: all); one for all KPIs or one per KPI.', DATE),
    ],
    impl: KPI_LATEST,
  },
  {
    name: 'KPI_NEXT_UPDATE', kind: 'per-row', result: 'matrix', resultType: 'any',
    description: 'The date the next check-in of a KPI is due: the last update (or the start) plus one period. Row by row on ranges.',
    returns: 'The due date as a serial number ("" when there is no date or frequency).',
    params: [
      p('last_update', 'The date of the last check-in, e.g. from KPI_LATEST over the log dates.', DATE),
      p('frequency', 'How often the KPI is updated: "Daily", "Weekly", "Monthly", "Quarterly" or "Yearly".', TXT),
      opt('start', 'The date to count from while there is no check-in yet.', DATE),
    ],
    impl: KPI_NEXT_UPDATE,
  },
  {
    name: 'KPI_SPARKLINE', kind: 'per-kpi', result: 'matrix', resultType: 'any',
    description: "A text sparkline (▁▂▃▄▅▆▇█) of each KPI's latest check-ins in date order. One result per KPI.",
    returns: 'One bar per check-in, lowest ▁ to highest █ ("" when there is none).',
    params: [
      ...LOG_PARAMS,
      p('log_values', 'The check-in log: the value of each check-in (same length).', RANGE),
      opt('points', 'How many of the latest check-ins to show, 2 to 50 (default 12).', 'number', single),
    ],
    impl: KPI_SPARKLINE,
  },
  {
    name: 'KPI_PROJECTION', kind: 'per-kpi', result: 'matrix', resultType: 'any',
    description: "Where each KPI is heading: the straight line (least squares) through its check-ins, at a date. One result per KPI.",
    returns: 'The projected value at the date ("" with fewer than two check-ins on different dates).',
    params: [
      ...LOG_PARAMS,
      p('log_values', 'The check-in log: the value of each check-in (same length).', RANGE),
      p('at', 'The date to project to, e.g. the deadline; one for all KPIs or one per KPI.', DATE),
    ],
    impl: KPI_PROJECTION,
  },
  {
    name: 'NPS', kind: 'aggregate', result: 'scalar', resultType: 'number',
    description: 'Net Promoter Score from raw 0-10 answers: % promoters (9-10) minus % detractors (0-6), from -100 to 100.',
    returns: 'The NPS, from -100 to 100.',
    params: [p('scores', 'The raw answers, whole numbers from 0 to 10; blanks are skipped.', RANGE)],
    impl: NPS,
  },
  {
    name: 'NPS_MOE', kind: 'aggregate', result: 'scalar', resultType: 'number',
    description: 'Margin of error of the NPS in points, at a confidence level (default 95 %).',
    returns: 'The margin of error in NPS points.',
    params: [
      p('scores', 'The raw answers, whole numbers from 0 to 10.', RANGE),
      opt('confidence', 'The confidence level between 0 and 1 (default 0.95).', 'number', single),
    ],
    impl: NPS_MOE,
  },
  {
    name: 'CSAT', kind: 'aggregate', result: 'scalar', resultType: 'number',
    description: 'Customer satisfaction: the share of satisfied answers (default 4-5 on a 5-point scale).',
    returns: 'The share of satisfied answers, as a fraction.',
    params: [
      p('scores', 'The answers on the scale 1..scale_max.', RANGE),
      opt('scale_max', 'The top of the scale (default 5).', 'number', single),
      opt('satisfied_from', 'Satisfied from this answer on (default scale_max - 1).', 'number', single),
    ],
    impl: CSAT,
  },
  {
    name: 'CES', kind: 'aggregate', result: 'scalar', resultType: 'number',
    description: 'Customer Effort Score: the mean answer on a 1..scale_max scale (default 7).',
    returns: 'The mean effort score.',
    params: [
      p('scores', 'The answers on the scale 1..scale_max.', RANGE),
      opt('scale_max', 'The top of the scale (default 7).', 'number', single),
    ],
    impl: CES,
  },
  {
    name: 'OKR_SCORE', kind: 'aggregate', result: 'scalar', resultType: 'number',
    description: "An objective's score: the weighted mean of its key results' progress, each clamped to 0-1.",
    returns: 'The OKR score from 0 to 1.',
    params: [
      p('progress', 'Progress of each key result (0-1; above 1 counts as 1).', RANGE),
      opt('weights', 'Weight of each key result (default equal).', RANGE),
    ],
    impl: OKR_SCORE,
  },
  {
    name: 'ROLLUP', kind: 'aggregate', result: 'scalar', resultType: 'number',
    description: 'Weighted mean of values, blanks skipped; not clamped.',
    returns: 'The weighted mean.',
    params: [
      p('values', 'The values to roll up.', RANGE),
      opt('weights', 'Weight of each value (default equal).', RANGE),
    ],
    impl: ROLLUP,
  },
  {
    name: 'CASCADE_ROLLUP', kind: 'tree', result: 'matrix', resultType: 'any',
    description: "Rolls KPI values up the goal tree: each goal's weighted mean of its KPIs and child goals, one row per goal.",
    returns: 'One column aligned with goal_ids.',
    params: [
      p('goal_ids', 'The ID of each goal.', RANGE),
      p('parent_ids', 'The parent goal ID of each goal (blank for top goals).', RANGE),
      p('kpi_goal_ids', 'For each KPI, the ID of the goal it measures.', RANGE),
      p('kpi_values', 'For each KPI, its value to roll up (e.g. attainment).', RANGE),
      opt('kpi_weights', 'Weight of each KPI (default equal).', RANGE),
      opt('goal_weights', 'Weight of each goal in its parent (default equal).', RANGE),
    ],
    impl: CASCADE_ROLLUP,
  },
  {
    name: 'SMART_SCORE', kind: 'per-row', result: 'matrix', resultType: 'any',
    description: 'How many of the five SMART criteria a goal statement meets (0-5). Row by row on ranges.',
    returns: 'The number of SMART criteria met, 0-5.',
    params: [
      p('goal', 'The goal statement.', TXT),
      opt('deadline', 'The goal deadline, if the sheet has one.', DATE),
      opt('parent', 'The parent goal (ID or statement), if linked.', TXT),
    ],
    impl: SMART_SCORE,
  },
  {
    name: 'SMART_CHECK', kind: 'per-row', result: 'matrix', resultType: 'string',
    description: 'Checks a goal statement against SMART: "SMART", or what is missing with a hint. Row by row on ranges.',
    returns: 'SMART, or Missing: with each unmet criterion and its hint.',
    params: [
      p('goal', 'The goal statement.', TXT),
      opt('deadline', 'The goal deadline, if the sheet has one.', DATE),
      opt('parent', 'The parent goal (ID or statement), if linked.', TXT),
    ],
    impl: SMART_CHECK,
  },
  {
    name: 'KPI_EVAL', kind: 'scalar', result: 'scalar', resultType: 'any',
    description: 'Evaluates a KPI definition such as "revenue / customers" with named inputs.',
    returns: 'The value of the formula.',
    params: [
      p('formula', 'The definition, e.g. "revenue / customers" or "a > b ? 1 : 0".', 'string', single),
      p('names', 'The input names used in the formula.', 'Array<Array<string>>'),
      p('values', 'The value of each name, in the same order.', RANGE),
    ],
    impl: KPI_EVAL,
  },
];

export const FUNCTION_BY_NAME: ReadonlyMap<string, FunctionSpec> = new Map(FUNCTIONS.map((f) => [f.name, f]));

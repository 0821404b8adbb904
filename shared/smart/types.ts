/** The SMART analyser's input and output (see ../shared/spec/smart.md). */

export type CriterionKey = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';
export const CRITERIA: readonly CriterionKey[] = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];
export const CRITERION_LABEL: Record<CriterionKey, string> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
};

export type Met = 'yes' | 'no' | 'unknown';

export interface CriterionResult {
  met: Met;
  /** Quotes what was found or missed, e.g. `found "by 20%"` or `no number or metric`. */
  reason: string;
  /** One line that says how to fix it, e.g. `add a number or metric`. Empty when met. */
  hint: string;
}

export interface GoalInput {
  text: string;
  /** Deadline as an Excel date serial (1900 system), when the workbook has one. */
  deadline?: number;
  /** Today as a serial, for judging deadlines in the past; defaults to the clock. */
  today?: number;
  /** The parent goal's ID or statement, when the goal is linked in the cascade. */
  parent?: string;
  baseline?: number;
  target?: number;
  unit?: string;
  /** Historical values of the KPI, oldest first, one per period. */
  history?: number[];
  /** Periods left until the deadline (for judging the change per period against history). */
  periodsLeft?: number;
  /** True when a linked KPI with a target measures the goal. */
  hasKpiWithTarget?: boolean;
}

export interface Analysis {
  criteria: Record<CriterionKey, CriterionResult>;
  warnings: string[];
  /** Criteria with met === 'yes' or 'unknown' (unknown gets the benefit of the doubt): 0-5. */
  score: number;
}

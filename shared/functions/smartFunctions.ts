/** SMART_SCORE and SMART_CHECK: the analyser of shared/smart as per-row cell formulas. */
import { judgeGoal, smartCheckText } from '../smart/analyser';
import type { GoalInput } from '../smart/types';
import { isBlank, show, toText, toDateSerial, todaySerial, type CellValue } from './coerce';
import { valueError } from './errors';
import { perRow, type FunctionResult } from './vectorise';

/** The analyser's input for one row: the same fields the wizard passes for the same goal (smart.md). */
export function goalInputOfCells(goal: CellValue, deadline: CellValue, parent: CellValue, today: number): GoalInput {
  // A number, date or boolean is not a goal statement (and Excel would send a date as a bare serial number).
  if (typeof goal !== 'string') throw valueError(`goal must be the text of a goal statement, not ${show(goal)}.`);
  return {
    text: goal,
    deadline: isBlank(deadline) ? undefined : toDateSerial(deadline, 'deadline'),
    parent: isBlank(parent) ? undefined : toText(parent).trim() || undefined,
    today,
  };
}

const NAMES = ['goal', 'deadline', 'parent'] as const;

// The cells show the score or the hints of the unmet criteria, never a reason or a warning: judgeGoal builds none.
// Today is read once per call (today in the sheet's zone), never per row, and handed to the core, which never reads
// the clock: a deadline that has passed is not time-bound.
export function SMART_SCORE(goal: CellValue, deadline?: CellValue, parent?: CellValue): FunctionResult {
  const today = todaySerial();
  return perRow((g, d, p) => (isBlank(g) || toText(g).trim() === '' ? '' : judgeGoal(goalInputOfCells(g, d, p, today)).score), [goal, deadline, parent], NAMES);
}

export function SMART_CHECK(goal: CellValue, deadline?: CellValue, parent?: CellValue): FunctionResult {
  const today = todaySerial();
  return perRow((g, d, p) => (isBlank(g) || toText(g).trim() === '' ? '' : smartCheckText(judgeGoal(goalInputOfCells(g, d, p, today)))), [goal, deadline, parent], NAMES);
}

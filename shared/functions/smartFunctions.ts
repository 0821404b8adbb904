/** SMART_SCORE and SMART_CHECK: the analyser of shared/smart as per-row cell formulas. */
import { analyseGoal, smartCheckText } from '../smart/analyser';
import { isBlank, show, toText, toDateSerial, type CellValue } from './coerce';
import { valueError } from './errors';
import { perRow, type FunctionResult } from './vectorise';

function analyseCell(goal: CellValue, deadline: CellValue, parent: CellValue) {
  // A number, date or boolean is not a goal statement (and Excel would send a date as a bare serial number).
  if (typeof goal !== 'string') throw valueError(`goal must be the text of a goal statement, not ${show(goal)}.`);
  return analyseGoal({
    text: goal,
    deadline: isBlank(deadline) ? undefined : toDateSerial(deadline, 'deadline'),
    parent: isBlank(parent) ? undefined : toText(parent).trim() || undefined,
  });
}

const NAMES = ['goal', 'deadline', 'parent'] as const;

export function SMART_SCORE(goal: CellValue, deadline?: CellValue, parent?: CellValue): FunctionResult {
  return perRow((g, d, p) => (isBlank(g) || toText(g).trim() === '' ? '' : analyseCell(g, d, p).score), [goal, deadline, parent], NAMES);
}

export function SMART_CHECK(goal: CellValue, deadline?: CellValue, parent?: CellValue): FunctionResult {
  return perRow((g, d, p) => (isBlank(g) || toText(g).trim() === '' ? '' : smartCheckText(analyseCell(g, d, p))), [goal, deadline, parent], NAMES);
}

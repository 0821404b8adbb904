/** SMART_SCORE and SMART_CHECK: the analyser of shared/smart as per-row cell formulas. */
import { analyseGoal, smartCheckText } from '../smart/analyser';
import { isBlank, toText, toDateSerial, type CellValue } from './coerce';
import { perRow, type FunctionResult } from './vectorise';

function analyseCell(goal: CellValue, deadline: CellValue, parent: CellValue) {
  return analyseGoal({
    text: toText(goal),
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

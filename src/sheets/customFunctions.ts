/**
 * The Sheets form of the core's results: a single error is thrown (the cell shows #ERROR! with the message on hover);
 * an error inside an array result becomes the text "#VALUE! message", so one bad row never blanks a whole column.
 * Dates are read in the spreadsheet's time zone: the zone is read at call time, at most once per call
 * and only when a date is read (see ./zone.ts).
 */
import { ERROR_TEXT, FUNCTION_BY_NAME, isGoalError } from '../../shared/functions';
import { withSpreadsheetZone } from './zone';

export function sheetsCall(name: string, args: ArrayLike<unknown>): unknown {
  const spec = FUNCTION_BY_NAME.get(name);
  if (!spec) throw new Error(`Goalpost has no function ${name}.`);
  let result;
  try {
    const a = Array.prototype.slice.call(args, 0, spec.params.length);
    result = withSpreadsheetZone(() => spec.impl(...a));
  } catch (e) {
    if (isGoalError(e)) throw new Error(e.message);
    throw new Error(`Goalpost internal error: ${(e as Error)?.message ?? e}. Please report it.`);
  }
  if (Array.isArray(result)) return result.map((row) => row.map((v) => (isGoalError(v) ? `${ERROR_TEXT[v.code]} ${v.message}` : v)));
  return result;
}

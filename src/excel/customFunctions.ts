/**
 * The Excel form of the core's results: typed errors become CustomFunctions.Error, scalar results of functions that
 * Excel knows as matrix functions are wrapped as 1x1, and Excel's `null` for omitted arguments passes through as blank.
 */
import { FUNCTIONS, isGoalError, type FunctionSpec, type GoalError } from '../../shared/functions';

/** Only #VALUE! and #N/A show a message in Excel; the core uses VALUE for everything the user must fix. */
// The enum's runtime values, written out so that nothing but CustomFunctions.Error is read from the host.
const EXCEL_CODE: Record<GoalError['code'], CustomFunctions.ErrorCode> = {
  VALUE: '#VALUE!' as CustomFunctions.ErrorCode.invalidValue,
  NA: '#N/A' as CustomFunctions.ErrorCode.notAvailable,
  DIV0: '#DIV/0!' as CustomFunctions.ErrorCode.divisionByZero,
  NUM: '#NUM!' as CustomFunctions.ErrorCode.invalidNumber,
};

export function toExcelError(e: GoalError): CustomFunctions.Error {
  const code = EXCEL_CODE[e.code];
  return e.code === 'VALUE' || e.code === 'NA' ? new CustomFunctions.Error(code, e.message) : new CustomFunctions.Error(code);
}

function internalError(e: unknown): CustomFunctions.Error {
  return new CustomFunctions.Error(EXCEL_CODE.VALUE, `Goalpost internal error: ${(e as Error)?.message ?? e}. Please report it.`);
}

export function excelCall(spec: FunctionSpec, args: unknown[]): unknown {
  try {
    const result = spec.impl(...args.slice(0, spec.params.length));
    if (Array.isArray(result)) return result.map((row) => row.map((v) => (isGoalError(v) ? toExcelError(v) : v)));
    return spec.result === 'matrix' ? [[result]] : result;
  } catch (e) {
    const err = isGoalError(e) ? toExcelError(e) : internalError(e);
    // An error for a whole matrix function still has to come back in Excel's matrix form.
    return spec.result === 'matrix' ? [[err]] : err;
  }
}

/** Associate every id of functions.json with its implementation; the build emits functions.json from the same list. */
export function associateAll(): void {
  for (const spec of FUNCTIONS) CustomFunctions.associate(spec.name, (...args: unknown[]) => excelCall(spec, args));
}

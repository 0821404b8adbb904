/**
 * The one error type of the core. Each host turns it into its own form (see src/excel and src/sheets):
 * Excel a CustomFunctions.Error, Sheets a thrown Error or the text "#VALUE! message" inside an array.
 */
export type ErrorCode = 'VALUE' | 'NUM' | 'DIV0' | 'NA';

/** How each code is shown in a cell, e.g. for Sheets' per-element text and for messages. */
export const ERROR_TEXT: Record<ErrorCode, string> = {
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  DIV0: '#DIV/0!',
  NA: '#N/A',
};

export class GoalError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'GoalError';
  }
}

export const valueError = (message: string) => new GoalError('VALUE', message);
export const naError = (message: string) => new GoalError('NA', message);
export const div0Error = (message: string) => new GoalError('DIV0', message);
export const numError = (message: string) => new GoalError('NUM', message);

export function isGoalError(x: unknown): x is GoalError {
  return x instanceof GoalError;
}

/**
 * `goalpostPlayground` in the browser console: read the workbook the way the add-in sees it (values, formulas,
 * conditional-format rules) without clicking through the grid. Read-only except `select`, which moves the selection.
 */
import type { ConditionalRule } from '../../shared/host/plan';
import { sheetValues } from './adapter';
import type { Selection } from './selection';
import type { CellInput, PlaygroundWorkbook } from './workbook';

export interface PlaygroundConsoleApi {
  sheets(): string[];
  /** Computed values from A1 to the end of the used range; blanks as "", errors as their code. */
  values(sheet: string): unknown[][];
  /** The cells as typed: formulas as "=..." text. */
  inputs(sheet: string): CellInput[][];
  /** The sheet's conditional-format rules, in priority order. */
  rules(sheet: string): ConditionalRule[];
  select(sheet: string, row: number, col: number): void;
  /** Write the workbook to localStorage now (it is also saved shortly after every change). */
  saveNow(): void;
}

export function installConsoleApi(target: object, wb: PlaygroundWorkbook, selection: Selection, extra: { saveNow(): void }): PlaygroundConsoleApi {
  const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  const api: PlaygroundConsoleApi = {
    sheets: () => wb.sheetNames(),
    values: (sheet) => sheetValues(wb, sheet),
    inputs: (sheet) => wb.inputs(sheet),
    rules: (sheet) => copy(wb.meta(sheet).conditionalRules),
    select: (sheet, row, col) => selection.set({ sheet, row, col }),
    saveNow: extra.saveNow,
  };
  Object.defineProperty(target, 'goalpostPlayground', { value: Object.freeze(api), configurable: true });
  return api;
}

/**
 * Error inputs (functions.md "error inputs"): an error cell reaches the core as Excel's CustomFunctions.Error object
 * (functions.json sets allowErrorForDataTypeAny) or, in Sheets, as the text of its code. Per-row functions give that
 * error in that element only; aggregates give #VALUE! naming the cell; CASCADE_ROLLUP gives it to the goal of that KPI
 * and its ancestors only.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError, cellErrorCode } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const col = (xs: unknown[]) => xs.map((x) => [x]);

// Excel's error object as another realm makes it (the Excel runtime is not this realm): recognised by its shape.
const realm = vm.createContext({});
const ExcelError = vm.runInContext(
  'class Error { constructor(code, message) { this.code = code; if (message !== undefined) this.message = message; } }; Error',
  realm,
) as new (code: string, message?: string) => { code: string; message?: string };
const xl = (code: string, message?: string) => new ExcelError(code, message);

describe('cellErrorCode: the one place that recognises an error cell', () => {
  it('reads Excel error objects from any realm and Sheets error texts', () => {
    expect(cellErrorCode(xl('#DIV/0!'))).toBe('#DIV/0!');
    expect(cellErrorCode(xl('#VALUE!', 'bad'))).toBe('#VALUE!');
    for (const t of ['#DIV/0!', '#VALUE!', '#N/A', '#REF!', '#NUM!', '#NAME?', '#NULL!', '#ERROR!']) expect(cellErrorCode(t)).toBe(t);
    // Our own Sheets per-element error text, when one of our array results feeds another function.
    expect(cellErrorCode('#VALUE! actual must be a number')).toBe('#VALUE!');
    expect(cellErrorCode('#N/A There are no answers')).toBe('#N/A');
  });
  it('leaves everything else alone', () => {
    for (const v of ['#VALUE', '#DIV/0!x', 'x #N/A', ' #N/A', '#hashtag', '#', '', null, undefined, 0, NaN, true, new Date(), [['#N/A']], { code: 'VALUE' }]) {
      expect(cellErrorCode(v), String(v)).toBeUndefined();
    }
    expect(cellErrorCode(new GoalError('VALUE', 'x'))).toBeUndefined();
  });
});

describe('per-row functions: the error in that element only', () => {
  const KPI_ATTAINMENT = fn('KPI_ATTAINMENT');
  it('keeps the code the core has, with a message naming the argument', () => {
    const out = KPI_ATTAINMENT(col([90, xl('#DIV/0!'), '#N/A', 80]), col([100, 100, 100, 100])) as unknown[][];
    expect(out[0][0]).toBe(0.9);
    expect((out[1][0] as GoalError).code).toBe('DIV0');
    expect((out[1][0] as GoalError).message).toBe('actual is #DIV/0! in its cell: fix that cell first.');
    expect((out[2][0] as GoalError).code).toBe('NA');
    expect(out[3][0]).toBe(0.8);
  });
  it('gives #VALUE! for the codes the core has not (#REF!, #NAME?, #NULL!, #ERROR!)', () => {
    const out = fn('KPI_STATUS')(col([xl('#REF!'), '#NAME?', 0.95]), '#ERROR!') as unknown[][];
    expect((out[0][0] as GoalError).code).toBe('VALUE');
    expect((out[0][0] as GoalError).message).toMatch(/^attainment is #REF! in its cell/);
    // A broadcast argument with an error gives it to every element.
    expect((out[2][0] as GoalError).message).toMatch(/^green_at is #ERROR!/);
  });
  it('reads our own Sheets error text as that error', () => {
    const out = fn('KPI_STATUS')(col(['#VALUE! actual must be a number, not the text "x".', 1])) as unknown[][];
    expect((out[0][0] as GoalError).code).toBe('VALUE');
    expect(out[1][0]).toBe('Green');
  });
  it('throws for a single call, as for any single error', () => {
    expect(errorOf(() => KPI_ATTAINMENT(xl('#NUM!'), 100)).code).toBe('NUM');
    expect(errorOf(() => fn('SMART_CHECK')('#N/A')).message).toMatch(/^goal is #N\/A/);
  });
});

describe('aggregates: #VALUE! naming the cell with the error', () => {
  it('NPS, NPS_MOE, CSAT, CES name the row and column within the range', () => {
    const scores = [[5, 4], [3, xl('#DIV/0!')]]; // on every scale
    for (const name of ['NPS', 'NPS_MOE', 'CSAT', 'CES']) {
      const e = errorOf(() => fn(name)(scores));
      expect(e.code, name).toBe('VALUE');
      expect(e.message, name).toBe('scores has #DIV/0! at row 2, column 2 of the range: fix that cell first.');
    }
    expect(errorOf(() => fn('NPS')(col([10, '#N/A']))).message).toMatch(/#N\/A at row 2, column 1/);
  });
  it('OKR_SCORE and ROLLUP, in values or weights', () => {
    expect(errorOf(() => fn('OKR_SCORE')(col([0.5, '#REF!']))).message).toMatch(/^progress has #REF! at row 2, column 1/);
    expect(errorOf(() => fn('ROLLUP')(col([1, 2]), col([1, xl('#N/A')]))).message).toMatch(/^weights has #N\/A at row 2, column 1/);
    // Even beside a blank value: the error is in the sheet and must be seen.
    expect(errorOf(() => fn('ROLLUP')(col([1, '']), col([1, '#DIV/0!']))).code).toBe('VALUE');
  });
  it('KPI_FORECAST and KPI_EVAL', () => {
    expect(errorOf(() => fn('KPI_FORECAST')(col([1, 2, 3]), col([1, xl('#VALUE!'), 3]), 4)).message).toMatch(/^dates has #VALUE! at row 2, column 1/);
    expect(errorOf(() => fn('KPI_FORECAST')(col([1, 2]), col([1, 2]), '#N/A')).message).toMatch(/^at is #N\/A/);
    expect(errorOf(() => fn('KPI_EVAL')('a + b', [['a', 'b']], [[1, xl('#DIV/0!')]])).message).toMatch(/^values has #DIV\/0! at row 1, column 2/);
  });
  it('optional single arguments too', () => {
    expect(errorOf(() => fn('NPS_MOE')(col([10]), xl('#N/A'))).message).toMatch(/^confidence is #N\/A/);
    expect(errorOf(() => fn('CSAT')(col([5]), '#REF!')).code).toBe('VALUE');
  });
});

describe('CASCADE_ROLLUP: the error reaches the goal of that KPI and its ancestors only', () => {
  const CASCADE_ROLLUP = fn('CASCADE_ROLLUP');
  // G1 <- G2 <- G4, G1 <- G3, G5 alone.
  const goals = col(['G1', 'G2', 'G3', 'G4', 'G5']);
  const parents = col(['', 'G1', 'G1', 'G2', '']);
  const kpiGoals = col(['G4', 'G3', 'G5', 'G2', 'G3', 'G4', 'G1']);
  it('an error value', () => {
    const out = CASCADE_ROLLUP(goals, parents, kpiGoals, col([0.5, 1, 0.7, 0.9, 0.5, xl('#DIV/0!'), 0.2])) as unknown[][];
    const msg = (i: number) => (out[i][0] as GoalError).message;
    expect(out[3][0]).toBeInstanceOf(GoalError);
    expect(msg(3)).toBe('KPI in row 6: its value is #DIV/0! in its cell: fix that cell first.');
    expect(msg(1)).toContain('KPI in row 6');
    expect(msg(0)).toContain('KPI in row 6');
    expect(out[2][0]).toBe(0.75); // G3: a sibling branch keeps its number
    expect(out[4][0]).toBe(0.7); // G5: another tree
  });
  it('an error weight, and Sheets error text', () => {
    const out = CASCADE_ROLLUP(goals, parents, kpiGoals, col([0.5, 1, 0.7, 0.9, 0.5, 0.5, 0.2]), col([1, 1, 1, 1, '#N/A', 1, 1])) as unknown[][];
    expect((out[2][0] as GoalError).message).toMatch(/^KPI in row 5: its weight is #N\/A/);
    expect(out[0][0]).toBeInstanceOf(GoalError);
    expect(out[1][0]).toBe(0.7);
    expect(out[3][0]).toBe(0.5);
    expect(out[4][0]).toBe(0.7);
  });
  it('an error in a goal ID, a parent ID or a goal weight stays with that goal and its ancestors', () => {
    const out = CASCADE_ROLLUP(col(['G1', xl('#REF!'), 'G3', 'G4']), col(['', 'G1', '#N/A', 'G1']), col(['G1', 'G4']), col([1, 0.5]), '', col([1, 1, 1, xl('#NUM!')])) as unknown[][];
    expect((out[1][0] as GoalError).message).toMatch(/goal ID is #REF!/);
    expect((out[2][0] as GoalError).message).toMatch(/parent ID of goal 'G3' is #N\/A/);
    expect(out[3][0]).toBe(0.5);
    expect((out[0][0] as GoalError).message).toMatch(/#REF!/); // G1: the first of its children with an error
    const w = CASCADE_ROLLUP(col(['A', 'B']), col(['', 'A']), col(['B']), col([0.5]), '', col([1, xl('#NUM!')])) as unknown[][];
    expect((w[0][0] as GoalError).message).toMatch(/goal weight of 'B' is #NUM!/);
    expect(w[1][0]).toBe(0.5);
  });
  it('a KPI whose goal ID is an error belongs to no goal (like an unknown goal ID)', () => {
    expect(CASCADE_ROLLUP(col(['A']), col(['']), col(['A', '#N/A']), col([0.5, 1]))).toEqual([[0.5]]);
  });
});

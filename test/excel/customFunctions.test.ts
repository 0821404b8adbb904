/**
 * src/excel/customFunctions.ts from the sources (the bundle tests in test/hosts load dist/excel/functions.js, which a
 * mutation of the sources never reaches). CustomFunctions is the cited fake of test/hosts/loaders.ts: Excel shows a
 * message only for #VALUE! and #N/A (CustomFunctions.Error docs: "message ... only used for #VALUE! and #N/A"), so the
 * other codes must come without one.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FUNCTION_BY_NAME, GoalError, type FunctionSpec } from '../../shared/functions';
import { associateAll, excelCall, toExcelError } from '../../src/excel/customFunctions';
import { fakeCustomFunctions } from '../hosts/loaders';

let fake: ReturnType<typeof fakeCustomFunctions>;
beforeAll(() => {
  fake = fakeCustomFunctions();
  vi.stubGlobal('CustomFunctions', fake.CustomFunctions);
});
afterAll(() => vi.unstubAllGlobals());

/** A registry entry whose body is given by the test. */
function spec(result: FunctionSpec['result'], impl: (...a: unknown[]) => unknown, params = 1): FunctionSpec {
  const base = FUNCTION_BY_NAME.get('NPS')!;
  return { ...base, result, impl: impl as FunctionSpec['impl'], params: Array(params).fill(base.params[0]) };
}

describe('toExcelError', () => {
  it('keeps the message for #VALUE! and #N/A only', () => {
    expect({ ...toExcelError(new GoalError('VALUE', 'target must be a number')) }).toEqual({ code: '#VALUE!', message: 'target must be a number' });
    expect({ ...toExcelError(new GoalError('NA', 'no answers')) }).toEqual({ code: '#N/A', message: 'no answers' });
    const div0 = toExcelError(new GoalError('DIV0', 'baseline equals target'));
    expect(div0.code).toBe('#DIV/0!');
    expect('message' in div0).toBe(false);
    const num = toExcelError(new GoalError('NUM', 'too large'));
    expect(num.code).toBe('#NUM!');
    expect('message' in num).toBe(false);
  });
});

describe('excelCall', () => {
  it('turns a typed error of a real function into its Excel error, message included', () => {
    const r = excelCall(FUNCTION_BY_NAME.get('NPS')!, [[['']]]) as { code: string; message: string };
    expect(r).toBeInstanceOf(fake.ErrorClass);
    expect(r.code).toBe('#N/A');
    expect(r.message).toMatch(/no answers in the range/);
    expect(excelCall(FUNCTION_BY_NAME.get('NPS')!, [[[10], [10], [0], [7]]])).toBe(25);
  });

  it('passes only the declared arguments (Excel may append an invocation object)', () => {
    const seen: unknown[][] = [];
    excelCall(spec('scalar', (...a) => (seen.push(a), 1), 2), [1, 2, { invocation: true }]);
    expect(seen).toEqual([[1, 2]]);
  });

  it('wraps a matrix function scalar, and its error, as 1x1; leaves scalar functions bare', () => {
    expect(excelCall(spec('matrix', () => 7), [1])).toEqual([[7]]);
    expect(excelCall(spec('scalar', () => 7), [1])).toBe(7);
    const err = excelCall(spec('matrix', () => { throw new GoalError('VALUE', 'bad'); }), [1]) as unknown[][];
    expect(err).toHaveLength(1);
    expect(err[0]).toHaveLength(1);
    expect({ ...(err[0][0] as object) }).toEqual({ code: '#VALUE!', message: 'bad' });
    expect({ ...(excelCall(spec('scalar', () => { throw new GoalError('VALUE', 'bad'); }), [1]) as object) })
      .toEqual({ code: '#VALUE!', message: 'bad' });
  });

  it('maps typed errors inside an array result cell by cell, and keeps the other cells', () => {
    const out = excelCall(spec('matrix', () => [[1, new GoalError('DIV0', 'x')], [new GoalError('NA', 'none'), 'ok']]), [1]) as unknown[][];
    expect(out[0][0]).toBe(1);
    expect((out[0][1] as { code: string }).code).toBe('#DIV/0!');
    expect({ ...(out[1][0] as object) }).toEqual({ code: '#N/A', message: 'none' });
    expect(out[1][1]).toBe('ok');
  });

  it('reports a fault of ours as #VALUE! asking to report it, with the thrown text', () => {
    const thrown = excelCall(spec('scalar', () => { throw new TypeError('x is undefined'); }), [1]) as { code: string; message: string };
    expect(thrown.code).toBe('#VALUE!');
    expect(thrown.message).toBe('Goalpost internal error: x is undefined. Please report it.');
    const text = excelCall(spec('scalar', () => { throw 'plain text'; }), [1]) as { message: string };
    expect(text.message).toBe('Goalpost internal error: plain text. Please report it.');
    // Even a bare `throw null` from a library must come back as a cell error, not break the call.
    const nothing = excelCall(spec('scalar', () => { throw null; }), [1]) as { message: string };
    expect(nothing.message).toBe('Goalpost internal error: null. Please report it.');
  });
});

describe('associateAll', () => {
  it('associates every function of the registry under its name, each calling its own implementation', () => {
    associateAll();
    for (const name of ['KPI_ATTAINMENT', 'KPI_STATUS', 'KPI_PACE', 'NPS', 'NPS_MOE', 'OKR_SCORE', 'CASCADE_ROLLUP', 'SMART_CHECK']) {
      expect(fake.associated.has(name), name).toBe(true);
    }
    expect(fake.associated.get('NPS')!([[10], [10], [0], [7]])).toBe(25);
    // 70 against a target of 100 from a zero baseline is 70 % attained (functions.md).
    // KPI_ATTAINMENT is one of Excel's matrix functions (it works row by row), so even a scalar comes back as 1x1.
    const kpi = fake.associated.get('KPI_ATTAINMENT')!(70, 100, null, null) as number[][];
    expect(kpi).toHaveLength(1);
    expect(kpi[0][0]).toBeCloseTo(0.7, 12);
  });
});

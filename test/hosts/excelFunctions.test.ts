import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions';
import { excelMetadata } from '../../scripts/codegen';
import { DIST, loadExcelFunctions } from './loaders';

const metadata = JSON.parse(readFileSync(resolve(DIST, 'excel/functions.json'), 'utf8'));

describe('dist/excel/functions.json', () => {
  it('lets errors inside ranges reach the functions (allowErrorForDataTypeAny at the top level)', () => {
    // Without it Excel stops the call when any cell of a range argument is an error (custom-functions-json).
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(Object.keys(metadata)).toEqual(['allowErrorForDataTypeAny', 'functions']);
  });
  it('matches the registry: every function, parameter, optional flag and dimensionality', () => {
    // The built file is what codegen makes of the registry now (dist is not stale); that it is right is checked
    // against the registry's names below and against hand-written entries in the next test.
    expect(metadata).toEqual(excelMetadata());
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual(FUNCTIONS.map((f) => f.name));
    for (const [i, spec] of FUNCTIONS.entries()) {
      const m = metadata.functions[i];
      expect(m.description.length).toBeGreaterThan(20);
      expect(m.parameters.map((p: { name: string }) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect(m.parameters.map((p: { optional?: boolean }) => !!p.optional)).toEqual(spec.params.map((p) => !!p.optional));
      // Optional parameters only after required ones, as Excel requires.
      const firstOptional = spec.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
      expect(m.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
    }
  });
  it('describes functions as functions.md and the custom-functions JSON schema say, written out by hand for two', () => {
    // Descriptions aside. KPI_STATUS is per-row (functions.md): matrix in, matrix out; KPI_FORECAST aggregates to one
    // number at a single `at`. Keys and values from learn.microsoft.com custom-functions-json (result, parameters,
    // dimensionality "scalar" | "matrix", optional).
    const bare = (id: string) => {
      const f = metadata.functions.find((x: { id: string }) => x.id === id);
      const { description: _d, ...rest } = f;
      return { ...rest, parameters: f.parameters.map(({ description: _p, ...p }: Record<string, unknown>) => p) };
    };
    expect(bare('KPI_STATUS')).toEqual({
      id: 'KPI_STATUS', name: 'KPI_STATUS', result: { type: 'string', dimensionality: 'matrix' },
      parameters: [
        { name: 'attainment', type: 'any', dimensionality: 'matrix' },
        { name: 'green_at', type: 'any', dimensionality: 'matrix', optional: true },
        { name: 'yellow_at', type: 'any', dimensionality: 'matrix', optional: true },
      ],
    });
    expect(bare('KPI_FORECAST')).toEqual({
      id: 'KPI_FORECAST', name: 'KPI_FORECAST', result: { type: 'number', dimensionality: 'scalar' },
      parameters: [
        { name: 'values', type: 'any', dimensionality: 'matrix' },
        { name: 'dates', type: 'any', dimensionality: 'matrix' },
        { name: 'at', type: 'any', dimensionality: 'scalar' },
      ],
    });
  });
});

describe('dist/excel/functions.js in a JavaScript-only runtime', () => {
  const excel = loadExcelFunctions();
  const { call, ErrorClass } = excel;

  it('associates exactly the ids of functions.json', () => {
    expect([...excel.associated.keys()].sort()).toEqual(metadata.functions.map((f: { id: string }) => f.id).sort());
  });
  it('loads without an error where office.js (and so CustomFunctions) is missing', async () => {
    const vm = await import('node:vm');
    const context = vm.createContext({ console });
    expect(() => vm.runInContext(readFileSync(resolve(DIST, 'excel/functions.js'), 'utf8'), context)).not.toThrow();
  });
  it('defines no DOM and needs none at load', () => {
    expect(excel.context.window).toBeUndefined();
    expect(excel.context.document).toBeUndefined();
  });
  it('computes the worked values, with null for omitted optional arguments and matrices for ranges', () => {
    expect(call('KPI_ATTAINMENT', [[90]], [[100]], null, null)).toEqual([[0.9]]);
    expect((call('KPI_ATTAINMENT', [[27]], [[24]], [[30]], null) as number[][])[0][0]).toBeCloseTo(0.5, 12);
    expect((call('KPI_ATTAINMENT', [[25]], [[20]], null, [['lower']]) as number[][])[0][0]).toBeCloseTo(0.75, 12);
    expect(call('KPI_STATUS', [[0.95]], null, null)).toEqual([['Yellow']]);
    const answers = [...Array(60).fill([10]), ...Array(25).fill([8]), ...Array(15).fill([5])];
    expect(call('NPS', answers)).toBe(45);
    expect((call('NPS_MOE', answers, null) as number).toFixed(2)).toBe('14.50');
    expect(call('CSAT', [[5, 4, 3, 5, 1]], null, null)).toBe(0.6);
    expect(call('OKR_SCORE', [[0.7, 1.2, 0.4]], [[1, 1, 2]])).toBeCloseTo(0.625, 12);
  });
  it('reads empty cells (null) as blanks and dates as serial numbers', () => {
    expect(call('KPI_ATTAINMENT', [[90], [null]], [[100], [100]], null, null)).toEqual([[0.9], ['']]);
    // 2026-01-01 = 46023, 2026-12-31 = 46387; halfway is 46205.
    expect((call('KPI_PACE', [[50]], [[100]], [[46023]], [[46387]], [[46205]], null, null) as number[][])[0][0]).toBeCloseTo(1, 12);
  });
  it('returns a #VALUE! error with the message for input to fix, inside arrays per element', () => {
    const one = call('KPI_ATTAINMENT', [['ninety']], [[100]], null, null) as unknown[][];
    expect(one[0][0]).toBeInstanceOf(ErrorClass);
    expect((one[0][0] as { code: string }).code).toBe('#VALUE!');
    expect((one[0][0] as { message: string }).message).toContain('"ninety"');
    const many = call('KPI_ATTAINMENT', [[90], ['x']], [[100]], null, null) as unknown[][];
    expect(many[0][0]).toBe(0.9);
    expect((many[1][0] as { code: string }).code).toBe('#VALUE!');
    const nps = call('NPS', [[11]]) as { code: string; message: string };
    expect(nps).toBeInstanceOf(ErrorClass);
    expect(nps.message).toContain('row 1, column 1');
  });
  it('uses #DIV/0!, #NUM! (without a message, which Excel cannot show) and #N/A with a message', () => {
    const d = (call('KPI_ATTAINMENT', [[1]], [[5]], [[5]], null) as { code: string; message?: string }[][])[0][0];
    expect(d.code).toBe('#DIV/0!');
    expect(d.message).toBeUndefined();
    const na = call('NPS', [[null]]) as { code: string; message: string };
    expect(na.code).toBe('#N/A');
    expect(na.message).toMatch(/no answers/);
  });
  it('runs KPI_EVAL through the lazily loaded mathjs', () => {
    expect(call('KPI_EVAL', 'revenue / customers', [['revenue', 'customers']], [[1000, 40]])).toBe(25);
    expect((call('KPI_EVAL', 'evaluate("1")', [['a']], [[1]]) as { code: string }).code).toBe('#VALUE!');
  });
  describe('an error cell inside a range (allowErrorForDataTypeAny sends it as a CustomFunctions.Error)', () => {
    const err = (code: string) => new ErrorClass(code);
    type XlErr = { code: string; message?: string };
    it('KPI_ATTAINMENT: that error in that element only', () => {
      const out = call('KPI_ATTAINMENT', [[90], [err('#DIV/0!')], [80], [err('#REF!')]], [[100], [100], [100], [100]], null, null) as unknown[][];
      expect(out[0][0]).toBe(0.9);
      expect(out[1][0]).toBeInstanceOf(ErrorClass);
      expect((out[1][0] as XlErr).code).toBe('#DIV/0!');
      expect(out[2][0]).toBe(0.8);
      // #REF! cannot be returned by a custom function: #VALUE! with the reason.
      expect(out[3][0]).toMatchObject({ code: '#VALUE!', message: 'actual is #REF! in its cell: fix that cell first.' });
    });
    it('NPS: #VALUE! naming the row and column of the error', () => {
      const out = call('NPS', [[10], [9], [err('#N/A')], [3]]) as XlErr;
      expect(out).toBeInstanceOf(ErrorClass);
      expect(out).toMatchObject({ code: '#VALUE!', message: 'scores has #N/A at row 3, column 1 of the range: fix that cell first.' });
    });
    it('CASCADE_ROLLUP with one bad KPI of many: only its goal and its ancestors show the error', () => {
      // Company <- Sales <- EMEA, Company <- Ops, Other on its own; the bad KPI (row 4) is EMEA's.
      const goals = [['Company'], ['Sales'], ['EMEA'], ['Ops'], ['Other']];
      const parents = [[null], ['Company'], ['Sales'], ['Company'], [null]];
      const kpiGoals = [['EMEA'], ['Ops'], ['Other'], ['EMEA'], ['Sales'], ['Ops']];
      const values = [[0.5], [1], [0.7], [err('#DIV/0!')], [0.9], [0.5]];
      const out = call('CASCADE_ROLLUP', goals, parents, kpiGoals, values, null, null) as unknown[][];
      expect(out.map((r) => (r[0] instanceof ErrorClass ? (r[0] as XlErr).code : r[0]))).toEqual(['#VALUE!', '#VALUE!', '#VALUE!', 0.75, 0.7]);
      expect((out[2][0] as XlErr).message).toBe('KPI in row 4: its value is #DIV/0! in its cell: fix that cell first.');
      expect((out[0][0] as XlErr).message).toContain('KPI in row 4');
    });
  });
  it('never returns null inside an array (Excel would show 0)', () => {
    const out = call('CASCADE_ROLLUP', [['G1'], [null]], [[null], [null]], [['G1']], [[null]], null, null) as unknown[][];
    expect(out).toEqual([[''], ['']]);
  });
});

/**
 * Error cells reaching the BUILT Sheets bundle (functions.md "error inputs"): what Sheets hands a custom function for an
 * error cell is undocumented, so the core reads a text that is exactly an error code, or a code then a space (our own
 * per-element error text "#VALUE! message" fed into another function), as that error.
 */
import { describe, expect, it } from 'vitest';
import { loadSheets } from './loaders';

describe('dist/sheets: error cells as text', () => {
  const { call } = loadSheets();

  it('reads "#DIV/0!" as that error: per element, for an aggregate, and in the goal tree', () => {
    const out = call('KPI_ATTAINMENT', [[90], ['#DIV/0!'], [80]], [[100], [100], [100]]) as unknown[][];
    expect(out[0][0]).toBeCloseTo(0.9, 12);
    expect(out[1][0]).toBe('#DIV/0! actual is #DIV/0! in its cell: fix that cell first.');
    expect(out[2][0]).toBeCloseTo(0.8, 12);
    expect(() => call('NPS', [[10], ['#DIV/0!']])).toThrow('scores has #DIV/0! at row 2, column 1 of the range: fix that cell first.');
    const tree = call('CASCADE_ROLLUP', [['A'], ['B'], ['C']], [[''], ['A'], ['']], [['B'], ['C'], ['B']], [[0.5], [1], ['#DIV/0!']]) as unknown[][];
    expect(tree[0][0]).toMatch(/^#VALUE! Goal 'B' under this one has an error: KPI in row 3: /);
    expect(tree[1][0]).toBe('#VALUE! KPI in row 3: its value is #DIV/0! in its cell: fix that cell first.');
    expect(tree[2][0]).toBe(1);
  });
  it('reads one of its own per-element error texts fed into another function as that error', () => {
    const att = call('KPI_ATTAINMENT', [[80], ['x']], [[100], [100]]) as unknown[][];
    const status = call('KPI_STATUS', att) as unknown[][];
    expect(status[0][0]).toBe('Red');
    expect(status[1][0]).toBe('#VALUE! attainment is #VALUE! in its cell: fix that cell first.');
  });
});

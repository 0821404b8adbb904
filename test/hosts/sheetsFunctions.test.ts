import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions';
import { sheetsWrappers } from '../../scripts/codegen';
import { DIST, loadSheets } from './loaders';

const wrappers = readFileSync(resolve(DIST, 'sheets/functions.js'), 'utf8');

describe('dist/sheets/functions.js: the generated wrappers', () => {
  it('is what the registry generates', () => {
    expect(wrappers).toBe(sheetsWrappers());
  });
  it('declares every function at the top level with @customfunction JSDoc naming each parameter', () => {
    for (const spec of FUNCTIONS) {
      const block = new RegExp(`/\\*\\*([\\s\\S]*?)\\*/\\nfunction ${spec.name}\\(([^)]*)\\)`).exec(wrappers);
      expect(block, spec.name).not.toBeNull();
      const [, doc, params] = block!;
      expect(doc).toContain('@customfunction');
      expect(doc).toContain(spec.description.slice(0, 30));
      expect(params.split(', ')).toEqual(spec.params.map((p) => p.name));
      for (const p of spec.params) expect(doc).toContain(p.optional ? `[${p.name}]` : ` ${p.name} `);
    }
  });
});

describe('dist/sheets loaded as Apps Script loads a project', () => {
  const sheets = loadSheets();
  const { call, date } = sheets;

  it('exposes every function as a global function', () => {
    for (const spec of FUNCTIONS) expect(typeof sheets.globals[spec.name], spec.name).toBe('function');
  });
  it('computes the worked values with Sheets arguments: only typed arguments, "" for empty cells', () => {
    expect(call('KPI_ATTAINMENT', 90, 100)).toBeCloseTo(0.9, 12);
    expect(call('KPI_ATTAINMENT', 27, 24, 30)).toBeCloseTo(0.5, 12);
    expect(call('KPI_ATTAINMENT', 25, 20, '', 'lower')).toBeCloseTo(0.75, 12);
    expect(call('KPI_STATUS', 0.95)).toBe('Yellow');
    const answers = [...Array(60).fill([10]), ...Array(25).fill([8]), ...Array(15).fill([5]), [''], ['']];
    expect(call('NPS', answers)).toBe(45);
    expect((call('NPS_MOE', answers) as number).toFixed(2)).toBe('14.50');
    expect(call('CSAT', [[5, 4, 3, 5, 1]])).toBe(0.6);
    expect(call('OKR_SCORE', [[0.7], [1.2], [0.4]], [[1], [1], [2]])).toBeCloseTo(0.625, 12);
  });
  it('reads Date objects by their calendar date', () => {
    expect(call('KPI_PACE', 50, 100, date(2026, 1, 1), date(2026, 12, 31), date(2026, 7, 2))).toBeCloseTo(
      0.5 / ((46205 - 46023) / 364), 12,
    );
  });
  it('throws the message for a single error (the cell shows #ERROR! with it on hover)', () => {
    expect(() => call('KPI_ATTAINMENT', 'ninety', 100)).toThrow(/"ninety"/);
    expect(() => call('NPS', [[10], [11]])).toThrow(/row 2, column 1/);
    expect(() => call('KPI_ATTAINMENT', 1, 5, 5)).toThrow(/baseline/);
  });
  it('writes "#VALUE! message" into the one bad cell of an array result', () => {
    const out = call('KPI_ATTAINMENT', [[90], ['x'], ['']], [[100], [100], [100]]) as unknown[][];
    expect(out[0][0]).toBeCloseTo(0.9, 12);
    expect(out[1][0]).toMatch(/^#VALUE! actual must be a number, not the text "x"/);
    expect(out[2][0]).toBe('');
    const d = call('KPI_ATTAINMENT', [[1], [2]], 5, 5) as string[][];
    expect(d[0][0]).toMatch(/^#DIV\/0! /);
  });
  it('loads no mathjs until KPI_EVAL is called', () => {
    const fresh = loadSheets();
    const core = fresh.globals.GoalpostCore as { mathLoaded(): boolean };
    fresh.call('KPI_ATTAINMENT', 1, 2);
    expect(core.mathLoaded()).toBe(false);
    expect(fresh.call('KPI_EVAL', 'a * b', [['a', 'b']], [[3, 4]])).toBe(12);
    expect(core.mathLoaded()).toBe(true);
  });
});

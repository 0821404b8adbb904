/**
 * Every worked example of docs/functions.md (shared/functions/examples.ts) evaluated on both BUILT bundles, called as
 * each host calls them: a wrong stated result fails here, and every function has at least one example.
 */
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, serialFromParts, type FunctionSpec } from '../../shared/functions';
import { EXAMPLES, isDate, isError, isRange, type ExampleCell, type ExampleResult, type FunctionExample } from '../../shared/functions/examples';
import { loadExcelFunctions, loadSheets } from '../hosts/loaders';

const excel = loadExcelFunctions();
const sheets = loadSheets({}, { timeZone: 'Europe/Berlin' });

const excelCell = (c: ExampleCell): unknown => (c === null ? null : isDate(c) ? serialFromParts(...c.date) : c);
const sheetsCell = (c: ExampleCell): unknown => (c === null ? '' : isDate(c) ? sheets.date(...c.date) : c);

function excelArgs(spec: FunctionSpec, ex: FunctionExample): unknown[] {
  return spec.params.map((p, i) => {
    const a = ex.args[i];
    if (a === undefined) return null;
    if (isRange(a)) return a.cells.map((r) => r.map(excelCell));
    const v = a === null ? '' : excelCell(a); // an empty argument is typed as "" (docs/functions.md)
    return p.range ? [[v]] : v;
  });
}
const sheetsArgs = (ex: FunctionExample): unknown[] => ex.args.map((a) => (isRange(a) ? a.cells.map((r) => r.map(sheetsCell)) : sheetsCell(a)));

/** One comparable form: a matrix of numbers, texts and { error } (a 1x1 result is unwrapped). */
type Got = unknown;
function normExcel(r: unknown): Got {
  const one = (v: unknown) => (v instanceof excel.ErrorClass ? { error: v.code } : v);
  if (Array.isArray(r)) {
    const m = (r as unknown[][]).map((row) => row.map(one));
    return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
  }
  return one(r);
}
function normSheets(f: () => unknown): Got {
  let v: unknown;
  try {
    v = f();
  } catch (e) {
    // A single result that is an error: Sheets shows #ERROR! with the message; the code leads the message.
    const m = /^(#VALUE!|#N\/A|#DIV\/0!|#NUM!)/.exec((e as Error).message);
    return { error: m ? m[1] : '#VALUE!', thrown: (e as Error).message };
  }
  const one = (x: unknown) => {
    const m = typeof x === 'string' ? /^(#VALUE!|#N\/A|#DIV\/0!|#NUM!) /.exec(x) : null;
    return m ? { error: m[1] } : x;
  };
  if (Array.isArray(v)) {
    const m = (v as unknown[][]).map((row) => row.map(one));
    return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
  }
  return one(v);
}

function expected(r: ExampleResult): unknown {
  const one = (c: unknown) => (isDate(c) ? serialFromParts(...c.date) : c);
  return Array.isArray(r) ? r.map((row) => row.map(one)) : one(r);
}
function same(got: unknown, want: unknown, round?: number): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return false;
    const g = got as unknown[][];
    return want.every((row: unknown[], i) => Array.isArray(g[i]) && row.length === g[i].length && row.every((v, j) => same(g[i][j], v, round)));
  }
  if (round !== undefined && typeof got === 'number') got = Number(got.toFixed(round));
  if (isError(want)) return isError(got) && got.error === want.error;
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return got === want;
}

describe('docs examples', () => {
  it('every function has at least one example, and every example names a function', () => {
    for (const f of FUNCTIONS) expect(EXAMPLES[f.name]?.length ?? 0, f.name).toBeGreaterThan(0);
    for (const name of Object.keys(EXAMPLES)) expect(FUNCTIONS.map((f) => f.name)).toContain(name);
  });

  const cases = FUNCTIONS.flatMap((f) => (EXAMPLES[f.name] ?? []).map((ex, i) => [`${f.name} #${i + 1}`, f, ex] as const));
  it.each(cases)('%s gives its stated result in Excel and in Sheets', (_n, spec, ex) => {
    expect(ex.args.length).toBeLessThanOrEqual(spec.params.length);
    const want = expected(ex.result);
    const e = normExcel(excel.call(spec.name, ...excelArgs(spec, ex)));
    const s = normSheets(() => sheets.call(spec.name, ...sheetsArgs(ex)));
    expect(same(e, want, ex.round), `Excel gave ${JSON.stringify(e)}, the example says ${JSON.stringify(want)}`).toBe(true);
    expect(same(s, want, ex.round), `Sheets gave ${JSON.stringify(s)}, the example says ${JSON.stringify(want)}`).toBe(true);
  });
});

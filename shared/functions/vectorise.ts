/**
 * Element-by-element application of a per-row function over range arguments, with 1x1 broadcasting,
 * the shape-mismatch error, and per-element errors kept in their cell (one bad row never blanks a column).
 */
import { GoalError, isGoalError, valueError, numError } from './errors';
import { asMatrix, shapeOf, showShape, type CellValue, type Shape } from './coerce';

/** What a function cell can hold: a number, text (including "" for blank), a boolean or a typed error. */
export type Scalar = number | string | boolean;
export type CellResult = Scalar | GoalError;
export type FunctionResult = Scalar | CellResult[][];

/** Guard every number that leaves the core: no NaN, no Infinity, no -0. */
export function finite(n: number, what = 'The result'): number {
  if (!Number.isFinite(n)) throw numError(`${what} is too large or undefined (${n}); check the inputs.`);
  return n === 0 ? 0 : n;
}

function checkScalar(v: Scalar): Scalar {
  return typeof v === 'number' ? finite(v) : v;
}

function runOne(fn: (...a: CellValue[]) => Scalar, args: CellValue[]): CellResult {
  try {
    return checkScalar(fn(...args));
  } catch (e) {
    if (isGoalError(e)) return e;
    throw e;
  }
}

/**
 * Apply `fn` to each element. Arguments that are 1x1 (or not arrays) broadcast; all others must share one shape.
 * When every argument is single the result is a single value (and an error is thrown, not returned).
 */
export function perRow(fn: (...a: CellValue[]) => Scalar, args: CellValue[], names: readonly string[]): FunctionResult {
  let shape: Shape | undefined;
  let shapeArg = -1;
  const mats: (CellValue[][] | undefined)[] = args.map((a, i) => {
    if (!Array.isArray(a)) return undefined;
    const m = asMatrix(a);
    const s = shapeOf(m);
    if (s.rows === 1 && s.cols === 1) return undefined; // broadcasts
    if (!shape) {
      shape = s;
      shapeArg = i;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      throw valueError(
        `${names[i] ?? 'an argument'} is ${showShape(s)} but ${names[shapeArg] ?? 'another argument'} is ${showShape(shape)}; ranges must have the same size.`,
      );
    }
    return m;
  });
  const singles = args.map((a, i) => (mats[i] ? undefined : Array.isArray(a) ? asMatrix(a)[0][0] : a));

  if (!shape) {
    const r = runOne(fn, singles);
    if (isGoalError(r)) throw r;
    return r;
  }
  const out: CellResult[][] = new Array(shape.rows);
  const cur = singles.slice();
  const n = args.length;
  for (let r = 0; r < shape.rows; r++) {
    const row: CellResult[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      for (let i = 0; i < n; i++) {
        const m = mats[i];
        if (m) cur[i] = m[r][c];
      }
      row[c] = runOne(fn, cur);
    }
    out[r] = row;
  }
  return out;
}

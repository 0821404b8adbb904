/**
 * Element-by-element application of a per-row function over range arguments, with 1x1 broadcasting,
 * the shape-mismatch error, and per-element errors kept in their cell (one bad row never blanks a column).
 */
import { GoalError, isGoalError, valueError, numError } from './errors';
import {
  asMatrix, cellErrorCode, errorCellError, isOmitted, mayBeErrorCell, shapeOf, showShape, type CellValue, type Shape,
} from './coerce';

/** What a function cell can hold: a number, text (including "" for blank), a boolean or a typed error. */
export type Scalar = number | string | boolean;
export type CellResult = Scalar | GoalError;
export type FunctionResult = Scalar | CellResult[][];

/** Guard every number that leaves the core: no NaN, no Infinity, no -0 (and the message names neither). */
export function finite(n: number, what = 'The result'): number {
  if (!Number.isFinite(n)) {
    throw numError(`${what} ${Number.isNaN(n) ? 'cannot be computed' : 'is too large to show'} from these inputs; check them.`);
  }
  return n === 0 ? 0 : n;
}

/** A per-row kernel takes up to seven cell values (the widest function, KPI_PACE, has seven). */
export type Kernel = (a: CellValue, b: CellValue, c: CellValue, d: CellValue, e: CellValue, f: CellValue, g: CellValue) => Scalar;

function runOne(fn: Kernel, v: CellValue[], names: readonly string[]): CellResult {
  // An error cell in any argument is that element's error (functions.md "error inputs"), before the kernel reads it.
  for (let i = 0; i < v.length; i++) {
    if (mayBeErrorCell(v[i])) {
      const code = cellErrorCode(v[i]);
      if (code) return errorCellError(code, names[i] ?? 'an argument');
    }
  }
  try {
    const r = fn(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    return typeof r === 'number' ? finite(r) : r;
  } catch (e) {
    if (isGoalError(e)) return e;
    throw e;
  }
}

/**
 * Apply `fn` to each element. Arguments that are 1x1 (or not arrays) broadcast; all others must share one shape.
 * When every argument is single the result is a single value (and an error is thrown, not returned).
 */
export function perRow(fn: Kernel, args: CellValue[], names: readonly string[]): FunctionResult {
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
    const r = runOne(fn, singles, names);
    if (isGoalError(r)) throw r;
    return r;
  }
  // Only the arguments that vary are re-read per cell; the broadcast ones stay in `cur`.
  const varying = mats.flatMap((m, i) => (m ? [i] : []));
  const out: CellResult[][] = new Array(shape.rows);
  const cur = singles.slice();
  const nv = varying.length;
  for (let r = 0; r < shape.rows; r++) {
    const row: CellResult[] = new Array(shape.cols);
    const rowsOf = varying.map((i) => mats[i]![r]);
    for (let c = 0; c < shape.cols; c++) {
      for (let k = 0; k < nv; k++) cur[varying[k]] = rowsOf[k][c];
      row[c] = runOne(fn, cur, names);
    }
    out[r] = row;
  }
  return out;
}

/**
 * The fast path for the commonest big call, a per-row function over two number ranges with every other argument
 * blank (=KPI_ATTAINMENT(B2:B100000, C2:C100000)). `fast` handles two numbers and returns NaN when it cannot decide;
 * every other cell goes through `slow`, the general kernel, so results are identical to perRow's.
 */
export function perRowPair(
  a: CellValue, b: CellValue, fast: (x: number, y: number) => number, slow: Kernel, args: CellValue[], names: readonly string[],
): FunctionResult {
  const ma = Array.isArray(a) ? asMatrix(a) : undefined;
  const mb = Array.isArray(b) ? asMatrix(b) : undefined;
  const sa = ma ? shapeOf(ma) : undefined;
  const sb = mb ? shapeOf(mb) : undefined;
  const big = (s?: Shape) => !!s && (s.rows > 1 || s.cols > 1);
  const restBlank = args.slice(2).every(isOmitted);
  // Anything but two same-shaped ranges (or a range and a broadcast value) takes the general path.
  if (!restBlank || !(big(sa) || big(sb)) || (big(sa) && big(sb) && (sa!.rows !== sb!.rows || sa!.cols !== sb!.cols))) {
    return perRow(slow, args, names);
  }
  const shape = big(sa) ? sa! : sb!;
  // Which side varies is kept apart from its value: a broadcast value may itself be undefined.
  const va = big(sa);
  const vb = big(sb);
  const ca = va ? undefined : ma ? ma[0][0] : a;
  const cb = vb ? undefined : mb ? mb[0][0] : b;
  const out: CellResult[][] = new Array(shape.rows);
  const one: CellValue[] = [undefined, undefined];
  for (let r = 0; r < shape.rows; r++) {
    const ra = va ? ma![r] : undefined;
    const rb = vb ? mb![r] : undefined;
    const row: CellResult[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const x = ra ? ra[c] : ca;
      const y = rb ? rb[c] : cb;
      // Finite numbers only (x - x is NaN for NaN and +-Infinity): the slow kernel words those errors.
      if (typeof x === 'number' && typeof y === 'number' && x - x === 0 && y - y === 0) {
        const v = fast(x, y);
        if (v - v === 0) {
          row[c] = v === 0 ? 0 : v;
          continue;
        }
      }
      one[0] = x;
      one[1] = y;
      row[c] = runOne(slow, one, names);
    }
    out[r] = row;
  }
  return out;
}

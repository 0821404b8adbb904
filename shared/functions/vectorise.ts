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

/**
 * A kernel's numeric fast path: the same result as the kernel for finite numbers (and null for a blank argument that
 * broadcasts), or NaN when it cannot decide, which sends the element to the general kernel. Results are identical
 * either way; the fast path only skips the coercion layer for the commonest big call (numbers in every row).
 */
export type FastKernel = (a: number | null, b: number | null, c: number | null, d: number | null, e: number | null, f: number | null, g: number | null) => number | string;

// Stryker disable next-line LogicalOperator: a narrower blank test only keeps more calls off the fast path (speed); the general kernel reads blanks itself
const isBlankCell = (v: CellValue) => v === null || v === undefined || v === '';

/** The error of the first error cell among the arguments (functions.md "error inputs"), if any. */
function errorCellIn(v: CellValue[], names: readonly string[]): GoalError | undefined {
  for (let i = 0; i < v.length; i++) {
    if (mayBeErrorCell(v[i])) {
      const code = cellErrorCode(v[i]);
      if (code) return errorCellError(code, names[i] ?? 'an argument');
    }
  }
  return undefined;
}

/** One element: an error cell among its arguments is its error, before the kernel reads it. */
function runOne(fn: Kernel, v: CellValue[], names: readonly string[]): CellResult {
  return errorCellIn(v, names) ?? runKernel(fn, v);
}

/** The kernel alone, for elements known to hold no error cell. */
function runKernel(fn: Kernel, v: CellValue[]): CellResult {
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
export function perRow(fn: Kernel, args: CellValue[], names: readonly string[], fast?: FastKernel): FunctionResult {
  let shape: Shape | undefined;
  // Stryker disable next-line UnaryOperator: shapeArg is set together with shape, before any read
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
  // Only the arguments that vary are re-read per cell; the broadcast ones stay in `cur`. The broadcast ones are
  // checked for error cells once; a varying value is checked with one cheap test as it is read (hot loop).
  const varying = mats.flatMap((m, i) => (m ? [i] : []));
  // Stryker disable next-line ArrayDeclaration: every row is written by index; the preset length is speed only
  const out: CellResult[][] = new Array(shape.rows);
  // Stryker disable next-line MethodExpression: singles is not read after this copy
  const cur = singles.slice();
  const nv = varying.length;
  const singleError = errorCellIn(cur, names);
  // The fast path applies when every broadcast argument is a finite number or blank (given to it as null).
  // Stryker disable next-line StringLiteral,ArithmeticOperator,ArrowFunction: each only keeps more calls off the fast path, which gives the general kernel's result
  const useFast = !!fast && !singleError && cur.every((v, i) => mats[i] || isBlankCell(v) || (typeof v === 'number' && v - v === 0));
  if (useFast) cur.forEach((v, i) => !mats[i] && isBlankCell(v) && (cur[i] = null));
  if (useFast && nv === 1) return perRowOneVarying(fn, fast!, mats[varying[0]]!, varying[0], cur, names, shape);
  // Stryker disable next-line BlockStatement: the general loop below gives the same result (speed only)
  if (useFast && nv === 3 && varying[0] === 0 && varying[1] === 1 && varying[2] === 2) {
    return perRowFirstThree(fn, fast!, mats[0]!, mats[1]!, mats[2]!, cur, names, shape);
  }
  for (let r = 0; r < shape.rows; r++) {
    // Stryker disable next-line ArrayDeclaration: every cell is written by index; the preset length is speed only
    const row: CellResult[] = new Array(shape.cols);
    const rowsOf = varying.map((i) => mats[i]![r]);
    for (let c = 0; c < shape.cols; c++) {
      // Stryker disable next-line BooleanLiteral: with no error cell among the varying values, runOne gives singleError ?? runKernel
      let suspect = false;
      let numeric = useFast;
      for (let k = 0; k < nv; k++) {
        const x = rowsOf[k][c];
        cur[varying[k]] = x;
        // Stryker disable next-line StringLiteral,ArithmeticOperator: a narrower number test only sends more cells to the general kernel, which gives the same result
        if (typeof x !== 'number' || x - x !== 0) {
          numeric = false;
          if (typeof x === 'object' ? x !== null : typeof x === 'string' && x.charCodeAt(0) === 35) suspect = true;
        }
      }
      // Stryker disable next-line BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
      if (numeric) {
        const v = fast!(cur[0] as number, cur[1] as number, cur[2] as number, cur[3] as number, cur[4] as number, cur[5] as number, cur[6] as number);
        // Stryker disable next-line LogicalOperator,StringLiteral,ArithmeticOperator,BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
        if (typeof v === 'string' || v - v === 0) {
          row[c] = v === 0 ? 0 : v;
          continue;
        }
      }
      // Arguments in order: an error cell in an earlier varying argument names that one, as runOne does.
      row[c] = suspect ? runOne(fn, cur, names) : singleError ?? runKernel(fn, cur);
    }
    out[r] = row;
  }
  return out;
}

/**
 * perRow's loop when one argument varies and the others broadcast (=KPI_STATUS(O2:O1000, green, yellow)): the fast
 * kernel is called with the broadcast values bound once, so a number costs one test and one call.
 */
function perRowOneVarying(fn: Kernel, fast: FastKernel, m: CellValue[][], vi: number, cur: CellValue[], names: readonly string[], shape: Shape): CellResult[][] {
  const [a, b, c, d, e, f, g] = cur as (number | null)[];
  const call: (x: number) => number | string = [
    (x: number) => fast(x, b, c, d, e, f, g), (x: number) => fast(a, x, c, d, e, f, g), (x: number) => fast(a, b, x, d, e, f, g),
    (x: number) => fast(a, b, c, x, e, f, g), (x: number) => fast(a, b, c, d, x, f, g), (x: number) => fast(a, b, c, d, e, x, g),
    (x: number) => fast(a, b, c, d, e, f, x),
  ][vi];
  // Stryker disable next-line ArrayDeclaration: every row is written by index; the preset length is speed only
  const out: CellResult[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const src = m[r];
    // Stryker disable next-line ArrayDeclaration: every cell is written by index; the preset length is speed only
    const row: CellResult[] = new Array(shape.cols);
    for (let j = 0; j < shape.cols; j++) {
      const x = src[j];
      // Stryker disable next-line StringLiteral,ArithmeticOperator,BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
      if (typeof x === 'number' && x - x === 0) {
        const v = call(x);
        // Stryker disable next-line LogicalOperator,StringLiteral,ArithmeticOperator,BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
        if (typeof v === 'string' || v - v === 0) {
          row[j] = v === 0 ? 0 : v;
          continue;
        }
      }
      cur[vi] = x;
      row[j] = runOne(fn, cur, names);
    }
    out[r] = row;
  }
  return out;
}

/** perRow's loop when the first three arguments vary (=KPI_ATTAINMENT(actual, target, baseline) over columns). */
function perRowFirstThree(
  fn: Kernel, fast: FastKernel, m0: CellValue[][], m1: CellValue[][], m2: CellValue[][], cur: CellValue[], names: readonly string[], shape: Shape,
): CellResult[][] {
  const [, , , d, e, f, g] = cur as (number | null)[];
  // Stryker disable next-line ArrayDeclaration: every row is written by index; the preset length is speed only
  const out: CellResult[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const r0 = m0[r];
    const r1 = m1[r];
    const r2 = m2[r];
    // Stryker disable next-line ArrayDeclaration: every cell is written by index; the preset length is speed only
    const row: CellResult[] = new Array(shape.cols);
    for (let j = 0; j < shape.cols; j++) {
      const x = r0[j];
      const y = r1[j];
      const z = r2[j];
      // Stryker disable next-line StringLiteral,ArithmeticOperator,BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
      if (typeof x === 'number' && typeof y === 'number' && typeof z === 'number' && x - x === 0 && y - y === 0 && z - z === 0) {
        const v = fast(x, y, z, d, e, f, g);
        // Stryker disable next-line LogicalOperator,StringLiteral,ArithmeticOperator,BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
        if (typeof v === 'string' || v - v === 0) {
          row[j] = v === 0 ? 0 : v;
          continue;
        }
      }
      cur[0] = x;
      cur[1] = y;
      cur[2] = z;
      row[j] = runOne(fn, cur, names);
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
  fastAll?: FastKernel,
): FunctionResult {
  const ma = Array.isArray(a) ? asMatrix(a) : undefined;
  const mb = Array.isArray(b) ? asMatrix(b) : undefined;
  const sa = ma ? shapeOf(ma) : undefined;
  const sb = mb ? shapeOf(mb) : undefined;
  // Stryker disable next-line ArrowFunction: with big always false every call takes perRow, which gives the same result (speed only)
  const big = (s?: Shape) => !!s && (s.rows > 1 || s.cols > 1);
  const restBlank = args.slice(2).every(isOmitted);
  // Anything but two same-shaped ranges (or a range and a broadcast value) takes the general path.
  if (!restBlank || !(big(sa) || big(sb)) || (big(sa) && big(sb) && (sa!.rows !== sb!.rows || sa!.cols !== sb!.cols))) {
    return perRow(slow, args, names, fastAll);
  }
  const shape = big(sa) ? sa! : sb!;
  // Which side varies is kept apart from its value: a broadcast value may itself be undefined.
  const va = big(sa);
  const vb = big(sb);
  const ca = va ? undefined : ma ? ma[0][0] : a;
  const cb = vb ? undefined : mb ? mb[0][0] : b;
  // Stryker disable next-line ArrayDeclaration: every row is written by index; the preset length is speed only
  const out: CellResult[][] = new Array(shape.rows);
  // Stryker disable next-line ArrayDeclaration: both slots are written before each read
  const one: CellValue[] = [undefined, undefined];
  for (let r = 0; r < shape.rows; r++) {
    const ra = va ? ma![r] : undefined;
    const rb = vb ? mb![r] : undefined;
    // Stryker disable next-line ArrayDeclaration: every cell is written by index; the preset length is speed only
    const row: CellResult[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const x = ra ? ra[c] : ca;
      const y = rb ? rb[c] : cb;
      // Finite numbers only (x - x is NaN for NaN and +-Infinity): the slow kernel words those errors.
      // Stryker disable next-line StringLiteral,ArithmeticOperator,BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
      if (typeof x === 'number' && typeof y === 'number' && x - x === 0 && y - y === 0) {
        const v = fast(x, y);
        // Stryker disable next-line ArithmeticOperator,BlockStatement: a narrower number test only sends more cells to the general kernel, which gives the same result
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

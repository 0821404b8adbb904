/** KPI_ATTAINMENT, KPI_STATUS, KPI_PACE, KPI_FORECAST. */
import { valueError, div0Error, naError } from './errors';
import {
  isBlank, toNumber, toOptionalNumber, toOption, toDateSerial, todaySerial, forEachCell, show, rejectErrorCells,
  type CellValue,
} from './coerce';
import { finite, perRow, perRowPair, type FastKernel, type FunctionResult } from './vectorise';

const DIRECTIONS = ['higher', 'lower', 'at least', 'at most'] as const;
type Direction = (typeof DIRECTIONS)[number];
/** Stay-type directions: a level to hold (uptime at least 99.9 %, complaints at most 5), not a distance to cover. */
const isStay = (d: Direction | undefined): d is 'at least' | 'at most' => d === 'at least' || d === 'at most';
const toDirection = (v: CellValue): Direction | undefined => toOption(v, 'direction', DIRECTIONS);

/** Attainment of a level to hold: 1 while it holds, else how close it is. A baseline plays no part. */
function stayAttainment(actual: number, target: number, direction: 'at least' | 'at most'): number {
  if (direction === 'at least') {
    if (target <= 0) throw valueError(`The target is ${target}; for "at least" it must be above 0.`);
    return actual >= target ? 1 : actual / target;
  }
  if (actual <= target) return 1;
  if (actual <= 0) throw valueError(`The actual is ${actual}; for "at most" above the target it must be above 0.`);
  return target / actual;
}

/** The attainment of one KPI; undefined when actual or target is blank. */
export function attainment(actualV: CellValue, targetV: CellValue, baselineV: CellValue, directionV: CellValue): number | undefined {
  if (isBlank(actualV) || isBlank(targetV)) return undefined;
  const actual = toNumber(actualV, 'actual');
  const target = toNumber(targetV, 'target');
  // No direction is the commonest call: it reads no option and skips the stay-type test.
  const direction = isBlank(directionV) ? undefined : toDirection(directionV);
  if (direction !== undefined && isStay(direction)) return stayAttainment(actual, target, direction);
  const baseline = toOptionalNumber(baselineV, 'baseline');
  if (baseline !== undefined) {
    if (target === baseline) throw div0Error('The target equals the baseline, so there is no distance to cover.');
    const natural: Direction = target > baseline ? 'higher' : 'lower';
    if (direction && direction !== natural) {
      throw valueError(
        `direction '${direction}' but the target is ${natural === 'higher' ? 'above' : 'below'} the baseline; fix the direction or the target.`,
      );
    }
    return (actual - baseline) / (target - baseline);
  }
  if (target <= 0) {
    throw valueError(`The target is ${target}; without a baseline it must be above 0. Give a baseline (the starting value).`);
  }
  return direction === 'lower' ? 2 - actual / target : actual / target;
}

const attainmentKernel = (a: CellValue, t: CellValue, b: CellValue, d: CellValue) => {
  const v = attainment(a, t, b, d);
  return v === undefined ? '' : v; // perRow checks that numbers are finite
};
/** actual / target for two finite numbers and a positive target; NaN sends the cell to the general kernel. */
const attainmentFast = (a: number, t: number) => (t > 0 ? a / t : NaN);
/** attainment() for numbers without a direction (null = blank baseline); NaN for anything else. */
function attainmentNumbers(a: number, t: number, b: number | null): number {
  if (b === null) return t > 0 ? a / t : NaN;
  return t !== b ? (a - b) / (t - b) : NaN;
}
const attainmentFastAll: FastKernel = (a, t, b, d) => (a === null || t === null || d !== null ? NaN : attainmentNumbers(a, t, b));
const ATTAINMENT_ARGS = ['actual', 'target', 'baseline', 'direction'] as const;

export function KPI_ATTAINMENT(actual: CellValue, target: CellValue, baseline?: CellValue, direction?: CellValue): FunctionResult {
  return perRowPair(actual, target, attainmentFast, attainmentKernel, [actual, target, baseline, direction], ATTAINMENT_ARGS, attainmentFastAll);
}

export function KPI_STATUS(att: CellValue, greenAt?: CellValue, yellowAt?: CellValue): FunctionResult {
  return perRow(
    (a, g, y) => {
      if (isBlank(a)) return '';
      const value = toNumber(a, 'attainment');
      const green = toOptionalNumber(g, 'green_at') ?? 1;
      const yellow = toOptionalNumber(y, 'yellow_at') ?? 0.9;
      if (yellow > green) throw valueError(`yellow_at (${yellow}) is above green_at (${green}); yellow must start at or below green.`);
      return value >= green ? 'Green' : value >= yellow ? 'Yellow' : 'Red';
    },
    [att, greenAt, yellowAt],
    ['attainment', 'green_at', 'yellow_at'],
    (a, g, y) => {
      if (a === null) return NaN;
      const green = g ?? 1;
      const yellow = y ?? 0.9;
      if (yellow > green) return NaN; // the general kernel words the error
      return a >= green ? 'Green' : a >= yellow ? 'Yellow' : 'Red';
    },
  );
}

export function KPI_PACE(
  actual: CellValue, target: CellValue, start: CellValue, end: CellValue,
  asOf?: CellValue, baseline?: CellValue, direction?: CellValue,
): FunctionResult {
  return perRow(
    (a, t, s, e, o, b, d) => {
      if (isBlank(a) || isBlank(t) || isBlank(s) || isBlank(e)) return '';
      // Serial numbers (what Excel sends) skip the date parser.
      const startS = typeof s === 'number' && s - s === 0 ? s : toDateSerial(s, 'start');
      const endS = typeof e === 'number' && e - e === 0 ? e : toDateSerial(e, 'end');
      if (endS <= startS) throw valueError('The end date must be after the start date.');
      const asOfS = typeof o === 'number' && o - o === 0 ? o : isBlank(o) ? todaySerial() : toDateSerial(o, 'as_of');
      const att = attainment(a, t, b, d) as number;
      if (asOfS <= startS) return ''; // not started yet
      // A level to hold must hold at every moment: its pace is its attainment.
      if (!isBlank(d) && isStay(toDirection(d))) return att; // the commonest call gives no direction
      const elapsed = Math.min(1, (asOfS - startS) / (endS - startS));
      return att / elapsed; // perRow checks that numbers are finite
    },
    [actual, target, start, end, asOf, baseline, direction],
    ['actual', 'target', 'start', 'end', 'as_of', 'baseline', 'direction'],
    // Numbers in every row, an as_of given and no direction: the straight line without the coercion layer.
    (a, t, st, e, o, b, d) => {
      if (a === null || t === null || st === null || e === null || o === null || d !== null || e <= st) return NaN;
      // In the kernel's order: an attainment it would refuse goes to the kernel even before the start.
      const att = attainmentNumbers(a, t, b);
      if (att !== att) return NaN;
      if (o <= st) return '';
      return att / Math.min(1, (o - st) / (e - st));
    },
  );
}

export function KPI_FORECAST(values: CellValue, dates: CellValue, at: CellValue): number {
  rejectErrorCells(values, 'values');
  rejectErrorCells(dates, 'dates');
  rejectErrorCells(at, 'at');
  const vs: CellValue[] = [];
  const ds: CellValue[] = [];
  forEachCell(values, (v) => vs.push(v));
  forEachCell(dates, (d) => ds.push(d));
  if (vs.length !== ds.length) throw valueError(`values has ${vs.length} cells but dates has ${ds.length}; give one date per value.`);
  if (isBlank(at)) throw valueError('at is blank; give the date or period to forecast.');
  const x0 = toDateSerial(at, 'at');
  const xs: number[] = [];
  const ys: number[] = [];
  // A pair with a blank is skipped; one half-filled is named if too few points are left without it.
  let halfPair: string | undefined;
  for (let i = 0; i < vs.length; i++) {
    const vb = isBlank(vs[i]);
    const db = isBlank(ds[i]);
    if (vb || db) {
      if (halfPair === undefined && vb !== db) {
        halfPair = vb
          ? `value ${i + 1} is blank but its date is ${show(ds[i])}: fill the value or clear the date.`
          : `value ${i + 1} is ${show(vs[i])} but its date is blank: fill the date or clear the value.`;
      }
      continue;
    }
    ys.push(toNumber(vs[i], `value ${i + 1}`));
    xs.push(toDateSerial(ds[i], `date ${i + 1}`));
  }
  const hint = halfPair ? ` ${halfPair[0].toUpperCase()}${halfPair.slice(1)}` : '';
  if (xs.length < 2) throw naError(`KPI_FORECAST needs at least two (date, value) pairs.${hint}`);
  // Centre the data before the sums: serials near 45,000 would otherwise lose precision in x^2.
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxx += (xs[i] - mx) * (xs[i] - mx);
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx === 0) {
    // Name the date of a point used, not of a pair skipped for its blank value.
    const used = ds.find((d, i) => !isBlank(d) && !isBlank(vs[i]));
    throw naError(`All points are on one date (${show(used)}); a trend needs at least two dates.${hint}`);
  }
  return finite(my + (sxy / sxx) * (x0 - mx), 'The forecast');
}

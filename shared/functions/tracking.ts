/**
 * Tracking over time: KPI_LATEST, KPI_NEXT_UPDATE, KPI_SPARKLINE, KPI_PROJECTION (functions.md, "the check-in log").
 * A check-in log is one row per check-in: the KPI's ID, the date, the value (and optionally a confidence and a note).
 * The log functions are per-row over kpi_ids (one result per KPI, the shape of kpi_ids); each log argument is one
 * column and all have the same length. The log is grouped ONCE per call (a Map from ID to its rows, in log order), so
 * 1,000 KPIs over a 100,000-row log cost one pass over the log plus one pass over each KPI's own rows.
 */
import { GoalError, valueError } from './errors';
import {
  asMatrix, cellErrorCode, dateToSerial, errorCellError, isBlank, isDate, serialFromParts, shapeOf, show,
  showShape, toDateSerial, toNumber, type CellValue, type Matrix,
} from './coerce';
import { finite, perRow, type CellResult, type FunctionResult, type Scalar } from './vectorise';
import { idKey } from './rollup';

// ----- error cells ------------------------------------------------------------------------------------------------
// An error cell (Excel's error object, a Sheets error text) in the log, in kpi_ids or in as_of / at becomes the error of
// that KPI only, through coerce.ts's shared cellErrorCode / errorCellError.

/** Rethrow a typed error as #VALUE! (a log cell the user must fix), keeping its message. */
function asValueError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    // Stryker disable next-line StringLiteral: with the test "" every GoalError is rebuilt as #VALUE!; a #VALUE! rebuilt keeps its code and message
    if (e instanceof GoalError && e.code !== 'VALUE') throw valueError(e.message);
    throw e;
  }
}

// ----- the log ----------------------------------------------------------------------------------------------------

/**
 * One log argument as rows of one cell ([[a], [b], ...]): a one-column range is used as it stands (no copy, no scan
 * of a 100,000-row log: a range is rectangular, so its first row tells its width); a single value, a row or a flat
 * list is turned into that form; more columns are #VALUE!.
 */
function logColumn(v: CellValue, name: string): Matrix {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [[null]];
  if (!Array.isArray(v[0])) return v.map((x) => [x]); // a flat list
  if (v.length === 1) return v[0].length ? (v[0] as CellValue[]).map((x) => [x]) : [[null]]; // one row
  if (v[0].length > 1) throw valueError(`${name} is ${showShape(shapeOf(asMatrix(v)))}; give one column of the log.`);
  return v as Matrix;
}

interface Log {
  /** The log columns, one cell per row (see logColumn). */
  dates: Matrix;
  /** The third log column (log_field or log_values). */
  field: Matrix;
  /** Row indices (0-based, in log order) of each KPI, by idKey. */
  groups: Map<string, number[]>;
}

/** Read the three log columns, check their lengths and group the rows by KPI once. */
function readLog(ids: CellValue, dates: CellValue, field: CellValue, fieldName: string): Log {
  const idCol = logColumn(ids, 'log_kpi_ids');
  const dateCol = logColumn(dates, 'log_dates');
  const fieldCol = logColumn(field, fieldName);
  for (const [col, name] of [[dateCol, 'log_dates'], [fieldCol, fieldName]] as const) {
    if (col.length !== idCol.length) {
      throw valueError(`${name} has ${col.length} rows but log_kpi_ids has ${idCol.length}; the log columns must be the same length.`);
    }
  }
  // Group by the cell value as it stands first (one Map lookup per row), then merge the values that are the same ID
  // (idKey: "K1", "k1 ") once per distinct value, keeping log order.
  const byValue = new Map<CellValue, number[]>();
  for (let i = 0; i < idCol.length; i++) {
    const id = idCol[i][0];
    // Rows with a blank ID are not check-ins (nor with a blank date: logDate gives NaN for those, and they are skipped).
    // Stryker disable next-line LogicalOperator,StringLiteral: a blank ID kept here gets the key "", dropped below
    if (id === null || id === undefined || id === '') continue;
    const rows = byValue.get(id);
    if (rows) rows.push(i);
    else byValue.set(id, [i]);
  }
  const groups = new Map<string, number[]>();
  const merged = new Set<string>();
  for (const [id, rows] of byValue) {
    // An error cell as the ID belongs to no KPI we can name: it is left to the sheet's own checks, as CASCADE_ROLLUP
    // does with a KPI whose goal ID is an error.
    // Stryker disable next-line StringLiteral: cellErrorCode of a number is undefined anyway
    if (typeof id !== 'number' && cellErrorCode(id)) continue;
    const key = idKey(id);
    if (!key) continue;
    const seen = groups.get(key);
    if (!seen) groups.set(key, rows);
    else {
      for (let k = 0; k < rows.length; k++) seen.push(rows[k]);
      merged.add(key);
    }
  }
  for (const key of merged) groups.get(key)!.sort((a, b) => a - b); // back to log order, once per merged ID
  return { dates: dateCol, field: fieldCol, groups };
}

/**
 * The date of log row i as a serial; NaN for a blank date (the row is not a check-in: callers skip it); anything that
 * is not a date is #VALUE! naming the row. Small, to be inlined: it runs once per check-in of each KPI asked for.
 */
function logDate(dates: Matrix, i: number): number {
  const v = dates[i][0];
  // Stryker disable next-line StringLiteral,ArithmeticOperator: a fast path: the slow path gives any number it skips the same
  return typeof v === 'number' && v - v === 0 && v !== 0 ? v : otherLogDate(v, i);
}
function otherLogDate(v: CellValue, i: number): number {
  if (v === 0) return 0; // also -0
  if (isBlank(v)) return NaN;
  const code = cellErrorCode(v);
  if (code) throw errorCellError(code, `The date in log row ${i + 1}`);
  return asValueError(() => toDateSerial(v, `The date in log row ${i + 1}`));
}

/** The value of log row i as a number, undefined when blank; anything that is not a number is #VALUE! naming the row. */
function logNumber(values: Matrix, i: number): number | undefined {
  const v = values[i][0];
  // Stryker disable next-line StringLiteral,ArithmeticOperator: a fast path: the slow path gives any number it skips the same
  return typeof v === 'number' && v - v === 0 && v !== 0 ? v : otherLogNumber(v, i);
}
function otherLogNumber(v: CellValue, i: number): number | undefined {
  if (v === 0) return 0; // also -0
  if (isBlank(v)) return undefined;
  const code = cellErrorCode(v);
  if (code) throw errorCellError(code, `The value in log row ${i + 1}`);
  return asValueError(() => toNumber(v, `The value in log row ${i + 1}`));
}

/** A log field returned as it stands: number, text, boolean, a date as its serial; blank as "". */
function fieldValue(v: CellValue, i: number, name: string): Scalar {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw valueError(`${name} in log row ${i + 1} is ${show(v)}; give a finite number.`);
    return v === 0 ? 0 : v;
  }
  if (isBlank(v)) return '';
  const code = cellErrorCode(v);
  if (code) throw errorCellError(code, `${name} in log row ${i + 1}`);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return asValueError(() => dateToSerial(v, `${name} in log row ${i + 1}`));
  throw valueError(`${name} in log row ${i + 1} is not a number, text or date.`);
}

/** A date argument of a KPI (as_of, at): undefined when blank. */
function kpiDate(v: CellValue, name: string): number | undefined {
  // Stryker disable next-line StringLiteral,ArithmeticOperator: a fast path: the slow path gives any number it skips the same
  if (typeof v === 'number' && v - v === 0) return v === 0 ? 0 : v;
  if (isBlank(v)) return undefined;
  const code = cellErrorCode(v);
  if (code) throw errorCellError(code, name);
  return toDateSerial(v, name);
}

// ----- per KPI ----------------------------------------------------------------------------------------------------

type PerKpi = (rows: number[] | undefined, extra: CellValue) => Scalar;

/**
 * Run `fn` for each KPI of kpi_ids with its log rows and its `extra` argument (one per KPI, or one for all).
 * The result has the shape of kpi_ids; a single KPI gives a single value (its error thrown, as perRow does).
 */
function perKpi(kpiIds: CellValue, groups: Map<string, number[]>, extra: CellValue, extraName: string, fn: PerKpi): FunctionResult {
  const ids: Matrix = asMatrix(kpiIds);
  const shape = shapeOf(ids);
  let extras: Matrix | undefined;
  let extraOne: CellValue = extra;
  if (Array.isArray(extra)) {
    const m = asMatrix(extra);
    const s = shapeOf(m);
    if (s.rows === 1 && s.cols === 1) extraOne = Array.isArray(m[0]) ? m[0][0] : m[0];
    else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      throw valueError(`${extraName} is ${showShape(s)} but kpi_ids is ${showShape(shape)}; give one ${extraName} per KPI, or one for all.`);
    } else extras = m;
  }
  const one = (id: CellValue, x: CellValue): CellResult => {
    if (isBlank(id)) return '';
    try {
      // Stryker disable next-line StringLiteral: cellErrorCode of a number is undefined anyway
      const code = typeof id === 'number' ? undefined : cellErrorCode(id);
      if (code) throw errorCellError(code, 'The KPI ID');
      const key = idKey(id);
      if (!key) return '';
      const r = fn(groups.get(key), x);
      return typeof r === 'number' ? finite(r) : r;
    } catch (e) {
      if (e instanceof GoalError) return e;
      throw e;
    }
  };
  if (shape.rows === 1 && shape.cols === 1) {
    const r = one(Array.isArray(ids[0]) ? ids[0][0] : ids[0], extraOne);
    if (r instanceof GoalError) throw r;
    return r;
  }
  // Stryker disable next-line ArrayDeclaration: preallocation only: every row is assigned in order below
  const out: CellResult[][] = new Array(ids.length);
  for (let r = 0; r < ids.length; r++) {
    const row = Array.isArray(ids[r]) ? ids[r] : [ids[r]];
    const xs = extras ? (Array.isArray(extras[r]) ? extras[r] : [extras[r]]) : undefined;
    // Stryker disable next-line ArrayDeclaration: preallocation only: every cell is assigned in order below
    const o: CellResult[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) o[c] = one(row[c], xs ? xs[c] : extraOne);
    out[r] = o;
  }
  return out;
}

// ----- KPI_LATEST -------------------------------------------------------------------------------------------------

export function KPI_LATEST(kpi_ids: CellValue, log_kpi_ids: CellValue, log_dates: CellValue, log_field: CellValue, as_of?: CellValue): FunctionResult {
  const log = readLog(log_kpi_ids, log_dates, log_field, 'log_field');
  return perKpi(kpi_ids, log.groups, as_of, 'as_of', (rows, asOfV) => {
    const asOf = kpiDate(asOfV, 'as_of');
    if (!rows) return '';
    // On or before as_of: a whole day includes that day's check-ins at any time; a date-time is an instant.
    const limit = asOf === undefined ? Infinity : asOf === Math.floor(asOf) ? asOf + 1 : asOf;
    const inclusive = asOf !== undefined && asOf !== Math.floor(asOf);
    let best = -1;
    let bestDate = -Infinity;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const d = logDate(log.dates, i);
      if (d !== d) continue; // blank date
      // >= : on equal dates the lower row (the later entry) wins.
      if ((d < limit || (inclusive && d === limit)) && d >= bestDate) {
        best = i;
        bestDate = d;
      }
    }
    return best < 0 ? '' : fieldValue(log.field[best][0], best, 'log_field');
  });
}

// ----- KPI_NEXT_UPDATE --------------------------------------------------------------------------------------------

const FREQUENCIES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
type Frequency = (typeof FREQUENCIES)[number];
const MONTHS: Record<Frequency, number> = { daily: 0, weekly: 0, monthly: 1, quarterly: 3, yearly: 12 };

function toFrequency(v: CellValue): Frequency | undefined {
  const t = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
  if (t === '') return undefined;
  const hit = FREQUENCIES.find((f) => f === t);
  if (!hit) throw valueError(`frequency must be Daily, Weekly, Monthly, Quarterly or Yearly, not ${show(v)}.`);
  return hit;
}

/**
 * A serial plus whole calendar months as Excel's EDATE: the same day of the month, or the month's last day when it
 * is shorter (2026-01-31 + 1 month = 2026-02-28). The time of day is kept.
 */
export function addMonths(serial: number, months: number): number {
  const day = Math.floor(serial);
  const t = new Date((day - 25569) * 86400000);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months; // 0-based, may pass 11
  const y2 = y + Math.floor(m / 12);
  const m2 = (m % 12) + 1; // 1-12
  const lastDay = serialFromParts(y2, m2 + 1, 1) - serialFromParts(y2, m2, 1);
  return serialFromParts(y2, m2, Math.min(t.getUTCDate(), lastDay)) + (serial - day);
}

export function KPI_NEXT_UPDATE(last_update: CellValue, frequency: CellValue, start?: CellValue): FunctionResult {
  return perRow(
    (l, f, s) => {
      if (isBlank(f) || (isBlank(l) && isBlank(s))) return '';
      const freq = toFrequency(f);
      if (!freq) return '';
      const base = isBlank(l) ? toDateSerial(s, 'start') : toDateSerial(l, 'last_update');
      if (freq === 'daily') return base + 1;
      if (freq === 'weekly') return base + 7;
      return addMonths(base, MONTHS[freq]); // perRow checks that numbers are finite
    },
    [last_update, frequency, start],
    ['last_update', 'frequency', 'start'],
  );
}

// ----- KPI_SPARKLINE ----------------------------------------------------------------------------------------------

const BARS = '▁▂▃▄▅▆▇█';

/** The bar of value v among the points shown: round(7 * (v - lo) / (hi - lo)), without overflow for huge values. */
function barIndex(v: number, lo: number, hi: number): number {
  const span = hi - lo;
  if (span === 0) return 3; // all equal, or one point: every bar is ▄
  let t: number;
  if (Number.isFinite(span)) {
    const d = 7 * (v - lo);
    t = Number.isFinite(d) ? d / span : ((v - lo) / span) * 7;
  } else {
    t = ((v / 2 - lo / 2) / (hi / 2 - lo / 2)) * 7;
  }
  return Math.min(7, Math.max(0, Math.round(t)));
}

function sparkline(ys: number[], from: number): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = from; k < ys.length; k++) {
    if (ys[k] < lo) lo = ys[k];
    if (ys[k] > hi) hi = ys[k];
  }
  let s = '';
  for (let k = from; k < ys.length; k++) s += BARS[barIndex(ys[k], lo, hi)];
  return s;
}

/** The `points` argument: default 12; a whole number from 2 to 50. */
function toPoints(v: CellValue): number {
  const m = Array.isArray(v) ? asMatrix(v) : undefined;
  const one = m && m.length === 1 && Array.isArray(m[0]) && m[0].length === 1 ? m[0][0] : v;
  if (isBlank(one)) return 12;
  const code = cellErrorCode(one);
  if (code) throw valueError(`points is ${code} in its cell: fix that cell first.`);
  const n = asValueError(() => toNumber(one, 'points'));
  if (!Number.isInteger(n) || n < 2 || n > 50) throw valueError(`points is ${show(one)}; give a whole number from 2 to 50.`);
  return n;
}

export function KPI_SPARKLINE(kpi_ids: CellValue, log_kpi_ids: CellValue, log_dates: CellValue, log_values: CellValue, points?: CellValue): FunctionResult {
  const n = toPoints(points);
  const log = readLog(log_kpi_ids, log_dates, log_values, 'log_values');
  // Stryker disable next-line StringLiteral: names extra in a shape message; extra is null
  return perKpi(kpi_ids, log.groups, null, 'points', (rows) => {
    if (!rows) return '';
    // Every date of the KPI is read (they decide the order; a bad one is an error wherever it is). Values are read
    // from the latest back until `points` of them are found, blanks skipped: like KPI_LATEST, a check-in that is not
    // shown is not looked at. An appended log is in date order already; otherwise sort (stable: equal dates keep log order).
    // Stryker disable next-line UnaryOperator: a stable sort of a log in order changes nothing
    let prev = -Infinity;
    // Stryker disable next-line BooleanLiteral: a stable sort of a log in order changes nothing
    let inOrder = true;
    for (let k = 0; k < rows.length; k++) {
      const d = logDate(log.dates, rows[k]);
      // Stryker disable next-line EqualityOperator: a stable sort of a log in order changes nothing
      if (d < prev) inOrder = false;
      else if (d === d) prev = d; // NaN: a blank date
    }
    const dated = (i: number) => !Number.isNaN(logDate(log.dates, i));
    let order = rows;
    if (!inOrder) {
      const kept = rows.filter(dated);
      const ds = kept.map((i) => logDate(log.dates, i));
      order = kept.map((_, k) => k).sort((a, b) => ds[a] - ds[b]).map((k) => kept[k]); // stable
    }
    const ys: number[] = [];
    for (let k = order.length - 1; k >= 0 && ys.length < n; k--) {
      const i = order[k];
      if (order === rows && !dated(i)) continue;
      const v = logNumber(log.field, i);
      if (v !== undefined) ys.push(v);
    }
    return ys.length ? sparkline(ys.reverse(), 0) : '';
  });
}

// ----- KPI_PROJECTION ---------------------------------------------------------------------------------------------

export function KPI_PROJECTION(kpi_ids: CellValue, log_kpi_ids: CellValue, log_dates: CellValue, log_values: CellValue, at: CellValue): FunctionResult {
  const log = readLog(log_kpi_ids, log_dates, log_values, 'log_values');
  return perKpi(kpi_ids, log.groups, at, 'at', (rows, atV) => {
    const x0 = kpiDate(atV, 'at');
    if (x0 === undefined || !rows) return '';
    // One pass over the check-ins, shifted by the first point: serials near 45,000 would lose precision in plain sums
    // of x^2; shifted, the sums stay small and need no division per row.
    let count = 0;
    let kx = 0;
    let ky = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const x = logDate(log.dates, i);
      if (x !== x) continue; // blank date
      const y = logNumber(log.field, i);
      if (y === undefined) continue;
      if (count === 0) {
        kx = x;
        ky = y;
      }
      count++;
      const dx = x - kx;
      const dy = y - ky;
      sx += dx;
      sy += dy;
      sxx += dx * dx;
      sxy += dx * dy;
    }
    if (count < 2) return '';
    const vxx = sxx - (sx * sx) / count;
    if (!(vxx > 0)) return ''; // all on one date
    const vxy = sxy - (sx * sy) / count;
    return ky + sy / count + (vxy / vxx) * (x0 - kx - sx / count); // perKpi checks that numbers are finite
  });
}

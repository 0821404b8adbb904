/**
 * Every custom function fuzzed with arbitrary cell values (quality.md): numbers including NaN, +-Infinity, -0 and huge
 * values, text (numeric, ISO dates, options, junk), booleans, blanks, Date objects and mismatched range shapes.
 * Properties: no exception but the host's own error form; no NaN, Infinity, undefined or null in a result; and the
 * same result from the built Excel bundle and the built Sheets bundle, each called in its host's form.
 * Dates and date-times: Excel gets the serial (time of day as a fraction), Sheets a Date at the instant of that wall
 * clock in the spreadsheet's zone, a random zone per run from UTC-10 to UTC+14 (the script stays in the process's).
 * Both bundles are built from one core, so their agreement shows that each host's form of the inputs reaches the core
 * alike, not that the figures are right: ../hosts/oracleParity.test.ts checks the figures against an oracle written
 * from functions.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS, isGoalError, serialFromParts, type FunctionSpec } from '../../shared/functions';
import { loadExcelFunctions, loadSheets, localInstantOf, pinClock } from '../hosts/loaders';
import { instantOfWall, wallMs, wallOf } from '../sheets/zones';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** A neutral description of a cell, turned into each host's form below. */
type Cell = { blank: true } | { date: [y: number, m: number, d: number, h: number, mi: number] } | { v: number | string | boolean };

const number = fc.oneof(
  fc.double({ noDefaultInfinity: false, noNaN: false }),
  fc.integer({ min: -5, max: 15 }),
  fc.constantFrom(0, -0, 1, 0.9, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity, 45658, 46023),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('90', '90%', ' 1200.5 ', 'higher', ' LOWER ', 'up', '2026-01-01', '2026-02-30', '=1+1', 'revenue / customers',
    'a > b ? 1 : 0', 'import({}, {})', 'Increase sales by 10% by Q3 2026', 'G1', 'G2', 'g1', '', '  '),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: number.map((v) => ({ v })) },
  { weight: 2, arbitrary: text.map((v) => ({ v })) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ v })) },
  { weight: 2, arbitrary: fc.constant({ blank: true as const }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
      fc.oneof(fc.constant([0, 0]), fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })))).map(([y, m, d, [h, mi]]) => ({ date: [y, m, d, h, mi] as [number, number, number, number, number] })),
  },
);
type Arg = { kind: 'omitted' } | { kind: 'cell'; cell: Cell } | { kind: 'range'; rows: Cell[][] };
const range = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([r, c]) =>
  fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

function argFor(spec: FunctionSpec, i: number): fc.Arbitrary<Arg> {
  const p = spec.params[i];
  const options: fc.Arbitrary<Arg>[] = [cell.map((c) => ({ kind: 'cell' as const, cell: c }))];
  if (p.range) options.push(range.map((rows) => ({ kind: 'range' as const, rows })));
  if (p.optional) options.push(fc.constant({ kind: 'omitted' as const }));
  return fc.oneof(...options);
}

const excel = loadExcelFunctions();
const sheets = loadSheets({}, { timeZone: 'Etc/UTC' });
/**
 * The clocks, pinned per run: Sheets' to the instant `now`, Excel's to the instant at which this process's local clock
 * shows the wall clock the spreadsheet's zone shows at `now` (Excel runs where its user is, so its "today" is the
 * spreadsheet's). Not process.env.TZ: Node ignores it in a worker thread, where it left Excel's today in the process's
 * zone while Sheets' was the spreadsheet's (seed 262545148 under Stryker's threads: Auckland already on the 26th,
 * the process still on the 25th).
 */
let pinned: { excel?: number; sheets?: number } = {};
pinClock(excel.context, () => pinned.excel);
pinClock(sheets.context, () => pinned.sheets);
function pinNow(now: number, tz: string): void {
  pinned = { sheets: now, excel: localInstantOf(wallOf(now, tz)) };
}
/** Instants from 2000 to 2040, whole minutes, with the spreadsheet's midnight and the UTC day boundary often near. */
const instant = fc.integer({ min: Date.UTC(2000, 0, 1) / 60000, max: Date.UTC(2040, 0, 1) / 60000 }).map((m) => m * 60000);
/** Spreadsheet zones from UTC-10 to UTC+14, with half- and three-quarter-hour offsets and both hemispheres' DST. */
const ZONES = ['Pacific/Honolulu', 'America/Los_Angeles', 'America/New_York', 'America/St_Johns', 'America/Sao_Paulo', 'Etc/UTC',
  'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Tokyo', 'Australia/Sydney', 'Pacific/Auckland', 'Pacific/Kiritimati'];
const zone = fc.constantFrom(...ZONES);
let sheetZone = 'Etc/UTC';
/** A wall clock the spreadsheet's clock never shows (the hour skipped in spring) cannot be in a cell: such runs are left out. */
function existsIn(c: Cell, tz: string): boolean {
  if (!('date' in c)) return true;
  const w = wallMs(...c.date);
  return wallOf(instantOfWall(w, tz), tz) === w;
}
/**
 * Run `fn` with the process (the Apps Script) in time zone `tz`. Node honours TZ at run time in a process of its own
 * (vitest's forks) but ignores it in a worker thread, where this varies nothing: the script's zone then stays the
 * process's, which is one zone among those the property allows.
 */
function inZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
const cellsOf = (args: Arg[]): Cell[] => args.flatMap((a) => (a.kind === 'cell' ? [a.cell] : a.kind === 'range' ? a.rows.flat() : []));

function excelCell(c: Cell): unknown {
  if ('blank' in c) return null;
  if ('date' in c) return serialFromParts(c.date[0], c.date[1], c.date[2]) + (c.date[3] * 3600000 + c.date[4] * 60000) / 86400000;
  return c.v;
}
function sheetsCell(c: Cell): unknown {
  if ('blank' in c) return '';
  if ('date' in c) return sheets.date(...c.date, sheetZone);
  return c.v;
}

function excelArgs(spec: FunctionSpec, args: Arg[]): unknown[] {
  return args.map((a, i) => {
    if (a.kind === 'omitted') return null;
    const matrix = spec.params[i].range;
    if (a.kind === 'cell') return matrix ? [[excelCell(a.cell)]] : excelCell(a.cell);
    return a.rows.map((r) => r.map(excelCell));
  });
}
function sheetsArgs(args: Arg[]): unknown[] {
  const out = args.map((a) => (a.kind === 'omitted' ? undefined : a.kind === 'cell' ? sheetsCell(a.cell) : a.rows.map((r) => r.map(sheetsCell))));
  while (out.length && out[out.length - 1] === undefined) out.pop(); // Sheets passes only what the user typed
  return out.map((v) => (v === undefined ? '' : v));
}

/** One comparable form: values as they are, errors as "ERR <message>" (code-less: Sheets' thrown errors carry none). */
type Norm = unknown;
function assertClean(v: unknown, where: string): void {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) throw new Error(`${where}: bad value ${v}`);
  if (typeof v === 'number' && Object.is(v, -0)) throw new Error(`${where}: -0`);
}

function normExcel(spec: FunctionSpec, r: unknown): Norm {
  const one = (v: unknown): unknown => {
    if (v instanceof excel.ErrorClass) return { code: v.code, message: v.message };
    assertClean(v, 'excel');
    if (!['number', 'string', 'boolean'].includes(typeof v)) throw new Error(`excel: unexpected ${typeof v}`);
    return v;
  };
  if (spec.result === 'matrix') {
    if (!Array.isArray(r) || !r.every(Array.isArray)) throw new Error('excel: a matrix function must return a matrix');
    const m = (r as unknown[][]).map((row) => row.map(one));
    return m.length === 1 && m[0].length === 1 ? { single: m[0][0] } : { matrix: m };
  }
  if (Array.isArray(r)) throw new Error('excel: a scalar function returned an array');
  return { single: one(r) };
}

function normSheets(r: () => unknown): Norm {
  let v: unknown;
  try {
    v = r();
  } catch (e) {
    // Only the Sheets error form may escape: an Error with a message (never a GoalError or a TypeError).
    const err = e as Error;
    if (err?.constructor?.name !== 'Error' || typeof err.message !== 'string' || !err.message) throw e;
    return { single: { thrown: err.message } };
  }
  const one = (x: unknown): unknown => {
    assertClean(x, 'sheets');
    const m = typeof x === 'string' ? /^(#VALUE!|#N\/A|#DIV\/0!|#NUM!) (.*)$/s.exec(x) : null;
    return m ? { code: m[1], message: m[2] } : x;
  };
  if (Array.isArray(v)) {
    const m = (v as unknown[][]).map((row) => row.map(one));
    return m.length === 1 && m[0].length === 1 ? { single: m[0][0] } : { matrix: m };
  }
  return { single: one(v) };
}

/**
 * Excel's and Sheets' forms agree: the same values, and errors in the same cells with the same code. Messages may
 * differ only in how they quote a date cell (Sheets sends a Date, shown as 2026-01-01; Excel a serial number).
 */
function sameResult(e: Norm, s: Norm): boolean {
  const eq = (a: unknown, b: unknown): boolean => {
    const ea = a as { code?: string; message?: string };
    const sb = b as { code?: string; message?: string; thrown?: string };
    if (ea && typeof ea === 'object' && 'code' in ea) {
      if (!sb || typeof sb !== 'object') return false;
      if ('thrown' in sb) return ea.message === undefined || (typeof sb.thrown === 'string' && sb.thrown.length > 0);
      return ea.code === sb.code && (ea.message === undefined || !!sb.message);
    }
    return typeof a === 'number' && typeof b === 'number' ? a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a)) : a === b;
  };
  const E = e as { single?: unknown; matrix?: unknown[][] };
  const S = s as { single?: unknown; matrix?: unknown[][] };
  if ('single' in E && 'single' in S) return eq(E.single, S.single);
  if (E.matrix && S.matrix) return E.matrix.length === S.matrix.length && E.matrix.every((row, i) => row.length === S.matrix![i].length && row.every((v, j) => eq(v, S.matrix![i][j])));
  // A whole-call error in Excel's matrix form ([[error]]) against Sheets' thrown error.
  return false;
}

describe.each(FUNCTIONS.map((f) => [f.name, f] as const))('fuzz %s', (_name, spec) => {
  const args = fc.tuple(...spec.params.map((_, i) => argFor(spec, i)));

  it('core: only typed errors, never NaN / Infinity / null / undefined / -0', () => {
    fc.assert(
      fc.property(args, (a) => {
        let r: unknown;
        try {
          r = spec.impl(...excelArgs(spec, a));
        } catch (e) {
          if (isGoalError(e)) return;
          throw e;
        }
        for (const v of Array.isArray(r) ? (r as unknown[][]).flat() : [r]) {
          if (!isGoalError(v)) assertClean(v, 'core');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('built bundles: the same result in the Excel and the Sheets form, the spreadsheet in any zone', () => {
    fc.assert(
      fc.property(zone, zone, instant, args, (tz, scriptTz, now, a) => {
        fc.pre(cellsOf(a).every((c) => existsIn(c, tz)));
        sheetZone = tz;
        sheets.setTimeZone(tz);
        // Excel runs where its user is, in the spreadsheet's zone (so "today" is the same day on both hosts); the
        // Apps Script runs in its own zone, which must not matter.
        pinNow(now, tz);
        try {
          const e = normExcel(spec, excel.call(spec.name, ...excelArgs(spec, a)));
          const s = normSheets(() => inZone(scriptTz, () => sheets.call(spec.name, ...sheetsArgs(a))));
          if (!sameResult(e, s)) throw new Error(`differ:\nexcel  ${JSON.stringify(e)}\nsheets ${JSON.stringify(s)}`);
        } finally {
          pinned = {};
        }
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * Regression (seed 262545148, path 161:1:1:1:1:4:1:1:1:1:1:1, failed under Stryker's worker threads): KPI_PACE with
 * as_of omitted measures at today IN THE SPREADSHEET'S ZONE on both hosts. At 2026-11-25 20:00 UTC Auckland (+13) is
 * on the 26th while UTC and Honolulu are on the 25th; the figures below are worked out by hand, not by either bundle.
 */
describe('regression: KPI_PACE\'s default as_of is today in the spreadsheet\'s zone on both hosts', () => {
  const spec = FUNCTIONS.find((f) => f.name === 'KPI_PACE')!;
  const counterexample: Arg[] = [
    { kind: 'cell', cell: { v: 0 } }, { kind: 'cell', cell: { v: 0 } }, { kind: 'cell', cell: { v: 0 } },
    { kind: 'range', rows: [[{ v: 1e308 }], [{ blank: true }], [{ v: 0 }], [{ v: 0 }]] },
    { kind: 'omitted' },
    { kind: 'range', rows: [[{ date: [1950, 1, 1, 0, 0] }]] },
    { kind: 'omitted' },
  ];
  it.each([
    ['2026-11-25 20:00 UTC, Auckland on the 26th', Date.UTC(2026, 10, 25, 20), 46352],
    ['2026-11-25 10:59 UTC, Auckland still on the 25th', Date.UTC(2026, 10, 25, 10, 59), 46351],
  ])('%s', (_label, now, todaySerial) => {
    const tz = 'Pacific/Auckland';
    sheetZone = tz;
    sheets.setTimeZone(tz);
    pinNow(now, tz);
    try {
      // actual 0, target 0, baseline 1950-01-01: attainment (0 - b) / (0 - b) = 1; start 0, end 1e308:
      // elapsed = (today - 0) / 1e308, so the pace is 1e308 / today, a different figure for each day.
      const want = 1e308 / todaySerial;
      const fromExcel = normExcel(spec, excel.call('KPI_PACE', ...excelArgs(spec, counterexample))) as { matrix: unknown[][] };
      const fromSheets = normSheets(() => inZone('Pacific/Honolulu', () => sheets.call('KPI_PACE', ...sheetsArgs(counterexample)))) as { matrix: unknown[][] };
      for (const [host, got] of [['excel', fromExcel], ['sheets', fromSheets]] as const) {
        expect(Math.abs((got.matrix[0][0] as number) / want - 1), host).toBeLessThan(1e-12);
        expect(got.matrix[1][0], host).toBe('');
        expect(got.matrix[2][0], host).toEqual({ code: '#VALUE!', message: 'The end date must be after the start date.' });
      }
    } finally {
      pinned = {};
    }
  });
});

/**
 * Messages in the user's words (functions.md "Errors"): whatever the inputs (+-Infinity, NaN, huge numbers, booleans,
 * cells holding arrays, Excel error objects and Sheets error texts), no message that reaches a cell says Infinity, NaN,
 * undefined, true/false (booleans are TRUE / FALSE), "Maximum call stack size exceeded" or "internal error".
 */
describe('fuzz: messages in the user\'s words', () => {
  const BANNED = /Infinity|NaN|undefined|internal error|Maximum call stack|\btrue\b|\bfalse\b|\[object /;
  // What the user typed is quoted ("..." or '...') and may say anything: only the rest is ours.
  const ours = (m: string) => m.replace(/"[^"]*"/g, '""').replace(/'[^']*'/g, "''").replace(/cycle: .*?\. A goal/, 'cycle: (ids). A goal');
  const errorCell = fc.oneof(
    fc.constantFrom('#DIV/0!', '#VALUE!', '#N/A', '#REF!', '#NUM!', '#NAME?', '#NULL!', '#ERROR!', '#VALUE! actual must be a number', '#N/A There are no answers'),
    fc.constantFrom('#DIV/0!', '#VALUE!', '#N/A', '#REF!', '#NUM!', '#NAME?', '#NULL!').map((c) => new excel.ErrorClass(c) as unknown),
    fc.constantFrom('#SPILL!', '#CALC!', '#GETTING_DATA').map((code) => ({ code, message: 'from Excel' }) as unknown), // newer codes, by shape
  );
  const wild: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -1e308, 5e-324, 1.7976931348623157e308, -0, 0, 1, 2, 10, 0.5, 45658) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 2, arbitrary: fc.boolean() },
    { weight: 2, arbitrary: fc.constantFrom(null, '', undefined) },
    { weight: 3, arbitrary: errorCell },
    { weight: 1, arbitrary: fc.constantFrom([1, 2], [[1]], [['x', true]], [], {}, { code: 7 }) },
    { weight: 2, arbitrary: fc.constantFrom('higher', 'lower', 'G1', 'G2', 'g1', '2026-01-01', '1e999', '-1e400', 'NaN', 'Infinity', 'a / b', 'a > b ? 1 : 0', 'log(0)', '1/0') },
  );
  const wildArg: fc.Arbitrary<unknown> = fc.oneof(
    wild,
    fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([r, c]) =>
      fc.array(fc.array(wild, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })),
    fc.array(fc.array(wild, { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 3 }), // ragged
  );
  const messagesOf = (r: unknown): string[] => {
    const out: string[] = [];
    const one = (v: unknown) => {
      if (isGoalError(v)) out.push(v.message);
      else if (v instanceof excel.ErrorClass && v.message !== undefined) out.push(v.message);
      else if (typeof v === 'string' && /^#(VALUE!|N\/A|DIV\/0!|NUM!) /.test(v)) out.push(v);
    };
    if (Array.isArray(r)) for (const row of r) for (const v of Array.isArray(row) ? row : [row]) one(v);
    else one(r);
    return out;
  };
  const check = (where: string, messages: string[]) => {
    for (const m of messages) if (BANNED.test(ours(m))) throw new Error(`${where}: ${m}`);
  };

  it.each(FUNCTIONS.map((f) => [f.name, f] as const))('%s', (_name, spec) => {
    fc.assert(
      fc.property(fc.array(wildArg, { minLength: spec.params.length, maxLength: spec.params.length }), (args) => {
        try {
          check('core', messagesOf(spec.impl(...args)));
        } catch (e) {
          if (!isGoalError(e)) throw e;
          check('core', [e.message]);
        }
        check('excel', messagesOf(excel.call(spec.name, ...args.map((a) => (a === undefined ? null : a)))));
        try {
          check('sheets', messagesOf(sheets.call(spec.name, ...args.map((a) => (a === undefined || a === null ? '' : a)))));
        } catch (e) {
          if ((e as Error).message?.startsWith('sheets:')) throw e;
          check('sheets', [(e as Error).message]);
        }
      }),
      { numRuns: Math.max(200, Math.round(RUNS / 4)) },
    );
  });
});


/**
 * The numeric fast paths of the per-row functions (vectorise.ts: perRowOneVarying, perRowFirstThree, perRowPair) give
 * exactly what the general kernel gives: a range's result equals the same function called on each element alone
 * (a single call never takes a fast path). Mostly numbers, with blanks, text and error cells among them.
 */
describe('per-row fast paths agree with the general kernel', () => {
  const num = fc.oneof(
    { weight: 8, arbitrary: fc.oneof(fc.integer({ min: -50, max: 200 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, 0.9, 46023, 46387)) },
    { weight: 1, arbitrary: fc.constantFrom(null, '', '12', 'x', '#DIV/0!', Infinity) },
  );
  const col = (n: number) => fc.array(num, { minLength: n, maxLength: n });
  const byName = (n: string) => FUNCTIONS.find((f) => f.name === n)!.impl;
  const norm = (v: unknown) => (isGoalError(v) ? `${v.code}:${v.message}` : v);
  const single = (fn: (...a: unknown[]) => unknown, args: unknown[]) => {
    try {
      return norm(fn(...args));
    } catch (e) {
      return norm(e);
    }
  };
  const cases: [string, (rows: unknown[][]) => unknown[]][] = [
    ['KPI_ATTAINMENT', (c) => [c[0], c[1]]],
    ['KPI_ATTAINMENT', (c) => [c[0], c[1], c[2]]],
    ['KPI_STATUS', (c) => [c[0]]],
    ['KPI_STATUS', (c) => [c[0], 1, 0.8]],
    ['KPI_PACE', (c) => [c[0], c[1], 46023, 46387, c[2]]],
    ['KPI_PACE', (c) => [c[0], c[1], c[2], c[3], 46200, c[4]]],
  ];
  it.each(cases.map((c, i) => [i, ...c] as const))('case %i: %s', (_i, name, pick) => {
    const fn = byName(name) as (...a: unknown[]) => unknown;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(col(n), col(n), col(n), col(n), col(n))), (cols) => {
        const args = pick(cols);
        const asRanges = args.map((a) => (Array.isArray(a) ? a.map((v) => [v]) : a));
        const whole = fn(...asRanges) as unknown[][];
        const n = (cols[0] as unknown[]).length;
        for (let r = 0; r < n; r++) {
          const one = single(fn, args.map((a) => (Array.isArray(a) ? a[r] : a)));
          expect(norm(whole[r][0])).toEqual(one);
        }
      }),
      { numRuns: Math.min(RUNS, 1000) },
    );
  });
});

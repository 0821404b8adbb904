/**
 * The check-in log functions (functions.md "Tracking over time") at the points a mutation run showed untested.
 * Every expected value is worked out by hand from the spec's rules, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError, serialFromParts, setDateReading } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const [KPI_LATEST, KPI_NEXT_UPDATE, KPI_SPARKLINE, KPI_PROJECTION] = ['KPI_LATEST', 'KPI_NEXT_UPDATE', 'KPI_SPARKLINE', 'KPI_PROJECTION'].map(fn);

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const D = (y: number, m: number, d: number) => serialFromParts(y, m, d);

// K1: 10 on 2026-01-05, 12 on 2026-02-05, 15 on 2026-03-05; K2: 50 on 2026-01-06.
const LOG = {
  ids: col('K1', 'K2', 'K1', 'K1'),
  dates: col(D(2026, 1, 5), D(2026, 1, 6), D(2026, 2, 5), D(2026, 3, 5)),
  values: col(10, 50, 12, 15),
};

describe('the log columns in every form', () => {
  it('takes single values as a log of one row', () => {
    expect(KPI_LATEST('K', 'K', 5, 'x')).toBe('x');
  });
  it('takes an empty list as one blank cell: it pairs with one-row columns and holds no check-in', () => {
    expect(KPI_LATEST('K', [], col(1), col('x'))).toBe('');
  });
  it('takes a row without cells ([[]]) as one blank cell', () => {
    expect(KPI_LATEST('K', [[]], col(1), col('x'))).toBe('');
  });
});

describe('log IDs that are error cells', () => {
  it('an error cell as a log ID is no KPI\'s check-in, not even of a text ID that reads like it', () => {
    // "#n/a" and " #N/A" are text (not error cells), and as IDs they are "#N/A" once trimmed and upper-cased.
    expect(KPI_LATEST(col('#n/a', ' #N/A'), col('#N/A', '#N/A'), col(1, 2), col('x', 'y'))).toEqual(col('', ''));
  });
});

describe('KPI_LATEST: the field and as_of', () => {
  it('gives "" for a field cell that is empty (null or undefined), as for ""', () => {
    expect(KPI_LATEST(col('A', 'B'), col('A', 'B'), col(1, 1), col(null, undefined))).toEqual(col('', ''));
    expect(KPI_LATEST('A', col('A'), col(1), col(null))).toBe('');
  });
  it('is #NUM! for an as_of of Infinity or NaN, naming as_of (a number must be finite)', () => {
    const inf = errorOf(() => KPI_LATEST('K1', LOG.ids, LOG.dates, LOG.values, Infinity));
    expect(inf.code).toBe('NUM');
    expect(inf.message).toBe('as_of is a number too large to use; give a finite number.');
    const nan = errorOf(() => KPI_LATEST('K1', LOG.ids, LOG.dates, LOG.values, NaN));
    expect(nan.code).toBe('NUM');
    expect(nan.message).toBe('as_of is an invalid number; give a finite number.');
  });
  it('is #VALUE! for an as_of range with the rows of kpi_ids but more columns', () => {
    const e = errorOf(() => KPI_LATEST(col('K1', 'K1'), LOG.ids, LOG.dates, LOG.values, [[1, 2], [3, 4]]));
    expect(e.code).toBe('VALUE');
    expect(e.message).toBe('as_of is 2x2 but kpi_ids is 2x1; give one as_of per KPI, or one for all.');
  });
  it('reads a ragged kpi_ids whose later rows are bare values, one KPI per row', () => {
    expect(KPI_LATEST([['K1'], 'K2'], LOG.ids, LOG.dates, LOG.values)).toEqual(col(15, 50));
  });
  it('reads a ragged as_of whose later rows are bare values, one as_of per KPI', () => {
    // K1 on or before 2026-01-31: 10; on or before 2026-02-28: 12.
    expect(KPI_LATEST(col('K1', 'K1'), LOG.ids, LOG.dates, LOG.values, [[D(2026, 1, 31)], D(2026, 2, 28)])).toEqual(col(10, 12));
  });
});

describe('only typed errors become a KPI\'s error', () => {
  it('a failure that is not a GoalError (a broken date reader) propagates instead of becoming #VALUE!', () => {
    const previous = setDateReading({ wallClock: () => { throw new TypeError('reader broke'); } });
    try {
      const call = () => KPI_LATEST(col('K', 'J'), col('K', 'J'), col(new Date(2026, 0, 5), 1), col('a', 'b'));
      expect(call).toThrow(TypeError);
      expect(call).toThrow('reader broke');
    } finally {
      setDateReading(previous);
    }
  });
});

describe('KPI_NEXT_UPDATE: error cells name their argument', () => {
  it('names last_update, frequency and start', () => {
    const a = errorOf(() => KPI_NEXT_UPDATE('#N/A', 'Daily'));
    expect(a.code).toBe('NA');
    expect(a.message).toBe('last_update is #N/A in its cell: fix that cell first.');
    const b = errorOf(() => KPI_NEXT_UPDATE(45000, '#DIV/0!'));
    expect(b.code).toBe('DIV0');
    expect(b.message).toBe('frequency is #DIV/0! in its cell: fix that cell first.');
    const c = errorOf(() => KPI_NEXT_UPDATE('', 'Weekly', '#NUM!'));
    expect(c.code).toBe('NUM');
    expect(c.message).toBe('start is #NUM! in its cell: fix that cell first.');
  });
});

describe('KPI_SPARKLINE: scale and points', () => {
  it('scales values whose 7-fold distance overflows around a minimum that is not 0', () => {
    // lo = -1e307, hi = 1.5e308, span 1.6e308 (finite). 4e307: 7 * 5e307 overflows, (5e307 / 1.6e308) * 7 = 2.1875 -> 2;
    // 1.5e308: (1.6e308 / 1.6e308) * 7 = 7.
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K'), col(1, 2, 3), col(-1e307, 4e307, 1.5e308))).toBe('▁▃█');
  });
  it('scales values whose span overflows with a middle value that is not 0', () => {
    // -1e308, 5e307, 1e308: (2.5e307 + 5e307) / 1e308 * 7 = 5.25 -> 5.
    expect(KPI_SPARKLINE('K', col('K', 'K', 'K'), col(1, 2, 3), col(-1e308, 5e307, 1e308))).toBe('▁▆█');
  });
  it('is #VALUE! for points given as a range of more than one cell, a column or a row', () => {
    for (const p of [col(3, 4), [[3, 4]]]) {
      const e = errorOf(() => KPI_SPARKLINE('K1', LOG.ids, LOG.dates, LOG.values, p));
      expect(e.code).toBe('VALUE');
      expect(e.message).toBe('points must be a number, not a range inside a cell.');
    }
  });
});

describe('KPI_PROJECTION: the log and at', () => {
  it('names log_values when it is not the length of log_kpi_ids', () => {
    const e = errorOf(() => KPI_PROJECTION('K1', col('K1'), col(1), col(1, 2), 5));
    expect(e.code).toBe('VALUE');
    expect(e.message).toBe('log_values has 2 rows but log_kpi_ids has 1; the log columns must be the same length.');
  });
  it('is #NUM! for an at of Infinity, naming at', () => {
    const e = errorOf(() => KPI_PROJECTION('K', col('K', 'K'), col(1, 2), col(1, 2), Infinity));
    expect(e.code).toBe('NUM');
    expect(e.message).toBe('at is a number too large to use; give a finite number.');
  });
});

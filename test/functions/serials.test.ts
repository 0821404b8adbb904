/**
 * The core's calendar-date serials (functions.md "dates": Excel's 1900 system, 45658 = 2025-01-01) against an
 * independent day count: Howard Hinnant's days_from_civil (proleptic Gregorian), which shares no code with the core's
 * Date-based arithmetic. Many tests use serialFromParts to write their expected dates, so it is pinned here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialFromParts, serialToIso } from '../../shared/functions';

/** Days from 1970-01-01 to y-m-d (http://howardhinnant.github.io/date_algorithms.html#days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
const daysIn = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const calendarDate = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 })).chain(([y, m]) =>
  fc.integer({ min: 1, max: daysIn(y, m) }).map((d) => [y, m, d] as const));

describe('calendar dates as serials', () => {
  it('gives the worked values: 2025-01-01 is 45658, 1970-01-01 is 25569, 1900-03-01 is 61', () => {
    expect(serialFromParts(2025, 1, 1)).toBe(45658);
    expect(serialFromParts(1970, 1, 1)).toBe(25569);
    expect(serialFromParts(1900, 3, 1)).toBe(61);
  });
  it('counts days as the proleptic Gregorian calendar does, years 1 to 9999 (years below 100 included)', () => {
    fc.assert(fc.property(calendarDate, ([y, m, d]) => {
      expect(serialFromParts(y, m, d)).toBe(daysFromCivil(y, m, d) + 25569);
      const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(serialToIso(daysFromCivil(y, m, d) + 25569)).toBe(iso);
    }), { numRuns: 2000 });
  });
});

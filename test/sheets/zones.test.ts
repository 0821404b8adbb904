/** The fakes' time-zone arithmetic (./zones.ts) against known offsets, so the Sheets tests stand on firm ground. */
import { describe, expect, it } from 'vitest';
import { formatDate, instantOfWall, wallMs, wallOf } from './zones';
import { WallDate, fakeSheetsServices } from './fakeSheets';

describe('zones.ts: wall clocks with Intl', () => {
  it('knows the offsets from UTC-10 to UTC+14', () => {
    const midnight = wallMs(2026, 1, 1);
    expect((midnight - instantOfWall(midnight, 'Pacific/Honolulu')) / 3600000).toBe(-10);
    expect((midnight - instantOfWall(midnight, 'America/New_York')) / 3600000).toBe(-5);
    expect((midnight - instantOfWall(midnight, 'Europe/Berlin')) / 3600000).toBe(1);
    expect((midnight - instantOfWall(midnight, 'Asia/Kolkata')) / 3600000).toBe(5.5);
    expect((midnight - instantOfWall(midnight, 'Pacific/Kiritimati')) / 3600000).toBe(14);
    expect(wallOf(Date.UTC(2026, 6, 1, 12), 'Europe/Berlin')).toBe(wallMs(2026, 7, 1, 14));
  });
  it('moves a time in the spring gap forward and takes the earlier of an autumn overlap', () => {
    expect(new Date(instantOfWall(wallMs(2026, 3, 8, 2, 30), 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(instantOfWall(wallMs(2026, 11, 1, 1, 30), 'America/New_York')).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
  it('formats like Utilities.formatDate', () => {
    const d = new Date(Date.UTC(2025, 11, 31, 23, 30));
    expect(formatDate(d, 'Europe/Berlin', "yyyy-MM-dd'T'HH:mm:ss.SSS Z")).toBe('2026-01-01T00:30:00.000 +0100');
    expect(formatDate(d, 'Asia/Kolkata', 'yyyy-MM-dd HH:mm XXX')).toBe('2026-01-01 05:00 +05:30');
    expect(() => formatDate(d, 'UTC', 'EEE')).toThrow(/does not model/);
  });
});

describe('fakeSheets: date cells in the spreadsheet zone', () => {
  it('stores the wall clock of a written Date and hands back the instant of that wall clock', () => {
    const f = fakeSheetsServices('/nowhere', { timeZone: 'Europe/Berlin' });
    expect(f.book.getSpreadsheetTimeZone()).toBe('Europe/Berlin');
    const s = f.book.insertSheet('S');
    s.getRange(1, 1, 1, 1).setValues([[new Date(Date.UTC(2025, 11, 31, 23))]]);
    expect((s.cells.get('1,1') as WallDate).iso).toBe('2026-01-01');
    expect((s.getRange(1, 1, 1, 1).getValues()[0][0] as Date).toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });
});

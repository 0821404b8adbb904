/**
 * Issue 17: tests for the mutants of shared/functions/coerce.ts that the focused Stryker run left alive. Each expected
 * value is written out by hand from functions.md ("ranges", "blanks", "numbers", "dates", "text options", "error
 * inputs") and the message rules of errorMessages.test.ts; serials by hand from 45658 = 2025-01-01.
 */
import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorOf } from './errorOf';
import {
  asMatrix, cellErrorCode, dateToSerial, forEachCell, isDate, isMatrix, isOmitted, parseNumericText, rejectErrorCells,
  serialToIso, serialToText, setDateReading, show, toDateSerial, toNumber, toOption, toText, todaySerial,
} from '../../shared/functions';

const DIRECTIONS = ['higher', 'lower'] as const;

describe('isDate: a Date from any realm', () => {
  it('recognises a Date made in another realm (a vm context), which is no instance of this realm\'s Date', () => {
    const foreign = vm.runInNewContext('new Date(2025, 0, 1)') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(toDateSerial(foreign, 'start')).toBe(45658);
  });
});

describe('cellErrorCode and show: objects that are not error cells', () => {
  it('does not take an object whose code is not an error code for an error cell', () => {
    expect(cellErrorCode({ code: 'VALUE' })).toBeUndefined();
    expect(cellErrorCode({ code: 'not an error' })).toBeUndefined();
    expect(show({ code: 'VALUE' })).toBe('a value that is not a number, text or date');
  });
  it('shows an Excel error object as its code', () => {
    expect(show({ code: '#DIV/0!' })).toBe('#DIV/0!');
  });
  it('shows undefined as a blank, like null', () => {
    expect(show(undefined)).toBe('a blank');
    expect(show(null)).toBe('a blank');
  });
  it('shows a value of another kind (a BigInt) as its text', () => {
    expect(show(BigInt(12))).toBe('12');
  });
});

describe('rejectErrorCells: only real error cells are rejected', () => {
  it('lets pass the values of a flat list that merely look like error cells (objects, Dates, text starting with #)', () => {
    expect(() => rejectErrorCells(['#hashtag', {}, new Date(2025, 0, 1), { code: 'VALUE' }], 'values')).not.toThrow();
  });
});

describe('parseNumericText / toNumber: numeric text', () => {
  it('reads thousands separators', () => {
    expect(toNumber('1,200', 'actual')).toBe(1200);
    expect(toNumber(' 1,234,567.5 ', 'actual')).toBe(1234567.5);
    expect(toNumber('1,200%', 'actual')).toBe(12);
  });
  it('rejects what JavaScript\'s Number would read but is no numeric text: hex, binary, empty', () => {
    expect(parseNumericText('0x1A')).toBeUndefined();
    expect(parseNumericText('0b11')).toBeUndefined();
    expect(parseNumericText('')).toBeUndefined();
    expect(parseNumericText('   ')).toBeUndefined();
    expect(errorOf(() => toNumber('0x1A', 'actual')).message).toBe('actual must be a number, not the text "0x1A".');
  });
  it('folds -0 to 0, given as a number or as text', () => {
    expect(Object.is(toNumber(-0, 'actual'), 0)).toBe(true);
    expect(Object.is(toNumber('-0', 'actual'), 0)).toBe(true);
    expect(Object.is(toNumber('-0%', 'actual'), 0)).toBe(true);
  });
});

describe('isOmitted: a blank or a single blank cell only', () => {
  it('a value that is not blank is given', () => {
    expect(isOmitted(5)).toBe(false);
    expect(isOmitted('higher')).toBe(false);
  });
  it('a range of one row whose first cell is blank but which has more cells is given', () => {
    expect(isOmitted([[null, 5]])).toBe(false);
    expect(isOmitted([['', '']])).toBe(false);
    expect(isOmitted([[null]])).toBe(true);
  });
});

describe('date reading: installing and restoring', () => {
  afterEach(() => {
    setDateReading();
    vi.useRealTimers();
  });
  it('setDateReading returns the settings it replaces', () => {
    const reader = () => 0;
    const now = () => new Date(2025, 0, 1);
    setDateReading({ wallClock: reader, now });
    const previous = setDateReading();
    expect(previous.wallClock).toBe(reader);
    expect(previous.now).toBe(now);
  });
  it('after a reset, today is read from the real clock again', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 15, 10));
    setDateReading({ now: () => new Date(2025, 0, 1) });
    expect(todaySerial()).toBe(45658);
    setDateReading();
    expect(todaySerial()).toBe(46096); // 2026-03-15
  });
  it('an invalid Date is rejected before the installed reader reads it', () => {
    const reader = vi.fn(() => 0);
    setDateReading({ wallClock: reader });
    const e = errorOf(() => dateToSerial(new Date(NaN), 'start'));
    expect(e.message).toBe('start is not a valid date.');
    expect(e.code).toBe('VALUE');
    expect(reader).not.toHaveBeenCalled();
  });
});

describe('serialToIso: years outside 1000-9999', () => {
  it('writes year 0 with four digits', () => {
    expect(serialToIso(-693959)).toBe('0000-01-01');
  });
  it('writes a year before 0 as it is, unpadded', () => {
    expect(serialToIso(-694324)).toBe('-1-01-01');
  });
});

describe('serialToText: a day, or a day and its time of day', () => {
  it('a whole day is the date alone', () => {
    expect(serialToText(45658)).toBe('2025-01-01');
  });
  it('a time that rounds to the next midnight is the next day', () => {
    expect(serialToText(45658.9999999)).toBe('2025-01-02');
  });
  it('hours and minutes below 10 have two digits', () => {
    expect(serialToText(45658.25)).toBe('2025-01-01T06:00');
    expect(serialToText(45658 + (6 * 3600 + 5 * 60) / 86400)).toBe('2025-01-01T06:05');
  });
  it('seconds are shown when there are some, with two digits', () => {
    expect(serialToText(45658 + (6 * 3600 + 5 * 60 + 7) / 86400)).toBe('2025-01-01T06:05:07');
    expect(serialToText(45658 + (18 * 3600 + 30 * 60 + 45) / 86400)).toBe('2025-01-01T18:30:45');
  });
});

describe('toDateSerial: ISO text and numeric text', () => {
  it('ignores spaces around ISO text', () => {
    expect(toDateSerial(' 2025-01-01 ', 'start')).toBe(45658);
  });
  it('accepts the last second of a day: 23:59:59', () => {
    expect(toDateSerial('2025-01-01T23:59:59', 'end')).toBeCloseTo(45658 + 86399 / 86400, 9);
    expect(toDateSerial('2025-01-01T23:59', 'end')).toBeCloseTo(45658 + 86340 / 86400, 9);
  });
  it('reads hours, minutes and seconds each at their own weight', () => {
    expect(toDateSerial('2025-01-01 01:02:03', 'end')).toBeCloseTo(45658 + 3723 / 86400, 9);
  });
  it('reads numeric text as a serial', () => {
    expect(toDateSerial('45658', 'start')).toBe(45658);
    expect(toDateSerial(' 45658.5 ', 'start')).toBe(45658.5);
  });
});

describe('toOption and toText: blanks', () => {
  it('a blank option, null, undefined or only spaces, is undefined', () => {
    expect(toOption(null, 'direction', DIRECTIONS)).toBeUndefined();
    expect(toOption(undefined, 'direction', DIRECTIONS)).toBeUndefined();
    expect(toOption('   ', 'direction', DIRECTIONS)).toBeUndefined();
    expect(toOption(' Lower ', 'direction', DIRECTIONS)).toBe('lower');
  });
  it('the text of a blank is ""', () => {
    expect(toText(null)).toBe('');
    expect(toText(undefined)).toBe('');
  });
});

describe('shapes', () => {
  it('isMatrix tells a range from a single value', () => {
    expect(isMatrix([[1]])).toBe(true);
    expect(isMatrix(5)).toBe(false);
  });
  it('an empty range and rows without cells are one blank cell', () => {
    expect(asMatrix([])).toEqual([[null]]);
    expect(asMatrix([[]])).toEqual([[null]]);
    expect(asMatrix([[], []])).toEqual([[null]]);
  });
  it('a flat list is one row', () => {
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
  });
  it('a range with cells is kept as it is, even when its first row is empty', () => {
    const full = [[1, 2]];
    expect(asMatrix(full)).toBe(full);
    const ragged = [[], [5]];
    expect(asMatrix(ragged)).toBe(ragged);
    const mixed = [[], ''];
    expect(asMatrix(mixed)).toBe(mixed);
  });
  it('forEachCell gives each cell its 1-based row and column, in a 2-D range and in a flat list', () => {
    const seen: unknown[] = [];
    forEachCell([[1, 2], [3]], (v, r, c) => seen.push([v, r, c]));
    expect(seen).toEqual([[1, 1, 1], [2, 1, 2], [3, 2, 1]]);
    const flat: unknown[] = [];
    forEachCell(['a', 'b'], (v, r, c) => flat.push([v, r, c]));
    expect(flat).toEqual([['a', 1, 1], ['b', 1, 2]]);
  });
});

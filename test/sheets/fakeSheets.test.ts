/** The Sheets fake reads strings given to setValues as Sheets does (as typed), so adapter tests see what users would. */
import { describe, expect, it } from 'vitest';
import { fakeSheetsServices } from './fakeSheets';

function cellsAfter(values: unknown[]) {
  const { book } = fakeSheetsServices('/nowhere');
  const sheet = book.insertSheet('S');
  sheet.getRange(1, 1, 1, values.length).setValues([values]);
  const s = book.sheets[0];
  return { got: sheet.getRange(1, 1, 1, values.length).getValues()[0], formula: values.map((_, i) => s.formulaCells.has(s.key(1, i + 1))) };
}

describe('the Sheets fake reads setValues strings as typed', () => {
  it('makes numbers, percentages and booleans of number-like text', () => {
    expect(cellsAfter(['1.10', '2026', '1e3', ' 12 ', '90%', 'TRUE', 'false', '-5', '$1,200']).got).toEqual([1.1, 2026, 1000, 12, 0.9, true, false, -5, 1200]);
  });

  it('makes dates of date-like text', () => {
    const [a, b] = cellsAfter(['3/4', '2026-01-31']).got as Date[];
    expect(a).toBeInstanceOf(Date);
    expect([a.getMonth() + 1, a.getDate()]).toEqual([3, 4]);
    expect([b.getFullYear(), b.getMonth() + 1, b.getDate()]).toEqual([2026, 1, 31]);
  });

  it('makes formulas of "=..." and of a "+" that is not a number', () => {
    const r = cellsAfter(['=1+1', '+49 30 1234']);
    expect(r.formula).toEqual([true, true]);
  });

  it('keeps text after a leading apostrophe, without the apostrophe', () => {
    const tricky = ['1.10', '2026', '3/4', 'TRUE', '1e3', ' 12 ', '=1+1', '+49 30 1234', '@home', "'quoted"];
    const r = cellsAfter(tricky.map((t) => `'${t}`));
    expect(r.got).toEqual(tricky);
    expect(r.formula.some(Boolean)).toBe(false);
  });

  it('keeps plain text as it is, "@home" included', () => {
    expect(cellsAfter(['Goals', 'Hire 3 analysts', '@home']).got).toEqual(['Goals', 'Hire 3 analysts', '@home']);
  });
});

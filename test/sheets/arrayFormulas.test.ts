/**
 * The Sheets template's array formulas (one per computed column, over open-ended columns such as L2:L) pair their
 * columns row by row. Sheets sizes an open-ended range from its first row to the sheet's end, so M1:M beside L2:L is
 * one row longer, and an array formula over ranges of different sizes is an error in every row (Sheets help,
 * ARRAYFORMULA / "Array arguments to ... are of different size"). The fake does not calculate, so this checks every
 * formula the add-on writes: all open-ended ranges of its own sheet start on the same row.
 */
import { describe, expect, it } from 'vitest';
import { fakeSheetsServices } from './fakeSheets';
import { loadSheetsSources } from './sourceLoader';

/** The first rows of the open-ended ranges of a formula's own sheet (ranges qualified by a sheet name left out). */
export function openEndedStarts(formula: string): string[] {
  const own = formula.replace(/(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)![A-Z]{1,3}\d*:[A-Z]{1,3}\d*/g, '');
  return [...own.matchAll(/(?<![\w$!])[A-Z]{1,3}(\d+):[A-Z]{1,3}(?![\w$(])/g)].map((m) => m[1]);
}

describe('the Sheets template\'s array formulas', () => {
  it('finds the first rows of open-ended ranges, leaving out other sheets\' and closed ranges', () => {
    expect(openEndedStarts('=ARRAYFORMULA(IF(T2:T="",L2:L,M1:M))')).toEqual(['2', '2', '1']);
    expect(openEndedStarts("=ARRAYFORMULA(VLOOKUP(A2:A,'KPIs (2)'!A1:C,2,0)+Goals!B1:B+SUM(C2:C9))")).toEqual(['2']);
  });

  it('pair columns that start on the same row in every formula the add-on writes', () => {
    const fake = fakeSheetsServices('dist/sheets');
    loadSheetsSources(fake.globals).call('applyTemplate', { template: 'cascade', exampleData: true });
    let checked = 0;
    const mixed: string[] = [];
    for (const sheet of fake.book.sheets) {
      for (const key of sheet.formulaCells) {
        const formula = String(sheet.cells.get(key));
        const starts = new Set(openEndedStarts(formula));
        if (starts.size) checked++;
        if (starts.size > 1) mixed.push(`${sheet.name}!${key}: ${formula}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(mixed).toEqual([]);
  });
});

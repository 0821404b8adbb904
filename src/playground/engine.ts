/** The playground's HyperFormula: every Goalpost function registered (hfPlugin.ts), dates as Excel serials. */
import { createHyperFormula } from './hfPlugin';
import { PlaygroundWorkbook } from './workbook';

/** Dates typed as 2025-03-31 (what the formula bar shows for a date) as well as HyperFormula's defaults. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD/MM/YY'];

/**
 * Excel's 1900 date system: with the fictitious 1900-02-29 counted (leapYear1900), day 0 is 1899-12-31, so that
 * 2025-01-01 is 45658 as in Excel and Sheets (the spec's dates convention).
 */
export const EXCEL_DATES = { leapYear1900: true, nullDate: { year: 1899, month: 12, day: 31 } };

export function createPlaygroundWorkbook(): PlaygroundWorkbook {
  return new PlaygroundWorkbook(createHyperFormula({}, { dateFormats: DATE_FORMATS, ...EXCEL_DATES }));
}

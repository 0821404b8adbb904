/**
 * What the formula bar and the cell editor show for a cell: the formula for a formula, text as typed (with the
 * apostrophe that keeps "=..." text as text), and a number the way one would type it again: a date-formatted number as
 * YYYY-MM-DD, a percentage-formatted number as "90%".
 */
import { isDateFormat, serialToIso } from './numberFormat';
import type { PlaygroundWorkbook } from './workbook';

export function cellInputText(wb: PlaygroundWorkbook, sheet: string, row: number, col: number): string {
  const input = wb.input(sheet, row, col);
  if (input === null) return '';
  if (typeof input === 'boolean') return input ? 'TRUE' : 'FALSE';
  if (typeof input === 'string') return input;
  const format = wb.formatAt(sheet, row, col);
  if (format && format !== '@' && isDateFormat(format) && Number.isInteger(input)) return serialToIso(input);
  if (format && /%/.test(format.replace(/"[^"]*"/g, ''))) return `${Number((input * 100).toPrecision(12))}%`;
  return String(input);
}

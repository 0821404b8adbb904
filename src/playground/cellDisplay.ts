/** What a cell shows: its computed value through its number format, aligned like a spreadsheet aligns it. */
import { formatGeneral, formatNumber } from './numberFormat';
import { DATE_FORMAT } from './adapter';
import { friendlyCellError } from './friendlyErrors';
import { DetailedCellError, type PlaygroundWorkbook } from './workbook';

export interface CellDisplay {
  text: string;
  align: 'left' | 'right' | 'center';
  /** An error's message in the user's words (friendlyErrors.ts), shown on hover. */
  title?: string;
  error?: boolean;
}

const EMPTY: CellDisplay = { text: '', align: 'left' };

/** The format a typed value implies when no number format is set ("50%" shows as 50 %, a date as a date). */
function implied(kind: string): string | undefined {
  switch (kind) {
    case 'NUMBER_PERCENT':
      return '0.##%';
    case 'NUMBER_DATE':
      return DATE_FORMAT;
    case 'NUMBER_DATETIME':
      return 'yyyy-mm-dd hh:mm';
    case 'NUMBER_TIME':
      return 'hh:mm:ss';
    default:
      return undefined;
  }
}

export function cellDisplay(wb: PlaygroundWorkbook, sheet: string, row: number, col: number): CellDisplay {
  const v = wb.value(sheet, row, col);
  if (v === null || v === undefined) return EMPTY;
  if (v instanceof DetailedCellError) return { text: v.value, align: 'center', title: friendlyCellError(v, String(wb.input(sheet, row, col) ?? '')), error: true };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', align: 'center' };
  if (typeof v === 'string') return { text: v, align: 'left' };
  const format = wb.formatAt(sheet, row, col) ?? implied(wb.valueKind(sheet, row, col));
  if (format === '@') return { text: formatGeneral(v), align: 'left' };
  return { text: formatNumber(v, format), align: 'right' };
}

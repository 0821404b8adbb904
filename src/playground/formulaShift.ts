/**
 * Moving a formula written for one cell to another cell, the way a spreadsheet does when it applies a
 * conditional-format rule: every relative reference (no `$`) moves by the same number of rows and columns,
 * absolute parts stay. Text inside "string literals" and sheet names inside 'quotes' are never touched.
 */
import { colLetter } from '../../shared/host/plan';

/** 0-based column of A1 letters ("A" = 0, "AA" = 26); undefined for anything else. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parse "B12" into 0-based { row, col }; undefined when it is not a plain A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  return col === undefined || row < 0 ? undefined : { row, col };
}

/** "B12" for a 0-based cell. */
export function address(row: number, col: number): string {
  return `${colLetter(col)}${row + 1}`;
}

// At a position where a reference may start: a cell (B2, $B$2) or a whole-column range (A:C), not followed by a name
// character, "(" (a function such as LOG10) or "!" (a sheet called Q1).
const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!])/y;
/** A reference cannot start right after one of these (it would be the middle of a name such as TAX_2024 or A.B). */
const NAME_CHAR = /[A-Za-z0-9_.$]/;

/**
 * The formula with its relative references moved by dRow rows and dCol columns. A reference pushed off the sheet
 * becomes #REF!, as in both hosts.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name; a doubled quote inside is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] !== ch) j++;
        else if (formula[j + 1] === ch) j += 2;
        else break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (i === 0 || !NAME_CHAR.test(formula[i - 1])) {
      COLUMNS.lastIndex = i;
      const cols = COLUMNS.exec(formula);
      if (cols) {
        out += shiftColumns(cols, dCol);
        i = COLUMNS.lastIndex;
        continue;
      }
      CELL.lastIndex = i;
      const cell = CELL.exec(formula);
      if (cell) {
        out += shiftCell(cell, dRow, dCol);
        i = CELL.lastIndex;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function shiftCell(m: RegExpExecArray, dRow: number, dCol: number): string {
  const [, colAbs, letters, rowAbs, digits] = m;
  const col = columnIndex(letters)! + (colAbs ? 0 : dCol);
  const row = Number(digits) - 1 + (rowAbs ? 0 : dRow);
  if (col < 0 || row < 0) return '#REF!';
  return `${colAbs}${colLetter(col)}${rowAbs}${row + 1}`;
}

function shiftColumns(m: RegExpExecArray, dCol: number): string {
  const [, abs1, from, abs2, to] = m;
  const a = columnIndex(from)! + (abs1 ? 0 : dCol);
  const b = columnIndex(to)! + (abs2 ? 0 : dCol);
  if (a < 0 || b < 0) return '#REF!';
  return `${abs1}${colLetter(a)}:${abs2}${colLetter(b)}`;
}

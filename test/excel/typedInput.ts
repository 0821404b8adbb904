/**
 * How Excel and Google Sheets read a STRING written through their APIs: as if the user had typed it (en-US locale).
 * Shared by the two fakes so they agree on what "typed" means; each fake maps the result to its own cell value.
 *
 * Sources (paraphrased, not quoted):
 * - Excel: Range.values / Range.formulas (docs: "Excel.Range class"; "Set and get range values, text, or formulas using
 *   the Excel JavaScript API"; spec platforms.md): a string is read as if typed, so "1.10" becomes 1.1, "2026" a number,
 *   "3/4" a date, "TRUE" a boolean, and a string beginning with "=" (or a "+" / "-" that is not a number) a formula.
 *   A leading apostrophe is Excel's prefix character: the rest stays text and the apostrophe is not part of the value.
 *   A leading "@" starts a formula too (Lotus-style "@SUM(...)" is read as "=SUM(...)").
 * - Google Sheets: Range.setValue / setValues take strings as user-entered input (Apps Script docs: a value beginning
 *   with "=" is interpreted as a formula; the Sheets API calls this mode USER_ENTERED: "parsed as if the user typed them
 *   into the UI"): numbers, percentages, dates and TRUE/FALSE are recognised, a leading apostrophe keeps text, and a
 *   leading "+" or "-" that is not a number is read as a formula (the phone number "+49 30 1234" shows #ERROR!).
 *   A leading "@" is plain text in Sheets.
 *
 * Deliberately narrow: the shapes our plans and users produce, not every locale or format either host recognises.
 */
import { serialFromParts } from '../../shared/functions/coerce';

export type Typed =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A calendar date (and/or a time of day as a fraction of a day). */
  | { kind: 'date'; y: number; m: number; d: number; dayFraction: number };

const NUMBER = /^([+-])?\$?(\d{1,3}(?:,\d{3})+|\d+|\d*\.\d+|\d+\.\d*)(?:[eE]([+-]?\d+))?(%)?$/;

/** A number as typed: "1.10", "1e3", "-5", "$1,200", "90%" (0.9), "(5)" (-5, accounting negative). */
function asNumber(t: string): number | undefined {
  const paren = /^\((.+)\)$/.exec(t);
  if (paren) {
    const n = asNumber(paren[1]);
    return n === undefined || n < 0 ? undefined : -n;
  }
  const m = NUMBER.exec(t);
  if (!m) return undefined;
  let n = Number(m[2].replace(/,/g, '')) * 10 ** Number(m[3] ?? 0);
  if (m[4]) n /= 100;
  return m[1] === '-' ? -n : n;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A date or time as typed in en-US: "3/4" (this year), "3/4/2026", "2026-01-31", "2026/01/31", "13:30", "1:30 PM". */
function asDate(t: string, thisYear: number): Typed | undefined {
  let m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const y = m[3] === undefined ? thisYear : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validDate(y, +m[1], +m[2]) ? { kind: 'date', y, m: +m[1], d: +m[2], dayFraction: 0 } : undefined;
  }
  m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return validDate(+m[1], +m[2], +m[3]) ? { kind: 'date', y: +m[1], m: +m[2], d: +m[3], dayFraction: 0 } : undefined;
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])[Mm])?$/.exec(t);
  if (m) {
    let h = +m[1];
    if (m[4]) h = (h % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
    if (h > 23 || +m[2] > 59 || +(m[3] ?? 0) > 59) return undefined;
    return { kind: 'date', y: 1899, m: 12, d: 30, dayFraction: (h * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86400 };
  }
  return undefined;
}

/** What a host makes of a string written through its API (see the sources above). */
export function typed(s: string, host: 'excel' | 'sheets', thisYear = new Date().getFullYear()): Typed {
  if (s === '') return { kind: 'empty' };
  if (s.startsWith("'")) return { kind: 'text', text: s.slice(1) };
  if (s.startsWith('=')) return { kind: 'formula', formula: s };
  const t = s.trim();
  if (/^(true|false)$/i.test(t)) return { kind: 'boolean', value: t.toLowerCase() === 'true' };
  const n = asNumber(t);
  if (n !== undefined) return { kind: 'number', value: n };
  const d = asDate(t, thisYear);
  if (d) return d;
  if (/^[+-]/.test(t) || (host === 'excel' && t.startsWith('@'))) return { kind: 'formula', formula: `=${t.replace(/^@/, '')}` };
  return { kind: 'text', text: s };
}

/** An Excel serial number for a typed date or time. */
export function excelSerial(d: Extract<Typed, { kind: 'date' }>): number {
  return (d.y === 1899 && d.m === 12 && d.d === 30 ? 0 : serialFromParts(d.y, d.m, d.d)) + d.dayFraction;
}

/** What users type that a host would read as something else: each must land as exactly this text. */
export const TRICKY = ['1.10', '2026', '3/4', 'TRUE', '1e3', ' 12 ', '=1+1', '+49 30 1234', '@home', "'quoted", '90%', '2026-01-31', '(5)'];

/**
 * How a number looks in a cell: the few number formats the plans use ("0%", "0.0%", "0.00", "#,##0", "yyyy-mm-dd",
 * "@") and a sensible reading of similar ones, plus Excel's "General" for everything else.
 * Dates are Excel serial numbers (1900 system, 45658 = 2025-01-01), as HyperFormula stores them by default.
 */

const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;

/** The calendar date of a serial number, as a UTC Date (time of day kept). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** The serial number of a calendar date given as YYYY-MM-DD. */
export function isoToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  const d = new Date(ms);
  if (d.getUTCMonth() !== +m[2] - 1) return undefined; // 2025-02-30 and the like
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** A serial number as YYYY-MM-DD. */
export function serialToIso(serial: number): string {
  return serialToDate(Math.floor(serial)).toISOString().slice(0, 10);
}

/** Excel's "General": up to 10 significant digits, no trailing zeros, exponent form for very large or small numbers. */
export function formatGeneral(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) return n.toExponential(5).replace(/\.?0*e/, 'E');
  return String(Number(n.toPrecision(10)));
}

export function isDateFormat(format: string): boolean {
  // Number formats use 0 # ? , . % and literals; any date or time letter makes it a date format.
  return /[ydhms]/i.test(stripLiterals(format));
}

function stripLiterals(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

/** A number shown with a number format. Unknown formats fall back to General. */
export function formatNumber(n: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format) || format === '@') return formatGeneral(n);
  // Positive;negative;zero sections: use the negative section's look only for its sign handling.
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const section = n < 0 && sections[1] !== undefined ? sections[1] : n === 0 && sections[2] !== undefined ? sections[2] : sections[0];
  const explicitNegative = n < 0 && sections[1] !== undefined;
  if (isDateFormat(section)) return formatDate(n, section);
  return formatDecimal(explicitNegative ? Math.abs(n) : n, section);
}

function formatDecimal(n: number, format: string): string {
  // Literal text before and after the number part ("$"#,##0, 0.0" pts", 0%).
  const m = /^((?:"[^"]*"|\\.|[^0#?.,%])*)([0#?,]*(?:\.[0#?]*)?)(.*)$/.exec(format);
  if (!m || !/[0#?]/.test(m[2])) return formatGeneral(n);
  const [, prefix, pattern, suffix] = m;
  const percent = suffix.includes('%') || prefix.includes('%');
  const fraction = pattern.split('.')[1] ?? '';
  const decimals = fraction.length;
  const required = fraction.replace(/[#?]+$/, '').length; // trailing # digits are shown only when not zero
  const grouping = pattern.split('.')[0].includes(',');
  const value = percent ? n * 100 : n;
  let text = Math.abs(value).toFixed(decimals);
  if (required < decimals) text = text.replace(new RegExp(`0{1,${decimals - required}}$`), '').replace(/\.$/, '');
  if (grouping) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  const sign = value < 0 && Number(text.replace(/,/g, '')) !== 0 ? '-' : '';
  return `${sign}${literal(prefix)}${text}${literal(suffix)}`;
}

function literal(part: string): string {
  return part.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/[_*]./g, '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatDate(serial: number, format: string): string {
  const d = serialToDate(serial);
  const pad = (x: number, w = 2) => String(x).padStart(w, '0');
  const hasTime = /h/i.test(format);
  // Tokens in order; "m" after "h" or before "s" is minutes, otherwise months.
  return format.replace(/"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm/gi, (tok, quoted, escaped, offset: number, whole: string) => {
    if (quoted !== undefined) return quoted;
    if (escaped !== undefined) return escaped;
    const t = tok.toLowerCase();
    const minutes = hasTime && (t === 'mm' || t === 'm') && (/h[^dmy]*$/i.test(whole.slice(0, offset)) || /^[^dmy]*s/i.test(whole.slice(offset + tok.length)));
    switch (t) {
      case 'yyyy': return String(d.getUTCFullYear());
      case 'yy': return pad(d.getUTCFullYear() % 100);
      case 'mmmm': return new Date(d).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
      case 'mmm': return MONTHS[d.getUTCMonth()];
      case 'mm': return minutes ? pad(d.getUTCMinutes()) : pad(d.getUTCMonth() + 1);
      case 'm': return minutes ? String(d.getUTCMinutes()) : String(d.getUTCMonth() + 1);
      case 'dddd': return new Date(d).toLocaleString('en', { weekday: 'long', timeZone: 'UTC' });
      case 'ddd': return DAYS[d.getUTCDay()];
      case 'dd': return pad(d.getUTCDate());
      case 'd': return String(d.getUTCDate());
      case 'hh': return pad(d.getUTCHours());
      case 'h': return String(d.getUTCHours());
      case 'ss': return pad(d.getUTCSeconds());
      case 's': return String(d.getUTCSeconds());
      default: return tok;
    }
  });
}

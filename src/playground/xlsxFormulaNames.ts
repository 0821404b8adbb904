/**
 * Function names as a workbook file stores them, and back (platforms.md, "Workbook files (.xlsx)").
 * Excel stores a JavaScript custom function as _xldudf_<NAMESPACE>_<NAME>( (OfficeDev/Excel-Custom-Functions issue 108,
 * office-js issue 6611); a plain GOALS.NAME( or NAME( stays #NAME? in Excel even once the add-in loads. Built-ins newer than
 * Excel 2007 carry _xlfn. ([MS-XLSX] 2.2.2 "Formulas": future functions), FILTER and SORT _xlfn._xlws.; the names a LET
 * or LAMBDA binds carry _xlpm. The playground (and Sheets) write none of these prefixes.
 */
import { FUNCTIONS } from '../../shared/functions/registry';

export const NAMESPACE = 'GOALS';
const UDF_PREFIX = `_xldudf_${NAMESPACE}_`;

/** Our functions, which Excel stores in the add-in's custom-function form. */
const OUR_FUNCTIONS = new Set(FUNCTIONS.map((f) => f.name));

/**
 * Built-ins added after Excel 2007 that a template or a user may type, with the prefix Excel writes before them
 * (Microsoft's "Issue: An _xlfn. prefix is displayed in front of a formula" lists them). IFERROR, COUNTIFS, SUMIFS and
 * AVERAGEIFS are Excel 2007 functions and carry none.
 */
export const FUTURE_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ...['FILTER', 'SORT'].map((n) => [n, '_xlfn._xlws.'] as const),
  ...[
    'IFS', 'IFNA', 'SWITCH', 'XLOOKUP', 'XMATCH', 'UNIQUE', 'SEQUENCE', 'SORTBY', 'RANDARRAY', 'LET', 'LAMBDA',
    'TEXTJOIN', 'CONCAT', 'MAXIFS', 'MINIFS', 'DAYS', 'ISOWEEKNUM', 'XOR', 'NUMBERVALUE', 'SHEET', 'SHEETS',
    'FORMULATEXT', 'ISFORMULA', 'CEILING.MATH', 'FLOOR.MATH', 'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P', 'MODE.SNGL',
    'PERCENTILE.INC', 'PERCENTILE.EXC', 'QUARTILE.INC', 'QUARTILE.EXC', 'RANK.EQ', 'RANK.AVG', 'FORECAST.LINEAR',
    'TEXTBEFORE', 'TEXTAFTER', 'TEXTSPLIT', 'VSTACK', 'HSTACK', 'TOCOL', 'TOROW', 'TAKE', 'DROP', 'CHOOSECOLS',
    'CHOOSEROWS', 'WRAPROWS', 'WRAPCOLS', 'EXPAND', 'BYROW', 'BYCOL', 'MAP', 'REDUCE', 'SCAN', 'MAKEARRAY', 'ANCHORARRAY',
  ]
    .map((n) => [n, '_xlfn.'] as const),
]);

/** A function name where a call starts: not after a letter, digit, dot or underscore (a sheet name or another name). */
const CALL = /(?<![A-Za-z0-9_.])([A-Za-z_][A-Za-z0-9_.]*)(?=\()/g;

/** Apply `change` to the parts of a formula outside string literals and quoted sheet names. */
function outsideQuotes(formula: string, change: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join('');
}

/** A formula (with or without "=") in the form Excel stores: our functions as _xldudf_GOALS_NAME, newer built-ins with _xlfn. */
export function formulaToFile(formula: string): string {
  return outsideQuotes(formula.replace(/^=/, ''), (code) =>
    code.replace(CALL, (name: string) => {
      const upper = name.toUpperCase().replace(new RegExp(`^${NAMESPACE}\\.`), '');
      if (OUR_FUNCTIONS.has(upper)) return UDF_PREFIX + upper;
      const prefix = FUTURE_FUNCTIONS.get(upper);
      return prefix ? prefix + upper : name;
    }),
  );
}

/** A formula from a file in the playground's syntax, with "=": without Excel's add-in, _xlfn., _xlws. or _xlpm. forms. */
export function formulaFromFile(formula: string): string {
  const body = outsideQuotes(formula.replace(/^=/, ''), (code) =>
    code
      .replace(new RegExp(`(?<![A-Za-z0-9_.])_xldudf_${NAMESPACE}_(?=[A-Za-z0-9_.]+\\()`, 'gi'), '')
      .replace(new RegExp(`(?<![A-Za-z0-9_.])(?:_xludf\\.|_xlfn\\.)?${NAMESPACE}\\.(?=[A-Za-z0-9_.]+\\()`, 'gi'), '')
      .replace(/(?<![A-Za-z0-9_.])_xlfn\.(?:_xlws\.)?(?=[A-Za-z0-9_.]+\()/gi, '')
      .replace(/(?<![A-Za-z0-9_.])_xlpm\./gi, ''),
  );
  return `=${body}`;
}

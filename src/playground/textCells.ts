/**
 * Text that must stay text. Plans and xlsx files say "this is text"; a spreadsheet reads typed input and would turn
 * "=SUM(A1)" into a formula, "90" or "50%" into a number, "TRUE" into a boolean and "2025-01-01" into a date.
 * The apostrophe prefix both hosts (and HyperFormula) use for "this is text" prevents that; it is not part of the value.
 */
/** Characters a number, percentage, currency amount, date or time can be made of. */
const NUMBER_LIKE = /^[\s\d.,:/%$€£¥+\-eE]*\d[\s\d.,:/%$€£¥+\-eE]*$/;
const BOOLEAN = /^\s*(true|false)\s*$/i;

/** The input that makes a cell hold exactly this text. */
export function textInput(s: string): string {
  // Only where HyperFormula would read the text as something else, so the formula bar shows other text as it is.
  return /^[=+\-@']/.test(s) || NUMBER_LIKE.test(s) || BOOLEAN.test(s) ? `'${s}` : s;
}

/**
 * Errors in the user's words. The engine (HyperFormula) explains a formula it cannot read in its parser's terms
 * ("Parsing error. Expecting token of type --> RParen <-- ..."), and the file libraries (exceljs on JSZip) explain a
 * file that is not a zip with a link to their documentation. The user needs to know what to fix instead: these
 * functions turn those messages (as the libraries really word them; see test/playground/friendlyErrors.test.ts) into
 * such a sentence. Messages that already speak to the user (our functions' own) pass through unchanged.
 */
import { argumentRange, knownSignatures, misfitCall } from './functionHints';

type Rewrite = [RegExp, (m: RegExpExecArray) => string];

const quoted = (s: string) => `“${s}”`;

/** HyperFormula's parser messages (ErrorMessage.ParseError plus the parser's own words), most specific first. */
const PARSE_ERRORS: Rewrite[] = [
  [/Redundant input, expecting EOF but found: \)/, () => 'This formula has a ) too many: remove it, or add the ( it closes.'],
  [/Redundant input, expecting EOF but found: %/, () => 'A % can follow a number or a cell only once.'],
  [
    /Redundant input, expecting EOF but found: (.+)/,
    (m) => `Something follows where the formula should end (${quoted(m[1])}): join the parts with an operator such as + or &, or put them in a function, separated by commas.`,
  ],
  [/Expecting token of type --> RParen <-- but found --> '' <--/, () => 'This formula is missing a ): close every ( it opens.'],
  [/Expecting token of type --> RParen <-- but found --> ';' <--/, () => "Separate a function's arguments with a comma (,), not a semicolon (;)."],
  [/Expecting token of type --> RParen <-- but found --> '(.*)' <--/, (m) => `A ) or a comma is missing before ${quoted(m[1])}.`],
  [/unexpected character: ->"<-/, () => 'A text in quotes is not closed: add the closing ".'],
  [/unexpected character: ->(.+?)<-/, (m) => `This formula has a character the playground does not read: ${quoted(m[1])}. Remove it, or put text in "double quotes".`],
  [/Token sequences:\s+1\. \[CellReference\][\s\S]*but found: '(.*)'$/, (m) => `A range needs a cell on both sides of the colon, like A1:B5${m[1] ? ` (${quoted(m[1])} is not a cell)` : ''}.`],
  [/Token sequences:[\s\S]*but found: ''$/, () => 'This formula ends too early: a number, a cell or a function is missing after the last operator or comma.'],
  [/Token sequences:[\s\S]*but found: '(.*)'$/, (m) => `A number, a cell or a function is missing before ${quoted(m[1])}.`],
];

/** HyperFormula's other messages that read like an engine's (error-message.js), and those left empty. */
const ENGINE_ERRORS: Rewrite[] = [
  [/^Function name (.+) not recognized\.$/, (m) => `There is no function called ${m[1]}: check the spelling (type = and the first letters to see the functions).`],
  [/^Named expression (.+) not recognized\.$/, (m) => `${quoted(m[1])} is not a function, a cell or a name: put text in "double quotes", or add ( ) after a function's name.`],
  [/^Sheet does not exist\.$/, () => 'The formula refers to a sheet that does not exist: check the sheet name before the !.'],
  [/^Wrong number of arguments\.$/, () => 'This function is given too many or too few arguments: the hint line below the formula shows the ones it takes.'],
  [/^Value cannot be coerced to number\.$/, () => 'A value here should be a number but is text: check the cells the formula uses.'],
  [/^No space for array result\.$/, () => 'The result needs more cells than are free: clear the cells below and to the right of this one.'],
  [/^Cell range not allowed\.$/, () => 'A single value is expected here, not a range: pick one cell, or wrap the range in a function such as SUM.'],
];

/** What an error with no message means (the engine leaves #DIV/0!, #CYCLE!, a typed #N/A... unexplained). */
const BY_VALUE: Record<string, string> = {
  '#DIV/0!': 'Division by zero: the divisor is 0 or empty.',
  '#CYCLE!': 'This formula depends on its own cell, directly or through other cells: remove the circular reference.',
  '#REF!': 'A reference is not valid: the cell or sheet it points to is gone.',
  '#N/A': 'A value is not available.',
  '#VALUE!': 'A value has the wrong type for this formula.',
  '#NUM!': 'A number is out of the range this formula accepts.',
  '#NAME?': 'A name in this formula is not known: check the spelling of functions and names.',
  '#ERROR!': 'This formula cannot be read: check its brackets, commas and quotes.',
  '#SPILL!': 'The result needs more cells than are free: clear the cells below and to the right of this one.',
};

function rewrite(message: string, rules: Rewrite[]): string | undefined {
  for (const [re, say] of rules) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return undefined;
}

/** Anything that still looks like a library talking (a link, a parser token) is not shown as it is. */
const looksInternal = (message: string) => /https?:\/\/|-->|<--|Token sequences|\[[A-Z][A-Za-z]+\]/.test(message);

const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;

/** "KPI_ATTAINMENT takes 2 to 4 arguments (...); here it is given 0.", when the formula shows which call is wrong. */
function wrongCount(formula: string | undefined): string | undefined {
  const misfit = formula ? misfitCall(formula, signatures()) : undefined;
  if (!misfit) return undefined;
  const { min, max } = argumentRange(misfit.info);
  const takes = max === Infinity ? `at least ${plural(min)}` : min === max ? plural(min) : `${min} to ${max} arguments`;
  const names = (misfit.info.params ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  return `${misfit.info.name} takes ${takes} (${names}${misfit.info.repeats ? ', …' : ''}); here it is given ${misfit.given}.`;
}

let known: ReturnType<typeof knownSignatures> | undefined;
const signatures = () => (known ??= knownSignatures());

/**
 * A cell error ({ value: '#ERROR!', message }) as the sentence shown on hover and in the formula bar; with the cell's
 * formula, a wrong number of arguments names the function and what it takes.
 */
export function friendlyCellError(error: { value: string; message: string }, formula?: string): string {
  const message = error.message.trim();
  if (!message) return BY_VALUE[error.value] ?? error.value;
  if (message === 'Wrong number of arguments.') {
    const said = wrongCount(formula);
    if (said) return said;
  }
  if (message.startsWith('Parsing error.')) return rewrite(message, PARSE_ERRORS) ?? BY_VALUE['#ERROR!'];
  const said = rewrite(message, ENGINE_ERRORS);
  if (said) return said;
  return looksInternal(message) ? (BY_VALUE[error.value] ?? error.value) : message;
}

/** Messages JSZip (inside exceljs) gives for bytes that are not a zip, or a zip cut short or damaged. */
const NOT_A_ZIP = /end of central directory|End of data reached|Corrupted zip|is this a zip file|unexpected signature|Invalid (?:zip|signature)/i;

export const NOT_XLSX = 'This file is not an .xlsx workbook (or it is damaged): open a file saved as .xlsx by Excel, Sheets or Goalpost.';

/** JSON.parse's messages (V8 names JSON in each) for a saved workbook that is cut short or is not JSON. */
const NOT_JSON = /\bJSON\b/;

export const SAVED_DAMAGED = 'The saved workbook is damaged (cut short, or changed outside the playground): it cannot be read back.';

/** Why a file (an .xlsx, or the workbook saved as JSON in the browser) could not be opened, for the file bar. */
export function friendlyFileError(message: string): string {
  if (NOT_A_ZIP.test(message)) return NOT_XLSX;
  if (NOT_JSON.test(message)) return SAVED_DAMAGED;
  if (looksInternal(message)) return NOT_XLSX;
  return message;
}

/**
 * What to hint while a formula is typed, worked out from the text up to the caret (no DOM here): the function name
 * being typed (for the function list) and the call the caret is in with the index of its current argument (for the
 * argument hint line). The popup that shows them is hintPopup.ts.
 */
import { FUNCTIONS } from '../../shared/functions/registry';

/** Excel's namespace for our functions; the playground accepts it as an alias (hfPlugin.ts). */
export const NAMESPACE = 'GOALS.';

export interface HintParam {
  name: string;
  optional?: boolean;
  /** Ours only (from the registry). */
  description?: string;
}

export interface FunctionInfo {
  name: string;
  /** One line; only our functions and the common built-ins have one. */
  description?: string;
  /** Unknown for most built-ins: they show their name only. */
  params?: HintParam[];
  /** The last parameter repeats (SUM's number2, number3...). */
  repeats?: boolean;
  /** One of Goalpost's functions (listed first). */
  ours?: boolean;
}

export interface FormulaContext {
  /** The function name being typed right before the caret, and where it starts in the text. */
  typing?: { prefix: string; start: number };
  /** The innermost function call the caret is in, and which of its arguments (0-based) the caret is in. */
  call?: { name: string; argIndex: number };
}

const NAME_CHAR = /[A-Za-z0-9_.]/;
const NAME_START = /[A-Za-z_]/;

type Frame = { name?: string; argIndex: number; brace?: boolean; filled?: boolean };

interface Scan {
  /** The calls (and array constants) still open at the end of the text, innermost last. */
  open: Frame[];
  /** The calls closed in the text, with how many arguments each was given. */
  closed: { name: string; args: number }[];
  /** The name right at the end of the text. */
  word?: { text: string; start: number };
  /** The text ends inside quotes. */
  inQuotes?: boolean;
}

/**
 * Walk a formula's text. Text in "double quotes" and sheet names in 'single quotes' are skipped (their commas and
 * brackets are not the formula's); commas count arguments only at the depth of the innermost call, and array
 * constants {1,2;3,4} are not calls.
 */
function scan(text: string): Scan {
  const open: Frame[] = [];
  const closed: Scan['closed'] = [];
  let i = 1;
  let word: { text: string; start: number } | undefined;
  /** After a sheet's ! or a range's :, a name is a cell reference, not a function. */
  let afterSheet = false;
  const fill = () => {
    if (open.length) open[open.length - 1].filled = true;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch !== ' ' && ch !== ')' && ch !== '}') fill();
    if (/[0-9]/.test(ch)) {
      // A number (1.5E3) or a row number: its letters are not a name.
      while (i < text.length && /[0-9.Ee]/.test(text[i])) i++;
      word = undefined;
      afterSheet = false;
      continue;
    }
    if (ch === '"' || ch === "'") {
      // A quoted text or sheet name: the doubled quote is an escaped one. An unclosed quote runs to the end.
      let j = i + 1;
      for (;;) {
        const close = text.indexOf(ch, j);
        if (close < 0) return { open, closed, inQuotes: true };
        if (text[close + 1] === ch) j = close + 2;
        else {
          i = close + 1;
          break;
        }
      }
      word = undefined;
      continue;
    }
    if (NAME_START.test(ch)) {
      let j = i;
      while (j < text.length && NAME_CHAR.test(text[j])) j++;
      word = afterSheet ? undefined : { text: text.slice(i, j), start: i };
      afterSheet = false;
      i = j;
      continue;
    }
    afterSheet = ch === '!' || ch === ':';
    if (ch === '(') open.push({ name: word?.text, argIndex: 0 });
    else if (ch === '{') open.push({ argIndex: 0, brace: true });
    else if (ch === ')' || ch === '}') {
      const f = open.pop();
      if (f?.name && !f.brace) closed.push({ name: f.name, args: f.filled ? f.argIndex + 1 : 0 });
    } else if (ch === ',' && open.length) open[open.length - 1].argIndex++;
    word = undefined;
    i++;
  }
  return { open, closed, word };
}

/** Read a formula up to the caret: the name being typed there, and the call and argument the caret is in. */
export function formulaContext(textUpToCaret: string): FormulaContext {
  const text = textUpToCaret;
  if (!text.startsWith('=')) return {};
  const { open, word, inQuotes } = scan(text);
  if (inQuotes) return {};
  const context: FormulaContext = {};
  if (word && word.start + word.text.length === text.length) context.typing = { prefix: word.text, start: word.start };
  for (let k = open.length - 1; k >= 0; k--) {
    const f = open[k];
    if (f.brace) break; // inside an array constant, no argument to hint
    if (f.name) {
      context.call = { name: f.name, argIndex: f.argIndex };
      break;
    }
  }
  return context;
}

/** The function calls of a whole formula with the number of arguments each is given, in the order they close. */
export function callsIn(formula: string): { name: string; args: number }[] {
  return formula.startsWith('=') ? scan(formula).closed : [];
}

/**
 * Signatures of the built-ins people reach for most (the argument counts agree with HyperFormula's own metadata: see
 * functionHints.test.ts); the other built-ins are listed by name only.
 */
const COMMON_BUILTINS: Record<string, { params: string[]; repeats?: boolean; description: string }> = {
  SUM: { params: ['number1', '[number2]'], repeats: true, description: 'Adds numbers.' },
  AVERAGE: { params: ['number1', '[number2]'], repeats: true, description: 'The mean of numbers.' },
  MIN: { params: ['number1', '[number2]'], repeats: true, description: 'The smallest number.' },
  MAX: { params: ['number1', '[number2]'], repeats: true, description: 'The largest number.' },
  COUNT: { params: ['value1', '[value2]'], repeats: true, description: 'Counts the numbers.' },
  COUNTA: { params: ['value1', '[value2]'], repeats: true, description: 'Counts the cells that are not empty.' },
  IF: { params: ['condition', 'value_if_true', '[value_if_false]'], description: 'One value if a condition holds, another if not.' },
  IFERROR: { params: ['value', 'value_if_error'], description: 'A value, or another one if it is an error.' },
  AND: { params: ['logical1', '[logical2]'], repeats: true, description: 'TRUE if every condition holds.' },
  OR: { params: ['logical1', '[logical2]'], repeats: true, description: 'TRUE if any condition holds.' },
  ROUND: { params: ['number', '[digits]'], description: 'Rounds a number to a number of digits (default 0).' },
  SUMIF: { params: ['range', 'criteria', '[sum_range]'], description: 'Adds the cells that meet a condition.' },
  COUNTIF: { params: ['range', 'criteria'], description: 'Counts the cells that meet a condition.' },
  AVERAGEIF: { params: ['range', 'criteria', '[average_range]'], description: 'The mean of the cells that meet a condition.' },
  VLOOKUP: { params: ['search_key', 'range', 'index', '[is_sorted]'], description: 'Looks a value up in the first column of a range.' },
  INDEX: { params: ['range', 'row', '[column]'], description: 'The cell of a range at a row and column.' },
  MATCH: { params: ['search_key', 'range', '[match_type]'], description: 'The position of a value in a range.' },
  DATE: { params: ['year', 'month', 'day'], description: 'A date from its year, month and day.' },
  TODAY: { params: [], description: "Today's date." },
  TEXT: { params: ['value', 'format'], description: 'A number as text in a number format.' },
  CONCATENATE: { params: ['text1', '[text2]'], repeats: true, description: 'Joins texts.' },
  ABS: { params: ['number'], description: 'A number without its sign.' },
};

const optionalParam = (p: string): HintParam => (p.startsWith('[') ? { name: p.slice(1, -1), optional: true } : { name: p });

/**
 * Every function the playground knows: ours from the one catalogue (shared/functions/registry.ts), then the engine's
 * built-ins (names as HyperFormula lists them; our names and their GOALS. aliases among them are not listed twice).
 */
export function functionCatalogue(builtinNames: readonly string[]): FunctionInfo[] {
  const ours: FunctionInfo[] = FUNCTIONS.map((f) => ({
    name: f.name,
    description: f.description,
    params: f.params.map((p) => ({ name: p.name, optional: p.optional, description: p.description })),
    ours: true,
  }));
  const taken = new Set(ours.map((f) => f.name));
  const builtins = [...new Set(builtinNames.map((n) => n.toUpperCase()))]
    .filter((n) => !taken.has(n) && !n.startsWith(NAMESPACE))
    .sort()
    .map((name): FunctionInfo => {
      const common = COMMON_BUILTINS[name];
      return common ? { name, description: common.description, params: common.params.map(optionalParam), repeats: common.repeats } : { name };
    });
  return [...ours, ...builtins];
}

/** The functions whose name starts with what is typed (case does not matter; GOALS.KPI_A finds ours), ours first. */
export function matchFunctions(prefix: string, catalogue: readonly FunctionInfo[]): FunctionInfo[] {
  const typed = prefix.toUpperCase();
  if (!typed) return [];
  const namespaced = typed.startsWith(NAMESPACE);
  const bare = namespaced ? typed.slice(NAMESPACE.length) : typed;
  return catalogue.filter((f) => (namespaced ? f.ours === true : true) && f.name.startsWith(bare));
}

/** The catalogue entry for a called name (GOALS.X is X; case does not matter). */
export function findFunction(name: string, catalogue: readonly FunctionInfo[]): FunctionInfo | undefined {
  const upper = name.toUpperCase();
  const bare = upper.startsWith(NAMESPACE) ? upper.slice(NAMESPACE.length) : upper;
  return catalogue.find((f) => f.name === bare && (f.ours || bare === upper));
}

export interface SignaturePart {
  text: string;
  /** The parameter the caret is in (shown in bold). */
  current?: boolean;
}

/**
 * The argument hint for a call: NAME(p1, p2, [p3]) split into parts, the current parameter marked. Past the last
 * parameter, a repeating one (SUM's number2...) stays current; a function given too many arguments marks none.
 */
export function signatureParts(info: FunctionInfo, argIndex: number): SignaturePart[] {
  const params = info.params ?? [];
  const current = info.repeats && argIndex >= params.length ? params.length - 1 : argIndex;
  const parts: SignaturePart[] = [{ text: `${info.name}(` }];
  params.forEach((p, k) => {
    if (k > 0) parts.push({ text: ', ' });
    parts.push({ text: p.optional ? `[${p.name}]` : p.name, current: k === current || undefined });
  });
  if (info.repeats) parts.push({ text: ', …' });
  parts.push({ text: ')' });
  return parts;
}

/**
 * Put a chosen function where its name was being typed: the typed part becomes NAME( (with GOALS. kept if it was
 * typed), and the caret lands after the bracket. A bracket already right after the caret is not doubled.
 */
export function completeFunction(text: string, caret: number, start: number, info: FunctionInfo): { text: string; caret: number } {
  const typed = text.slice(start, caret).toUpperCase();
  const name = info.ours && typed.startsWith(NAMESPACE) ? NAMESPACE + info.name : info.name;
  const rest = text.slice(caret);
  const insert = rest.startsWith('(') ? name : `${name}(`;
  return { text: text.slice(0, start) + insert + rest, caret: start + insert.length + (rest.startsWith('(') ? 1 : 0) };
}

/** How many arguments a function takes: its required parameters at least, all of them at most (unless one repeats). */
export function argumentRange(info: FunctionInfo): { min: number; max: number } {
  const params = info.params ?? [];
  return { min: params.filter((p) => !p.optional).length, max: info.repeats ? Infinity : params.length };
}

/** The functions this module knows the parameters of without the engine's list: ours and the common built-ins. */
export const knownSignatures = (): FunctionInfo[] => functionCatalogue(Object.keys(COMMON_BUILTINS));

/** The first call in a formula given too few or too many arguments (for a function whose parameters are known). */
export function misfitCall(formula: string, catalogue: readonly FunctionInfo[]): { info: FunctionInfo; given: number } | undefined {
  for (const call of callsIn(formula)) {
    const info = findFunction(call.name, catalogue);
    if (!info?.params) continue;
    const { min, max } = argumentRange(info);
    if (call.args < min || call.args > max) return { info, given: call.args };
  }
  return undefined;
}

/**
 * KPI_EVAL: evaluate a KPI definition such as `revenue / customers` with named inputs.
 *
 * Safety comes from a whitelist over the parsed tree, not from mathjs' own sandboxing: only numbers, the given names,
 * arithmetic, comparison, logic, the conditional and a short list of functions pass; everything else (assignment,
 * function definitions, property access, matrices, strings, units, any other function) is rejected with its position
 * before anything is evaluated.
 *
 * mathjs is created on the first call (see safeMathLoader.ts): nothing of it runs when a bundle loads, which keeps the
 * Sheets cold call cheap (every Sheets custom-function call loads the whole script project).
 */
import { valueError } from './errors';
import { flatten, isBlank, rejectErrorCells, show, toNumber, toText, type CellValue } from './coerce';
import { finite, type Scalar } from './vectorise';
import type { SafeMath, MathNodeLike } from './safeMath';
import { loadSafeMath } from './safeMathLoader';

export const KPI_EVAL_FUNCTIONS = ['min', 'max', 'abs', 'round', 'sqrt', 'exp', 'log', 'mean', 'sum'] as const;
const ALLOWED_FUNCTIONS = new Set<string>(KPI_EVAL_FUNCTIONS);
const ALLOWED_OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow', 'mod',
  'smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal', 'and', 'or', 'not',
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

let math: SafeMath | undefined;
/** True once KPI_EVAL has created its mathjs instance; the load-time tests read it. */
export const mathLoaded = () => math !== undefined;

function getMath(): SafeMath {
  math ??= loadSafeMath();
  return math;
}

/** The position (1-based character) of the first whole-word occurrence of `word` in `formula`. */
function positionOf(formula: string, word: string): number {
  const m = new RegExp(`(^|[^A-Za-z0-9_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`).exec(formula);
  return m ? m.index + m[1].length + 1 : 1;
}

function check(node: MathNodeLike, formula: string, scope: Map<string, number>): void {
  const where = (word: string) => `at character ${positionOf(formula, word)}`;
  switch (node.type) {
    case 'ConstantNode':
      if (typeof node.value !== 'number') throw valueError(`Only numbers are allowed as constants; found ${typeof node.value === 'string' ? JSON.stringify(node.value) : `'${String(node.value)}'`} ${where(String(node.value))}.`);
      return;
    case 'SymbolNode':
      if (!scope.has(node.name!)) {
        // The names are the user's, so they are quoted like the unknown one: a name may be any word, even Infinity.
        throw valueError(`Unknown name '${node.name}' ${where(node.name!)}; names are: ${[...scope.keys()].map((n) => `'${n}'`).join(', ') || '(none given)'}.`);
      }
      return;
    case 'ParenthesisNode':
      return check(node.content!, formula, scope);
    case 'OperatorNode':
      if (!ALLOWED_OPERATORS.has(node.fn as string)) throw valueError(`The operator '${node.op}' is not allowed ${where(node.op!)}.`);
      node.args!.forEach((a) => check(a, formula, scope));
      return;
    case 'ConditionalNode':
      check(node.condition!, formula, scope);
      check(node.trueExpr!, formula, scope);
      check(node.falseExpr!, formula, scope);
      return;
    case 'FunctionNode': {
      const fn = node.fn as MathNodeLike;
      const name = fn.type === 'SymbolNode' ? fn.name! : '';
      if (!ALLOWED_FUNCTIONS.has(name)) {
        throw valueError(`The function '${name || '?'}' is not allowed ${where(name || '(')}; use ${KPI_EVAL_FUNCTIONS.join(', ')}.`);
      }
      node.args!.forEach((a) => check(a, formula, scope));
      return;
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      throw valueError(`Assignments are not allowed ${where('=')}; write an expression such as revenue / customers.`);
    default:
      throw valueError(`'${node.toString()}' is not allowed (${node.type.replace(/Node$/, '').toLowerCase()}) ${where(node.toString().split(/\W/)[0] || node.toString())}; use arithmetic, comparisons and ${KPI_EVAL_FUNCTIONS.join(', ')}.`);
  }
}

export function KPI_EVAL(formula: CellValue, names: CellValue, values: CellValue): Scalar {
  rejectErrorCells(formula, 'formula');
  rejectErrorCells(names, 'names');
  rejectErrorCells(values, 'values');
  const f = Array.isArray(formula) ? flatten(formula)[0] : formula;
  if (isBlank(f)) return '';
  if (typeof f !== 'string') throw valueError(`formula must be text such as "revenue / customers", not ${show(f)}.`);
  const ns = flatten(names);
  const vs = flatten(values);
  if (ns.length !== vs.length) throw valueError(`names has ${ns.length} cells but values has ${vs.length}; give one value per name.`);
  const scope = new Map<string, number>();
  for (let i = 0; i < ns.length; i++) {
    if (isBlank(ns[i])) continue;
    if (typeof ns[i] !== 'string') throw valueError(`name ${i + 1} must be text such as revenue, not ${show(ns[i])}.`);
    const name = toText(ns[i]).trim();
    if (!NAME.test(name)) throw valueError(`'${name}' is not a usable name; use letters, digits and _ (starting with a letter).`);
    if (ALLOWED_FUNCTIONS.has(name)) throw valueError(`'${name}' is a function name; rename that input.`);
    if (isBlank(vs[i])) return ''; // an input not filled in yet: stay empty, like the per-row functions
    scope.set(name, toNumber(vs[i], `the value of '${name}'`));
  }
  const m = getMath();
  let node: MathNodeLike;
  try {
    node = m.parse(f);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /char (\d+)/.exec(msg);
    throw valueError(`Cannot read the formula${pos ? ` at character ${pos[1]}` : ''}: ${msg.replace(/\s*\(char \d+\)/, '')}.`);
  }
  check(node, f, scope);
  let result: unknown;
  try {
    result = node.compile().evaluate(Object.fromEntries(scope));
  } catch (e) {
    throw valueError(`The formula could not be evaluated: ${(e as Error).message}.`);
  }
  if (typeof result === 'boolean') return result;
  if (typeof result !== 'number') throw valueError('The formula must give a single number.');
  return finite(result, 'The formula result');
}

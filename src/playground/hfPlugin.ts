/**
 * Our custom functions in HyperFormula, generated from the one registry (no second list): every function of
 * shared/functions/registry.ts becomes a method of one FunctionPlugin, under its own name and, for Excel-flavoured
 * formulas, under the alias GOALS.<NAME>. Used by the playground grid and by tests that evaluate workbook plans.
 */
import {
  ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue,
  type ConfigParams, type FunctionPluginDefinition, type ImplementedFunctions,
} from 'hyperformula';
import { FUNCTIONS, isGoalError, type FunctionSpec, type GoalError } from '../../shared/functions';

const HF_ERROR: Record<GoalError['code'], ErrorType> = {
  VALUE: ErrorType.VALUE,
  NA: ErrorType.NA,
  DIV0: ErrorType.DIV_BY_ZERO,
  NUM: ErrorType.NUM,
};

const toCellError = (e: GoalError) => new CellError(HF_ERROR[e.code], e.message);

/**
 * How an empty cell reaches our functions. Excel on the web sends null; Excel desktop builds send 0 for an empty cell
 * inside a range (office-js issues 4702, 5262; platforms.md). The tests that evaluate the Excel flavour of the template
 * switch this to 'zero' to play a desktop build (harsher still: single empty cells as 0 too), and the figures must
 * not change. The playground itself always sends null.
 */
export const emptyCells: { as: 'null' | 'zero' } = { as: 'null' };

/** A HyperFormula value as our cell value: empty cells are blank (null), rich numbers (dates, %) their number. */
function fromHf(v: unknown): unknown {
  if (v === undefined) return null; // an omitted optional argument: null on every Excel build
  if (v === EmptyValue) return emptyCells.as === 'zero' ? 0 : null;
  if (v !== null && typeof v === 'object' && 'val' in (v as object)) return (v as { val: number }).val;
  return v;
}

class ArgumentError {
  constructor(readonly error: CellError) {}
}

function argFromHf(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) {
    return v.rawData().map((row) => row.map((x) => {
      if (x instanceof CellError) throw new ArgumentError(x);
      return fromHf(x);
    }));
  }
  if (v instanceof CellError) throw new ArgumentError(v);
  return fromHf(v);
}

function resultToHf(spec: FunctionSpec, args: unknown[]): unknown {
  let converted: unknown[];
  try {
    converted = args.map(argFromHf);
  } catch (e) {
    if (e instanceof ArgumentError) return e.error; // an error in an input cell passes through, as in Excel
    throw e;
  }
  try {
    const r = spec.impl(...converted);
    if (!Array.isArray(r)) return r;
    return SimpleRangeValue.onlyValues(r.map((row) => row.map((v) => (isGoalError(v) ? toCellError(v) : v))) as never);
  } catch (e) {
    if (isGoalError(e)) return toCellError(e);
    return new CellError(ErrorType.VALUE, `Goalpost internal error: ${(e as Error).message}`);
  }
}

/** The result size HyperFormula must reserve: per-row functions take the shape of their range arguments. */
function resultSize(plugin: FunctionPlugin, spec: FunctionSpec, ast: { args: unknown[] }, state: unknown): ArraySize {
  const sizes = ast.args.map((a) => (plugin as unknown as { arraySizeForAst(a: unknown, s: unknown): ArraySize }).arraySizeForAst(a, state));
  if (spec.kind === 'tree') {
    const ids = sizes[0];
    return ids ? new ArraySize(1, ids.width * ids.height) : ArraySize.scalar();
  }
  // Per-KPI functions (the check-in log) answer once per cell of kpi_ids, whatever the size of the log.
  if (spec.kind === 'per-kpi') {
    const ids = sizes[0];
    return ids && (ids.width > 1 || ids.height > 1) ? new ArraySize(ids.width, ids.height) : ArraySize.scalar();
  }
  const big = sizes.find((s) => s.width > 1 || s.height > 1);
  return big ? new ArraySize(big.width, big.height) : ArraySize.scalar();
}

/** One plugin class with a method per registry entry. */
function createPlugin(): FunctionPluginDefinition {
  const implemented: ImplementedFunctions = {};
  const aliases: Record<string, string> = {};
  class GoalpostPlugin extends FunctionPlugin {}
  const proto = GoalpostPlugin.prototype as unknown as Record<string, unknown>;
  for (const spec of FUNCTIONS) {
    const method = `fn_${spec.name}`;
    implemented[spec.name] = {
      method,
      parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: !!p.optional })),
      // Our functions take whole ranges and vectorise themselves.
      vectorizationForbidden: true,
      ...(spec.result === 'matrix' ? { sizeOfResultArrayMethod: `${method}_size` } : {}),
    };
    aliases[`GOALS.${spec.name}`] = spec.name;
    proto[method] = function (this: FunctionPlugin, ast: { args: never[] }, state: never) {
      return (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction(
        ast.args, state, (this as unknown as { metadata(n: string): unknown }).metadata(spec.name),
        (...args: unknown[]) => resultToHf(spec, args),
      );
    };
    if (spec.result === 'matrix') {
      proto[`${method}_size`] = function (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
        return resultSize(this, spec, ast, state);
      };
    }
  }
  Object.assign(GoalpostPlugin, { implementedFunctions: implemented, aliases });
  return GoalpostPlugin as unknown as FunctionPluginDefinition;
}

export const GoalpostPlugin = createPlugin();

const translations = () => {
  const names: Record<string, string> = {};
  for (const spec of FUNCTIONS) {
    names[spec.name] = spec.name;
    names[`GOALS.${spec.name}`] = `GOALS.${spec.name}`;
  }
  return { enGB: names, enUS: names };
};

let registered = false;
/** Register the plugin once per page or process. */
export function registerGoalpostFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(GoalpostPlugin, translations());
  registered = true;
}

/**
 * A HyperFormula instance with our functions and Excel's serial dates: day 0 is 1899-12-31 and the fictitious
 * 1900-02-29 exists, so DATE(2025,1,1) is 45658 as in Excel and Sheets (with leapYear1900 alone it would be 45659).
 */
export function createHyperFormula(sheets: Record<string, unknown[][]> = { Sheet1: [] }, config: Partial<ConfigParams> = {}): HyperFormula {
  registerGoalpostFunctions();
  return HyperFormula.buildFromSheets(sheets as never, {
    licenseKey: 'gpl-v3', leapYear1900: true, useArrayArithmetic: true, nullDate: { year: 1899, month: 12, day: 31 }, ...config,
  });
}

/**
 * Google Sheets' FILTER and SORT for HyperFormula, in the tests only (sheetsFlavour.ts renames FILTER( and SORT( in
 * Sheets formulas to SHEETSFILTER( and SHEETSSORT(). HyperFormula's own FILTER filters cell by cell and needs every
 * condition the size of the range ("Ranges need to be of equal length"); Sheets filters whole rows. As Google documents
 * them (support.google.com/docs/answer/3093197 and 3093150):
 * - FILTER(range, condition1, [condition2, ...]): each condition is a column as tall as the range (keeps rows) or a row
 *   as wide as the range (keeps columns); any other size is an error ("FILTER has mismatched range sizes"), a single
 *   cell included. A row or column is kept when every condition is true (a non-zero number); none kept: #N/A.
 * - SORT(range, sort_column, is_ascending, [sort_column2, is_ascending2, ...]): sort_column is an index within the
 *   range or a column outside it with as many rows; stable; numbers before text before logical values, blanks last.
 * The result is reserved at the size of the range (HyperFormula pads a smaller answer with empty cells, as a spill in
 * Sheets leaves the cells below it empty).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition } from 'hyperformula';

type Ast = { args: unknown[] };
type Self = FunctionPlugin & {
  runFunction(args: unknown[], state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown): unknown;
  metadata(name: string): unknown;
  arraySizeForAst(ast: unknown, state: unknown): ArraySize;
};

const raw = (v: unknown): unknown => (v !== null && typeof v === 'object' && 'val' in (v as object) ? (v as { val: unknown }).val : v);
const grid = (v: unknown): unknown[][] => (v instanceof SimpleRangeValue ? v.rawData() : [[v]]);

function truthy(v: unknown): boolean {
  const x = raw(v);
  if (typeof x === 'boolean') return x;
  if (typeof x === 'number') return x !== 0;
  return false;
}

function sheetsFilter(range: unknown, ...conds: unknown[]): unknown {
  if (range instanceof CellError) return range;
  const data = grid(range);
  const h = data.length;
  const w = data[0]?.length ?? 0;
  const cs = conds.map(grid);
  for (const c of conds) if (c instanceof CellError) return c;
  const byRow = cs.every((c) => c.length === h && c[0].length === 1);
  const byCol = !byRow && cs.every((c) => c.length === 1 && c[0].length === w);
  if (!byRow && !byCol) return new CellError(ErrorType.VALUE, 'FILTER has mismatched range sizes');
  for (const c of cs) for (const r of c) for (const v of r) if (v instanceof CellError) return v;
  let out: unknown[][];
  if (byRow) out = data.filter((_, i) => cs.every((c) => truthy(c[i][0])));
  else {
    const keep = Array.from({ length: w }, (_, j) => cs.every((c) => truthy(c[0][j])));
    out = data.map((r) => r.filter((_, j) => keep[j]));
    if (!out[0].length) out = [];
  }
  if (!out.length) return new CellError(ErrorType.NA, 'No matches are found in FILTER evaluation.');
  return SimpleRangeValue.onlyValues(out as never);
}

/** Sheets' order of values: numbers, text (case-insensitive), logical values; blanks last whichever the direction. */
function rank(v: unknown): number {
  const x = raw(v);
  if (x === EmptyValue || x === null || x === undefined) return 9;
  if (typeof x === 'number') return 0;
  if (typeof x === 'string') return 1;
  if (typeof x === 'boolean') return 2;
  return 3; // errors
}
function compare(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  const x = raw(a);
  const y = raw(b);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  if (typeof x === 'boolean' && typeof y === 'boolean') return Number(x) - Number(y);
  return 0;
}

function sheetsSort(range: unknown, ...specs: unknown[]): unknown {
  if (range instanceof CellError) return range;
  const data = grid(range);
  const keys: { col: unknown[]; asc: boolean }[] = [];
  for (let k = 0; k < Math.max(specs.length, 1); k += 2) {
    const by = specs[k] ?? 1;
    const asc = specs[k + 1] === undefined ? true : truthy(specs[k + 1]);
    if (by instanceof CellError) return by;
    if (by instanceof SimpleRangeValue) {
      const g = by.rawData();
      if (g.length !== data.length || g[0].length !== 1) return new CellError(ErrorType.VALUE, 'SORT: the sort column must be as tall as the range');
      keys.push({ col: g.map((r) => r[0]), asc });
    } else {
      const i = Number(raw(by));
      if (!Number.isInteger(i) || i < 1 || i > (data[0]?.length ?? 0)) return new CellError(ErrorType.VALUE, 'SORT: sort column out of range');
      keys.push({ col: data.map((r) => r[i - 1]), asc });
    }
  }
  const order = data.map((_, i) => i).sort((p, q) => {
    for (const { col, asc } of keys) {
      const a = col[p];
      const b = col[q];
      const blank = rank(a) === 9 || rank(b) === 9;
      const c = compare(a, b);
      if (c !== 0) return blank || asc ? c : -c;
    }
    return p - q; // stable
  });
  return SimpleRangeValue.onlyValues(order.map((i) => data[i]) as never);
}

class SheetsArrayPlugin extends FunctionPlugin {
  static implementedFunctions = {
    SHEETSFILTER: {
      method: 'sheetsFilter',
      sizeOfResultArrayMethod: 'firstArgSize',
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    },
    SHEETSSORT: {
      method: 'sheetsSort',
      sizeOfResultArrayMethod: 'firstArgSize',
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY, optionalArg: true },
        { argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 2,
    },
  };

  sheetsFilter(ast: Ast, state: unknown) {
    const self = this as unknown as Self;
    return self.runFunction(ast.args, state, self.metadata('SHEETSFILTER'), sheetsFilter);
  }

  sheetsSort(ast: Ast, state: unknown) {
    const self = this as unknown as Self;
    return self.runFunction(ast.args, state, self.metadata('SHEETSSORT'), sheetsSort);
  }

  /** The range's own size: the answer is never larger (HyperFormula pads a smaller one with empty cells). */
  firstArgSize(ast: Ast, state: { formulaAddress: unknown }) {
    const self = this as unknown as Self;
    if (ast.args.length < 1) return ArraySize.error();
    return self.arraySizeForAst(ast.args[0], { ...state, arraysFlag: true });
  }
}

let registered = false;
/** Register SHEETSFILTER and SHEETSSORT once per process (HyperFormula's plugin registry is global). */
export function registerSheetsFunctions(): void {
  if (registered) return;
  const names = { SHEETSFILTER: 'SHEETSFILTER', SHEETSSORT: 'SHEETSSORT' };
  HyperFormula.registerFunctionPlugin(SheetsArrayPlugin as unknown as FunctionPluginDefinition, { enGB: names, enUS: names });
  registered = true;
}

/**
 * Data validations in an .xlsx, written and read with exceljs. Each validation is given to exceljs as one range
 * ("B2:B101"), not cell by cell: exceljs merges per-cell entries after sorting the addresses as text (B10 before B2)
 * and then writes overlapping ranges (B10:B101 and B2:B101), of which LibreOffice and Numbers apply only the first
 * (exceljs issue 2820). Where a later validation covers part of an earlier one, the later wins, as in the playground,
 * and the earlier keeps only the cells left to it, so no two ranges overlap.
 * The rules are those the Excel adapter sets (src/excel/adapter.ts validationRule): number checks as decimals, a date
 * check as "a date from 1900-01-01 on".
 */
import type * as ExcelJSModule from 'exceljs';
import type { CellRange, Validation } from '../../shared/host/plan';
import { a1 } from '../../shared/host/plan';
import { inRange } from './workbook';
import { parseRange } from './xlsxRange';

interface DataValidationsModel {
  add(address: string, v: unknown): void;
  model: Record<string, unknown>;
}

interface XlsxRule {
  type: string;
  operator?: string;
  allowBlank?: boolean;
  formulae?: unknown[];
  showInputMessage?: boolean;
  prompt?: string;
  showErrorMessage?: boolean;
  error?: string;
}

/** The lowest number Excel's adapter uses for "no minimum". */
const NO_MIN = -1e307;
/** Excel's first date, serial 1 ("a date" has no other bound). */
const FIRST_DATE = new Date(Date.UTC(1900, 0, 1));

function ruleOf(v: Validation): XlsxRule {
  const help = v.help ? { showInputMessage: true, prompt: v.help } : {};
  switch (v.kind) {
    case 'list':
      return { type: 'list', allowBlank: true, formulae: [`"${v.values.join(',').replace(/"/g, '""')}"`], ...help };
    case 'listFromRange':
      return { type: 'list', allowBlank: true, formulae: [v.source.replace(/^=/, '')], ...help };
    case 'number': {
      const check = { type: 'decimal', allowBlank: true, showErrorMessage: true, ...(v.help ? { error: v.help } : {}), ...help };
      if (v.min !== undefined && v.max !== undefined) return { ...check, operator: 'between', formulae: [v.min, v.max] };
      if (v.max !== undefined) return { ...check, operator: 'lessThanOrEqual', formulae: [v.max] };
      return { ...check, operator: 'greaterThanOrEqual', formulae: [v.min ?? NO_MIN] };
    }
    case 'date':
      return { type: 'date', allowBlank: true, showErrorMessage: true, operator: 'greaterThanOrEqual', formulae: [FIRST_DATE], ...(v.help ? { error: v.help } : {}), ...help };
  }
}

/** The parts of `range` no later validation covers, as column runs (the whole range when nothing covers it). */
function uncovered(range: CellRange, later: CellRange[]): CellRange[] {
  const overlapping = later.filter((l) => l.row < range.row + range.rows && range.row < l.row + l.rows && l.col < range.col + range.cols && range.col < l.col + l.cols);
  if (!overlapping.length) return [range];
  const runs: CellRange[] = [];
  for (let c = range.col; c < range.col + range.cols; c++) {
    let start: number | undefined;
    for (let r = range.row; r <= range.row + range.rows; r++) {
      const free = r < range.row + range.rows && !overlapping.some((l) => inRange(l, r, c));
      if (free && start === undefined) start = r;
      if (!free && start !== undefined) {
        runs.push({ row: start, col: c, rows: r - start, cols: 1 });
        start = undefined;
      }
    }
  }
  return runs;
}

export function writeValidations(ws: ExcelJSModule.Worksheet, validations: Validation[]): void {
  const dv = (ws as unknown as { dataValidations: DataValidationsModel }).dataValidations;
  validations.forEach((v, i) => {
    const rule = ruleOf(v);
    const later = validations.slice(i + 1).map((l) => l.range);
    for (const part of uncovered(v.range, later)) dv.add(a1(part), rule);
  });
}

/** A validation read back from exceljs's rule, or undefined for kinds the playground does not have. */
function validationOf(rule: XlsxRule, range: CellRange): Validation | undefined {
  const help = rule.prompt ? { help: rule.prompt } : {};
  const f = rule.formulae ?? [];
  if (rule.type === 'list' && f[0] !== undefined) {
    const text = String(f[0]);
    if (text.startsWith('"')) return { range, kind: 'list', values: text.slice(1, -1).replace(/""/g, '"').split(','), ...help };
    return { range, kind: 'listFromRange', source: text, ...help };
  }
  if (rule.type === 'decimal' || rule.type === 'whole') {
    const [a, b] = f.map(Number);
    if (rule.operator === 'between') return { range, kind: 'number', min: a, max: b, ...help };
    if (rule.operator === 'lessThanOrEqual') return { range, kind: 'number', max: a, ...help };
    if (rule.operator === 'greaterThanOrEqual') return { range, kind: 'number', ...(a > NO_MIN ? { min: a } : {}), ...help };
    return undefined;
  }
  if (rule.type === 'date') return { range, kind: 'date', ...help };
  return undefined;
}

export function readValidations(ws: ExcelJSModule.Worksheet): Validation[] {
  const model = (ws as unknown as { dataValidations?: DataValidationsModel }).dataValidations?.model ?? {};
  // exceljs expands each validation to its cells and shares one object between them: group by that object.
  const groups = new Map<unknown, CellRange[]>();
  for (const [addr, v] of Object.entries(model)) {
    const r = v ? parseRange(addr) : undefined;
    if (r) groups.set(v, [...(groups.get(v) ?? []), r]);
  }
  const out: Validation[] = [];
  for (const [v, cells] of groups) {
    const row = Math.min(...cells.map((c) => c.row));
    const col = Math.min(...cells.map((c) => c.col));
    const range = { row, col, rows: Math.max(...cells.map((c) => c.row)) - row + 1, cols: Math.max(...cells.map((c) => c.col)) - col + 1 };
    const validation = validationOf(v as XlsxRule, range);
    if (validation) out.push(validation);
  }
  return out;
}

/**
 * The Sheets flavour of a plan made evaluable in HyperFormula (as excelFlavour.ts does for Excel's tables), for the
 * Dashboard's formulas. HyperFormula parses neither open-ended ranges nor array literals with formulas inside, and some
 * Sheets functions differ, so each formula is rewritten into what HyperFormula evaluates the same way:
 * - an open-ended range (A2:A, $A$2:$A) ends at the plan's last used row;
 * - an array literal {a,b;c,d} becomes VSTACK(HSTACK(a,b),HSTACK(c,d));
 * - VLOOKUP(x, HSTACK(keys, values), 2, 0) becomes INDEX(values, MATCH(x, keys, 0)) (HyperFormula's VLOOKUP takes no
 *   array of lookup values);
 * - in an array formula Sheets' ROW(range) is the range's row numbers, HyperFormula's the first one only: ROW(r) becomes
 *   SEQUENCE(ROWS(r),1,ROW(r));
 * - FILTER and SORT become SHEETSFILTER and SHEETSSORT (sheetsFunctions.ts, registered by the tests): Sheets filters and
 *   sorts whole rows of several columns, HyperFormula's FILTER only cell by cell ("Ranges need to be of equal length").
 * ARRAYFORMULA, UNIQUE, SEQUENCE and the rest are HyperFormula's own.
 */
import type { WorkbookPlan } from '../../shared/host/plan';

/** Split `s` at top-level occurrences of the characters in `seps` (outside strings, parentheses and braces). */
function splitTop(s: string, seps: string): { parts: string[]; by: string[] } {
  const parts: string[] = [];
  const by: string[] = [];
  let depth = 0;
  let inStr = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') inStr = !inStr;
    else if (inStr) continue;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (depth === 0 && seps.includes(ch)) {
      parts.push(s.slice(start, i));
      by.push(ch);
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return { parts, by };
}

/** Index of the bracket closing the one at `open`. */
function closing(s: string, open: number): number {
  let depth = 0;
  let inStr = false;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') inStr = !inStr;
    else if (inStr) continue;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`Unbalanced: ${s}`);
}

/** Rewrite an expression (no leading =). */
function rewrite(expr: string): string {
  let out = '';
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i];
    if (ch === '"') {
      const end = expr.indexOf('"', i + 1);
      out += expr.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === '{') {
      const end = closing(expr, i);
      const rows = splitTop(expr.slice(i + 1, end), ';').parts.map((row) => {
        const cells = splitTop(row, ',').parts.map(rewrite);
        return cells.length > 1 ? `HSTACK(${cells.join(',')})` : cells[0];
      });
      out += rows.length > 1 ? `VSTACK(${rows.join(',')})` : rows[0];
      i = end + 1;
      continue;
    }
    const call = /^([A-Z][A-Z0-9.]*)\(/.exec(expr.slice(i));
    if (call && !/[A-Za-z0-9_$]/.test(expr[i - 1] ?? '')) {
      const name = call[1];
      const open = i + name.length;
      const end = closing(expr, open);
      const args = splitTop(expr.slice(open + 1, end), ',').parts.map(rewrite);
      out += rewriteCall(name, args);
      i = end + 1;
      continue;
    }
    const word = /^(TRUE|FALSE)(?![A-Za-z0-9_(])/.exec(expr.slice(i));
    if (word && !/[A-Za-z0-9_$]/.test(expr[i - 1] ?? '')) {
      out += word[1] === 'TRUE' ? '1' : '0';
      i += word[1].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function rewriteCall(name: string, args: string[]): string {
  if (name === 'VLOOKUP') {
    // VLOOKUP(x, Sheet!$A$2:$D$9, 4, 0): the table's first and 4th columns as two ranges of their own.
    const block = /^((?:'[^']+'|[A-Za-z][A-Za-z0-9_]*)!)?\$?([A-Z]{1,3})(\$?\d+):\$?([A-Z]{1,3})(\$?\d+)$/.exec(args[1].trim());
    if (block && /^\d+$/.test(args[2]) && (args[3] ?? '').trim().match(/^(0|FALSE)$/)) {
      const [, sheet = '', from, top, , bottom] = block;
      const column = (n: number) => columnName(columnNumber(from) + n - 1);
      const part = (c: string) => `${sheet}$${c}${top.startsWith('$') ? top : `$${top}`}:$${c}${bottom.startsWith('$') ? bottom : `$${bottom}`}`;
      return `INDEX(${part(column(Number(args[2])))},MATCH(${args[0]},${part(from)},0))`;
    }
    // A single key over whole columns (Goals!$A:$L, the Review sheet's per-cell lookups): HyperFormula's own VLOOKUP.
    if (/^((?:'[^']+'|[A-Za-z][A-Za-z0-9_]*)!)?\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(args[1].trim()) && !/:/.test(args[0])) return `VLOOKUP(${args.join(',')})`;
    const table = /^HSTACK\((.*)\)$/s.exec(args[1]);
    if (!table || args[2] !== '2') throw new Error(`VLOOKUP the translator does not know: VLOOKUP(${args.join(',')})`);
    const [keys, values, ...rest] = splitTop(table[1], ',').parts;
    if (rest.length) throw new Error(`VLOOKUP over more than two columns: ${args[1]}`);
    return `INDEX(${values},MATCH(${args[0]},${keys},0))`;
  }
  // In an array formula Sheets' ROW(range) is the column of the range's row numbers; HyperFormula's is the first one.
  if (name === 'ROW' && args.length === 1 && /^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/.test(args[0].trim())) return `SEQUENCE(ROWS(${args[0]}),1,ROW(${args[0]}))`;
  // Sheets' FILTER and SORT over several columns: test/dashboard/sheetsFunctions.ts.
  if (name === 'FILTER' || name === 'SORT') return `SHEETS${name}(${args.join(',')})`;
  return `${name}(${args.join(',')})`;
}

const columnNumber = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const columnName = (n: number): string => (n > 26 ? columnName(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/** A Sheets formula as HyperFormula evaluates it, open-ended ranges ending at row `lastRow` (1-based). */
export function translateSheetsFormula(formula: string, lastRow: number): string {
  const bounded = formula.replace(/(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3})(?![$\dA-Z(])/g, (_m, r: string) => `${r}${r.includes('$') ? '$' : ''}${lastRow}`);
  return `=${rewrite(bounded.slice(1))}`;
}

/** The plan with every formula translated; open-ended ranges end at `lastRow` (default: the last row the plan uses). */
export function translateSheetsPlan(plan: WorkbookPlan, lastRow = Math.max(...plan.addSheets.flatMap((s) => s.blocks.map((b) => b.row + b.cells.length)))): WorkbookPlan {
  return {
    ...plan,
    addSheets: plan.addSheets.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({
        ...b,
        cells: b.cells.map((r) => r.map((c) => (c && typeof c === 'object' && 'formula' in c ? { formula: translateSheetsFormula(c.formula, lastRow) } : c))),
      })),
    })),
  };
}

/**
 * Sheets' shape rule for array formulas: the ranges an array formula walks side by side must be the same size, or
 * Sheets refuses the formula ("Array arguments to IF are of different size"; FILTER: "FILTER has mismatched range
 * sizes"). HyperFormula would instead pad or broadcast and show figures, so the evaluator checks first: every
 * open-ended range of one formula (L2:L, $A$2:$D, 'Check-ins'!B2:B) must start on the same row, since they all end at
 * the sheet's last row. A lookup table starting elsewhere would be legal in Sheets; our templates never write one, so
 * the rule is kept strict (and simple). Throws, naming both ranges.
 */
export function checkSheetsShapes(formula: string): void {
  const ranges: { text: string; start: number }[] = [];
  const open = /((?:'[^']+'|[A-Za-z][A-Za-z0-9_]*)!)?(\$?[A-Z]{1,3}\$?(\d+):\$?[A-Z]{1,3})(?![$\dA-Z(])/g;
  const withoutStrings = formula.replace(/"[^"]*"/g, '""');
  for (const m of withoutStrings.matchAll(open)) ranges.push({ text: `${m[1] ?? ''}${m[2]}`, start: Number(m[3]) });
  const first = ranges[0];
  const odd = ranges.find((r) => r.start !== first.start);
  if (odd) {
    throw new Error(`Array arguments are of different size: ${odd.text} (from row ${odd.start}) beside ${first.text} (from row ${first.start}) in ${formula}`);
  }
}

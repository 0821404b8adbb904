/**
 * The Excel flavour of a plan made evaluable in HyperFormula, which has no tables: each table's structured references
 * become the A1 ranges the table covers ([@[Actual]] -> L7 in row 7, GoalpostKPIs[[Owner]] -> 'KPIs'!$I$2:$I$101) and
 * each calculated column (a fill) is written into every row of its range. The table's extent is the plan's own, so a
 * table that grew (rows appended) is translated with its new extent, as Excel itself would.
 * A spilled range (X2#, the Dashboard's dynamic arrays) becomes X2 down to as many rows as the longest table has: no
 * spill of the plan is longer (each reads table columns), and the rows past the true spill are empty in HyperFormula,
 * which spills the formula's own result there.
 */
import { colLetter, quoteSheet, type Block, type TablePlan, type WorkbookPlan } from '../../shared/host/plan';

interface Located extends TablePlan {
  sheet: string;
  headers: string[];
}

const unescape = (h: string) => h.replace(/'([[\]#'])/g, '$1');

export function translateExcelPlan(plan: WorkbookPlan): WorkbookPlan {
  const tables: Located[] = [];
  for (const s of plan.addSheets) {
    for (const t of s.tables ?? []) {
      const head = s.blocks.find((b) => b.row === t.range.row && b.col <= t.range.col)!;
      const headers = head.cells[0].slice(t.range.col - head.col, t.range.col - head.col + t.range.cols).map(String);
      tables.push({ ...t, sheet: s.name, headers });
    }
  }
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const colOf = (t: Located, h: string) => {
    const i = t.headers.indexOf(unescape(h));
    if (i < 0) throw new Error(`Table ${t.name} has no column "${h}" (has ${t.headers.join(', ')})`);
    return colLetter(t.range.col + i);
  };
  const longest = Math.max(1, ...tables.map((t) => t.range.rows - 1));
  const translate = (f: string, sheet: string, row: number, col: number) => {
    const here = tables.find((t) => t.sheet === sheet && row > t.range.row && row < t.range.row + t.range.rows && col >= t.range.col && col < t.range.col + t.range.cols);
    let out = f.replace(/([A-Za-z_][A-Za-z0-9_.]*)\[\[((?:[^\]']|'.)+)\]\]/g, (m, name: string, h: string) => {
      const t = byName.get(name.toLowerCase());
      if (!t) return m;
      const c = colOf(t, h);
      return `${quoteSheet(t.sheet)}!$${c}$${t.range.row + 2}:$${c}$${t.range.row + t.range.rows}`;
    });
    out = out.replace(/\[@\[((?:[^\]']|'.)+)\]\]/g, (_m, h: string) => {
      if (!here) throw new Error(`[@${h}] outside a table at ${sheet}!${colLetter(col)}${row + 1}`);
      return `${colOf(here, h)}${row + 1}`;
    });
    out = out.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)#/g, (_m, d1: string, c: string, d2: string, r: string) => `${d1}${c}${d2}${r}:${d1}${c}${d2}${Number(r) + longest - 1}`);
    if (/\[@|\w\[\[/.test(out)) throw new Error(`Untranslated structured reference: ${out}`);
    return out;
  };
  return {
    ...plan,
    addSheets: plan.addSheets.map((s) => {
      const blocks: Block[] = s.blocks.map((b) => ({
        ...b,
        cells: b.cells.map((r, i) => r.map((c, j) => (c && typeof c === 'object' && 'formula' in c ? { formula: translate(c.formula, s.name, b.row + i, b.col + j) } : c))),
      }));
      for (const fill of s.fills ?? []) {
        for (let i = 0; i < fill.range.rows; i++) {
          const r = fill.range.row + i;
          blocks.push({ row: r, col: fill.range.col, cells: [[{ formula: translate(fill.formula, s.name, r, fill.range.col) }]] });
        }
      }
      return { ...s, blocks, fills: undefined };
    }),
  };
}

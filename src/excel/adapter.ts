/**
 * The Excel Host adapter: plans queued on one RequestContext and sent with one context.sync() per phase
 * (templates.md: apply and refresh in at most 3 syncs). Each block is ONE 2-D `formulas` assignment; text goes in
 * through literalText (the apostrophe prefix) so every text lands as typed, "1.10" or "=1+1" alike; dates as serial
 * numbers with a date format.
 */
import { hasMarker, literalText, type Block, type ChartPlan, type ColumnFill, type ConditionalRule, type PlanCell, type RefreshPlan, type SheetPlan, type Validation, type WorkbookPlan } from '../../shared/host/plan';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { serialFromParts } from '../../shared/functions/coerce';

type Ctx = Excel.RequestContext;

function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return serialFromParts(y, m, d);
}

function cellFormula(c: PlanCell): unknown {
  if (c === null) return null; // leave the cell as it is
  if (typeof c === 'string') return literalText(c);
  if (typeof c === 'object' && 'formula' in c) return c.formula;
  if (typeof c === 'object' && 'date' in c) return serial(c.date);
  return c;
}

const byIndexes = (sheet: Excel.Worksheet, r: { row: number; col: number; rows: number; cols: number }) => sheet.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
const fill = <T,>(rows: number, cols: number, v: T): T[][] => Array.from({ length: rows }, () => Array(cols).fill(v));

export function queueBlock(sheet: Excel.Worksheet, b: Block): void {
  const w = Math.max(...b.cells.map((r) => r.length));
  const m = b.cells.map((r) => [...r, ...Array(w - r.length).fill(null)].map(cellFormula));
  if (b.appendBelowData) throw new Error('The check-in log is no longer a table: make it one again (Insert > Table), then check in.');
  if (b.appendToTable) {
    // Writing below a table does not make it grow when an add-in writes: the rows become the table's own, with its
    // formats, validations and calculated columns (TableRowCollection.add, ExcelApi 1.1; index null = at the end).
    sheet.tables.getItem(b.appendToTable).rows.add(null as unknown as number, m.map((r) => r.map((v) => v ?? '')) as unknown as string[][]);
    return;
  }
  byIndexes(sheet, { row: b.row, col: b.col, rows: m.length, cols: w }).formulas = m as unknown as string[][];
}

/**
 * A calculated column: the formula into the column's first cell, then filled down (Range.autoFill, ExcelApi 1.9), so a
 * 10,000-row column costs one formula in the request, not 10,000, and the result does not depend on the user's
 * AutoCorrect option "Fill formulas in tables to create calculated columns" (office-js issue 6745).
 */
export function queueFill(sheet: Excel.Worksheet, fill: ColumnFill): void {
  const first = byIndexes(sheet, { ...fill.range, rows: 1 });
  first.formulas = [[fill.formula]];
  if (fill.range.rows > 1) first.autoFill(byIndexes(sheet, fill.range), 'FillCopy' as Excel.AutoFillType.fillCopy);
}

function validationRule(v: Validation): Excel.DataValidationRule {
  switch (v.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.values.join(',') } };
    case 'listFromRange':
      return { list: { inCellDropDown: true, source: `=${v.source}` } };
    case 'number':
      if (v.min !== undefined && v.max !== undefined) return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' as Excel.DataValidationOperator } };
      return v.max !== undefined
        ? { decimal: { formula1: v.max, operator: 'LessThanOrEqualTo' as Excel.DataValidationOperator } }
        : { decimal: { formula1: v.min ?? -1e307, operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
    case 'date':
      return { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator } };
  }
}

export function queueRule(sheet: Excel.Worksheet, r: ConditionalRule): void {
  const cf = byIndexes(sheet, r.range).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
  cf.custom.rule.formula = r.formula;
  cf.custom.format.fill.color = r.fill;
  cf.custom.format.font.color = r.font;
}

/** Excel.ChartType for a plan's chart. Dates along the line chart's x axis: a scatter with lines, so the first column is the x values. */
function chartType(c: ChartPlan): string {
  if (c.kind === 'line') return 'XYScatterLines';
  const base = c.kind === 'bar' ? 'Bar' : 'Column';
  return `${base}${c.stacked ? 'Stacked' : 'Clustered'}`;
}

/**
 * A chart by Excel's own chart engine (ExcelApi 1.1: Worksheet.charts.add(type, sourceData, seriesBy), Chart.title,
 * setPosition, width / height in points; ChartAxis.numberFormat, ExcelApi 1.8). Queued like everything else: no sync of
 * its own. The chart reads its source range from then on, so it follows the figures without being rebuilt.
 *
 * Growing (ChartPlan.grows): the source is the header row plus the rows the figures' dynamic arrays spill into when the
 * template is applied (the plan sizes it so). What we rely on: Excel for the web and current Microsoft 365 desktop
 * builds extend a chart whose source data is a spilled range when the spill grows (a 2022 change of Excel itself, not
 * of Office.js; described by Liam Bastick, ICAEW "Charting with dynamic arrays", and Jon Peltier, "Dynamic Arrays,
 * Names, and Charts"). Office.js itself gives no growing source: charts.add and ChartSeries.setValues / setXAxisValues
 * (ExcelApi 1.7) take a Range, fixed when the call runs, and there is no API to give a series a formula or a defined
 * name; so older perpetual Excel (2021 and earlier) keeps the extent of the day the template was applied.
 */
export function queueChart(sheet: Excel.Worksheet, c: ChartPlan): void {
  const chart = sheet.charts.add(chartType(c) as Excel.ChartType, byIndexes(sheet, c.source), 'Columns' as Excel.ChartSeriesBy);
  chart.title.text = c.title;
  chart.setPosition(byIndexes(sheet, { row: c.anchor.row, col: c.anchor.col, rows: 1, cols: 1 }));
  chart.width = c.width * 0.75;
  chart.height = c.height * 0.75;
  chart.legend.position = 'Bottom' as Excel.ChartLegendPosition;
  if (c.percent) chart.axes.valueAxis.numberFormat = '0%';
  if (c.kind === 'line') chart.axes.categoryAxis.numberFormat = 'yyyy-mm-dd';
  (c.colors ?? []).forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
}

function queueSheet(ctx: Ctx, p: SheetPlan): void {
  const sheet = ctx.workbook.worksheets.add(p.name);
  // Tables first, then their contents: the header row names the columns, the fills become calculated columns.
  for (const t of p.tables ?? []) {
    const table = sheet.tables.add(byIndexes(sheet, t.range), true);
    table.name = t.name;
    if (t.style) table.style = t.style;
  }
  for (const b of p.blocks) queueBlock(sheet, b);
  for (const f of p.fills ?? []) queueFill(sheet, f);
  for (const f of p.numberFormats ?? []) byIndexes(sheet, f.range).numberFormat = fill(f.range.rows, f.range.cols, f.format);
  for (const v of p.validations ?? []) {
    const dv = byIndexes(sheet, v.range).dataValidation;
    dv.rule = validationRule(v);
    if (v.help) dv.prompt = { showPrompt: true, title: 'Goalpost', message: v.help.slice(0, 255) };
  }
  for (const r of p.bold ?? []) byIndexes(sheet, r).format.font.bold = true;
  // Column widths are in points in Excel; the plan gives pixels.
  for (const [c, px] of Object.entries(p.columnWidths ?? {})) byIndexes(sheet, { row: 0, col: Number(c), rows: 1, cols: 1 }).format.columnWidth = px * 0.75;
  if (p.freezeRows) sheet.freezePanes.freezeRows(p.freezeRows);
  for (const r of p.conditionalRules ?? []) queueRule(sheet, r);
  for (const c of p.charts ?? []) queueChart(sheet, c);
}

/**
 * Sheet and table names (sync 1), then the used values of the sheets asked for and where each table stands (sync 2;
 * skipped when there is nothing to read). Table names are workbook-wide, so the core needs them all to pick free ones.
 */
export async function readSnapshot(ctx: Ctx, which: (names: string[]) => string[], alsoRules = false) {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  await ctx.sync();
  const sheetNames = sheets.items.map((s) => s.name);
  const wanted = which(sheetNames);
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load('rowIndex,rowCount');
    const ws = t.worksheet;
    ws.load('name');
    return { name: t.name, range, ws };
  });
  const used = wanted.map((n) => {
    const range = sheets.getItem(n).getUsedRangeOrNullObject(true);
    range.load('values');
    const rules = alsoRules ? sheets.getItem(n).getRange().conditionalFormats : undefined;
    rules?.load('items/customOrNullObject/rule/formula');
    return { n, range, rules };
  });
  if (wanted.length || tableRanges.length) await ctx.sync();
  const values: Record<string, unknown[][]> = {};
  const rules: Record<string, Excel.ConditionalFormatCollection> = {};
  for (const u of used) {
    values[u.n] = u.range.isNullObject ? [] : u.range.values;
    if (u.rules) rules[u.n] = u.rules;
  }
  const extents = tableRanges.map((t) => ({ name: t.name, sheet: t.ws.name, row: t.range.rowIndex, rows: t.range.rowCount }));
  return { snapshot: { sheetNames, values, tables: extents, activeSheet: active.name } as WorkbookSnapshot, rules };
}

/** Queue a whole plan (new sheets, writes into empty cells, selection); the caller syncs once. */
export function queuePlan(ctx: Ctx, plan: WorkbookPlan, existing: string[]): void {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (const p of plan.addSheets) {
    if (taken.has(p.name.toLowerCase())) throw new Error(`A sheet named "${p.name}" exists already; nothing was changed.`);
  }
  // Only when adding sheets: a check-in's single append need not pause calculation.
  if (plan.addSheets.length) ctx.application.suspendApiCalculationUntilNextSync();
  for (const p of plan.addSheets) queueSheet(ctx, p);
  for (const w of plan.writes ?? []) {
    const sheet = ctx.workbook.worksheets.getItem(w.sheet);
    for (const b of w.blocks) queueBlock(sheet, b);
    for (const f of w.numberFormats ?? []) byIndexes(sheet, f.range).numberFormat = fill(f.range.rows, f.range.cols, f.format);
  }
  if (plan.select) queueSelect(ctx, plan.select.sheet, plan.select.row, plan.select.col);
}

/** Delete exactly our rules (the marker in their formula), add the new set, write the as-of date; keep the user's rules. */
export function queueRefresh(ctx: Ctx, plan: RefreshPlan, loaded: Record<string, Excel.ConditionalFormatCollection>): void {
  for (const s of plan.sheets) {
    const sheet = ctx.workbook.worksheets.getItem(s.name);
    for (const cf of loaded[s.name]?.items ?? []) {
      const custom = cf.customOrNullObject;
      if (!custom.isNullObject && hasMarker(custom.rule.formula)) cf.delete();
    }
    for (const r of s.rules) queueRule(sheet, r);
  }
  for (const w of plan.writes) {
    const sheet = ctx.workbook.worksheets.getItem(w.sheet);
    for (const b of w.blocks) queueBlock(sheet, b);
  }
}

export function queueSelect(ctx: Ctx, sheet: string, row: number, col: number): void {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRangeByIndexes(row, col, 1, 1).select();
}

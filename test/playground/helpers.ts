/** A playground workbook on a fresh HyperFormula, and a hand-made plan shaped like the cascade template's. */
import { withMarker, type ConditionalRule, type WorkbookPlan } from '../../shared/host/plan';
import { createPlaygroundWorkbook } from '../../src/playground/engine';
import type { PlaygroundWorkbook } from '../../src/playground/workbook';

export function newWorkbook(): PlaygroundWorkbook {
  return createPlaygroundWorkbook();
}

export const GREEN = { fill: '#C6EFCE', font: '#006100' };
export const YELLOW = { fill: '#FFEB9C', font: '#9C5700' };
export const RED = { fill: '#FFC7CE', font: '#9C0006' };

/** Traffic-light rules over D2:D(n+1), thresholds read from Settings like the template's. */
export function statusRules(rows: number, sheet = 'KPIs'): ConditionalRule[] {
  void sheet;
  const range = { row: 1, col: 3, rows, cols: 1 };
  return [
    { range, formula: withMarker('AND(ISNUMBER(D2),D2>=Settings!$B$1)'), ...GREEN },
    { range, formula: withMarker('AND(ISNUMBER(D2),D2<Settings!$B$1,D2>=Settings!$B$2)'), ...YELLOW },
    { range, formula: withMarker('AND(ISNUMBER(D2),D2<Settings!$B$2)'), ...RED },
  ];
}

/** Settings (green at, yellow at, as of) and KPIs (name, actual, target, attainment, owner) with three KPIs. */
export function handMadePlan(kpis = 'KPIs', settings = 'Settings'): WorkbookPlan {
  return {
    addSheets: [
      {
        name: settings,
        blocks: [{ row: 0, col: 0, cells: [['Green at', 1], ['Yellow at', 0.9], ['As of', { date: '2025-03-01' }]] }],
        numberFormats: [{ range: { row: 0, col: 1, rows: 2, cols: 1 }, format: '0%' }],
      },
      {
        name: kpis,
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ['KPI', 'Actual', 'Target', 'Attainment', 'Note'],
              ['Revenue', 105, 100, { formula: '=B2/C2' }, '=not a formula'],
              ['Units', 95, 100, { formula: '=B3/C3' }, '+1 is text'],
              ['NPS', 30, 50, { formula: '=B4/C4' }, '@owner'],
            ],
          },
        ],
        numberFormats: [{ range: { row: 1, col: 3, rows: 3, cols: 1 }, format: '0%' }],
        conditionalRules: statusRules(3).map((r) => ({ ...r, formula: r.formula.replace(/Settings!/g, `${settings}!`) })),
        bold: [{ row: 0, col: 0, rows: 1, cols: 5 }],
        columnWidths: { 0: 160 },
        freezeRows: 1,
      },
    ],
    select: { sheet: kpis, row: 1, col: 3 },
  };
}

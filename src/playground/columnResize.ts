/**
 * Column widths set by hand: drag the right edge of a column letter, or double-click it to fit the column's content.
 * Widths are pixels in the sheet's meta.columnWidths (what persistence saves and the .xlsx export writes).
 */
import { cellDisplay } from './cellDisplay';
import type { PlaygroundWorkbook } from './workbook';

export const MIN_COL_WIDTH = 16;
/** Excel's widest column is 255 characters; 1,800 px is about that at the grid's font. */
export const MAX_COL_WIDTH = 1800;
/** The cell's padding and border (playground.css .cell: 4 px each side, 1 px border) plus a little air. */
const CELL_CHROME = 14;
/** Fitting reads at most this many rows: enough for any Goalpost sheet, and a double-click stays instant. */
const FIT_ROWS = 5000;

export const clampWidth = (px: number): number => Math.round(Math.min(MAX_COL_WIDTH, Math.max(MIN_COL_WIDTH, px)));

/** The width that shows every cell of the column in full, given how wide a text is drawn (bold or not). */
export function fitWidth(wb: PlaygroundWorkbook, sheet: string, col: number, measure: (text: string, bold: boolean) => number): number {
  const rows = Math.min(wb.size(sheet).rows, FIT_ROWS);
  let widest = 0;
  for (let row = 0; row < rows; row++) {
    const text = cellDisplay(wb, sheet, row, col).text;
    if (text) widest = Math.max(widest, measure(text, wb.isBold(sheet, row, col)));
  }
  return clampWidth(widest === 0 ? 0 : widest + CELL_CHROME);
}

export function setColumnWidth(wb: PlaygroundWorkbook, sheet: string, col: number, px: number): void {
  const width = clampWidth(px);
  if (wb.meta(sheet).columnWidths[col] === width) return;
  wb.updateMeta(sheet, (m) => (m.columnWidths[col] = width));
}

/** Measures text with the font the grid's cells are drawn in (a canvas, so nothing is added to the page). */
export function textMeasurer(doc: Document, sample: Element | null): (text: string, bold: boolean) => number {
  const ctx = doc.createElement('canvas').getContext('2d');
  const style = sample ? doc.defaultView?.getComputedStyle(sample) : undefined;
  const font = style ? `${style.fontSize} ${style.fontFamily}` : '13px sans-serif';
  return (text, bold) => {
    if (!ctx) return text.length * 7; // no canvas (a test DOM): about 7 px a character
    ctx.font = `${bold ? '600 ' : ''}${font}`;
    return ctx.measureText(text).width;
  };
}

/** Follow a drag that started on a column's edge: live width while the mouse moves, the final width on release. */
export function dragColumnEdge(doc: Document, startX: number, startWidth: number, onMove: (px: number) => void, onDone: (px: number) => void): void {
  const at = (e: MouseEvent) => clampWidth(startWidth + e.clientX - startX);
  const move = (e: MouseEvent) => onMove(at(e));
  const up = (e: MouseEvent) => {
    doc.removeEventListener('mousemove', move);
    doc.removeEventListener('mouseup', up);
    onDone(at(e));
  };
  doc.addEventListener('mousemove', move);
  doc.addEventListener('mouseup', up);
}

export interface ColumnEdgeHandlers {
  /** The column's width on screen when a drag starts. */
  widthOf(col: number): number;
  /** Show the column this wide while the mouse moves (undefined: the drag is over). */
  preview(col: number, px: number | undefined): void;
  /** Keep the width (on release, when it changed). */
  commit(col: number, px: number): void;
  /** A double-click on the edge. */
  fit(col: number): void;
  /** Give the focus back to the grid, so that Ctrl+Z right after works. */
  focus(): void;
}

const edgeAt = (e: Event): number | undefined => {
  const edge = (e.target as HTMLElement | null)?.closest?.('.col-resize') as HTMLElement | null;
  return edge?.dataset.col === undefined ? undefined : Number(edge.dataset.col);
};

/** Drags and double-clicks on the column edges (elements .col-resize with data-col) inside the column letters. */
export function listenToColumnEdges(headers: HTMLElement, doc: Document, h: ColumnEdgeHandlers): void {
  headers.addEventListener('mousedown', (e) => {
    const col = edgeAt(e);
    if (col === undefined || e.button !== 0) return;
    e.preventDefault();
    h.focus();
    if (e.detail > 1) return; // the second press of a double-click: that fits the column
    const start = h.widthOf(col);
    dragColumnEdge(
      doc,
      e.clientX,
      start,
      (px) => h.preview(col, px),
      (px) => {
        h.preview(col, undefined);
        if (px !== start) h.commit(col, px);
      },
    );
  });
  headers.addEventListener('dblclick', (e) => {
    const col = edgeAt(e);
    if (col === undefined) return;
    e.preventDefault();
    h.fit(col);
    h.focus();
  });
}

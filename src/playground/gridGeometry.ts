/** Where rows and columns of the grid are on screen: fixed row height, per-column widths from the sheet. */
export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 48;
export const DEFAULT_COL_WIDTH = 96;
/** Empty rows and columns shown past the used range, so there is room to type. */
export const SPARE_ROWS = 60;
export const SPARE_COLS = 6;
export const MIN_ROWS = 100;
export const MIN_COLS = 26;

export class GridGeometry {
  private lefts: number[] = [0];

  constructor(
    readonly rows: number,
    readonly cols: number,
    private readonly widths: Record<number, number>,
  ) {
    for (let c = 0; c < cols; c++) this.lefts.push(this.lefts[c] + this.width(c));
  }

  /** Grid size for a sheet whose used range is usedRows x usedCols (and a selection that may lie beyond it). */
  static forSheet(used: { rows: number; cols: number }, widths: Record<number, number>, selected?: { row: number; col: number }): GridGeometry {
    const rows = Math.max(MIN_ROWS, used.rows + SPARE_ROWS, (selected?.row ?? 0) + SPARE_ROWS);
    const cols = Math.max(MIN_COLS, used.cols + SPARE_COLS, (selected?.col ?? 0) + SPARE_COLS);
    return new GridGeometry(rows, cols, widths);
  }

  width(col: number): number {
    const w = this.widths[col];
    return typeof w === 'number' && w > 0 ? w : DEFAULT_COL_WIDTH;
  }

  left(col: number): number {
    return this.lefts[Math.min(col, this.cols)];
  }

  top(row: number): number {
    return row * ROW_HEIGHT;
  }

  get totalWidth(): number {
    return this.lefts[this.cols];
  }

  get totalHeight(): number {
    return this.rows * ROW_HEIGHT;
  }

  /** The rows that are (at least partly) visible in a viewport, plus a few either side. */
  visibleRows(scrollTop: number, viewportHeight: number, overscan = 5): { first: number; last: number } {
    const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan);
    const last = Math.min(this.rows - 1, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + overscan);
    return { first, last };
  }

  /** The columns that are visible in a viewport, plus one either side. */
  visibleCols(scrollLeft: number, viewportWidth: number): { first: number; last: number } {
    let first = 0;
    while (first < this.cols - 1 && this.lefts[first + 1] <= scrollLeft) first++;
    let last = first;
    while (last < this.cols - 1 && this.lefts[last + 1] < scrollLeft + viewportWidth) last++;
    return { first: Math.max(0, first - 1), last: Math.min(this.cols - 1, last + 1) };
  }
}

/**
 * The spreadsheet grid: column letters, row numbers and the cells of the selected sheet, only the visible rows and
 * columns in the DOM. Click a cell to select it; drag, Shift+click or Shift+arrows select a range; type to replace it,
 * F2 or double-click to edit it, Enter commits and moves down, Tab right, Escape cancels; arrows, Home, Page Up/Down
 * move; Delete clears the range, Ctrl+C copies it; paste tab/newline separated text at the selected cell. Ctrl+Z undoes,
 * Ctrl+Y / Ctrl+Shift+Z redoes; Ctrl+Shift+= inserts rows above the selected ones, Ctrl+- deletes them (so does the menu
 * of a right-click on a row number); drag a column letter's right edge to resize it, double-click the edge to fit.
 * Cells show text with textContent only.
 */
import { listenToColumnEdges, textMeasurer } from './columnResize';
import { ConditionalStyleCache } from './conditionalFormats';
import { cellDisplay } from './cellDisplay';
import { cellInputText } from './cellInputText';
import { address } from './formulaShift';
import { colLetter } from '../../shared/host/plan';
import { GridCommands } from './gridCommands';
import { GridGeometry, ROW_HEIGHT } from './gridGeometry';
import { attachFunctionHints } from './hintPopup';
import { parsePastedText } from './pasteText';
import { RowMenu } from './rowMenu';
import type { CellPosition, Selection } from './selection';
import type { CellInput, PlaygroundWorkbook } from './workbook';

type EditMode = 'replace' | 'edit';

export interface GridEvents {
  /** The text being typed into the cell editor (the formula bar mirrors it). */
  onEditorInput?(text: string): void;
  /** Something went wrong that the user should read (e.g. a paste too large). */
  onError?(message: string): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string): HTMLElementTagNameMap[K] => {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  return e;
};

export class GridView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly cellsLayer: HTMLElement;
  private readonly colHeaders: HTMLElement;
  private readonly rowHeaders: HTMLElement;
  private readonly selectionBox: HTMLElement;
  /** Frozen rows (the plan's freezeRows): drawn over the top of the scrolling cells, scrolled sideways only. */
  private readonly frozenCells: HTMLElement;
  private readonly frozenInner: HTMLElement;
  private readonly frozenSelection: HTMLElement;
  private readonly frozenRowHeads: HTMLElement;
  private frozen = 0;
  private readonly editor: HTMLInputElement;
  private readonly styles: ConditionalStyleCache;
  private geometry: GridGeometry;
  private shownSheet = '';
  private editMode: EditMode | null = null;
  private renderQueued = false;
  /** A column being resized: its width follows the mouse here, and is written to the sheet once, on release. */
  private dragWidth?: { col: number; px: number };
  private readonly rowMenu: RowMenu;
  private readonly commands: GridCommands;

  constructor(
    private readonly wb: PlaygroundWorkbook,
    private readonly selection: Selection,
    private readonly events: GridEvents = {},
    private readonly doc: Document = document,
  ) {
    this.styles = new ConditionalStyleCache(wb);
    this.element = el(doc, 'div', 'grid');
    const corner = el(doc, 'div', 'grid-corner');
    this.colHeaders = el(doc, 'div', 'grid-col-headers');
    this.rowHeaders = el(doc, 'div', 'grid-row-headers');
    this.colHeaders.setAttribute('aria-hidden', 'true');
    this.rowHeaders.setAttribute('aria-hidden', 'true');
    this.body = el(doc, 'div', 'grid-body');
    this.body.tabIndex = 0;
    this.body.setAttribute('role', 'grid');
    this.body.dataset.testid = 'grid';
    this.canvas = el(doc, 'div', 'grid-canvas');
    this.cellsLayer = el(doc, 'div', 'grid-cells');
    this.selectionBox = el(doc, 'div', 'grid-selection');
    this.editor = el(doc, 'input', 'cell-editor');
    this.editor.type = 'text';
    this.editor.spellcheck = false;
    this.editor.autocomplete = 'off';
    this.editor.setAttribute('aria-label', 'Cell editor');
    this.editor.hidden = true;
    this.canvas.append(this.cellsLayer, this.selectionBox, this.editor);
    this.body.append(this.canvas);
    this.frozenCells = el(doc, 'div', 'grid-frozen');
    this.frozenInner = el(doc, 'div', 'grid-frozen-inner');
    this.frozenSelection = el(doc, 'div', 'grid-selection');
    this.frozenRowHeads = el(doc, 'div', 'grid-frozen-row-headers');
    this.frozenRowHeads.setAttribute('aria-hidden', 'true');
    this.frozenCells.append(this.frozenInner);
    this.element.append(corner, this.colHeaders, this.rowHeaders, this.body, this.frozenCells, this.frozenRowHeads);
    this.geometry = new GridGeometry(0, 0, {});
    this.rowMenu = new RowMenu(doc);
    this.commands = new GridCommands(wb, selection, (message) => this.events.onError?.(message));

    this.body.addEventListener('scroll', () => this.scheduleRender());
    this.body.addEventListener('keydown', (e) => this.onGridKey(e));
    for (const area of [this.body, this.frozenCells]) {
      area.addEventListener('mousedown', (e) => this.onMouseDown(e));
      area.addEventListener('dblclick', (e) => {
        if (this.cellAt(e)) this.startEdit('edit');
      });
    }
    listenToColumnEdges(this.colHeaders, doc, {
      widthOf: (col) => this.geometry.width(col),
      preview: (col, px) => {
        // A press without a move (the first half of a double-click) shows nothing new: drawing the headers again then
        // would replace the edge under the mouse, and the browser would not see the second press as a double-click.
        if (px === undefined && this.dragWidth === undefined) return;
        this.dragWidth = px === undefined ? undefined : { col, px };
        this.scheduleRender();
      },
      commit: (col, px) => this.commands.setWidth(col, px),
      fit: (col) => this.commands.fitColumn(col, textMeasurer(doc, this.cellsLayer.querySelector('.cell'))),
      focus: () => this.focus(),
    });
    for (const heads of [this.rowHeaders, this.frozenRowHeads]) {
      heads.addEventListener('mousedown', (e) => this.onRowHeaderDown(e));
      heads.addEventListener('contextmenu', (e) => this.onContextMenu(e, this.rowHeaderAt(e), true));
    }
    this.element.addEventListener('contextmenu', (e) => {
      const cell = this.cellAt(e);
      if (cell) this.onContextMenu(e, cell.row, false);
    });
    this.body.addEventListener('paste', (e) => this.onPaste(e));
    this.body.addEventListener('copy', (e) => this.onCopy(e));
    this.editor.addEventListener('keydown', (e) => this.onEditorKey(e));
    this.editor.addEventListener('input', () => this.events.onEditorInput?.(this.editor.value));
    this.editor.addEventListener('blur', () => {
      if (this.editMode) this.commitEdit(0, 0, false);
    });
    // Function list and argument hints while a formula is typed in the cell (hintPopup.ts).
    attachFunctionHints(this.editor);
    wb.onChange(() => this.scheduleRender());
    selection.onChange((p) => this.onSelectionChange(p));
    doc.defaultView?.addEventListener('resize', () => this.scheduleRender());
  }

  get isEditing(): boolean {
    return this.editMode !== null;
  }

  focus(): void {
    this.body.focus({ preventScroll: true });
  }

  scheduleRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    const run = () => {
      this.renderQueued = false;
      this.render();
    };
    const win = this.doc.defaultView;
    if (win?.requestAnimationFrame) win.requestAnimationFrame(run);
    else setTimeout(run, 0);
  }

  /** Draw the visible part of the selected sheet. */
  render(): void {
    const sel = this.selection.get();
    if (!this.wb.hasSheet(sel.sheet)) {
      const first = this.wb.sheetNames()[0];
      if (first) this.selection.set({ sheet: first, row: 0, col: 0 });
      return;
    }
    const sheet = sel.sheet;
    const meta = this.wb.meta(sheet);
    const widths = this.dragWidth ? { ...meta.columnWidths, [this.dragWidth.col]: this.dragWidth.px } : meta.columnWidths;
    this.geometry = GridGeometry.forSheet(this.wb.size(sheet), widths, sel);
    const g = this.geometry;
    this.body.setAttribute('aria-label', `Sheet ${sheet}`);
    this.canvas.style.width = `${g.totalWidth}px`;
    this.canvas.style.height = `${g.totalHeight}px`;

    this.frozen = Math.min(meta.freezeRows ?? 0, 20);
    const rows = g.visibleRows(this.body.scrollTop, this.body.clientHeight || 600);
    const cols = g.visibleCols(this.body.scrollLeft, this.body.clientWidth || 1000);
    const firstRow = Math.max(rows.first, this.frozen);
    const cells = this.doc.createDocumentFragment();
    if (firstRow <= rows.last) {
      const area = { row: firstRow, col: cols.first, rows: rows.last - firstRow + 1, cols: cols.last - cols.first + 1 };
      const styles = this.styles.stylesFor(sheet, area);
      for (let r = firstRow; r <= rows.last; r++) cells.append(this.makeRow(sheet, r, cols, styles, sel));
    }
    this.cellsLayer.replaceChildren(cells);

    const frozenRows = this.doc.createDocumentFragment();
    if (this.frozen > 0) {
      const styles = this.styles.stylesFor(sheet, { row: 0, col: cols.first, rows: this.frozen, cols: cols.last - cols.first + 1 });
      for (let r = 0; r < this.frozen; r++) frozenRows.append(this.makeRow(sheet, r, cols, styles, sel));
    }
    this.frozenInner.replaceChildren(frozenRows, this.frozenSelection);
    this.frozenCells.hidden = this.frozenRowHeads.hidden = this.frozen === 0;
    this.frozenCells.style.height = this.frozenRowHeads.style.height = `${this.frozen * ROW_HEIGHT}px`;
    this.frozenCells.style.width = `${this.body.clientWidth || 1000}px`;
    this.frozenInner.style.width = `${g.totalWidth}px`;
    this.frozenInner.style.transform = `translateX(${-this.body.scrollLeft}px)`;

    this.renderHeaders({ first: firstRow, last: rows.last }, cols);
    this.placeSelection(sel);
    if (sheet !== this.shownSheet) this.shownSheet = sheet;
  }

  /** One row of cells (the visible columns), each showing its text through textContent. */
  private makeRow(sheet: string, r: number, cols: { first: number; last: number }, styles: Map<string, { fill: string; font: string }>, sel: CellPosition): HTMLElement {
    const g = this.geometry;
    const line = el(this.doc, 'div', 'grid-row');
    line.setAttribute('role', 'row');
    line.setAttribute('aria-rowindex', String(r + 1));
    line.style.top = `${g.top(r)}px`;
    line.style.height = `${ROW_HEIGHT}px`;
    for (let c = cols.first; c <= cols.last; c++) {
      const cell = el(this.doc, 'div', 'cell');
      const shown = cellDisplay(this.wb, sheet, r, c);
      cell.setAttribute('role', 'gridcell');
      cell.setAttribute('aria-colindex', String(c + 1));
      cell.dataset.addr = address(r, c);
      cell.dataset.row = String(r);
      cell.dataset.col = String(c);
      cell.style.left = `${g.left(c)}px`;
      cell.style.width = `${g.width(c)}px`;
      cell.textContent = shown.text;
      cell.classList.add(`align-${shown.align}`);
      if (shown.error) cell.classList.add('cell-error');
      if (shown.title) cell.title = shown.title;
      if (this.wb.isBold(sheet, r, c)) cell.classList.add('bold');
      const style = styles.get(`${r},${c}`);
      if (style) {
        cell.style.backgroundColor = style.fill;
        cell.style.color = style.font;
        cell.dataset.fill = style.fill.toUpperCase();
      }
      if (r === sel.row && c === sel.col) cell.setAttribute('aria-selected', 'true');
      line.append(cell);
    }
    return line;
  }

  private renderHeaders(rows: { first: number; last: number }, cols: { first: number; last: number }): void {
    const g = this.geometry;
    const range = this.selection.range();
    const inRows = (r: number) => r >= range.row && r < range.row + range.rows;
    const colInner = el(this.doc, 'div', 'grid-col-headers-inner');
    colInner.style.width = `${g.totalWidth}px`;
    colInner.style.transform = `translateX(${-this.body.scrollLeft}px)`;
    for (let c = cols.first; c <= cols.last; c++) {
      const h = el(this.doc, 'div', 'col-header');
      h.textContent = colLetter(c);
      h.style.left = `${g.left(c)}px`;
      h.style.width = `${g.width(c)}px`;
      if (c >= range.col && c < range.col + range.cols) h.classList.add('active');
      const edge = el(this.doc, 'div', 'col-resize');
      edge.dataset.col = String(c);
      edge.title = `Drag to resize column ${colLetter(c)}; double-click to fit its content`;
      h.append(edge);
      colInner.append(h);
    }
    this.colHeaders.replaceChildren(colInner);

    const rowInner = el(this.doc, 'div', 'grid-row-headers-inner');
    rowInner.style.transform = `translateY(${-this.body.scrollTop}px)`;
    for (let r = rows.first; r <= rows.last; r++) {
      const h = el(this.doc, 'div', 'row-header');
      h.textContent = String(r + 1);
      h.dataset.row = String(r);
      h.style.top = `${g.top(r)}px`;
      if (inRows(r)) h.classList.add('active');
      rowInner.append(h);
    }
    this.rowHeaders.replaceChildren(rowInner);

    const frozenHeads = this.doc.createDocumentFragment();
    for (let r = 0; r < this.frozen; r++) {
      const h = el(this.doc, 'div', 'row-header');
      h.textContent = String(r + 1);
      h.dataset.row = String(r);
      h.style.top = `${g.top(r)}px`;
      if (inRows(r)) h.classList.add('active');
      frozenHeads.append(h);
    }
    this.frozenRowHeads.replaceChildren(frozenHeads);
  }

  private placeSelection(sel: CellPosition): void {
    const g = this.geometry;
    const inFrozen = sel.row < this.frozen;
    // The outline goes round the whole range; a range over the frozen rows and below them shows in both layers.
    const range = this.selection.range();
    for (const box of [this.selectionBox, this.frozenSelection]) {
      box.style.left = `${g.left(range.col)}px`;
      box.style.top = `${g.top(range.row)}px`;
      box.style.width = `${g.left(Math.min(range.col + range.cols, g.cols)) - g.left(range.col)}px`;
      box.style.height = `${range.rows * ROW_HEIGHT}px`;
      box.classList.toggle('range', range.rows > 1 || range.cols > 1);
    }
    this.selectionBox.hidden = range.row + range.rows <= this.frozen;
    this.frozenSelection.hidden = range.row >= this.frozen;
    // The editor lives in the scrolling cells; over a frozen row it follows the scroll so it stays on that row.
    this.editor.style.left = `${g.left(sel.col)}px`;
    this.editor.style.top = `${g.top(sel.row) + (inFrozen ? this.body.scrollTop : 0)}px`;
    this.editor.style.height = `${ROW_HEIGHT}px`;
    this.editor.style.width = `${Math.max(g.width(sel.col), 120)}px`;
  }

  private onSelectionChange(p: CellPosition): void {
    if (this.editMode) this.commitEdit(0, 0, false);
    if (p.sheet !== this.shownSheet) {
      this.body.scrollTop = 0;
      this.body.scrollLeft = 0;
    }
    this.render();
    // Scroll to the corner that moved last; whole rows scroll up or down only.
    const corner = this.selection.extent();
    if (this.selection.wholeRows) this.ensureVisible(corner.row, undefined);
    else this.ensureVisible(corner.row, corner.col);
  }

  /** Scroll so that the cell is in view. */
  ensureVisible(row: number, col: number | undefined): void {
    const g = this.geometry;
    const top = g.top(row);
    const left = g.left(col ?? 0);
    const b = this.body;
    const height = b.clientHeight || 600;
    const width = b.clientWidth || 1000;
    const covered = this.frozen * ROW_HEIGHT; // frozen rows cover the top of the viewport
    if (row >= this.frozen) {
      if (top < b.scrollTop + covered) b.scrollTop = top - covered;
      else if (top + ROW_HEIGHT > b.scrollTop + height) b.scrollTop = top + ROW_HEIGHT - height;
    }
    if (col === undefined) return;
    if (left < b.scrollLeft) b.scrollLeft = left;
    else if (left + g.width(col) > b.scrollLeft + width) b.scrollLeft = left + g.width(col) - width;
  }

  /** Select a cell of the shown sheet, clamped to the sheet. */
  moveTo(row: number, col: number): void {
    const s = this.selection.get();
    this.selection.set({ sheet: s.sheet, row: Math.max(0, row), col: Math.max(0, Math.min(col, 16383)) });
  }

  private move(dRow: number, dCol: number): void {
    const s = this.selection.get();
    this.moveTo(s.row + dRow, s.col + dCol);
  }

  private cellAt(e: Event): { row: number; col: number } | undefined {
    const target = (e.target as HTMLElement | null)?.closest?.('.cell') as HTMLElement | null;
    if (!target || target.dataset.row === undefined) return undefined;
    return { row: Number(target.dataset.row), col: Number(target.dataset.col) };
  }

  private onMouseDown(e: MouseEvent): void {
    if (e.target === this.editor) return;
    const cell = this.cellAt(e);
    if (!cell) return;
    if (e.button !== 0) return; // a right-click keeps the selection (its menu acts on it)
    e.preventDefault(); // keep the focus on the grid, not on the cell div
    if (this.editMode) this.commitEdit(0, 0, false);
    if (e.shiftKey) this.selection.extendTo(cell.row, cell.col);
    else this.moveTo(cell.row, cell.col);
    this.focus();
    this.followDrag((over) => this.selection.extendTo(over.row, over.col));
  }

  /** While the button is down, the cell under the mouse is the selection's other corner. */
  private followDrag(extend: (cell: { row: number; col: number }) => void): void {
    const move = (e: MouseEvent) => {
      const over = this.cellAt(e);
      if (over) extend(over);
    };
    const up = () => {
      this.doc.removeEventListener('mousemove', move);
      this.doc.removeEventListener('mouseup', up);
    };
    this.doc.addEventListener('mousemove', move);
    this.doc.addEventListener('mouseup', up);
  }

  private rowHeaderAt(e: Event): number | undefined {
    const head = (e.target as HTMLElement | null)?.closest?.('.row-header') as HTMLElement | null;
    return head?.dataset.row === undefined ? undefined : Number(head.dataset.row);
  }

  /** A row number selects its whole row (Shift: from the active row to it; a drag: the rows passed over). */
  private onRowHeaderDown(e: MouseEvent): void {
    const row = this.rowHeaderAt(e);
    if (row === undefined || e.button !== 0) return;
    e.preventDefault();
    if (this.editMode) this.commitEdit(0, 0, false);
    const sheet = this.selection.get().sheet;
    const from = e.shiftKey ? this.selection.get().row : row;
    this.selection.selectRows(sheet, from, row);
    this.focus();
    const move = (m: MouseEvent) => {
      const over = this.rowHeaderAt(m) ?? this.cellAt(m)?.row;
      if (over !== undefined) this.selection.selectRows(sheet, from, over);
    };
    const up = () => {
      this.doc.removeEventListener('mousemove', move);
      this.doc.removeEventListener('mouseup', up);
    };
    this.doc.addEventListener('mousemove', move);
    this.doc.addEventListener('mouseup', up);
  }

  /**
   * Right-click on a row number or a cell: the row menu, for the selected rows. As in Excel, a row number outside a
   * selection of whole rows selects its row first, and a cell outside the selected range selects that cell's row.
   */
  private onContextMenu(e: MouseEvent, row: number | undefined, onRowNumber: boolean): void {
    if (row === undefined) return;
    e.preventDefault();
    if (this.editMode) this.commitEdit(0, 0, false);
    const range = this.selection.range();
    const inside = row >= range.row && row < range.row + range.rows;
    if (onRowNumber && !(inside && this.selection.wholeRows)) this.selection.selectRows(this.selection.get().sheet, row, row);
    else if (!inside) this.moveTo(row, this.selection.get().col);
    const { row: first, rows } = this.selection.range();
    this.rowMenu.show(
      e.pageX,
      e.pageY,
      first,
      rows,
      {
        insertAbove: () => this.commands.insertRows('above'),
        insertBelow: () => this.commands.insertRows('below'),
        remove: () => this.commands.removeRows(),
      },
      () => this.focus(),
    );
  }

  private onGridKey(e: KeyboardEvent): void {
    if (e.target === this.editor) return;
    const ctrl = e.ctrlKey || e.metaKey;
    const command = ctrl ? this.commands.forCtrlKey(e) : undefined;
    if (command) {
      e.preventDefault();
      command();
      return;
    }
    const sel = this.selection.get();
    const used = this.wb.size(sel.sheet);
    if (e.shiftKey && !ctrl && e.key.startsWith('Arrow')) {
      // Shift+arrow moves the range's other corner; the active cell stays.
      e.preventDefault();
      const corner = this.selection.extent();
      const d = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key] ?? [0, 0];
      this.selection.extendTo(corner.row + d[0], corner.col + d[1]);
      return;
    }
    const page = Math.max(1, Math.floor((this.body.clientHeight || 600) / ROW_HEIGHT) - 1);
    // Ctrl+arrow goes to the edge of the used range, as far as a playground needs.
    const actions: Record<string, () => void> = {
      ArrowUp: () => (ctrl ? this.moveTo(0, sel.col) : this.move(-1, 0)),
      ArrowDown: () => (ctrl ? this.moveTo(Math.max(0, used.rows - 1), sel.col) : this.move(1, 0)),
      ArrowLeft: () => (ctrl ? this.moveTo(sel.row, 0) : this.move(0, -1)),
      ArrowRight: () => (ctrl ? this.moveTo(sel.row, Math.max(0, used.cols - 1)) : this.move(0, 1)),
      Enter: () => this.move(e.shiftKey ? -1 : 1, 0),
      Tab: () => this.move(0, e.shiftKey ? -1 : 1),
      Home: () => this.moveTo(ctrl ? 0 : sel.row, 0),
      PageDown: () => this.move(page, 0),
      PageUp: () => this.move(-page, 0),
      F2: () => this.startEdit('edit'),
      Delete: () => this.commands.clear(),
      Backspace: () => this.commands.clear(),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    } else if (e.key.length === 1 && !ctrl && !e.altKey && !e.isComposing) {
      e.preventDefault();
      this.startEdit('replace', e.key);
    }
  }

  /** Open the cell editor on the selected cell: 'replace' starts from the typed key, 'edit' from the cell's content. */
  startEdit(mode: EditMode, initial?: string): void {
    const s = this.selection.get();
    this.editMode = mode;
    this.editor.value = mode === 'replace' ? (initial ?? '') : cellInputText(this.wb, s.sheet, s.row, s.col);
    this.placeSelection(s);
    this.editor.hidden = false;
    this.editor.focus({ preventScroll: true });
    const end = this.editor.value.length;
    this.editor.setSelectionRange(end, end);
    this.events.onEditorInput?.(this.editor.value);
  }

  private onEditorKey(e: KeyboardEvent): void {
    e.stopPropagation();
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (e.key === 'Enter' && !e.altKey) {
      e.preventDefault();
      this.commitEdit(e.shiftKey ? -1 : 1, 0);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      this.commitEdit(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      this.cancelEdit();
    } else if (this.editMode === 'replace' && arrows[e.key]) {
      e.preventDefault();
      this.commitEdit(...arrows[e.key]);
    }
  }

  /** Write what the editor holds into the selected cell, then move (and keep the focus on the grid when asked). */
  commitEdit(dRow: number, dCol: number, refocus = true): void {
    if (!this.editMode) return;
    const text = this.editor.value;
    this.closeEditor();
    this.writeSelected(text === '' ? null : text);
    if (dRow || dCol) this.move(dRow, dCol);
    if (refocus) this.focus();
  }

  cancelEdit(): void {
    if (!this.editMode) return;
    this.closeEditor();
    const s = this.selection.get();
    this.events.onEditorInput?.(cellInputText(this.wb, s.sheet, s.row, s.col));
    this.focus();
  }

  private closeEditor(): void {
    this.editMode = null;
    this.editor.hidden = true;
  }

  /** Write typed input into the selected cell (unchanged input writes nothing). */
  writeSelected(input: CellInput): void {
    const s = this.selection.get();
    if (input === cellInputText(this.wb, s.sheet, s.row, s.col) || (input === null && this.wb.input(s.sheet, s.row, s.col) === null)) return;
    this.write(s, [[input]]);
  }

  /** Write a block at a cell; false (and the error said) when the workbook refused it. */
  private write(at: CellPosition, inputs: CellInput[][]): boolean {
    try {
      this.wb.setInputs(at.sheet, at.row, at.col, inputs);
      return true;
    } catch (e) {
      this.events.onError?.(e instanceof Error ? e.message : String(e));
      return false;
    }
  }

  private onPaste(e: ClipboardEvent): void {
    if (this.editMode) return;
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const rows = parsePastedText(text);
    const width = Math.max(...rows.map((r) => r.length));
    const inputs = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined || r[i] === '' ? null : r[i])));
    const at = this.selection.get();
    // As in Excel, the pasted block is selected afterwards (Ctrl+Z takes it back as one step).
    if (this.write(at, inputs)) this.selection.extendTo(at.row + inputs.length - 1, at.col + width - 1);
  }

  private onCopy(e: ClipboardEvent): void {
    if (this.editMode || !e.clipboardData) return;
    const text = this.commands.copyText();
    if (text === undefined) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  }
}


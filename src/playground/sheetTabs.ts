/**
 * The sheet tabs under the grid: one per sheet (click to show it, back at the cell last selected there) and "+" to
 * add an empty sheet.
 */
import type { CellPosition, Selection } from './selection';
import type { PlaygroundWorkbook } from './workbook';

export class SheetTabs {
  readonly element: HTMLElement;
  private readonly lastCell = new Map<string, CellPosition>();

  constructor(
    private readonly wb: PlaygroundWorkbook,
    private readonly selection: Selection,
    private readonly doc: Document = document,
  ) {
    this.element = doc.createElement('nav');
    this.element.className = 'sheet-tabs';
    this.element.setAttribute('aria-label', 'Sheets');
    wb.onChange(() => this.render());
    selection.onChange((p) => {
      this.lastCell.set(p.sheet, p);
      this.render();
    });
    this.render();
  }

  render(): void {
    const active = this.selection.get().sheet;
    const list = this.doc.createElement('div');
    list.setAttribute('role', 'tablist');
    list.className = 'sheet-tab-list';
    for (const name of this.wb.sheetNames()) {
      const tab = this.doc.createElement('button');
      tab.type = 'button';
      tab.className = 'sheet-tab';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(name === active));
      tab.textContent = name;
      tab.addEventListener('click', () => this.selection.set(this.lastCell.get(name) ?? { sheet: name, row: 0, col: 0 }));
      list.append(tab);
    }
    const add = this.doc.createElement('button');
    add.type = 'button';
    add.className = 'sheet-add';
    add.textContent = '+';
    add.title = 'Add a sheet';
    add.setAttribute('aria-label', 'Add a sheet');
    add.addEventListener('click', () => {
      let n = this.wb.sheetNames().length + 1;
      while (this.wb.hasSheet(`Sheet${n}`)) n++;
      const name = `Sheet${n}`;
      this.wb.addSheet(name);
      this.selection.set({ sheet: name, row: 0, col: 0 });
    });
    this.element.replaceChildren(list, add);
    list.querySelector<HTMLElement>('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }
}

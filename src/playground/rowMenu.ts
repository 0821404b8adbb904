/**
 * The menu a right-click on a row number (or a cell) opens: insert rows above or below the selected rows, delete them.
 * Keyboard: arrows move between the items, Enter picks, Escape closes; a click anywhere else closes it too.
 */
export interface RowMenuActions {
  insertAbove(): void;
  insertBelow(): void;
  remove(): void;
}

export class RowMenu {
  private open?: { element: HTMLElement; close: () => void };

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** Show the menu at page coordinates (x, y) for `rows` selected rows starting at row `first` (0-based). */
  show(x: number, y: number, first: number, rows: number, actions: RowMenuActions, onClose: () => void): void {
    this.close();
    const doc = this.doc;
    const menu = doc.createElement('div');
    menu.className = 'grid-menu';
    menu.setAttribute('role', 'menu');
    const what = rows === 1 ? `row ${first + 1}` : `rows ${first + 1}-${first + rows}`;
    menu.setAttribute('aria-label', `Rows: ${what}`);
    const items: [string, () => void][] = [
      [rows === 1 ? 'Insert 1 row above' : `Insert ${rows} rows above`, actions.insertAbove],
      [rows === 1 ? 'Insert 1 row below' : `Insert ${rows} rows below`, actions.insertBelow],
      [`Delete ${what}`, actions.remove],
    ];
    const buttons = items.map(([label, act]) => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'menuitem');
      b.tabIndex = -1;
      b.textContent = label;
      b.addEventListener('click', () => {
        this.close();
        act();
      });
      return b;
    });
    menu.append(...buttons);
    menu.style.left = `${x}px`;
    menu.style.top = `${y}px`;
    menu.addEventListener('keydown', (e) => {
      const now = buttons.indexOf(doc.activeElement as HTMLButtonElement);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        buttons[(now + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length].focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.close();
      }
      e.stopPropagation();
    });
    // A press outside the menu closes it (capture: before the grid selects what was pressed).
    const outside = (e: MouseEvent) => {
      if (!menu.contains(e.target as Node)) this.close();
    };
    doc.addEventListener('mousedown', outside, true);
    doc.body.append(menu);
    buttons[0].focus();
    this.open = {
      element: menu,
      close: () => {
        doc.removeEventListener('mousedown', outside, true);
        menu.remove();
        onClose();
      },
    };
  }

  close(): void {
    const open = this.open;
    this.open = undefined;
    open?.close();
  }
}

/**
 * The formula bar: a name box showing the selected cell's address (type "C12" or "KPIs!C12" and Enter to go there)
 * and the cell's content as typed (Enter writes it into the cell, Escape puts it back). While a formula is typed, the
 * function list and argument hint (hintPopup.ts); when the cell holds an error, what it means in the user's words.
 */
import { address, parseAddress } from './formulaShift';
import { cellDisplay } from './cellDisplay';
import { cellInputText } from './cellInputText';
import { attachFunctionHints } from './hintPopup';
import type { GridView } from './gridView';
import type { Selection } from './selection';
import type { PlaygroundWorkbook } from './workbook';

export class FormulaBar {
  readonly element: HTMLElement;
  private readonly nameBox: HTMLInputElement;
  private readonly input: HTMLInputElement;
  private readonly errorLine: HTMLElement;

  constructor(
    private readonly wb: PlaygroundWorkbook,
    private readonly selection: Selection,
    private readonly grid: GridView,
    doc: Document = document,
  ) {
    this.element = doc.createElement('div');
    this.element.className = 'formula-bar';
    this.nameBox = doc.createElement('input');
    this.nameBox.className = 'name-box';
    this.nameBox.setAttribute('aria-label', 'Name box');
    this.nameBox.spellcheck = false;
    const fx = doc.createElement('span');
    fx.className = 'fx';
    fx.textContent = 'fx';
    fx.setAttribute('aria-hidden', 'true');
    this.input = doc.createElement('input');
    this.input.className = 'formula-input';
    this.input.setAttribute('aria-label', 'Formula bar');
    this.input.spellcheck = false;
    this.input.autocomplete = 'off';
    this.errorLine = doc.createElement('div');
    this.errorLine.className = 'formula-error';
    this.errorLine.setAttribute('role', 'status');
    this.errorLine.dataset.testid = 'formula-error';
    this.errorLine.hidden = true;
    this.element.append(this.nameBox, fx, this.input, this.errorLine);
    attachFunctionHints(this.input);

    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        const text = this.input.value;
        grid.writeSelected(text === '' ? null : text);
        grid.focus();
        this.refresh();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.refresh(true);
        grid.focus();
      }
    });
    this.nameBox.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.goTo(this.nameBox.value);
        grid.focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.refresh(true);
        grid.focus();
      }
    });
    selection.onChange(() => this.refresh(true));
    wb.onChange(() => this.refresh());
    this.refresh(true);
  }

  /** The grid's cell editor calls this while the user types, so both show the same text. */
  mirror(text: string): void {
    this.input.value = text;
  }

  private goTo(text: string): void {
    const m = /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?(.+)$/.exec(text.trim());
    const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? this.selection.get().sheet) : undefined;
    const cell = m ? parseAddress(m[3]) : undefined;
    if (sheet && cell && this.wb.hasSheet(sheet)) this.selection.set({ sheet, ...cell });
    else this.refresh(true);
  }

  /** Show the selected cell; while the user is typing in the bar, only `force` replaces their text. */
  private refresh(force = false): void {
    const s = this.selection.get();
    if (!this.wb.hasSheet(s.sheet)) return;
    this.nameBox.value = address(s.row, s.col);
    const shown = cellDisplay(this.wb, s.sheet, s.row, s.col);
    this.errorLine.hidden = !shown.error;
    this.errorLine.textContent = shown.error ? `${shown.text}: ${shown.title ?? ''}` : '';
    const typing = this.element.ownerDocument.activeElement === this.input;
    if (this.grid.isEditing || (typing && !force)) return;
    this.input.value = cellInputText(this.wb, s.sheet, s.row, s.col);
  }
}

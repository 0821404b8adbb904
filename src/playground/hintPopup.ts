/**
 * The function list and argument hint under a formula being typed (in the formula bar or the cell editor). While a
 * name is typed, a list of the functions it starts (role=listbox): arrow keys move, Tab or Enter (or a click) puts the
 * chosen one in, Escape closes the list. Inside a call, a line with the function's parameters, the current one in
 * bold. What to show comes from functionHints.ts; this module only draws it and handles the keys.
 */
import { HyperFormula } from 'hyperformula';
import {
  completeFunction, findFunction, formulaContext, functionCatalogue, matchFunctions, signatureParts, type FunctionInfo,
} from './functionHints';

let catalogue: FunctionInfo[] | undefined;
/** Built when first needed: by then the engine has registered our functions (hfPlugin.ts), which it lists too. */
const theCatalogue = () => (catalogue ??= functionCatalogue(HyperFormula.getRegisteredFunctionNames('enGB')));

let popups = 0;

export class HintPopup {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly signature: HTMLElement;
  private readonly listId: string;
  private matches: FunctionInfo[] = [];
  private active = 0;
  private typingStart = 0;
  /** Escape closed the list: it stays closed until the text changes. */
  private dismissed = false;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly doc: Document = input.ownerDocument,
  ) {
    this.listId = `function-list-${++popups}`;
    this.element = doc.createElement('div');
    this.element.className = 'hint-popup';
    this.element.hidden = true;
    this.signature = doc.createElement('div');
    this.signature.className = 'hint-signature';
    this.signature.dataset.testid = 'argument-hint';
    this.list = doc.createElement('ul');
    this.list.className = 'hint-list';
    this.list.id = this.listId;
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', 'Functions');
    // A click on the list must not take the focus from the input (the cell editor commits when it loses it).
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const option = (e.target as HTMLElement).closest<HTMLElement>('[role=option]');
      if (option) this.choose(Number(option.dataset.index));
    });
    this.element.append(this.list, this.signature);
    doc.body.append(this.element);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.listId);
    input.setAttribute('aria-expanded', 'false');
    input.addEventListener('input', () => {
      this.dismissed = false;
      this.update();
    });
    // The caret moves without input: the hint follows it into and out of calls.
    input.addEventListener('keyup', (e) => {
      if (/^(Arrow(Left|Right)|Home|End)$/.test(e.key)) this.update();
    });
    input.addEventListener('click', () => this.update());
    input.addEventListener('blur', () => this.hide());
    // Capture: on the input itself this runs before the editor's own keys (Enter commits, Tab moves, Escape cancels).
    input.addEventListener('keydown', (e) => this.onKey(e), true);
  }

  private get listOpen(): boolean {
    return !this.list.hidden && this.matches.length > 0;
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.listOpen) return;
    const typed = this.input.value.slice(this.typingStart, this.input.selectionStart ?? this.input.value.length);
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step) this.setActive((this.active + step + this.matches.length) % this.matches.length);
    else if (e.key === 'Tab' || (e.key === 'Enter' && !this.isWholeName(typed))) this.choose(this.active);
    else if (e.key === 'Escape') {
      this.dismissed = true;
      this.update();
    } else return;
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  /** "=TRUE" or "=PI" typed in full: Enter writes it as it is rather than opening a call. */
  private isWholeName(typed: string): boolean {
    return this.matches.some((f) => f.name === typed.toUpperCase());
  }

  private choose(index: number): void {
    const info = this.matches[index];
    if (!info) return;
    const caret = this.input.selectionStart ?? this.input.value.length;
    const done = completeFunction(this.input.value, caret, this.typingStart, info);
    this.input.value = done.text;
    this.input.setSelectionRange(done.caret, done.caret);
    // As if typed: the grid mirrors the editor into the formula bar, and the hint line follows.
    this.input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** Show what the text up to the caret calls for (nothing when the input is not focused or not a formula). */
  update(): void {
    if (this.doc.activeElement !== this.input) return this.hide();
    const caret = this.input.selectionStart ?? this.input.value.length;
    const context = formulaContext(this.input.value.slice(0, caret));
    const all = theCatalogue();
    this.matches = context.typing && !this.dismissed ? matchFunctions(context.typing.prefix, all) : [];
    this.typingStart = context.typing?.start ?? caret;
    this.renderList();
    const called = context.call && findFunction(context.call.name, all);
    this.renderSignature(called ? { info: called, argIndex: context.call!.argIndex } : undefined);
    this.element.hidden = this.list.hidden && this.signature.hidden;
    if (!this.element.hidden) this.place();
  }

  hide(): void {
    this.element.hidden = true;
    this.matches = [];
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private renderList(): void {
    const items = this.matches.map((f, i) => {
      const li = this.doc.createElement('li');
      li.id = `${this.listId}-${i}`;
      li.setAttribute('role', 'option');
      li.dataset.index = String(i);
      const name = this.doc.createElement('span');
      name.className = 'hint-name';
      name.textContent = f.name;
      li.append(name);
      if (f.description) {
        const what = this.doc.createElement('span');
        what.className = 'hint-description';
        what.textContent = f.description;
        li.append(what);
      }
      return li;
    });
    this.list.replaceChildren(...items);
    this.list.hidden = items.length === 0;
    this.input.setAttribute('aria-expanded', String(items.length > 0));
    this.setActive(0);
  }

  private setActive(index: number): void {
    this.active = index;
    const options = [...this.list.children] as HTMLElement[];
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView?.({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private renderSignature(call: { info: FunctionInfo; argIndex: number } | undefined): void {
    this.signature.hidden = !call;
    if (!call) return this.signature.replaceChildren();
    const line = this.doc.createElement('div');
    for (const part of signatureParts(call.info, call.argIndex)) {
      const node = this.doc.createElement(part.current ? 'b' : 'span');
      node.textContent = part.text;
      line.append(node);
    }
    this.signature.replaceChildren(line);
    // Our functions explain the argument being typed (from the registry); built-ins their purpose, when known.
    const param = call.info.params?.[call.argIndex];
    const explain = param?.description ? `${param.name}: ${param.description}` : call.info.description;
    if (explain) {
      const what = this.doc.createElement('div');
      what.className = 'hint-description';
      what.textContent = explain;
      this.signature.append(what);
    }
  }

  /** Just under the input, in the page's coordinates (the popup lives in body, above the grid and the panels). */
  private place(): void {
    const r = this.input.getBoundingClientRect();
    this.element.style.left = `${Math.max(0, r.left)}px`;
    this.element.style.top = `${r.bottom + 2}px`;
  }
}

/** Hints for a formula input (the formula bar's or the cell editor's). */
export function attachFunctionHints(input: HTMLInputElement): HintPopup {
  return new HintPopup(input);
}

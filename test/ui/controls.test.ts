// @vitest-environment happy-dom
/**
 * The panel's controls (shared/ui/controls.tsx) rendered alone in happy-dom, in each host look: the element each one
 * renders, its label tied to it (label for= / the wrapping label), the look's class names (Fluent's fui-* in Excel and
 * the playground, Google's add-on classes in the Sheets sidebar), values and change callbacks, and the focus hook.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { h, type ComponentChildren, type VNode } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, Checkbox, Field, Progress, Select, TextArea, TextField, useFocusHeadingWhenOpened } from '../../shared/ui/controls';
import { HostThemeContext, type HostLook } from '../../shared/ui/theme';

afterEach(() => cleanup());

/** Let Preact run its pending effects (useEffect runs after paint, not within the click). */
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

/** Render `node` under a host theme of the given look (no stylesheet: only the class names matter here). */
function renderIn<P>(look: HostLook | undefined, node: VNode<P>) {
  return render(look ? h(HostThemeContext.Provider, { value: { look, dark: false, css: '' } }, node) : node);
}

/** A control's `class` attribute as written (null when the control has none at all). */
const classOf = (el: Element) => el.getAttribute('class');

describe('Button', () => {
  it('is a type="button" by default (so it never submits a form), type="submit" when asked', () => {
    renderIn('fluent', h('div', null, h(Button, null, 'Plain'), h(Button, { type: 'submit' }, 'Send')));
    expect(screen.getByRole('button', { name: 'Plain' }).getAttribute('type')).toBe('button');
    expect(screen.getByRole('button', { name: 'Send' }).getAttribute('type')).toBe('submit');
  });

  it('in Fluent: fui-Button, the primary one also fui-Button--primary and gp-primary, an extra class after them', () => {
    renderIn('fluent', h('div', null,
      h(Button, null, 'Secondary'),
      h(Button, { primary: true }, 'Main'),
      h(Button, { class: 'gp-back' }, 'Back'),
      h(Button, { primary: true, class: 'gp-wide' }, 'Main wide')));
    expect(classOf(screen.getByRole('button', { name: 'Secondary' }))).toBe('fui-Button');
    expect(classOf(screen.getByRole('button', { name: 'Main' }))).toBe('fui-Button fui-Button--primary gp-primary');
    expect(classOf(screen.getByRole('button', { name: 'Back' }))).toBe('fui-Button gp-back');
    expect(classOf(screen.getByRole('button', { name: 'Main wide' }))).toBe('fui-Button fui-Button--primary gp-primary gp-wide');
  });

  it('without a host theme it keeps the Fluent class names (the generic stylesheet)', () => {
    renderIn(undefined, h('div', null, h(Button, null, 'Secondary'), h(Button, { primary: true }, 'Main')));
    expect(classOf(screen.getByRole('button', { name: 'Secondary' }))).toBe('fui-Button');
    expect(classOf(screen.getByRole('button', { name: 'Main' }))).toBe('fui-Button fui-Button--primary gp-primary');
  });

  it('in Google\'s look: the primary one is class="action gp-primary", a secondary one has no class at all', () => {
    renderIn('google', h('div', null,
      h(Button, null, 'Secondary'),
      h(Button, { primary: true }, 'Main'),
      h(Button, { class: 'gp-back' }, 'Back')));
    expect(classOf(screen.getByRole('button', { name: 'Secondary' }))).toBeNull();
    expect(classOf(screen.getByRole('button', { name: 'Main' }))).toBe('action gp-primary');
    expect(classOf(screen.getByRole('button', { name: 'Back' }))).toBe('gp-back');
  });

  it('passes its other props through: a click reaches onClick, a disabled one cannot be pressed', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const onOff = vi.fn();
    renderIn('fluent', h('div', null,
      h(Button, { onClick, id: 'gp-go', title: 'Go now' }, 'Go'),
      h(Button, { onClick: onOff, disabled: true }, 'Off')));
    const go = screen.getByRole('button', { name: 'Go' });
    expect(go.id).toBe('gp-go');
    expect(go.getAttribute('title')).toBe('Go now');
    await user.click(go);
    expect(onClick).toHaveBeenCalledTimes(1);
    const off = screen.getByRole('button', { name: 'Off' }) as HTMLButtonElement;
    expect(off.disabled).toBe(true);
    await user.click(off);
    expect(onOff).not.toHaveBeenCalled();
  });
});

describe('Field', () => {
  it('wraps a label tied to its control by for= and the control, in Fluent\'s Field classes', () => {
    const { container } = renderIn('fluent', h(Field, { id: 'gp-x', label: 'Owner', children: h('input', { id: 'gp-x' }) }));
    const field = container.firstElementChild!;
    expect(field.tagName).toBe('DIV');
    expect(classOf(field)).toBe('gp-field fui-Field');
    const label = field.querySelector('label')!;
    expect(label.getAttribute('for')).toBe('gp-x');
    expect(classOf(label)).toBe('fui-Label');
    expect(label.textContent).toBe('Owner');
    expect(screen.getByLabelText('Owner').id).toBe('gp-x');
  });

  it('in Google\'s look: .form-group, a label without a class; an extra class goes last', () => {
    const { container } = renderIn('google', h(Field, { id: 'gp-y', label: 'Team', class: 'gp-narrow', children: h('input', { id: 'gp-y' }) }));
    const field = container.firstElementChild!;
    expect(classOf(field)).toBe('gp-field form-group gp-narrow');
    expect(classOf(field.querySelector('label')!)).toBeNull();
    expect(screen.getByLabelText('Team').id).toBe('gp-y');
  });
});

/** A TextField / TextArea / Select that keeps its value, the way the task components use them, and records onValue. */
function Stateful({ kind, initial, onValue, ...rest }: { kind: typeof TextField | typeof TextArea; initial: string; onValue(v: string): void; [k: string]: unknown }) {
  const [value, setValue] = useState(initial);
  return h(kind as typeof TextField, { ...(rest as { id: string; label: ComponentChildren }), value, onValue: (v: string) => { onValue(v); setValue(v); } });
}

describe('TextField', () => {
  it('is a labelled text input showing its value; onValue gets the whole text at every keystroke', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    renderIn('fluent', h(Stateful, { kind: TextField, id: 'gp-owner', label: 'Owner', initial: 'Da', onValue }));
    const input = screen.getByLabelText('Owner') as HTMLInputElement;
    expect(input.tagName).toBe('INPUT');
    expect(input.id).toBe('gp-owner');
    expect(input.getAttribute('type')).toBe('text');
    expect(classOf(input)).toBe('fui-Input');
    expect(input.value).toBe('Da');
    await user.type(input, 'na');
    expect(onValue.mock.calls).toEqual([['Dan'], ['Dana']]);
    expect(input.value).toBe('Dana');
  });

  it('takes type number or date, an extra class, and the other props (placeholder, aria, disabled, test id)', () => {
    renderIn('fluent', h('div', null,
      h(TextField, { id: 'gp-n', label: 'Target', type: 'number', value: '12', onValue: () => undefined, class: 'gp-short',
        inputMode: 'decimal', step: 'any', placeholder: 'e.g. 12', 'aria-describedby': 'gp-n-hint', 'aria-required': 'true', 'data-testid': 'target' }),
      h(TextField, { id: 'gp-d', label: 'Due', type: 'date', value: '2027-12-31', onValue: () => undefined, disabled: true })));
    const n = screen.getByLabelText('Target') as HTMLInputElement;
    expect(n.getAttribute('type')).toBe('number');
    expect(classOf(n)).toBe('fui-Input gp-short');
    expect(n.value).toBe('12');
    expect(n.getAttribute('inputmode')).toBe('decimal');
    expect(n.getAttribute('step')).toBe('any');
    expect(n.getAttribute('placeholder')).toBe('e.g. 12');
    expect(n.getAttribute('aria-describedby')).toBe('gp-n-hint');
    expect(n.getAttribute('aria-required')).toBe('true');
    expect(screen.getByTestId('target')).toBe(n);
    const d = screen.getByLabelText('Due') as HTMLInputElement;
    expect(d.getAttribute('type')).toBe('date');
    expect(d.value).toBe('2027-12-31');
    expect(d.disabled).toBe(true);
    // The field around it: Fluent's Field, its label tied by for=.
    expect(classOf(d.parentElement!)).toBe('gp-field fui-Field');
    expect(d.parentElement!.querySelector('label')!.getAttribute('for')).toBe('gp-d');
  });

  it('in Google\'s look: the input has no class (Google styles bare inputs), the field is a .form-group', () => {
    renderIn('google', h(TextField, { id: 'gp-g', label: 'Goal', value: '', onValue: () => undefined }));
    const input = screen.getByLabelText('Goal');
    expect(classOf(input)).toBeNull();
    expect(classOf(input.parentElement!)).toBe('gp-field form-group');
  });
});

describe('TextArea', () => {
  it('is a labelled textarea showing its value; onValue gets the whole text at every keystroke', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    renderIn('fluent', h(Stateful, { kind: TextArea, id: 'gp-note', label: 'Note', initial: '', onValue, rows: 3, placeholder: 'Why', class: 'gp-tall' }));
    const area = screen.getByLabelText('Note') as HTMLTextAreaElement;
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.id).toBe('gp-note');
    expect(classOf(area)).toBe('fui-Textarea gp-tall');
    expect(area.getAttribute('rows')).toBe('3');
    expect(area.getAttribute('placeholder')).toBe('Why');
    await user.type(area, 'ok');
    expect(onValue.mock.calls).toEqual([['o'], ['ok']]);
    expect(area.value).toBe('ok');
    expect(classOf(area.parentElement!)).toBe('gp-field fui-Field');
  });

  it('shows a given value; in Google\'s look it has no class', () => {
    renderIn('google', h(TextArea, { id: 'gp-t', label: 'Statement', value: 'Grow revenue', onValue: () => undefined }));
    const area = screen.getByLabelText('Statement') as HTMLTextAreaElement;
    expect(area.value).toBe('Grow revenue');
    expect(classOf(area)).toBeNull();
  });
});

describe('Select', () => {
  it('lists its choices (a plain text is its own value), shows the value, and calls onValue with the chosen value', async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    renderIn('fluent', h(Select, {
      id: 'gp-level', label: 'Level', value: 'Department', onValue, class: 'gp-pick', 'data-testid': 'level',
      choices: ['Company', 'Department', { value: 'G2', text: 'G2 (the sheet you are on)' }],
    }));
    const select = screen.getByLabelText('Level') as HTMLSelectElement;
    expect(select.tagName).toBe('SELECT');
    expect(select.id).toBe('gp-level');
    expect(classOf(select)).toBe('fui-Select gp-pick');
    expect(screen.getByTestId('level')).toBe(select);
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['Company', 'Company'], ['Department', 'Department'], ['G2', 'G2 (the sheet you are on)'],
    ]);
    expect(select.value).toBe('Department');
    await user.selectOptions(select, 'G2 (the sheet you are on)');
    expect(onValue).toHaveBeenCalledTimes(1);
    expect(onValue).toHaveBeenCalledWith('G2');
    expect(classOf(select.parentElement!)).toBe('gp-field fui-Field');
    expect(select.parentElement!.querySelector('label')!.getAttribute('for')).toBe('gp-level');
  });

  it('in Google\'s look: a bare select in a .form-group; disabled passes through', () => {
    renderIn('google', h(Select, { id: 'gp-s', label: 'Cascade', value: 'b', choices: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }], onValue: () => undefined, disabled: true }));
    const select = screen.getByLabelText('Cascade') as HTMLSelectElement;
    expect(classOf(select)).toBeNull();
    expect(select.value).toBe('b');
    expect(select.disabled).toBe(true);
    expect(classOf(select.parentElement!)).toBe('gp-field form-group');
  });
});

describe('Checkbox', () => {
  it('is a checkbox labelled by its text (the whole line toggles it); onChecked gets the new state', async () => {
    const user = userEvent.setup();
    const onChecked = vi.fn();
    const { rerender } = renderIn('fluent', h(Checkbox, { checked: true, onChecked, 'data-testid': 'example', children: 'Fill with example data' }));
    const box = screen.getByRole('checkbox', { name: 'Fill with example data' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByTestId('example')).toBe(box);
    const label = box.parentElement!;
    expect(label.tagName).toBe('LABEL');
    expect(classOf(label)).toBe('gp-check fui-Checkbox');
    await user.click(screen.getByText('Fill with example data'));
    expect(onChecked.mock.calls).toEqual([[false]]);

    onChecked.mockClear();
    rerender(h(HostThemeContext.Provider, { value: { look: 'fluent', dark: false, css: '' } }, h(Checkbox, { checked: false, onChecked, children: 'Fill with example data' })));
    const again = screen.getByRole('checkbox', { name: 'Fill with example data' }) as HTMLInputElement;
    expect(again.checked).toBe(false);
    await user.click(again);
    expect(onChecked.mock.calls).toEqual([[true]]);
  });

  it('in Google\'s look: only gp-check (and an extra class); disabled passes through', () => {
    renderIn('google', h(Checkbox, { checked: false, onChecked: () => undefined, class: 'gp-inline', disabled: true, children: 'Show all' }));
    const box = screen.getByRole('checkbox', { name: 'Show all' }) as HTMLInputElement;
    expect(box.disabled).toBe(true);
    expect(box.getAttribute('type')).toBe('checkbox');
    expect(classOf(box.parentElement!)).toBe('gp-check gp-inline');
  });
});

describe('Progress', () => {
  it('is a progressbar named by its label, a hidden spinner ring and the label as text (Fluent: fui-Spinner)', () => {
    renderIn('fluent', h(Progress, { label: 'Reading the goals' }));
    const bar = screen.getByRole('progressbar', { name: 'Reading the goals' });
    expect(screen.getByTestId('progress')).toBe(bar);
    expect(classOf(bar)).toBe('gp-progress fui-Spinner');
    expect(bar.children.length).toBe(2);
    const [ring, text] = [...bar.children];
    expect(ring.tagName).toBe('SPAN');
    expect(classOf(ring)).toBe('gp-spinner-ring');
    expect(ring.getAttribute('aria-hidden')).toBe('true');
    expect(ring.textContent).toBe('');
    expect(classOf(text)).toBe('gp-progress-text');
    expect(text.textContent).toBe('Reading the goals');
  });

  it('in Google\'s look it is a gp-spinner', () => {
    renderIn('google', h(Progress, { label: 'Loading' }));
    expect(classOf(screen.getByRole('progressbar', { name: 'Loading' }))).toBe('gp-progress gp-spinner');
  });
});

describe('useFocusHeadingWhenOpened', () => {
  /** A part opened by a button that goes away when pressed (as "Show the goal tree" does). */
  function Part({ headingId = 'gp-part', withHeading = true, other = false }: { headingId?: string; withHeading?: boolean; other?: boolean }) {
    const [open, setOpen] = useState(false);
    useFocusHeadingWhenOpened(open, headingId);
    return h('section', null,
      withHeading && h('h2', { id: 'gp-part' }, 'The part'),
      other && h('input', { 'aria-label': 'Elsewhere' }),
      !open && h('button', { type: 'button', onClick: () => setOpen(true) }, 'Open the part'),
      open && h('p', null, 'Opened'));
  }

  it('gives the focus to the heading (made focusable by script only) once the opening button has gone', async () => {
    const user = userEvent.setup();
    render(h(Part, null));
    const heading = screen.getByRole('heading', { name: 'The part' });
    // Closed: the heading is left alone.
    expect(heading.getAttribute('tabindex')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open the part' }));
    await screen.findByText('Opened');
    await settle();
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('does not focus the heading on mount while closed, even with the focus on the page', () => {
    render(h(Part, null));
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByRole('heading', { name: 'The part' }).getAttribute('tabindex')).toBeNull();
  });

  it('leaves the focus where it is when it was not lost (the user is already in another control)', async () => {
    render(h(Part, { other: true }));
    const elsewhere = screen.getByRole('textbox', { name: 'Elsewhere' });
    // Opened from code (e.g. the pane opening a part) while the user types elsewhere.
    const button = screen.getByRole('button', { name: 'Open the part' });
    await act(() => {
      button.click();
      elsewhere.focus();
    });
    await screen.findByText('Opened');
    await settle();
    expect(document.activeElement).toBe(elsewhere);
    expect(screen.getByRole('heading', { name: 'The part' }).getAttribute('tabindex')).toBeNull();
  });

  it.each([
    ['still reports the removed button as focused', () => document.createElement('button')],
    ['reports no focused element at all (null)', () => null],
  ])('takes the focus where the page %s (older webviews)', async (_, active) => {
    render(h(Part, null));
    const heading = screen.getByRole('heading', { name: 'The part' });
    const focus = vi.spyOn(heading, 'focus');
    const reported = active();
    Object.defineProperty(document, 'activeElement', { configurable: true, get: () => reported });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Open the part' }));
      await settle();
    } finally {
      delete (document as unknown as { activeElement?: unknown }).activeElement;
    }
    expect(focus).toHaveBeenCalledTimes(1);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('does nothing (and throws nothing) when there is no such heading', async () => {
    render(h(Part, { headingId: 'gp-missing' }));
    // fireEvent runs the click and then Preact's effects inside act, so an error in the effect would reach the test.
    fireEvent.click(screen.getByRole('button', { name: 'Open the part' }));
    await screen.findByText('Opened');
    await settle();
    expect(document.activeElement).toBe(document.body);
    expect(screen.getByRole('heading', { name: 'The part' }).getAttribute('tabindex')).toBeNull();
  });
});

/**
 * The panel's controls, written once and dressed by the host theme (theme.ts): Fluent UI's class names and tokens in
 * Excel and the playground, Google's add-on CSS classes in the Sheets sidebar.
 *
 * They stay native elements (<button>, <input>, <select>, <textarea>), styled like Fluent's components rather than
 * being Fluent's web components: @fluentui/web-components 3 was evaluated and left out, because defining only button,
 * checkbox, text-input, textarea, dropdown, field and spinner bundles to 175 KB minified (63 KB for the button alone,
 * mostly @microsoft/fast-element), and the task pane already weighs about 148 KB of its 200 KB budget. Native controls
 * also keep the keyboard, labels (label for=), form submission and the tests' getByLabel/selectOption as they were.
 * The genuine Fluent part is its design tokens (@fluentui/tokens webLightTheme / webDarkTheme, see themeFluent.ts).
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useHostTheme, type HostLook } from './theme';

/** Each look's class names for each control: Fluent's component class names (fui-*) or Google's add-on CSS classes. */
const CLASSES: Record<HostLook, { button: string; primary: string; input: string; textarea: string; select: string; check: string; label: string; field: string; progress: string }> = {
  fluent: {
    button: 'fui-Button', primary: 'fui-Button fui-Button--primary', input: 'fui-Input', textarea: 'fui-Textarea',
    select: 'fui-Select', check: 'fui-Checkbox', label: 'fui-Label', field: 'fui-Field', progress: 'fui-Spinner',
  },
  google: {
    // https://developers.google.com/workspace/add-ons/guides/css: <button class="action"> is the primary action, a
    // plain <button> the secondary one; form controls take no class; .form-group / .block space the fields.
    button: '', primary: 'action', input: '', textarea: '', select: '', check: '', label: '', field: 'form-group', progress: 'gp-spinner',
  },
};

const join = (...names: (string | undefined | false)[]) => names.filter(Boolean).join(' ') || undefined;

function useClasses() {
  return CLASSES[useHostTheme().look];
}

type ButtonProps = Omit<JSX.IntrinsicElements['button'], 'type'> & { primary?: boolean; type?: 'button' | 'submit' };

/** A button; `primary` for the one main action of a task (Fluent's primary appearance, Google's blue "action"). */
export function Button({ primary, type = 'button', class: extra, ...rest }: ButtonProps) {
  const c = useClasses();
  // gp-primary stays for the generic stylesheet (no host theme) and for the tests that look for the main action.
  return <button type={type} class={join(primary ? c.primary : c.button, primary && 'gp-primary', extra as string | undefined)} {...rest} />;
}

/** A label and its control, spaced as one field (Fluent's Field, Google's .form-group). */
export function Field({ id, label, children, class: extra }: { id: string; label: ComponentChildren; children: ComponentChildren; class?: string }) {
  const c = useClasses();
  return (
    <div class={join('gp-field', c.field, extra)}>
      <label for={id} class={join(c.label)}>{label}</label>
      {children}
    </div>
  );
}

/** What the task components pass to a form control besides its value (typed narrowly: Preact's own input typings are unions). */
interface ControlExtras {
  class?: string;
  disabled?: boolean;
  placeholder?: string;
  'aria-describedby'?: string;
  'aria-required'?: 'true';
  'data-testid'?: string;
}

type InputProps = ControlExtras & { inputMode?: 'text' | 'decimal' | 'numeric'; step?: string;
  id: string; label: ComponentChildren; value: string; onValue(value: string): void; type?: 'text' | 'number' | 'date';
};

/** A labelled one-line text (or number, or date) input; onValue gets the text on every keystroke. */
export function TextField({ id, label, value, onValue, type = 'text', class: extra, ...rest }: InputProps) {
  const c = useClasses();
  return (
    <Field id={id} label={label}>
      {/* The cast only narrows for Preact's input typings, which want a literal type per element. */}
      <input id={id} type={type as 'text'} class={join(c.input, extra)} value={value}
        onInput={(e) => onValue((e.target as HTMLInputElement).value)} {...rest} />
    </Field>
  );
}

type TextAreaProps = ControlExtras & { rows?: number;
  id: string; label: ComponentChildren; value: string; onValue(value: string): void;
};

/** A labelled multi-line text input. */
export function TextArea({ id, label, value, onValue, class: extra, ...rest }: TextAreaProps) {
  const c = useClasses();
  return (
    <Field id={id} label={label}>
      <textarea id={id} class={join(c.textarea, extra)} value={value}
        onInput={(e) => onValue((e.target as HTMLTextAreaElement).value)} {...rest} />
    </Field>
  );
}

/** One choice of a Select: its value and the text shown. */
export interface Choice {
  value: string;
  text: string;
}

type SelectProps = ControlExtras & {
  id: string; label: ComponentChildren; value: string; choices: readonly (string | Choice)[]; onValue(value: string): void;
};

/** A labelled drop-down list (a native <select>: the keyboard, screen readers and mobile pickers work as usual). */
export function Select({ id, label, value, choices, onValue, class: extra, ...rest }: SelectProps) {
  const c = useClasses();
  return (
    <Field id={id} label={label}>
      <select id={id} class={join(c.select, extra)} value={value} onChange={(e) => onValue((e.target as HTMLSelectElement).value)} {...rest}>
        {choices.map((o) => {
          const { value: v, text } = typeof o === 'string' ? { value: o, text: o } : o;
          return <option key={v} value={v}>{text}</option>;
        })}
      </select>
    </Field>
  );
}

type CheckboxProps = ControlExtras & {
  checked: boolean; onChecked(checked: boolean): void; children: ComponentChildren;
};

/** A checkbox with its text as the label (the whole line toggles it). */
export function Checkbox({ checked, onChecked, children, class: extra, ...rest }: CheckboxProps) {
  const c = useClasses();
  return (
    <label class={join('gp-check', c.check, extra)}>
      <input type="checkbox" checked={checked} onChange={(e) => onChecked((e.target as HTMLInputElement).checked)} {...rest} />
      {children}
    </label>
  );
}

/** Something is on its way (a list being read from the workbook): a spinner with a text for screen readers. */
export function Progress({ label }: { label: string }) {
  const c = useClasses();
  return (
    <div class={join('gp-progress', c.progress)} role="progressbar" aria-label={label} data-testid="progress">
      <span class="gp-spinner-ring" aria-hidden="true" />
      <span class="gp-progress-text">{label}</span>
    </div>
  );
}

/**
 * A button that opens a part (Show the goal tree, Find goals to review, ...) goes away when pressed, and the browser
 * then drops the focus to the page: a keyboard user would start again from the top. Once `open`, give the focus to the
 * part's heading instead, so the next Tab reaches the part's first control. Only when the focus was lost.
 */
export function useFocusHeadingWhenOpened(open: boolean, headingId: string) {
  useEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const h = document.getElementById(headingId);
    if (!h) return;
    h.tabIndex = -1;
    h.focus();
  }, [open]);
}

// @vitest-environment happy-dom
/**
 * The panel's shell (shared/ui/app.tsx) in happy-dom, over the recording port: Home's summary and the cascade picker,
 * opening and leaving tasks (focus, Escape), the Templates, Traffic lights and Check goals tasks, the status bar,
 * readableError and the AppHandle.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { h, render as renderInto } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CascadeChoice, HostPort, WorkbookSummary } from '../../shared/host/port';
import { App, mountApp, readableError } from '../../shared/ui/app';
import { recordingPort } from '../browser/harness/recordingPort';
import { mountUi, type MountedUi } from './mountUi';

/** A promise and its resolve, to hold a port call (window.__hold) until the test lets it go. */
function deferred<T = void>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

/** Hold every call of `method` until the returned function is called. */
function hold(method: string): () => void {
  const d = deferred();
  window.__hold = { ...(window.__hold ?? {}), [method]: d.promise };
  return () => {
    delete window.__hold![method];
    d.resolve();
  };
}

const TWO_CASCADES: CascadeChoice[] = [
  { goals: 'Goals', sheets: ['Strategy', 'Goals', 'KPIs'], active: false },
  { goals: 'Goals (2)', sheets: ['Strategy (2)', 'Goals (2)', 'KPIs (2)'], active: true },
];
const SUMMARY: WorkbookSummary = { template: true, cascade: 'Goals', cascades: 1, goals: 3, overdueKpis: 1, reviewsDue: 0 };

/** Open a task from Home and wait until its heading has the focus (the effect that moves it runs after the render). */
async function openTask(ui: MountedUi, label: string) {
  await ui.openTask(label);
  await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
}

/** The open task view. */
const openView = (ui: MountedUi) => ui.root.querySelector<HTMLElement>('.gp-task:not([hidden])')!;
/** The status bar's box (around the status line) of the open view, or Home's. */
const statusBox = (ui: MountedUi) => ui.status().parentElement!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readableError: whatever a host threw, as one sentence', () => {
  it('takes an Error\'s message', () => {
    expect(readableError(new Error('The sheet is protected.'))).toBe('The sheet is protected.');
  });
  it('takes a string as it is', () => {
    expect(readableError('Quota exceeded')).toBe('Quota exceeded');
  });
  it('writes out an object as JSON', () => {
    expect(readableError({ code: 5, reason: 'busy' })).toBe('{"code":5,"reason":"busy"}');
    expect(readableError(null)).toBe('null');
    expect(readableError(42)).toBe('42');
  });
  it('says something went wrong when there is nothing to say', () => {
    const generic = 'Something went wrong; please try again.';
    expect(readableError(new Error(''))).toBe(generic);
    expect(readableError('')).toBe(generic);
    expect(readableError({})).toBe(generic);
    expect(readableError(undefined)).toBe(generic);
  });
});

describe('Home in the panel', () => {
  it('says it is reading the workbook until the summary comes, then shows it', async () => {
    const release = hold('workbookSummary');
    const ui = await mountUi({ answers: { workbookSummary: SUMMARY } });
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toHaveLength(1));
    expect(screen.getByTestId('summary-loading').textContent).toBe('Reading the workbook...');
    release();
    await waitFor(() => expect(screen.getByTestId('summary-template').textContent).toBe('Goal cascade on the sheet Goals.'));
    expect(screen.getByTestId('summary-goals').textContent).toBe('3 goals');
    expect(screen.queryByTestId('summary-loading')).toBeNull();
    // One cascade: no picker, and the summary is of the workbook's only cascade (no name passed).
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(ui.argsOf('workbookSummary')).toEqual([[null]]);
    expect(ui.argsOf('listCascades')).toEqual([[]]);
  });

  it('reads the summary only after the cascades are known', async () => {
    const release = hold('listCascades');
    const ui = await mountUi({ answers: { workbookSummary: SUMMARY } });
    await waitFor(() => expect(ui.argsOf('listCascades')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(ui.argsOf('workbookSummary')).toEqual([]);
    expect(screen.getByTestId('summary-loading')).toBeTruthy();
    release();
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('3 goals'));
  });

  it('says why the workbook could not be read', async () => {
    await mountUi({ answers: { workbookSummary: { error: 'The sheet is protected.' } } });
    await waitFor(() => expect(screen.getByTestId('summary-error').textContent).toBe('The workbook could not be read: The sheet is protected.'));
  });

  it('says the add-in got no answer when the host answers nothing', async () => {
    await mountUi({ answers: { workbookSummary: false } });
    await waitFor(() => expect(screen.getByTestId('summary-error').textContent)
      .toBe('The workbook could not be read: the add-in got no answer; close and open it again.'));
  });

  it('still reads the summary when the cascades cannot be listed', async () => {
    const ui = await mountUi({ answers: { listCascades: { error: 'no' }, workbookSummary: SUMMARY } });
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('3 goals'));
    expect(ui.argsOf('workbookSummary')).toEqual([[null]]);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('shows the summary of the latest read when an older read answers last', async () => {
    const reads: { resolve: (s: WorkbookSummary) => void }[] = [];
    const port: HostPort = {
      ...recordingPort(),
      listCascades: async () => [],
      workbookSummary: () => new Promise<WorkbookSummary>((resolve) => { reads.push({ resolve }); }),
    };
    const handle = { showStatus: (_: { text: string }) => undefined };
    render(h(App, { port, handle }));
    await waitFor(() => expect(reads).toHaveLength(1));
    handle.showStatus({ text: 'Changed by the ribbon.' });
    await waitFor(() => expect(reads).toHaveLength(2));
    reads[1].resolve({ ...SUMMARY, goals: 7 });
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('7 goals'));
    reads[0].resolve({ ...SUMMARY, goals: 2 });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId('summary-goals').textContent).toBe('7 goals');
    cleanup();
  });

  it('ignores an older read that fails after the latest answered', async () => {
    const reads: { resolve: (s: WorkbookSummary) => void; reject: (e: unknown) => void }[] = [];
    const port: HostPort = {
      ...recordingPort(),
      listCascades: async () => [],
      workbookSummary: () => new Promise<WorkbookSummary>((resolve, reject) => { reads.push({ resolve, reject }); }),
    };
    const handle = { showStatus: (_: { text: string }) => undefined };
    render(h(App, { port, handle }));
    await waitFor(() => expect(reads).toHaveLength(1));
    handle.showStatus({ text: 'Changed by the ribbon.' });
    await waitFor(() => expect(reads).toHaveLength(2));
    reads[1].resolve({ ...SUMMARY, goals: 7 });
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('7 goals'));
    reads[0].reject(new Error('too late'));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('summary-error')).toBeNull();
    expect(screen.getByTestId('summary-goals').textContent).toBe('7 goals');
    cleanup();
  });

  it('never reads the summary when the host answers no list of cascades at all', async () => {
    const summary = vi.fn(async () => SUMMARY);
    const port: HostPort = { ...recordingPort(), listCascades: async () => null as unknown as CascadeChoice[], workbookSummary: summary };
    render(h(App, { port }));
    // null counts as no cascades: the summary is read as for a workbook with one or none.
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('3 goals'));
    expect(summary.mock.calls).toEqual([[undefined]]);
    cleanup();
  });
});

describe('the cascade picker', () => {
  it('with several cascades, offers them with the active sheet\'s picked, and reads the summary of the one picked', async () => {
    const ui = await mountUi({ answers: { listCascades: TWO_CASCADES, workbookSummary: { ...SUMMARY, cascade: 'Goals (2)', cascades: 2 } } });
    const pick = await screen.findByRole('combobox', { name: 'Work in the cascade of' });
    expect([...(pick as HTMLSelectElement).options].map((o) => [o.value, o.textContent])).toEqual([
      ['Goals', 'Goals'], ['Goals (2)', 'Goals (2) (the sheet you are on)'],
    ]);
    expect((pick as HTMLSelectElement).value).toBe('Goals (2)');
    const section = screen.getByRole('region', { name: /Cascade/ });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Cascade');
    expect(within(section).getByRole('link', { name: 'Guide: More than one cascade' }).getAttribute('href')).toBe('docs/cascade.md#more-than-one-cascade');
    // The picker sits between the summary and the tasks.
    await screen.findByTestId('summary-goals');
    const home = screen.getByTestId('home');
    expect([...home.children].map((c) => c.tagName)).toEqual(['P', 'UL', 'SECTION', 'NAV']);
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toContainEqual(['Goals (2)']));
    expect(ui.argsOf('workbookSummary').every((a) => a[0] === 'Goals (2)')).toBe(true);

    await ui.user.selectOptions(pick, 'Goals');
    await waitFor(() => expect(ui.argsOf('workbookSummary').at(-1)).toEqual(['Goals']));
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('Goals');

    // The tasks get the cascade picked.
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.argsOf('checkGoals')).toEqual([['Goals']]));
  });

  it('without an active sheet among them, picks the first cascade', async () => {
    const ui = await mountUi({ answers: { listCascades: TWO_CASCADES.map((c) => ({ ...c, active: false })) } });
    const pick = await screen.findByRole('combobox', { name: 'Work in the cascade of' });
    expect((pick as HTMLSelectElement).value).toBe('Goals');
    expect([...(pick as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Goals', 'Goals (2)']);
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toContainEqual(['Goals']));
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.argsOf('checkGoals')).toEqual([['Goals']]));
  });

  it('with one cascade, shows no picker and the tasks act on the workbook\'s only cascade', async () => {
    const ui = await mountUi({ answers: { listCascades: [TWO_CASCADES[1]], workbookSummary: SUMMARY } });
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('3 goals'));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('region', { name: /Cascade/ })).toBeNull();
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.argsOf('checkGoals')).toEqual([[null]]));
  });
});

describe('opening and leaving tasks', () => {
  const tasks: [string, string, string][] = [
    ['Apply template', 'gp-templates', 'Templates'],
    ['Goal wizard', 'gp-wizard', 'Goal wizard'],
    ['Check in', 'gp-checkin', 'Check in'],
    ['Review and next cycle', 'gp-review', 'Review'],
    ['Check goals', 'gp-check', 'Check goals'],
    ['Traffic lights', 'gp-lights', 'Traffic lights'],
    ['Goal tree', 'gp-goals', 'Goals'],
  ];
  it.each(tasks)('opens %s alone, with the focus on its heading, and goes back to its button', async (label, heading, text) => {
    const ui = await mountUi();
    await openTask(ui, label);
    const view = openView(ui);
    expect(screen.queryByRole('navigation', { name: 'Tasks' })).toBeNull();
    expect(screen.queryByTestId('home')).toBeNull();
    expect(ui.root.querySelectorAll('.gp-task')).toHaveLength(1);
    const h2 = ui.root.querySelector<HTMLElement>(`#${heading}`)!;
    expect(h2.textContent).toBe(text);
    expect(view.contains(h2)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(h2));
    expect(h2.tabIndex).toBe(-1);
    // The way back comes first.
    const back = within(view).getAllByRole('button')[0];
    expect(back.textContent).toBe('← Home');
    expect(back.closest('.gp-taskbar')).not.toBeNull();
    await ui.user.click(back);
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
    const button = screen.getByRole('button', { name: label });
    await waitFor(() => expect(document.activeElement).toBe(button));
    // The task stays mounted, hidden.
    expect(ui.root.querySelector(`.gp-task[hidden]`)).not.toBeNull();
    expect(ui.root.querySelector('.gp-task:not([hidden])')).toBeNull();
  });

  it('shows the title and keeps each task mounted once however often it opens', async () => {
    const ui = await mountUi();
    expect(within(ui.root).getByRole('heading', { level: 1 }).textContent).toBe('Goalpost');
    await openTask(ui, 'Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await openTask(ui, 'Traffic lights');
    expect([...ui.root.querySelectorAll('.gp-task')].map((v) => [v.getAttribute('data-task-view'), v.hasAttribute('hidden')])).toEqual([
      ['lights', false], ['check', true],
    ]);
  });

  it('keeps what was set in a task when going Home and back', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Apply template');
    await ui.user.click(screen.getByRole('checkbox', { name: 'Fill with example data' }));
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await openTask(ui, 'Apply template');
    expect((screen.getByRole('checkbox', { name: 'Fill with example data' }) as HTMLInputElement).checked).toBe(false);
  });

  it('opening a task clears the status left on Home', async () => {
    const ui = await mountUi({ initialStatus: { text: 'Added 3 goals from the ribbon.' } });
    expect(ui.status().textContent).toBe('Added 3 goals from the ribbon.');
    await openTask(ui, 'Traffic lights');
    expect(ui.status().textContent).toBe('');
    expect(statusBox(ui).className).toBe('gp-taskstatus gp-empty');
  });

  it('opens on the task the host asks for, with Home one click back', async () => {
    const ui = await mountUi({ startTask: 'lights', initialStatus: { text: 'Opened from the menu.' } });
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-lights'));
    expect(openView(ui).getAttribute('data-task-view')).toBe('lights');
    expect(ui.status().textContent).toBe('Opened from the menu.');
    expect(ui.argsOf('workbookSummary')).toEqual([]);
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Traffic lights' })));
  });

  it('reads the summary again each time Home shows', async () => {
    const ui = await mountUi({ answers: { workbookSummary: SUMMARY } });
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toHaveLength(1));
    await openTask(ui, 'Traffic lights');
    await new Promise((r) => setTimeout(r, 20));
    expect(ui.argsOf('workbookSummary')).toHaveLength(1);
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toHaveLength(2));
  });
});

describe('Escape', () => {
  it('leaves the task for Home, with the focus on its button', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Check goals');
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-check'));
    await ui.user.keyboard('{Escape}');
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Check goals' })));
  });

  it('works with the focus on the page itself', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-lights'));
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    await ui.user.keyboard('{Escape}');
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
  });

  it('is not heard from outside the panel, nor when something else handled it, nor for other keys', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-lights'));
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    await ui.user.keyboard('{Escape}');
    outside.remove();
    const heading = ui.root.querySelector<HTMLElement>('#gp-lights')!;
    heading.focus();
    const handled = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    handled.preventDefault();
    heading.dispatchEvent(handled);
    await ui.user.keyboard('{Enter}');
    await new Promise((r) => setTimeout(r, 20));
    expect(openView(ui).getAttribute('data-task-view')).toBe('lights');
    // Escape in the panel does leave, and marks the key as handled.
    heading.focus();
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    heading.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(true);
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
  });

  it('on Home does nothing and leaves the key to others', async () => {
    const ui = await mountUi({ initialStatus: { text: 'Hello.' } });
    const button = screen.getByRole('button', { name: 'Check in' });
    button.focus();
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    button.dispatchEvent(esc);
    expect(esc.defaultPrevented).toBe(false);
    expect(ui.status().textContent).toBe('Hello.');
  });

  it('answers the open "second cascade" question first ("Nothing was added."), then goes Home', async () => {
    const ui = await mountUi({
      answers: { applyTemplate: { sheets: [], message: 'The workbook has a goal cascade already.', askSecondCascade: 'Add a second, separate cascade?' } },
    });
    await openTask(ui, 'Apply template');
    await ui.user.click(screen.getByRole('button', { name: 'Apply goal cascade template' }));
    const dialog = await screen.findByRole('alertdialog');
    screen.getByRole('heading', { name: 'Templates' }).focus();
    await ui.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(dialog.isConnected).toBe(false);
    expect(ui.status().textContent).toBe('Nothing was added.');
    expect(openView(ui).getAttribute('data-task-view')).toBe('template');
    await ui.user.keyboard('{Escape}');
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
    expect(ui.argsOf('applyTemplate')).toHaveLength(1);
  });

  it('going Home closes the open question', async () => {
    const ui = await mountUi({
      answers: { applyTemplate: { sheets: [], message: 'There is a cascade already.', askSecondCascade: 'Add a second cascade?' } },
    });
    await openTask(ui, 'Apply template');
    await ui.user.click(screen.getByRole('button', { name: 'Apply goal cascade template' }));
    await screen.findByRole('alertdialog');
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await openTask(ui, 'Apply template');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('the Templates task', () => {
  it('applies the cascade with example data by default, and without when unticked', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Apply template');
    const box = screen.getByRole('checkbox', { name: 'Fill with example data' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    const apply = screen.getByRole('button', { name: 'Apply goal cascade template' });
    await ui.user.click(apply);
    await waitFor(() => expect(ui.status().textContent).toBe('Added the goal cascade: Strategy, Goals, KPIs.'));
    expect(ui.argsOf('applyTemplate')).toEqual([[{ template: 'cascade', exampleData: true }]]);
    await ui.user.click(box);
    expect(box.checked).toBe(false);
    await ui.user.click(apply);
    await waitFor(() => expect(ui.argsOf('applyTemplate')).toHaveLength(2));
    expect(ui.argsOf('applyTemplate')[1]).toEqual([{ template: 'cascade', exampleData: false }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('shows the progress while applying, with the button disabled, then the result', async () => {
    const release = hold('applyTemplate');
    const ui = await mountUi();
    await openTask(ui, 'Apply template');
    const apply = screen.getByRole('button', { name: 'Apply goal cascade template' });
    await ui.user.click(apply);
    await waitFor(() => expect(ui.status().textContent).toBe('Applying the goal cascade...'));
    expect((apply as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('progress').className).toBe('gp-progress');
    expect(within(screen.getByTestId('progress')).getByLabelText('Applying the goal cascade').tagName).toBe('PROGRESS');
    expect(openView(ui).getAttribute('aria-busy')).toBe('true');
    expect(statusBox(ui).className).toBe('gp-taskstatus');
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Added the goal cascade: Strategy, Goals, KPIs.'));
    expect((apply as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('progress')).toBeNull();
    expect(openView(ui).hasAttribute('aria-busy')).toBe(false);
    expect(ui.status().className).toBe('gp-status');
    expect(statusBox(ui).className).toBe('gp-taskstatus');
  });

  it('asks before a second cascade: "Add a second cascade" applies again with addSecondCascade', async () => {
    const ui = await mountUi({
      answers: { applyTemplate: { sheets: [], message: 'The workbook has a goal cascade already.', askSecondCascade: 'Add a second, separate cascade?' } },
    });
    await openTask(ui, 'Apply template');
    await ui.user.click(screen.getByRole('checkbox', { name: 'Fill with example data' }));
    await ui.user.click(screen.getByRole('button', { name: 'Apply goal cascade template' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Add a second, separate cascade?' });
    expect(dialog.className).toBe('gp-ask');
    expect(ui.status().textContent).toBe('The workbook has a goal cascade already.');
    expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Add a second cascade', 'Stop']);
    expect(dialog.textContent).toBe('Add a second, separate cascade?Add a second cascade Stop');
    window.__answers.applyTemplate = { sheets: ['Strategy (2)', 'Goals (2)', 'KPIs (2)'], message: 'Added a second goal cascade.' };
    const release = hold('applyTemplate');
    await ui.user.click(within(dialog).getByRole('button', { name: 'Add a second cascade' }));
    // The question closes as the second apply starts.
    await waitFor(() => expect(ui.status().textContent).toBe('Applying the goal cascade...'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Added a second goal cascade.'));
    expect(ui.argsOf('applyTemplate')).toEqual([
      [{ template: 'cascade', exampleData: false }],
      [{ template: 'cascade', exampleData: false, addSecondCascade: true }],
    ]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('"Stop" closes the question and says nothing was added', async () => {
    const ui = await mountUi({
      answers: { applyTemplate: { sheets: [], message: 'There is a cascade already.', askSecondCascade: 'Add a second cascade?' } },
    });
    await openTask(ui, 'Apply template');
    await ui.user.click(screen.getByRole('button', { name: 'Apply goal cascade template' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Add a second cascade?').id).toBe('gp-ask-second');
    await ui.user.click(within(dialog).getByRole('button', { name: 'Stop' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(ui.status().textContent).toBe('Nothing was added.');
    expect(ui.argsOf('applyTemplate')).toHaveLength(1);
  });

  it('says why applying failed, as an error', async () => {
    const ui = await mountUi({ answers: { applyTemplate: { error: 'The workbook is read-only.' } } });
    await openTask(ui, 'Apply template');
    await ui.user.click(screen.getByRole('button', { name: 'Apply goal cascade template' }));
    await waitFor(() => expect(ui.status().textContent).toBe('The workbook is read-only.'));
    expect(ui.status().className).toBe('gp-status gp-error');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('the Traffic lights task', () => {
  it('refreshes the lights, shows the progress, then the result, and Home re-reads the workbook', async () => {
    const release = hold('refreshTrafficLights');
    const ui = await mountUi({ answers: { workbookSummary: SUMMARY } });
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toHaveLength(1));
    await openTask(ui, 'Traffic lights');
    const section = screen.getByRole('region', { name: /Traffic lights/ });
    expect(within(section).getByRole('link', { name: 'Guide: Traffic lights' }).getAttribute('href')).toBe('docs/apply-template.md#traffic-lights');
    const refresh = screen.getByRole('button', { name: 'Refresh traffic lights' });
    await ui.user.click(refresh);
    await waitFor(() => expect(ui.status().textContent).toBe('Refreshing traffic lights...'));
    expect((refresh as HTMLButtonElement).disabled).toBe(true);
    expect(within(screen.getByTestId('progress')).getByLabelText('Refreshing traffic lights')).toBeTruthy();
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    expect(ui.argsOf('refreshTrafficLights')).toEqual([[]]);
    expect(section.contains(ui.status())).toBe(true);
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toHaveLength(2));
    await waitFor(() => expect(ui.argsOf('listCascades')).toHaveLength(2));
    // Home shows the last result too.
    expect(ui.status().textContent).toBe('Traffic lights refreshed.');
  });

  it('each action that ran is a change: the cascades are listed again after each, without leaving the task', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    expect(ui.argsOf('listCascades')).toHaveLength(1);
    const refresh = screen.getByRole('button', { name: 'Refresh traffic lights' });
    await ui.user.click(refresh);
    await waitFor(() => expect(ui.argsOf('listCascades')).toHaveLength(2));
    await waitFor(() => expect((refresh as HTMLButtonElement).disabled).toBe(false));
    await ui.user.click(refresh);
    await waitFor(() => expect(ui.argsOf('listCascades')).toHaveLength(3));
    expect(ui.argsOf('refreshTrafficLights')).toHaveLength(2);
  });

  it('says why the refresh failed, as an error', async () => {
    const ui = await mountUi({ answers: { refreshTrafficLights: { error: 'No KPIs sheet.' } } });
    await openTask(ui, 'Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await waitFor(() => expect(ui.status().textContent).toBe('No KPIs sheet.'));
    expect(ui.status().className).toBe('gp-status gp-error');
    expect(statusBox(ui).className).toBe('gp-taskstatus');
    // A failed action changed nothing: the cascades are not listed again.
    expect(ui.argsOf('listCascades')).toHaveLength(1);
  });

  it('gives the focus back to the button when the action ends, if the focus dropped to the page', async () => {
    const release = hold('refreshTrafficLights');
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    const refresh = screen.getByRole('button', { name: 'Refresh traffic lights' });
    await ui.user.click(refresh);
    await waitFor(() => expect((refresh as HTMLButtonElement).disabled).toBe(true));
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    elsewhere.focus();
    elsewhere.remove();
    expect(document.activeElement).toBe(document.body);
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    await waitFor(() => expect(document.activeElement).toBe(refresh));
  });

  it('gives the focus back also after an action that ends before the next frame', async () => {
    // A quick host (the playground) answers within microtasks: the action ends before the effects of the render that
    // disabled the button have run. The page drops the focus of a disabled button (the port does it here).
    const port: HostPort = {
      ...recordingPort(),
      listCascades: async () => [],
      refreshTrafficLights: async () => {
        (document.activeElement as HTMLElement | null)?.blur();
        return { sheets: ['KPIs'], rules: 3, asOf: '2026-11-24', message: 'Traffic lights refreshed.' };
      },
    };
    render(h(App, { port, startTask: 'lights' }));
    const refresh = screen.getByRole('button', { name: 'Refresh traffic lights' });
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-lights'));
    refresh.focus();
    refresh.click();
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Traffic lights refreshed.'));
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).toBe(refresh);
    cleanup();
  });

  it('leaves the focus where the user put it meanwhile', async () => {
    const release = hold('refreshTrafficLights');
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    const refresh = screen.getByRole('button', { name: 'Refresh traffic lights' });
    await ui.user.click(refresh);
    const back = screen.getByRole('button', { name: /Home/ });
    back.focus();
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    await new Promise((r) => setTimeout(r, 20));
    expect(document.activeElement).toBe(back);
  });

  it('scrolls the result into view when an action ends', async () => {
    const scroll = vi.fn();
    (HTMLElement.prototype as unknown as { scrollIntoView: unknown }).scrollIntoView = scroll;
    const release = hold('refreshTrafficLights');
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    scroll.mockClear();
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await waitFor(() => expect(ui.status().textContent).toBe('Refreshing traffic lights...'));
    expect(scroll).not.toHaveBeenCalled();
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    await waitFor(() => expect(scroll).toHaveBeenCalled());
    expect(scroll.mock.calls).toEqual([[{ block: 'nearest' }]]);
    expect(scroll.mock.contexts[0]).toBe(ui.status());
  });

  it('does not scroll in the goal tree, whose status bar stays in view at the bottom', async () => {
    const scroll = vi.fn();
    (HTMLElement.prototype as unknown as { scrollIntoView: unknown }).scrollIntoView = scroll;
    const ui = await mountUi({
      answers: { goalTree: { goals: [{ id: 'G1', statement: 'Grow revenue', depth: 0, status: 'Green', rollup: 0.5, at: { sheet: 'Goals', row: 1, col: 0 } }] } },
    });
    await openTask(ui, 'Goal tree');
    await ui.user.click(screen.getByRole('button', { name: 'Show the goal tree' }));
    const node = await screen.findByRole('button', { name: /^G1 Grow revenue/ });
    scroll.mockClear();
    await ui.user.click(node);
    await waitFor(() => expect(ui.status().textContent).toBe('Selected G1 in Goals.'));
    await new Promise((r) => setTimeout(r, 30));
    expect(scroll).not.toHaveBeenCalled();
    expect(ui.argsOf('selectCell')).toEqual([[{ sheet: 'Goals', row: 1, col: 0 }]]);
  });

  it('does not scroll when the action ends on Home', async () => {
    const scroll = vi.fn();
    (HTMLElement.prototype as unknown as { scrollIntoView: unknown }).scrollIntoView = scroll;
    const release = hold('refreshTrafficLights');
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
    scroll.mockClear();
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    await new Promise((r) => setTimeout(r, 20));
    expect(scroll).not.toHaveBeenCalled();
  });
});

describe('the Check goals task', () => {
  const FINDINGS = [
    { severity: 'error', message: 'G1 has no deadline.', at: { sheet: 'Goals', row: 1, col: 7 } },
    { severity: 'warning', message: 'G2 is not measurable.' },
    { severity: 'info', message: 'K3 has no owner.', at: { sheet: 'KPIs', row: 3, col: 2 } },
  ];

  it('lists the findings, each with its cell to select when it has one', async () => {
    const release = hold('checkGoals');
    const ui = await mountUi({ answers: { checkGoals: FINDINGS } });
    await openTask(ui, 'Check goals');
    const check = screen.getByRole('button', { name: 'Check goals' });
    await ui.user.click(check);
    await waitFor(() => expect(ui.status().textContent).toBe('Checking goals...'));
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('3 findings.'));
    const list = screen.getByRole('list', { name: 'Findings' });
    expect(list.className).toBe('gp-findings');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => [li.className, li.textContent])).toEqual([
      ['gp-error', 'G1 has no deadline.'], ['gp-warning', 'G2 is not measurable.'], ['gp-info', 'K3 has no owner.'],
    ]);
    expect(within(items[1]).queryByRole('button')).toBeNull();
    expect(items[1].firstElementChild?.tagName).toBe('SPAN');
    const first = within(items[0]).getByRole('button', { name: 'G1 has no deadline.' });
    expect(first.className).toBe('gp-link');
    expect(first.getAttribute('type')).toBe('button');
    await ui.user.click(first);
    await waitFor(() => expect(ui.status().textContent).toBe('Selected Goals.'));
    expect(ui.argsOf('selectCell')).toEqual([[{ sheet: 'Goals', row: 1, col: 7 }]]);
    await ui.user.click(within(items[2]).getByRole('button', { name: 'K3 has no owner.' }));
    await waitFor(() => expect(ui.status().textContent).toBe('Selected KPIs.'));
    expect(ui.argsOf('selectCell')[1]).toEqual([{ sheet: 'KPIs', row: 3, col: 2 }]);
    expect(ui.argsOf('checkGoals')).toEqual([[null]]);
  });

  it('says "Selecting..." while a finding\'s cell is selected', async () => {
    const ui = await mountUi({ answers: { checkGoals: [FINDINGS[0]] } });
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.status().textContent).toBe('1 finding.'));
    const release = hold('selectCell');
    await ui.user.click(screen.getByRole('button', { name: 'G1 has no deadline.' }));
    await waitFor(() => expect(ui.status().textContent).toBe('Selecting...'));
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Selected Goals.'));
  });

  it('says "1 finding." for one', async () => {
    const ui = await mountUi({ answers: { checkGoals: [FINDINGS[1]] } });
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.status().textContent).toBe('1 finding.'));
    expect(within(screen.getByRole('list', { name: 'Findings' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says every goal passes when there are no findings, and lists none', async () => {
    const ui = await mountUi({ answers: { checkGoals: [] } });
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.status().textContent).toBe('No findings: every goal passes.'));
    expect(screen.queryByRole('list', { name: 'Findings' })).toBeNull();
    expect(ui.root.querySelector('.gp-findings')).toBeNull();
  });

  it('a new check replaces the findings', async () => {
    const ui = await mountUi({ answers: { checkGoals: FINDINGS } });
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.status().textContent).toBe('3 findings.'));
    window.__answers.checkGoals = [];
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.status().textContent).toBe('No findings: every goal passes.'));
    expect(screen.queryByRole('list', { name: 'Findings' })).toBeNull();
  });

  it('says why the check failed', async () => {
    const ui = await mountUi({ answers: { checkGoals: { error: 'No Goals sheet.' } } });
    await openTask(ui, 'Check goals');
    await ui.user.click(screen.getByRole('button', { name: 'Check goals' }));
    await waitFor(() => expect(ui.status().textContent).toBe('No Goals sheet.'));
    expect(ui.status().className).toBe('gp-status gp-error');
  });
});

describe('the status bar', () => {
  it('on Home, shows a status that came before the app, as an error when it is one', async () => {
    const ui = await mountUi({ initialStatus: { text: 'The ribbon could not refresh.', error: true } });
    expect(ui.status().textContent).toBe('The ribbon could not refresh.');
    expect(ui.status().className).toBe('gp-status gp-error');
    expect(ui.status().getAttribute('role')).toBe('status');
    expect(ui.status().getAttribute('aria-live')).toBe('polite');
    expect(statusBox(ui).className).toBe('gp-taskstatus');
  });

  it('on Home with nothing to say, is empty', async () => {
    const ui = await mountUi();
    expect(ui.status().textContent).toBe('');
    expect(ui.status().className).toBe('gp-status');
    expect(statusBox(ui).className).toBe('gp-taskstatus gp-empty');
    expect(screen.queryByTestId('progress')).toBeNull();
  });

  it('stays at the bottom of the goal tree', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Goal tree');
    expect(statusBox(ui).className).toBe('gp-taskstatus gp-sticky gp-empty');
    ui.handle.showStatus({ text: 'From the ribbon.' });
    await waitFor(() => expect(statusBox(ui).className).toBe('gp-taskstatus gp-sticky'));
    expect(ui.status().className).toBe('gp-status');
  });

  it('in a part that says its own result, only reads a success out; errors still show', async () => {
    const ui = await mountUi();
    await openTask(ui, 'Goal wizard');
    ui.handle.showStatus({ text: 'Added goal G7.' });
    await waitFor(() => expect(ui.status().textContent).toBe('Added goal G7.'));
    expect(ui.status().className).toBe('gp-status gp-sr-only');
    ui.handle.showStatus({ text: 'It failed.', error: true });
    await waitFor(() => expect(ui.status().className).toBe('gp-status gp-error'));
    for (const [label] of [['Check in'], ['Review and next cycle']]) {
      await ui.user.click(screen.getAllByRole('button', { name: /Home/ }).find((b) => b.offsetParent !== null || !b.closest('[hidden]'))!);
      await openTask(ui, label);
      ui.handle.showStatus({ text: 'Done.' });
      await waitFor(() => expect(ui.status().textContent).toBe('Done.'));
      expect(ui.status().className).toBe('gp-status gp-sr-only');
    }
  });

  it('in a part without its own feedback, shows the success', async () => {
    const ui = await mountUi();
    for (const label of ['Apply template', 'Check goals', 'Traffic lights', 'Goal tree']) {
      if (label !== 'Apply template') await ui.user.click(within(openView(ui)).getByRole('button', { name: /Home/ }));
      await openTask(ui, label);
      ui.handle.showStatus({ text: `Done in ${label}.` });
      await waitFor(() => expect(ui.status().textContent).toBe(`Done in ${label}.`));
      expect(ui.status().className).toBe('gp-status');
    }
  });

  it('in Review and next cycle, shows after the part that ran last', async () => {
    const ui = await mountUi({
      answers: {
        listNextCycle: { goals: [{ id: 'G1', statement: 'Grow revenue', deadline: '2026-06-30', pastDeadline: true, reviewed: true, kpis: 1, suggested: true }] },
      },
    });
    await openTask(ui, 'Review and next cycle');
    const view = openView(ui);
    const statuses = () => within(view).getAllByTestId('status');
    expect(statuses()).toHaveLength(1);
    const review = within(view).getByRole('region', { name: /^Review/ });
    const next = within(view).getByRole('region', { name: /^Next cycle/ });
    // First the bar follows Review.
    expect(review.compareDocumentPosition(statuses()[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(next.compareDocumentPosition(statuses()[0]) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    await ui.user.click(within(view).getByRole('button', { name: 'Choose goals for the next cycle' }));
    const start = await within(view).findByRole('button', { name: 'Start next cycle (1 goal)' });
    await ui.user.click(start);
    await waitFor(() => expect(ui.status().textContent).toBe('Next cycle started.'));
    expect(statuses()).toHaveLength(1);
    expect(next.compareDocumentPosition(statuses()[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(ui.argsOf('startNextCycle')).toEqual([[['G1'], null]]);
    // Opening the task again puts it back after Review.
    await ui.user.click(within(view).getByRole('button', { name: /Home/ }));
    await openTask(ui, 'Review and next cycle');
    expect(next.compareDocumentPosition(statuses()[0]) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  });

  it('keeps a running action\'s progress when another task opens meanwhile', async () => {
    const release = hold('refreshTrafficLights');
    const ui = await mountUi();
    await openTask(ui, 'Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await waitFor(() => expect(ui.status().textContent).toBe('Refreshing traffic lights...'));
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
    // Home's task buttons stay enabled; its status bar shows the progress.
    expect(ui.status().textContent).toBe('Refreshing traffic lights...');
    expect(within(screen.getByTestId('progress')).getByLabelText('Refreshing traffic lights')).toBeTruthy();
    await openTask(ui, 'Check goals');
    expect(ui.status().textContent).toBe('Refreshing traffic lights...');
    expect((screen.getByRole('button', { name: 'Check goals' }) as HTMLButtonElement).disabled).toBe(true);
    expect(openView(ui).getAttribute('aria-busy')).toBe('true');
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    expect((screen.getByRole('button', { name: 'Check goals' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('the AppHandle', () => {
  it('showStatus from outside shows the status and re-reads the workbook', async () => {
    const ui = await mountUi({ answers: { workbookSummary: SUMMARY } });
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('3 goals'));
    expect(ui.argsOf('workbookSummary')).toHaveLength(1);
    window.__answers.workbookSummary = { ...SUMMARY, goals: 4 };
    ui.handle.showStatus({ text: 'Traffic lights refreshed from the ribbon.' });
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('4 goals'));
    expect(ui.status().textContent).toBe('Traffic lights refreshed from the ribbon.');
    expect(ui.status().className).toBe('gp-status');
    expect(ui.argsOf('workbookSummary')).toHaveLength(2);
    expect(ui.argsOf('listCascades')).toHaveLength(2);
    ui.handle.showStatus({ text: 'The ribbon failed.', error: true });
    await waitFor(() => expect(ui.status().className).toBe('gp-status gp-error'));
    // Every report from outside is a change: the workbook is read again each time.
    await waitFor(() => expect(ui.argsOf('workbookSummary')).toHaveLength(3));
    expect(ui.argsOf('listCascades')).toHaveLength(3);
  });

  it('setTheme switches the look and keeps the state', async () => {
    const ui = await mountUi();
    expect(ui.root.dataset.gpLook).toBe('fluent');
    await openTask(ui, 'Apply template');
    await ui.user.click(screen.getByRole('checkbox', { name: 'Fill with example data' }));
    ui.handle.setTheme!({ look: 'google', dark: true, css: '.x{}' });
    await waitFor(() => expect(ui.root.dataset.gpLook).toBe('google'));
    expect(ui.root.dataset.gpDark).toBe('');
    expect(openView(ui).getAttribute('data-task-view')).toBe('template');
    expect((screen.getByRole('checkbox', { name: 'Fill with example data' }) as HTMLInputElement).checked).toBe(false);
    expect(ui.root.querySelectorAll('main.gp')).toHaveLength(1);
  });

  it('carries the styles of the panel, the wizard, the goal tree and the task views', async () => {
    const ui = await mountUi();
    const css = ui.root.querySelector('main.gp > style')!.textContent!;
    expect(css).not.toContain('NaN');
    expect(css).toContain('.gp h1{font-size:18px;margin:0 0 6px}'); // styles.ts STYLES
    expect(css).toContain('.gp-kpi legend{font-weight:600;padding:0 4px}'); // styles.ts WIZARD_STYLES
    expect(css).toContain('.gp-tree li{margin:1px 0}'); // goalTree.tsx GOALS_STYLES
    expect(css).toContain('.gp-taskstatus.gp-sticky{position:sticky;bottom:0;'); // panelStyles.ts
    expect(css.indexOf('.gp h1{')).toBeLessThan(css.indexOf('.gp-tree li{'));
    expect(css.indexOf('.gp-tree li{')).toBeLessThan(css.indexOf('.gp-taskstatus.gp-sticky{'));
  });

  it('mounting replaces what the page showed', async () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Loading...</p>';
    document.body.append(root);
    mountApp(root, recordingPort());
    expect(root.textContent).not.toContain('Loading...');
    expect(root.children).toHaveLength(1);
    expect(root.firstElementChild?.tagName).toBe('MAIN');
    expect(root.firstElementChild?.className).toBe('gp');
    expect(root.dataset.gpLook).toBe('fluent');
    await waitFor(() => within(root).getByRole('navigation', { name: 'Tasks' }));
    renderInto(null, root);
    root.remove();
  });
});

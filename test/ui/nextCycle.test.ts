// @vitest-environment happy-dom
/**
 * The Next cycle task (shared/ui/nextCycle.tsx) in happy-dom: describeChoice for every kind of goal, the list with the
 * suggested goals ticked, the user's choices, what goes to startNextCycle, the confirmation and the errors. Most tests
 * render the part alone over the recording port with a `run` that records its labels; the last ones go through the
 * whole app (mountUi).
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { CycleChoice, HostPort } from '../../shared/host/port';
import { NextCycle, describeChoice } from '../../shared/ui/nextCycle';
import { recordingPort } from '../browser/harness/recordingPort';
import { mountUi } from './mountUi';
import { renderPart } from './renderPart';

const at = (row: number) => ({ sheet: 'Goals', row, col: 0 });
const G6: CycleChoice = { id: 'G6', statement: 'Reduce dock-to-stock time', start: '2026-01-01', deadline: '2026-06-30', nextStart: '2026-07-01', nextDeadline: '2026-12-31', pastDeadline: true, reviewed: true, kpis: 1, suggested: true, at: at(6) };
const G4: CycleChoice = { id: 'G4', statement: 'Increase average basket size', start: '2026-01-01', deadline: '2026-09-30', nextStart: '2026-10-01', nextDeadline: '2027-06-30', pastDeadline: true, reviewed: false, kpis: 2, suggested: false, at: at(4) };
const G9: CycleChoice = { id: 'G9', statement: 'Raise our NPS', deadline: '2027-12-31', pastDeadline: false, reviewed: false, kpis: 0, suggested: false, problem: 'G9 has no start date: type one in Goals first.', at: at(9) };
const G12: CycleChoice = { id: 'G12', statement: 'Launch the loyalty card', start: '2025-01-01', deadline: '2025-12-31', nextStart: '2026-01-01', nextDeadline: '2026-12-31', pastDeadline: true, reviewed: true, kpis: 3, suggested: true, at: at(12) };

// mountUi unmounts the apps it mounted; the parts rendered alone here over a recording port are cleaned up here.
afterEach(() => {
  cleanup();
  delete window.__hold;
  window.__answers = {};
});

describe('describeChoice', () => {
  it('says a finished, reviewed goal with its next period and one KPI', () => {
    expect(describeChoice(G6)).toBe('ended 2026-06-30; reviewed; next: 2026-07-01 to 2026-12-31; 1 KPI');
  });
  it('leaves out "reviewed" for a goal not reviewed, and counts KPIs in the plural', () => {
    expect(describeChoice(G4)).toBe('ended 2026-09-30; next: 2026-10-01 to 2027-06-30; 2 KPIs');
  });
  it('says a goal still running, with no next period, no KPI and its problem', () => {
    expect(describeChoice(G9)).toBe('runs to 2027-12-31; 0 KPIs; G9 has no start date: type one in Goals first.');
  });
  it('says a goal already carried on', () => {
    expect(describeChoice({ ...G12, carriedOnAs: 'G15' })).toBe('ended 2025-12-31; reviewed; next: 2026-01-01 to 2026-12-31; 3 KPIs; already carried on as G15');
  });
  it('puts every part in its order', () => {
    expect(describeChoice({ ...G12, carriedOnAs: 'G15', problem: 'Odd.', kpis: 1 })).toBe('ended 2025-12-31; reviewed; next: 2026-01-01 to 2026-12-31; 1 KPI; already carried on as G15; Odd.');
  });
});

const renderNext = (opts: Parameters<typeof renderPart>[1] = {}) => renderPart(NextCycle, opts);

const LIST = { goals: [G6, G4, G9] };
const list = () => screen.getByTestId('cycle-goals');
const boxes = () => within(list()).getAllByRole('checkbox') as HTMLInputElement[];
const states = () => boxes().map((b) => [b.checked, b.disabled]);
const startButton = () => screen.getByRole('button', { name: /^Start next cycle/ }) as HTMLButtonElement;
async function openNext(t: { user: ReturnType<typeof userEvent.setup> }) {
  await t.user.click(screen.getByRole('button', { name: 'Choose goals for the next cycle' }));
}
/** Wait until the list shows with the suggested goals ticked (ticked in the same update as the list). */
async function listed(n: number) {
  await waitFor(() => expect(boxes()).toHaveLength(n));
}

describe('the Next cycle part: the list', () => {
  it('reads nothing until asked, and shows progress while reading', async () => {
    window.__hold = { listNextCycle: new Promise(() => {}) };
    const t = renderNext({ answers: { listNextCycle: LIST } });
    expect(screen.getByRole('heading', { name: 'Next cycle' }).id).toBe('gp-next');
    expect((screen.getByRole('button', { name: 'Choose goals for the next cycle' }) as HTMLButtonElement).disabled).toBe(false);
    expect(t.argsOf('listNextCycle')).toEqual([]);
    await openNext(t);
    expect(screen.queryByRole('button', { name: 'Choose goals for the next cycle' })).toBeNull();
    expect(screen.getByRole('progressbar', { name: "Reading the cycle's goals" })).toBeTruthy();
    await waitFor(() => expect(t.argsOf('listNextCycle')).toEqual([[null]]));
    expect(screen.queryByTestId('cycle-goals')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Start next cycle/ })).toBeNull();
  });

  it('gives the focus to the heading when the button that opened it goes away', async () => {
    const t = renderNext({ answers: { listNextCycle: LIST } });
    await openNext(t);
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-next'));
  });

  it('ticks the suggested goals, and shows a goal with a problem unticked and disabled', async () => {
    const t = renderNext({ answers: { listNextCycle: LIST } });
    await openNext(t);
    await listed(3);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(states()).toEqual([[true, false], [false, false], [false, true]]);
    const items = within(list()).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'G6 Reduce dock-to-stock timeended 2026-06-30; reviewed; next: 2026-07-01 to 2026-12-31; 1 KPI',
      'G4 Increase average basket sizeended 2026-09-30; next: 2026-10-01 to 2027-06-30; 2 KPIs',
      'G9 Raise our NPSruns to 2027-12-31; 0 KPIs; G9 has no start date: type one in Goals first.',
    ]);
    expect(items[0].querySelector('.gp-hint')!.textContent).toBe('ended 2026-06-30; reviewed; next: 2026-07-01 to 2026-12-31; 1 KPI');
    expect((screen.getByRole('checkbox', { name: /^G4 Increase average basket size/ }) as HTMLInputElement).checked).toBe(false);
    expect(list().tagName).toBe('UL');
    expect(list().className).toBe('gp-choices');
    const fieldset = list().closest('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).toBe('Carry on (copies with new IDs; the finished goals stay as they were)');
    expect(fieldset.querySelector('legend')!.className).toBe('gp-hint');
    expect(fieldset.style.borderStyle).toBe('none');
    expect(fieldset.style.padding).toBe('0px');
    expect(fieldset.style.margin).toBe('0px');
    expect(startButton().textContent).toBe('Start next cycle (1 goal)');
    expect(startButton().disabled).toBe(false);
    expect(startButton().getAttribute('type')).toBe('submit');
    expect(startButton().className).toContain('gp-primary');
    expect(screen.queryByTestId('cycle-done')).toBeNull();
    expect(screen.queryByTestId('cycle-message')).toBeNull();
  });

  it('never ticks nor sends a suggested goal that has a problem', async () => {
    const t = renderNext({ answers: { listNextCycle: { goals: [{ ...G9, suggested: true }, G12] } } });
    await openNext(t);
    await listed(2);
    expect(states()).toEqual([[false, true], [true, false]]);
    expect(startButton().textContent).toBe('Start next cycle (1 goal)');
    await t.user.click(startButton());
    await waitFor(() => expect(t.argsOf('startNextCycle')).toEqual([[['G12'], null]]));
  });

  it('says what to do when there is nothing to carry on, with no list', async () => {
    const t = renderNext({ answers: { listNextCycle: { goals: [], message: 'No goal in Goals yet: add one with the goal wizard.' } } });
    await openNext(t);
    await waitFor(() => screen.getByTestId('cycle-message'));
    expect(screen.getByTestId('cycle-message').textContent).toBe('No goal in Goals yet: add one with the goal wizard.');
    expect(screen.getByTestId('cycle-message').className).toBe('gp-hint');
    expect(screen.queryByTestId('cycle-goals')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Start next cycle/ })).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows an empty list without a message as nothing at all', async () => {
    const t = renderNext({ answers: { listNextCycle: { goals: [] } } });
    await openNext(t);
    await waitFor(() => expect(t.argsOf('listNextCycle')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.queryByTestId('cycle-goals')).toBeNull();
    expect(screen.queryByTestId('cycle-message')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Start next cycle/ })).toBeNull();
  });

  it('shows a message next to the list when the core gives both', async () => {
    const t = renderNext({ answers: { listNextCycle: { goals: [G6], message: 'Only Goals 2 was read.' } } });
    await openNext(t);
    await listed(1);
    expect(screen.getByTestId('cycle-message').textContent).toBe('Only Goals 2 was read.');
  });

  it('shows a failed read as a sentence (an Error or anything else thrown)', async () => {
    const t = renderNext({ answers: { listNextCycle: { error: 'The Goals sheet is missing.' } } });
    await openNext(t);
    await waitFor(() => expect(screen.getByTestId('cycle-message').textContent).toBe('The Goals sheet is missing.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    // Nothing to choose: no list and no button.
    expect(screen.queryByTestId('cycle-goals')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Start next cycle/ })).toBeNull();
    cleanup();
    const port = { ...recordingPort(), listNextCycle: () => Promise.reject('no workbook') } as HostPort;
    const t2 = renderNext({ port });
    await openNext(t2);
    await waitFor(() => expect(screen.getByTestId('cycle-message').textContent).toBe('no workbook'));
  });

  it('reads the cascade picked, and reads again after a change (only once open), ticking the suggested ones afresh', async () => {
    const t = renderNext({ answers: { listNextCycle: LIST }, cascade: 'Goals 2' });
    t.rerender(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(t.argsOf('listNextCycle')).toEqual([]);
    await openNext(t);
    await listed(3);
    expect(t.argsOf('listNextCycle')).toEqual([['Goals 2']]);
    await t.user.click(boxes()[1]);
    await t.user.click(boxes()[0]);
    expect(states()).toEqual([[false, false], [true, false], [false, true]]);
    window.__answers.listNextCycle = { goals: [G4, G12, G6] };
    t.rerender(2);
    await waitFor(() => expect(within(list()).getAllByRole('listitem')[1].textContent).toMatch(/^G12 /));
    expect(states()).toEqual([[false, false], [true, false], [true, false]]);
    expect(t.argsOf('listNextCycle')).toEqual([['Goals 2'], ['Goals 2']]);
    expect(startButton().textContent).toBe('Start next cycle (2 goals)');
  });

  it('disables its buttons while an action runs', async () => {
    const t = renderNext({ answers: { listNextCycle: LIST }, busy: true });
    expect((screen.getByRole('button', { name: 'Choose goals for the next cycle' }) as HTMLButtonElement).disabled).toBe(true);
    t.rerender(0, false);
    await openNext(t);
    await listed(3);
    t.rerender(0, true);
    expect(startButton().disabled).toBe(true);
    t.rerender(0, false);
    expect(startButton().disabled).toBe(false);
  });
});

describe('the Next cycle part: choosing and starting', () => {
  it('counts the goals ticked in the button, and disables it with none', async () => {
    const t = renderNext({ answers: { listNextCycle: LIST } });
    await openNext(t);
    await listed(3);
    await t.user.click(boxes()[1]);
    expect(states()).toEqual([[true, false], [true, false], [false, true]]);
    expect(startButton().textContent).toBe('Start next cycle (2 goals)');
    await t.user.click(boxes()[0]);
    expect(states()).toEqual([[false, false], [true, false], [false, true]]);
    expect(startButton().textContent).toBe('Start next cycle (1 goal)');
    await t.user.click(boxes()[1]);
    expect(states()).toEqual([[false, false], [false, false], [false, true]]);
    expect(startButton().textContent).toBe('Start next cycle (0 goals)');
    expect(startButton().disabled).toBe(true);
    // The disabled goal does not tick.
    await t.user.click(boxes()[2]);
    expect(states()).toEqual([[false, false], [false, false], [false, true]]);
    await t.user.click(boxes()[0]);
    expect(startButton().disabled).toBe(false);
  });

  it('sends the goals ticked in the order of the list, and shows the confirmation', async () => {
    const message = 'Next cycle started: G13 (from G6), G14 (from G4) with K14, from 2026-07-01. The finished goals stay as they were.';
    const t = renderNext({ answers: { listNextCycle: LIST, startNextCycle: { goals: [{ from: 'G6', to: 'G13' }, { from: 'G4', to: 'G14' }], kpis: [{ from: 'K8', to: 'K14' }], message } } });
    await openNext(t);
    await listed(3);
    await t.user.click(boxes()[0]);
    await t.user.click(boxes()[1]);
    await t.user.click(boxes()[0]);
    await t.user.click(startButton());
    await waitFor(() => expect(screen.getByTestId('cycle-done').textContent).toBe(message));
    expect(t.argsOf('startNextCycle')).toEqual([[['G6', 'G4'], null]]);
    expect(t.runs).toEqual([{ label: 'Starting the next cycle for G6, G4', result: message }]);
    expect(screen.getByTestId('cycle-done').getAttribute('role')).toBe('status');
    expect(screen.getByTestId('cycle-done').className).toBe('gp-status');
  });

  it('sends the cascade picked with the goals', async () => {
    const t = renderNext({ answers: { listNextCycle: { goals: [G12] } }, cascade: 'Goals 2' });
    await openNext(t);
    await listed(1);
    await t.user.click(startButton());
    await waitFor(() => expect(t.argsOf('startNextCycle')).toEqual([[['G12'], 'Goals 2']]));
    expect(t.runs.map((r) => r.label)).toEqual(['Starting the next cycle for G12']);
    await waitFor(() => expect(screen.getByTestId('cycle-done').textContent).toBe('Next cycle started.'));
  });

  it('leaves a failure to run (the status bar) and shows no confirmation', async () => {
    const t = renderNext({ answers: { listNextCycle: { goals: [G12] }, startNextCycle: { error: 'G12 has been carried on already.' } } });
    await openNext(t);
    await listed(1);
    await t.user.click(startButton());
    await waitFor(() => expect(t.runs).toEqual([{ label: 'Starting the next cycle for G12', error: 'G12 has been carried on already.' }]));
    expect(screen.queryByTestId('cycle-done')).toBeNull();
  });

  it('sends nothing when the form is submitted with no goal ticked, and prevents the browser submit', async () => {
    const t = renderNext({ answers: { listNextCycle: { goals: [G4] } } });
    await openNext(t);
    await listed(1);
    const form = list().closest('form')!;
    const ev = new Event('submit', { bubbles: true, cancelable: true });
    fireEvent(form, ev);
    expect(ev.defaultPrevented).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(t.argsOf('startNextCycle')).toEqual([]);
    expect(t.runs).toEqual([]);
    await t.user.click(boxes()[0]);
    const ev2 = new Event('submit', { bubbles: true, cancelable: true });
    fireEvent(form, ev2);
    expect(ev2.defaultPrevented).toBe(true);
    await waitFor(() => expect(t.argsOf('startNextCycle')).toEqual([[['G4'], null]]));
  });
});

describe('Next cycle in the app', () => {
  it('opens from Home, starts the next cycle, reads the list again and says it once', async () => {
    const message = 'Next cycle started: G13 (from G6).';
    const ui = await mountUi({ answers: { listNextCycle: LIST, startNextCycle: { goals: [{ from: 'G6', to: 'G13' }], kpis: [], message } } });
    await ui.openTask('Review and next cycle');
    await ui.user.click(screen.getByRole('button', { name: 'Choose goals for the next cycle' }));
    await listed(3);
    await ui.user.click(startButton());
    await waitFor(() => expect(screen.getByTestId('cycle-done').textContent).toBe(message));
    expect(ui.argsOf('startNextCycle')).toEqual([[['G6'], null]]);
    await waitFor(() => expect(ui.status().textContent).toBe(message));
    expect(ui.status().className).toContain('gp-sr-only');
    await waitFor(() => expect(ui.argsOf('listNextCycle')).toHaveLength(2));
  });

  it('shows a failed start in the status bar as an error', async () => {
    const ui = await mountUi({ answers: { listNextCycle: LIST, startNextCycle: { error: 'The Goals sheet is protected.' } } });
    await ui.openTask('Review and next cycle');
    await ui.user.click(screen.getByRole('button', { name: 'Choose goals for the next cycle' }));
    await listed(3);
    await ui.user.click(startButton());
    await waitFor(() => expect(ui.status().className).toContain('gp-error'));
    expect(ui.status().textContent).toContain('The Goals sheet is protected.');
    expect(screen.queryByTestId('cycle-done')).toBeNull();
  });
});

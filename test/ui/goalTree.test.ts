// @vitest-environment happy-dom
/**
 * The Goal tree task (shared/ui/goalTree.tsx) in happy-dom, over the recording port: nothing is read until asked, the
 * tree as goalTree answers it (indent by level, status dot and word, roll-up as a percentage), its messages and errors,
 * selecting a goal's row, and the tree read again after every change.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GoalNode, HostPort } from '../../shared/host/port';
import { GOALS_STYLES, GoalTreeTask, percent } from '../../shared/ui/goalTree';
import { mountUi, screen, waitFor, within, type MountedUi } from './mountUi';

const at = (row: number) => ({ sheet: 'Goals', row, col: 0 });
const GOALS: GoalNode[] = [
  { id: 'G1', statement: 'Increase revenue by 10% by the end of next year', depth: 0, level: 'Company', status: 'Yellow', rollup: 0.9521, at: at(1) },
  { id: 'G4', statement: 'Increase average basket size by 8% <b>by</b> the end of the year', depth: 1, parentId: 'G1', status: 'Green', rollup: 1.04, at: at(4) },
  { id: 'G12', statement: 'Launch the loyalty card in 20 stores', depth: 2, parentId: 'G4', at: at(12) },
  { id: 'G13', statement: 'Train the cashiers', depth: 3, parentId: 'G12', status: 'Red', rollup: 0, at: at(13) },
  { id: 'G14', statement: 'Print the cards', depth: 4, parentId: 'G13', status: 'Green', rollup: 0.125, at: at(14) },
  { id: 'G15', statement: 'Order the paper', depth: 6, parentId: 'G14', status: 'Yellow', at: at(15) },
  { id: 'G6', statement: 'Reduce dock-to-stock time', depth: 0, status: 'Red', rollup: 0.75, at: { sheet: 'Goals (2)', row: 6, col: 0 } },
];
const TREE = { goals: GOALS };

afterEach(() => {
  // The apps mountUi mounted are unmounted by it; the components rendered alone here are Testing Library's to clean.
  cleanup();
  vi.restoreAllMocks();
});

async function openTree(answers: Record<string, unknown> = { goalTree: TREE }): Promise<MountedUi> {
  const ui = await mountUi({ answers });
  await waitFor(() => expect(ui.argsOf('workbookSummary').length).toBe(1));
  await ui.openTask('Goal tree');
  return ui;
}
const showButton = () => screen.getByRole('button', { name: 'Show the goal tree' }) as HTMLButtonElement;
const reloadButton = () => screen.getByRole('button', { name: 'Reload the goal tree' }) as HTMLButtonElement;
const items = () => [...screen.getByTestId('goal-tree').querySelectorAll('li')] as HTMLElement[];
const goalButton = (id: string) => screen.getByRole('button', { name: new RegExp(`^${id} `) }) as HTMLButtonElement;

describe('percent', () => {
  it.each([
    [0.9521, '95 %'],
    [0.955, '96 %'],
    [1.04, '104 %'],
    [1, '100 %'],
    [0, '0 %'],
    [0.125, '13 %'],
    [0.004, '0 %'],
    [-0.25, '-25 %'],
    [12, '1200 %'],
  ])('%d is "%s"', (x, text) => {
    expect(percent(x)).toBe(text);
  });
  it('no roll-up is "-"', () => {
    expect(percent(undefined)).toBe('-');
  });
});

describe('the Goal tree task', () => {
  it('reads nothing until asked, then shows the tree: indented by level, capped at four, with status and roll-up', async () => {
    const ui = await openTree();
    expect(screen.getByRole('heading', { name: 'Goals' }).id).toBe('gp-goals');
    expect(ui.argsOf('goalTree')).toEqual([]);
    expect(screen.queryByTestId('goal-tree')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reload the goal tree' })).toBeNull();
    let release!: () => void;
    window.__hold = { goalTree: new Promise<void>((r) => (release = r)) };
    await ui.user.click(showButton());
    // While it is read: a progress with its label; the button became Reload.
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Reading the goal tree' }).textContent).toBe('Reading the goal tree'));
    expect(screen.queryByRole('button', { name: 'Show the goal tree' })).toBeNull();
    expect(reloadButton().disabled).toBe(false);
    await waitFor(() => expect(ui.argsOf('goalTree')).toEqual([[null]])); // one cascade: none named
    // The same button now reloads: the focus stays on it.
    expect(document.activeElement).toBe(reloadButton());
    release();
    await waitFor(() => screen.getByTestId('goal-tree'));
    expect(screen.queryByRole('progressbar', { name: 'Reading the goal tree' })).toBeNull();
    expect(screen.queryByTestId('tree-message')).toBeNull();
    const tree = screen.getByRole('list', { name: 'Goal tree' });
    expect(tree.className).toBe('gp-tree');
    expect(items().map((li) => `${li.dataset.depth}:${li.style.paddingLeft}`)).toEqual(['0:0px', '1:12px', '2:24px', '3:36px', '4:48px', '6:48px', '0:0px']);
    expect(items().map((li) => li.querySelector('.gp-node-text')!.textContent)).toEqual([
      'G1 Increase revenue by 10% by the end of next year',
      'G4 Increase average basket size by 8% <b>by</b> the end of the year',
      'G12 Launch the loyalty card in 20 stores',
      'G13 Train the cashiers',
      'G14 Print the cards',
      'G15 Order the paper',
      'G6 Reduce dock-to-stock time',
    ]);
    expect(tree.querySelectorAll('b').length).toBe(0); // workbook text stays text
    expect(items().map((li) => li.querySelector('.gp-node-fig')!.textContent)).toEqual([
      'Yellow · 95 %', 'Green · 104 %', 'No status · -', 'Red · 0 %', 'Green · 13 %', 'Yellow · -', 'Red · 75 %',
    ]);
    const dots = items().map((li) => li.querySelector('span')!);
    expect(dots.map((d) => d.className)).toEqual(['gp-dot gp-Yellow', 'gp-dot gp-Green', 'gp-dot', 'gp-dot gp-Red', 'gp-dot gp-Green', 'gp-dot gp-Yellow', 'gp-dot gp-Red']);
    expect(dots.map((d) => d.dataset.status)).toEqual(['Yellow', 'Green', '', 'Red', 'Green', 'Yellow', 'Red']);
    expect(dots.every((d) => d.getAttribute('aria-hidden') === 'true')).toBe(true);
    const buttons = items().map((li) => li.querySelector('button')!);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'G1 Increase revenue by 10% by the end of next year; Yellow; roll-up 95 %. Select its row.',
      'G4 Increase average basket size by 8% <b>by</b> the end of the year; Green; roll-up 104 %. Select its row.',
      'G12 Launch the loyalty card in 20 stores; no status; roll-up -. Select its row.',
      'G13 Train the cashiers; Red; roll-up 0 %. Select its row.',
      'G14 Print the cards; Green; roll-up 13 %. Select its row.',
      'G15 Order the paper; Yellow; roll-up -. Select its row.',
      'G6 Reduce dock-to-stock time; Red; roll-up 75 %. Select its row.',
    ]);
    expect(buttons.every((b) => b.type === 'button' && b.className === 'gp-node' && !b.disabled)).toBe(true);
  });

  it('opened with the focus nowhere (a click from a script or a screen reader), the focus goes to the heading', async () => {
    await openTree();
    // Opening the task focuses its heading (app.tsx): wait for that, then leave the focus nowhere.
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-goals'));
    (document.activeElement as HTMLElement).blur();
    await new Promise((r) => setTimeout(r, 30));
    expect(document.activeElement).toBe(document.body);
    fireEvent.click(showButton());
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-goals'));
    await waitFor(() => screen.getByTestId('goal-tree'));
  });

  it('choosing a goal selects its row, says so, and reads the tree again', async () => {
    const ui = await openTree();
    await ui.user.click(showButton());
    await waitFor(() => screen.getByTestId('goal-tree'));
    let release!: () => void;
    window.__hold = { selectCell: new Promise<void>((r) => (release = r)) };
    await ui.user.click(goalButton('G4'));
    await waitFor(() => expect(ui.status().textContent).toBe('Selecting G4...'));
    // Busy: every goal and the Reload button wait.
    expect(goalButton('G1').disabled).toBe(true);
    expect(goalButton('G4').disabled).toBe(true);
    expect(reloadButton().disabled).toBe(true);
    expect(ui.argsOf('selectCell')).toEqual([[at(4)]]);
    window.__answers.goalTree = { goals: [{ ...GOALS[1], depth: 0, status: 'Red', rollup: 0.5 }] };
    release();
    await waitFor(() => expect(ui.status().textContent).toBe('Selected G4 in Goals.'));
    expect(ui.status().className).not.toContain('gp-error');
    await waitFor(() => expect(items().length).toBe(1));
    expect(ui.argsOf('goalTree')).toEqual([[null], [null]]);
    expect(items()[0].querySelector('.gp-node-fig')!.textContent).toBe('Red · 50 %');
    expect(goalButton('G4').disabled).toBe(false);
    expect(reloadButton().disabled).toBe(false);
    // A goal of another sheet names that sheet.
    window.__answers.goalTree = TREE;
    await ui.user.click(reloadButton());
    await waitFor(() => expect(items().length).toBe(7));
    await ui.user.click(goalButton('G6'));
    await waitFor(() => expect(ui.status().textContent).toBe('Selected G6 in Goals (2).'));
    expect(ui.argsOf('selectCell')).toEqual([[at(4)], [{ sheet: 'Goals (2)', row: 6, col: 0 }]]);
    await waitFor(() => expect(ui.argsOf('goalTree').length).toBe(4));
  });

  it('the goal chosen keeps the focus when the tree read again has lost a goal above it', async () => {
    const ui = await openTree({ goalTree: { goals: [GOALS[0], GOALS[1], GOALS[6]] } });
    await ui.user.click(showButton());
    await waitFor(() => expect(items().length).toBe(3));
    window.__answers.goalTree = { goals: [GOALS[1], GOALS[6]] };
    const g6 = goalButton('G6');
    await ui.user.click(g6);
    await waitFor(() => expect(items().length).toBe(2));
    await waitFor(() => expect(ui.status().textContent).toBe('Selected G6 in Goals (2).'));
    expect(g6.isConnected).toBe(true);
    expect(g6.getAttribute('aria-label')).toMatch(/^G6 /);
    expect(document.activeElement).toBe(g6);
  });

  it('a row that cannot be selected says why, as an error, and reads nothing again', async () => {
    const ui = await openTree({ goalTree: TREE, selectCell: { error: 'The sheet Goals is protected.' } });
    await ui.user.click(showButton());
    await waitFor(() => screen.getByTestId('goal-tree'));
    await ui.user.click(goalButton('G12'));
    await waitFor(() => expect(ui.status().textContent).toBe('The sheet Goals is protected.'));
    expect(ui.status().className).toContain('gp-error');
    expect(ui.argsOf('selectCell')).toEqual([[at(12)]]);
    expect(ui.argsOf('goalTree').length).toBe(1);
  });

  it('Reload reads the tree again and shows what changed', async () => {
    const ui = await openTree();
    await ui.user.click(showButton());
    await waitFor(() => expect(items().length).toBe(7));
    window.__answers.goalTree = { goals: [GOALS[0]] };
    await ui.user.click(reloadButton());
    await waitFor(() => expect(items().length).toBe(1));
    expect(ui.argsOf('goalTree')).toEqual([[null], [null]]);
    expect(ui.status().textContent).toBe(''); // reading is not an action
  });

  it('an empty tree shows the port\'s message and no list', async () => {
    await openTree({ goalTree: { goals: [], message: 'Goals has no goals yet: add one with the Goal wizard.' } });
    await screen.findByRole('button', { name: 'Show the goal tree' }).then((b) => b.click());
    await waitFor(() => expect(screen.getByTestId('tree-message').textContent).toBe('Goals has no goals yet: add one with the Goal wizard.'));
    expect(screen.queryByTestId('goal-tree')).toBeNull();
    expect(screen.queryByRole('progressbar', { name: 'Reading the goal tree' })).toBeNull();
  });

  it('an empty tree without a message shows nothing but the Reload button', async () => {
    const ui = await openTree({ goalTree: { goals: [] } });
    await ui.user.click(showButton());
    await waitFor(() => expect(ui.argsOf('goalTree').length).toBe(1));
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Reading the goal tree' })).toBeNull());
    expect(screen.queryByTestId('goal-tree')).toBeNull();
    expect(screen.queryByTestId('tree-message')).toBeNull();
    expect(reloadButton()).toBeTruthy();
  });

  it('a tree with a message (a cycle in the parent IDs) shows both', async () => {
    const ui = await openTree({ goalTree: { goals: [GOALS[0]], message: 'G7 and G8 are each other\'s parent: listed at the end.' } });
    await ui.user.click(showButton());
    await waitFor(() => expect(items().length).toBe(1));
    expect(screen.getByTestId('tree-message').textContent).toBe('G7 and G8 are each other\'s parent: listed at the end.');
  });

  it('a tree that cannot be read says why', async () => {
    const ui = await openTree({ goalTree: { error: 'There is no goal cascade in this workbook yet.' } });
    await ui.user.click(showButton());
    await waitFor(() => expect(screen.getByTestId('tree-message').textContent).toBe('There is no goal cascade in this workbook yet.'));
    expect(screen.queryByTestId('goal-tree')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('once open, the tree is read again after a change made elsewhere; closed, it is not', async () => {
    const ui = await openTree();
    // Not open yet: a change elsewhere reads nothing.
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await ui.openTask('Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    expect(ui.argsOf('goalTree')).toEqual([]);
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await ui.openTask('Goal tree');
    await ui.user.click(showButton());
    await waitFor(() => expect(items().length).toBe(7));
    expect(ui.argsOf('goalTree').length).toBe(1);
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await ui.openTask('Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await waitFor(() => expect(ui.argsOf('refreshTrafficLights').length).toBe(2));
    await waitFor(() => expect(ui.argsOf('goalTree').length).toBe(2));
  });

  it('reads the tree of the cascade picked on Home when the workbook has several', async () => {
    const ui = await mountUi({ answers: { goalTree: TREE, listCascades: [
      { goals: 'Goals', sheets: ['Goals'], active: true },
      { goals: 'Goals (2)', sheets: ['Goals (2)'], active: false },
    ] } });
    await waitFor(() => screen.getByLabelText('Work in the cascade of'));
    await ui.user.selectOptions(screen.getByLabelText('Work in the cascade of'), 'Goals (2)');
    await ui.openTask('Goal tree');
    await ui.user.click(showButton());
    await waitFor(() => expect(items().length).toBe(7));
    expect(ui.argsOf('goalTree')).toEqual([['Goals (2)']]);
  });

  it('the styles dress the tree, the dots by status', () => {
    expect(GOALS_STYLES).toContain('.gp-tree{list-style:none;padding:0;margin:6px 0}');
    expect(GOALS_STYLES).toContain('.gp-dot.gp-Green{background:#107c10;border-color:#0b5a0b}');
    expect(GOALS_STYLES).toContain('.gp-dot.gp-Red{background:#c50f1f;border-color:#9c0006}');
  });
});

describe('the GoalTreeTask component alone', () => {
  it('a tree refused with something that is not an Error says it as text', async () => {
    const port = { goalTree: () => Promise.reject('offline') } as unknown as HostPort;
    render(h(GoalTreeTask, { port, busy: false, run: async () => {} }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the goal tree' }));
    await waitFor(() => expect(screen.getByTestId('tree-message').textContent).toBe('offline'));
  });
  it('busy: Show waits too', () => {
    const port = { goalTree: vi.fn() } as unknown as HostPort;
    render(h(GoalTreeTask, { port, busy: true, run: async () => {} }));
    expect((screen.getByRole('button', { name: 'Show the goal tree' }) as HTMLButtonElement).disabled).toBe(true);
  });
  it('selecting runs under "Selecting <goal>" with the goal\'s cell, for the cascade given', async () => {
    const selectCell = vi.fn(async () => undefined);
    const goalTree = vi.fn(async () => TREE);
    const port = { goalTree, selectCell } as unknown as HostPort;
    const results: string[] = [];
    const run = vi.fn(async (_label: string, action: () => Promise<string>) => { results.push(await action()); });
    render(h(GoalTreeTask, { port, busy: false, run, cascade: 'Goals (2)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the goal tree' }));
    await waitFor(() => within(screen.getByTestId('goal-tree')).getAllByRole('button'));
    expect(goalTree.mock.calls).toEqual([['Goals (2)']]);
    fireEvent.click(goalButton('G13'));
    await waitFor(() => expect(results).toEqual(['Selected G13 in Goals.']));
    expect(run.mock.calls[0][0]).toBe('Selecting G13');
    expect(selectCell.mock.calls).toEqual([[at(13)]]);
  });
});

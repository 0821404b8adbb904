// @vitest-environment happy-dom
/**
 * Home (shared/ui/home.tsx) rendered alone: the workbook summary in each state, its cards (singular and plural, the
 * attention mark only on a count that asks for work and is above 0), the task buttons, and the "?" of TaskHeading
 * (shared/ui/help.tsx).
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { h } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkbookSummary } from '../../shared/host/port';
import { TaskHeading } from '../../shared/ui/help';
import { Home, TASKS, type SummaryState, type TaskId } from '../../shared/ui/home';

afterEach(cleanup);

function renderHome(summary: SummaryState, onOpen: (t: TaskId) => void = () => undefined, child?: string) {
  return render(h(Home, { summary, onOpen }, child ? h('p', { 'data-testid': 'child' }, child) : null));
}

const withTemplate = (s: Partial<WorkbookSummary>): SummaryState => ({
  summary: { template: true, cascade: 'Goals', cascades: 1, goals: 0, overdueKpis: 0, reviewsDue: 0, ...s },
});

describe('Home: the workbook summary', () => {
  it('says it is reading the workbook while the numbers are not there yet', () => {
    renderHome({ loading: true });
    const p = screen.getByTestId('summary-loading');
    expect(p.textContent).toBe('Reading the workbook...');
    expect(p.tagName).toBe('P');
    expect(p.className).toBe('gp-hint');
    expect(screen.queryByTestId('summary')).toBeNull();
    expect(screen.queryByTestId('summary-error')).toBeNull();
  });

  it('says why the workbook could not be read, as an error', () => {
    renderHome({ error: 'the sheet is protected' });
    const p = screen.getByTestId('summary-error');
    expect(p.textContent).toBe('The workbook could not be read: the sheet is protected');
    expect(p.className).toBe('gp-status gp-error');
    expect(screen.queryByTestId('summary-loading')).toBeNull();
    expect(screen.queryByTestId('summary')).toBeNull();
  });

  it('without a template, says to choose Apply template, and shows no cards', () => {
    renderHome({ summary: { template: false, cascades: 0, goals: 0, overdueKpis: 0, reviewsDue: 0 } });
    const list = screen.getByRole('list', { name: 'This workbook' });
    expect(list.className).toBe('gp-summary');
    expect(list.getAttribute('data-testid')).toBe('summary');
    const only = within(list).getAllByRole('listitem');
    expect(only).toHaveLength(1);
    expect(only[0].textContent).toBe('No goal cascade in this workbook yet: choose Apply template to start.');
    expect(only[0].className).toBe('gp-wide');
    expect(only[0].getAttribute('data-testid')).toBe('summary-template');
    expect(screen.queryByTestId('summary-goals')).toBeNull();
  });

  it('with one cascade, names its sheet and shows the three cards in plural', () => {
    renderHome(withTemplate({ goals: 12, overdueKpis: 3, reviewsDue: 2 }));
    const list = screen.getByRole('list', { name: 'This workbook' });
    expect(list.className).toBe('gp-summary');
    expect(list.getAttribute('data-testid')).toBe('summary');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-testid'))).toEqual(['summary-template', 'summary-goals', 'summary-overdue', 'summary-reviews']);
    expect(items[0].textContent).toBe('Goal cascade on the sheet Goals.');
    expect(items[0].className).toBe('gp-wide');
    expect(items[1].textContent).toBe('12 goals');
    expect(items[2].textContent).toBe('3 KPIs overdue for a check-in');
    expect(items[3].textContent).toBe('2 goals due for review');
    expect(items.slice(1).map((li) => li.getAttribute('data-count'))).toEqual(['12', '3', '2']);
    expect(items.slice(1).map((li) => li.querySelector('span.gp-num')?.textContent)).toEqual(['12', '3', '2']);
  });

  it('counts of one are singular', () => {
    renderHome(withTemplate({ goals: 1, overdueKpis: 1, reviewsDue: 1 }));
    expect(screen.getByTestId('summary-goals').textContent).toBe('1 goal');
    expect(screen.getByTestId('summary-overdue').textContent).toBe('1 KPI overdue for a check-in');
    expect(screen.getByTestId('summary-reviews').textContent).toBe('1 goal due for review');
  });

  it('counts of zero are plural', () => {
    renderHome(withTemplate({}));
    expect(screen.getByTestId('summary-goals').textContent).toBe('0 goals');
    expect(screen.getByTestId('summary-overdue').textContent).toBe('0 KPIs overdue for a check-in');
    expect(screen.getByTestId('summary-reviews').textContent).toBe('0 goals due for review');
  });

  it('marks overdue KPIs and reviews due when above 0, never the number of goals', () => {
    renderHome(withTemplate({ goals: 5, overdueKpis: 2, reviewsDue: 1 }));
    expect(screen.getByTestId('summary-goals').getAttribute('class')).toBeNull();
    expect(screen.getByTestId('summary-overdue').getAttribute('class')).toBe('gp-attention');
    expect(screen.getByTestId('summary-reviews').getAttribute('class')).toBe('gp-attention');
  });

  it('does not mark a count of 0 that would ask for work', () => {
    renderHome(withTemplate({ goals: 5, overdueKpis: 0, reviewsDue: 0 }));
    expect(screen.getByTestId('summary-overdue').getAttribute('class')).toBeNull();
    expect(screen.getByTestId('summary-reviews').getAttribute('class')).toBeNull();
  });

  it('marks only the count that asks for work (overdue without reviews, and the other way round)', () => {
    renderHome(withTemplate({ goals: 5, overdueKpis: 1, reviewsDue: 0 }));
    expect(screen.getByTestId('summary-overdue').getAttribute('class')).toBe('gp-attention');
    expect(screen.getByTestId('summary-reviews').getAttribute('class')).toBeNull();
    cleanup();
    renderHome(withTemplate({ goals: 5, overdueKpis: 0, reviewsDue: 4 }));
    expect(screen.getByTestId('summary-overdue').getAttribute('class')).toBeNull();
    expect(screen.getByTestId('summary-reviews').getAttribute('class')).toBe('gp-attention');
  });

  it('with several cascades, says the one shown is one of N', () => {
    renderHome(withTemplate({ cascade: 'Goals (2)', cascades: 2 }));
    expect(screen.getByTestId('summary-template').textContent).toBe('Goal cascade on the sheet Goals (2) (one of 2).');
    cleanup();
    renderHome(withTemplate({ cascade: 'Team goals', cascades: 3 }));
    expect(screen.getByTestId('summary-template').textContent).toBe('Goal cascade on the sheet Team goals (one of 3).');
  });
});

describe('Home: the lead, the tasks and what the app puts in between', () => {
  it('says what Goalpost is', () => {
    renderHome({ loading: true });
    const lead = screen.getByText(/^Goalpost keeps/);
    expect(lead.textContent).toBe(
      'Goalpost keeps your goals, the KPIs that measure them and their check-ins in this workbook, with traffic lights, SMART checks and reviews at the deadline.',
    );
    expect(lead.className).toBe('gp-lead');
    expect(screen.getByTestId('home').className).toBe('gp-home');
  });

  it('lists one button per task, in order, each naming its task', () => {
    renderHome({ loading: true });
    const nav = screen.getByRole('navigation', { name: 'Tasks' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Apply template', 'Goal wizard', 'Check in', 'Review and next cycle', 'Check goals', 'Traffic lights', 'Goal tree',
    ]);
    expect(buttons.map((b) => b.getAttribute('data-task'))).toEqual(['template', 'wizard', 'checkin', 'review', 'check', 'lights', 'tree']);
    expect(within(nav).getByRole('list').className).toBe('gp-tasks');
    expect(within(nav).getAllByRole('listitem')).toHaveLength(7);
  });

  it('opens the task whose button is clicked', async () => {
    const onOpen = vi.fn();
    renderHome({ loading: true }, onOpen);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Review and next cycle' }));
    expect(onOpen.mock.calls).toEqual([['review']]);
    await user.click(screen.getByRole('button', { name: 'Goal tree' }));
    await user.click(screen.getByRole('button', { name: 'Apply template' }));
    expect(onOpen.mock.calls).toEqual([['review'], ['tree'], ['template']]);
  });

  it('shows what the app gives it between the summary and the tasks', () => {
    renderHome({ loading: true }, undefined, 'the cascade picker');
    const home = screen.getByTestId('home');
    const child = screen.getByTestId('child');
    expect(child.textContent).toBe('the cascade picker');
    const order = [...home.children];
    expect(order.indexOf(child)).toBe(order.indexOf(screen.getByTestId('summary-loading')) + 1);
    expect(order.indexOf(screen.getByRole('navigation'))).toBe(order.indexOf(child) + 1);
  });

  it("names each task's heading", () => {
    expect(TASKS.map((t) => [t.id, t.heading])).toEqual([
      ['template', 'gp-templates'], ['wizard', 'gp-wizard'], ['checkin', 'gp-checkin'], ['review', 'gp-review'],
      ['check', 'gp-check'], ['lights', 'gp-lights'], ['tree', 'gp-goals'],
    ]);
  });
});

describe('TaskHeading: the heading and its "?" link to the guide', () => {
  it('links a task with a guide page to it, in a new tab', () => {
    render(h(TaskHeading, { id: 'gp-lights', children: 'Traffic lights' }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Traffic lights' });
    expect(heading.id).toBe('gp-lights');
    const link = screen.getByRole('link', { name: 'Guide: Traffic lights' });
    expect(link.getAttribute('href')).toBe('docs/apply-template.md#traffic-lights');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(link.getAttribute('title')).toBe('Guide: Traffic lights');
    expect(link.className).toBe('gp-help');
    expect(link.textContent).toBe('?');
    expect(heading.parentElement).toBe(link.parentElement);
  });

  it.each([
    ['gp-templates', 'docs/apply-template.md', 'Guide: Apply the template'],
    ['gp-cascade', 'docs/cascade.md#more-than-one-cascade', 'Guide: More than one cascade'],
    ['gp-wizard', 'docs/wizard.md', 'Guide: SMART goals with the wizard'],
    ['gp-checkin', 'docs/check-in.md', 'Guide: Check in'],
    ['gp-goals', 'docs/cascade.md', 'Guide: Cascade'],
    ['gp-review', 'docs/review.md', 'Guide: Review'],
    ['gp-next', 'docs/next-cycle.md', 'Guide: Next cycle'],
    ['gp-check', 'docs/wizard.md#check-goals', 'Guide: Check goals'],
  ])('links %s to %s', (id, href, name) => {
    render(h(TaskHeading, { id, children: 'A heading' }));
    expect(screen.getByRole('link', { name }).getAttribute('href')).toBe(href);
  });

  it('shows no link for a heading without a guide page', () => {
    render(h(TaskHeading, { id: 'gp-nothing', children: 'Plain' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Plain' }).id).toBe('gp-nothing');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('DOCS_BASE: where the "?" links point', () => {
  // The build defines __GOALPOST_DOCS_BASE__ (scripts/build/*.mjs: <base URL>/docs/ for the task pane and the sidebar).
  // help.tsx reads it once, when it is loaded, so each case loads the module anew.
  const loadHelp = async () => {
    vi.resetModules();
    return import('../../shared/ui/help');
  };
  afterEach(() => {
    delete (globalThis as { __GOALPOST_DOCS_BASE__?: unknown }).__GOALPOST_DOCS_BASE__;
  });
  it('takes the address the build defines', async () => {
    (globalThis as { __GOALPOST_DOCS_BASE__?: unknown }).__GOALPOST_DOCS_BASE__ = 'https://addin.example/goalpost/docs/';
    expect((await loadHelp()).DOCS_BASE).toBe('https://addin.example/goalpost/docs/');
  });
  it('links docs/ beside the page when the build defined none (or not as text)', async () => {
    expect((await loadHelp()).DOCS_BASE).toBe('docs/');
    (globalThis as { __GOALPOST_DOCS_BASE__?: unknown }).__GOALPOST_DOCS_BASE__ = 42;
    expect((await loadHelp()).DOCS_BASE).toBe('docs/');
  });
});

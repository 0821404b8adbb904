// @vitest-environment happy-dom
/**
 * The goal wizard (shared/ui/wizard.tsx) alone in happy-dom over the recording Host port: the SMART criteria as the
 * statement is typed, the history, the parent goal, the deadline from the statement, the KPI blocks, the exact goal
 * handed to addGoal, the refusals (past deadline, contradicting direction, a goal already in the cascade) and the
 * port's errors. Today is fixed at 2026-11-24 (only Date is faked, so Testing Library's timers run as usual).
 * Expected texts are worked out by hand from smart.md and the analyser's rules.
 */
import { h } from 'preact';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GoalWizard, parseHistory } from '../../shared/ui/wizard';
import { recordingPort } from '../browser/harness/recordingPort';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 24, 12, 0, 0));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  delete window.__hold;
  window.__answers = {};
});

type Run = { label: string; ok?: string; error?: string };
interface Options { answers?: Record<string, unknown>; busy?: boolean; changes?: number; cascade?: string }

function mount(options: Options = {}) {
  window.__answers = { ...(options.answers ?? {}) };
  const port = recordingPort();
  const runs: Run[] = [];
  const run = async (label: string, action: () => Promise<string>) => {
    try {
      runs.push({ label, ok: await action() });
    } catch (e) {
      runs.push({ label, error: (e as Error).message });
    }
  };
  let current = options;
  const el = (o: Options) => h(GoalWizard, { port, busy: o.busy ?? false, run, changes: o.changes, cascade: o.cascade });
  const r = render(el(current));
  const user = userEvent.setup();
  const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
  return {
    container: r.container,
    runs,
    user,
    field,
    rerender(o: Options) {
      current = { ...current, ...o };
      r.rerender(el(current));
    },
    argsOf: (method: string) => window.__calls.filter((c) => c.method === method).map((c) => c.args),
    byId: (id: string) => r.container.querySelector(`#${id}`) as HTMLInputElement,
    type: async (label: string, text: string) => {
      await user.clear(field(label));
      if (text) await user.type(field(label), text);
    },
    criterion: (k: string) => r.container.querySelector(`[data-criterion="${k}"]`) as HTMLElement,
    criteriaTexts: () => [...r.container.querySelectorAll('[data-criterion]')].map((li) => li.textContent),
    addButton: () => screen.getByRole('button', { name: 'Add to cascade' }) as HTMLButtonElement,
    feedback: () => screen.queryByTestId('wizard-feedback'),
  };
}
type Mounted = ReturnType<typeof mount>;

async function add(ui: Mounted, runsBefore = ui.runs.length) {
  await ui.user.click(ui.addButton());
  await waitFor(() => expect(ui.runs.length).toBe(runsBefore + 1));
}

const G1 = { id: 'G1', statement: 'Grow revenue 10 % by Q4 2027', at: { sheet: 'Goals', row: 1, col: 0 } };
const G2 = { id: 'G2', statement: '', at: { sheet: 'Goals', row: 2, col: 0 } };
const LONG = 'Raise the share of customers who renew their yearly plan without a call from 70 to 80 %';
const G3 = { id: 'G3', statement: LONG, at: { sheet: 'Goals', row: 3, col: 0 } };

describe('parseHistory', () => {
  it('reads values between commas, semicolons and any white space, oldest first', () => {
    expect(parseHistory('12, 14.5, 15')).toEqual([12, 14.5, 15]);
    expect(parseHistory('1;2 3\t4\n5')).toEqual([1, 2, 3, 4, 5]);
    expect(parseHistory('  -1 ,, ;; 2  ')).toEqual([-1, 2]);
    expect(parseHistory('1e3, .5, 0')).toEqual([1000, 0.5, 0]);
  });
  it('leaves out what is not a finite number, and an empty text is no history', () => {
    expect(parseHistory('')).toEqual([]);
    expect(parseHistory('   ')).toEqual([]);
    expect(parseHistory(',;')).toEqual([]);
    expect(parseHistory('a, 2, Infinity, 3x, -Infinity, NaN, 4')).toEqual([2, 4]);
    expect(parseHistory('1,,2')).toEqual([1, 2]);
  });
});

describe('the SMART criteria as the goal is typed', () => {
  it('shows nothing until a statement is typed, then each criterion with its reason, hint and the score', async () => {
    const ui = mount();
    expect(screen.getByRole('heading', { name: 'Goal wizard' }).id).toBe('gp-wizard');
    expect(screen.queryByTestId('smart-score')).toBeNull();
    expect(screen.queryByTestId('criteria')).toBeNull();
    expect(screen.queryByTestId('smart-check')).toBeNull();
    expect(ui.addButton().disabled).toBe(true);
    expect(ui.field('Goal statement').getAttribute('placeholder')).toBe('e.g. Reduce patient wait times from 30 to 24 minutes by Q3 2026');
    await ui.type('Goal statement', '   ');
    expect(screen.queryByTestId('criteria')).toBeNull();
    expect(ui.addButton().disabled).toBe(true);

    await ui.type('Goal statement', 'Increase sales');
    expect(ui.addButton().disabled).toBe(false);
    expect(screen.getByTestId('smart-score').textContent).toBe('SMART score: 2 of 5');
    expect(screen.getByTestId('smart-check').textContent).toBe(
      'Missing: Specific (say exactly what will change, e.g. which revenue or which customers), Measurable (add a number or metric), Time-bound (add a deadline)',
    );
    expect(screen.getByRole('list', { name: 'SMART criteria' })).toBe(screen.getByTestId('criteria'));
    expect(ui.criteriaTexts()).toEqual([
      'Specific: no — "increase" but no clear object (what exactly?)Hint: say exactly what will change, e.g. which revenue or which customers',
      'Measurable: no — no number or metricHint: add a number or metric',
      'Achievable: unknown — cannot judge from the text aloneHint: give the baseline, target and some history',
      'Relevant: unknown — no parent goal and no purpose statedHint: link it to a parent goal or say why it matters',
      'Time-bound: no — no deadline or time frameHint: add a deadline',
    ]);
    const specific = ui.criterion('specific');
    expect(specific.getAttribute('data-met')).toBe('no');
    expect(specific.className).toBe('gp-no');
    expect(specific.querySelector('strong')!.textContent).toBe('Specific');
    expect(specific.querySelector('.gp-hint')!.textContent).toBe('Hint: say exactly what will change, e.g. which revenue or which customers');
    expect(ui.criterion('achievable').className).toBe('gp-unknown');
    expect(screen.queryByTestId('warnings')).toBeNull();
  });

  it('updates as the statement changes: a met criterion has no hint, and SMART when none is missing', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Increase customer satisfaction by 20% within the next year');
    expect(screen.getByTestId('smart-check').textContent).toBe('SMART');
    expect(screen.getByTestId('smart-score').textContent).toBe('SMART score: 5 of 5');
    const s = ui.criterion('specific');
    expect(s.getAttribute('data-met')).toBe('yes');
    expect(s.className).toBe('gp-yes');
    expect(s.querySelector('.gp-hint')).toBeNull();
    expect(ui.criterion('timeBound').getAttribute('data-met')).toBe('yes');
    expect(ui.criterion('measurable').getAttribute('data-met')).toBe('yes');
  });

  it('lists the warnings of the statement', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Try to grow revenue by 10% by Q3 2031');
    const warnings = screen.getByRole('list', { name: 'Warnings' });
    expect(warnings).toBe(screen.getByTestId('warnings'));
    expect([...warnings.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Weak language: "try". Commit to it ("will") or leave it out.']);
    await ui.type('Goal statement', 'Grow revenue by 10% by Q3 2031');
    expect(screen.queryByTestId('warnings')).toBeNull();
  });

  it('takes the Deadline field: a future one is time-bound, a past one is not, and it is flagged', async () => {
    const ui = mount();
    await ui.type('Deadline', '2031-03-31');
    await ui.type('Goal statement', 'Reduce churn from 4% to 2.5%');
    expect(ui.criterion('timeBound').textContent).toBe('Time-bound: yes — a deadline is set');
    expect(screen.getByTestId('smart-check').textContent).toBe('SMART');
    expect(screen.queryByTestId('deadline-passed')).toBeNull();
    await ui.type('Deadline', '2020-03-31');
    expect(ui.criterion('timeBound').textContent).toBe('Time-bound: no — the deadline 2020-03-31 has passedHint: set a deadline in the future');
    const passed = screen.getByTestId('deadline-passed');
    expect(passed.textContent).toBe('The deadline 2020-03-31 has passed: set one in the future.');
    expect(passed.getAttribute('role')).toBe('alert');
    expect(passed.className).toBe('gp-warn');
    // Today itself has not passed.
    await ui.type('Deadline', '2026-11-24');
    expect(screen.queryByTestId('deadline-passed')).toBeNull();
    expect(ui.criterion('timeBound').getAttribute('data-met')).toBe('yes');
    await ui.type('Deadline', '2026-11-23');
    expect(screen.getByTestId('deadline-passed').textContent).toBe('The deadline 2026-11-23 has passed: set one in the future.');
  });
});

describe('Achievable and Measurable from the first KPI', () => {
  async function withKpi(ui: Mounted, k: { baseline?: string; target?: string; history?: string; unit?: string; name?: string }) {
    if (k.name !== undefined) await ui.type('KPI that measures it', k.name);
    if (k.unit !== undefined) await ui.type('Unit', k.unit);
    if (k.baseline !== undefined) await ui.type('Baseline', k.baseline);
    if (k.target !== undefined) await ui.type('KPI target', k.target);
    if (k.history !== undefined) await ui.type('History (past values, oldest first)', k.history);
  }

  it('judges the target per period against the best change in the history, for each frequency', async () => {
    const ui = mount();
    await ui.type('Deadline', '2027-11-24'); // 365 days ahead
    await ui.type('Goal statement', 'Grow revenue');
    await withKpi(ui, { baseline: '100', target: '160', history: '0, 10, 15' });
    const achievable = () => ui.criterion('achievable').textContent;
    // Monthly (the default): 365 / 30.44 -> 12 periods, 60 / 12 = 5 per period; the best change is 10.
    expect(achievable()).toBe('Achievable: yes — needs 5 per period; the best change seen is 10');
    await ui.user.selectOptions(ui.field('Frequency'), 'Daily');
    expect(achievable()).toBe('Achievable: yes — needs 0.16 per period; the best change seen is 10');
    await ui.user.selectOptions(ui.field('Frequency'), 'Weekly'); // 52 periods
    expect(achievable()).toBe('Achievable: yes — needs 1.15 per period; the best change seen is 10');
    await ui.user.selectOptions(ui.field('Frequency'), 'Quarterly'); // 4 periods
    expect(achievable()).toBe('Achievable: yes — needs 15 per period; the best change seen is 10');
    await ui.user.selectOptions(ui.field('Frequency'), 'Yearly'); // 1 period
    expect(achievable()).toBe('Achievable: no — needs 60 per period; the best change seen is 10Hint: lower the target or allow more time');
    // Without a deadline the whole change is due in one period.
    await ui.user.selectOptions(ui.field('Frequency'), 'Monthly');
    await ui.type('Deadline', '');
    expect(achievable()).toBe('Achievable: no — needs 60 per period; the best change seen is 10Hint: lower the target or allow more time');
    // A deadline only days ahead is still one period.
    await ui.type('Deadline', '2026-11-30');
    expect(achievable()).toBe('Achievable: no — needs 60 per period; the best change seen is 10Hint: lower the target or allow more time');
    // Two months ahead: 61 days / 30.44 -> 2 periods.
    await ui.type('Deadline', '2027-01-24');
    expect(achievable()).toBe('Achievable: no — needs 30 per period; the best change seen is 10Hint: lower the target or allow more time');
  });

  it('needs two values of history; one value is judged as no history', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Grow revenue');
    await withKpi(ui, { baseline: '100', target: '160', history: '5' });
    expect(ui.criterion('achievable').textContent).toBe('Achievable: yes — from 100 to 160: a change of 60 %');
    await ui.type('History (past values, oldest first)', '5; 65');
    expect(ui.criterion('achievable').textContent).toBe('Achievable: yes — needs 60 per period; the best change seen is 60');
    await ui.type('History (past values, oldest first)', '5 5 x');
    expect(ui.criterion('achievable').textContent).toBe('Achievable: no — the history shows no change at allHint: set a target closer to the history, or explain what changes');
  });

  it('reads an empty baseline or target as none (not 0)', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Grow revenue');
    await withKpi(ui, { target: '160' });
    expect(ui.criterion('achievable').textContent).toBe('Achievable: unknown — cannot judge from the text aloneHint: give the baseline, target and some history');
    expect(ui.criterion('measurable').textContent).toBe('Measurable: yes — a target of 160 is given');
    await ui.type('Unit', 'EUR');
    expect(ui.criterion('measurable').textContent).toBe('Measurable: yes — a target of 160 EUR is given');
    await withKpi(ui, { target: '', baseline: '100' });
    expect(ui.criterion('achievable').textContent).toBe('Achievable: unknown — cannot judge from the text aloneHint: give the baseline, target and some history');
    expect(ui.criterion('measurable').textContent).toBe('Measurable: no — no number or metricHint: add a number or metric');
    await withKpi(ui, { target: '0', baseline: '0' });
    expect(ui.criterion('achievable').textContent).toBe('Achievable: yes — no change needed');
  });

  it('counts any named KPI with a numeric target as measuring the goal', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Grow revenue');
    await withKpi(ui, { name: '   ', target: '5' });
    expect(ui.criterion('measurable').textContent).toBe('Measurable: yes — a target of 5 is given');
    await withKpi(ui, { name: 'Revenue', target: '' });
    expect(ui.criterion('measurable').textContent).toBe('Measurable: no — no number or metricHint: add a number or metric');
    await ui.user.click(screen.getByRole('button', { name: 'Add another KPI' }));
    await ui.user.type(ui.byId('gp-kpi1-name'), 'Orders');
    expect(ui.criterion('measurable').getAttribute('data-met')).toBe('no');
    await ui.user.type(ui.byId('gp-kpi1-target'), '40');
    expect(ui.criterion('measurable').textContent).toBe('Measurable: yes — a linked KPI with a target measures it');
    await ui.user.clear(ui.byId('gp-kpi1-name'));
    await ui.user.type(ui.byId('gp-kpi1-name'), '  ');
    expect(ui.criterion('measurable').getAttribute('data-met')).toBe('no');
  });
});

describe('the parent goal', () => {
  it('lists the goals of the cascade, links the goal to the one picked and moves a company goal a level down', async () => {
    const ui = mount({ answers: { listGoals: [G1, G2, G3] }, cascade: 'Sales' });
    await waitFor(() => expect(ui.field('Parent goal').querySelectorAll('option').length).toBe(4));
    expect([...ui.field('Parent goal').querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual([
      ['', '(none: a top-level goal)'],
      ['G1', 'G1: Grow revenue 10 % by Q4 2027'],
      ['G2', 'G2: '],
      ['G3', `G3: ${LONG.slice(0, 60)}`],
    ]);
    expect(`G3: ${LONG.slice(0, 60)}`).toBe('G3: Raise the share of customers who renew their yearly plan wit');
    expect(ui.argsOf('listGoals')).toEqual([['Sales']]);
    expect([...ui.field('Level').querySelectorAll('option')].map((o) => o.value)).toEqual(['Company', 'Department', 'Team', 'Person']);
    expect(ui.field('Level').value).toBe('Company');

    await ui.type('Goal statement', 'Open 3 stores by Q3 2031');
    expect(ui.criterion('relevant').textContent).toBe('Relevant: unknown — no parent goal and no purpose statedHint: link it to a parent goal or say why it matters');
    await ui.user.selectOptions(ui.field('Parent goal'), '');
    expect(ui.field('Level').value).toBe('Company');
    await ui.user.selectOptions(ui.field('Parent goal'), 'G1');
    expect(ui.criterion('relevant').textContent).toBe('Relevant: yes — linked to the parent goal "Grow revenue 10 % by Q4 2027"');
    expect(ui.field('Level').value).toBe('Department');
    // A parent without a statement is named by its ID.
    await ui.user.selectOptions(ui.field('Parent goal'), 'G2');
    expect(ui.criterion('relevant').textContent).toBe('Relevant: yes — linked to the parent goal "G2"');
    await ui.user.selectOptions(ui.field('Parent goal'), '');
    expect(ui.criterion('relevant').getAttribute('data-met')).toBe('unknown');
    expect(ui.field('Level').value).toBe('Department');
    // A level the user chose stays.
    await ui.user.selectOptions(ui.field('Level'), 'Team');
    await ui.user.selectOptions(ui.field('Parent goal'), 'G1');
    expect(ui.field('Level').value).toBe('Team');
  });

  it('reads the list again when the workbook changes, and shows none when it cannot be read', async () => {
    const ui = mount({ answers: { listGoals: [G1] } });
    await waitFor(() => expect(ui.field('Parent goal').querySelectorAll('option').length).toBe(2));
    expect(ui.argsOf('listGoals')).toEqual([[null]]);
    window.__answers.listGoals = [G1, G2];
    ui.rerender({ changes: 1 });
    await waitFor(() => expect(ui.field('Parent goal').querySelectorAll('option').length).toBe(3));
    window.__answers.listGoals = { error: 'The Goals sheet is gone.' };
    ui.rerender({ changes: 2 });
    await waitFor(() => expect(ui.field('Parent goal').querySelectorAll('option').length).toBe(1));
    window.__answers.listGoals = [G3];
    ui.rerender({ cascade: 'Ops' });
    await waitFor(() => expect(ui.field('Parent goal').querySelectorAll('option')[1]?.value).toBe('G3'));
    expect(ui.argsOf('listGoals')).toEqual([[null], [null], [null], ['Ops']]);
    // The same props read nothing again.
    ui.rerender({});
    await new Promise((r) => setTimeout(r, 20));
    expect(ui.argsOf('listGoals').length).toBe(4);
  });
});

describe('the deadline from the statement', () => {
  it('fills an empty Deadline, follows the statement, and keeps one the user typed', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Grow MRR to $1.5M by Q3 2031');
    expect(ui.field('Deadline').value).toBe('2031-09-30');
    const note = screen.getByTestId('deadline-from');
    expect(note.textContent).toBe('Deadline filled from "Q3 2031".');
    expect(note.className).toBe('gp-note');
    await ui.type('Goal statement', 'Grow MRR to $1.5M within 6 months');
    expect(ui.field('Deadline').value).toBe('2027-05-24');
    expect(screen.getByTestId('deadline-from').textContent).toBe('Deadline filled from "within 6 months".');
    await ui.type('Goal statement', 'Grow MRR to $1.5M');
    expect(ui.field('Deadline').value).toBe('');
    expect(screen.queryByTestId('deadline-from')).toBeNull();
    await ui.type('Deadline', '2031-12-31');
    await ui.type('Goal statement', 'Grow MRR to $1.5M by Q3 2031');
    expect(ui.field('Deadline').value).toBe('2031-12-31');
    expect(screen.queryByTestId('deadline-from')).toBeNull();
    // Typing over a filled deadline makes it the user's.
    await ui.type('Deadline', '');
    await ui.type('Goal statement', 'Grow MRR to $1.5M by Q2 2031');
    expect(ui.field('Deadline').value).toBe('2031-06-30');
    await ui.type('Deadline', '2031-07-31');
    expect(screen.queryByTestId('deadline-from')).toBeNull();
    await ui.type('Goal statement', 'Grow MRR to $1.5M');
    expect(ui.field('Deadline').value).toBe('2031-07-31');
  });

  it('flags a past date in the statement instead of naming where it came from', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Hire 10 engineers by 2024-12-31');
    expect(ui.field('Deadline').value).toBe('2024-12-31');
    expect(screen.getByTestId('deadline-passed').textContent).toBe('The deadline 2024-12-31 has passed: set one in the future.');
    expect(screen.queryByTestId('deadline-from')).toBeNull();
    expect(ui.criterion('timeBound').getAttribute('data-met')).toBe('no');
  });
});

describe('the KPI blocks', () => {
  it('adds blocks, removes any one of them, and keeps at least one', async () => {
    const ui = mount();
    const legends = () => [...ui.container.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends()).toEqual(['KPI 1']);
    expect(screen.queryByRole('button', { name: /^Remove KPI/ })).toBeNull();
    await ui.user.type(ui.byId('gp-kpi0-name'), 'First');
    await ui.user.click(screen.getByRole('button', { name: 'Add another KPI' }));
    await ui.user.click(screen.getByRole('button', { name: 'Add another KPI' }));
    expect(legends()).toEqual(['KPI 1', 'KPI 2', 'KPI 3']);
    expect(screen.getAllByRole('button', { name: /^Remove KPI/ }).map((b) => b.textContent)).toEqual(['Remove KPI 1', 'Remove KPI 2', 'Remove KPI 3']);
    expect(ui.byId('gp-kpi1-name').value).toBe('');
    await ui.user.type(ui.byId('gp-kpi1-name'), 'Second');
    await ui.user.type(ui.byId('gp-kpi2-name'), 'Third');
    expect(ui.byId('gp-kpi0-name').value).toBe('First');
    await ui.user.click(screen.getByRole('button', { name: 'Remove KPI 2' }));
    expect(legends()).toEqual(['KPI 1', 'KPI 2']);
    expect([ui.byId('gp-kpi0-name').value, ui.byId('gp-kpi1-name').value]).toEqual(['First', 'Third']);
    await ui.user.click(screen.getByRole('button', { name: 'Remove KPI 1' }));
    expect(legends()).toEqual(['KPI 1']);
    expect(ui.byId('gp-kpi0-name').value).toBe('Third');
    expect(screen.queryByRole('button', { name: /^Remove KPI/ })).toBeNull();
  });
});

describe('Add to cascade', () => {
  it('hands the port the goal as entered, then clears the form and confirms next to the button', async () => {
    const ui = mount({ answers: { addGoal: { goalId: 'G9', kpiIds: ['K12', 'K13'], appliedTemplate: false, message: 'Added goal G9.' } } });
    await ui.type('Goal statement', '  Cut average handling time from 9 to 7 minutes by Q2 2031  ');
    await ui.user.selectOptions(ui.field('Level'), 'Team');
    await ui.type('Department or team', '  Support  ');
    await ui.type('Owner', ' Ana ');
    await ui.type('Start', '2026-12-01');
    await ui.type('KPI that measures it', ' Handling time ');
    await ui.type('Definition or formula', ' minutes per call ');
    await ui.type('Unit', ' min ');
    await ui.user.selectOptions(ui.field('Type'), 'Leading');
    await ui.user.selectOptions(ui.field('Frequency'), 'Weekly');
    await ui.type('KPI owner', ' Bo ');
    await ui.type('Baseline', '9');
    await ui.type('KPI target', '7');
    await ui.type('Current value', '8.5');
    await ui.user.click(screen.getByRole('button', { name: 'Add another KPI' }));
    await ui.user.type(ui.byId('gp-kpi1-name'), 'Calls answered');
    await ui.user.type(ui.byId('gp-kpi1-baseline'), '100');
    await ui.user.type(ui.byId('gp-kpi1-target'), '120');
    await ui.user.click(screen.getByRole('button', { name: 'Add another KPI' })); // left empty: not written
    await add(ui);
    expect(ui.argsOf('addGoal')).toEqual([[{
      statement: 'Cut average handling time from 9 to 7 minutes by Q2 2031',
      level: 'Team',
      team: 'Support',
      owner: 'Ana',
      start: '2026-12-01',
      deadline: '2031-06-30',
      kpis: [
        { name: 'Handling time', definition: 'minutes per call', unit: 'min', type: 'Leading', direction: 'Lower', frequency: 'Weekly', owner: 'Bo', baseline: 9, target: 7, actual: 8.5 },
        { name: 'Calls answered', type: 'Lagging', direction: 'Higher', frequency: 'Monthly', baseline: 100, target: 120 },
      ],
    }]]);
    const message = 'Added goal G9. "Cut average handling time from 9 to 7 minutes by Q2 2031" is G9. KPIs K12, K13 went to the KPIs sheet. Ready for the next goal.';
    expect(ui.runs).toEqual([{ label: 'Adding the goal', ok: message }]);
    const fb = ui.feedback()!;
    expect(fb.textContent).toBe(message);
    expect(fb.getAttribute('role')).toBe('status');
    expect(fb.className).toBe('gp-feedback');
    // The form is cleared for the next goal.
    for (const label of ['Goal statement', 'Department or team', 'Owner', 'Start', 'Deadline', 'KPI that measures it', 'Definition or formula', 'Unit', 'KPI owner', 'Baseline', 'KPI target', 'Current value', 'History (past values, oldest first)']) {
      expect(ui.field(label).value, label).toBe('');
    }
    expect(ui.field('Level').value).toBe('Company');
    expect(ui.field('Parent goal').value).toBe('');
    expect(ui.field('Type').value).toBe('Lagging');
    expect(ui.field('Frequency').value).toBe('Monthly');
    expect(ui.field('Better when').value).toBe('Higher');
    expect(ui.container.querySelectorAll('fieldset').length).toBe(1);
    expect(screen.queryByTestId('criteria')).toBeNull();
    expect(screen.queryByTestId('deadline-from')).toBeNull();
    expect(ui.addButton().disabled).toBe(true);
    // A new goal starts without the old feedback.
    await ui.user.type(ui.field('Goal statement'), 'O');
    expect(ui.feedback()).toBeNull();
  });

  it('writes the parent, the cascade and nothing for empty fields; says one KPI, or none', async () => {
    const ui = mount({ answers: { listGoals: [G1] }, cascade: 'Sales' });
    await waitFor(() => expect(ui.field('Parent goal').querySelectorAll('option').length).toBe(2));
    await ui.type('Goal statement', 'Open 3 stores');
    await ui.user.selectOptions(ui.field('Parent goal'), 'G1');
    await ui.type('Department or team', '   ');
    await ui.type('KPI that measures it', 'Stores');
    await add(ui);
    expect(ui.argsOf('addGoal')).toEqual([[{
      statement: 'Open 3 stores', level: 'Department', parentId: 'G1', cascade: 'Sales',
      kpis: [{ name: 'Stores', type: 'Lagging', direction: 'Higher', frequency: 'Monthly' }],
    }]]);
    expect(ui.argsOf('listGoals')).toEqual([['Sales'], ['Sales']]);
    expect(ui.feedback()!.textContent).toBe('Added goal G7. "Open 3 stores" is G7. KPI K12 went to the KPIs sheet. Ready for the next goal.');

    window.__answers.addGoal = { goalId: 'G8', kpiIds: [], appliedTemplate: true, message: 'Added the goal cascade and goal G8.' };
    await ui.type('Goal statement', 'Open 4 stores');
    await add(ui);
    expect(ui.argsOf('addGoal')[1]).toEqual([{ statement: 'Open 4 stores', level: 'Company', cascade: 'Sales', kpis: [] }]);
    expect(ui.feedback()!.textContent).toBe('Added the goal cascade and goal G8. "Open 4 stores" is G8. Ready for the next goal.');
  });

  it('shortens a statement over 80 characters in the confirmation', async () => {
    const ui = mount();
    const s80 = 'Open three new stores in the north and two in the south of the country by Q3 2031';
    expect(s80.length).toBe(81);
    await ui.type('Goal statement', s80.slice(0, 80));
    await add(ui);
    expect(ui.feedback()!.textContent).toBe(`Added goal G7. "${s80.slice(0, 80)}" is G7. KPI K12 went to the KPIs sheet. Ready for the next goal.`);
    await ui.type('Goal statement', s80);
    await add(ui);
    expect(ui.feedback()!.textContent).toBe('Added goal G7. "Open three new stores in the north and two in the south of the country by Q3 ..." is G7. KPI K12 went to the KPIs sheet. Ready for the next goal.');
  });

  it('is disabled while the panel is busy', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Open 3 stores');
    expect(ui.addButton().disabled).toBe(false);
    expect(ui.addButton().className).toBe('fui-Button fui-Button--primary gp-primary');
    ui.rerender({ busy: true });
    expect(ui.addButton().disabled).toBe(true);
  });
});

describe('what Add to cascade refuses', () => {
  function expectRefused(ui: Mounted, why: string) {
    expect(ui.runs).toEqual([{ label: 'Adding the goal', error: why }]);
    const fb = ui.feedback()!;
    expect(fb.textContent).toBe(why);
    expect(fb.getAttribute('role')).toBe('alert');
    expect(fb.className).toBe('gp-feedback gp-error');
    expect(ui.argsOf('addGoal')).toEqual([]);
  }

  it('a deadline that has passed', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Hire 10 engineers by 2024-12-31');
    await add(ui);
    expectRefused(ui, 'The deadline 2024-12-31 has passed: set one in the future.');
    expect(ui.field('Goal statement').value).toBe('Hire 10 engineers by 2024-12-31');
    expect(ui.argsOf('listGoals')).toEqual([[null]]); // refused before the cascade is read again
  });

  it('a KPI whose direction contradicts its baseline and target, until the fix is taken', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Reduce average wait time from 30 to 24 minutes by Q3 2031');
    await ui.type('KPI that measures it', 'Average wait');
    await ui.type('Baseline', '30');
    await ui.type('KPI target', '24');
    expect(ui.field('Better when').value).toBe('Lower');
    await ui.user.selectOptions(ui.field('Better when'), 'Higher');
    expect(screen.getByTestId('kpi0-direction-problem').textContent).toBe('"Better when" is Higher, but the target 24 is below the baseline 30. Use Lower');
    await add(ui);
    expectRefused(ui, 'KPI 1 (Average wait): "Better when" is Higher, but the target 24 is below the baseline 30. Fix "Better when" before adding.');
    await ui.user.click(screen.getByRole('button', { name: 'Use Lower' }));
    expect(ui.field('Better when').value).toBe('Lower');
    expect(screen.queryByTestId('kpi0-direction-problem')).toBeNull();
    await add(ui);
    expect(ui.argsOf('addGoal').length).toBe(1);
  });

  it('names the second KPI when it is the one that contradicts; an unnamed KPI is not written, so not checked', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Grow orders by Q3 2031');
    await ui.user.selectOptions(ui.field('Better when'), 'Lower');
    await ui.type('Baseline', '1');
    await ui.type('KPI target', '2'); // unnamed, Lower against a rising target
    expect(screen.getByTestId('kpi0-direction-problem').textContent).toBe('"Better when" is Lower, but the target 2 is above the baseline 1. Use Higher');
    await ui.user.click(screen.getByRole('button', { name: 'Add another KPI' }));
    await ui.user.type(ui.byId('gp-kpi1-name'), ' Orders ');
    await ui.user.selectOptions(ui.byId('gp-kpi1-direction'), 'Higher');
    await ui.user.type(ui.byId('gp-kpi1-baseline'), '50');
    await ui.user.type(ui.byId('gp-kpi1-target'), '40');
    await add(ui);
    expectRefused(ui, 'KPI 2 (Orders): "Better when" is Higher, but the target 40 is below the baseline 50. Fix "Better when" before adding.');
    await ui.user.click(screen.getByRole('button', { name: 'Use Lower' }));
    await add(ui, 1);
    expect(ui.argsOf('addGoal')).toEqual([[{
      statement: 'Grow orders by Q3 2031', level: 'Company', deadline: '2031-09-30',
      kpis: [{ name: 'Orders', type: 'Lagging', direction: 'Lower', frequency: 'Monthly', baseline: 50, target: 40 }],
    }]]);
  });

  it('a KPI named only with spaces is not written, so its direction is not checked', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Grow orders by Q3 2031');
    await ui.type('KPI that measures it', '   ');
    await ui.user.selectOptions(ui.field('Better when'), 'Lower');
    await ui.type('Baseline', '1');
    await ui.type('KPI target', '2');
    expect(screen.getByTestId('kpi0-direction-problem').textContent).toBe('"Better when" is Lower, but the target 2 is above the baseline 1. Use Higher');
    await add(ui);
    expect(ui.runs[0].error).toBeUndefined();
    expect(ui.argsOf('addGoal')).toEqual([[{ statement: 'Grow orders by Q3 2031', level: 'Company', deadline: '2031-09-30', kpis: [] }]]);
  });

  it('a goal already in the cascade, as it is now in the workbook', async () => {
    const ui = mount();
    await waitFor(() => expect(ui.argsOf('listGoals').length).toBe(1));
    window.__answers.listGoals = [G1];
    await ui.type('Goal statement', 'grow revenue  10 % by Q4 2027.');
    await add(ui);
    expectRefused(ui, 'This goal is already in the cascade as G1: not added again.');
    expect(ui.argsOf('listGoals')).toEqual([[null], [null]]);
  });

  it('compares statements without case, spacing and final full stops or exclamation marks', async () => {
    const ui = mount({ answers: { listGoals: [{ ...G1, statement: 'Open 3 stores' }] } });
    const attempt = async (statement: string) => {
      await ui.type('Goal statement', statement);
      await add(ui);
      return ui.runs[ui.runs.length - 1].error ?? 'added';
    };
    const twin = 'This goal is already in the cascade as G1: not added again.';
    expect(await attempt('OPEN 3 STORES!! ')).toBe(twin);
    expect(await attempt('Open\t3   stores . !')).toBe(twin);
    expect(await attempt('Open 3 stores?')).toBe('added');
    expect(await attempt('Open 3stores')).toBe('added');
    expect(await attempt('Open 3 stores.x')).toBe('added');
    expect(await attempt('Open 3. stores')).toBe('added');
    expect(await attempt('Open 3 stores in Lyon')).toBe('added');
    expect(await attempt('   open 3 stores')).toBe(twin);
  });

  it('compares without case, not without spelling: "ss" is not "ß"', async () => {
    const ui = mount({ answers: { listGoals: [{ ...G1, statement: 'Pave the Hauptstraße by Q3 2031' }] } });
    await ui.type('Goal statement', 'Pave the HAUPTSTRASSE by Q3 2031');
    await add(ui);
    expect(ui.runs).toEqual([{ label: 'Adding the goal', ok: 'Added goal G7. "Pave the HAUPTSTRASSE by Q3 2031" is G7. KPI K12 went to the KPIs sheet. Ready for the next goal.' }]);
    await ui.type('Goal statement', 'PAVE THE HAUPTSTRAßE BY Q3 2031');
    await add(ui, 1);
    expect(ui.runs[1]).toEqual({ label: 'Adding the goal', error: 'This goal is already in the cascade as G1: not added again.' });
  });

  it('uses the list it has when the cascade cannot be read again', async () => {
    const ui = mount({ answers: { listGoals: [G1] } });
    await waitFor(() => expect(ui.field('Parent goal').querySelectorAll('option').length).toBe(2));
    window.__answers.listGoals = { error: 'busy' };
    await ui.type('Goal statement', 'Grow revenue 10 % by Q4 2027');
    await add(ui);
    expectRefused(ui, 'This goal is already in the cascade as G1: not added again.');
  });

  it('clears the previous refusal as soon as the goal is added again', async () => {
    const ui = mount();
    await ui.type('Goal statement', 'Hire 10 engineers by 2024-12-31');
    await add(ui);
    expect(ui.feedback()!.textContent).toMatch(/has passed/);
    await ui.type('Deadline', '2031-01-31');
    expect(ui.feedback()!.textContent).toMatch(/has passed/); // the Deadline field does not clear it
    let release!: () => void;
    window.__hold = { listGoals: new Promise<void>((r) => (release = r)) };
    await ui.user.click(ui.addButton());
    await waitFor(() => expect(ui.argsOf('listGoals').length).toBe(2));
    expect(ui.feedback()).toBeNull();
    release();
    await waitFor(() => expect(ui.runs.length).toBe(2));
    expect(ui.argsOf('addGoal')[0]).toEqual([{ statement: 'Hire 10 engineers by 2024-12-31', level: 'Company', deadline: '2031-01-31', kpis: [] }]);
  });

  it('an error from the port: reported to the panel, the form kept', async () => {
    const ui = mount({ answers: { addGoal: { error: 'The Goals sheet is protected.' } } });
    await ui.type('Goal statement', 'Open 3 stores by Q3 2031');
    await ui.type('KPI that measures it', 'Stores');
    await add(ui);
    expect(ui.runs).toEqual([{ label: 'Adding the goal', error: 'The Goals sheet is protected.' }]);
    expect(ui.feedback()).toBeNull();
    expect(ui.argsOf('addGoal').length).toBe(1);
    expect(ui.field('Goal statement').value).toBe('Open 3 stores by Q3 2031');
    expect(ui.field('KPI that measures it').value).toBe('Stores');
    expect(ui.field('Deadline').value).toBe('2031-09-30');
    expect(screen.getByTestId('criteria').querySelectorAll('li').length).toBe(5);
  });
});

// @vitest-environment happy-dom
/**
 * One KPI's fields in the goal wizard (shared/ui/kpiFields.tsx), rendered alone: the labels and controls, what each
 * edit hands back, the direction that follows the baseline and target until the user picks one, the contradiction
 * flagged with its fix, removing the block; and the KPI written to the port from the form (kpiFromForm).
 */
import { h } from 'preact';
import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KpiFields, directionProblem, emptyKpi, impliedDirection, kpiFromForm, type KpiForm } from '../../shared/ui/kpiFields';

afterEach(cleanup);

/** KpiFields as the wizard holds it: each change is kept and shown again; `changes` records what was handed back. */
function mount(initial: Partial<KpiForm> = {}, index = 0, removable = false) {
  const changes: KpiForm[] = [];
  const onRemove = vi.fn();
  let kpi: KpiForm = { ...emptyKpi(), ...initial };
  const el = () => h(KpiFields, {
    index, kpi,
    onChange: (k: KpiForm) => {
      changes.push(k);
      kpi = k;
      r.rerender(el());
    },
    onRemove: removable ? onRemove : undefined,
  });
  const r = render(el());
  const field = (f: string) => r.container.querySelector(`#gp-kpi${index}-${f}`) as HTMLInputElement & HTMLSelectElement;
  return { container: r.container, changes, onRemove, field, user: userEvent.setup(), last: () => changes[changes.length - 1] };
}

describe('the fields of a KPI', () => {
  it('labels the first KPI for the goal, each field with its id, type and hint', () => {
    const ui = mount();
    expect(ui.container.querySelector('legend')!.textContent).toBe('KPI 1');
    expect(ui.container.querySelector('fieldset')!.className).toBe('gp-kpi');
    const labels = [...ui.container.querySelectorAll('label')].map((l) => [l.getAttribute('for'), l.textContent]);
    expect(labels).toEqual([
      ['gp-kpi0-name', 'KPI that measures it'],
      ['gp-kpi0-definition', 'Definition or formula'],
      ['gp-kpi0-unit', 'Unit'],
      ['gp-kpi0-frequency', 'Frequency'],
      ['gp-kpi0-type', 'Type'],
      ['gp-kpi0-direction', 'Better when'],
      ['gp-kpi0-owner', 'KPI owner'],
      ['gp-kpi0-baseline', 'Baseline'],
      ['gp-kpi0-target', 'KPI target'],
      ['gp-kpi0-actual', 'Current value'],
      ['gp-kpi0-history', 'History (past values, oldest first)'],
    ]);
    const types = Object.fromEntries(['name', 'definition', 'unit', 'owner', 'baseline', 'target', 'actual', 'history'].map((f) => [f, ui.field(f).getAttribute('type')]));
    expect(types).toEqual({ name: 'text', definition: 'text', unit: 'text', owner: 'text', baseline: 'number', target: 'number', actual: 'number', history: 'text' });
    for (const f of ['baseline', 'target', 'actual']) expect(ui.field(f).getAttribute('step'), f).toBe('any');
    for (const f of ['name', 'unit', 'owner', 'history', 'definition']) expect(ui.field(f).hasAttribute('step'), f).toBe(false);
    expect(ui.field('definition').getAttribute('placeholder')).toBe('e.g. revenue / customers');
    expect(ui.field('history').getAttribute('placeholder')).toBe('e.g. 31, 30, 29.5, 28');
    expect(ui.field('name').hasAttribute('placeholder')).toBe(false);
    const options = (f: string) => [...ui.field(f).querySelectorAll('option')].map((o) => o.value);
    expect(options('frequency')).toEqual(['Daily', 'Weekly', 'Monthly', 'Quarterly', 'Yearly']);
    expect(options('type')).toEqual(['Leading', 'Lagging']);
    expect(options('direction')).toEqual(['Higher', 'Lower', 'At least', 'At most']);
    expect([ui.field('frequency').value, ui.field('type').value, ui.field('direction').value]).toEqual(['Monthly', 'Lagging', 'Higher']);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('labels a further KPI by its number, and removes it', async () => {
    const ui = mount({ name: 'Orders', baseline: '1', target: '2', actual: '3', history: '1 2' }, 2, true);
    expect(ui.container.querySelector('legend')!.textContent).toBe('KPI 3');
    expect(screen.getByLabelText('KPI name').id).toBe('gp-kpi2-name');
    expect(screen.getByLabelText('Target').id).toBe('gp-kpi2-target');
    expect(screen.getByLabelText('Current value of this KPI').id).toBe('gp-kpi2-actual');
    expect([ui.field('name').value, ui.field('baseline').value, ui.field('target').value, ui.field('actual').value, ui.field('history').value]).toEqual(['Orders', '1', '2', '3', '1 2']);
    await ui.user.click(screen.getByRole('button', { name: 'Remove KPI 3' }));
    expect(ui.onRemove).toHaveBeenCalledTimes(1);
    expect(ui.changes).toEqual([]);
  });

  it('hands back each text edit, the others unchanged', async () => {
    const ui = mount();
    await ui.user.type(ui.field('name'), 'NPS');
    expect(ui.last()).toEqual({ ...emptyKpi(), name: 'NPS' });
    await ui.user.type(ui.field('definition'), 'd');
    await ui.user.type(ui.field('unit'), 'u');
    await ui.user.type(ui.field('owner'), 'o');
    await ui.user.type(ui.field('actual'), '7');
    await ui.user.type(ui.field('history'), '1, 2');
    expect(ui.last()).toEqual({ ...emptyKpi(), name: 'NPS', definition: 'd', unit: 'u', owner: 'o', actual: '7', history: '1, 2' });
    expect(ui.changes.every((k) => !('directionSet' in k))).toBe(true);
  });

  it('hands back each choice; picking the direction marks it as the user\'s', async () => {
    const ui = mount();
    await ui.user.selectOptions(ui.field('frequency'), 'Quarterly');
    expect(ui.last()).toEqual({ ...emptyKpi(), frequency: 'Quarterly' });
    await ui.user.selectOptions(ui.field('type'), 'Leading');
    expect(ui.last()).toEqual({ ...emptyKpi(), frequency: 'Quarterly', type: 'Leading' });
    await ui.user.selectOptions(ui.field('direction'), 'At most');
    expect(ui.last()).toEqual({ ...emptyKpi(), frequency: 'Quarterly', type: 'Leading', direction: 'At most', directionSet: true });
  });
});

describe('the direction follows the baseline and target until the user picks one', () => {
  it('offers Lower for a falling target and Higher for a rising one', async () => {
    const ui = mount();
    await ui.user.type(ui.field('baseline'), '30');
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30' });
    await ui.user.type(ui.field('target'), '24');
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30', target: '24', direction: 'Lower' });
    expect(ui.field('direction').value).toBe('Lower');
    await ui.user.clear(ui.field('target'));
    await ui.user.type(ui.field('target'), '36');
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30', target: '36', direction: 'Higher' });
    // The same target as the baseline implies nothing: the direction stays.
    await ui.user.clear(ui.field('target'));
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30', target: '', direction: 'Higher' });
    await ui.user.type(ui.field('target'), '3'); // 3 below 30: Lower
    await ui.user.type(ui.field('target'), '0'); // 30: still Lower
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30', target: '30', direction: 'Lower' });
    await ui.user.clear(ui.field('baseline'));
    await ui.user.type(ui.field('baseline'), '10');
    expect(ui.last().direction).toBe('Higher');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not move with other fields', async () => {
    const ui = mount({ baseline: '30', target: '24', direction: 'Higher' });
    await ui.user.type(ui.field('name'), 'W');
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30', target: '24', direction: 'Higher', name: 'W' });
  });

  it('keeps a direction the user picked, and flags it when it contradicts, with the fix', async () => {
    const ui = mount();
    await ui.user.selectOptions(ui.field('direction'), 'Higher');
    await ui.user.type(ui.field('baseline'), '30');
    await ui.user.type(ui.field('target'), '24');
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30', target: '24', direction: 'Higher', directionSet: true });
    const alert = screen.getByRole('alert');
    expect(alert).toBe(screen.getByTestId('kpi0-direction-problem'));
    expect(alert.className).toBe('gp-warn');
    expect(alert.textContent).toBe('"Better when" is Higher, but the target 24 is below the baseline 30. Use Lower');
    await ui.user.click(screen.getByRole('button', { name: 'Use Lower' }));
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '30', target: '24', direction: 'Lower', directionSet: true });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('flags the contradiction in the block of its own KPI, and offers Higher for a rising target', async () => {
    const ui = mount({ baseline: '100', target: '120', direction: 'Lower', directionSet: true }, 1, true);
    const alert = screen.getByTestId('kpi1-direction-problem');
    expect(alert.textContent).toBe('"Better when" is Lower, but the target 120 is above the baseline 100. Use Higher');
    await ui.user.click(screen.getByRole('button', { name: 'Use Higher' }));
    expect(ui.last()).toEqual({ ...emptyKpi(), baseline: '100', target: '120', direction: 'Higher', directionSet: true });
  });

  it('never flags a level to hold', () => {
    mount({ baseline: '99.95', target: '99.9', direction: 'At least', directionSet: true });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the KPI written from the form', () => {
  it('is nothing for a KPI without a name', () => {
    expect(kpiFromForm(emptyKpi())).toBeUndefined();
    expect(kpiFromForm({ ...emptyKpi(), name: '   ', target: '5' })).toBeUndefined();
  });

  it('trims the texts, leaves out empty ones and reads the numbers', () => {
    const form: KpiForm = {
      name: ' NPS ', definition: ' promoters - detractors ', unit: ' pts ', type: 'Leading', direction: 'At least', frequency: 'Quarterly',
      owner: ' Ana ', baseline: '30', target: ' 50 ', actual: '-2.5', history: '1 2', directionSet: true,
    };
    expect(kpiFromForm(form)).toEqual({
      name: 'NPS', definition: 'promoters - detractors', unit: 'pts', type: 'Leading', direction: 'At least', frequency: 'Quarterly',
      owner: 'Ana', baseline: 30, target: 50, actual: -2.5,
    });
    const bare = kpiFromForm({ ...emptyKpi(), name: 'X', definition: '  ', unit: ' ', owner: '  ' })!;
    expect(Object.entries(bare).filter(([, v]) => v !== undefined)).toEqual([['name', 'X'], ['type', 'Lagging'], ['direction', 'Higher'], ['frequency', 'Monthly']]);
  });

  it('writes a number that cannot be read as none, never as 0 or NaN', () => {
    const k = kpiFromForm({ ...emptyKpi(), name: 'X', baseline: '  ', target: 'abc', actual: 'Infinity' })!;
    expect([k.baseline, k.target, k.actual]).toEqual([undefined, undefined, undefined]);
    const e = kpiFromForm({ ...emptyKpi(), name: 'X', baseline: '1e3', target: '0', actual: '' })!;
    expect([e.baseline, e.target, e.actual]).toEqual([1000, 0, undefined]);
  });

  it('starts empty: Lagging, Higher, Monthly', () => {
    expect(emptyKpi()).toEqual({ name: '', definition: '', unit: '', type: 'Lagging', direction: 'Higher', frequency: 'Monthly', owner: '', baseline: '', target: '', actual: '', history: '' });
    expect(emptyKpi()).not.toBe(emptyKpi());
  });
});

describe('the direction the numbers imply', () => {
  it('is Higher or Lower only when both are numbers and differ', () => {
    const k = (baseline: string, target: string) => impliedDirection({ ...emptyKpi(), baseline, target });
    expect(k('1', '2')).toBe('Higher');
    expect(k('2', '1')).toBe('Lower');
    expect(k('-1', '-2')).toBe('Lower');
    expect(k('2', '2')).toBeUndefined();
    expect(k('', '2')).toBeUndefined();
    expect(k('2', '')).toBeUndefined();
    expect(k('x', '2')).toBeUndefined();
    expect(k('2', 'x')).toBeUndefined();
    expect(k(' ', '0')).toBeUndefined();
    expect(k('0', ' ')).toBeUndefined();
  });

  it('flags a contradiction in words, quoting the numbers as typed', () => {
    expect(directionProblem({ ...emptyKpi(), baseline: ' 100 ', target: ' 120 ', direction: 'Lower' })).toBe('"Better when" is Lower, but the target 120 is above the baseline 100.');
    expect(directionProblem({ ...emptyKpi(), baseline: '100', target: '80', direction: 'Higher' })).toBe('"Better when" is Higher, but the target 80 is below the baseline 100.');
    expect(directionProblem({ ...emptyKpi(), baseline: '100', target: '80', direction: 'Lower' })).toBeUndefined();
    expect(directionProblem({ ...emptyKpi(), baseline: '100', target: '120', direction: 'Higher' })).toBeUndefined();
    expect(directionProblem({ ...emptyKpi(), baseline: '100', target: '100', direction: 'Lower' })).toBeUndefined();
    expect(directionProblem({ ...emptyKpi(), baseline: '', target: '100', direction: 'Lower' })).toBeUndefined();
    expect(directionProblem({ ...emptyKpi(), baseline: '100', target: '120', direction: 'At most' })).toBeUndefined();
    expect(directionProblem({ ...emptyKpi(), baseline: '100', target: '80', direction: 'At least' })).toBeUndefined();
  });
});

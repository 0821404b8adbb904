// @vitest-environment happy-dom
/**
 * The Check in task (shared/ui/checkIn.tsx) in happy-dom, over the recording port: the KPI list (the user's own KPIs
 * first), the value as typed (decimal comma, percent, spaces), what checkIn is sent, the confirmation and the errors, and
 * the list read again after a check-in. The date is not asked in the panel: no `date` is sent, so the core uses today.
 */
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostPort, KpiChoice } from '../../shared/host/port';
import { CheckIn, localeDecimalMark, orderForOwner, parseValue, valueReading } from '../../shared/ui/checkIn';

const OriginalNumberFormat = Intl.NumberFormat;
import { mountUi, screen, waitFor, within, type MountedUi } from './mountUi';

const at = (sheet: string, row: number, col = 0) => ({ sheet, row, col });
const K3: KpiChoice = { id: 'K3', name: 'Online revenue share', owner: 'Zoe', unit: '%', nextDue: '2026-11-11', overdue: true, current: 0.2, at: at('KPIs', 3) };
const K5: KpiChoice = { id: 'K5', name: 'Basket size', owner: 'Ana', unit: 'EUR', nextDue: '2026-12-01', overdue: false, current: 0, at: at('KPIs', 5) };
const K7: KpiChoice = { id: 'K7', name: 'Stores opened', owner: '', unit: '', overdue: false, at: at('KPIs', 7) };
const K8: KpiChoice = { id: 'K8', name: 'NPS', owner: 'Zoe', unit: '', nextDue: '2026-12-31', overdue: false, current: 41, at: at('KPIs', 8) };
const LIST = { kpis: [K3, K5, K7, K8], log: { sheet: 'Check-ins' } };
const DONE = { kpiId: 'K3', date: '2026-11-24', message: 'Checked in K3: 12.5 on 2026-11-24 (At risk).' };

/** Puts window.localStorage back after a test that took it away. */
let restore: (() => void) | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  restore?.();
  restore = undefined;
  // The apps mountUi mounted are unmounted by it; the components rendered alone here are Testing Library's to clean.
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

/** Mount the app (after it has read the cascades) and open Check in; waits until the KPI list shows (or its message). */
async function openCheckIn(answers: Record<string, unknown> = { listKpis: LIST, checkIn: DONE }): Promise<MountedUi> {
  const ui = await mountUi({ answers });
  await waitFor(() => expect(ui.argsOf('workbookSummary').length).toBe(1));
  await ui.openTask('Check in');
  await waitFor(() => expect(ui.argsOf('listKpis').length).toBe(1));
  await waitFor(() => {
    if (!screen.queryByTestId('checkin-message') && !screen.queryByLabelText('KPI')) throw new Error('the list did not show');
  });
  return ui;
}
const kpiSelect = () => screen.getByLabelText('KPI') as HTMLSelectElement;
const options = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.textContent]);
const valueBox = () => screen.getByLabelText('New value') as HTMLInputElement;
const noteBox = () => screen.getByLabelText('Note') as HTMLInputElement;
const confidenceBox = () => screen.getByLabelText('Confidence') as HTMLSelectElement;
const checkInButton = () => screen.getByRole('button', { name: 'Check in' }) as HTMLButtonElement;
const hint = () => screen.getByTestId('checkin-kpi').textContent;

describe('parseValue', () => {
  it.each([
    ['12.5', 12.5],
    ['12,5', 12.5],
    [',5', 0.5],
    ['-3,25', -3.25],
    ['0', 0],
    ['90%', 0.9],
    ['90 %', 0.9],
    ['12,5%', 0.125],
    ['-4%', -0.04],
    ['  7  ', 7],
    ['1 000', 1000],
    ['1\u00a0234,5', 1234.5],
    ['1\t000', 1000],
    ['1e3', 1000],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['-1.234.567,25', -1234567.25],
  ])('reads %j as %d', (text, n) => {
    expect(parseValue(text, '.')).toBe(n);
    expect(parseValue(text, ',')).toBe(n);
  });
  it.each([
    [''],
    ['   '],
    ['abc'],
    ['12 apples'],
    ['12.5.1'],
    ['1,23,456'],
    ['1,234.5.6'],
    ['12,34.5'],
    ['1.234.5'],
    ['1,234.5e3'],
    ['1,234.e5'],
    ['1,234.5x'],
    ['-'],
    ['+%'],
    ['90%%'],
    ['%'],
    [' % '],
    ['%5'],
    ['12,'],
    ['1,5e3'],
  ])('refuses %j (NaN: the core says what to fix)', (text) => {
    expect(parseValue(text, '.')).toBeNaN();
    expect(parseValue(text, ',')).toBeNaN();
  });
  it('reads one separator before three digits as the locale writes numbers: "1,234" is 1234 in en-US, 1.234 in de-DE', () => {
    expect(parseValue('1,234', '.')).toBe(1234);
    expect(parseValue('1.234', '.')).toBe(1.234);
    expect(parseValue('1,234', ',')).toBe(1.234);
    expect(parseValue('1.234', ',')).toBe(1234);
    expect(parseValue('12,345%', '.')).toBe(123.45);
    // A leading 0 is never a thousands group; fewer or more than three digits after it make it a decimal mark.
    expect(parseValue('0,125', '.')).toBe(0.125);
    expect(parseValue('0.125', ',')).toBe(0.125);
    expect(parseValue('1,2345', '.')).toBe(1.2345);
    expect(parseValue('1.23', ',')).toBe(1.23);
    expect(parseValue('1234,567', '.')).toBe(1234.567);
    expect(parseValue('+1,000', '.')).toBe(1000);
    expect(parseValue('+1,000', ',')).toBe(1);
  });
  it('takes the decimal mark of the locale the panel runs in when none is given', () => {
    expect(localeDecimalMark()).toBe(new Intl.NumberFormat().format(1.5).charAt(1));
    const de = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (_locales?: string, options?: Intl.NumberFormatOptions) {
      return new OriginalNumberFormat('de-DE', options);
    } as never);
    expect(localeDecimalMark()).toBe(',');
    expect(parseValue('1.234')).toBe(1234);
    de.mockRestore();
    expect(parseValue('1.234')).toBe(localeDecimalMark() === '.' ? 1.234 : 1234);
  });
});

describe('valueReading: what a typed value will be checked in as', () => {
  it('says nothing while nothing is typed', () => {
    expect(valueReading('', '.')).toBeUndefined();
    expect(valueReading('  ', ',')).toBeUndefined();
  });
  it('shows the number, and a percentage with its fraction', () => {
    expect(valueReading('1,234', '.')).toBe('Checks in 1234.');
    expect(valueReading('1,234', ',')).toBe('Checks in 1.234.');
    expect(valueReading(' 90 % ', '.')).toBe('Checks in 0.9 (90%).');
    expect(valueReading('12,5%', ',')).toBe('Checks in 0.125 (12.5%).');
    expect(valueReading('-7', '.')).toBe('Checks in -7.');
  });
  it('says how to type a number in the locale when the text is not one', () => {
    expect(valueReading('abc', '.')).toBe('Not a number yet: type digits, e.g. 12.5, 1 250 or 90%.');
    expect(valueReading('1,23,4', ',')).toBe('Not a number yet: type digits, e.g. 12,5, 1 250 or 90%.');
    expect(valueReading('%', '.')).toBe('Not a number yet: type digits, e.g. 12.5, 1 250 or 90%.');
  });
});

describe('orderForOwner', () => {
  it('puts the KPIs of the owner first, each group in the port order; nobody chosen keeps the list as it is', () => {
    expect(orderForOwner([K3, K5, K7, K8], 'Ana').map((k) => k.id)).toEqual(['K5', 'K3', 'K7', 'K8']);
    expect(orderForOwner([K3, K5, K7, K8], 'Zoe').map((k) => k.id)).toEqual(['K3', 'K8', 'K5', 'K7']);
    expect(orderForOwner([K5, K7, K3, K8], 'Zoe').map((k) => k.id)).toEqual(['K3', 'K8', 'K5', 'K7']);
    expect(orderForOwner([K3, K5, K7, K8], 'Nobody').map((k) => k.id)).toEqual(['K3', 'K5', 'K7', 'K8']);
    const list = [K5, K3];
    expect(orderForOwner(list, '')).toBe(list);
    expect(orderForOwner([], 'Ana')).toEqual([]);
  });
});

describe('the Check in task: the list', () => {
  it('reads the KPIs of the workbook\'s cascade and offers them with the owners to choose from', async () => {
    const ui = await openCheckIn();
    expect(ui.argsOf('listKpis')).toEqual([[null]]); // one cascade: none named, the host picks it
    expect(screen.getByRole('heading', { name: 'Check in' }).id).toBe('gp-checkin');
    expect(options(kpiSelect())).toEqual([
      ['K3', 'Overdue: K3 Online revenue share (Zoe)'],
      ['K5', 'K5 Basket size (Ana)'],
      ['K7', 'K7 Stores opened'],
      ['K8', 'K8 NPS (Zoe)'],
    ]);
    expect(kpiSelect().value).toBe('K3');
    // The owners, each once, sorted, blank owners left out; "Anyone" first.
    const me = screen.getByLabelText('I am') as HTMLSelectElement;
    expect(options(me)).toEqual([['', 'Anyone (all KPIs)'], ['Ana', 'Ana'], ['Zoe', 'Zoe']]);
    expect(me.value).toBe('');
    expect(options(confidenceBox())).toEqual([['', '(not given)'], ['On track', 'On track'], ['At risk', 'At risk'], ['Off track', 'Off track']]);
    expect(confidenceBox().value).toBe('');
    expect(valueBox().value).toBe('');
    expect(valueBox().getAttribute('inputmode')).toBe('decimal');
    expect(noteBox().value).toBe('');
    expect(screen.queryByTestId('checkin-message')).toBeNull();
    expect(screen.queryByTestId('checkin-done')).toBeNull();
  });

  it('says what the picked KPI shows now and when its update is due', async () => {
    const ui = await openCheckIn();
    expect(hint()).toBe('Now 0.2 %. Update was due 2026-11-11.');
    await ui.user.selectOptions(kpiSelect(), 'K5');
    await waitFor(() => expect(hint()).toBe('Now 0 EUR. Next update due 2026-12-01.'));
    await ui.user.selectOptions(kpiSelect(), 'K7');
    await waitFor(() => expect(hint()).toBe('No value yet. '));
    await ui.user.selectOptions(kpiSelect(), 'K8');
    await waitFor(() => expect(hint()).toBe('Now 41. Next update due 2026-12-31.'));
  });

  it('an overdue KPI without a due date says only its value', async () => {
    await openCheckIn({ listKpis: { kpis: [{ ...K7, overdue: true, current: 3 }], log: { sheet: 'Check-ins' } } });
    expect(options(kpiSelect())).toEqual([['K7', 'Overdue: K7 Stores opened']]);
    expect(hint()).toBe('Now 3. ');
    // Nobody owns a KPI: no "I am" to choose.
    expect(screen.queryByLabelText('I am')).toBeNull();
  });

  it('choosing who I am puts my KPIs first, picks the first of them and remembers me', async () => {
    const ui = await openCheckIn();
    await ui.user.selectOptions(kpiSelect(), 'K7');
    await ui.user.selectOptions(screen.getByLabelText('I am'), 'Ana');
    await waitFor(() => expect(kpiSelect().value).toBe('K5'));
    expect(options(kpiSelect()).map(([v]) => v)).toEqual(['K5', 'K3', 'K7', 'K8']);
    expect(hint()).toBe('Now 0 EUR. Next update due 2026-12-01.');
    expect(localStorage.getItem('goalpost.checkIn.me')).toBe('Ana');
    await ui.user.selectOptions(screen.getByLabelText('I am'), 'Zoe');
    await waitFor(() => expect(options(kpiSelect()).map(([v]) => v)).toEqual(['K3', 'K8', 'K5', 'K7']));
    expect(kpiSelect().value).toBe('K3');
    await ui.user.selectOptions(screen.getByLabelText('I am'), '');
    await waitFor(() => expect(options(kpiSelect()).map(([v]) => v)).toEqual(['K3', 'K5', 'K7', 'K8']));
    expect(localStorage.getItem('goalpost.checkIn.me')).toBe('');
  });

  it('opens as the owner remembered from last time', async () => {
    localStorage.setItem('goalpost.checkIn.me', 'Ana');
    const ui = await openCheckIn();
    expect((screen.getByLabelText('I am') as HTMLSelectElement).value).toBe('Ana');
    expect(options(kpiSelect()).map(([v]) => v)).toEqual(['K5', 'K3', 'K7', 'K8']);
    expect(kpiSelect().value).toBe('K5');
    await ui.user.type(valueBox(), '7');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K5', value: 7, who: 'Ana' }]]));
  });

  it('works when the browser refuses its storage (a sandboxed sidebar): nobody is remembered, choosing still works', async () => {
    // In a sandboxed frame reading window.localStorage itself throws a SecurityError.
    localStorage.setItem('goalpost.checkIn.me', 'Ana');
    const own = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get() { throw new Error('SecurityError'); } });
    restore = () => {
      if (own) Object.defineProperty(globalThis, 'localStorage', own);
      else delete (globalThis as { localStorage?: Storage }).localStorage;
    };
    const ui = await openCheckIn();
    expect((screen.getByLabelText('I am') as HTMLSelectElement).value).toBe('');
    await ui.user.type(valueBox(), '1');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K3', value: 1 }]]));
    await ui.user.selectOptions(screen.getByLabelText('I am'), 'Ana');
    await waitFor(() => expect(kpiSelect().value).toBe('K5'));
  });

  it('shows the port\'s message when there is nothing to check in, and no form', async () => {
    await openCheckIn({ listKpis: { kpis: [], log: { sheet: 'Check-ins' }, message: 'KPIs has no KPIs yet: add a goal with its KPIs in the Goal wizard first.' } });
    expect(screen.getByTestId('checkin-message').textContent).toBe('KPIs has no KPIs yet: add a goal with its KPIs in the Goal wizard first.');
    expect(screen.queryByLabelText('KPI')).toBeNull();
    expect(screen.queryByLabelText('New value')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Check in' })).toBeNull();
  });

  it('shows why the list could not be read', async () => {
    await openCheckIn({ listKpis: { error: 'The workbook is busy: try again.' } });
    expect(screen.getByTestId('checkin-message').textContent).toBe('The workbook is busy: try again.');
    expect(screen.queryByLabelText('KPI')).toBeNull();
  });

  it('a list with KPIs and a message shows both', async () => {
    await openCheckIn({ listKpis: { ...LIST, message: 'K9 has no owner.' } });
    expect(screen.getByTestId('checkin-message').textContent).toBe('K9 has no owner.');
    expect(kpiSelect().value).toBe('K3');
  });

  it('reads the list of the cascade picked on Home when the workbook has several', async () => {
    const ui = await mountUi({ answers: { listKpis: LIST, checkIn: DONE, listCascades: [
      { goals: 'Goals', sheets: ['Goals', 'KPIs'], active: false },
      { goals: 'Goals (2)', sheets: ['Goals (2)', 'KPIs (2)'], active: true },
    ] } });
    await waitFor(() => screen.getByLabelText('Work in the cascade of'));
    await ui.openTask('Check in');
    await waitFor(() => expect(kpiSelect().value).toBe('K3'));
    expect(ui.argsOf('listKpis')).toEqual([['Goals (2)']]);
    await ui.user.type(valueBox(), '3');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.argsOf('checkIn')).toEqual([[{ cascade: 'Goals (2)', kpiId: 'K3', value: 3 }]]));
    await waitFor(() => expect(ui.argsOf('listKpis')).toEqual([['Goals (2)'], ['Goals (2)']]));
  });
});

describe('the Check in task: checking in', () => {
  it('sends the KPI, the value read, the confidence and the trimmed note; confirms and picks the next KPI', async () => {
    const ui = await openCheckIn();
    expect(checkInButton().disabled).toBe(true); // nothing typed yet
    await ui.user.type(valueBox(), '   ');
    expect(checkInButton().disabled).toBe(true); // blanks are nothing
    await ui.user.clear(valueBox());
    await ui.user.type(valueBox(), '12,5');
    expect(checkInButton().disabled).toBe(false);
    expect(checkInButton().className).toContain('gp-primary');
    expect(checkInButton().type).toBe('submit');
    await ui.user.selectOptions(confidenceBox(), 'At risk');
    await ui.user.type(noteBox(), '  Late data  ');
    expect(confidenceBox().value).toBe('At risk');
    let release!: () => void;
    window.__hold = { checkIn: new Promise<void>((r) => (release = r)) };
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.status().textContent).toBe('Checking in K3...'));
    expect(checkInButton().disabled).toBe(true); // busy
    expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K3', value: 12.5, confidence: 'At risk', note: 'Late data' }]]);
    release();
    await waitFor(() => expect(screen.getByTestId('checkin-done').textContent).toBe('Checked in K3: 12.5 on 2026-11-24 (At risk).'));
    expect(screen.getByTestId('checkin-done').getAttribute('role')).toBe('status');
    expect(ui.status().textContent).toBe('Checked in K3: 12.5 on 2026-11-24 (At risk).');
    expect(ui.status().className).not.toContain('gp-error');
    // Ready for the next one: the fields cleared, the next KPI picked, the list read again.
    expect(valueBox().value).toBe('');
    expect(noteBox().value).toBe('');
    expect(confidenceBox().value).toBe('');
    expect(kpiSelect().value).toBe('K5');
    expect(hint()).toBe('Now 0 EUR. Next update due 2026-12-01.');
    expect(checkInButton().disabled).toBe(true);
    await waitFor(() => expect(ui.argsOf('listKpis')).toEqual([[null], [null]]));
  });

  it('shows under the field what the typed value will be checked in as, tied to the field for screen readers', async () => {
    const ui = await openCheckIn();
    expect(screen.queryByTestId('checkin-reading')).toBeNull();
    expect(valueBox().hasAttribute('aria-describedby')).toBe(false);
    await ui.user.type(valueBox(), '12,5');
    const reading = screen.getByTestId('checkin-reading');
    expect(reading.textContent).toBe('Checks in 12.5.');
    expect(reading.className).toBe('gp-hint');
    expect(valueBox().getAttribute('aria-describedby')).toBe(reading.id);
    expect(reading.id).toBe('gp-ci-reading');
    await ui.user.type(valueBox(), 'x');
    expect(screen.getByTestId('checkin-reading').textContent).toMatch(/^Not a number yet: type digits, e\.g\. 12[.,]5, 1 250 or 90%\.$/);
    await ui.user.clear(valueBox());
    expect(screen.queryByTestId('checkin-reading')).toBeNull();
  });

  it('sends neither a blank note nor an unset confidence; a percentage is sent as a fraction', async () => {
    const ui = await openCheckIn();
    await ui.user.type(valueBox(), ' 90 % ');
    await ui.user.type(noteBox(), '   ');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K3', value: 0.9 }]]));
  });

  it('after the last KPI the first is picked again', async () => {
    const ui = await openCheckIn();
    await ui.user.selectOptions(kpiSelect(), 'K8');
    await ui.user.type(valueBox(), '44');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(screen.getByTestId('checkin-done')).toBeTruthy());
    expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K8', value: 44 }]]);
    expect(kpiSelect().value).toBe('K3');
    // The next check-in goes to the KPI picked now.
    await ui.user.type(valueBox(), '0,3');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.argsOf('checkIn').length).toBe(2));
    expect(ui.argsOf('checkIn')[1]).toEqual([{ kpiId: 'K3', value: 0.3 }]);
    await waitFor(() => expect(kpiSelect().value).toBe('K5'));
  });

  it('the list read again after a check-in shows the new value', async () => {
    const one = { kpis: [K3], log: { sheet: 'Check-ins' } };
    const ui = await openCheckIn({ listKpis: one, checkIn: DONE });
    await ui.user.type(valueBox(), '25%');
    window.__answers.listKpis = { kpis: [{ ...K3, current: 0.25, overdue: false, nextDue: '2026-12-24' }], log: { sheet: 'Check-ins' } };
    await ui.user.click(checkInButton());
    await waitFor(() => expect(hint()).toBe('Now 0.25 %. Next update due 2026-12-24.'));
    expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K3', value: 0.25 }]]);
    expect(kpiSelect().value).toBe('K3'); // the only KPI is the next one too
    expect(options(kpiSelect())).toEqual([['K3', 'K3 Online revenue share (Zoe)']]);
  });

  it('a KPI picked by hand hides the last confirmation', async () => {
    const ui = await openCheckIn();
    await ui.user.type(valueBox(), '1');
    await ui.user.click(checkInButton());
    await waitFor(() => screen.getByTestId('checkin-done'));
    await ui.user.selectOptions(kpiSelect(), 'K7');
    await waitFor(() => expect(screen.queryByTestId('checkin-done')).toBeNull());
    expect(hint()).toBe('No value yet. ');
  });

  it('shows the core\'s refusal as an error, keeps what was typed and reads nothing again', async () => {
    const ui = await openCheckIn({ listKpis: LIST, checkIn: { error: 'The value for K3 must be a number.' } });
    await ui.user.type(valueBox(), 'twelve');
    await ui.user.type(noteBox(), 'n');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.status().textContent).toBe('The value for K3 must be a number.'));
    expect(ui.status().className).toContain('gp-error');
    expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K3', value: null, note: 'n' }]]); // NaN, as JSON
    expect(screen.queryByTestId('checkin-done')).toBeNull();
    expect(valueBox().value).toBe('twelve');
    expect(noteBox().value).toBe('n');
    expect(kpiSelect().value).toBe('K3');
    expect(ui.argsOf('listKpis').length).toBe(1);
    expect(checkInButton().disabled).toBe(false);
  });

  it('the list is read again after a change made elsewhere in the panel, and the picked KPI stays picked', async () => {
    const ui = await openCheckIn();
    await ui.user.selectOptions(kpiSelect(), 'K8');
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await ui.openTask('Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await ui.openTask('Check in');
    await waitFor(() => expect(ui.argsOf('listKpis').length).toBeGreaterThanOrEqual(2));
    expect(kpiSelect().value).toBe('K8');
  });

  it('a "%" alone is no value: it is sent as NaN for the core to refuse, never as a check-in of 0', async () => {
    const ui = await openCheckIn({ listKpis: LIST, checkIn: { error: 'The value for K3 must be a number.' } });
    await ui.user.type(valueBox(), '%');
    await ui.user.click(checkInButton());
    await waitFor(() => expect(ui.status().textContent).toBe('The value for K3 must be a number.'));
    expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K3', value: null }]]);
  });

  it('the form\'s submission stays in the page (the browser does not navigate)', async () => {
    const ui = await openCheckIn();
    await ui.user.type(valueBox(), '2');
    const form = valueBox().closest('form')!;
    expect(fireEvent.submit(form)).toBe(false); // default prevented
    await waitFor(() => expect(ui.argsOf('checkIn')).toEqual([[{ kpiId: 'K3', value: 2 }]]));
  });
});

describe('the CheckIn component alone', () => {
  function port(listKpis: HostPort['listKpis']): HostPort {
    return { listKpis, checkIn: vi.fn() } as unknown as HostPort;
  }
  it('a list refused with something that is not an Error says it as text', async () => {
    render(h(CheckIn, { port: port(() => Promise.reject('offline')), busy: false, run: async () => {} }));
    await waitFor(() => expect(screen.getByTestId('checkin-message').textContent).toBe('offline'));
  });
  it('busy: the Check in button waits, whatever is typed', async () => {
    const run = vi.fn(async () => {});
    render(h(CheckIn, { port: port(async () => LIST), busy: true, run }));
    await waitFor(() => screen.getByLabelText('New value'));
    fireEvent.input(valueBox(), { target: { value: '5' } });
    await waitFor(() => expect(valueBox().value).toBe('5'));
    expect(checkInButton().disabled).toBe(true);
  });
  it('runs the check-in under the label "Checking in <KPI>" and returns the core\'s message', async () => {
    const checkIn = vi.fn(async () => DONE);
    const p = { listKpis: async () => LIST, checkIn } as unknown as HostPort;
    const results: string[] = [];
    const run = vi.fn(async (_label: string, action: () => Promise<string>) => { results.push(await action()); });
    render(h(CheckIn, { port: p, busy: false, run, cascade: 'Goals' }));
    await waitFor(() => screen.getByLabelText('New value'));
    fireEvent.input(valueBox(), { target: { value: '5' } });
    await waitFor(() => expect(checkInButton().disabled).toBe(false));
    fireEvent.click(checkInButton());
    await waitFor(() => expect(results).toEqual([DONE.message]));
    expect(run.mock.calls[0][0]).toBe('Checking in K3');
    expect(checkIn.mock.calls).toEqual([[{ cascade: 'Goals', kpiId: 'K3', value: 5 }]]);
    expect(within(document.body).getByTestId('checkin-done').textContent).toBe(DONE.message);
  });
});

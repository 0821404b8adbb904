/**
 * The BUILT dist/sheets/Sidebar.html in headless Chromium at the sidebar's 300 px, with a recording stub of
 * google.script.run (withSuccessHandler / withFailureHandler chains, answers set per test).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../hosts/loaders';
import { launch, screenshot, watchErrors } from './chromium';
import { homeButton, openTask } from './harness/panel';

const html = readFileSync(resolve(DIST, 'sheets/Sidebar.html'), 'utf8');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** A stub of google.script.run that records each call and answers from window.__answers (an { error } fails). */
function installScriptRun(answers: Record<string, unknown>) {
  const w = window as unknown as { __calls: unknown[]; google: unknown };
  w.__calls = [];
  const runner = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): unknown =>
    new Proxy({}, {
      get(_t, name: string) {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f, fail);
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => runner(ok, f);
        return (...args: unknown[]) => {
          w.__calls.push({ target: name, args });
          const a = answers[name];
          setTimeout(() => {
            if (a && typeof a === 'object' && 'error' in (a as object)) fail?.(new Error((a as { error: string }).error));
            else ok?.(a);
          }, 5);
        };
      },
    });
  w.google = { script: { run: runner() } };
}

async function open(answers: Record<string, unknown> = {}, body = html): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
  const errors = watchErrors(page);
  const defaults = {
    listGoals: [{ id: 'G1', statement: 'Grow revenue by 10% by 2027', at: { sheet: 'Goals', row: 1, col: 0 } }],
    applyTemplate: { sheets: ['Goals'], message: 'Added the goal cascade with example data: Strategy, Goals, KPIs.' },
    refreshTrafficLights: { sheets: ['KPIs', 'Goals'], rules: 9, asOf: '2026-11-24', message: 'Traffic lights refreshed on KPIs, Goals; as of 2026-11-24.' },
    checkGoals: [{ severity: 'error', message: 'G2 has no KPI: add one that measures it.', at: { sheet: 'Goals', row: 2, col: 0 } }],
    addGoal: { goalId: 'G3', kpiIds: [], appliedTemplate: false, message: 'Added goal G3 to Goals.' },
    workbookSummary: { template: true, cascades: 1, cascade: 'Goals', goals: 2, overdueKpis: 1, reviewsDue: 0 },
  };
  await page.addInitScript(installScriptRun, { ...defaults, ...answers });
  // HtmlService serves the file as it is: load the built file's text, with no other server behind it.
  await page.route('https://sidebar.test/', (r) => r.fulfill({ body, contentType: 'text/html' }));
  await page.route('**/*', (r) => (r.request().url() === 'https://sidebar.test/' ? r.fallback() : r.abort()));
  await page.goto('https://sidebar.test/');
  await page.getByRole('heading', { name: 'Goalpost' }).waitFor();
  return { page, errors };
}
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: { target: string; args: unknown[] }[] }).__calls);

describe('dist/sheets/Sidebar.html', () => {
  it('is one self-contained file with nothing for HtmlService templates to parse', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).not.toContain('<?');
    expect(html.length).toBeLessThan(200 * 1024);
  });

  it('calls the right server functions with the right arguments', async () => {
    const { page, errors } = await open();
    // Home's numbers come from the server's workbookSummary (no cascade picked: null, as google.script.run passes it).
    await expect.poll(async () => (await calls(page)).find((c) => c.target === 'workbookSummary')?.args).toEqual([null]);
    await expect.poll(() => page.getByTestId('summary-overdue').getAttribute('data-count')).toBe('1');
    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/Added the goal cascade/);
    await page.getByLabel('Fill with example data').uncheck();
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await openTask(page, 'Traffic lights');
    await page.getByRole('button', { name: 'Refresh traffic lights' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/Traffic lights refreshed/);
    await openTask(page, 'Check goals');
    await page.getByRole('button', { name: 'Check goals' }).click();
    await page.getByRole('button', { name: 'G2 has no KPI: add one that measures it.' }).click();
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Increase sales');
    const met = (k: string) => page.locator(`[data-criterion="${k}"]`).getAttribute('data-met');
    expect([await met('measurable'), await met('timeBound')]).toEqual(['no', 'no']);
    expect(await page.locator('[data-criterion="timeBound"]').innerText()).toMatch(/Hint: add a deadline/);
    await page.getByLabel('Goal statement').fill('<img src=x onerror=alert(1)> Hire 3 analysts by Q2 2027 to support G1');
    expect(await page.locator('img').count()).toBe(0);
    await page.getByLabel('Goal statement').fill('Hire 3 analysts by Q2 2027 to support G1');
    for (const k of ['specific', 'measurable', 'relevant', 'timeBound']) expect(await met(k), k).toBe('yes');
    await page.getByLabel('Parent goal').selectOption('G1');
    await page.getByRole('button', { name: 'Add to cascade' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/^Added goal G3 to Goals\. /);
    const c = await calls(page);
    expect(c.filter((x) => x.target === 'applyTemplate').map((x) => x.args)).toEqual([
      [{ template: 'cascade', exampleData: true }], [{ template: 'cascade', exampleData: false }],
    ]);
    expect(c.some((x) => x.target === 'refreshTrafficLights')).toBe(true);
    expect(c.find((x) => x.target === 'selectCell')?.args).toEqual([{ sheet: 'Goals', row: 2, col: 0 }]);
    expect(c.find((x) => x.target === 'addGoal')?.args[0]).toMatchObject({ statement: 'Hire 3 analysts by Q2 2027 to support G1', parentId: 'G1' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await screenshot(page, 'sheets-sidebar');
    // The guide's picture: the pane as it opens, on Home with this workbook's numbers and the tasks.
    await homeButton(page).click();
    await page.getByTestId('summary-goals').waitFor();
    await screenshot(page, 'sheets-sidebar-home', 'install-sheets');
  });

  it('checks in several KPIs one after another: owned first, overdue on top, one server call each', async () => {
    const at = { sheet: 'KPIs', row: 1, col: 0 };
    const { page, errors } = await open({
      listKpis: {
        log: { sheet: 'Check-ins' },
        kpis: [
          { id: 'K3', name: 'Units per week', owner: 'Head of production', unit: 'units', nextDue: '2026-11-11', overdue: true, current: 1052, at },
          { id: 'K1', name: 'Revenue', owner: 'Chief financial officer', unit: 'EUR M', nextDue: '2026-12-21', overdue: false, current: 21.5, at },
          { id: 'K2', name: 'Gross margin', owner: 'Chief financial officer', unit: '%', overdue: false, at },
        ],
      },
      checkIn: { kpiId: 'K1', date: '2026-11-24', message: 'Checked in K1: 21.7 on 2026-11-24 (On track).' },
    });
    await openTask(page, 'Check in');
    const kpi = page.getByLabel('KPI', { exact: true });
    await expect.poll(() => kpi.locator('option').allInnerTexts()).toEqual([
      'Overdue: K3 Units per week (Head of production)', 'K1 Revenue (Chief financial officer)', 'K2 Gross margin (Chief financial officer)',
    ]);
    expect(await page.getByTestId('checkin-kpi').innerText()).toBe('Now 1052 units. Update was due 2026-11-11.');
    await page.getByLabel('I am').selectOption('Chief financial officer');
    await expect.poll(() => kpi.inputValue()).toBe('K1');
    await page.getByLabel('New value').fill('21,7');
    await page.getByLabel('Confidence').selectOption('On track');
    await page.getByLabel('Note').fill('<b>Q4</b> looks good');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => page.getByTestId('checkin-done').innerText()).toBe('Checked in K1: 21.7 on 2026-11-24 (On track).');
    // Ready for the next one: the next KPI is picked, value and note are empty.
    expect(await kpi.inputValue()).toBe('K2');
    expect(await page.getByLabel('New value').inputValue()).toBe('');
    expect(await page.getByLabel('Note').inputValue()).toBe('');
    const c = (await calls(page)).filter((x) => x.target === 'checkIn');
    expect(c.map((x) => x.args)).toEqual([[{ kpiId: 'K1', value: 21.7, confidence: 'On track', note: '<b>Q4</b> looks good', who: 'Chief financial officer' }]]);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await screenshot(page, 'sheets-sidebar-check-in');
  });

  it('shows a server failure as a readable message', async () => {
    const { page } = await open({ refreshTrafficLights: { error: 'There is no goal cascade in this workbook yet: apply the template first.' } });
    await openTask(page, 'Traffic lights');
    await page.getByRole('button', { name: 'Refresh traffic lights' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('There is no goal cascade in this workbook yet: apply the template first.');
  });
  it('opens on the task the menu item named (the server marks <div id="app" data-task=...>), with Home one step back', async () => {
    // The page exactly as server.ts's showGoalWizard hands it to the Ui (test/sheets/addon.test.ts checks that form).
    const { page, errors } = await open({}, html.replace('<div id="app">', '<div id="app" data-task="wizard">'));
    await page.getByRole('heading', { name: 'Goal wizard' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Goal wizard/);
    expect(await page.getByTestId('home').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('summary-goals').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.task)).toBe('wizard');
    expect(errors).toEqual([]);
  });
});

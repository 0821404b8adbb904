/**
 * The shared UI (task pane, sidebar and playground all mount it) in headless Chromium at the sidebar's 300 px, against
 * a recording Host port: the SMART criteria update as a goal is typed, the wizard hands the goal to the port, workbook
 * and user text is shown as text, failures read as sentences, and everything works from the keyboard.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUi } from './harness/serveUi';
import { launch, screenshot, watchErrors } from './chromium';
import { openTask } from './harness/panel';

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveUi('ui');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(answers: Record<string, unknown> = {}) {
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.addInitScript((a) => ((window as unknown as { __answers: unknown }).__answers = a), answers);
  await page.goto(`${server.url}/index.html`);
  await page.getByRole('navigation', { name: 'Tasks' }).waitFor();
  return { dialogs: () => dialogs };
}
const calls = () => page.evaluate(() => (window as unknown as { __calls: { method: string; args: unknown[] }[] }).__calls);
const met = (k: string) => page.locator(`[data-criterion="${k}"]`).getAttribute('data-met');

describe('the shared UI against a recording Host port', () => {
  it('judges a vague goal as the user types, with hints, then all pass once it is SMART', async () => {
    await open({ listGoals: [{ id: 'G1', statement: 'Grow revenue 10 %', at: { sheet: 'Goals', row: 1, col: 0 } }] });
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Increase sales');
    expect(await met('measurable')).toBe('no');
    expect(await met('timeBound')).toBe('no');
    await expect.poll(() => page.locator('[data-criterion="measurable"]').innerText()).toMatch(/Hint: add a number or metric/);
    expect(await page.locator('[data-criterion="timeBound"]').innerText()).toMatch(/Hint: add a deadline/);

    await page.getByLabel('Goal statement').fill('Increase online sales revenue by 10% in the next quarter');
    await page.getByLabel('Parent goal').selectOption('G1');
    for (const k of ['specific', 'measurable', 'relevant', 'timeBound']) expect(await met(k), k).toBe('yes');
    expect(await met('achievable')).toBe('unknown');
    expect(await page.getByTestId('smart-score').innerText()).toBe('SMART score: 5 of 5');
    await screenshot(page, 'ui-wizard-smart');
    expect(errors).toEqual([]);
  });

  it('judges Achievable from baseline, target and history', async () => {
    await open();
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Reduce average wait time to 10 minutes by Q3 2027');
    await page.getByLabel('Baseline').fill('30');
    await page.getByLabel('KPI target').fill('10');
    await page.getByLabel('History (past values, oldest first)').fill('31, 30.5, 30');
    expect(await met('achievable')).toBe('no'); // 20 minutes down against a best change of 0.5 per period
    await page.getByLabel('KPI target').fill('29.5');
    await page.getByLabel('Deadline').fill('2027-06-30');
    expect(await met('achievable')).toBe('yes');
  });

  it('hands the goal and its KPIs to the port, and shows the answer', async () => {
    await open();
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('=HYPERLINK("http://evil.example","click") Cut costs by 5% by Q2 2027');
    await page.getByLabel('Level').selectOption('Department');
    await page.getByLabel('Owner', { exact: true }).fill('Ana');
    await page.getByLabel('Deadline').fill('2027-06-30');
    await page.getByLabel('KPI that measures it').fill('Operating cost');
    await page.getByLabel('Better when').selectOption('Lower');
    await page.getByLabel('KPI target').fill('950000');
    await page.getByRole('button', { name: 'Add another KPI' }).click();
    await page.getByLabel('KPI name').fill('Supplier count');
    await page.getByRole('button', { name: 'Add to cascade' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/^Added goal G7\. /);
    const add = (await calls()).find((c) => c.method === 'addGoal')!;
    expect(add.args[0]).toMatchObject({
      statement: '=HYPERLINK("http://evil.example","click") Cut costs by 5% by Q2 2027', // the core writes it as text
      level: 'Department', owner: 'Ana', deadline: '2027-06-30',
      kpis: [{ name: 'Operating cost', direction: 'Lower', target: 950000 }, { name: 'Supplier count' }],
    });
  });

  it('shows workbook and user text as text, never as HTML', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const s = await open({
      listGoals: [{ id: 'G1', statement: evil, at: { sheet: 'Goals', row: 1, col: 0 } }],
      checkGoals: [{ severity: 'warning', message: `Goal G1 ${evil} has no KPI`, at: { sheet: 'Goals', row: 1, col: 5 } }],
    });
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill(evil);
    await openTask(page, 'Check goals');
    await page.getByRole('button', { name: 'Check goals' }).click();
    await page.getByRole('button', { name: `Goal G1 ${evil} has no KPI` }).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#gp-parent option').nth(1).innerText()).toContain(evil);
    expect(s.dialogs()).toBe(0);
  });

  it('selects the cell of a finding when it is clicked', async () => {
    await open({ checkGoals: [{ severity: 'error', message: 'KPI K3 has no owner', at: { sheet: 'KPIs', row: 3, col: 8 } }] });
    await openTask(page, 'Check goals');
    await page.getByRole('button', { name: 'Check goals' }).click();
    await page.getByRole('button', { name: 'KPI K3 has no owner' }).click();
    await expect.poll(async () => (await calls()).filter((c) => c.method === 'selectCell').map((c) => c.args[0])).toEqual([{ sheet: 'KPIs', row: 3, col: 8 }]);
  });

  it('applies the template with or without example data and refreshes', async () => {
    await open();
    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/Added the goal cascade/);
    await page.getByLabel('Fill with example data').uncheck();
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await openTask(page, 'Traffic lights');
    await page.getByRole('button', { name: 'Refresh traffic lights' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Traffic lights refreshed.');
    const c = await calls();
    expect(c.filter((x) => x.method === 'applyTemplate').map((x) => x.args[0])).toEqual([
      { template: 'cascade', exampleData: true }, { template: 'cascade', exampleData: false },
    ]);
    expect(c.some((x) => x.method === 'refreshTrafficLights')).toBe(true);
  });

  it('shows a failure as a readable message', async () => {
    await open({ refreshTrafficLights: { error: 'Excel 2016 is too old for conditional formats: ExcelApi 1.6 is needed.' } });
    await openTask(page, 'Traffic lights');
    await page.getByRole('button', { name: 'Refresh traffic lights' }).click();
    const status = page.getByTestId('status');
    await expect.poll(() => status.innerText()).toBe('Excel 2016 is too old for conditional formats: ExcelApi 1.6 is needed.');
    expect(await status.getAttribute('class')).toContain('gp-error');
  });

  it('works from the keyboard alone and fits 300 px', async () => {
    await open();
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').focus();
    await page.keyboard.type('Hire 10 engineers by 2027-03-31 to support the product roadmap');
    // Tab forward to "Add to cascade" and press Enter.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (label === 'Add to cascade') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await calls()).some((c) => c.method === 'addGoal')).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')].filter((el) => !(el as HTMLInputElement).labels?.length).map((el) => el.id));
    expect(unlabelled).toEqual([]);
    await screenshot(page, 'ui-300px');
  });
});

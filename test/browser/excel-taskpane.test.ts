/**
 * The BUILT task pane (dist/excel/taskpane.html, which also loads functions.js: the shared runtime) in headless
 * Chromium. office.js is the real file from @microsoft/office-js served by our dev server; a fake Office / Excel
 * (test/browser/harness/officeFake.ts) is injected right after it, since there is no Excel here.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTaskPane } from './harness/serveTaskPane';
import { launch, screenshot, watchErrors } from './chromium';
import { homeButton, openTask } from './harness/panel';

let browser: Browser;
let server: { url: string; close(): Promise<void> };
const officeJsRequests: string[] = [];

beforeAll(async () => {
  server = await serveTaskPane('office');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the Excel task pane', () => {
  it('loads office.js locally, associates the functions, and its buttons reach the adapter', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
    const errors = watchErrors(page);
    page.on('request', (r) => r.url().includes('office.js') && officeJsRequests.push(r.url()));
    // Offline: office.js's telemetry frame and anything else off this machine is refused at once.
    await page.route((url) => !url.href.startsWith(server.url), (r) => r.abort());
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole('heading', { name: 'Goalpost' }).waitFor();
    expect(officeJsRequests.some((u) => u.endsWith('/office/office.js'))).toBe(true);
    const fake = () => page.evaluate(() => {
      const f = (window as unknown as { __fake: { ctx: { sheets: { name: string; cfs: unknown[] }[]; syncs: number }; associated: string[]; actions: object; officeJsLoaded: boolean } }).__fake;
      return { sheets: f.ctx.sheets.map((s) => ({ name: s.name, cfs: s.cfs.length })), syncs: f.ctx.syncs, associated: f.associated, actions: Object.keys(f.actions), officeJsLoaded: f.officeJsLoaded };
    });
    const before = await fake();
    expect(before.officeJsLoaded).toBe(true);
    expect(before.associated).toContain('KPI_ATTAINMENT');
    expect(before.associated.length).toBe(18); // the 14 functions and the four of the check-in log
    expect(before.actions).toEqual(['refreshTrafficLights']);

    // Home says there is no cascade yet; after applying, it counts the example's goals.
    await expect.poll(() => page.getByTestId('summary-template').innerText()).toMatch(/^No goal cascade in this workbook yet/);
    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/Added the goal cascade with example data/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('summary-goals').getAttribute('data-count')).toBe('12');
    await openTask(page, 'Goal wizard');
    // The wizard's parent picker now offers the template's goals, and the page's placeholder is gone.
    await expect.poll(() => page.locator('#gp-parent option').count()).toBe(13);
    expect(await page.getByText('Loading Goalpost...').count()).toBe(0);
    const applied = await fake();
    expect(applied.sheets.map((s) => s.name)).toEqual(['Strategy', 'Goals', 'KPIs', 'Check-ins', 'OKRs', 'NPS', 'Review', 'Settings', 'Dashboard']);
    expect(applied.sheets.find((s) => s.name === 'KPIs')!.cfs).toBe(6);

    // Check in: the template's KPIs are offered, and one check-in is one request appending to the log table.
    await openTask(page, 'Check in');
    await expect.poll(() => page.getByLabel('KPI', { exact: true }).locator('option').count()).toBe(14);
    await page.getByLabel('KPI', { exact: true }).selectOption('K5');
    await page.getByLabel('New value').fill('10.8');
    const writesSoFar = () => page.evaluate(() => (window as unknown as { __fake: { ctx: { writes: string[] } } }).__fake.ctx.writes.length);
    const writesBefore = await writesSoFar();
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/^Checked in K5: 10.8 on \d{4}-\d{2}-\d{2}\.$/);
    const log = await page.evaluate(() => {
      const f = (window as unknown as { __fake: { ctx: { tables: { name: string; rows: number }[] } } }).__fake;
      return f.ctx.tables.find((t) => t.name === 'GoalpostCheckins')!.rows;
    });
    expect(log).toBe(1 + 29 + 1); // header, the example's 29 check-ins, the new one
    // The check-in wrote exactly one thing: one row added to the log table (the lists are then only read again).
    const newWrites = await page.evaluate((n) => (window as unknown as { __fake: { ctx: { writes: string[] } } }).__fake.ctx.writes.slice(n), writesBefore);
    expect(newWrites).toEqual(['table rows add||1']);

    await openTask(page, 'Traffic lights');
    await page.getByRole('button', { name: 'Refresh traffic lights' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/Traffic lights refreshed/);
    expect((await fake()).sheets.find((s) => s.name === 'Goals')!.cfs).toBe(3);

    // The ribbon button's function command runs in the same runtime.
    const completed = await page.evaluate(async () => {
      let done = false;
      await (window as unknown as { __fake: { actions: Record<string, (e: { completed(): void }) => Promise<void>> } }).__fake.actions.refreshTrafficLights({ completed: () => void (done = true) });
      return done;
    });
    expect(completed).toBe(true);
    // The goal wizard: a vague goal fails Measurable and Time-bound with hints; a SMART one passes; "Add to cascade"
    // writes it into the Goals sheet, a leading "=" as literal text.
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Increase sales');
    const met = (k: string) => page.locator(`[data-criterion="${k}"]`).getAttribute('data-met');
    expect(await met('measurable')).toBe('no');
    expect(await met('timeBound')).toBe('no');
    expect(await page.locator('[data-criterion="measurable"]').innerText()).toMatch(/Hint: add a number or metric/);
    const goal = '=HYPERLINK("http://x") Increase online sales revenue by 10% by Q3 2027';
    await page.getByLabel('Goal statement').fill(goal);
    await page.getByLabel('Parent goal').selectOption('G1');
    for (const k of ['specific', 'measurable', 'relevant', 'timeBound']) expect(await met(k), k).toBe('yes');
    await page.getByLabel('KPI that measures it').fill('Online revenue');
    await page.getByLabel('KPI target').fill('2.5');
    await page.getByRole('button', { name: 'Add to cascade' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/^Added goal G13 with K15 to Goals\. /);
    const written = await page.evaluate(() => {
      const f = (window as unknown as { __fake: { ctx: { formulaWrites: { sheet: string; row: number; m: unknown[][] }[] } } }).__fake;
      return f.ctx.formulaWrites.filter((w) => (w.sheet === 'Goals' && w.row === 13) || (w.sheet === 'KPIs' && w.row === 15)).map((w) => w.m[0].slice(0, 6));
    });
    // Every text goes in with Excel's apostrophe prefix, so none of it is read as a number, date or formula.
    expect(written[0]).toEqual(["'G13", "'Department", "'G1", null, null, `'${goal}`]);
    expect(written[1].slice(0, 3)).toEqual(["'K15", "'G13", "'Online revenue"]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await screenshot(page, 'excel-taskpane');
    // The guide's picture: the pane as it opens, on Home with this workbook's numbers and the tasks.
    await homeButton(page).click();
    await page.getByTestId('summary-goals').waitFor();
    await screenshot(page, 'excel-taskpane-home', 'install-excel');
  });
});

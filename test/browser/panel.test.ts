/**
 * The panel organised by task (issue 14). In the real playground, Home shows the numbers of a workbook with known overdue
 * KPIs and goals due for review, and re-reads them after an action. Against the recording Host port at the task pane's
 * 350 px and the sidebar's 300 px, each task is opened, used and left with the keyboard alone (Tab, Shift+Tab, Enter,
 * Space, Escape): focus goes to the task's heading, back to its button on Home, and nothing overflows sideways.
 * Screenshots of each task at each width are kept in test-artifacts/panel/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUi } from './harness/serveUi';
import { servePlayground } from './harness/servePlayground';
import { openTask, taskButton } from './harness/panel';
import { ARTIFACTS, launch, screenshot, watchErrors } from './chromium';

let browser: Browser;
let ui: { url: string; close(): Promise<void> };
let playground: { url: string; close(): Promise<void> };

beforeAll(async () => {
  [ui, playground] = await Promise.all([serveUi('panel'), servePlayground('panel')]);
  browser = await launch();
  mkdirSync(resolve(ARTIFACTS, 'panel'), { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await ui?.close();
  await playground?.close();
});

const card = (page: Page, id: string) => page.getByTestId(id).getAttribute('data-count');

describe('Home in the playground', () => {
  it('shows the template, the goals, the overdue KPIs and the goals due for review, re-read after each action', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(playground.url);
    await page.locator('[data-testid="grid"] [data-addr="A1"]').waitFor();
    await expect.poll(() => page.getByTestId('summary-template').innerText()).toMatch(/^No goal cascade in this workbook yet/);

    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => page.getByTestId('status').innerText(), { timeout: 20_000 }).toMatch(/^Added the goal cascade with example data/);
    // G4 and G6 ran through last year, typed into the grid as a user would: both are now due for review.
    const y = new Date().getFullYear() - 1;
    await page.getByRole('tab', { name: 'Goals', exact: true }).click();
    for (const [addr, text] of [['G5', `${y}-01-01`], ['H5', `${y}-12-31`], ['G7', `${y}-01-01`], ['H7', `${y}-12-31`]]) {
      await page.getByLabel('Name box').fill(addr);
      await page.getByLabel('Name box').press('Enter');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    // The example's 12 goals; K3's check-in was due two weeks ago (the example data is dated from today).
    await expect.poll(() => page.getByTestId('summary-template').innerText()).toBe('Goal cascade on the sheet Goals.');
    await expect.poll(() => card(page, 'summary-reviews')).toBe('2');
    expect(await card(page, 'summary-goals')).toBe('12');
    expect(await card(page, 'summary-overdue')).toBe('1');
    expect(await page.getByTestId('summary-overdue').innerText()).toMatch(/^1\s+KPI overdue for a check-in$/);
    await screenshot(page, 'panel/playground-home');

    // Reviewing G4 from its task: back on Home, one goal is left to review.
    await openTask(page, 'Review and next cycle');
    await page.getByRole('button', { name: 'Find goals to review' }).click();
    await page.getByLabel('Goal past its deadline').selectOption('G4');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => page.getByTestId('review-feedback').innerText()).toMatch(/^Reviewed G4/);
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page, 'summary-reviews')).toBe('1');
    expect(await card(page, 'summary-goals')).toBe('12');
    expect(errors).toEqual([]);
    await context.close();
  });
});

// ----- keyboard only, at both widths, against the recording port ------------------------------------------------------

const at = (sheet: string, row: number, col = 0) => ({ sheet, row, col });
const ANSWERS = {
  workbookSummary: { template: true, cascades: 1, cascade: 'Goals', goals: 12, overdueKpis: 3, reviewsDue: 2 },
  listGoals: [{ id: 'G1', statement: 'Grow revenue 10 % by Q4 2027', at: at('Goals', 1) }],
  listKpis: { kpis: [{ id: 'K3', name: 'Online revenue share', owner: 'Ana', unit: '%', nextDue: '2026-11-11', overdue: true, current: 0.2, at: at('KPIs', 3) }], log: { sheet: 'Check-ins' } },
  listReviews: { goals: [{ id: 'G4', statement: 'Increase average basket size by 8%', owner: 'Retail manager', deadline: '2026-09-30', rollup: 1.04, status: 'Green', grade: 1, at: at('Goals', 4) }] },
  goalTree: { goals: [{ id: 'G1', statement: 'Increase revenue by 10% by the end of next year', depth: 0, status: 'Yellow', rollup: 0.95, at: at('Goals', 1) }] },
  checkGoals: [{ severity: 'error', message: 'K3 has no owner.', at: at('KPIs', 3, 8) }],
};

type Calls = { method: string; args: unknown[] }[];
const calls = (page: Page, method: string) => page.evaluate((m) => (window as unknown as { __calls: Calls }).__calls.filter((c) => c.method === m), method);
/** What has focus: an element's id, else its label's text, else its own text. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLInputElement | null;
  return el?.id || el?.labels?.[0]?.textContent?.trim() || el?.textContent?.trim() || el?.tagName || '';
});
/** Tab (or Shift+Tab) until `target` (an id or a button's text) has focus; fails if it never does. */
async function tabTo(page: Page, target: string | RegExp, back = false) {
  for (let i = 0; i < 80; i++) {
    const now = await focused(page);
    if (typeof target === 'string' ? now === target : target.test(now)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}; focus is on ${await focused(page)}`);
}
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

/** Each task: its button on Home, its heading, and how it is used from the keyboard (ending with what the port got). */
const TASKS: { name: Parameters<typeof openTask>[1]; id: string; heading: string; use: (page: Page) => Promise<void> }[] = [
  {
    name: 'Apply template', id: 'template', heading: 'gp-templates',
    async use(page) {
      await tabTo(page, 'Fill with example data');
      await page.keyboard.press('Space');
      await tabTo(page, 'Apply goal cascade template');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await calls(page, 'applyTemplate')).map((c) => c.args[0])).toEqual([{ template: 'cascade', exampleData: false }]);
    },
  },
  {
    name: 'Goal wizard', id: 'wizard', heading: 'gp-wizard',
    async use(page) {
      await tabTo(page, 'gp-goal');
      await page.keyboard.type('Hire 10 engineers by 2027-03-31 to support the product roadmap');
      await tabTo(page, 'Add to cascade');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await calls(page, 'addGoal')).length).toBe(1);
    },
  },
  {
    name: 'Check in', id: 'checkin', heading: 'gp-checkin',
    async use(page) {
      await tabTo(page, 'gp-ci-value');
      await page.keyboard.type('0.25');
      await tabTo(page, 'Check in');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await calls(page, 'checkIn')).map((c) => c.args[0])).toEqual([{ kpiId: 'K3', value: 0.25 }]);
    },
  },
  {
    name: 'Review and next cycle', id: 'review', heading: 'gp-review',
    async use(page) {
      await tabTo(page, 'Find goals to review');
      await page.keyboard.press('Enter');
      await page.getByLabel('Goal past its deadline').waitFor();
      // The button went away when pressed: the focus is on the part's heading, not dropped to the page, and the next
      // Tab reaches the part's guide link, then its first control.
      expect(await focused(page)).toBe('gp-review');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('?');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('gp-rv-goal');
      await tabTo(page, 'gp-rv-worked');
      await page.keyboard.type('Bigger bundles');
      await tabTo(page, 'Save review');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await calls(page, 'saveReview')).map((c) => c.args[0])).toEqual([{ goalId: 'G4', grade: 1, worked: 'Bigger bundles' }]);
    },
  },
  {
    name: 'Check goals', id: 'check', heading: 'gp-check',
    async use(page) {
      await tabTo(page, 'Check goals');
      await page.keyboard.press('Enter');
      await tabTo(page, 'K3 has no owner.');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await calls(page, 'selectCell')).map((c) => c.args[0])).toEqual([at('KPIs', 3, 8)]);
    },
  },
  {
    name: 'Traffic lights', id: 'lights', heading: 'gp-lights',
    async use(page) {
      await tabTo(page, 'Refresh traffic lights');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await calls(page, 'refreshTrafficLights')).length).toBe(1);
    },
  },
  {
    name: 'Goal tree', id: 'tree', heading: 'gp-goals',
    async use(page) {
      await tabTo(page, 'Show the goal tree');
      await page.keyboard.press('Enter');
      await page.getByTestId('goal-tree').waitFor();
      await tabTo(page, /^G1 Increase revenue/);
      await page.keyboard.press('Space');
      // The second selection of the walk (Check goals selected K3's cell before).
      await expect.poll(async () => (await calls(page, 'selectCell')).map((c) => c.args[0])).toEqual([at('KPIs', 3, 8), at('Goals', 1)]);
    },
  },
];

describe.each([300, 350])('every task from the keyboard alone at %i px', (width) => {
  it('opens each task from Home, uses it, and leaves it with Escape or the Home button', async () => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors = watchErrors(page);
    await page.addInitScript((a) => ((window as unknown as { __answers: unknown }).__answers = a), ANSWERS);
    await page.goto(`${ui.url}/index.html`);
    await expect.poll(() => card(page, 'summary-overdue')).toBe('3');
    expect(await card(page, 'summary-goals')).toBe('12');
    expect(await card(page, 'summary-reviews')).toBe('2');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `panel/${width}-home`);

    for (const [i, task] of TASKS.entries()) {
      const reads = (await calls(page, 'workbookSummary')).length;
      if (i === 0) await tabTo(page, task.name);
      else expect(await focused(page), `back on ${task.name}'s neighbour`).toBe(TASKS[i - 1].name);
      if (i > 0) await tabTo(page, task.name);
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe(task.heading);
      await task.use(page);
      await expect.poll(() => page.getByTestId('status').innerText()).not.toMatch(/\.\.\.$/);
      expect(await page.getByTestId('status').isVisible(), task.name).toBe(true);
      expect(await overflow(page), task.name).toBeLessThanOrEqual(0);
      await screenshot(page, `panel/${width}-${task.id}`);
      if (i % 2 === 0) await page.keyboard.press('Escape');
      else {
        await tabTo(page, '← Home', true);
        await page.keyboard.press('Enter');
      }
      // Home again, focus on the task's button; its numbers are read again after the action.
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.task)).toBe(task.id);
      expect(await taskButton(page, task.name).isVisible()).toBe(true);
      await expect.poll(async () => (await calls(page, 'workbookSummary')).length).toBeGreaterThan(reads);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the status of a long action', () => {
  it('shows the busy label with a progress bar inside the open task, aria-busy, then the result next to the button', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    await page.addInitScript((a) => ((window as unknown as { __answers: unknown }).__answers = a), ANSWERS);
    // The refresh answers only when the test releases it, so the panel can be looked at while it waits.
    await page.addInitScript(() => {
      const w = window as unknown as { __release?: () => void; __hold?: Record<string, Promise<unknown>> };
      w.__hold = { refreshTrafficLights: new Promise<void>((r) => (w.__release = r)) };
    });
    await page.goto(`${ui.url}/index.html`);
    await openTask(page, 'Traffic lights');
    const view = page.locator('[data-task-view="lights"]');
    await page.getByRole('button', { name: 'Refresh traffic lights' }).click();
    await expect.poll(() => view.getByTestId('status').innerText()).toBe('Refreshing traffic lights...');
    expect(await view.getAttribute('aria-busy')).toBe('true');
    expect(await view.getByRole('progressbar', { name: 'Refreshing traffic lights' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Refresh traffic lights' }).isDisabled()).toBe(true);
    await screenshot(page, 'panel/300-busy');
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await expect.poll(() => view.getByTestId('status').innerText()).toBe('Traffic lights refreshed.');
    expect(await view.getAttribute('aria-busy')).toBeNull();
    expect(await view.getByRole('progressbar').count()).toBe(0);
    // Next to the button: the status is the element right after it.
    expect(await page.getByRole('button', { name: 'Refresh traffic lights' }).evaluate((b) => b.nextElementSibling?.querySelector('[data-testid="status"]') !== null)).toBe(true);
    await page.close();
  });

  it('shows what the Excel ribbon reported on Home when no task is open', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 700 } });
    await page.addInitScript((a) => ((window as unknown as { __answers: unknown }).__answers = a), ANSWERS);
    await page.goto(`${ui.url}/index.html`);
    await page.getByTestId('home').waitFor();
    await page.evaluate(() => (window as unknown as { __handle: { showStatus(s: { text: string }): void } }).__handle.showStatus({ text: 'Traffic lights refreshed from the ribbon.' }));
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Traffic lights refreshed from the ribbon.');
    await page.close();
  });
});

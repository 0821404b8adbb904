/**
 * The Goals, Review and Next cycle tasks of the shared UI (issue 12) in headless Chromium at the sidebar's 300 px,
 * against the recording Host port: a red goal is not sent without an answer to why, a review and a next cycle go to the
 * port with what the user chose, clicking a goal of the tree selects its row; keyboard only; workbook text stays text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUi } from './harness/serveUi';
import { launch, screenshot, watchErrors } from './chromium';
import { openTask, type TaskName } from './harness/panel';

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await serveUi('review');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const at = (row: number) => ({ sheet: 'Goals', row, col: 0 });
const ANSWERS = {
  goalTree: {
    goals: [
      { id: 'G1', statement: 'Increase revenue by 10% by the end of next year so that we can fund the new plant', depth: 0, level: 'Company', status: 'Yellow', rollup: 0.952, at: at(1) },
      { id: 'G4', statement: 'Increase average basket size by 8% <b>by</b> the end of the year', depth: 1, parentId: 'G1', status: 'Green', rollup: 1.04, at: at(4) },
      { id: 'G12', statement: 'Launch the loyalty card in 20 stores', depth: 2, parentId: 'G4', at: at(12) },
      { id: 'G6', statement: 'Reduce dock-to-stock time from 48 to 24 hours within six months', depth: 0, status: 'Red', rollup: 0.75, at: at(6) },
    ],
  },
  listReviews: {
    goals: [
      { id: 'G6', statement: 'Reduce dock-to-stock time from 48 to 24 hours within six months', owner: 'Receiving lead', deadline: '2026-06-30', rollup: 0.75, status: 'Red', grade: 0.8, at: at(6) },
      { id: 'G4', statement: 'Increase average basket size by 8% by the end of the year', owner: 'Retail manager', deadline: '2026-09-30', rollup: 1.04, status: 'Green', grade: 1, at: at(4) },
    ],
  },
  saveReview: { goalId: 'G6', grade: 0.6, message: 'Reviewed G6: 75 % of target, Red at the deadline; grade 0.6. The row is in Review.' },
  listNextCycle: {
    goals: [
      { id: 'G6', statement: 'Reduce dock-to-stock time', start: '2026-01-01', deadline: '2026-06-30', nextStart: '2026-07-01', nextDeadline: '2026-12-31', pastDeadline: true, reviewed: true, kpis: 1, suggested: true, at: at(6) },
      { id: 'G4', statement: 'Increase average basket size', start: '2026-01-01', deadline: '2026-09-30', nextStart: '2026-10-01', nextDeadline: '2027-06-30', pastDeadline: true, reviewed: false, kpis: 1, suggested: false, at: at(4) },
      { id: 'G9', statement: 'Raise our NPS', deadline: '2027-12-31', pastDeadline: false, reviewed: false, kpis: 1, suggested: false, problem: 'G9 has no start date: type one in Goals first.', at: at(9) },
    ],
  },
  startNextCycle: { goals: [{ from: 'G6', to: 'G13' }, { from: 'G4', to: 'G14' }], kpis: [{ from: 'K8', to: 'K14' }], message: 'Next cycle started: G13 (from G6), G14 (from G4) with K14, from 2026-07-01. The finished goals stay as they were.' },
};

let page: Page;
let errors: string[];
async function open(answers: Record<string, unknown> = ANSWERS, task: TaskName = 'Review and next cycle') {
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  errors = watchErrors(page);
  await page.addInitScript((a) => ((window as unknown as { __answers: unknown }).__answers = a), answers);
  await page.goto(`${server.url}/index.html`);
  await openTask(page, task);
}
const calls = (method: string) => page.evaluate((m) => (window as unknown as { __calls: { method: string; args: unknown[] }[] }).__calls.filter((c) => c.method === m), method);
const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= 300);

describe('the Goals task', () => {
  it('shows the tree indented with status dots and words; choosing a goal from the keyboard selects its row', async () => {
    await open(ANSWERS, 'Goal tree');
    expect(await calls('goalTree')).toEqual([]); // nothing is read until asked
    await page.getByRole('button', { name: 'Show the goal tree' }).click();
    const tree = page.getByTestId('goal-tree');
    await tree.waitFor();
    expect(await tree.locator('li').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.depth}:${(e as HTMLElement).style.paddingLeft}`))).toEqual(['0:0px', '1:12px', '2:24px', '0:0px']);
    expect(await tree.locator('.gp-dot').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status))).toEqual(['Yellow', 'Green', '', 'Red']);
    // The status word is shown too, and the statement is text, never HTML.
    await expect.poll(() => tree.innerText()).toContain('G4 Increase average basket size by 8% <b>by</b> the end of the year');
    expect(await tree.locator('b').count()).toBe(0);
    expect(await tree.innerText()).toContain('Red · 75 %');
    expect(await tree.innerText()).toContain('No status · -');
    const g4 = page.getByRole('button', { name: /^G4 Increase average basket size/ });
    await g4.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('status').innerText()).toBe('Selected G4 in Goals.');
    expect((await calls('selectCell')).map((c) => c.args[0])).toEqual([at(4)]);
    expect(await fits()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the Review task', () => {
  it('refuses a red goal without why before sending; with why it saves what the user typed', async () => {
    await open();
    await page.getByRole('button', { name: 'Find goals to review' }).click();
    await expect.poll(async () => (await page.getByTestId('review-facts').innerText()).trim()).toBe('Deadline 2026-06-30. At the deadline: roll-up 75 %, Red. Owner: Receiving lead.');
    expect(await page.getByLabel('Grade (0.0 to 1.0)').inputValue()).toBe('0.8');
    await expect.poll(() => page.locator('label[for="gp-rv-why"]').innerText()).toMatch(/\(required: the goal is red\)/);
    for (const q of ['What worked well?', 'How could we do better?', 'Can we keep doing this?', 'What is the next step?']) await page.getByLabel(q).waitFor();
    await page.getByLabel('What worked well?').fill('Cross-docking');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => page.getByTestId('review-feedback').innerText()).toBe('G6 is red at its deadline: answer "Why did we succeed or fail?" before saving.');
    expect(await page.getByTestId('review-feedback').getAttribute('role')).toBe('alert');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gp-rv-why');
    expect(await calls('saveReview')).toEqual([]);
    await screenshot(page, 'review-red-refused');

    await page.keyboard.type('Scanners arrived <late>');
    await page.getByLabel('Grade (0.0 to 1.0)').fill('0,6');
    await page.getByLabel('What is the next step?').fill('Finish the roll-out');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => page.getByTestId('review-feedback').innerText()).toMatch(/^Reviewed G6: .*grade 0\.6/);
    expect((await calls('saveReview')).map((c) => c.args[0])).toEqual([{ goalId: 'G6', grade: 0.6, why: 'Scanners arrived <late>', worked: 'Cross-docking', next: 'Finish the roll-out' }]);
    expect(await fits()).toBe(true);
    await screenshot(page, 'review-saved');
    expect(errors).toEqual([]);
  });

  it('checks the grade before sending, and a green goal saves without answers', async () => {
    await open();
    await page.getByRole('button', { name: 'Find goals to review' }).click();
    await page.getByLabel('Goal past its deadline').selectOption('G4');
    await expect.poll(() => page.getByLabel('Grade (0.0 to 1.0)').inputValue()).toBe('1.0');
    await page.getByLabel('Grade (0.0 to 1.0)').fill('1.4');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => page.getByTestId('review-feedback').innerText()).toMatch(/from 0\.0 to 1\.0/);
    await page.getByLabel('Grade (0.0 to 1.0)').fill('');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(async () => (await calls('saveReview')).map((c) => c.args[0])).toEqual([{ goalId: 'G4' }]); // the suggested grade is the core's
  });

  it('says when nothing waits for a review, and shows a refusal of the core as a sentence', async () => {
    await open({ ...ANSWERS, listReviews: { goals: [], message: 'No goal waits for a review: every goal past its deadline (before 2026-11-24) has its row in Review.' } });
    await page.getByRole('button', { name: 'Find goals to review' }).click();
    await expect.poll(() => page.getByTestId('review-message').innerText()).toMatch(/^No goal waits for a review/);
    await open({ ...ANSWERS, saveReview: { error: 'G6 has been reviewed already: its row is in Review.' } });
    await page.getByRole('button', { name: 'Find goals to review' }).click();
    await page.getByLabel('Why did we succeed or fail?').fill('Late scanners');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => page.getByTestId('review-feedback').innerText()).toBe('G6 has been reviewed already: its row is in Review.');
  });
});

describe('the Next cycle task', () => {
  it('ticks the suggested goals, lets the user add one, and sends the choice', async () => {
    await open();
    await page.getByRole('button', { name: 'Choose goals for the next cycle' }).click();
    const list = page.getByTestId('cycle-goals');
    await list.waitFor();
    const boxes = list.getByRole('checkbox');
    expect(await boxes.evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).checked, (e as HTMLInputElement).disabled]))).toEqual([[true, false], [false, false], [false, true]]);
    expect(await list.innerText()).toContain('ended 2026-06-30; reviewed; next: 2026-07-01 to 2026-12-31; 1 KPI');
    expect(await list.innerText()).toContain('G9 has no start date');
    await boxes.nth(1).focus();
    await page.keyboard.press('Space');
    const start = page.getByRole('button', { name: 'Start next cycle (2 goals)' });
    await start.click();
    await expect.poll(() => page.getByTestId('cycle-done').innerText()).toMatch(/^Next cycle started: G13 \(from G6\), G14 \(from G4\)/);
    expect((await calls('startNextCycle')).map((c) => c.args[0])).toEqual([['G6', 'G4']]);
    expect(await fits()).toBe(true);
    await screenshot(page, 'next-cycle-ui');
    expect(errors).toEqual([]);
  });
});

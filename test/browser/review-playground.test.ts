/**
 * Review and Next cycle in the real playground (issue 12): the example cascade with two goals whose period ended last
 * year (typed into the grid as a user would), reviewed from the panel (a red goal is refused without why, then saved:
 * ONE new Review row whose Goal and Deadline formulas read the goal), then carried on by Next cycle (new Goals and KPIs
 * rows below the data; every cell that was there stays as it was). Screenshots are kept in test-artifacts/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playgroundInBrowser } from './harness/servePlayground';
import { screenshot, watchErrors } from './chromium';
import { openTask } from './harness/panel';

const pg = playgroundInBrowser('review');


declare const goalpostPlayground: { sheets(): string[]; values(s: string): unknown[][]; inputs(s: string): unknown[][] };
const valuesOf = (page: Page, sheet: string) => page.evaluate((s) => goalpostPlayground.values(s), sheet);
const inputsOf = (page: Page, sheet: string) => page.evaluate((s) => goalpostPlayground.inputs(s), sheet);

async function goTo(page: Page, addr: string) {
  await page.getByLabel('Name box').fill(addr);
  await page.getByLabel('Name box').press('Enter');
}
async function typeInto(page: Page, addr: string, text: string) {
  await goTo(page, addr);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
async function showSheet(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
}
const status = (page: Page) => page.getByTestId('status').innerText();

describe('Review and Next cycle in the playground', () => {
  it('reviews two finished goals and carries them on, only adding rows', async () => {
    const context = await pg.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pg.url);
    await page.locator('[data-testid="grid"] [data-addr="A1"]').waitFor();
    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Added the goal cascade with example data/);

    // G4 (green) and G6 (red) ran through last year: their deadlines have passed.
    const y = new Date().getFullYear() - 1;
    await showSheet(page, 'Goals');
    for (const row of [5, 7]) {
      await typeInto(page, `G${row}`, `${y}-01-01`);
      await typeInto(page, `H${row}`, `${y}-12-31`);
    }
    const goals = await valuesOf(page, 'Goals');
    expect(goals[6].slice(10, 12)).toEqual([0.75, 'Red']);
    const before = { Goals: await inputsOf(page, 'Goals'), KPIs: await inputsOf(page, 'KPIs'), Review: await inputsOf(page, 'Review') };
    const kpiRowsBefore = (await valuesOf(page, 'KPIs')).filter((r) => r[0] !== '' && r[0] !== null).length;

    // The goal tree shows G6 red under G5.
    await openTask(page, 'Goal tree');
    await page.getByRole('button', { name: 'Show the goal tree' }).click();
    await expect.poll(() => page.getByTestId('goal-tree').innerText()).toContain('G6 Reduce dock-to-stock time');
    await page.getByRole('button', { name: /^G6 Reduce dock-to-stock time.*Red/ }).click();
    await expect.poll(() => status(page)).toBe('Selected G6 in Goals.');

    await openTask(page, 'Review and next cycle');
    await page.getByRole('button', { name: 'Find goals to review' }).click();
    const picker = page.getByLabel('Goal past its deadline');
    await picker.waitFor();
    expect(await picker.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['G4', 'G6']);
    await picker.selectOption('G6');
    await expect.poll(async () => (await page.getByTestId('review-facts').innerText()).trim()).toMatch(/roll-up 75 %, Red/);
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => page.getByTestId('review-feedback').innerText()).toMatch(/G6 is red at its deadline/);
    await page.getByLabel('Why did we succeed or fail?').fill('The scanners arrived four months late');
    await page.getByLabel('What is the next step?').fill('Finish the scanner roll-out');
    await page.getByRole('button', { name: 'Save review' }).click();
    await expect.poll(() => status(page)).toMatch(/^Reviewed G6: 75 % of target, Red at the deadline; grade 0\.8/);
    const review = await valuesOf(page, 'Review');
    expect(review[2].slice(0, 5)).toEqual(['G6', goals[6][5], goals[6][7], '75 % of target, Red at the deadline', 'The scanners arrived four months late']);
    expect(review[2].slice(8, 12)).toEqual(['Finish the scanner roll-out', 0.75, 'Red', 0.8]);
    expect(review[0].slice(9)).toEqual(['Roll-up at deadline', 'Status at deadline', 'Grade']);
    await screenshot(page, 'playground-review', 'review');
    // G6 is not offered again.
    await expect.poll(async () => picker.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['G4']);

    await page.getByRole('button', { name: 'Choose goals for the next cycle' }).click();
    const boxes = page.getByTestId('cycle-goals').getByRole('checkbox');
    await boxes.first().waitFor();
    // Ticked: the reviewed goals past their deadline (G12 from the example, G6 just now); G4 is added by hand.
    await page.getByRole('checkbox', { name: /^G4 / }).check();
    await page.getByRole('button', { name: 'Start next cycle (3 goals)' }).click();
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Next cycle started: G13 \(from G4\), G14 \(from G6\), G15 \(from G12\)/);

    const after = { Goals: await inputsOf(page, 'Goals'), KPIs: await inputsOf(page, 'KPIs'), Review: await inputsOf(page, 'Review') };
    // Every Goals and KPIs cell that was there is as it was.
    for (const s of ['Goals', 'KPIs'] as const) {
      before[s].forEach((row, r) => row.forEach((v, c) => {
        if (v !== '' && v !== null) expect(after[s][r]?.[c], `${s} ${r},${c}`).toEqual(v);
      }));
    }
    const g = await valuesOf(page, 'Goals');
    expect(g.slice(13, 16).map((r) => [r[0], r[2]])).toEqual([['G13', 'G1'], ['G14', 'G5'], ['G15', 'G13']]);
    expect(g[14][6]).toBe(g[6][7] as number + 1); // starts the day after the old deadline
    const k = await valuesOf(page, 'KPIs');
    expect(k.filter((r) => r[0] !== '' && r[0] !== null).length).toBe(kpiRowsBefore + 2); // K7 and K8 copied
    const k8copy = k.find((r) => r[1] === 'G14')!;
    expect([k8copy[2], k8copy[9], k8copy[11]]).toEqual(['Dock-to-stock time', 30, '']); // baseline = the last actual
    await showSheet(page, 'Goals');
    await goTo(page, 'A14');
    await openTask(page, 'Goal tree');
    await page.getByRole('button', { name: 'Reload the goal tree' }).click();
    await expect.poll(() => page.getByTestId('goal-tree').innerText()).toContain('G15 Launch the loyalty card');
    await screenshot(page, 'playground-next-cycle', 'next-cycle');
    expect(errors).toEqual([]);
    await context.close();
  });
});

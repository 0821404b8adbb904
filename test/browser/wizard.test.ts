/**
 * The goal wizard never writes a wrong goal (issue 13), in headless Chromium at the sidebar's 300 px against the
 * recording Host port: the deadline comes from the statement, a past deadline is flagged and not written, a KPI
 * direction that contradicts its baseline and target is flagged with the fix offered, a goal already in the cascade is
 * not written twice, the current value reaches the port, and after "Add to cascade" the form clears and the
 * confirmation shows next to the button. Its verdict is SMART_CHECK's for the same goal, deadline and parent.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUi } from './harness/serveUi';
import { FUNCTION_BY_NAME } from '../../shared/functions';
import { launch, watchErrors } from './chromium';
import { openTask } from './harness/panel';

const SMART_CHECK = FUNCTION_BY_NAME.get('SMART_CHECK')!.impl;

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
let errors: string[];

beforeAll(async () => {
  server = await serveUi('wizard');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(answers: Record<string, unknown> = {}) {
  page = await browser.newPage({ viewport: { width: 300, height: 700 } });
  errors = watchErrors(page);
  await page.addInitScript((a) => ((window as unknown as { __answers: unknown }).__answers = a), answers);
  await page.goto(`${server.url}/index.html`);
  await openTask(page, 'Goal wizard');
}
const calls = () => page.evaluate(() => (window as unknown as { __calls: { method: string; args: unknown[] }[] }).__calls);
const added = async () => (await calls()).filter((c) => c.method === 'addGoal');
const value = (label: string) => page.getByLabel(label, { exact: true }).inputValue();
const add = () => page.getByRole('button', { name: 'Add to cascade' }).click();
const G1 = { id: 'G1', statement: 'Grow revenue 10 % by Q4 2027', at: { sheet: 'Goals', row: 1, col: 0 } };

describe('the goal wizard never writes a wrong goal', () => {
  it('fills an empty Deadline from a date or period in the statement, and keeps one the user typed', async () => {
    await open();
    await page.getByLabel('Goal statement').fill('Grow MRR to $1.5M by Q3 2031');
    expect(await value('Deadline')).toBe('2031-09-30');
    expect(await page.getByTestId('deadline-from').innerText()).toBe('Deadline filled from "Q3 2031".');
    await page.getByLabel('Goal statement').fill('Grow MRR to $1.5M');
    expect(await value('Deadline')).toBe(''); // it followed the statement: no period, no deadline
    await page.getByLabel('Deadline').fill('2031-12-31');
    await page.getByLabel('Goal statement').fill('Grow MRR to $1.5M by Q3 2031');
    expect(await value('Deadline')).toBe('2031-12-31'); // the user's own deadline stays
    expect(errors).toEqual([]);
  });

  it('flags a deadline that has passed and does not write the goal', async () => {
    await open();
    await page.getByLabel('Goal statement').fill('Hire 10 engineers by 2024-12-31');
    expect(await value('Deadline')).toBe('2024-12-31');
    expect(await page.getByTestId('deadline-passed').innerText()).toBe('The deadline 2024-12-31 has passed: set one in the future.');
    expect(await page.locator('[data-criterion="timeBound"]').getAttribute('data-met')).toBe('no');
    await add();
    await expect.poll(() => page.getByTestId('wizard-feedback').innerText()).toMatch(/has passed/);
    expect(await added()).toEqual([]);
  });

  it('offers the direction from baseline and target, flags a contradiction and does not write it', async () => {
    await open();
    await page.getByLabel('Goal statement').fill('Reduce average wait time from 30 to 24 minutes by Q3 2031');
    await page.getByLabel('KPI that measures it').fill('Average wait');
    await page.getByLabel('Baseline').fill('30');
    await page.getByLabel('KPI target').fill('24');
    expect(await page.getByLabel('Better when').inputValue()).toBe('Lower'); // offered from baseline and target
    await page.getByLabel('Better when').selectOption('Higher');
    expect(await page.getByTestId('kpi0-direction-problem').innerText()).toMatch(/"Better when" is Higher, but the target 24 is below the baseline 30\./);
    await add();
    await expect.poll(() => page.getByTestId('wizard-feedback').innerText()).toMatch(/^KPI 1 \(Average wait\): "Better when" is Higher/);
    expect(await added()).toEqual([]);
    await page.getByRole('button', { name: 'Use Lower' }).click();
    expect(await page.getByLabel('Better when').inputValue()).toBe('Lower');
    expect(await page.getByTestId('kpi0-direction-problem').count()).toBe(0);
  });

  it('does not write a goal that is already in the cascade', async () => {
    await open({ listGoals: [G1] });
    await page.getByLabel('Goal statement').fill('grow revenue  10 % by Q4 2027.');
    await add();
    await expect.poll(() => page.getByTestId('wizard-feedback').innerText()).toBe('This goal is already in the cascade as G1: not added again.');
    expect(await added()).toEqual([]);
  });

  it('writes the KPI current value, then clears the form and confirms next to the button', async () => {
    await open();
    await page.getByLabel('Goal statement').fill('Cut average handling time from 9 to 7 minutes by Q2 2031');
    await page.getByLabel('KPI that measures it').fill('Handling time');
    await page.getByLabel('Baseline').fill('9');
    await page.getByLabel('KPI target').fill('7');
    await page.getByLabel('Current value').fill('8.5');
    await add();
    await expect.poll(() => page.getByTestId('wizard-feedback').innerText()).toMatch(/^Added goal G7\. "Cut average handling time .*" is G7\. KPI K12 went to the KPIs sheet\. Ready for the next goal\.$/);
    const [call] = await added();
    expect(call.args[0]).toMatchObject({ deadline: '2031-06-30', kpis: [{ name: 'Handling time', baseline: 9, target: 7, actual: 8.5, direction: 'Lower' }] });
    // Cleared, the previous feedback gone, ready for the next goal.
    expect(await value('Goal statement')).toBe('');
    expect(await value('KPI that measures it')).toBe('');
    expect(await value('Current value')).toBe('');
    expect(await value('Deadline')).toBe('');
    expect(await page.getByTestId('criteria').count()).toBe(0);
    // Shown where the user is looking: on screen right after the click, next to the button.
    const inView = await page.getByTestId('wizard-feedback').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.getByLabel('Goal statement').fill('Open 3 stores');
    expect(await page.getByTestId('wizard-feedback').count()).toBe(0); // a new goal starts without the old feedback
    expect(errors).toEqual([]);
  });

  it('gives the verdict SMART_CHECK gives in a cell for the same goal, deadline and parent', async () => {
    await open({ listGoals: [G1] });
    const cases: [string, string, boolean][] = [
      ['Increase sales', '', false],
      ['Increase customer satisfaction by 20% within the next year', '', true],
      ['Hire 10 engineers by 2024-12-31', '', false],
      ['Reduce churn from 4% to 2.5%', '2031-03-31', true],
      ['Reduce churn from 4% to 2.5%', '2020-03-31', false],
      ['10x revenue in one month with same team', '', false],
      ['Walk 10,000 steps a day for the next three months', '', false],
      ['Sell more soon', '', true],
    ];
    for (const [goal, deadline, withParent] of cases) {
      await page.getByLabel('Goal statement').fill(goal);
      if (deadline) await page.getByLabel('Deadline').fill(deadline);
      await page.getByLabel('Parent goal').selectOption(withParent ? 'G1' : '');
      const shownDeadline = await value('Deadline');
      const inCell = SMART_CHECK(goal, shownDeadline || null, withParent ? 'G1' : null);
      expect(await page.getByTestId('smart-check').innerText(), goal).toBe(inCell);
      await page.getByLabel('Deadline').fill('');
    }
  });
});

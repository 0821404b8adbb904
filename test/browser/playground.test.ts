/**
 * The built playground (dist/playground) in Debian's Chromium, served by the project's own server on 127.0.0.1 at a
 * free port: formulas typed into the grid, NPS over pasted answers, the cascade template with its traffic lights,
 * the goal wizard, refresh, reload, and the .xlsx download and upload. Screenshots go to test-artifacts/playground-*.png.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playgroundInBrowser } from './harness/servePlayground';
import { colLetter, hasMarker, type ConditionalRule } from '../../shared/host/plan';
import { screenshot, watchErrors } from './chromium';
import { openTask } from './harness/panel';

const GREEN = '#C6EFCE';
const YELLOW = '#FFEB9C';
const RED = '#FFC7CE';

const pg = playgroundInBrowser('playground');


interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Requests that left the page's own origin (there must be none). */
  foreign: string[];
}

/** A new browser profile (empty localStorage) with the playground open. */
async function open(): Promise<Opened> {
  const context = await pg.browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(pg.url).origin });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(pg.url) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(pg.url);
  await page.locator('[data-testid="grid"] [data-addr="A1"]').waitFor();
  return { context, page, errors, foreign };
}

const cell = (page: Page, addr: string) => page.locator(`[data-testid="grid"] [data-addr="${addr}"]`);

/** Select a cell through the name box (works for cells not scrolled into view). */
async function goTo(page: Page, addr: string) {
  await page.getByLabel('Name box').fill(addr);
  await page.getByLabel('Name box').press('Enter');
}

/** Type into a cell the way a user does: select it, type, Enter. */
async function typeInto(page: Page, addr: string, text: string) {
  await goTo(page, addr);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Show a sheet with one of its columns (found by its header) scrolled into view, at `row` (1-based, default 2). */
async function showColumn(page: Page, sheet: string, header: string, row = 2): Promise<string> {
  const c = ((await valuesOf(page, sheet))[0] ?? []).map(String).indexOf(header);
  expect(c, `${sheet} has a "${header}" column`).toBeGreaterThanOrEqual(0);
  await showSheet(page, sheet);
  const addr = `${colLetter(c)}${row}`;
  await goTo(page, addr);
  return addr;
}

async function showSheet(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
}

/** Paste text into the grid at the selected cell the way a user does: the text on the clipboard, then Ctrl+V. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

interface Api {
  sheets(): string[];
  values(s: string): unknown[][];
  inputs(s: string): unknown[][];
  rules(s: string): ConditionalRule[];
}
declare const goalpostPlayground: Api;

/** The workbook as the page's console API reads it (window.goalpostPlayground). */
const sheetsOf = (page: Page) => page.evaluate(() => goalpostPlayground.sheets());
const valuesOf = (page: Page, sheet: string) => page.evaluate((s) => goalpostPlayground.values(s), sheet);
const allValues = (page: Page) => page.evaluate(() => Object.fromEntries(goalpostPlayground.sheets().map((s) => [s, goalpostPlayground.values(s)])));
const allInputs = (page: Page) => page.evaluate(() => Object.fromEntries(goalpostPlayground.sheets().map((s) => [s, goalpostPlayground.inputs(s)])));
const allRules = (page: Page) => page.evaluate(() => Object.fromEntries(goalpostPlayground.sheets().map((s) => [s, goalpostPlayground.rules(s)])));

/** The fills shown on the cells of every sheet's status columns (scrolled into view through the name box). */
async function fillsShown(page: Page): Promise<Set<string>> {
  const fills = new Set<string>();
  for (const name of await sheetsOf(page)) {
    const header = ((await valuesOf(page, name))[0] ?? []).map(String);
    const columns = header.map((h, c) => (/^(Status|Pace)$/.test(h) ? c : -1)).filter((c) => c >= 0);
    if (!columns.length) continue;
    await showSheet(page, name);
    for (const c of columns) {
      await goTo(page, `${colLetter(c)}2`);
      await page.waitForTimeout(50);
      for (const f of await page.locator('[data-testid="grid"] [data-fill]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.fill!))) fills.add(f);
    }
  }
  return fills;
}

/**
 * Click one of the add-in's buttons and wait for the outcome the UI reports in its status line (it shows "<label>..."
 * while busy, then the result): the status texts are recorded from before the click, so a result equal to the
 * previous one is still seen as new. Fails on an error status.
 */
async function runAddinAction(page: Page, button: string): Promise<string> {
  await page.getByTestId('status').evaluate((el) => {
    const log: string[] = [];
    (window as unknown as { __statusLog: string[] }).__statusLog = log;
    new MutationObserver(() => log.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: button }).click();
  const final = () => page.evaluate(() => (window as unknown as { __statusLog: string[] }).__statusLog.filter((t) => t && !t.endsWith('...')));
  await expect.poll(async () => (await final()).length, { timeout: 20_000 }).toBeGreaterThan(0);
  const text = (await final())[0];
  expect(await page.getByTestId('status').getAttribute('class'), text).not.toMatch(/gp-error/);
  return text;
}

describe('the playground page', () => {
  it('computes our functions typed into the grid, and shows errors with their message', async () => {
    const { page, errors, foreign, context } = await open();
    await typeInto(page, 'A1', '=KPI_ATTAINMENT(90,100)');
    await expect.poll(() => cell(page, 'A1').innerText()).toBe('0.9');
    // Enter moved the selection down; the formula bar shows the formula of the selected cell.
    expect(await page.getByLabel('Name box').inputValue()).toBe('A2');
    await goTo(page, 'A1');
    expect(await page.getByLabel('Formula bar').inputValue()).toBe('=KPI_ATTAINMENT(90,100)');

    await typeInto(page, 'B1', '=GOALS.KPI_STATUS(0.95)');
    await typeInto(page, 'C1', '=KPI_ATTAINMENT(25,20,,"lower")');
    await typeInto(page, 'D1', '=KPI_ATTAINMENT("lots",100)');
    await typeInto(page, 'E1', "'=KPI_ATTAINMENT(1,2)");
    await expect.poll(() => cell(page, 'B1').innerText()).toBe('Yellow');
    expect(await cell(page, 'C1').innerText()).toBe('0.75');
    expect(await cell(page, 'D1').innerText()).toBe('#VALUE!');
    expect(await cell(page, 'D1').getAttribute('title')).toMatch(/lots/);
    expect(await cell(page, 'E1').innerText()).toBe('=KPI_ATTAINMENT(1,2)');

    // Keyboard: arrows move, typing replaces, Escape cancels, the formula bar writes too.
    await goTo(page, 'A3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('42');
    await page.keyboard.press('Escape');
    expect(await cell(page, 'B3').innerText()).toBe('');
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Name box').inputValue()).toBe('C3');
    await page.getByLabel('Formula bar').fill('=B3*6');
    await page.getByLabel('Formula bar').press('Enter');
    await expect.poll(() => cell(page, 'C3').innerText()).toBe('42');
    await cell(page, 'C3').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => cell(page, 'C3').innerText()).toBe('');

    // F6 moves between the grid, the formula bar and the add-in panel; Tab stays inside the grid.
    const focused = () => page.evaluate(() => document.activeElement?.closest('.grid, .formula-bar, #addin')?.className || document.activeElement?.id);
    await cell(page, 'A1').click();
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('grid');
    await page.keyboard.press('F6');
    expect(await focused()).toBe('formula-bar');
    await page.keyboard.press('F6');
    expect(await focused()).toBe('addin');
    await page.keyboard.press('F6');
    expect(await focused()).toBe('grid');

    await screenshot(page, 'playground-formulas', 'functions');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('computes NPS over answers pasted into the grid', async () => {
    const { page, errors, context } = await open();
    const answers = [...Array(60).fill(10), ...Array(25).fill(8), ...Array(15).fill(5)];
    await goTo(page, 'A1');
    await paste(page, answers.join('\r\n') + '\r\n');
    await typeInto(page, 'C1', '=NPS(A1:A100)');
    await typeInto(page, 'C2', '=ROUND(NPS_MOE(A1:A100),2)');
    await typeInto(page, 'C3', '=COUNT(A1:A100)');
    await expect.poll(() => cell(page, 'C1').innerText()).toBe('45');
    expect(await cell(page, 'C2').innerText()).toBe('14.5');
    expect(await cell(page, 'C3').innerText()).toBe('100');
    // A pasted block with tabs fills columns.
    await goTo(page, 'E1');
    await paste(page, 'actual\ttarget\n90\t100');
    await typeInto(page, 'G2', '=KPI_ATTAINMENT(E2,F2)');
    await expect.poll(() => cell(page, 'G2').innerText()).toBe('0.9');
    expect(await cell(page, 'F1').innerText()).toBe('target');
    // Ctrl+C copies what a cell shows.
    await goTo(page, 'C1');
    await page.keyboard.press('Control+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('45');
    await screenshot(page, 'playground-nps');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('applies the cascade template with example data, runs the wizard, refreshes, survives a reload and an .xlsx round trip', async () => {
    const { page, errors, foreign, context } = await open();
    await typeInto(page, 'A1', 'my own data');
    await openTask(page, 'Apply template');
    expect(await runAddinAction(page, 'Apply goal cascade template')).toMatch(/^Added the goal cascade with example data/);
    const sheets = await sheetsOf(page);
    expect(sheets).toEqual(expect.arrayContaining(['Sheet1', 'Goals', 'KPIs', 'Settings']));
    expect(await valuesOf(page, 'Sheet1')).toEqual([['my own data']]);

    // Traffic lights: the plan's conditional-format rules, evaluated, give cells of all three colours.
    const fills = await fillsShown(page);
    expect([...fills]).toEqual(expect.arrayContaining([GREEN, YELLOW, RED]));
    // Some figures: the first KPI's attainment as KPI_ATTAINMENT defines it, shown as a percentage; the NPS figures.
    const kpis = await valuesOf(page, 'KPIs');
    const k = (h: string) => kpis[1][kpis[0].indexOf(h)] as number | '';
    const expected = k('Baseline') === '' ? (k('Actual') as number) / (k('Target') as number)
      : ((k('Actual') as number) - (k('Baseline') as number)) / ((k('Target') as number) - (k('Baseline') as number));
    expect(k('Attainment')).toBeCloseTo(expected, 10);
    expect(await cell(page, await showColumn(page, 'KPIs', 'Attainment')).innerText()).toMatch(/^-?\d+(\.\d+)?%$/);
    const nps = await valuesOf(page, 'NPS');
    const answers = nps.slice(1).map((r) => r[0]).filter((a): a is number => typeof a === 'number');
    const figure = (label: string) => nps.find((r) => r[2] === label)?.[3];
    expect(figure('Responses')).toBe(answers.length);
    expect(figure('NPS')).toBeCloseTo((100 * (answers.filter((a) => a >= 9).length - answers.filter((a) => a <= 6).length)) / answers.length, 10);
    await showColumn(page, 'KPIs', 'Status');
    await screenshot(page, 'playground-template', 'apply-template');

    // Check in: a new value for K5 is appended to Check-ins and becomes the KPI's latest check-in and its trend.
    const logRows = async () => (await valuesOf(page, 'Check-ins')).filter((r) => r.some((v) => v !== '' && v !== null)).length;
    const logBefore = await logRows();
    await openTask(page, 'Check in');
    await page.getByLabel('KPI', { exact: true }).selectOption('K5');
    await page.getByLabel('New value').fill('10.6');
    await page.getByLabel('Confidence').selectOption('At risk');
    await page.getByRole('button', { name: 'Check in', exact: true }).click();
    await expect.poll(() => page.getByTestId('checkin-done').innerText()).toMatch(/^Checked in K5: 10.6 on \d{4}-\d{2}-\d{2} \(At risk\)\.$/);
    expect(await logRows()).toBe(logBefore + 1);
    const afterCheckIn = await valuesOf(page, 'KPIs');
    const k5 = afterCheckIn.find((r) => r[0] === 'K5')!;
    expect(k5[afterCheckIn[0].indexOf('Latest check-in')]).toBe(10.6);
    expect(k5[afterCheckIn[0].indexOf('Confidence')]).toBe('At risk');
    expect(String(k5[afterCheckIn[0].indexOf('Trend')])).toMatch(/^[▁▂▃▄▅▆▇█]{2}$/);
    await showColumn(page, 'KPIs', 'Trend');
    await screenshot(page, 'playground-check-in', 'check-in');

    // The wizard writes a new goal into the Goals sheet, with its SMART check computed by SMART_CHECK.
    const statement = 'Increase repeat orders from 20% to 30% by 2026-12-31';
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill(statement);
    expect(await runAddinAction(page, 'Add to cascade')).toMatch(/^Added goal G\d+/);
    const goals = await valuesOf(page, 'Goals');
    const header = goals[0].map(String);
    const row = goals.find((r) => r.includes(statement));
    expect(row).toBeDefined();
    const smart = row![header.indexOf('SMART check')];
    expect(String(smart)).toMatch(/^(SMART|Missing: .+)$/);
    // ...and the grid shows it in that row.
    const smartCell = await showColumn(page, 'Goals', 'SMART check', goals.indexOf(row!) + 1);
    expect(await cell(page, smartCell).innerText()).toBe(String(smart));
    await screenshot(page, 'playground-wizard', 'wizard');

    // Refresh twice: one set of our rules on every sheet, the same as after one refresh.
    await openTask(page, 'Traffic lights');
    const refresh = async () => expect(await runAddinAction(page, 'Refresh traffic lights')).toMatch(/^Traffic lights refreshed/);
    await refresh();
    const once = await allRules(page);
    await refresh();
    const twice = await allRules(page);
    expect(twice).toEqual(once);
    for (const rules of Object.values(twice)) {
      const ours = rules.filter((r) => hasMarker(r.formula)).map((r) => JSON.stringify(r));
      expect(new Set(ours).size).toBe(ours.length);
    }
    expect(Object.values(twice).flat().some((r) => hasMarker(r.formula))).toBe(true);
    expect([...(await fillsShown(page))]).toEqual(expect.arrayContaining([GREEN, YELLOW, RED]));

    // Reload: the workbook is as it was, values, formulas, rules and the grid.
    const before = { values: await allValues(page), inputs: await allInputs(page), rules: twice };
    await page.reload();
    await page.locator('[data-testid="grid"] .cell').first().waitFor();
    expect(await allValues(page)).toEqual(before.values);
    expect(await allInputs(page)).toEqual(before.inputs);
    expect(await allRules(page)).toEqual(before.rules);
    expect([...(await fillsShown(page))]).toEqual(expect.arrayContaining([GREEN, YELLOW, RED]));
    await showColumn(page, 'Goals', 'Status');
    await screenshot(page, 'playground-reloaded');

    // Download the .xlsx, start a new workbook, open the file again: the same values and rules.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .xlsx' }).click()]);
    expect(download.suggestedFilename()).toBe('goalpost-playground.xlsx');
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    await page.getByRole('button', { name: 'New workbook' }).click();
    await expect.poll(() => sheetsOf(page)).toEqual(['Sheet1']);
    await page.getByTestId('upload').setInputFiles(file);
    await expect.poll(() => page.getByTestId('file-status').innerText(), { timeout: 15_000 }).toMatch(/^Opened/);
    expect(await allValues(page)).toEqual(before.values);
    expect(await allRules(page)).toEqual(before.rules);
    expect([...(await fillsShown(page))]).toEqual(expect.arrayContaining([GREEN, YELLOW, RED]));
    await showColumn(page, 'KPIs', 'Status');
    await screenshot(page, 'playground-uploaded');

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);

  it('says what to do in an empty workbook, asks before a second cascade, and then works in the cascade picked', async () => {
    const { page, errors, context } = await open();
    await openTask(page, 'Check goals');
    await page.getByRole('button', { name: 'Check goals' }).click();
    await expect.poll(() => page.getByLabel('Findings').innerText()).toBe('There is no goal cascade in this workbook yet: apply the template first.');
    await openTask(page, 'Apply template');
    await page.getByLabel('Fill with example data').uncheck();
    expect(await runAddinAction(page, 'Apply goal cascade template')).toMatch(/^Added the goal cascade/);
    await openTask(page, 'Check goals');
    await page.getByRole('button', { name: 'Check goals' }).click();
    await expect.poll(() => page.getByLabel('Findings').innerText()).toMatch(/^Goals has no goals yet: write one in the Goal wizard/);
    // A second apply asks first, and adds nothing until the user says so.
    const before = await sheetsOf(page);
    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => page.getByRole('alertdialog').innerText()).toMatch(/has a goal cascade already \(Goals\)\. Add a second, separate cascade/);
    expect(await sheetsOf(page)).toEqual(before);
    await page.getByRole('button', { name: 'Add a second cascade' }).click();
    await expect.poll(() => sheetsOf(page)).toContain('Goals (2)');
    // Two cascades: the tasks act on the one picked on Home, whose numbers are then that cascade's.
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    const pick = page.getByLabel('Work in the cascade of');
    await expect.poll(() => pick.locator('option').allInnerTexts()).toHaveLength(2);
    await pick.selectOption('Goals (2)');
    await expect.poll(() => page.getByTestId('summary-template').innerText()).toBe('Goal cascade on the sheet Goals (2) (one of 2).');
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Cut returns from 8% to 5% by 2027-06-30 to support margins');
    await page.getByRole('button', { name: 'Add to cascade' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/^Added goal G1 to Goals \(2\)\./);
    expect((await valuesOf(page, 'Goals (2)'))[1][0]).toBe('G1');
    // The first cascade has still no goal.
    expect((await valuesOf(page, 'Goals')).slice(1).filter((r) => r[0] !== '' && r[0] !== null)).toEqual([]);
    await screenshot(page, 'playground-second-cascade', 'cascade');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

/**
 * The built playground in Debian's Chromium: the function list and argument hint while a formula is typed (in the
 * cell and in the formula bar), and errors in the user's words (a malformed formula, a text file renamed .xlsx).
 * Screenshots go to test-artifacts/playground-hints-*.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playgroundInBrowser } from './harness/servePlayground';
import { screenshot, watchErrors } from './chromium';

const pg = playgroundInBrowser('playground-hints');

async function open(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await pg.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.on('dialog', (d) => void d.accept());
  await page.goto(pg.url);
  await page.locator('[data-testid="grid"] [data-addr="A1"]').waitFor();
  return { page, errors, close: () => context.close() };
}

async function goTo(page: Page, addr: string) {
  await page.getByLabel('Name box').fill(addr);
  await page.getByLabel('Name box').press('Enter');
}

const cell = (page: Page, addr: string) => page.locator(`[data-testid="grid"] [data-addr="${addr}"]`);
const visibleList = (page: Page) => page.locator('.hint-popup:not([hidden]) [role="listbox"]:not([hidden])');
const visibleHint = (page: Page) => page.locator('.hint-popup:not([hidden]) [data-testid="argument-hint"]:not([hidden])');
/** The hint line's signature as text, with the bold (current) parameter in **stars**. */
const hintText = (page: Page) =>
  visibleHint(page).locator('div').first().evaluate((line) =>
    [...line.childNodes].map((n) => ((n as Element).tagName === 'B' ? `**${n.textContent}**` : n.textContent)).join(''));

describe('playground function hints', () => {
  it('lists KPI_ATTAINMENT for =KPI_A in the cell, completes it with Tab and hints its arguments', async () => {
    const { page, errors, close } = await open();
    await goTo(page, 'B2');
    await page.keyboard.type('=KPI_A');
    const editor = page.getByLabel('Cell editor');
    const list = visibleList(page);
    await expect.poll(() => list.getByRole('option').allInnerTexts()).toEqual([expect.stringMatching(/^KPI_ATTAINMENT/)]);
    const option = list.getByRole('option').first();
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await editor.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await editor.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'playground-hints-list');

    await page.keyboard.press('Tab');
    expect(await editor.inputValue()).toBe('=KPI_ATTAINMENT(');
    expect(await page.getByLabel('Formula bar').inputValue()).toBe('=KPI_ATTAINMENT(');
    expect(await visibleList(page).count()).toBe(0);
    expect(await hintText(page)).toBe('KPI_ATTAINMENT(**actual**, target, [baseline], [direction])');
    expect(await visibleHint(page).innerText()).toContain('actual: The current value of the KPI');

    await page.keyboard.type('12,');
    expect(await hintText(page)).toBe('KPI_ATTAINMENT(actual, **target**, [baseline], [direction])');
    await screenshot(page, 'playground-hints-arguments');
    await page.keyboard.type('"a, (b"');
    expect(await hintText(page)).toBe('KPI_ATTAINMENT(actual, **target**, [baseline], [direction])');

    // Enter with no list open commits the cell as usual, and the popup goes away.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('16)');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'B2').innerText()).toBe('0.75');
    expect(await page.locator('.hint-popup:not([hidden])').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves with the arrow keys, chooses with the mouse, and closes with Escape in the formula bar', async () => {
    const { page, errors, close } = await open();
    await goTo(page, 'C3');
    const bar = page.getByLabel('Formula bar');
    await bar.click();
    await bar.pressSequentially('=SUMI');
    const options = visibleList(page).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const names = await visibleList(page).locator('.hint-name').allInnerTexts();
    expect(names.every((n) => n.startsWith('SUMI'))).toBe(true);
    expect(names).toContain('SUMIF');
    await bar.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await bar.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await bar.press('Escape');
    expect(await visibleList(page).count()).toBe(0);
    expect(await bar.inputValue()).toBe('=SUMI'); // Escape closed the list only, the text stays

    await bar.pressSequentially('F');
    await visibleList(page).getByRole('option', { name: /^SUMIF\b/ }).first().click();
    expect(await bar.inputValue()).toBe('=SUMIF(');
    await expect.poll(() => bar.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await hintText(page)).toBe('SUMIF(**range**, criteria, [sum_range])');
    expect(errors).toEqual([]);
    await close();
  });

  it('explains a malformed formula in words, without parser tokens', async () => {
    const { page, errors, close } = await open();
    await goTo(page, 'A1');
    await page.keyboard.type('=SUM(1,2))');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'A1').innerText()).toBe('#ERROR!');
    expect(await cell(page, 'A1').getAttribute('title')).toBe('This formula has a ) too many: remove it, or add the ( it closes.');
    await goTo(page, 'A1');
    const line = page.getByTestId('formula-error');
    await expect.poll(() => line.innerText()).toBe('#ERROR!: This formula has a ) too many: remove it, or add the ( it closes.');
    expect(await line.innerText()).not.toMatch(/Parsing|EOF/);
    await screenshot(page, 'playground-hints-error');
    await goTo(page, 'A2');
    expect(await line.isVisible()).toBe(false);
    await page.keyboard.type('=KPI_ATTAINMENT()');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 'A2').innerText()).toBe('#N/A');
    expect(await cell(page, 'A2').getAttribute('title')).toBe(
      'KPI_ATTAINMENT takes 2 to 4 arguments (actual, target, [baseline], [direction]); here it is given 0.',
    );
    expect(errors).toEqual([]);
    await close();
  });

  it('says a text file renamed .xlsx is not an .xlsx workbook, and keeps the workbook', async () => {
    const { page, errors, close } = await open();
    await goTo(page, 'A1');
    await page.keyboard.type('kept');
    await page.keyboard.press('Enter');
    await page.getByTestId('upload').setInputFiles({ name: 'notes.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('KPI,Actual\nSales,10\n') });
    const status = page.getByTestId('file-status');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^Could not open/);
    expect(await status.innerText()).toBe(
      'Could not open notes.xlsx. This file is not an .xlsx workbook (or it is damaged): open a file saved as .xlsx by Excel, Sheets or Goalpost.',
    );
    expect(await status.innerText()).not.toMatch(/https?:|zip/i);
    expect(await cell(page, 'A1').innerText()).toBe('kept');
    await screenshot(page, 'playground-hints-file');
    expect(errors).toEqual([]);
    await close();
  });
  it('says a saved workbook cut short is damaged, in words, and keeps a copy of it before saving anything over it', async () => {
    const context = await pg.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const cutShort = '{"version":1,"sheets":[{"name":"Goals","cells":[["G1","Grow rev';
    await context.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('goalpost.playground.workbook', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, cutShort);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(pg.url);
    await page.locator('[data-testid="grid"] [data-addr="A1"]').waitFor();
    const status = page.getByTestId('file-status');
    await expect.poll(() => status.innerText()).toMatch(/damaged/);
    expect(await status.innerText()).toBe(
      'The saved workbook is damaged (cut short, or changed outside the playground): it cannot be read back. ' +
        'A copy is kept in this browser (goalpost.playground.workbook.unreadable); starting empty.',
    );
    expect(await status.innerText()).not.toMatch(/JSON|token|position/);
    expect(await page.evaluate(() => localStorage.getItem('goalpost.playground.workbook.unreadable'))).toBe(cutShort);
    expect(errors).toEqual([]);
    await context.close();
  });
});

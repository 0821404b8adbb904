/**
 * The built playground behaving like a spreadsheet, driven with the mouse and the keyboard in Debian's Chromium:
 * ranges selected by drag, Shift+click and Shift+arrows, copied with Ctrl+C and cleared with Delete; rows inserted and
 * deleted from the row menu and with Ctrl+Shift+= / Ctrl+-; columns resized by their edge and fitted by double-click;
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z over all of it; widths kept across a reload and in the .xlsx download.
 */
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { playgroundInBrowser } from './harness/servePlayground';
import { screenshot, watchErrors } from './chromium';

const pg = playgroundInBrowser('playground-grid');

async function open(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await pg.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(pg.url).origin });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(pg.url);
  await page.locator('[data-testid="grid"] [data-addr="A1"]').waitFor();
  return { context, page, errors };
}

const cell = (page: Page, addr: string) => page.locator(`[data-testid="grid"] [data-addr="${addr}"]`);
const shown = (page: Page, addrs: string[]) => Promise.all(addrs.map((a) => cell(page, a).innerText()));
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const rowHeader = (page: Page, row: number) => page.locator(`.grid-row-headers .row-header[data-row="${row - 1}"]`);

async function goTo(page: Page, addr: string) {
  await page.getByLabel('Name box').fill(addr);
  await page.getByLabel('Name box').press('Enter');
}

async function paste(page: Page, at: string, text: string) {
  await goTo(page, at);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

async function centre(page: Page, addr: string): Promise<{ x: number; y: number }> {
  const box = (await cell(page, addr).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The outline's box on screen, and the box from the top-left cell's corner to the bottom-right cell's. */
async function outlineAndCells(page: Page, from: string, to: string) {
  const outline = (await page.locator('.grid-body .grid-selection').boundingBox())!;
  const a = (await cell(page, from).boundingBox())!;
  const b = (await cell(page, to).boundingBox())!;
  return { outline, cells: { x: a.x, y: a.y, width: b.x + b.width - a.x, height: b.y + b.height - a.y } };
}

describe('the playground grid feels like a spreadsheet', () => {
  it('selects ranges by drag, Shift+click and Shift+arrows, outlines them, copies what they show, clears them, and undoes', async () => {
    const { context, page, errors } = await open();
    await paste(page, 'A1', '1\t2\t50%\n3\t4\n5\t6');
    await expect.poll(() => shown(page, ['A1', 'B1', 'C1', 'A3', 'B3'])).toEqual(['1', '2', '50%', '5', '6']);
    // The pasted block is selected, as after a paste in Excel.
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe('1\t2\t50%\n3\t4\t\n5\t6\t');

    // Drag from A1 to C2.
    const a1 = await centre(page, 'A1');
    const c2 = await centre(page, 'C2');
    await page.mouse.move(a1.x, a1.y);
    await page.mouse.down();
    await page.mouse.move((a1.x + c2.x) / 2, c2.y, { steps: 4 });
    await page.mouse.move(c2.x, c2.y, { steps: 4 });
    await page.mouse.up();
    const dragged = await outlineAndCells(page, 'A1', 'C2');
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(dragged.outline[k] - dragged.cells[k]), k).toBeLessThanOrEqual(2);
    expect(await page.locator('.grid-body .grid-selection.range').count()).toBe(1);
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe('1\t2\t50%\n3\t4\t');
    await screenshot(page, 'playground-grid-range');

    // Click A2, Shift+click B3.
    await cell(page, 'A2').click();
    await cell(page, 'B3').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+C');
    await expect.poll(() => clipboard(page)).toBe('3\t4\n5\t6');

    // From A1, Shift+Down twice and Shift+Right: A1:B3; Delete empties it, and only it.
    await cell(page, 'A1').click();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    const keyed = await outlineAndCells(page, 'A1', 'B3');
    for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(keyed.outline[k] - keyed.cells[k]), k).toBeLessThanOrEqual(2);
    await page.keyboard.press('Delete');
    await expect.poll(() => shown(page, ['A1', 'B1', 'A3', 'B3', 'C1'])).toEqual(['', '', '', '', '50%']);
    await expect.poll(() => page.getByLabel('Name box').inputValue()).toBe('A1'); // the active cell stays where the range started

    await page.keyboard.press('Control+Z');
    await expect.poll(() => shown(page, ['A1', 'B1', 'A3', 'B3'])).toEqual(['1', '2', '5', '6']);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => shown(page, ['A1', 'B3'])).toEqual(['', '']);
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z'); // and the paste before it
    await expect.poll(() => shown(page, ['A1', 'C1', 'B3'])).toEqual(['', '', '']);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => shown(page, ['A1', 'C1', 'B3'])).toEqual(['1', '50%', '6']);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('inserts and deletes rows from the row menu and the keyboard; formulas follow, and Ctrl+Z puts rows back', async () => {
    const { context, page, errors } = await open();
    await paste(page, 'A1', '10\t=SUM(A1:A4)\n20\n30\n40');
    await expect.poll(() => shown(page, ['B1', 'A2'])).toEqual(['100', '20']);

    // Right-click row 2: insert a row above it.
    await rowHeader(page, 2).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Insert 1 row above' }).click();
    await expect.poll(() => shown(page, ['A1', 'A2', 'A3', 'A5'])).toEqual(['10', '', '20', '40']);
    await page.getByLabel('Name box').fill('B1');
    await page.getByLabel('Name box').press('Enter');
    await expect.poll(() => page.getByLabel('Formula bar').inputValue()).toBe('=SUM(A1:A5)');
    await screenshot(page, 'playground-grid-row-inserted');

    // Rows 4 and 5 (30, 40) by their numbers, Shift+click; Ctrl+- deletes both.
    await rowHeader(page, 4).click();
    await rowHeader(page, 5).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+Minus');
    await expect.poll(() => shown(page, ['A1', 'A3', 'A4', 'B1'])).toEqual(['10', '20', '', '30']);

    // Ctrl+Shift+= on A1 inserts a row above row 1.
    await cell(page, 'A1').click();
    await page.keyboard.press('Control+Shift+Equal');
    await expect.poll(() => shown(page, ['A1', 'A2', 'B2'])).toEqual(['', '10', '30']);

    // The row menu also deletes; then Ctrl+Z three times gives back the deleted rows and takes the inserted ones away.
    await rowHeader(page, 1).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Delete row 1' }).click();
    await expect.poll(() => shown(page, ['A1', 'B1'])).toEqual(['10', '30']);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
    await expect.poll(() => shown(page, ['A1', 'A2', 'A3', 'A4', 'A5', 'B1'])).toEqual(['10', '', '20', '30', '40', '100']);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('resizes a column by its edge, fits one by double-click, undoes it, and keeps widths across a reload and in the .xlsx', async () => {
    const { context, page, errors } = await open();
    await paste(page, 'C1', 'A rather long piece of text that needs room');
    const widthOf = async (addr: string) => (await cell(page, addr).boundingBox())?.width;
    await expect.poll(() => widthOf('B1')).toBe(96);

    const edge = (await page.locator('.col-resize[data-col="1"]').boundingBox())!;
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
    await page.mouse.down();
    await page.mouse.move(edge.x + edge.width / 2 + 30, edge.y + edge.height / 2, { steps: 3 });
    await page.mouse.move(edge.x + edge.width / 2 + 60, edge.y + edge.height / 2, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => widthOf('B1')).toBe(156);
    await expect.poll(async () => (await page.locator('.col-header', { hasText: /^B$/ }).boundingBox())!.width).toBe(156);

    // Double-click C's edge: the long text fits in C1 (nothing cut off).
    await page.locator('.col-resize[data-col="2"]').dblclick();
    await expect.poll(() => widthOf('C1')).toBeGreaterThan(200);
    expect(await cell(page, 'C1').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await screenshot(page, 'playground-grid-widths');

    await page.keyboard.press('Control+Z');
    await expect.poll(() => widthOf('C1')).toBe(96);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => widthOf('B1')).toBe(96);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => widthOf('B1')).toBe(156);

    // The width is in the saved workbook (it survives a reload) and in the .xlsx download (156 px / 7 px a character).
    await page.waitForTimeout(600); // the page saves 300 ms after the last change
    await page.reload();
    await cell(page, 'B1').waitFor();
    await expect.poll(() => widthOf('B1')).toBe(156);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .xlsx' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    expect(book.worksheets[0].getColumn(2).width).toBeCloseTo(156 / 7, 2);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});

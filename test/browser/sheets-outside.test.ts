/**
 * The BUILT dist/sheets/Sidebar.html opened outside Google Sheets (no google.script.run, e.g. the file opened directly
 * in a browser): it says so in plain words at once, with no raw "google is not defined".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../hosts/loaders';
import { launch, screenshot, watchErrors } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('dist/sheets/Sidebar.html outside Sheets', () => {
  it('says it runs inside Google Sheets, before any click', async () => {
    const html = readFileSync(resolve(DIST, 'sheets/Sidebar.html'), 'utf8');
    const page = await browser.newPage({ viewport: { width: 300, height: 600 } });
    const errors = watchErrors(page);
    await page.route('https://sidebar.test/', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    await page.route('**/*', (r) => (r.request().url() === 'https://sidebar.test/' ? r.fallback() : r.abort()));
    await page.goto('https://sidebar.test/');
    await expect.poll(() => page.locator('body').innerText(), { timeout: 3000 }).toMatch(/runs inside Google Sheets/);
    expect(await page.getByRole('alert').innerText()).toMatch(/runs inside Google Sheets.*Extensions/s);
    expect(await page.locator('body').innerText()).not.toMatch(/not defined/);
    expect(errors).toEqual([]);
    await screenshot(page, 'sheets-outside');
  });
});

/**
 * The BUILT Excel shared-runtime page (dist/excel/taskpane.html) where things go wrong: an old Excel, another host, a
 * ribbon refresh that fails, office.js that cannot load, Office that never says it is ready. The same fake Office /
 * Excel as excel-taskpane.test.ts, plus harness/officeVariant.js (this file writes it) that bends the fake per test
 * through window.__variant.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTaskPane } from './harness/serveTaskPane';
import { launch, screenshot } from './chromium';
import { openTask } from './harness/panel';

interface Variant {
  /** What Office.onReady reports as the host (default Excel). */
  host?: string;
  /** isSetSupported says no to everything: an Excel older than the pane needs. */
  old?: boolean;
  /** Office.onReady never resolves. */
  neverReady?: boolean;
}

/** Runs right after officeFake.js: bends the fake as window.__variant asks, and records showAsTaskpane. */
const VARIANT_JS = `(function () {
  var v = window.__variant || {};
  var f = window.__fake;
  f.shown = 0;
  Office.addin = { showAsTaskpane: function () { f.shown++; return Promise.resolve(); } };
  if (v.host) {
    var info = { host: v.host, platform: 'OfficeOnline' };
    Office.onReady = function (cb) { if (cb) cb(info); return Promise.resolve(info); };
  }
  if (v.neverReady) Office.onReady = function () { return new Promise(function () {}); };
  // office.js redefines Office.context as it initialises (outside Office, to one without requirements): pin a
  // context of our own, non-configurable, as a real Excel keeps its. An old Excel supports none of the sets the pane asks for.
  var ctx = { requirements: { isSetSupported: function (set) { return !v.old && set === 'ExcelApi'; } } };
  Object.defineProperty(Office, 'context', { configurable: false, get: function () { return ctx; }, set: function () {} });
})();`;

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await serveTaskPane('shell', { 'officeVariant.js': VARIANT_JS });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The pane with a fake Excel bent by `variant`; nothing off this machine is reachable. */
async function open(variant: Variant, block: (url: URL) => boolean = () => false): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 350, height: 700 } });
  await page.addInitScript((v) => void ((window as unknown as { __variant: Variant }).__variant = v), variant);
  await page.route((url) => !url.href.startsWith(server.url) || block(url), (r) => r.abort());
  await page.goto(`${server.url}/taskpane.html`);
  return page;
}

type Fake = { actions: Record<string, (e: { completed(): void }) => Promise<void>>; shown: number };
/** Press the ribbon button: run the associated action as Excel does; resolves once event.completed() is called. */
const ribbonRefresh = (page: Page) =>
  page.evaluate(() => {
    const f = (window as unknown as { __fake: Fake }).__fake;
    const action = f.actions.refreshTrafficLights;
    if (!action) return { associated: false, completed: false, shown: f.shown };
    return new Promise<{ associated: boolean; completed: boolean; shown: number }>((done) => {
      const timer = setTimeout(() => done({ associated: true, completed: false, shown: f.shown }), 6000);
      Promise.resolve(action({ completed: () => { clearTimeout(timer); done({ associated: true, completed: true, shown: f.shown }); } })).catch(() => undefined);
    });
  });
const paneText = (page: Page) => page.locator('#app').innerText();

describe('the ribbon command', () => {
  it('is associated on an Excel too old for the pane, and says why it cannot refresh', async () => {
    const page = await open({ old: true });
    await expect.poll(() => paneText(page)).toMatch(/too old/);
    expect(await ribbonRefresh(page)).toEqual({ associated: true, completed: true, shown: 1 });
    await expect.poll(() => paneText(page)).toMatch(/Refresh traffic lights.*ExcelApi 1\.9/s);
    await screenshot(page, 'excel-shell-old', 'troubleshooting');
  });

  it('is associated in another host, and says it runs in Excel', async () => {
    const page = await open({ host: 'Word' });
    await expect.poll(() => paneText(page)).toMatch(/runs in Excel/);
    expect(await ribbonRefresh(page)).toEqual({ associated: true, completed: true, shown: 1 });
    await expect.poll(() => paneText(page)).toMatch(/Refresh traffic lights.*runs in Excel/s);
  });

  it('shows a failed refresh in the pane in plain words, and a successful one too', async () => {
    const page = await open({});
    await page.getByRole('heading', { name: 'Goalpost' }).waitFor();
    // An empty workbook: the refresh fails, the pane is opened and says why; the event still completes.
    expect(await ribbonRefresh(page)).toEqual({ associated: true, completed: true, shown: 1 });
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/no goal cascade/i);
    expect(await page.getByTestId('status').getAttribute('class')).toMatch(/gp-error/);
    expect(await page.getByTestId('home').isVisible()).toBe(true); // no task was open: Home shows it
    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/Added the goal cascade/);
    // Success does not pop the pane open, but an open pane shows it (here inside the open task).
    expect(await ribbonRefresh(page)).toEqual({ associated: true, completed: true, shown: 1 });
    await expect.poll(() => page.getByTestId('status').innerText()).toMatch(/Traffic lights refreshed/);
    expect(await page.getByTestId('status').getAttribute('class')).not.toMatch(/gp-error/);
  });

  it('runs Excel.run itself when the pane has not mounted', async () => {
    const page = await open({ neverReady: true });
    expect(await ribbonRefresh(page)).toEqual({ associated: true, completed: true, shown: 1 });
    // The fake workbook is empty: the refresh read it through Excel.run and says what is missing.
    await expect.poll(() => paneText(page)).toMatch(/Refresh traffic lights did not work.*no goal cascade/s);
  });
});

describe('the pane without Office', () => {
  it('says office.js could not load when its request fails', async () => {
    const t0 = Date.now();
    const page = await open({}, (url) => url.pathname.endsWith('/office.js') || url.pathname.startsWith('/__test/'));
    await expect.poll(() => paneText(page), { timeout: 4000 }).toMatch(/could not load.*office\.js/is);
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(await page.getByText('Loading Goalpost...').count()).toBe(0);
    await screenshot(page, 'excel-shell-no-officejs');
  });

  it('says it runs in Excel when opened in a plain browser (office.js loads, no Office host)', async () => {
    const page = await open({}, (url) => url.pathname.startsWith('/__test/'));
    await expect.poll(() => paneText(page), { timeout: 4000 }).toMatch(/runs in Excel.*Home > Add-ins/s);
  });

  it('says so when Office never reports ready', async () => {
    const page = await open({ neverReady: true });
    await expect.poll(() => paneText(page), { timeout: 9000 }).toMatch(/open Goalpost from a workbook/i);
    expect(await page.getByText('Loading Goalpost...').count()).toBe(0);
  });
});

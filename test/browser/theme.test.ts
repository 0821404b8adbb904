/**
 * The host looks on the BUILT panels: the Excel task pane in Fluent, light or dark as the (fake) Office theme says,
 * and the Sheets sidebar in Google's add-on look; in both every control is reached with Tab and works with
 * Enter / Space. Expected colours come from @fluentui/tokens itself and from Google's add-on CSS guide, not from our code.
 */
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../hosts/loaders';
import { openTask, taskButton, type TaskName } from './harness/panel';
import { serveTaskPane } from './harness/serveTaskPane';
import { launch, screenshot, watchErrors } from './chromium';

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await serveTaskPane('theme');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** "#rrggbb" as the browser reports a computed colour. */
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

/** Office's theme colours as Office.context.officeTheme gives them (Colorful / White and Black themes). */
const LIGHT_OFFICE = { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#000000', isDarkTheme: false };
const BLACK_OFFICE = { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#333333', controlForegroundColor: '#FFFFFF', isDarkTheme: true };

async function openPane(officeTheme: object | undefined): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  const errors = watchErrors(page);
  await page.route((url) => !url.href.startsWith(server.url), (r) => r.abort());
  await page.addInitScript((t) => void ((window as unknown as { __officeTheme: unknown }).__officeTheme = t), officeTheme);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole('heading', { name: 'Goalpost' }).waitFor();
  return { page, errors };
}

/** What the pane shows: the body's colours, a primary button's, and the Fluent tokens set on the page. */
const looks = (page: Page) => page.evaluate(() => {
  const css = (el: Element) => getComputedStyle(el);
  // "Add to cascade", the wizard's primary action (enabled once a statement is typed).
  const primary = [...document.querySelectorAll('.gp button')].find((b) => b.textContent === 'Add to cascade')!;
  const secondary = [...document.querySelectorAll('.gp button')].find((b) => b.textContent === 'Add another KPI')!;
  return {
    root: { look: document.getElementById('app')!.dataset.gpLook, dark: document.getElementById('app')!.dataset.gpDark !== undefined },
    body: { bg: css(document.body).backgroundColor, fg: css(document.querySelector('.gp')!).color },
    primary: { bg: css(primary).backgroundColor, classes: primary.className },
    secondary: { bg: css(secondary).backgroundColor, radius: css(secondary).borderRadius, classes: secondary.className },
    brand: getComputedStyle(document.documentElement).getPropertyValue('--colorBrandBackground').trim(),
    font: css(document.querySelector('.gp')!).fontFamily,
  };
});

describe('the Excel task pane in Fluent', () => {
  it('is light with a light Office theme: Fluent tokens on the page, Fluent button styles', async () => {
    const { page, errors } = await openPane(LIGHT_OFFICE);
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Grow revenue from 10 to 12 M EUR by 2027-12-31');
    const l = await looks(page);
    expect(l.root).toEqual({ look: 'fluent', dark: false });
    expect(l.brand).toBe(webLightTheme.colorBrandBackground);
    expect(l.font).toContain('Segoe UI');
    expect(l.body).toEqual({ bg: rgb(webLightTheme.colorNeutralBackground1), fg: rgb(webLightTheme.colorNeutralForeground1) });
    expect(l.primary.bg).toBe(rgb(webLightTheme.colorBrandBackground));
    expect(l.primary.classes).toContain('fui-Button--primary');
    expect(l.secondary.classes).toContain('fui-Button');
    expect(l.secondary.bg).toBe(rgb(webLightTheme.colorNeutralBackground1));
    expect(l.secondary.radius).toBe(webLightTheme.borderRadiusMedium);
    await screenshot(page, 'theme-excel-light');
    expect(errors).toEqual([]);
  });

  it('is dark with a dark Office theme (isDarkTheme), and from the background colour where isDarkTheme is missing', async () => {
    const { page, errors } = await openPane(BLACK_OFFICE);
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Grow revenue from 10 to 12 M EUR by 2027-12-31');
    const d = await looks(page);
    expect(d.primary.bg).toBe(rgb(webDarkTheme.colorBrandBackground));
    expect(d.root).toEqual({ look: 'fluent', dark: true });
    expect(d.brand).toBe(webDarkTheme.colorBrandBackground);
    expect(d.body).toEqual({ bg: rgb(webDarkTheme.colorNeutralBackground1), fg: rgb(webDarkTheme.colorNeutralForeground1) });
    // Dark background, light text: the text is far lighter than the background.
    const lum = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    expect(lum(d.body.fg) - lum(d.body.bg)).toBeGreaterThan(400);
    // An input takes the dark surface too, so typed text stays readable.
    const input = await page.locator('#gp-team').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(input).toEqual([rgb(webDarkTheme.colorNeutralBackground1), rgb(webDarkTheme.colorNeutralForeground1)]);
    await screenshot(page, 'theme-excel-dark');
    expect(errors).toEqual([]);

    const { isDarkTheme: _, ...withoutFlag } = BLACK_OFFICE;
    const { page: older } = await openPane(withoutFlag);
    await openTask(older, 'Goal wizard');
    expect((await looks(older)).body.bg).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    const { page: none } = await openPane(undefined);
    await openTask(none, 'Goal wizard');
    expect((await looks(none)).body.bg).toBe(rgb(webLightTheme.colorNeutralBackground1));
  });

  it('follows OfficeThemeChanged while open, keeping what the user typed', async () => {
    const { page, errors } = await openPane(LIGHT_OFFICE);
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Owner', { exact: true }).fill('Dana');
    const handlers = await page.evaluate((t) => (window as unknown as { __fake: { changeTheme(t: unknown): number } }).__fake.changeTheme(t), BLACK_OFFICE);
    expect(handlers).toBe(1);
    await expect.poll(async () => (await looks(page)).body.bg).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    expect(await page.getByLabel('Owner', { exact: true }).inputValue()).toBe('Dana');
    expect(errors).toEqual([]);
  });
});

const sidebarHtml = () => readFileSync(resolve(DIST, 'sheets/Sidebar.html'), 'utf8');

/** The sidebar with a google.script.run stub answering each call with the given value (or undefined). */
async function openSidebar(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __calls: string[]; google: unknown };
    w.__calls = [];
    const answers: Record<string, unknown> = {
      refreshTrafficLights: { sheets: ['KPIs'], rules: 9, asOf: '2026-11-24', message: 'Traffic lights refreshed on KPIs.' },
      goalTree: { goals: [], message: 'No goals yet.' },
      listGoals: [], listCascades: [], listKpis: { kpis: [] }, listReviews: { goals: [] }, listNextCycle: { goals: [] },
    };
    const runner = (ok?: (v: unknown) => void): unknown => new Proxy({}, {
      get: (_t, name: string) => name === 'withSuccessHandler' ? (f: (v: unknown) => void) => runner(f)
        : name === 'withFailureHandler' ? () => runner(ok)
        : () => { w.__calls.push(name); setTimeout(() => ok?.(answers[name]), 5); },
    });
    w.google = { script: { run: runner() } };
  });
  const html = sidebarHtml();
  await page.route('https://sidebar.test/', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
  await page.route('**/*', (r) => (r.request().url() === 'https://sidebar.test/' ? r.fallback() : r.abort()));
  await page.goto('https://sidebar.test/');
  await page.getByRole('heading', { name: 'Goalpost' }).waitFor();
  return { page, errors };
}

describe('the Sheets sidebar in Google\'s add-on look', () => {
  it('uses Roboto/Arial 13 px, a blue primary button, grey secondary buttons, 300 px, and carries no Fluent tokens', async () => {
    const { page, errors } = await openSidebar();
    await openTask(page, 'Goal wizard');
    await page.getByLabel('Goal statement').fill('Grow revenue from 10 to 12 M EUR by 2027-12-31');
    const g = await page.evaluate(() => {
      const css = (el: Element) => getComputedStyle(el);
      const gp = document.querySelector('.gp')!;
      const primary = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add to cascade')!;
      const secondary = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Add another KPI')!;
      return {
        root: { look: document.getElementById('app')!.dataset.gpLook, dark: document.getElementById('app')!.dataset.gpDark !== undefined },
        font: css(gp).fontFamily, size: css(gp).fontSize, width: gp.getBoundingClientRect().width,
        primary: { bg: css(primary).backgroundColor, fg: css(primary).color, classes: primary.className },
        secondary: { image: css(secondary).backgroundImage, fg: css(secondary).color, classes: secondary.className },
        fluentToken: css(document.documentElement).getPropertyValue('--colorBrandBackground'),
      };
    });
    expect(g.root).toEqual({ look: 'google', dark: false });
    expect(g.font.split(',')[0].trim()).toBe('Roboto');
    expect(g.font).toContain('Arial');
    expect(g.size).toBe('13px');
    expect(g.width).toBeLessThanOrEqual(300);
    // Google's guide: <button class="action"> for the primary action (blue, white text), a plain grey button otherwise.
    expect(g.primary.classes.split(' ')).toContain('action');
    expect(g.primary.bg).toBe(rgb('#1a73e8'));
    expect(g.primary.fg).toBe(rgb('#ffffff'));
    expect(g.secondary.classes).not.toContain('action');
    expect(g.secondary.image).toMatch(/linear-gradient\(rgb\(245, 245, 245\), rgb\(241, 241, 241\)\)/);
    expect(g.fluentToken).toBe('');
    await screenshot(page, 'theme-sheets');
    expect(errors).toEqual([]);
  });
});

/** Every enabled control of the panel, described as Tab reports it. */
const describeActive = () => {
  const el = document.activeElement as HTMLElement | null;
  return el && el !== document.body ? `${el.tagName}#${el.id}|${el.getAttribute('aria-label') ?? ''}|${el.textContent?.slice(0, 40) ?? ''}` : '';
};
const controls = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#app button, #app input, #app select, #app textarea, #app a[href]')]
  .filter((el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null)
  .map((el) => `${el.tagName}#${el.id}|${el.getAttribute('aria-label') ?? ''}|${el.textContent?.slice(0, 40) ?? ''}`));

/** Press Tab until every control has had the focus (or twice as many presses as controls): the ones never reached. */
async function unreachedByTab(page: Page): Promise<string[]> {
  const all = await controls(page);
  const seen = new Set<string>();
  // Focus starts on the task's heading: the Home button sits before it.
  await page.keyboard.press('Shift+Tab');
  seen.add(await page.evaluate(describeActive));
  for (let i = 0; i < all.length * 2 && seen.size < all.length; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(describeActive));
  }
  return all.filter((c) => !seen.has(c));
}

const TASK_NAMES: TaskName[] = ['Apply template', 'Goal wizard', 'Check in', 'Review and next cycle', 'Check goals', 'Traffic lights', 'Goal tree'];

/**
 * Each task opened from Home with the keyboard (Tab to its button, Enter), every control of the task then reached with
 * Tab, and Escape back to Home. Returns how many controls were reached in all, and the ones Tab never reached.
 */
async function everyTaskByTab(page: Page): Promise<{ reached: number; unreached: string[] }> {
  let reached = 0;
  const unreached: string[] = [];
  for (const name of TASK_NAMES) {
    await taskButton(page, name).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-task-view]:not([hidden]) h2').first().waitFor();
    // The panel moves the focus to the task's heading once the view shows: start from there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    reached += (await controls(page)).length;
    unreached.push(...(await unreachedByTab(page)).map((c) => `${name}: ${c}`));
    await page.keyboard.press('Escape');
    await taskButton(page, name).waitFor();
  }
  return { reached, unreached };
}

/** Space toggles the example-data checkbox; Enter and Space press buttons; arrow keys change a select. */
async function operateByKeyboard(page: Page) {
  await openTask(page, 'Apply template');
  const example = page.getByRole('checkbox', { name: 'Fill with example data' });
  expect(await example.isChecked()).toBe(true);
  await example.focus();
  await page.keyboard.press('Space');
  expect(await example.isChecked()).toBe(false);

  await openTask(page, 'Traffic lights');
  const status = page.locator('[data-task-view]:not([hidden]) [data-testid="status"]');
  await page.getByRole('button', { name: 'Refresh traffic lights' }).focus();
  expect(await status.innerText()).toBe('');
  await page.keyboard.press('Enter');
  // Pressed: the pane reports what the refresh did (or why it could not), where nothing was shown before.
  // A refresh over the fake host can take over a second on two busy cores (vitest's default poll is 1 s).
  await expect.poll(() => status.innerText(), { timeout: 15_000 }).not.toBe('');

  await openTask(page, 'Goal tree');
  await page.getByRole('button', { name: 'Show the goal tree' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Reload the goal tree' }).waitFor();

  await openTask(page, 'Goal wizard');
  const level = page.getByLabel('Level', { exact: true });
  expect(await level.inputValue()).toBe('Company');
  await level.focus();
  await page.keyboard.press('ArrowDown');
  expect(await level.inputValue()).toBe('Department');
}

describe('the keyboard', () => {
  it('reaches every control of the Excel pane (dark) with Tab and operates them with Enter / Space / arrows', async () => {
    const { page, errors } = await openPane(BLACK_OFFICE);
    const { reached, unreached } = await everyTaskByTab(page);
    expect(reached).toBeGreaterThan(20);
    expect(unreached).toEqual([]);
    await operateByKeyboard(page);
    expect(errors).toEqual([]);
  });

  it('reaches every control of the Sheets sidebar with Tab and operates them with Enter / Space / arrows', async () => {
    const { page, errors } = await openSidebar();
    const { reached, unreached } = await everyTaskByTab(page);
    expect(reached).toBeGreaterThan(20);
    expect(unreached).toEqual([]);
    await operateByKeyboard(page);
    expect(errors).toEqual([]);
  });
});

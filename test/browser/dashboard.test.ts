/**
 * The Dashboard in the real playground (Chromium): apply the template, show the Dashboard, the charts are drawn from the
 * figures tables by the chart chunk, which is loaded only then. Screenshot: test-artifacts/playground-dashboard.png.
 */

import { describe, expect, it } from 'vitest';
import { playgroundInBrowser } from './harness/servePlayground';
import { DASH } from '../../shared/templates/dashboard';
import { screenshot, watchErrors } from './chromium';
import { openTask } from './harness/panel';

const pg = playgroundInBrowser('dashboard');

declare const goalpostPlayground: { values(s: string): unknown[][] };

describe('the Dashboard in the playground', () => {
  it('draws its three charts from the figures tables, loading the chart chunk only when shown', async () => {
    const context = await pg.browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/chunks\/charts-/.test(r.url())) chunks.push(r.url());
    });
    await page.goto(pg.url);
    await page.locator('[data-testid="grid"] [data-addr="A1"]').waitFor();
    await openTask(page, 'Apply template');
    await page.getByRole('button', { name: 'Apply goal cascade template' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Dashboard', exact: true }).count(), { timeout: 30_000 }).toBe(1);
    await page.waitForTimeout(300);
    expect(chunks, 'the chart chunk is not loaded before the Dashboard is shown').toEqual([]);

    await page.getByRole('tab', { name: 'Dashboard', exact: true }).click();
    const canvases = page.locator('.chart-panel canvas');
    await expect.poll(() => canvases.count(), { timeout: 20_000 }).toBe(3);
    expect(chunks.length).toBe(1);
    const figures = await canvases.evaluateAll((els) => els.map((e) => JSON.parse((e as HTMLCanvasElement).dataset.figures ?? '{}')));
    // The charts show the figures tables' values.
    const values = await page.evaluate(() => goalpostPlayground.values('Dashboard'));
    const ids = values.slice(1).map((r) => r[DASH.attainment]).filter((v) => v !== '');
    expect(figures[0].labels).toEqual(ids);
    expect(figures[0].series[0].data).toEqual(values.slice(1, ids.length + 1).map((r) => (typeof r[DASH.attainment + 1] === 'number' ? r[DASH.attainment + 1] : null)));
    expect(figures[1].series.map((s: { name: string }) => s.name)).toEqual(['Check-in', 'Expected']);
    expect(figures[1].series[0].data).toEqual(values.slice(1).map((r) => r[DASH.series + 1]).filter((v) => v !== ''));
    expect(figures[2].series.map((s: { name: string }) => s.name)).toEqual(['Green', 'Yellow', 'Red']);
    // Something is painted on every canvas.
    const painted = await canvases.evaluateAll((els) => els.map((e) => {
      const c = e as HTMLCanvasElement;
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
      return n;
    }));
    for (const n of painted) expect(n).toBeGreaterThan(1000);
    await screenshot(page, 'playground-dashboard', 'dashboard');
    // The panel floats over the grid's right side: "Hide charts" folds it, so the cells beneath show, and back.
    const status = page.locator('[data-testid="grid"] [data-addr="F2"]');
    const covered = () => status.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !el.contains(top) && top !== el;
    });
    expect(await covered()).toBe(true);
    await page.getByRole('button', { name: 'Hide charts' }).click({ timeout: 5000 });
    expect(await covered()).toBe(false);
    await page.getByRole('button', { name: 'Show charts' }).click({ timeout: 5000 });
    expect(await page.locator('.chart-panel canvas').first().isVisible()).toBe(true);

    // Another sheet: the panel goes; back: the same charts, refreshed rather than rebuilt.
    await page.getByRole('tab', { name: 'Goals', exact: true }).click();
    await expect.poll(() => page.locator('.chart-panel').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

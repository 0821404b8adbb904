/**
 * Every task of the task pane / sidebar / playground panel has a "?" beside its heading that opens its page of the
 * user's guide: a plain link (new tab, rel="noopener"), named for the page, to a docs/ page and #anchor that exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_BASE, HELP } from '../../shared/ui/help';
import { launch, watchErrors } from '../browser/chromium';
import { openTask } from '../browser/harness/panel';
import { serveUi } from '../browser/harness/serveUi';
import { anchorsOf } from './markdown';

const DOCS = resolve(__dirname, '../../docs');

describe('help links of the tasks', () => {
  it('point at docs pages and anchors that exist', () => {
    for (const [id, { page }] of Object.entries(HELP)) {
      const [file, anchor] = page.split('#');
      expect(existsSync(resolve(DOCS, file)), `${id}: docs/${file}`).toBe(true);
      if (anchor) expect(anchorsOf(readFileSync(resolve(DOCS, file), 'utf8')), `${id}: docs/${page}`).toContain(anchor);
    }
    expect(DOCS_BASE).toMatch(/(^|\/)docs\/$/);
  });

  it('open the guide the build serves beside each add-in', async () => {
    const { readFileSync: read, existsSync: exists } = await import('node:fs');
    const dist = resolve(__dirname, '../../dist');
    // The task pane and the sidebar link to <base URL>/docs/, where dist/excel/docs holds the guide; the playground to docs/.
    expect(read(resolve(dist, 'excel/taskpane.js'), 'utf8')).toContain('"https://localhost:3000/docs/"');
    expect(read(resolve(dist, 'sheets/Sidebar.html'), 'utf8')).toContain('"https://localhost:3000/docs/"');
    for (const { page } of Object.values(HELP)) {
      const file = page.split('#')[0];
      expect(exists(resolve(dist, 'excel/docs', file)), `excel/docs/${file}`).toBe(true);
      expect(exists(resolve(dist, 'playground/docs', file)), `playground/docs/${file}`).toBe(true);
    }
  });

  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await serveUi('help');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every task heading in the panel has its "?" link', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const errors = watchErrors(page);
    // Two cascades, so that the Cascade task shows too.
    const answers = { listCascades: [{ goals: 'Goals', sheets: ['Goals', 'KPIs'], active: true }, { goals: 'Goals (2)', sheets: ['Goals (2)', 'KPIs (2)'], active: false }] };
    await page.addInitScript((a) => ((window as unknown as { __answers: unknown }).__answers = a), answers);
    await page.goto(`${server.url}/index.html`);
    // The panel shows one task at a time: open each once (an opened task stays in the page), then Home shows Cascade.
    for (const t of ['Apply template', 'Goal wizard', 'Check in', 'Review and next cycle', 'Check goals', 'Traffic lights', 'Goal tree'] as const) await openTask(page, t);
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { name: 'Cascade' }).waitFor();
    const ids = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.sort()).toEqual(Object.keys(HELP).sort());
    for (const id of ids) {
      const link = page.locator(`h2#${id} + a`);
      expect(await link.innerText(), id).toBe('?');
      expect(await link.getAttribute('href'), id).toBe(DOCS_BASE + HELP[id].page);
      expect(await link.getAttribute('target'), id).toBe('_blank');
      expect(await link.getAttribute('rel'), id).toBe('noopener');
      expect(await link.getAttribute('aria-label'), id).toBe(`Guide: ${HELP[id].title}`);
      // The heading keeps its own name: the "?" is beside it, not in it.
      expect(await page.locator(`h2#${id}`).innerText(), id).not.toContain('?');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

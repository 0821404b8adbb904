/**
 * Debian's Chromium driven by playwright-core (playwright cannot download its own browser here). `npm test` installs
 * Chromium first (scripts/ensure-chromium.mjs); a missing browser fails the tests, it never skips them.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Screenshots are kept here as test artifacts. */
export const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** The pictures of the user's guide (docs/*.md), committed: a browser test that takes one keeps it current. */
export const DOCS_IMAGES = resolve(__dirname, '../../docs/images');

/**
 * A full-page screenshot in test-artifacts/<name>.png; with `docsImage`, the same picture is also the guide's
 * docs/images/<docsImage>.png (so the guide shows what the tests saw, never a stale picture).
 */
export async function screenshot(page: Page, name: string, docsImage?: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (docsImage) {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    copyFileSync(path, resolve(DOCS_IMAGES, `${docsImage}.png`));
  }
  return path;
}

/** Collect page errors and console errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

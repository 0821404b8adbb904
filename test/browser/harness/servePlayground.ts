/**
 * The built playground served from a private copy on 127.0.0.1 (another build in the same checkout may empty dist/
 * while browser tests run): the copy is taken once index.html and every chunk main.js imports are there.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../chromium';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { PLAYGROUND_DIR, startPlaygroundServer } from '../../../scripts/playground-server.mjs';

async function copyOfBuild(prefix: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), `goalpost-${prefix}-`));
    try {
      cpSync(PLAYGROUND_DIR, dir, { recursive: true });
      const main = readFileSync(join(dir, 'main.js'), 'utf8');
      const imports = [...main.matchAll(/["']\.\/(chunks\/[^"']+\.js)["']/g)].map((m) => m[1]);
      if (existsSync(join(dir, 'index.html')) && imports.length && imports.every((f) => existsSync(join(dir, f)))) return dir;
    } catch (e) {
      if (attempt >= 20) throw e;
    }
    rmSync(dir, { recursive: true, force: true });
    if (attempt >= 20) throw new Error(`${PLAYGROUND_DIR} is not a complete build: run node scripts/build.mjs`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Serve a private copy of the built playground; close() stops the server and removes the copy. */
export async function servePlayground(prefix: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = await copyOfBuild(prefix);
  const server = await startPlaygroundServer({ port: 0, dir });
  return {
    url: server.url,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: serve the built playground and start Chromium before its tests, close both after them. The fields
 * are filled once the file's beforeAll has run.
 */
export function playgroundInBrowser(prefix: string): { browser: Browser; url: string } {
  const at = {} as { browser: Browser; url: string };
  let server: { url: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await servePlayground(prefix);
    at.url = server.url;
    at.browser = await launch();
  });
  afterAll(async () => {
    await at.browser?.close();
    await server?.close();
  });
  return at;
}

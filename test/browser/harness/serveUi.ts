/**
 * The shared UI (harness/ui.entry.tsx, over the recording Host port) bundled into a temporary folder and served on
 * 127.0.0.1, for the browser tests of the UI without any host.
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { startStaticServer } from '../../../scripts/dev-server.mjs';

export async function serveUi(prefix: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `goalpost-${prefix}-`));
  await esbuild.build({
    entryPoints: [resolve(__dirname, 'ui.entry.tsx')],
    bundle: true, format: 'iife', target: 'es2020', outfile: join(dir, 'ui.js'), logLevel: 'error',
    jsx: 'automatic', jsxImportSource: 'preact',
  });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><body style="margin:0"><div id="app"></div><script src="ui.js"></script>');
  return startStaticServer({ root: dir });
}

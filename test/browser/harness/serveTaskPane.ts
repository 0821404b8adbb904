/**
 * The BUILT Excel task pane (dist/excel/taskpane.html, which also loads functions.js: the shared runtime) served on
 * 127.0.0.1 with the real office.js from @microsoft/office-js, and our Office / Excel fake (officeFake.ts) injected right
 * after it, since there is no Excel here. `extraScripts` are more scripts (their source) injected after the fake, in order.
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { localOfficeJs, startStaticServer } from '../../../scripts/dev-server.mjs';
import { DIST } from '../../hosts/loaders';

export async function serveTaskPane(prefix: string, extraScripts: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `goalpost-${prefix}-`));
  await esbuild.build({ entryPoints: [resolve(__dirname, 'officeFake.ts')], bundle: true, format: 'iife', outfile: join(dir, 'officeFake.js'), logLevel: 'error' });
  const tags = ['<script src="/__test/officeFake.js"></script>'];
  for (const [name, source] of Object.entries(extraScripts)) {
    writeFileSync(join(dir, name), source);
    tags.push(`<script src="/__test/${name}"></script>`);
  }
  return startStaticServer({
    root: resolve(DIST, 'excel'),
    mounts: { '/office/': resolve(__dirname, '../../../node_modules/@microsoft/office-js/dist'), '/__test/': dir },
    transform: (path: string, html: string) => localOfficeJs(path, html).replace('<script src="functions.js">', `${tags.join('\n  ')}\n  <script src="functions.js">`),
  });
}

// The Excel add-in: dist/excel/ gets taskpane.html and taskpane.js (the shared-runtime page, which also loads
// functions.js, built by functions.mjs), the icons, and manifest.xml for the requested base URL.
import * as esbuild from 'esbuild';
import { copyFile, cp, readFile } from 'node:fs/promises';
import { base, dist, src, write } from './common.mjs';
import { ICON_SIZES, goalpostIcon, png } from './icons.mjs';
import { fluentTokensPlugin } from './fluentTokens.mjs';

export const DEV_BASE_URL = 'https://localhost:3000';

/** The manifest for a base URL: the development manifest.xml is the one source; only its base URL changes. */
export async function manifestFor(baseUrl = DEV_BASE_URL) {
  const url = new URL(baseUrl); // throws on a malformed URL
  if (url.protocol !== 'https:') throw new Error(`--base-url must be https (Office loads add-ins over https only): ${baseUrl}`);
  const clean = baseUrl.replace(/\/+$/, '');
  return (await readFile(src('manifest.xml'), 'utf8')).split(DEV_BASE_URL).join(clean);
}

/** Where the add-in is served (the manifest's base URL): the task pane's "?" links point at its docs/ copy. */
export const baseUrlOf = (args = {}) => (typeof args['base-url'] === 'string' ? args['base-url'] : DEV_BASE_URL).replace(/\/+$/, '');

export async function build(args = {}) {
  await esbuild.build({
    ...base,
    define: { __GOALPOST_DOCS_BASE__: JSON.stringify(`${baseUrlOf(args)}/docs/`) },
    entryPoints: [src('src/excel/taskpane.entry.ts')],
    outfile: dist('excel/taskpane.js'),
    format: 'iife',
    target: 'es2019',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [fluentTokensPlugin()],
  });
  await copyFile(src('src/excel/taskpane.html'), dist('excel/taskpane.html'));
  // The user's guide, served with the add-in: the "?" links of the task pane and the Sheets sidebar open it here.
  await cp(src('docs'), dist('excel/docs'), { recursive: true });
  for (const size of ICON_SIZES) await write(dist(`excel/assets/icon-${size}.png`), png(size, goalpostIcon));
  await write(dist('excel/manifest.xml'), await manifestFor(typeof args['base-url'] === 'string' ? args['base-url'] : DEV_BASE_URL));
}

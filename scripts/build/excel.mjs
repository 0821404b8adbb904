// The Excel add-in: dist/excel/ gets taskpane.html and taskpane.js (the shared-runtime page, which also loads
// functions.js, built by functions.mjs), the icons, and manifest.xml for the requested base URL.
import * as esbuild from 'esbuild';
import { copyFile, readFile } from 'node:fs/promises';
import { base, dist, src, write } from './common.mjs';
import { ICON_SIZES, goalpostIcon, png } from './icons.mjs';

export const DEV_BASE_URL = 'https://localhost:3000';

/** The manifest for a base URL: the development manifest.xml is the one source; only its base URL changes. */
export async function manifestFor(baseUrl = DEV_BASE_URL) {
  const url = new URL(baseUrl); // throws on a malformed URL
  if (url.protocol !== 'https:') throw new Error(`--base-url must be https (Office loads add-ins over https only): ${baseUrl}`);
  const clean = baseUrl.replace(/\/+$/, '');
  return (await readFile(src('manifest.xml'), 'utf8')).split(DEV_BASE_URL).join(clean);
}

export async function build(args = {}) {
  await esbuild.build({
    ...base,
    entryPoints: [src('src/excel/taskpane.entry.ts')],
    outfile: dist('excel/taskpane.js'),
    format: 'iife',
    target: 'es2019',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  await copyFile(src('src/excel/taskpane.html'), dist('excel/taskpane.html'));
  for (const size of ICON_SIZES) await write(dist(`excel/assets/icon-${size}.png`), png(size, goalpostIcon));
  await write(dist('excel/manifest.xml'), await manifestFor(typeof args['base-url'] === 'string' ? args['base-url'] : DEV_BASE_URL));
}

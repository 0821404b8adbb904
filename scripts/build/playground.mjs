// The local playground: dist/playground/index.html, main.js (the grid on HyperFormula, the add-in UI beside it),
// playground.css, and chunks/ with exceljs, which the page loads on the first .xlsx download or upload.
// Everything is bundled: the page fetches nothing but its own files.
import * as esbuild from 'esbuild';
import { copyFile, cp, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { base, dist, src } from './common.mjs';
import { lazyMathPlugin } from './functions.mjs';
import { fluentTokensPlugin } from './fluentTokens.mjs';

const OUT = dist('playground');

async function* files(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

export async function build() {
  await esbuild.build({
    ...base,
    entryPoints: { main: src('src/playground/main.ts') },
    outdir: OUT,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // exceljs' browser build without polyfills (Chromium, Firefox, Safari of the last years need none).
    alias: { exceljs: src('node_modules/exceljs/dist/exceljs.bare.min.js') },
    define: { 'process.env.NODE_ENV': '"production"', __GOALPOST_DOCS_BASE__: '"docs/"' },
    plugins: [lazyMathPlugin('es2020'), fluentTokensPlugin()],
  });
  await copyFile(src('src/playground/index.html'), join(OUT, 'index.html'));
  await copyFile(src('src/playground/playground.css'), join(OUT, 'playground.css'));
  // The user's guide beside the page: the panel's "?" links open docs/<page>.md.
  await cp(src('docs'), join(OUT, 'docs'), { recursive: true });
  const sizes = [];
  for await (const f of files(OUT)) sizes.push(`${relative(dist(), f)} ${Math.round((await stat(f)).size / 1024)} KB`);
  console.log(`playground: ${sizes.sort().join(', ')}`);
}

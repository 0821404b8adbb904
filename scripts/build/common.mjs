// Shared helpers of the build steps.
import * as esbuild from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = (...p) => resolve(root, 'dist', ...p);
export const src = (...p) => resolve(root, ...p);

export async function write(file, text) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** Bundle a TypeScript module for Node and import it (used for code generation from the registry). */
export async function importTs(entry) {
  const outfile = resolve(root, 'node_modules/.cache/goalpost', entry.replace(/[/\\]/g, '_') + '.mjs');
  await esbuild.build({ entryPoints: [resolve(root, entry)], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

/** esbuild options every bundle shares. */
export const base = {
  bundle: true,
  logLevel: 'error',
  legalComments: 'none',
  charset: 'utf8',
};

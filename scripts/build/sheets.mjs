// The Google Sheets add-on: everything clasp pushes goes into dist/sheets. core.js (the core IIFE) and functions.js
// (the generated @customfunction wrappers) are written by functions.mjs; this step adds the project manifest.
import { copyFile } from 'node:fs/promises';
import { dist, src } from './common.mjs';

export async function build() {
  await copyFile(src('appsscript.json'), dist('sheets/appsscript.json'));
}

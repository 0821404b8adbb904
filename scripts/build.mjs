#!/usr/bin/env node
// npm run build: builds both add-ins into dist/excel and dist/sheets (and the playground into dist/playground), and
// regenerates the function reference docs/functions.md.
// Options: --base-url=https://host/path  base URL of the production Excel manifest (default https://localhost:3000).
import { rm } from 'node:fs/promises';
import { dist } from './build/common.mjs';
import { buildFunctions } from './build/functions.mjs';
import { buildDocs } from './build/docs.mjs';
import { build as buildExcel } from './build/excel.mjs';
import { build as buildSheets } from './build/sheets.mjs';
import { build as buildPlayground } from './build/playground.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => {
    const [k, ...v] = a.slice(2).split('=');
    return [k, v.length ? v.join('=') : true];
  }),
);

const started = Date.now();
await rm(dist(), { recursive: true, force: true });
await buildFunctions();
await buildDocs();
await buildExcel(args);
await buildSheets(args);
await buildPlayground(args);
console.log(`built dist/ in ${Date.now() - started} ms`);

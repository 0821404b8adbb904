#!/usr/bin/env node
// npm run build: builds both add-ins into dist/excel and dist/sheets (and the playground into dist/playground).
// Options: --base-url=https://host/path  base URL of the production Excel manifest (default https://localhost:3000).
import { rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dist, src } from './build/common.mjs';
import { buildFunctions } from './build/functions.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => {
    const [k, ...v] = a.slice(2).split('=');
    return [k, v.length ? v.join('=') : true];
  }),
);

const started = Date.now();
await rm(dist(), { recursive: true, force: true });
await buildFunctions();
// Each add-in shell has its own build step; they are loaded only when their sources exist.
for (const step of ['excel', 'sheets', 'playground']) {
  const file = src(`scripts/build/${step}.mjs`);
  if (existsSync(file)) {
    const mod = await import(`./build/${step}.mjs`);
    await mod.build(args);
  }
}
console.log(`built dist/ in ${Date.now() - started} ms`);

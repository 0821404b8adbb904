#!/usr/bin/env node
// npm run sideload -- --document <url of a workbook in Excel on the web>
// Sideloads manifest.xml into that workbook with office-addin-debugging (start npm start first, in another terminal,
// so that https://localhost:3000 is served).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const i = args.indexOf('--document');
const document = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--document='))?.slice('--document='.length);
if (!document || !/^https:\/\//.test(document)) {
  console.error(`Give the workbook to sideload into:
  npm run sideload -- --document https://<your-tenant>.sharepoint.com/:x:/r/.../Book.xlsx
(open the workbook in Excel on the web and copy its address). Keep "npm start" running in another terminal.`);
  process.exit(2);
}
const bin = resolve(root, 'node_modules/.bin/office-addin-debugging');
const r = spawnSync(bin, ['start', resolve(root, 'manifest.xml'), 'web', '--document', document, '--no-debug', '--dev-server-port', '3000'], { stdio: 'inherit' });
process.exit(r.status ?? 1);

#!/usr/bin/env node
// npm start: build both add-ins, serve the Excel add-in on https://localhost:3000 for sideloading, and start (and open)
// the local playground when it is built.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer, localOfficeJs } from './dev-server.mjs';
import { httpsOptions } from './certs.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const tls = await httpsOptions(root);
const excel = await startStaticServer({
  root: resolve(root, 'dist/excel'),
  port: Number(process.env.PORT ?? 3000),
  host: 'localhost',
  https: tls,
  mounts: { '/office/': resolve(root, 'node_modules/@microsoft/office-js/dist') },
  transform: localOfficeJs,
});
console.log(`
Excel add-in: ${excel.url}/taskpane.html (https via ${tls.how})
  Sideload: open a workbook in Excel on the web, Home > Add-ins > More add-ins > Upload My Add-in, choose
  ${resolve(root, 'manifest.xml')}; or run: npm run sideload -- --document <workbook url>
Sheets add-on: dist/sheets (deploy with npm run deploy:sheets)`);

const playgroundDir = resolve(root, 'dist/playground');
if (existsSync(resolve(playgroundDir, 'index.html'))) {
  const pg = await startStaticServer({ root: playgroundDir, port: Number(process.env.PLAYGROUND_PORT ?? 3001), host: 'localhost' });
  console.log(`Playground: ${pg.url}/`);
  if (!process.env.CI && (process.env.DISPLAY || process.platform === 'darwin')) {
    spawnSync(process.platform === 'darwin' ? 'open' : 'xdg-open', [`${pg.url}/`], { stdio: 'ignore' });
  }
} else {
  console.log('Playground: not built yet in this version.');
}
console.log('\nPress Ctrl+C to stop.');

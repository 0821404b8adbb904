#!/usr/bin/env node
// The export tests (test/export/libreoffice.test.ts) open the playground's .xlsx in LibreOffice Calc, headless. Install
// Debian's libreoffice-calc-nogui when `soffice` is missing, like ensure-chromium.mjs; never skip those tests silently:
// without LibreOffice this exits non-zero and says what to run.
import { execSync, spawnSync } from 'node:child_process';

export const SOFFICE = process.env.SOFFICE_PATH || 'soffice';

function version() {
  const r = spawnSync(SOFFICE, ['--headless', '--version'], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

let found = version();
if (!found) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`LibreOffice (${SOFFICE}) not found; installing Debian's libreoffice-calc-nogui${root ? '' : ' with sudo'}...`);
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc-nogui`, { stdio: 'inherit' });
  } catch {
    console.error(`Could not install LibreOffice. Install it yourself ("${sudo}apt-get install -y libreoffice-calc-nogui") or set SOFFICE_PATH, then run npm test again.`);
    process.exit(1);
  }
  found = version();
  if (!found) {
    console.error(`LibreOffice still does not start as ${SOFFICE}; the export tests cannot run.`);
    process.exit(1);
  }
}
console.log(`spreadsheet for tests: ${found}`);

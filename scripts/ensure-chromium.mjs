#!/usr/bin/env node
// Browser tests need Debian's Chromium (playwright cannot download its own browser here). Install it when missing;
// never skip the browser tests silently: without a browser this exits non-zero and says what to run.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function works() {
  if (!existsSync(CHROMIUM)) return false;
  return spawnSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--version'], { encoding: 'utf8' }).status === 0;
}

if (!works()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium package${root ? '' : ' with sudo'}...`);
  const sudo = root ? '' : 'sudo ';
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
  } catch {
    console.error(`Could not install Chromium. Install it yourself ("${sudo}apt-get install -y chromium") or set CHROMIUM_PATH, then run npm test again.`);
    process.exit(1);
  }
  if (!works()) {
    console.error(`Chromium still does not start from ${CHROMIUM}; the browser tests cannot run.`);
    process.exit(1);
  }
}
console.log(`browser for tests: ${CHROMIUM}`);

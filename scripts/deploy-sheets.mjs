#!/usr/bin/env node
// npm run deploy:sheets: build, then `clasp push` dist/sheets to the Apps Script project in .clasp.json.
// Without .clasp.json or without clasp credentials it stops and prints the exact commands to run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const clasp = resolve(root, 'node_modules/.bin/clasp');

const build = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const steps = [];
if (!existsSync(resolve(homedir(), '.clasprc.json'))) {
  steps.push('npx clasp login                      # signs clasp in to your Google account (opens a browser)');
  steps.push('# enable the Apps Script API once: https://script.google.com/home/usersettings');
}
const claspJson = resolve(root, '.clasp.json');
if (!existsSync(claspJson)) {
  steps.push('npx clasp create --type sheets --title Goalpost --rootDir dist/sheets   # a new spreadsheet with a bound script');
  steps.push('#   or, for an existing script: cp .clasp.json.example .clasp.json and put its script id in');
} else {
  const conf = JSON.parse(readFileSync(claspJson, 'utf8'));
  if (!conf.scriptId || conf.scriptId.startsWith('<')) steps.push('# put your script id into .clasp.json (Apps Script editor > Project settings > Script ID)');
  if (resolve(root, conf.rootDir ?? '.') !== resolve(root, 'dist/sheets')) steps.push('# set "rootDir": "dist/sheets" in .clasp.json');
}
if (steps.length) {
  console.error(`Not deployed: clasp needs set-up first. Run, in ${root}:\n\n  ${steps.join('\n  ')}\n\nthen: npm run deploy:sheets`);
  process.exit(2);
}
const push = spawnSync(clasp, ['push', '--force'], { cwd: root, stdio: 'inherit' });
process.exit(push.status ?? 1);

#!/usr/bin/env node
// npm run validate [-- path/to/manifest.xml]: an offline check of the Excel manifest.
// 1. xmllint against the Office manifest schemas in ../shared/schemas/office-manifest (structure);
// 2. the shared-runtime rules the schema cannot express (platforms.md): one resid for Runtime, the custom-functions
//    Page, FunctionFile and every ShowTaskpane action; SharedRuntime 1.1 the only requirement; namespace GOALS;
//    ReadWriteDocument; every URL https under one base URL.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const SCHEMA = resolve(root, '../shared/schemas/office-manifest/OfficeAppManifestV1_1.xsd');

function ensureXmllint() {
  if (spawnSync('xmllint', ['--version']).status === 0) return;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`xmllint is missing; installing Debian's libxml2-utils (${sudo}apt-get install -y libxml2-utils)...`);
  try {
    execFileSync('sh', ['-c', `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils`], { stdio: 'inherit' });
  } catch {
    throw new Error(`xmllint is needed: run "${sudo}apt-get install -y libxml2-utils" and try again.`);
  }
}

const all = (re, text) => [...text.matchAll(re)].map((m) => m[1]);

/** The checks beyond the schema; returns a list of problems (empty when fine). */
export function sharedRuntimeProblems(xml) {
  const problems = [];
  const runtime = all(/<Runtime\s+resid="([^"]+)"/g, xml);
  if (runtime.length !== 1) problems.push(`expected exactly one <Runtime resid=...>, found ${runtime.length}`);
  if (!/<Runtime\s+resid="[^"]+"\s+lifetime="long"/.test(xml)) problems.push('the Runtime must have lifetime="long"');
  const hostBody = /<Host\s+xsi:type="Workbook">([\s\S]*?)<\/Host>/.exec(xml)?.[1] ?? '';
  if (!/^\s*<Runtimes>/.test(hostBody)) problems.push('<Runtimes> must come first inside <Host xsi:type="Workbook">');
  const res = runtime[0];
  const page = /<Page>\s*<SourceLocation\s+resid="([^"]+)"/.exec(xml)?.[1];
  const functionFile = /<FunctionFile\s+resid="([^"]+)"/.exec(xml)?.[1];
  const taskpanes = all(/<Action\s+xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation\s+resid="([^"]+)"/g, xml);
  if (page !== res) problems.push(`the CustomFunctions Page uses resid "${page}", not the Runtime's "${res}"`);
  if (functionFile !== res) problems.push(`FunctionFile uses resid "${functionFile}", not the Runtime's "${res}"`);
  if (!taskpanes.length) problems.push('no ShowTaskpane action');
  for (const t of taskpanes) if (t !== res) problems.push(`a ShowTaskpane action uses resid "${t}", not the Runtime's "${res}"`);
  const sets = all(/<Set\s+Name="([^"]+)"/g, xml);
  if (sets.length !== 1 || sets[0] !== 'SharedRuntime' || !/<Set\s+Name="SharedRuntime"\s+MinVersion="1\.1"/.test(xml)) {
    problems.push(`Requirements must list only SharedRuntime 1.1 (found: ${sets.join(', ') || 'none'})`);
  }
  const nsRes = /<Namespace\s+resid="([^"]+)"/.exec(xml)?.[1];
  const ns = nsRes && new RegExp(`<bt:String\\s+id="${nsRes}"\\s+DefaultValue="([^"]+)"`).exec(xml)?.[1];
  if (ns !== 'GOALS') problems.push(`the custom-functions namespace must be GOALS, not ${ns ?? '(missing)'}`);
  const perm = /<Permissions>([^<]+)<\/Permissions>/.exec(xml)?.[1];
  if (perm !== 'ReadWriteDocument') problems.push(`Permissions must be ReadWriteDocument, not ${perm}`);
  const urls = all(/DefaultValue="(https?:\/\/[^"]+)"/g, xml).concat(all(/<AppDomain>([^<]+)<\/AppDomain>/g, xml));
  const origin = urls.length ? new URL(urls[0]).origin : '';
  for (const u of urls) {
    if (!u.startsWith('https://')) problems.push(`not https: ${u}`);
    else if (new URL(u).origin !== origin) problems.push(`not under the base URL ${origin}: ${u}`);
  }
  if (!/<FunctionName>refreshTrafficLights<\/FunctionName>/.test(xml)) problems.push('the Refresh traffic lights button must run refreshTrafficLights');
  return problems;
}

export function validate(file) {
  ensureXmllint();
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  const problems = r.status === 0 ? [] : [`schema: ${(r.stderr || r.stdout).trim()}`];
  if (r.status === 0) problems.push(...sharedRuntimeProblems(readFileSync(file, 'utf8')));
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(SCHEMA)) {
    console.error(`The manifest schemas are not at ${SCHEMA}; the project expects ../shared beside it.`);
    process.exit(1);
  }
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  let failed = false;
  for (const file of files.length ? files : [resolve(root, 'manifest.xml')]) {
    const problems = validate(file);
    if (problems.length) {
      failed = true;
      console.error(`${file}: INVALID\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    } else console.log(`${file}: valid (schema and shared-runtime rules)`);
  }
  process.exit(failed ? 1 : 0);
}

#!/usr/bin/env node
// npm run bench: prints every figure of ../shared/spec/quality.md with its budget; exits non-zero when one is missed.
// Run after `npm run build` (npm run bench builds first).
import { results } from './bench/report.mjs';

const sections = ['throughput', 'smart-vs-before', 'coldcall', 'calls-excel', 'calls-sheets', 'sizes'];
for (const s of sections) {
  const file = new URL(`./bench/${s}.mjs`, import.meta.url);
  console.log(`\n# ${s}`);
  await (await import(file.href)).run();
}
const missed = results.filter((r) => !r.ok);
console.log(`\n${results.length - missed.length} figures within budget, ${missed.length} missed`);
process.exit(missed.length ? 1 : 0);

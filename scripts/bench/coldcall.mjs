// The Sheets cold call: a fresh Node process loads every built Sheets .js file into one vm context and calls
// KPI_ATTAINMENT once, against a process that loads an empty script the same way. Every Sheets custom-function
// call loads the whole script project like this.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dist, root } from '../build/common.mjs';
import { atMost, equalTo, figure, median } from './report.mjs';

const CHILD = `
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');
const [dir, mode] = process.argv.slice(1);
const t0 = process.hrtime.bigint();
const context = vm.createContext({ console });
let result = null;
if (mode === 'empty') {
  vm.runInContext('', context, { filename: 'empty.js' });
} else {
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    vm.runInContext(fs.readFileSync(path.join(dir, f), 'utf8'), context, { filename: f });
  }
  result = context.KPI_ATTAINMENT(90, 100);
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const mathLoaded = mode === 'empty' ? false : context.GoalpostCore.mathLoaded();
process.stdout.write(JSON.stringify({ ms, result, mathLoaded }));
`;

function once(mode) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', CHILD, dist('sheets'), mode], { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`cold-call child failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), wall };
}

export async function run(rounds = 21) {
  const files = readdirSync(dist('sheets')).filter((f) => f.endsWith('.js'));
  const inside = { empty: [], full: [] };
  const wall = { empty: [], full: [] };
  let last;
  for (let i = 0; i < rounds; i++) {
    for (const mode of ['empty', 'full']) {
      const r = once(mode);
      inside[mode].push(r.ms);
      wall[mode].push(r.wall);
      if (mode === 'full') last = r;
    }
  }
  if (last.result !== 0.9) throw new Error(`cold call returned ${last.result}, not 0.9`);
  figure(`Sheets cold call: load ${files.length} files + KPI_ATTAINMENT, over empty (in process)`, median(inside.full) - median(inside.empty), 'ms', atMost(40, 'ms'));
  figure('Sheets cold call: whole process, over empty (median wall time)', median(wall.full) - median(wall.empty), 'ms', atMost(40, 'ms'));
  figure('Sheets cold call: mathjs initialised before KPI_EVAL', last.mathLoaded ? 1 : 0, '', equalTo(0, '= 0 (no)'));
}

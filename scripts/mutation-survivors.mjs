// Lists the mutants a Stryker JSON report says survived (or had no coverage), one line each, with the source line
// and the replacement, so the next test can aim at them: `node scripts/mutation-survivors.mjs [report.json ...]`.
// Without arguments it reads reports/mutation/mutation.json. Also prints the score per file.
// `--scores` prints only a Markdown table of the scores per file and per folder (for docs/developers.md).
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const args = process.argv.slice(2);
const scoresOnly = args.includes('--scores');
const reports = args.filter((a) => a !== '--scores');
if (reports.length === 0) reports.push('reports/mutation/mutation.json');

const LIVE = new Set(['Survived', 'NoCoverage']);
const COUNTED_KILLED = new Set(['Killed', 'Timeout']);

const rows = [];
for (const report of reports) {
  const { files } = JSON.parse(readFileSync(report, 'utf8'));
  for (const [fileName, file] of Object.entries(files)) {
    const lines = file.source.split('\n');
    const killed = file.mutants.filter((m) => COUNTED_KILLED.has(m.status)).length;
    const live = file.mutants.filter((m) => LIVE.has(m.status));
    const valid = killed + live.length;
    const score = valid === 0 ? 'n/a' : `${((100 * killed) / valid).toFixed(1)} %`;
    const count = (status) => file.mutants.filter((m) => m.status === status).length;
    rows.push({ fileName, killed: count('Killed'), timeout: count('Timeout'), survived: count('Survived'),
      noCoverage: count('NoCoverage'), ignored: count('Ignored') });
    if (scoresOnly) continue;
    console.log(`${fileName}: ${score} (${killed} killed, ${live.length} live, ${file.mutants.length} mutants)`);
    for (const m of live.sort((a, b) => a.location.start.line - b.location.start.line)) {
      const { start } = m.location;
      const source = lines[start.line - 1].trim().slice(0, 110);
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 90);
      console.log(`  ${start.line}:${start.column} ${m.status} ${m.mutatorName}: ${source}\n      -> ${replacement}`);
    }
  }
}

if (scoresOnly) {
  const pct = (r) => {
    const valid = r.killed + r.timeout + r.survived + r.noCoverage;
    return valid === 0 ? 'n/a' : `${((100 * (r.killed + r.timeout)) / valid).toFixed(1)} %`;
  };
  const line = (name, r) => `| ${name} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.ignored} | ${pct(r)} |`;
  console.log('| file | killed | timeout | survived | no coverage | ignored | score |\n|---|---|---|---|---|---|---|');
  const folders = new Map();
  for (const r of rows.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    console.log(line(r.fileName, r));
    const f = folders.get(dirname(r.fileName)) ?? { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
    for (const k of Object.keys(f)) f[k] += r[k];
    folders.set(dirname(r.fileName), f);
  }
  for (const [folder, r] of folders) console.log(line(`**${folder}/**`, r));
}

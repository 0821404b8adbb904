// Lists the mutants a Stryker JSON report says survived (or had no coverage), one line each, with the source line
// and the replacement, so the next test can aim at them: `node scripts/mutation-survivors.mjs [report.json ...]`.
// Without arguments it reads reports/mutation/mutation.json. Also prints the score per file.
import { readFileSync } from 'node:fs';

const reports = process.argv.slice(2);
if (reports.length === 0) reports.push('reports/mutation/mutation.json');

const LIVE = new Set(['Survived', 'NoCoverage']);
const COUNTED_KILLED = new Set(['Killed', 'Timeout']);

for (const report of reports) {
  const { files } = JSON.parse(readFileSync(report, 'utf8'));
  for (const [fileName, file] of Object.entries(files)) {
    const lines = file.source.split('\n');
    const killed = file.mutants.filter((m) => COUNTED_KILLED.has(m.status)).length;
    const live = file.mutants.filter((m) => LIVE.has(m.status));
    const valid = killed + live.length;
    const score = valid === 0 ? 'n/a' : `${((100 * killed) / valid).toFixed(1)} %`;
    console.log(`${fileName}: ${score} (${killed} killed, ${live.length} live, ${file.mutants.length} mutants)`);
    for (const m of live.sort((a, b) => a.location.start.line - b.location.start.line)) {
      const { start } = m.location;
      const source = lines[start.line - 1].trim().slice(0, 110);
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 90);
      console.log(`  ${start.line}:${start.column} ${m.status} ${m.mutatorName}: ${source}\n      -> ${replacement}`);
    }
  }
}

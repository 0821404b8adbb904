// Vectorised throughput: each per-row function and NPS over 1,000,000 cells against a plain JavaScript loop doing
// the bare arithmetic, measured in the same run (median of several rounds, alternating so drift hits both).
// Check-in functions: KPI_LATEST, KPI_SPARKLINE, KPI_PROJECTION over 1,000 KPIs and a 100,000-row log, against a
// plain loop that groups the log once (a Map from ID to its rows) and does the bare work per KPI.
import { importTs } from '../build/common.mjs';
import { atMost, figure, median } from './report.mjs';

const ROWS = 1000;
const COLS = 1000; // 1,000,000 cells

function matrix(fn) {
  const m = new Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    const row = new Array(COLS);
    for (let c = 0; c < COLS; c++) row[c] = fn(r, c);
    m[r] = row;
  }
  return m;
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  const out = fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (out === undefined) throw new Error('benchmark body returned nothing');
  return ms;
}

function compare(name, ours, plain, rounds = 7) {
  ours();
  plain(); // warm up both
  const a = [];
  const b = [];
  for (let i = 0; i < rounds; i++) {
    a.push(time(ours));
    b.push(time(plain));
  }
  const ratio = median(a) / median(b);
  figure(`throughput ${name} (ours ${median(a).toFixed(0)} ms / loop ${median(b).toFixed(0)} ms)`, ratio, 'x', atMost(2));
}

function mapMatrix(m, f) {
  const out = new Array(m.length);
  for (let r = 0; r < m.length; r++) {
    const row = m[r];
    const o = new Array(row.length);
    for (let c = 0; c < row.length; c++) o[c] = f(row[c], r, c);
    out[r] = o;
  }
  return out;
}

export async function run() {
  const { FUNCTION_BY_NAME } = await importTs('shared/functions/index.ts');
  const f = (n) => FUNCTION_BY_NAME.get(n).impl;
  const actual = matrix((r, c) => ((r * 7 + c * 13) % 200) + 1);
  const target = matrix(() => 150);
  const baseline = matrix(() => 10);
  const att = matrix((r, c) => ((r * 31 + c) % 150) / 100);
  const start = matrix(() => 46023);
  const end = matrix(() => 46387);
  const asOf = matrix((r, c) => 46023 + ((r + c) % 364) + 1);
  const scores = matrix((r, c) => (r * 3 + c * 7) % 11);

  compare('KPI_ATTAINMENT', () => f('KPI_ATTAINMENT')(actual, target, null, null),
    () => mapMatrix(actual, (a, r, c) => a / target[r][c]));
  compare('KPI_ATTAINMENT with baseline', () => f('KPI_ATTAINMENT')(actual, target, baseline, null),
    () => mapMatrix(actual, (a, r, c) => (a - baseline[r][c]) / (target[r][c] - baseline[r][c])));
  compare('KPI_STATUS', () => f('KPI_STATUS')(att, null, null),
    () => mapMatrix(att, (a) => (a >= 1 ? 'Green' : a >= 0.9 ? 'Yellow' : 'Red')));
  compare('KPI_PACE', () => f('KPI_PACE')(actual, target, start, end, asOf, null, null),
    () => mapMatrix(actual, (a, r, c) => (a / target[r][c]) / Math.min(1, (asOf[r][c] - start[r][c]) / (end[r][c] - start[r][c]))));
  compare('NPS', () => f('NPS')(scores), () => {
    let p = 0;
    let d = 0;
    let n = 0;
    for (const row of scores) for (const v of row) {
      n++;
      if (v >= 9) p++;
      else if (v <= 6) d++;
    }
    return (100 * (p - d)) / n;
  });

  await runTracking(f);

  // The SMART functions analyse text: there is no bare arithmetic to compare them with, so their speed is printed
  // as cells per second over 10,000 realistic statements, without a ratio budget.
  const goals = Array.from({ length: 10000 }, (_, i) => [
    ['Increase customer satisfaction by 20% within the next year', 'Increase sales', 'Reduce patient wait times from 30 to 24 minutes by Q3 2026 so that more patients are seen',
      'Improve production efficiency by 15% in the next year', 'Launch the new onboarding flow for 500 customers by 2026-06-30'][i % 5],
  ]);
  for (const name of ['SMART_SCORE', 'SMART_CHECK']) {
    const ms = median([0, 1, 2].map(() => time(() => f(name)(goals, null, null))));
    figure(`throughput ${name} (10,000 goal statements)`, Math.round(10000 / (ms / 1000)), 'cells/s');
  }
  // The wizard analyses on every keystroke: one 300-word statement must take well under a frame (16 ms).
  const { analyseGoal } = await importTs('shared/smart/analyser.ts');
  const long = Array.from({ length: 30 }, (_, i) => `Reduce wait times at clinic ${i} from 30 to 24 minutes by Q3 2026`).join(' and ');
  for (let i = 0; i < 20; i++) analyseGoal({ text: long });
  const per = median([0, 1, 2, 3, 4].map(() => time(() => {
    for (let i = 0; i < 100; i++) analyseGoal({ text: long + ' ' + i, today: 46082 });
    return 1;
  }) / 100));
  figure('SMART analyser, one 300-word statement', Math.round(per * 1000) / 1000, 'ms', atMost(16));
}

const KPIS = 1000;
const LOG_ROWS = 100000;

/** A log appended in date order: each day some KPIs check in (IDs as the sheet has them), values drifting up. */
function checkInLog() {
  const ids = new Array(LOG_ROWS);
  const dates = new Array(LOG_ROWS);
  const values = new Array(LOG_ROWS);
  for (let i = 0; i < LOG_ROWS; i++) {
    const k = (i * 7919) % KPIS; // every KPI 100 times, interleaved
    ids[i] = [`KPI-${String(k + 1).padStart(4, '0')}`];
    dates[i] = [46023 + Math.floor(i / 250)];
    values[i] = [k + ((i * 13) % 17) + i / 1000];
  }
  const kpis = Array.from({ length: KPIS }, (_, k) => [`KPI-${String(k + 1).padStart(4, '0')}`]);
  return { kpis, ids, dates, values };
}

/** The bare grouping: one Map from ID to its row numbers, in log order. */
function groupOnce(ids) {
  const groups = new Map();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i][0];
    const rows = groups.get(id);
    if (rows) rows.push(i);
    else groups.set(id, [i]);
  }
  return groups;
}

const BARS = '▁▂▃▄▅▆▇█';

export async function runTracking(f) {
  const { kpis, ids, dates, values } = checkInLog();
  const at = [[46387]];
  // Settle the heap after building the 100,000-row log and warm up the grouping, so that neither side of the first
  // comparison pays for the other's garbage.
  for (let i = 0; i < 5; i++) {
    f('KPI_LATEST')(kpis, ids, dates, values, null);
    groupOnce(ids);
  }

  compare('KPI_LATEST (1,000 KPIs, 100,000-row log)', () => f('KPI_LATEST')(kpis, ids, dates, values, null), () => {
    const groups = groupOnce(ids);
    return kpis.map(([k]) => {
      const rows = groups.get(k);
      let best = -1;
      let bd = -Infinity;
      for (const i of rows) if (dates[i][0] >= bd) { bd = dates[i][0]; best = i; }
      return [values[best][0]];
    });
  }, 21);
  compare('KPI_SPARKLINE (1,000 KPIs, 100,000-row log)', () => f('KPI_SPARKLINE')(kpis, ids, dates, values, null), () => {
    const groups = groupOnce(ids);
    return kpis.map(([k]) => {
      // The least a correct sparkline does: its KPI's check-ins in date order (checked; sorted only if needed), the last 12.
      let rows = groups.get(k);
      let inOrder = true;
      for (let j = 1; j < rows.length; j++) if (dates[rows[j]][0] < dates[rows[j - 1]][0]) { inOrder = false; break; }
      if (!inOrder) rows = rows.slice().sort((a, b) => dates[a][0] - dates[b][0]);
      const last = rows.slice(-12).map((i) => values[i][0]);
      const lo = Math.min(...last);
      const hi = Math.max(...last);
      return [last.map((v) => BARS[hi === lo ? 3 : Math.round((7 * (v - lo)) / (hi - lo))]).join('')];
    });
  }, 21);
  compare('KPI_PROJECTION (1,000 KPIs, 100,000-row log)', () => f('KPI_PROJECTION')(kpis, ids, dates, values, at), () => {
    const groups = groupOnce(ids);
    return kpis.map(([k]) => {
      const rows = groups.get(k);
      let mx = 0;
      let my = 0;
      for (const i of rows) { mx += dates[i][0]; my += values[i][0]; }
      mx /= rows.length;
      my /= rows.length;
      let sxx = 0;
      let sxy = 0;
      for (const i of rows) { const dx = dates[i][0] - mx; sxx += dx * dx; sxy += dx * (values[i][0] - my); }
      return [my + (sxy / sxx) * (at[0][0] - mx)];
    });
  }, 21);
}

/** The cascade template with `n` KPI rows (the example's, then generated ones), for the call-budget checks. */
import { planCascade } from '../../shared/templates/cascade';
import type { HostKind } from '../../shared/host/port';
import type { PlanCell, WorkbookPlan } from '../../shared/host/plan';

const NAMES = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review', Settings: 'Settings', Dashboard: 'Dashboard' };

/** `answers` NPS answers as well (the scale figure: 10,000 KPIs and 10,000 answers). */
export function cascadeWithKpis(n: number, host: HostKind, today = '2026-11-24', answers = 0): WorkbookPlan {
  const npsAnswers = answers ? Array.from({ length: answers }, (_, i) => (i * 7) % 11) : undefined;
  const addSheets = planCascade({ host, names: NAMES, today, exampleData: true, minKpiRows: n, npsAnswers });
  const block = addSheets.find((s) => s.name === 'KPIs')!.blocks[0];
  const width = block.cells[0].length;
  const examples = block.cells.slice(1).filter((r) => r[0] !== null).length;
  for (let i = examples; i < n; i++) {
    const input: PlanCell[] = [`K${i + 1}`, 'G1', `KPI ${i + 1}`, null, 'count', 'Lagging', 'Higher', 'Monthly', `Owner ${i % 40}`, 10, 20,
      10 + (i % 15), { date: '2026-01-01' }, { date: '2027-12-31' }];
    const existing = block.cells[i + 1]; // per-row flavours prepared the row with its formulas
    block.cells[i + 1] = existing ? [...input, ...existing.slice(input.length)] : [...input, ...Array(width - input.length).fill(null)];
  }
  return { addSheets };
}

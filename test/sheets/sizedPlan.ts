/** The cascade template with `n` KPI rows (the example's, then generated ones), for the call-budget checks. */
import { planApplyTemplate } from '../../shared/cascade/useCases';
import type { HostKind } from '../../shared/host/port';
import type { WorkbookPlan } from '../../shared/host/plan';

export function cascadeWithKpis(n: number, host: HostKind, today = '2026-11-24'): WorkbookPlan {
  const { plan } = planApplyTemplate({ sheetNames: [], values: {} }, { template: 'cascade', exampleData: true }, host, today);
  const kpis = plan.addSheets.find((s) => s.name === 'KPIs')!;
  const block = kpis.blocks[0];
  const data = block.cells.slice(1).filter((r) => r[0] !== null);
  for (let i = data.length; i < n; i++) {
    const row = [`K${i + 1}`, 'G1', `KPI ${i + 1}`, null, 'count', 'Lagging', 'Higher', 'Monthly', `Owner ${i % 40}`, 10, 20, 10 + (i % 15),
      { date: '2026-01-01' }, { date: '2027-12-31' }];
    if (host === 'sheets') block.cells.push([...row, ...Array(block.cells[0].length - row.length).fill(null)]);
    else block.cells[i + 1] = [...row, ...block.cells[i + 1]!.slice(row.length)];
  }
  return plan;
}

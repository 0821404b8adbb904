/** The wizard's KPI fields with stay-type targets (issue 11): At least / At most hold a level, so no direction conflict. */
import { describe, expect, it } from 'vitest';
import { directionProblem, emptyKpi, kpiFromForm } from '../../shared/ui/kpiFields';
import { planAddGoal } from '../../shared/cascade/useCases';

describe('KPI directions in the wizard', () => {
  it('flags Higher against a falling target, but never a level to hold', () => {
    const k = { ...emptyKpi(), name: 'Uptime', baseline: '99.95', target: '99.9' };
    expect(directionProblem({ ...k, direction: 'Higher' })).toMatch(/below the baseline/);
    expect(directionProblem({ ...k, direction: 'At least' })).toBeUndefined();
    expect(directionProblem({ ...k, direction: 'At most' })).toBeUndefined();
  });
  it('writes the stay-type direction and a daily frequency into the KPIs sheet', () => {
    const kpi = kpiFromForm({ ...emptyKpi(), name: 'Uptime', target: '0.999', direction: 'At least', frequency: 'Daily' });
    const { plan } = planAddGoal({ sheetNames: [], values: {} }, { statement: 'Keep uptime at least 99.9% every month of 2027', level: 'Team', kpis: [kpi!] }, 'playground', '2026-11-24');
    const kpis = plan.addSheets.find((s) => s.name === 'KPIs')!;
    const row = kpis.blocks[kpis.blocks.length - 1].cells[0];
    expect(row.slice(5, 8)).toEqual(['Lagging', 'At least', 'Daily']);
  });
});

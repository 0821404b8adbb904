/** The wizard's "Current value" reaches the KPIs sheet's Actual column through planAddGoal (NewKpi.actual). */
import { describe, expect, it } from 'vitest';
import { KPIS_HEADERS } from '../../shared/templates/layout';
import { planAddGoal } from '../../shared/cascade/useCases';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from '../templates/evaluatePlan';

const empty: WorkbookSnapshot = { sheetNames: [], values: {} };

describe('a KPI current value', () => {
  it('is written to the Actual column, and left empty when not given', () => {
    const goal = { statement: 'Reduce churn from 3% to 2% by Q3 2027', level: 'Team' as const, deadline: '2027-09-30',
      kpis: [{ name: 'Churn', baseline: 0.03, target: 0.02, actual: 0.027, direction: 'Lower' as const }, { name: 'Tickets' }] };
    const book = evaluatePlan(planAddGoal(empty, goal, 'excel', '2026-11-24').plan);
    const actual = KPIS_HEADERS.indexOf('Actual');
    expect(actual).toBe(11);
    expect(book.value('KPIs', 1, actual)).toBe(0.027);
    expect(book.value('KPIs', 2, actual) ?? '').toBe('');
  });
});

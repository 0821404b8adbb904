/**
 * Tracking over time in the template (issue 11): the KPIs read their latest check-in, last update, next update due,
 * confidence, trend and projection from the Check-ins sheet; compared with plain arithmetic written here, on the
 * playground flavour and on the Excel flavour with empty cells sent as null and as 0.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleData } from '../../shared/templates/exampleData';
import { KPIS_HEADERS } from '../../shared/templates/layout';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { serialFromParts } from '../../shared/functions/coerce';
import type { HostKind, WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from './evaluatePlan';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
const serial = (iso: string) => serialFromParts(...(iso.split('-').map(Number) as [number, number, number]));
const ex = exampleData(TODAY);
const BARS = '▁▂▃▄▅▆▇█';

/** Least squares by hand. */
function line(points: [number, number][], at: number) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const b = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return my + b * (at - mx);
}

const cases: [HostKind, 'null' | 'zero'][] = [['playground', 'null'], ['excel', 'null'], ['excel', 'zero']];
describe.each(cases)('the %s flavour with empty cells as %s', (host, emptyAs) => {
  // Built in a hook, not while the file is collected (see checks.test.ts).
  let book!: ReturnType<typeof evaluatePlan>;
  beforeAll(() => {
    book = evaluatePlan(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, host, TODAY).plan, { emptyAs });
  });

  it('reads each KPI\'s latest check-in, last update, confidence and trend from the log', () => {
    ex.kpis.forEach((k, i) => {
      const log = ex.checkIns.filter((c) => c.kpi === k.id).sort((a, b) => a.date.localeCompare(b.date));
      const last = log[log.length - 1];
      expect(book.value('KPIs', i + 1, K('Latest check-in')), k.id).toBe(last.value);
      expect(book.value('KPIs', i + 1, K('Last update')), k.id).toBe(serial(last.date));
      expect(book.value('KPIs', i + 1, K('Confidence')), k.id).toBe(last.confidence);
      const vs = log.slice(-12).map((c) => c.value);
      const [lo, hi] = [Math.min(...vs), Math.max(...vs)];
      const bars = vs.map((v) => (hi === lo ? '▄' : BARS[Math.round((7 * (v - lo)) / (hi - lo))])).join('');
      expect(book.value('KPIs', i + 1, K('Trend')), k.id).toBe(bars);
    });
  });

  it('shows one overdue KPI (K3, weekly, last checked in 20 days ago), with its next update due', () => {
    const overdue = ex.kpis.flatMap((k, i) => (book.value('KPIs', i + 1, K('Check')) === 'Overdue: check in' ? [k.id] : []));
    expect(overdue).toEqual(['K3']);
    const k3 = ex.kpis.findIndex((k) => k.id === 'K3') + 1;
    expect(book.value('KPIs', k3, K('Next update due'))).toBe(serial(TODAY) - 20 + 7);
  });

  it('projects K8 along its check-ins to the deadline, missing its target', () => {
    const i = ex.kpis.findIndex((k) => k.id === 'K8');
    const k8 = ex.kpis[i];
    const pts = ex.checkIns.filter((c) => c.kpi === 'K8').map((c): [number, number] => [serial(c.date), c.value]);
    const projected = line(pts, serial(k8.deadline));
    expect(book.value('KPIs', i + 1, K('Projected'))).toBeCloseTo(projected, 9);
    const pa = (projected - k8.baseline!) / (k8.target - k8.baseline!);
    expect(book.value('KPIs', i + 1, K('Projected attainment'))).toBeCloseTo(pa, 9);
    expect(pa).toBeLessThan(1);
    // A KPI with one check-in has no projection.
    const k2 = ex.kpis.findIndex((k) => k.id === 'K2') + 1;
    expect(book.value('KPIs', k2, K('Projected'))).toBe('');
  });

  it('leaves the tracking columns of empty rows empty', () => {
    for (let r = ex.kpis.length + 1; r <= ex.kpis.length + 20; r++) {
      for (const h of ['Latest check-in', 'Last update', 'Next update due', 'Confidence', 'Trend', 'Projected', 'Projected attainment'] as const) {
        expect(book.value('KPIs', r, K(h)), `${h} row ${r + 1}`).toBe('');
      }
    }
  });
});

describe('the actual follows the log', () => {
  it('a newer check-in becomes the KPI\'s actual and moves its attainment', () => {
    const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY);
    const log = plan.addSheets.find((s) => s.name === 'Check-ins')!;
    log.blocks[0].cells.push([{ date: TODAY }, 'K5', 10.5, 'At risk', 'Lost a key account', 'Head of sales']);
    const book = evaluatePlan(plan);
    const i = ex.kpis.findIndex((k) => k.id === 'K5') + 1;
    expect(book.value('KPIs', i, K('Latest check-in'))).toBe(10.5);
    expect(book.value('KPIs', i, K('Attainment'))).toBeCloseTo((10.5 - 10) / (11 - 10), 12);
    expect(book.value('KPIs', i, K('Confidence'))).toBe('At risk');
    // The typed Actual stays as it was: nothing in KPIs was rewritten.
    expect(book.value('KPIs', i, K('Actual'))).toBe(11.2);
  });
});

/**
 * The example data of the goal cascade (templates.md: "An option fills the template with example data drawn from
 * well-known cases ... so that a new user sees a working cascade with every status colour at once"). Every expected
 * value here is written by hand from the spec or worked out by hand (dates counted on the calendar), never computed by
 * the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { exampleData } from '../../shared/templates/exampleData';
import { judgeGoal } from '../../shared/smart/analyser';
import { CHECKINS_HEADERS, GOALS_HEADERS, KPIS_HEADERS } from '../../shared/templates/layout';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from './evaluatePlan';

const TODAY = '2026-11-24';
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };

describe('the example goals', () => {
  const ex = () => exampleData(TODAY);

  it('are the well-known cases: revenue, goods flow and customer satisfaction, with their teams and levels', () => {
    expect(ex().goals.map((g) => [g.id, g.level, g.parent, g.team, g.weight])).toEqual([
      ['G1', 'Company', '', 'Management', 2],
      ['G2', 'Department', 'G1', 'Production', 1],
      ['G3', 'Department', 'G1', 'Sales', 1],
      ['G4', 'Department', 'G1', 'Retail stores', 1],
      ['G5', 'Company', '', 'Operations', 1],
      ['G6', 'Department', 'G5', 'Receiving', 1],
      ['G7', 'Department', 'G5', 'Logistics', 1],
      ['G8', 'Department', 'G5', 'Stock control', 1],
      ['G9', 'Company', '', 'Customer service', 1],
      ['G10', 'Team', 'G9', 'Support', 1],
      ['G11', 'Team', 'G9', 'Clinic', 1],
      ['G12', 'Team', 'G4', 'Retail stores', 1],
    ]);
  });

  it('have unique IDs, parents that exist, and every shown text filled in', () => {
    const goals = ex().goals;
    const ids = goals.map((g) => g.id);
    expect(new Set(ids).size).toBe(12);
    for (const g of goals) {
      if (g.level === 'Company') expect(g.parent, g.id).toBe('');
      else expect(ids, g.id).toContain(g.parent);
      for (const field of ['team', 'owner', 'goal'] as const) expect(g[field].trim(), `${g.id} ${field}`).not.toBe('');
    }
    expect(new Set(goals.map((g) => g.owner)).size, 'each goal has its own owner').toBe(12);
  });

  it('name revenue, goods flow and customer satisfaction (NPS) in the company goals', () => {
    const text = (id: string) => ex().goals.find((g) => g.id === id)!.goal;
    expect(text('G1')).toMatch(/revenue by 10%/);
    expect(text('G5')).toMatch(/98% of orders on time/);
    expect(text('G9')).toMatch(/NPS from 25 to 40/);
  });

  it('read as measurable and time-bound to our own SMART check (G12 looks back: its deadline has passed)', () => {
    for (const g of ex().goals) {
      const a = judgeGoal({ text: g.goal });
      expect(a.criteria.measurable.met, `${g.id} measurable`).toBe('yes');
      // "by the end of last year" is a past deadline: the review example, meant so.
      expect(a.criteria.timeBound.met, `${g.id} time-bound`).toBe(g.id === 'G12' ? 'no' : 'yes');
      expect(a.score, g.id).toBe(g.id === 'G12' ? 4 : 5);
    }
  });
});

describe('the example dates follow today', () => {
  const cases = [
    // today, KPI start (207 days before), KPI deadline (45 days after): counted on the calendar by hand.
    { today: '2026-11-24', y: 2026, kpiStart: '2026-05-01', kpiDeadline: '2027-01-08' },
    { today: '2027-03-01', y: 2027, kpiStart: '2026-08-06', kpiDeadline: '2027-04-15' },
    // Leap years: the start runs back over 29 Feb 2028, the deadline runs forward over it.
    { today: '2028-03-10', y: 2028, kpiStart: '2027-08-16', kpiDeadline: '2028-04-24' },
    { today: '2028-02-15', y: 2028, kpiStart: '2027-07-23', kpiDeadline: '2028-03-31' },
  ];

  it.each(cases)('goals on $today start on 1 Jan and end this year, next year or mid next year; G12 last year', ({ today, y }) => {
    const dates = exampleData(today).goals.map((g) => [g.id, g.start, g.deadline]);
    const s = `${y}-01-01`, endOfYear = `${y}-12-31`, nextYear = `${y + 1}-12-31`, midNext = `${y + 1}-06-30`;
    expect(dates).toEqual([
      ['G1', s, nextYear], ['G2', s, midNext], ['G3', s, nextYear], ['G4', s, endOfYear], ['G5', s, nextYear],
      ['G6', s, midNext], ['G7', s, nextYear], ['G8', s, endOfYear], ['G9', s, nextYear], ['G10', s, midNext],
      ['G11', s, midNext], ['G12', `${y - 1}-01-01`, `${y - 1}-12-31`],
    ]);
  });

  it('spells the years out (2026 case written literally)', () => {
    const g = exampleData('2026-11-24').goals;
    expect([g[0].start, g[0].deadline, g[1].deadline, g[3].deadline, g[11].start, g[11].deadline])
      .toEqual(['2026-01-01', '2027-12-31', '2027-06-30', '2026-12-31', '2025-01-01', '2025-12-31']);
  });

  it.each(cases)('every KPI on $today runs from $kpiStart to $kpiDeadline', ({ today, kpiStart, kpiDeadline }) => {
    for (const k of exampleData(today).kpis) {
      expect(k.start, k.id).toBe(kpiStart);
      expect(k.deadline, k.id).toBe(kpiDeadline);
    }
  });
});

describe('the example KPIs', () => {
  const kpis = () => exampleData(TODAY).kpis;

  it('are K1..K14 under their goals, with direction, frequency, baseline, target and actual', () => {
    expect(kpis().map((k) => [k.id, k.goal, k.direction, k.frequency, k.baseline, k.target, k.actual])).toEqual([
      ['K1', 'G1', 'Higher', 'Monthly', 20, 22, 21.5],
      ['K2', 'G1', 'Higher', 'Monthly', null, 0.35, 0.33],
      ['K3', 'G2', 'Higher', 'Weekly', 1000, 1050, 1052],
      ['K4', 'G2', 'Higher', 'Weekly', 0.72, 0.8, 0.793],
      ['K5', 'G3', 'Higher', 'Monthly', 10, 11, 11.2],
      ['K6', 'G3', 'Higher', 'Weekly', null, 300, 270],
      ['K7', 'G4', 'Higher', 'Monthly', 42, 45.36, 45.5],
      ['K8', 'G6', 'Lower', 'Weekly', 48, 24, 30],
      ['K9', 'G7', 'Higher', 'Weekly', 0.91, 0.98, 0.975],
      ['K10', 'G8', 'Lower', 'Monthly', 40, 20, 18],
      ['K11', 'G9', 'Higher', 'Quarterly', 25, 40, { formula: 'NPS' }],
      ['K12', 'G10', 'Higher', 'Weekly', 0.8, 0.9, 0.86],
      ['K14', 'G10', 'Higher', 'Weekly', 0.6, 0.8, 0.7638],
      ['K13', 'G11', 'Lower', 'Weekly', 30, 24, 27],
    ]);
  });

  it('have every shown text filled in and a type of Leading or Lagging', () => {
    for (const k of kpis()) {
      for (const field of ['name', 'definition', 'unit', 'frequency', 'owner'] as const) expect(k[field].trim(), `${k.id} ${field}`).not.toBe('');
      expect(['Leading', 'Lagging'], k.id).toContain(k.type);
    }
    const types = kpis().map((k) => k.type);
    expect(types.filter((t) => t === 'Leading')).toHaveLength(3);
    expect(types.filter((t) => t === 'Lagging')).toHaveLength(11);
  });

  it('have the attainments noted beside them (worked by hand)', () => {
    // (actual - baseline) / (target - baseline); without a baseline actual / target. K11's actual is the NPS, 44.
    const byHand: Record<string, number> = {
      K1: 0.75, K2: 0.943, K3: 1.04, K4: 0.9125, K5: 1.2, K6: 0.9, K7: 1.0417, K8: 0.75, K9: 0.929, K10: 1.1,
      K11: 1.2667, K12: 0.6, K14: 0.819, K13: 0.5,
    };
    for (const k of kpis()) {
      const actual = typeof k.actual === 'number' ? k.actual : 44;
      const a = k.baseline !== null ? (actual - k.baseline) / (k.target - k.baseline) : actual / k.target;
      expect(a, k.id).toBeCloseTo(byHand[k.id], 3);
    }
  });
});

describe('the example NPS answers', () => {
  const answers = () => exampleData(TODAY).npsAnswers;

  it('are 50 answers from 0 to 10: 30 promoters, 12 passives, 8 detractors, NPS 44', () => {
    const a = answers();
    expect(a).toHaveLength(50);
    expect(a.every((x) => Number.isInteger(x) && x >= 0 && x <= 10)).toBe(true);
    const promoters = a.filter((x) => x >= 9).length;
    const passives = a.filter((x) => x === 7 || x === 8).length;
    const detractors = a.filter((x) => x <= 6).length;
    expect([promoters, passives, detractors]).toEqual([30, 12, 8]);
    expect((100 * (promoters - detractors)) / a.length).toBe(44);
  });
});

describe('the example check-ins', () => {
  const CFO = 'Chief financial officer';
  const HOP = 'Head of production';
  const RL = 'Receiving lead';
  const K1_NOTE = 'Q4 pipeline thinner than planned';
  const K3_NOTE = 'Second shift running';
  const K8_NOTE = 'Scanner roll-out slipped';

  it('are the whole log for 2026-11-24, in date order, dates counted by hand', () => {
    // K1: monthly, 30-day steps ending 3 days ago; K3: weekly, the last 20 days ago (overdue); K8: every 28 days ending
    // 2 days ago; every other KPI one check-in at its Actual 2 (Weekly), 9 (Monthly) or 30 (Quarterly) days ago.
    const log = exampleData(TODAY).checkIns.map((c) => [c.date, c.kpi, c.value, c.confidence, c.note, c.who]);
    expect(log).toEqual([
      ['2026-06-07', 'K8', 34, 'Off track', '', RL],
      ['2026-06-24', 'K1', 20.4, 'At risk', '', CFO],
      ['2026-07-05', 'K8', 33, 'Off track', '', RL],
      ['2026-07-24', 'K1', 20.6, 'At risk', '', CFO],
      ['2026-08-02', 'K8', 32, 'Off track', '', RL],
      ['2026-08-23', 'K1', 20.9, 'At risk', '', CFO],
      ['2026-08-30', 'K8', 31.5, 'Off track', '', RL],
      ['2026-09-22', 'K1', 21.1, 'At risk', '', CFO],
      ['2026-09-27', 'K8', 31, 'Off track', '', RL],
      ['2026-10-07', 'K3', 1010, 'On track', '', HOP],
      ['2026-10-14', 'K3', 1021, 'On track', '', HOP],
      ['2026-10-21', 'K3', 1030, 'On track', '', HOP],
      ['2026-10-22', 'K1', 21.3, 'At risk', '', CFO],
      ['2026-10-25', 'K8', 30.5, 'Off track', '', RL],
      ['2026-10-25', 'K11', 44, 'On track', '', 'Head of customer service'],
      ['2026-10-28', 'K3', 1044, 'On track', '', HOP],
      ['2026-11-04', 'K3', 1052, 'On track', K3_NOTE, HOP],
      ['2026-11-15', 'K2', 0.33, 'On track', '', CFO],
      ['2026-11-15', 'K5', 11.2, 'On track', '', 'Head of sales'],
      ['2026-11-15', 'K7', 45.5, 'On track', '', 'Retail manager'],
      ['2026-11-15', 'K10', 18, 'On track', '', 'Stock controller'],
      ['2026-11-21', 'K1', 21.5, 'At risk', K1_NOTE, CFO],
      ['2026-11-22', 'K8', 30, 'Off track', K8_NOTE, RL],
      ['2026-11-22', 'K4', 0.793, 'On track', '', 'Line lead'],
      ['2026-11-22', 'K6', 270, 'On track', '', 'Sales operations'],
      ['2026-11-22', 'K9', 0.975, 'On track', '', 'Logistics lead'],
      ['2026-11-22', 'K12', 0.86, 'On track', '', 'Support lead'],
      ['2026-11-22', 'K14', 0.7638, 'On track', '', 'Support lead'],
      ['2026-11-22', 'K13', 27, 'On track', '', 'Clinic manager'],
    ]);
  });

  it('move with today: 2027-03-01', () => {
    const log = exampleData('2027-03-01').checkIns;
    const dates = (kpi: string) => log.filter((c) => c.kpi === kpi).map((c) => c.date);
    const k1 = dates('K1'), k3 = dates('K3'), k8 = dates('K8');
    expect([k1.length, k1[0], k1[5]]).toEqual([6, '2026-09-29', '2027-02-26']);
    expect([k3.length, k3[0], k3[4]]).toEqual([5, '2027-01-12', '2027-02-09']);
    expect([k8.length, k8[0], k8[6]]).toEqual([7, '2026-09-12', '2027-02-27']);
    expect(dates('K2')).toEqual(['2027-02-20']);
    expect(dates('K4')).toEqual(['2027-02-27']);
    expect(dates('K11')).toEqual(['2027-01-30']);
  });

  it('move with today: 2028-03-10, over 29 February', () => {
    const log = exampleData('2028-03-10').checkIns;
    const last = (kpi: string) => log.filter((c) => c.kpi === kpi).at(-1)!.date;
    expect(['K1', 'K3', 'K8', 'K10', 'K13', 'K11'].map(last))
      .toEqual(['2028-03-07', '2028-02-19', '2028-03-08', '2028-03-01', '2028-03-08', '2028-02-09']);
  });

  it('end each series at its KPI\'s Actual, so the documented attainments hold', () => {
    const ex = exampleData(TODAY);
    for (const k of ex.kpis) {
      const mine = ex.checkIns.filter((c) => c.kpi === k.id);
      expect(mine.at(-1)!.value, k.id).toBe(typeof k.actual === 'number' ? k.actual : 44);
      expect(mine.every((c) => c.who === k.owner), k.id).toBe(true);
    }
  });
});

describe('the example key results, review and strategy', () => {
  const ex = () => exampleData(TODAY);

  it('are O1 "Delight our customers" with 5 committed key results and O2 "Run a lean warehouse" with 2 aspirational ones', () => {
    expect(ex().keyResults.map((r) => [r.objective, r.objectiveText, r.commitment, r.progress, r.weight])).toEqual([
      ['O1', 'Delight our customers', 'Committed', 0.8, 1],
      ['O1', '', 'Committed', 0.6, 1],
      ['O1', '', 'Committed', 1, 1],
      ['O1', '', 'Committed', 0.7, 1],
      ['O1', '', 'Committed', 0.9, 1],
      ['O2', 'Run a lean warehouse', 'Aspirational', 0.5, 2],
      ['O2', '', 'Aspirational', 1.2, 1],
    ]);
    for (const r of ex().keyResults) expect(r.keyResult.trim()).not.toBe('');
    expect(new Set(ex().keyResults.map((r) => r.keyResult)).size).toBe(7);
  });

  it('review G12 with every question answered', () => {
    const review = ex().review;
    expect(review).toHaveLength(1);
    expect(review[0].goal).toBe('G12');
    expect(review[0].keep).toBe('Yes');
    for (const [field, text] of Object.entries(review[0])) expect(text.trim(), field).not.toBe('');
    expect(Object.keys(review[0]).sort()).toEqual(['better', 'goal', 'keep', 'next', 'result', 'why', 'worked']);
  });

  it('have a mission and a vision', () => {
    const { mission, vision } = ex().strategy;
    expect(mission.trim()).not.toBe('');
    expect(vision.trim()).not.toBe('');
    expect(mission).not.toBe(vision);
  });
});

describe('the cascade with example data, as the user sees it (HyperFormula)', () => {
  let book: ReturnType<typeof evaluatePlan>;
  beforeAll(() => {
    book = evaluatePlan(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan);
  });
  const rows = (sheet: string, n: number) => book.values(sheet).slice(1, 1 + n);
  const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
  const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);

  it('shows every status colour among the KPIs and among the goals', () => {
    const kpiStatus = new Set(rows('KPIs', 14).map((r) => r[K('Status')]));
    const goalStatus = new Set(rows('Goals', 12).map((r) => r[G('Status')]));
    for (const c of ['Green', 'Yellow', 'Red']) {
      expect(kpiStatus, `KPIs ${c}`).toContain(c);
      expect(goalStatus, `Goals ${c}`).toContain(c);
    }
  });

  it('shows K11\'s Actual as the NPS of the answers, 44, and 50 responses on the NPS sheet', () => {
    const k11 = rows('KPIs', 14).find((r) => r[K('ID')] === 'K11')!;
    expect(k11[K('Actual')]).toBe(44);
    expect(k11[K('Latest check-in')]).toBe(44);
    const figure = (label: string) => book.values('NPS').find((r) => r[2] === label)?.[3];
    expect([figure('NPS'), figure('Responses'), figure('Promoters (9-10)'), figure('Passives (7-8)'), figure('Detractors (0-6)')])
      .toEqual([44, 50, 30, 12, 8]);
  });

  it('says SMART beside every goal but G12, whose deadline has passed', () => {
    const smart = rows('Goals', 12).map((r) => [r[G('ID')], r[G('SMART check')]]);
    for (const [id, check] of smart.slice(0, 11)) expect(check, String(id)).toBe('SMART');
    expect(smart[11]).toEqual(['G12', 'Missing: Time-bound (set a deadline in the future)']);
  });

  it('marks only K3 as overdue', () => {
    const overdue = rows('KPIs', 14).filter((r) => String(r[K('Check')]).startsWith('Overdue')).map((r) => r[K('ID')]);
    expect(overdue).toEqual(['K3']);
  });

  it('logs 29 check-ins with K1\'s last at 21.5', () => {
    const log = rows('Check-ins', 40).filter((r) => r[CHECKINS_HEADERS.indexOf('KPI ID')] !== null);
    expect(log).toHaveLength(29);
    const k1 = log.filter((r) => r[1] === 'K1').map((r) => r[2]);
    expect(k1).toEqual([20.4, 20.6, 20.9, 21.1, 21.3, 21.5]);
  });
});

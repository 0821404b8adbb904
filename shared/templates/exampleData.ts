/**
 * Example data for the goal cascade, from the well-known cases of templates.md: a revenue goal split into production,
 * sales and retail goals; a goods-flow goal split into receiving, logistics and stock control; a shared
 * customer-satisfaction goal measured by NPS, with support and clinic goals under it. The KPIs are chosen so that every
 * status colour occurs: Green, Yellow and Red, on attainment (noted beside each KPI) and on pace alike; their dates are
 * relative to today, so that stays true on any date.
 * Dates are relative to the year of `today`, so the example never looks stale.
 */
export interface ExampleGoal {
  id: string; level: string; parent: string; team: string; owner: string; goal: string; start: string; deadline: string; weight: number;
}
export interface ExampleKpi {
  id: string; goal: string; name: string; definition: string; unit: string; type: 'Leading' | 'Lagging'; direction: 'Higher' | 'Lower';
  frequency: string; owner: string; baseline: number | null; target: number; actual: number | { formula: 'NPS' }; start: string; deadline: string;
}
export interface ExampleKeyResult {
  objective: string; objectiveText: string; commitment: 'Committed' | 'Aspirational'; keyResult: string; progress: number; weight: number;
}

export interface ExampleCheckIn {
  date: string; kpi: string; value: number; confidence: 'On track' | 'At risk' | 'Off track'; note: string; who: string;
}

/** The ISO date `days` before an ISO date. */
function daysBefore(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - days * 86400000).toISOString().slice(0, 10);
}

/**
 * A few months of check-ins, ending at each KPI's Actual (so attainments stay as documented above): a revenue trend, a
 * weekly KPI last checked in 20 days ago (overdue), and a dock-to-stock time whose straight line misses its target.
 */
function exampleCheckIns(today: string, owner: (id: string) => string, others: [string, number, number][]): ExampleCheckIn[] {
  const series = (kpi: string, values: number[], lastDaysAgo: number, stepDays: number, confidence: ExampleCheckIn['confidence'], note: string) =>
    values.map((value, i) => ({
      date: daysBefore(today, lastDaysAgo + (values.length - 1 - i) * stepDays), kpi, value, confidence,
      note: i === values.length - 1 ? note : '', who: owner(kpi),
    }));
  // Every other KPI has one recent check-in at its Actual, within its period, so only K3 is overdue.
  const recent = (kpi: string, value: number, daysAgo: number) => series(kpi, [value], daysAgo, 0, 'On track', '');
  const all = [
    ...series('K1', [20.4, 20.6, 20.9, 21.1, 21.3, 21.5], 3, 30, 'At risk', 'Q4 pipeline thinner than planned'),
    ...series('K3', [1010, 1021, 1030, 1044, 1052], 20, 7, 'On track', 'Second shift running'),
    ...series('K8', [34, 33, 32, 31.5, 31, 30.5, 30], 2, 28, 'Off track', 'Scanner roll-out slipped'),
    ...others.map(([kpi, value, daysAgo]) => recent(kpi, value, daysAgo)).flat(),
  ];
  // In date order, as a log grows.
  return all.sort((a, b) => a.date.localeCompare(b.date));
}

export function exampleData(today: string) {
  const y = Number(today.slice(0, 4));
  const start = `${y}-01-01`;
  const endOfYear = `${y}-12-31`;
  const nextYear = `${y + 1}-12-31`;
  const midNext = `${y + 1}-06-30`;
  const past = `${y - 1}-12-31`;
  const goals: ExampleGoal[] = [
    { id: 'G1', level: 'Company', parent: '', team: 'Management', owner: 'Chief executive', goal: 'Increase revenue by 10% by the end of next year so that we can fund the new plant', start, deadline: nextYear, weight: 2 },
    { id: 'G2', level: 'Department', parent: 'G1', team: 'Production', owner: 'Head of production', goal: 'Produce 5% more units per week by mid next year to support the revenue goal', start, deadline: midNext, weight: 1 },
    { id: 'G3', level: 'Department', parent: 'G1', team: 'Sales', owner: 'Head of sales', goal: 'Increase sales revenue by 10% in the next year to support the revenue goal', start, deadline: nextYear, weight: 1 },
    { id: 'G4', level: 'Department', parent: 'G1', team: 'Retail stores', owner: 'Retail manager', goal: 'Increase average basket size by 8% by the end of the year', start, deadline: endOfYear, weight: 1 },
    { id: 'G5', level: 'Company', parent: '', team: 'Operations', owner: 'Chief operating officer', goal: 'Ship 98% of orders on time by the end of next year so that customers get what they ordered', start, deadline: nextYear, weight: 1 },
    { id: 'G6', level: 'Department', parent: 'G5', team: 'Receiving', owner: 'Receiving lead', goal: 'Reduce dock-to-stock time from 48 to 24 hours within six months', start, deadline: midNext, weight: 1 },
    { id: 'G7', level: 'Department', parent: 'G5', team: 'Logistics', owner: 'Logistics lead', goal: 'Raise on-time shipments from 91% to 98% by the end of next year', start, deadline: nextYear, weight: 1 },
    { id: 'G8', level: 'Department', parent: 'G5', team: 'Stock control', owner: 'Stock controller', goal: 'Cut inventory count errors by 50% by the end of the year', start, deadline: endOfYear, weight: 1 },
    { id: 'G9', level: 'Company', parent: '', team: 'Customer service', owner: 'Head of customer service', goal: 'Raise our NPS from 25 to 40 by the end of next year so that customers recommend us', start, deadline: nextYear, weight: 1 },
    { id: 'G10', level: 'Team', parent: 'G9', team: 'Support', owner: 'Support lead', goal: 'Resolve 90% of tickets within 24 hours by mid next year', start, deadline: midNext, weight: 1 },
    { id: 'G11', level: 'Team', parent: 'G9', team: 'Clinic', owner: 'Clinic manager', goal: 'Reduce patient wait times from 30 to 24 minutes within six months', start, deadline: midNext, weight: 1 },
    { id: 'G12', level: 'Team', parent: 'G4', team: 'Retail stores', owner: 'Store manager', goal: 'Launch the loyalty card in 20 stores by the end of last year', start: `${y - 1}-01-01`, deadline: past, weight: 1 },
  ];
  // Every KPI runs from 207 days before today to 45 days after, so 82 % of its time has passed whatever the date: its
  // status follows its pace (Settings' default while a KPI runs) and the example shows green, yellow and red all year.
  const kpiStart = daysBefore(today, 207);
  const kpiDeadline = daysBefore(today, -45);
  const k = (id: string, goal: string, name: string, definition: string, unit: string, type: ExampleKpi['type'], direction: ExampleKpi['direction'],
    frequency: string, owner: string, baseline: number | null, target: number, actual: ExampleKpi['actual']): ExampleKpi =>
    ({ id, goal, name, definition, unit, type, direction, frequency, owner, baseline, target, actual, start: kpiStart, deadline: kpiDeadline });
  const kpis: ExampleKpi[] = [
    k('K1', 'G1', 'Revenue', 'revenue', 'EUR M', 'Lagging', 'Higher', 'Monthly', 'Chief financial officer', 20, 22, 21.5), // 0.75 Red
    k('K2', 'G1', 'Gross margin', 'gross_profit / revenue', '%', 'Lagging', 'Higher', 'Monthly', 'Chief financial officer', null, 0.35, 0.33), // 0.943 Yellow
    k('K3', 'G2', 'Units per week', 'units_produced / weeks', 'units', 'Lagging', 'Higher', 'Weekly', 'Head of production', 1000, 1050, 1052), // 1.04 Green
    k('K4', 'G2', 'Overall equipment effectiveness', 'availability * performance * quality', '%', 'Leading', 'Higher', 'Weekly', 'Line lead', 0.72, 0.8, 0.793), // 0.9125 Yellow
    k('K5', 'G3', 'Sales revenue', 'sales', 'EUR M', 'Lagging', 'Higher', 'Monthly', 'Head of sales', 10, 11, 11.2), // 1.2 Green
    k('K6', 'G3', 'Qualified leads', 'leads_meeting_criteria', 'count', 'Leading', 'Higher', 'Weekly', 'Sales operations', null, 300, 270), // 0.9 Yellow
    k('K7', 'G4', 'Average basket size', 'sales / receipts', 'EUR', 'Lagging', 'Higher', 'Monthly', 'Retail manager', 42, 45.36, 45.5), // 1.04 Green
    k('K8', 'G6', 'Dock-to-stock time', 'hours from arrival to shelf', 'hours', 'Lagging', 'Lower', 'Weekly', 'Receiving lead', 48, 24, 30), // 0.75 Red
    k('K9', 'G7', 'On-time shipments', 'orders_on_time / orders', '%', 'Lagging', 'Higher', 'Weekly', 'Logistics lead', 0.91, 0.98, 0.975), // 0.929 Yellow
    k('K10', 'G8', 'Inventory count errors', 'miscounted locations per count', 'count', 'Lagging', 'Lower', 'Monthly', 'Stock controller', 40, 20, 18), // 1.1 Green
    k('K11', 'G9', 'Net Promoter Score', 'NPS of the survey on the NPS sheet', 'points', 'Lagging', 'Higher', 'Quarterly', 'Head of customer service', 25, 40, { formula: 'NPS' }), // NPS 44: 1.27 Green
    k('K12', 'G10', 'Tickets resolved within 24 hours', 'tickets_resolved_24h / tickets', '%', 'Lagging', 'Higher', 'Weekly', 'Support lead', 0.8, 0.9, 0.86), // 0.6 Red
    // Just under its thresholds: attainment 0.819, pace 0.99704, shown as 99.7 % in yellow (not 100 %).
    k('K14', 'G10', 'First-contact resolution', 'tickets_solved_first_contact / tickets', '%', 'Leading', 'Higher', 'Weekly', 'Support lead', 0.6, 0.8, 0.7638),
    k('K13', 'G11', 'Patient wait time', 'average minutes from check-in to treatment', 'minutes', 'Lagging', 'Lower', 'Weekly', 'Clinic manager', 30, 24, 27), // 0.5 Red
  ];
  // 30 promoters, 12 passives, 8 detractors: NPS = 100 * (30 - 8) / 50 = 44.
  const npsAnswers = [
    ...[10, 9, 10, 9, 10, 9, 10, 10, 9, 9, 10, 9, 10, 9, 10, 9, 10, 10, 9, 9, 10, 9, 10, 9, 10, 9, 10, 10, 9, 9],
    ...[8, 7, 8, 7, 8, 7, 8, 8, 7, 7, 8, 7],
    ...[6, 5, 3, 6, 4, 0, 6, 2],
  ];
  const keyResults: ExampleKeyResult[] = [
    { objective: 'O1', objectiveText: 'Delight our customers', commitment: 'Committed', keyResult: 'NPS of 40 in the quarterly survey', progress: 0.8, weight: 1 },
    { objective: 'O1', objectiveText: '', commitment: 'Committed', keyResult: 'Resolve 90% of tickets within 24 hours', progress: 0.6, weight: 1 },
    { objective: 'O1', objectiveText: '', commitment: 'Committed', keyResult: 'Launch the self-service help centre', progress: 1, weight: 1 },
    { objective: 'O1', objectiveText: '', commitment: 'Committed', keyResult: 'Answer 95% of chats within 2 minutes', progress: 0.7, weight: 1 },
    { objective: 'O1', objectiveText: '', commitment: 'Committed', keyResult: 'Publish 40 help articles', progress: 0.9, weight: 1 },
    { objective: 'O2', objectiveText: 'Run a lean warehouse', commitment: 'Aspirational', keyResult: 'Dock-to-stock time of 24 hours', progress: 0.5, weight: 2 },
    { objective: 'O2', objectiveText: '', commitment: 'Aspirational', keyResult: 'Halve inventory count errors', progress: 1.2, weight: 1 },
  ];
  const review = [{ goal: 'G12', result: 'Missed: launched in 14 of 20 stores', why: 'Card printing arrived two months late', worked: 'Staff training and the sign-up flow', better: 'Order cards a quarter earlier', keep: 'Yes', next: 'Launch in the last 6 stores by March' }];
  const strategy = {
    mission: 'We help growing companies make the right goods and get them to their customers on time.',
    vision: 'Every order arrives when promised, and every customer would recommend us.',
  };
  const others = kpis
    .filter((x) => !['K1', 'K3', 'K8'].includes(x.id))
    .map((x): [string, number, number] => [x.id, typeof x.actual === 'number' ? x.actual : 44, { Weekly: 2, Monthly: 9, Quarterly: 30 }[x.frequency as 'Weekly'] ?? 2]);
  const checkIns = exampleCheckIns(today, (id) => kpis.find((x) => x.id === id)!.owner, others);
  return { goals, kpis, npsAnswers, keyResults, review, strategy, checkIns };
}

/**
 * The goal tree, the review at the deadline and the next cycle (issue 12): the planning on snapshots (what Review lists,
 * the grade, the red rule, what Next cycle copies), and on the fakes of both hosts and the playground: a review is ONE
 * new Review row and a next cycle only new Goals and KPIs rows; every cell that was there stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  goalTree, listNextCycle, listReviews, nextPeriod, planApplyTemplate, planNextCycle, planReview, resultSummary, suggestedGrade,
} from '../shared/cascade/useCases';
import { serialFromParts } from '../shared/functions/coerce';
import type { WorkbookSnapshot } from '../shared/host/port';
import { GOALS_HEADERS, KPIS_HEADERS, REVIEW_HEADERS } from '../shared/templates/layout';
import { ExcelHost } from '../src/excel/excelHost';
import { createPlaygroundAdapter, sheetValues } from '../src/playground/adapter';
import { createPlaygroundPort } from '../src/playground/playgroundPort';
import { fakeExcel } from './excel/fakeExcel';
import { fakeSheetsServices } from './sheets/fakeSheets';
import { DIST, loadSheets } from './hosts/loaders';
import { newWorkbook } from './playground/helpers';
import { evaluatePlan } from './templates/evaluatePlan';

const TODAY = '2026-11-24';
/** Mid next year: G2, G6, G10, G11 (mid next year) and G4, G8 (end of this year) are past their deadline; G12 was reviewed. */
const LATER = '2027-07-15';
const serial = (iso: string) => serialFromParts(...(iso.split('-').map(Number) as [number, number, number]));
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);

/** A snapshot of a workbook with the template and example data, as the playground evaluates it. */
function appliedSnapshot(): WorkbookSnapshot {
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY);
  const book = evaluatePlan(plan);
  const values: WorkbookSnapshot['values'] = {};
  for (const s of plan.addSheets) values[s.name] = book.values(s.name).map((r) => r.map((v) => (v === null ? '' : typeof v === 'object' ? '#ERR' : v)));
  return { sheetNames: plan.addSheets.map((s) => s.name), values };
}
const snap = appliedSnapshot();
const clone = (s: WorkbookSnapshot): WorkbookSnapshot => JSON.parse(JSON.stringify(s));

describe('the goal tree', () => {
  it('lists each goal after its parent, with its depth, status and roll-up', () => {
    const t = goalTree(snap);
    expect(t.goals.map((g) => `${'.'.repeat(g.depth)}${g.id}`)).toEqual(['G1', '.G2', '.G3', '.G4', '..G12', 'G5', '.G6', '.G7', '.G8', 'G9', '.G10', '.G11']);
    expect(t.goals.find((g) => g.id === 'G6')).toMatchObject({ status: 'Red', rollup: 0.75, at: { sheet: 'Goals', row: 6, col: 0 } });
    expect(t.goals.find((g) => g.id === 'G12')?.status).toBeUndefined(); // no KPI: grey
    expect(t.message).toBeUndefined();
  });

  it('lists goals caught in a cycle of parent IDs as roots and says so; a missing parent makes a root', () => {
    const s = clone(snap);
    s.values.Goals[1][G('Parent ID')] = 'G2'; // G1 <-> G2
    s.values.Goals[5][G('Parent ID')] = 'G99';
    const t = goalTree(s);
    expect(t.goals).toHaveLength(12);
    expect(t.goals.filter((g) => g.depth === 0).map((g) => g.id)).toEqual(['G5', 'G9', 'G1']);
    expect(t.message).toMatch(/G1, G2, G3, G4, G12 go round in a cycle/);
  });

  it('says what to do without a cascade', () => {
    expect(goalTree(empty).message).toMatch(/apply the template first/);
  });
});

describe('Review: what it lists and what it writes', () => {
  it('grades a roll-up clamped to 0-1 and rounded to 0.1', () => {
    expect([1.3, 1, 0.96, 0.75, 0.749, 0.04, -0.2].map(suggestedGrade)).toEqual([1, 1, 1, 0.8, 0.7, 0, 0]);
    expect(suggestedGrade(undefined)).toBeUndefined();
    expect(resultSummary(0.754, 'Red')).toBe('75 % of target, Red at the deadline');
  });

  it('lists the goals past their deadline without a Review row, earliest deadline first', () => {
    const l = listReviews(snap, LATER);
    expect(l.goals.map((g) => g.id)).toEqual(['G4', 'G8', 'G2', 'G6', 'G10', 'G11']); // G12 has its row already
    expect(l.goals.find((g) => g.id === 'G6')).toMatchObject({ deadline: '2027-06-30', rollup: 0.75, status: 'Red', grade: 0.8, owner: 'Receiving lead' });
    expect(listReviews(snap, TODAY)).toMatchObject({ goals: [], message: expect.stringMatching(/No goal waits for a review/) });
    expect(listReviews(snap, '2027-06-30').goals.map((g) => g.id)).toEqual(['G4', 'G8']); // the deadline day itself is not past
  });

  it('refuses a red goal without an answer to why, and writes nothing', () => {
    expect(() => planReview(snap, { goalId: 'G6', worked: 'Scanners' }, 'playground', LATER)).toThrow(/G6 is red at its deadline: answer "Why did we succeed or fail\?"/);
    expect(() => planReview(snap, { goalId: 'G6', why: '   ' }, 'playground', LATER)).toThrow(/red/);
  });

  it('appends one row with the result at the deadline, the answers and the grade', () => {
    const { plan, result } = planReview(snap, { goalId: 'g6', why: 'Scanners came late', worked: 'Cross-docking', next: 'Finish the roll-out' }, 'sheets', LATER);
    expect(plan.addSheets).toEqual([]);
    expect(plan.writes).toEqual([{ sheet: 'Review', blocks: [{ row: 2, col: 0, cells: [['G6', null, null, '75 % of target, Red at the deadline', 'Scanners came late', 'Cross-docking', null, null, 'Finish the roll-out', 0.75, 'Red', 0.8]] }] }]);
    expect(result).toMatchObject({ goalId: 'G6', grade: 0.8 });
    expect(result.message).toMatch(/^Reviewed G6: 75 % of target, Red at the deadline; grade 0\.8/);
    // An edited grade and result are kept; a green goal needs no why.
    const g4 = planReview(snap, { goalId: 'G4', grade: 0.7, result: 'Met in 18 of 20 stores' }, 'playground', LATER).plan.writes![0].blocks[0].cells[0];
    expect([g4[3], g4[4], g4[REVIEW_HEADERS.indexOf('Grade')]]).toEqual(['Met in 18 of 20 stores', null, 0.7]);
  });

  it.each([
    [{ goalId: 'G4', grade: 1.2 }, /from 0\.0 to 1\.0/],
    [{ goalId: 'G4', grade: Number.NaN }, /from 0\.0 to 1\.0/],
    [{ goalId: 'G12', why: 'x' }, /reviewed already/],
    [{ goalId: 'G1', why: 'x' }, /has not passed yet/],
    [{ goalId: 'G404' }, /no goal G404/],
    [{ goalId: '' }, /Pick the goal/],
  ])('refuses %o', (review, message) => {
    expect(() => planReview(snap, review, 'playground', LATER)).toThrow(message);
  });

  it('asks for a grade when there is no roll-up to suggest one', () => {
    const s = clone(snap);
    s.values.Review = s.values.Review.map((r, i) => (i === 1 ? r.map(() => '') : r)); // G12 not reviewed yet
    expect(() => planReview(s, { goalId: 'G12' }, 'playground', LATER)).toThrow(/no roll-up .* give it a grade/);
    expect(planReview(s, { goalId: 'G12', grade: 0.7 }, 'playground', LATER).result.grade).toBe(0.7);
  });

  it('writes into the Excel table\'s first empty row, and appends to the table past its end with the formulas', () => {
    const s = clone(snap);
    s.tables = [{ name: 'GoalpostReview', sheet: 'Review', row: 0, rows: 3 }];
    const inside = planReview(s, { goalId: 'G4' }, 'excel', LATER).plan.writes![0].blocks[0];
    expect(inside.appendToTable).toBeUndefined();
    expect(inside.row).toBe(2);
    s.values.Review[2] = ['G8', '', '', 'Done', '', '', '', '', '', 1, 'Green', 1];
    const past = planReview(s, { goalId: 'G4' }, 'excel', LATER).plan.writes![0].blocks[0];
    expect(past.appendToTable).toBe('GoalpostReview');
    expect(past.cells[0][1]).toEqual({ formula: expect.stringContaining('VLOOKUP([@[Goal ID]]') });
  });

  it('gives a row past the prepared ones its Goal and Deadline formulas on the per-row flavours', () => {
    const s = clone(snap);
    for (let r = 2; r <= 60; r++) s.values.Review[r] = [`X${r}`, '', '', 'x'];
    const b = planReview(s, { goalId: 'G4' }, 'playground', LATER).plan.writes![0].blocks[0];
    expect(b.row).toBe(61);
    expect(b.cells[0][1]).toEqual({ formula: expect.stringMatching(/^=IF\(A62="",""/) });
  });
});

describe('Next cycle: what it copies', () => {
  it('follows a period with one as long, whole months staying whole months', () => {
    expect(nextPeriod('2026-01-01', '2026-12-31')).toEqual({ start: '2027-01-01', deadline: '2027-12-31' });
    expect(nextPeriod('2026-01-01', '2026-03-31')).toEqual({ start: '2026-04-01', deadline: '2026-06-30' });
    expect(nextPeriod('2026-01-01', '2027-06-30')).toEqual({ start: '2027-07-01', deadline: '2028-12-31' });
    expect(nextPeriod('2026-01-10', '2026-02-08')).toEqual({ start: '2026-02-09', deadline: '2026-03-10' }); // 30 days
  });

  it('ticks the reviewed goals past their deadline, or every goal past it when none is reviewed', () => {
    expect(listNextCycle(snap, LATER).goals.filter((g) => g.suggested).map((g) => g.id)).toEqual(['G12']);
    const s = clone(snap);
    s.values.Review[1] = s.values.Review[1].map(() => '');
    expect(listNextCycle(s, LATER).goals.filter((g) => g.suggested).map((g) => g.id)).toEqual(['G12', 'G4', 'G8', 'G2', 'G6', 'G10', 'G11']);
    const g2 = listNextCycle(s, LATER).goals.find((g) => g.id === 'G2')!;
    expect(g2).toMatchObject({ start: '2026-01-01', deadline: '2027-06-30', nextStart: '2027-07-01', nextDeadline: '2028-12-31', kpis: 2, pastDeadline: true });
  });

  it('copies goals and KPIs with new IDs, the next period, the last actual as baseline; parents inside the set follow', () => {
    const { plan, result } = planNextCycle(snap, ['G4', 'G12', 'G2'], 'playground', LATER);
    expect(result.goals).toEqual([{ from: 'G2', to: 'G13' }, { from: 'G4', to: 'G14' }, { from: 'G12', to: 'G15' }]);
    expect(result.kpis).toEqual([{ from: 'K3', to: 'K15' }, { from: 'K4', to: 'K16' }, { from: 'K7', to: 'K17' }]);
    expect(plan.addSheets).toEqual([]);
    expect(plan.writes!.map((w) => w.sheet)).toEqual(['Goals', 'KPIs']); // no check-ins, no other sheet
    const goals = plan.writes![0].blocks;
    expect(goals).toHaveLength(1);
    expect(goals[0].row).toBe(13); // right below G12
    expect(goals[0].cells.map((r) => [r[0], r[2], r[6], r[7]])).toEqual([
      ['G13', 'G1', { date: '2027-07-01' }, { date: '2028-12-31' }], // G1 is not copied: the parent stays
      ['G14', 'G1', { date: '2027-01-01' }, { date: '2027-12-31' }],
      ['G15', 'G14', { date: '2026-01-01' }, { date: '2026-12-31' }], // G4 is copied: its copy is the parent
    ]);
    expect(goals[0].cells[0][5]).toBe(snap.values.Goals[2][G('Goal')]);
    const kpis = plan.writes![1].blocks[0];
    expect(kpis.row).toBe(15); // right below the example's 14 KPIs
    const k15 = kpis.cells[0];
    expect([k15[0], k15[1], k15[2], k15[K('Baseline')], k15[K('Target')], k15[K('Actual')], k15[K('Start')], k15[K('Deadline')]])
      .toEqual(['K15', 'G13', 'Units per week', 1052, 1050, null, { date: '2027-07-01' }, { date: '2028-12-31' }]); // 1052: K3's latest check-in
  });

  it('writes dense blocks in Sheets (one call each), and appends past an Excel table\'s end with the calculated columns', () => {
    const sheets = planNextCycle(snap, ['G12'], 'sheets', LATER).plan.writes![0].blocks[0];
    expect(sheets.cells[0].every((c) => c !== null)).toBe(true);
    const s = clone(snap);
    s.tables = [{ name: 'GoalpostGoals', sheet: 'Goals', row: 0, rows: 14 }, { name: 'GoalpostKPIs', sheet: 'KPIs', row: 0, rows: 14 }];
    const x = planNextCycle(s, ['G2', 'G4'], 'excel', LATER).plan.writes!;
    expect(x[0].blocks.map((b) => [b.row, b.cells.length, b.appendToTable])).toEqual([[13, 1, undefined], [14, 1, 'GoalpostGoals']]);
    expect(x[0].blocks[1].cells[0]).toHaveLength(GOALS_HEADERS.length);
    expect(x[1].blocks.map((b) => [b.cells.length, b.appendToTable])).toEqual([[3, 'GoalpostKPIs']]);
  });

  it('refuses an empty choice, an unknown goal and a goal without a start', () => {
    expect(() => planNextCycle(snap, [], 'playground', LATER)).toThrow(/Choose the goals/);
    expect(() => planNextCycle(snap, ['G77'], 'playground', LATER)).toThrow(/no goal G77/);
    const s = clone(snap);
    s.values.Goals[4][G('Start')] = '';
    expect(() => planNextCycle(s, ['G4'], 'playground', LATER)).toThrow(/G4 has no start date/);
    expect(listNextCycle(s, LATER).goals.find((g) => g.id === 'G4')).toMatchObject({ suggested: false, problem: expect.stringMatching(/no start date/) });
  });
});

/** Every cell of every sheet, to compare before and after. */
const cellsOf = (sheets: { name: string; cells: Map<string, unknown> }[]) => new Map(sheets.map((s) => [s.name, new Map(s.cells)]));
/** The keys that changed or appeared, per sheet; a cell that was there and changed fails the test. */
function changed(before: Map<string, Map<string, unknown>>, sheets: { name: string; cells: Map<string, unknown> }[]) {
  const out: Record<string, string[]> = {};
  for (const s of sheets) {
    const was = before.get(s.name)!;
    for (const [k, v] of was) expect(s.cells.get(k), `${s.name} ${k}`).toEqual(v);
    const added = [...s.cells.keys()].filter((k) => !was.has(k));
    if (added.length) out[s.name] = added;
  }
  return out;
}
const rowsOf = (keys: string[]) => [...new Set(keys.map((k) => Number(k.split(',')[0])))];

describe('Excel: a review in at most 3 syncs, a next cycle too; nothing existing is written', () => {
  async function excel() {
    const x = fakeExcel();
    const host = new ExcelHost(x.run, () => TODAY);
    await host.applyTemplate({ template: 'cascade', exampleData: true });
    return { x, host: new ExcelHost(x.run, () => LATER) };
  }

  it('saves a review as one row of the Review table', async () => {
    const { x, host } = await excel();
    const list = await host.listReviews();
    expect(list.goals.map((g) => g.id)).toEqual(['G4', 'G8', 'G2', 'G6', 'G10', 'G11']);
    const before = cellsOf(x.ctx.sheets);
    x.ctx.syncs = 0;
    const r = await host.saveReview({ goalId: 'G4', grade: 0.9, why: '=1+1', next: 'Keep going' });
    expect(x.ctx.syncs).toBeLessThanOrEqual(3);
    expect(r.grade).toBe(0.9);
    const added = changed(before, x.ctx.sheets);
    expect(Object.keys(added)).toEqual(['Review']);
    expect(rowsOf(added.Review)).toEqual([2]);
    const review = x.ctx.sheets.find((s) => s.name === 'Review')!;
    expect(review.cells.get('2,0')).toBe('G4');
    expect(review.cells.get('2,4')).toBe('=1+1');
    expect(review.formulaCells.has('2,4')).toBe(false); // the answer stays text
    expect(review.cells.get(`2,${REVIEW_HEADERS.indexOf('Grade')}`)).toBe(0.9);
    expect((await host.listReviews()).goals.map((g) => g.id)).not.toContain('G4');
  });

  it('appends to the Review table past its prepared rows, with the Goal and Deadline formulas', async () => {
    const { x, host } = await excel();
    const table = x.ctx.tables.find((t) => t.name === 'GoalpostReview')!;
    const review = x.ctx.sheets.find((s) => s.name === 'Review')!;
    for (let r = 2; r < table.row + table.rows; r++) review.cells.set(`${r},0`, `X${r}`);
    const rowsBefore = table.rows;
    x.ctx.syncs = 0;
    x.ctx.writes = [];
    await host.saveReview({ goalId: 'G8', grade: 1, why: 'Counted every week' });
    expect(x.ctx.syncs).toBeLessThanOrEqual(3);
    expect(x.ctx.writes.filter((w) => !/^(select|activate)/.test(w))).toEqual(['table rows add||1']); // and the new row is shown
    expect(table.rows).toBe(rowsBefore + 1);
    const r = table.row + table.rows - 1;
    expect(review.cells.get(`${r},0`)).toBe('G8');
    expect(String(review.cells.get(`${r},1`))).toMatch(/VLOOKUP\(\[@\[Goal ID\]\]/);
  });

  it('refuses a red goal without why before writing anything', async () => {
    const { x, host } = await excel();
    const goals = x.ctx.sheets.find((s) => s.name === 'Goals')!;
    goals.cells.set(`6,${G('Status')}`, 'Red'); // G6's status as Excel calculates it (the fake does not calculate)
    goals.formulaCells.delete(`6,${G('Status')}`);
    x.ctx.writes = [];
    await expect(host.saveReview({ goalId: 'G6' })).rejects.toThrow(/G6 is red/);
    expect(x.ctx.writes).toEqual([]);
  });

  it('starts the next cycle in 3 syncs, only adding rows', async () => {
    const { x, host } = await excel();
    const before = cellsOf(x.ctx.sheets);
    x.ctx.syncs = 0;
    const r = await host.startNextCycle(['G2', 'G4', 'G12']);
    expect(x.ctx.syncs).toBeLessThanOrEqual(3);
    expect(r.goals.map((g) => g.to)).toEqual(['G13', 'G14', 'G15']);
    const added = changed(before, x.ctx.sheets);
    expect(Object.keys(added).sort()).toEqual(['Goals', 'KPIs']);
    expect(rowsOf(added.Goals)).toEqual([13, 14, 15]);
    const goals = x.ctx.sheets.find((s) => s.name === 'Goals')!;
    expect(goals.cells.get('15,2')).toBe('G14');
    expect(goals.cells.get(`13,${G('Start')}`)).toBe(serial('2027-07-01'));
  });
});

describe('Sheets: the same calls for 12 goals and for 1,000; only new rows', () => {
  function addon(extraGoals: number) {
    const fake = fakeSheetsServices(resolve(DIST, 'sheets'));
    const s = loadSheets(fake.globals);
    s.call('applyTemplate', { template: 'cascade', exampleData: true });
    const goals = fake.book.sheets.find((x) => x.name === 'Goals')!;
    // G4 and G8 ended last year (the fake's today is the real one); fillers below make the cascade bigger.
    const y = new Date().getFullYear() - 1;
    for (const r of [5, 9]) goals.getRange(r, G('Start') + 1, 1, 2).setValues([[`${y}-01-01`, `${y}-12-31`]]);
    for (let i = 0; i < extraGoals; i++) {
      goals.cells.set(goals.key(14 + i, 1), `G${13 + i}`);
      goals.cells.set(goals.key(14 + i, 6), `Filler goal ${i}`);
    }
    goals.maxRows = Math.max(goals.maxRows, 14 + extraGoals + 20);
    fake.counter.total = 0;
    fake.counter.byMethod = {};
    return { ...fake, goals, call: s.call };
  }

  it('saves a review with the same calls whatever the number of goals, touching nothing else', () => {
    const counts = [0, 988].map((n) => {
      const a = addon(n);
      const before = cellsOf(a.book.sheets);
      a.counter.total = 0;
      const r = a.call('saveReview', { goalId: 'G8', grade: 1, why: 'Counted every week' }) as { message: string };
      expect(r.message).toMatch(/^Reviewed G8/);
      const added = changed(before, a.book.sheets);
      expect(Object.keys(added)).toEqual(['Review']);
      expect(rowsOf(added.Review)).toEqual([3]);
      const review = a.book.sheets.find((x) => x.name === 'Review')!;
      // The fake does not calculate: the Goals sheet shows no roll-up, so the result says so and the grade is the one given.
      expect([1, 4, 5, 6, 12].map((c) => review.cells.get(review.key(3, c)))).toEqual(['G8', 'No roll-up (no KPI measured it)', 'Counted every week', undefined, 1]);
      return a.counter.total;
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('starts the next cycle with the same calls for one goal and for two with their KPIs', () => {
    const counts = [['G8'], ['G4', 'G8']].map((ids) => {
      const a = addon(0);
      const before = cellsOf(a.book.sheets);
      a.counter.total = 0;
      const r = a.call('startNextCycle', ids) as { goals: { to: string }[] };
      expect(r.goals).toHaveLength(ids.length);
      const added = changed(before, a.book.sheets);
      expect(Object.keys(added).sort()).toEqual(['Goals', 'KPIs']);
      expect(a.goals.cells.get(a.goals.key(14, 1))).toBe('G13');
      return a.counter.total;
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('lists the tree, the reviews and the next cycle from the server', () => {
    const a = addon(0);
    expect((a.call('goalTree') as { goals: { id: string }[] }).goals).toHaveLength(12);
    expect((a.call('listReviews') as { goals: { id: string }[] }).goals.map((g) => g.id)).toEqual(['G4', 'G8']);
    const cycle = a.call('listNextCycle') as { goals: { id: string; suggested: boolean }[] };
    expect(cycle.goals.filter((g) => g.suggested).map((g) => g.id)).toEqual(['G12']);
  });

  it('refuses a red goal without why', () => {
    const a = addon(0);
    a.goals.cells.set(a.goals.key(5, G('Status') + 1), 'Red');
    const review = a.book.sheets.find((x) => x.name === 'Review')!;
    const before = review.getLastRow();
    expect(() => a.call('saveReview', { goalId: 'G4' })).toThrow(/G4 is red/);
    expect(review.getLastRow()).toBe(before);
  });
});

describe('playground', () => {
  async function playground() {
    const wb = newWorkbook();
    wb.addSheet('Sheet1');
    await createPlaygroundPort(createPlaygroundAdapter(wb), () => TODAY).applyTemplate({ template: 'cascade', exampleData: true });
    return { wb, port: createPlaygroundPort(createPlaygroundAdapter(wb), () => LATER) };
  }

  it('saves a review below the last one; its Goal and Deadline formulas read the goal', async () => {
    const { wb, port } = await playground();
    const goalsBefore = JSON.stringify(sheetValues(wb, 'Goals'));
    await port.saveReview({ goalId: 'G6', why: 'Scanners came late' });
    const review = sheetValues(wb, 'Review');
    expect(review[2].slice(0, 5)).toEqual(['G6', snap.values.Goals[6][G('Goal')], serial('2027-06-30'), '75 % of target, Red at the deadline', 'Scanners came late']);
    expect(review[2].slice(9)).toEqual([0.75, 'Red', 0.8]);
    expect(review[1][0]).toBe('G12'); // the example review is untouched
    expect(JSON.stringify(sheetValues(wb, 'Goals'))).toBe(goalsBefore);
    await expect(port.saveReview({ goalId: 'G10' })).rejects.toThrow(/G10 is red/);
    expect((await port.listReviews()).goals.map((g) => g.id)).toEqual(['G4', 'G8', 'G2', 'G10', 'G11']);
  });

  it('applies the next cycle: the copies roll up from their KPIs, the finished goals stay as they were', async () => {
    const { wb, port } = await playground();
    const before = sheetValues(wb, 'Goals').slice(0, 13).map((r) => r.slice(0, 9));
    const r = await port.startNextCycle(['G4', 'G12']);
    expect(r.goals).toEqual([{ from: 'G4', to: 'G13' }, { from: 'G12', to: 'G14' }]);
    const goals = sheetValues(wb, 'Goals');
    expect(goals.slice(0, 13).map((x) => x.slice(0, 9))).toEqual(before);
    expect(goals[13].slice(0, 3)).toEqual(['G13', 'Department', 'G1']);
    expect(goals[14].slice(0, 3)).toEqual(['G14', 'Team', 'G13']);
    const kpis = sheetValues(wb, 'KPIs');
    const k15 = kpis.find((x) => x[0] === 'K15')!;
    expect([k15[1], k15[K('Baseline')], k15[K('Actual')], k15[K('Latest check-in')]]).toEqual(['G13', 45.5, '', '']);
    const tree = await port.goalTree();
    expect(tree.goals.filter((g) => g.id === 'G13' || g.id === 'G14').map((g) => g.depth)).toEqual([1, 2]);
    expect((await port.listNextCycle()).goals.find((g) => g.id === 'G4')?.carriedOnAs).toBe('G13');
  });
});

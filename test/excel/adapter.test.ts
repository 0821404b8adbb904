import { describe, expect, it, vi } from 'vitest';
import { ExcelHost, today } from '../../src/excel/excelHost';
import { queuePlan, readSnapshot } from '../../src/excel/adapter';
import { sheetsToRead } from '../../shared/cascade/useCases';
import { CF_MARKER } from '../../shared/host/plan';
import { cascadeWithKpis } from '../sheets/sizedPlan';
import { exampleData } from '../../shared/templates/exampleData';
import { fakeExcel, PropertyNotLoaded, type FakeCf, type FakeContext } from './fakeExcel';

const TODAY = '2026-11-24';
const host = (ctx: ReturnType<typeof fakeExcel>) => new ExcelHost(ctx.run, () => TODAY);
const ours = (cfs: FakeCf[]) => cfs.filter((c) => c.custom.rule.formula.includes(CF_MARKER));
const sheet = (ctx: FakeContext, name: string) => ctx.sheets.find((s) => s.name === name)!;

describe('the fake is faithful where it matters', () => {
  it('throws PropertyNotLoaded for a read before load and sync', async () => {
    const { ctx } = fakeExcel();
    ctx.seed('Data', [[1]]);
    expect(() => ctx.workbook.worksheets.items).toThrow(PropertyNotLoaded);
    ctx.workbook.worksheets.load('items/name');
    expect(() => ctx.workbook.worksheets.items).toThrow(PropertyNotLoaded);
    await ctx.sync();
    expect(ctx.workbook.worksheets.items.map((s) => s.name)).toEqual(['Data']);
  });
});

describe('the Excel adapter', () => {
  it('applies the template beside a user KPIs sheet, changing nothing of it, in at most 3 syncs', async () => {
    const x = fakeExcel();
    const user = x.ctx.seed('KPIs', [['My KPI', 'Value'], ['Churn', 0.03]]);
    const userCf = new (Object.getPrototypeOf(x.ctx.workbook.worksheets.getItem('KPIs').getRange().conditionalFormats).constructor)(x.ctx, user, 'B2').add('ColorScale');
    const before = JSON.stringify([...user.cells]);
    x.ctx.writes = [];
    const r = await host(x).applyTemplate({ template: 'cascade', exampleData: true });
    expect(x.ctx.syncs).toBeLessThanOrEqual(3);
    expect(r.sheets).toContain('KPIs (2)');
    expect(JSON.stringify([...user.cells])).toBe(before);
    expect(user.cfs).toEqual([userCf]);
    expect(x.ctx.writes.filter((w) => w.split('|')[1] === 'KPIs')).toEqual([]);
    const k2 = sheet(x.ctx, 'KPIs (2)');
    // A calculated column in structured references, filled down the whole table (Range.autoFill).
    // The current value is the latest check-in, or the Actual typed in while there is none.
    const attainment = '=GOALS.KPI_ATTAINMENT(IF([@[Latest check-in]]="",IF([@[Actual]]="","",[@[Actual]]),[@[Latest check-in]]),' +
      'IF([@[Target]]="","",[@[Target]]),IF([@[Baseline]]="","",[@[Baseline]]),IF([@[Direction]]="","",[@[Direction]]))';
    expect(k2.cells.get('1,14')).toBe(attainment);
    const kTable = x.ctx.tables.find((t) => t.sheet === k2)!;
    expect(kTable.name).toBe('GoalpostKPIs2');
    expect(k2.cells.get(`${kTable.rows - 1},14`)).toBe(attainment);
    expect(k2.cells.get('1,0')).toBe('K1');
    expect(k2.tablesAdded).toHaveLength(1);
    expect(ours(k2.cfs)).toHaveLength(6);
    expect(x.ctx.suspended).toBe(1);
  });

  it('gives our tables free names when the workbook has a table of the same name on another sheet', async () => {
    const x = fakeExcel();
    const data = x.ctx.seed('Data', [['ID'], ['x']]);
    x.ctx.tables.push({ name: 'GoalpostKPIs', sheet: data, row: 0, col: 0, rows: 2, cols: 1 });
    await host(x).applyTemplate({ template: 'cascade', exampleData: false });
    expect(x.ctx.tables.map((t) => `${t.sheet.name}:${t.name}`)).toEqual(expect.arrayContaining(['Data:GoalpostKPIs', 'KPIs:GoalpostKPIs_2', 'Goals:GoalpostGoals']));
    // The roll-up engine beside the Goals table reads our KPIs table, not the user's.
    expect(sheet(x.ctx, 'Goals').cells.get('1,25')).toContain('GoalpostKPIs_2[[Attainment]]');
  });

  it('appends wizard goals below a full table as new table rows, with their formulas', async () => {
    const x = fakeExcel();
    const h = host(x);
    await h.applyTemplate({ template: 'cascade', exampleData: false });
    const goalsTable = x.ctx.tables.find((t) => t.name === 'GoalpostGoals')!;
    const prepared = goalsTable.rows - 1;
    for (let i = 0; i < prepared + 2; i++) await h.addGoal({ statement: `Cut costs by ${i + 1}% by 2027-12-31`, level: 'Company', kpis: [{ name: 'Cost', target: 1 }] });
    expect(goalsTable.rows).toBe(prepared + 3); // two rows appended: the table grew by them
    const goals = sheet(x.ctx, 'Goals');
    const last = goalsTable.rows - 1;
    expect(goals.cells.get(`${last},0`)).toBe(`G${prepared + 2}`);
    expect(String(goals.cells.get(`${last},10`))).toMatch(/^=IF\(\[@\[ID\]\]="","",INDEX\(\$Z:\$Z,ROW\(\)\)\)$/);
    const kpis = x.ctx.tables.find((t) => t.name === 'GoalpostKPIs')!;
    expect(kpis.rows - 1).toBeGreaterThanOrEqual(prepared + 2);
  });

  it('never leaves a half-built template: a request that fails part-way is undone, the user sheets stay', async () => {
    const x = fakeExcel();
    const user = x.ctx.seed('KPIs', [['My KPI', 'Value'], ['Churn', 0.03]]);
    const before = JSON.stringify([...user.cells]);
    x.ctx.failNextSyncAt = 60; // the write request fails at its 61st operation, after sheets and tables were added
    const h = host(x);
    await expect(h.applyTemplate({ template: 'cascade', exampleData: true })).rejects.toThrow(/removed, so your workbook is as it was/);
    expect(x.ctx.sheets.map((s) => s.name)).toEqual(['KPIs']);
    expect(x.ctx.tables).toEqual([]);
    expect(JSON.stringify([...user.cells])).toBe(before);
    // ...and a second try works.
    await h.applyTemplate({ template: 'cascade', exampleData: true });
    expect(x.ctx.sheets.map((s) => s.name)).toContain('Goals');
  });

  it('writes text that begins with = as literal text', async () => {
    const x = fakeExcel();
    await host(x).addGoal({ statement: '=WEBSERVICE("http://x") Cut costs by 5% by Q3 2027', level: 'Company', kpis: [] });
    const write = x.ctx.formulaWrites.find((w) => w.sheet === 'Goals' && w.row === 1 && w.m[0][0] === "'G1")!;
    expect(write.m[0][5]).toBe('\'=WEBSERVICE("http://x") Cut costs by 5% by Q3 2027');
  });

  it('refreshes ten times: one set of our rules, the user rule kept, at most 3 syncs each, as-of moved', async () => {
    const x = fakeExcel();
    const h = host(x);
    await h.applyTemplate({ template: 'cascade', exampleData: true });
    const goals = sheet(x.ctx, 'Goals');
    const userCf = x.ctx.workbook.worksheets.getItem('Goals').getRangeByIndexes(1, 0, 10, 1).conditionalFormats.add('Custom');
    userCf.custom.rule.formula = '=A2="G1"';
    for (let i = 0; i < 10; i++) {
      x.ctx.syncs = 0;
      await new ExcelHost(x.run, () => '2027-01-15').refreshTrafficLights();
      expect(x.ctx.syncs).toBeLessThanOrEqual(3);
    }
    expect(ours(goals.cfs)).toHaveLength(3);
    expect(goals.cfs).toContain(userCf);
    expect(ours(sheet(x.ctx, 'KPIs').cfs)).toHaveLength(6);
    expect(sheet(x.ctx, 'Settings').cells.get('5,1')).toBe(46402); // 2027-01-15
  });

  it('needs at most 3 syncs for 100 and for 1,000 KPI rows', async () => {
    for (const n of [100, 1000]) {
      const x = fakeExcel();
      const { snapshot } = await readSnapshot(x.ctx as unknown as Excel.RequestContext, sheetsToRead);
      queuePlan(x.ctx as unknown as Excel.RequestContext, cascadeWithKpis(n, 'excel'), snapshot.sheetNames);
      await x.ctx.sync();
      expect(x.ctx.syncs, `${n} rows`).toBeLessThanOrEqual(3);
      expect(sheet(x.ctx, 'KPIs').cells.get(`${n},0`)).toBe(`K${n}`);
      x.ctx.syncs = 0;
      await host(x).refreshTrafficLights();
      expect(x.ctx.syncs).toBeLessThanOrEqual(3);
    }
  });

  it('adds goals into empty rows only, lists and checks them, and selects a cell', async () => {
    const x = fakeExcel();
    const h = host(x);
    await h.applyTemplate({ template: 'cascade', exampleData: true });
    const r = await h.addGoal({ statement: 'Hire 3 analysts by Q2 2027', level: 'Team', parentId: 'G1', kpis: [{ name: 'Analysts hired', target: 3 }] });
    expect(r).toMatchObject({ goalId: 'G13', kpiIds: ['K15'] });
    expect(sheet(x.ctx, 'Goals').cells.get('13,0')).toBe('G13');
    expect((await h.listGoals()).map((g) => g.id)).toContain('G13');
    expect((await h.checkGoals()).map((f) => f.message)).toContain('G12 has no KPI: add one that measures it.');
    await h.selectCell({ sheet: 'KPIs', row: 3, col: 8 });
    expect(x.ctx.selected).toEqual({ sheet: 'KPIs', row: 3, col: 8 });
  });
});

describe('the Excel host reads the cascade back', () => {
  it('lists the cascade, the goal tree as the example data nests it, and the goals for the next cycle by the clock', async () => {
    const x = fakeExcel();
    await host(x).applyTemplate({ template: 'cascade', exampleData: true });
    const ex = exampleData(TODAY);
    expect((await host(x).listCascades()).map((c) => c.goals)).toEqual(['Goals']);

    // Depth worked from the example's parent column, independently of the tree code.
    const depthOf = (id: string): number => {
      const parent = ex.goals.find((g) => g.id === id)!.parent;
      return parent ? 1 + depthOf(parent) : 0;
    };
    const tree = await host(x).goalTree();
    expect(tree.goals.map((g) => g.id).sort()).toEqual(ex.goals.map((g) => g.id).sort());
    for (const g of tree.goals) expect(g.depth, g.id).toBe(depthOf(g.id));

    // By the host's clock: on the template's day the example's overdue goals are past their deadline; years later all are.
    const pastOn = async (day: string) => (await new ExcelHost(x.run, () => day).listNextCycle()).goals.filter((g) => g.pastDeadline).map((g) => g.id).sort();
    const dueToday = ex.goals.filter((g) => g.deadline < TODAY).map((g) => g.id).sort();
    expect(dueToday.length).toBeGreaterThan(0);
    expect(await pastOn(TODAY)).toEqual(dueToday);
    expect(await pastOn('2040-01-01')).toEqual(ex.goals.map((g) => g.id).sort());
  });
});

describe('the Excel host\'s own clock', () => {
  it('gives today as YYYY-MM-DD in local time, month and day on two digits', () => {
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(today(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
    expect(today(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
  });

  it('dates a refresh by the computer\'s date when no clock is given', async () => {
    const x = fakeExcel();
    await host(x).applyTemplate({ template: 'cascade', exampleData: true });
    vi.useFakeTimers({ toFake: ['Date'] }); // only Date: the fake's requests still run on real timers
    try {
      vi.setSystemTime(new Date(2027, 0, 15, 10, 30));
      const r = await new ExcelHost(x.run).refreshTrafficLights();
      expect(r.asOf).toBe('2027-01-15');
    } finally {
      vi.useRealTimers();
    }
    expect(sheet(x.ctx, 'Settings').cells.get('5,1')).toBe(46402); // 2027-01-15: 46023 (2026-01-01) + 365 + 14
  });
});

describe('the Excel host when Excel refuses a write', () => {
  /** Excel failing the n-th request of what follows, at its first operation (the fake's failNextSyncAt). */
  const failRequest = (x: ReturnType<typeof fakeExcel>, n: number) => {
    const sync = x.ctx.sync.bind(x.ctx);
    let sent = 0;
    x.ctx.sync = () => {
      if (++sent === n) x.ctx.failNextSyncAt = 0;
      return sync();
    };
  };

  it('passes Excel\'s own error on, untouched, when the plan added no sheet', async () => {
    const x = fakeExcel();
    const h = host(x);
    await h.applyTemplate({ template: 'cascade', exampleData: true });
    const sheetsBefore = x.ctx.sheets.map((s) => s.name);
    x.ctx.writes = [];
    failRequest(x, 3); // names, values, then the write
    const err = await h.addGoal({ statement: 'Hire 3 analysts by Q2 2027', level: 'Team', kpis: [] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'GeneralException', message: 'An internal error has occurred.' });
    expect(x.ctx.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(x.ctx.writes.filter((w) => w.startsWith('delete sheet'))).toEqual([]);
  });

  it('names Excel\'s message when it removes the sheets a failed template had added', async () => {
    const x = fakeExcel();
    failRequest(x, 2); // names (nothing else to read in an empty workbook), then the write
    await expect(host(x).applyTemplate({ template: 'cascade', exampleData: true })).rejects.toThrow(
      'Excel refused part of the template (An internal error has occurred.); the sheets it had added were removed, so your workbook is as it was.',
    );
    expect(x.ctx.sheets).toEqual([]);
  });
});

describe('the Excel host\'s check-in', () => {
  it('reads the KPIs itself when none were listed before', async () => {
    const x = fakeExcel();
    await host(x).applyTemplate({ template: 'cascade', exampleData: true });
    const log = x.ctx.tables.find((t) => t.name === 'GoalpostCheckins')!;
    const rowsBefore = log.rows;
    const fresh = host(x);
    const r = await fresh.checkIn({ kpiId: 'K5', value: 10.8 });
    expect(r.kpiId).toBe('K5');
    expect(log.rows).toBe(rowsBefore + 1);
    expect(sheet(x.ctx, 'Check-ins').cells.get(`${log.row + log.rows - 1},1`)).toBe('K5');
  });

  it('appends to the log of the cascade asked for, not to the one whose KPIs were listed last', async () => {
    const x = fakeExcel();
    const h = host(x);
    await h.applyTemplate({ template: 'cascade', exampleData: true });
    await h.applyTemplate({ template: 'cascade', exampleData: true, addSecondCascade: true });
    const first = x.ctx.tables.find((t) => t.name === 'GoalpostCheckins')!;
    const second = x.ctx.tables.find((t) => t.sheet.name === 'Check-ins (2)')!;
    const [firstRows, secondRows] = [first.rows, second.rows];
    await h.listKpis('Goals');
    x.ctx.syncs = 0;
    await h.checkIn({ cascade: 'Goals (2)', kpiId: 'K5', value: 7 });
    expect(x.ctx.syncs).toBe(3); // the second cascade's KPIs read (2), then the append (1)
    expect([first.rows, second.rows]).toEqual([firstRows, secondRows + 1]);
    expect(sheet(x.ctx, 'Check-ins (2)').cells.get(`${second.row + second.rows - 1},2`)).toBe(7);
  });
});

describe('the Excel host writes by Excel\'s own rules', () => {
  it('refreshes rules over whole columns below the header, as Excel\'s tables grow under them', async () => {
    const x = fakeExcel();
    await host(x).applyTemplate({ template: 'cascade', exampleData: true });
    const goals = sheet(x.ctx, 'Goals');
    for (const cf of ours(goals.cfs)) goals.cfs.splice(goals.cfs.indexOf(cf), 1); // the user deleted our rules
    await host(x).refreshTrafficLights();
    // Excel has 1,048,576 rows: the rules start on row 2 (index 1) and go down to the last, 1,048,575 rows.
    const rules = ours(goals.cfs);
    expect(rules).toHaveLength(3);
    for (const c of rules) expect(c.address).toMatch(/^1,\d+,1048575x1$/);
  });

  it('starts the next cycle of a goal past the Goals table\'s end as a new row of the table', async () => {
    const x = fakeExcel();
    await host(x).applyTemplate({ template: 'cascade', exampleData: true });
    const table = x.ctx.tables.find((t) => t.name === 'GoalpostGoals')!;
    const goals = sheet(x.ctx, 'Goals');
    // Fill the table's prepared rows: the copy goes past its end.
    for (let r = 13; r < table.row + table.rows; r++) {
      goals.cells.set(`${r},0`, `G${r}`);
      goals.cells.set(`${r},5`, `Filler ${r}`);
    }
    const rowsBefore = table.rows;
    x.ctx.writes = [];
    const r = await new ExcelHost(x.run, () => '2027-07-15').startNextCycle(['G4']);
    expect(table.rows).toBe(rowsBefore + 1);
    expect(x.ctx.writes).toContain('table rows add||1');
    expect(goals.cells.get(`${rowsBefore},0`)).toBe(r.goals[0].to);
  });
});

import { describe, expect, it } from 'vitest';
import { exampleData } from '../../shared/templates/exampleData';
import { GOALS_HEADERS, KPIS_HEADERS } from '../../shared/templates/layout';
import { checkGoals, listGoals, planAddGoal, planApplyTemplate, planRefresh, sheetsToRead } from '../../shared/cascade/useCases';
import { CF_MARKER, hasMarker, type PlanCell, type WorkbookPlan } from '../../shared/host/plan';
import { serialFromParts } from '../../shared/functions/coerce';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { evaluatePlan } from './evaluatePlan';

const TODAY = '2026-11-24';
const serial = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return serialFromParts(y, m, d);
};
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };
const K = (h: (typeof KPIS_HEADERS)[number]) => KPIS_HEADERS.indexOf(h);
const G = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);

describe('the goal cascade with example data, evaluated in HyperFormula', () => {
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY);
  const book = evaluatePlan(plan);
  const ex = exampleData(TODAY);

  // Independent arithmetic, not our functions.
  const npsExpected = (100 * (30 - 8)) / 50;
  const attainmentOf = (k: (typeof ex.kpis)[number]) => {
    const actual = typeof k.actual === 'number' ? k.actual : npsExpected;
    if (k.baseline !== null) return (actual - k.baseline) / (k.target - k.baseline);
    return k.direction === 'Lower' ? 2 - actual / k.target : actual / k.target;
  };
  const status = (a: number, g = 1, y = 0.9) => (a >= g ? 'Green' : a >= y ? 'Yellow' : 'Red');

  it('adds the nine sheets', () => {
    expect(plan.addSheets.map((s) => s.name)).toEqual(['Strategy', 'Goals', 'KPIs', 'Check-ins', 'OKRs', 'NPS', 'Review', 'Settings', 'Dashboard']);
  });

  it('computes every KPI attainment, pace and status', () => {
    ex.kpis.forEach((k, i) => {
      const row = i + 1;
      const a = attainmentOf(k);
      expect(book.value('KPIs', row, K('Attainment')), k.id).toBeCloseTo(a, 9);
      const elapsed = Math.min(1, (serial(TODAY) - serial(k.start)) / (serial(k.deadline) - serial(k.start)));
      expect(book.value('KPIs', row, K('Pace')), k.id).toBeCloseTo(a / elapsed, 9);
      // Settings' default: the status follows the pace while the KPI runs, the attainment once its deadline has passed.
      const running = serial(TODAY) <= serial(k.deadline);
      expect(book.value('KPIs', row, K('Status')), k.id).toBe(running ? status(a / elapsed) : status(a));
      // K3 (weekly) was last checked in 20 days ago: overdue.
      expect(book.value('KPIs', row, K('Check')), k.id).toBe(k.id === 'K3' ? 'Overdue: check in' : 'OK');
    });
  });

  it('shows every status colour', () => {
    const statuses = new Set(ex.kpis.map((_, i) => book.value('KPIs', i + 1, K('Status'))));
    expect([...statuses].sort()).toEqual(['Green', 'Red', 'Yellow']);
  });

  const kids = (id: string) => ex.goals.filter((g) => g.parent === id);
  /** The weighted roll-up of a goal, worked out from the example data (KPIs weigh 1, child goals their weight). */
  const rollup = (id: string): number | undefined => {
    const parts: [number, number][] = ex.kpis.filter((k) => k.goal === id).map((k) => [attainmentOf(k), 1]);
    for (const c of kids(id)) {
      const v = rollup(c.id);
      if (v !== undefined) parts.push([v, c.weight]);
    }
    if (!parts.length) return undefined;
    return parts.reduce((s, [v, w]) => s + v * w, 0) / parts.reduce((s, [, w]) => s + w, 0);
  };

  it('rolls the KPIs up the goal tree', () => {
    ex.goals.forEach((g, i) => {
      const expected = rollup(g.id);
      const got = book.value('Goals', i + 1, G('Roll-up'));
      if (expected === undefined) expect(got, g.id).toBe('');
      else expect(got, g.id).toBeCloseTo(expected, 9);
      if (expected !== undefined) expect(book.value('Goals', i + 1, G('Status')), g.id).toBe(status(expected));
    });
    // G12 (the past loyalty-card goal) has no KPI: the check says so.
    expect(book.value('Goals', 12, G('Check'))).toBe('No KPI');
    expect(book.value('Goals', 1, G('KPIs'))).toBe(2);
  });

  it('scores the OKRs and the NPS survey', () => {
    // O1 has five key results (the most Settings allows); its score stands in its first row only.
    expect(book.value('OKRs', 1, 6)).toBeCloseTo((0.8 + 0.6 + 1 + 0.7 + 0.9) / 5, 9);
    expect([2, 3, 4, 5].map((r) => book.value('OKRs', r, 6))).toEqual(['', '', '', '']);
    expect(book.value('OKRs', 6, 6)).toBeCloseTo((0.5 * 2 + 1 * 1) / 3, 9); // 1.2 clamps to 1
    expect(book.value('OKRs', 1, 7)).toBe(5);
    expect(book.value('NPS', 1, 3)).toBe(npsExpected);
    const p = 30 / 50;
    const d = 8 / 50;
    expect(book.value('NPS', 2, 3)).toBeCloseTo(1.959964 * 100 * Math.sqrt((p + d - (p - d) ** 2) / 50), 3);
    expect([3, 4, 5, 6].map((r) => book.value('NPS', r, 3))).toEqual([50, 30, 12, 8]);
  });

  it('checks the mission length and fills the review from the goals', () => {
    expect(book.value('Strategy', 1, 3)).toBe('OK');
    expect(book.value('Review', 1, 1)).toBe(ex.goals[11].goal);
  });

  it('gives every traffic-light rule the marker, with the spec colours', () => {
    const rules = plan.addSheets.flatMap((s) => s.conditionalRules ?? []);
    expect(rules.length).toBe(15); // Goals 3, KPIs 6, OKRs 3, the Dashboard's status column 3
    for (const r of rules) expect(hasMarker(r.formula)).toBe(true);
    expect(new Set(rules.map((r) => `${r.fill}/${r.font}`))).toEqual(new Set(['#C6EFCE/#006100', '#FFEB9C/#9C5700', '#FFC7CE/#9C0006']));
  });

  it('evaluates the Excel flavour to the same figures (GOALS. aliases)', () => {
    const excel = evaluatePlan(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'excel', TODAY).plan);
    ex.kpis.forEach((k, i) => expect(excel.value('KPIs', i + 1, K('Attainment'))).toBeCloseTo(attainmentOf(k), 9));
    ex.goals.forEach((g, i) => {
      const expected = rollup(g.id);
      if (expected !== undefined) expect(excel.value('Goals', i + 1, G('Roll-up')), g.id).toBeCloseTo(expected, 9);
    });
  });
});

describe('the Sheets flavour', () => {
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'sheets', TODAY);
  const ours = /\b(KPI_ATTAINMENT|KPI_STATUS|KPI_PACE|SMART_CHECK|CASCADE_ROLLUP|SMART_SCORE|KPI_LATEST|KPI_NEXT_UPDATE|KPI_SPARKLINE|KPI_PROJECTION)\(/;
  const formulaCells = (sheet: string) => {
    const s = plan.addSheets.find((x) => x.name === sheet)!;
    return s.blocks.flatMap((b) => b.cells.flatMap((row, r) => row.flatMap((c, j) =>
      c && typeof c === 'object' && 'formula' in c ? [{ row: b.row + r, col: b.col + j, f: c.formula }] : [])));
  };
  it('has exactly one custom-function call per computed column, in the header row, over whole columns', () => {
    for (const sheet of ['KPIs', 'Goals']) {
      const custom = formulaCells(sheet).filter((c) => ours.test(c.f));
      expect(custom.every((c) => c.row === 0), sheet).toBe(true);
      expect(new Set(custom.map((c) => c.col)).size).toBe(custom.length);
      for (const c of custom) expect(c.f).toMatch(/^=\{"[^"]+";/);
    }
    // KPIs: Attainment, Pace, Status (its cell calls KPI_STATUS for pace and for attainment), and the seven tracking columns.
    expect(formulaCells('KPIs').filter((c) => ours.test(c.f)).length).toBe(10);
    expect(formulaCells('Goals').filter((c) => ours.test(c.f)).length).toBe(3);
  });
  it('reads thresholds in conditional formats through INDIRECT (Sheets rules cannot refer to other sheets)', () => {
    const rules = plan.addSheets.flatMap((s) => s.conditionalRules ?? []).filter((r) => /Settings/.test(r.formula));
    expect(rules.length).toBe(9); // pace (KPIs), roll-up (Goals), objective score (OKRs); KPI status rules read the status
    for (const r of rules) expect(r.formula).toMatch(/INDIRECT\("Settings!B\d+"\)/);
    for (const r of rules) expect(r.formula).not.toMatch(/[^"]Settings!/);
  });
});

/** A snapshot of what a plan would leave in a workbook, for the use cases that read back. */
function snapshotAfter(plan: WorkbookPlan, before: WorkbookSnapshot = empty): WorkbookSnapshot {
  const book = evaluatePlan(plan);
  const values = { ...before.values };
  for (const s of plan.addSheets) {
    values[s.name] = book.values(s.name).map((r) => r.map((v) => (v === null || typeof v === 'object' ? (v === null ? '' : '#ERR') : v)));
  }
  return { sheetNames: [...before.sheetNames, ...plan.addSheets.map((s) => s.name)], values };
}

describe('data safety when applying', () => {
  const userKpis = [['My KPI', 'Value'], ['Churn', 0.03]];
  const before: WorkbookSnapshot = { sheetNames: ['Budget', 'KPIs', 'settings'], values: { KPIs: userKpis } };
  const { plan, result } = planApplyTemplate(before, { template: 'cascade', exampleData: true }, 'excel', TODAY);
  it('never touches an existing sheet: taken names get free variants', () => {
    const names = plan.addSheets.map((s) => s.name);
    expect(names).toContain('KPIs (2)');
    expect(names).toContain('Settings (2)'); // names compare case-insensitively, as both hosts do
    for (const n of before.sheetNames) expect(names).not.toContain(n);
    expect(plan.writes ?? []).toEqual([]);
    expect(result.message).toMatch(/KPIs -> KPIs \(2\)/);
  });
  it('points every cross-sheet formula at the names actually chosen', () => {
    const all = JSON.stringify(plan.addSheets);
    expect(all).toContain("'Settings (2)'!$B$2");
    // Excel reads KPIs through its table, whose name follows the sheet's: GoalpostKPIs2 for 'KPIs (2)'.
    expect(all).toContain('GoalpostKPIs2[[');
    expect(all).not.toMatch(/GoalpostKPIs\[/);
    expect(all).not.toMatch(/[^']Settings!\$B/);
    expect(all).not.toMatch(/[,(]KPIs!/);
  });
  it('finds its own sheets again by their headers, not the user sheet of the same name', () => {
    const snap = snapshotAfter(plan, before);
    expect(sheetsToRead(snap.sheetNames)).toEqual(expect.arrayContaining(['KPIs', 'KPIs (2)', 'Goals']));
    const r = planRefresh(snap, 'excel', TODAY).plan;
    expect(r.sheets.map((s) => s.name)).toEqual(['KPIs (2)', 'Goals', 'OKRs']);
  });
});

describe('refresh', () => {
  const applied = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan;
  it('covers rows added since, carries the marker, and moves the as-of date to today', () => {
    const snap = snapshotAfter(applied);
    const kpis = snap.values.KPIs;
    for (let i = 0; i < 300; i++) kpis.push(['K' + (100 + i), 'G1', 'Extra']);
    const { plan, result } = planRefresh(snap, 'playground', '2027-01-15');
    const kpiRules = plan.sheets.find((s) => s.name === 'KPIs')!.rules;
    expect(kpiRules.every((r) => r.range.rows >= kpis.length - 1)).toBe(true);
    expect(kpiRules.every((r) => r.formula.includes(CF_MARKER))).toBe(true);
    expect(plan.writes).toEqual([{ sheet: 'Settings', blocks: [{ row: 5, col: 1, cells: [[{ date: '2027-01-15' }]] }] }]);
    expect(result.asOf).toBe('2027-01-15');
  });
  it('says what to do when there is no cascade', () => {
    expect(() => planRefresh(empty, 'excel', TODAY)).toThrow(/apply the template first/);
  });
});

describe('adding a goal from the wizard', () => {
  const goal = {
    statement: "=cmd|' /C calc'!A0 Reduce churn to 2% by Q3 2027", level: 'Team' as const, owner: 'Ana', deadline: '2027-09-30',
    kpis: [{ name: 'Churn', target: 0.02, direction: 'Lower' as const }],
  };
  it('applies the template first, in the same plan, into an empty workbook', () => {
    const { plan, result } = planAddGoal(empty, goal, 'excel', TODAY);
    expect(result).toMatchObject({ goalId: 'G1', kpiIds: ['K1'], appliedTemplate: true });
    const goals = plan.addSheets.find((s) => s.name === 'Goals')!;
    const last = goals.blocks[goals.blocks.length - 1];
    expect(last.row).toBe(1);
    expect(last.cells[0][5]).toBe(goal.statement); // a plain string: adapters write it as text
    const book = evaluatePlan(plan);
    expect(book.value('Goals', 1, G('Goal'))).toBe(goal.statement);
    expect(book.value('KPIs', 1, K('Goal ID'))).toBe('G1');
  });
  it('writes into the next empty rows of a filled cascade, with new IDs, never over data', () => {
    const snap = snapshotAfter(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan);
    const { plan, result } = planAddGoal(snap, { ...goal, parentId: 'G9' }, 'playground', TODAY);
    expect(result).toMatchObject({ goalId: 'G13', kpiIds: ['K15'], appliedTemplate: false });
    expect(plan.addSheets).toEqual([]);
    const w = plan.writes!;
    expect(w[0]).toMatchObject({ sheet: 'Goals', blocks: [{ row: 13, col: 0 }] });
    expect(w[1]).toMatchObject({ sheet: 'KPIs', blocks: [{ row: 15, col: 0 }] });
    for (const { sheet, blocks } of w) {
      for (const b of blocks) b.cells.forEach((row, r) => row.forEach((c: PlanCell, j) => {
        if (c !== null) expect(snap.values[sheet][b.row + r]?.[b.col + j] ?? '', `${sheet} ${b.row + r},${b.col + j}`).toBe('');
      }));
    }
    expect(listGoals(snap).map((g) => g.id)).toContain('G9');
  });
  it('rejects an unknown parent', () => {
    const snap = snapshotAfter(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan);
    expect(() => planAddGoal(snap, { ...goal, parentId: 'G99' }, 'playground', TODAY)).toThrow(/G99/);
  });
});

describe('check goals', () => {
  it('finds goals without KPIs, KPIs without owner, owners over the limit and objectives with six key results', () => {
    const snap = snapshotAfter(planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY).plan);
    const kpis = snap.values.KPIs;
    kpis[1][K('Owner')] = '';
    for (let i = 0; i < 6; i++) kpis.push(['KX' + i, 'G2', 'Extra ' + i, '', '', '', '', '', 'Line lead', '', 1, '', '', 46000]);
    const okrs = snap.values.OKRs;
    for (let i = 0; i < 4; i++) okrs.push(['O2', '', 'Aspirational', 'More ' + i, 0.1, 1]);
    const f = checkGoals(snap).map((x) => x.message);
    expect(f).toContain('G12 has no KPI: add one that measures it.');
    expect(f).toContain('K1 has no owner.');
    expect(f).toContain('Line lead owns 7 KPIs; the limit is 5.');
    expect(f).toContain('Objective O2 has 6 key results; keep it to 5.');
    // K3 (weekly) was last checked in 20 days before today: listed with its owner and the date it fell due.
    expect(f).toContain('K3 is overdue for a check-in since 2026-11-11: ask Head of production.');
    expect(f.filter((m) => /overdue/.test(m))).toHaveLength(1);
    snap.values.Goals[3][G('Goal')] = 'Improve things';
    const smart = checkGoals(snap).find((x) => x.message.startsWith('G3: Missing:'));
    // Measurable, Relevant and Time-bound come from the workbook: G3's KPIs have targets, a parent and a deadline.
    expect(smart?.message).toBe('G3: Missing: Specific (use an action verb such as increase, reduce, launch, hire)');
    expect(smart?.at).toEqual({ sheet: 'Goals', row: 3, col: G('Goal') });
  });
});

describe('the playground flavour prepares every row its traffic lights cover', () => {
  // The extent of the prepared rows is read from the KPI sheet's traffic-light rules (planned apart from the formulas):
  // a KPI typed into the last row those rules colour must get its figures, so the formulas cannot stop a row short.
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY);
  const kpis = plan.addSheets.find((s) => s.name === 'KPIs')!;
  const paceRules = (kpis.conditionalRules ?? []).filter((r) => r.range.col === K('Pace'));
  const lastCovered = Math.max(...paceRules.map((r) => r.range.row + r.range.rows - 1));

  it('computes a KPI typed into the last row the rules cover, and the row after is not prepared', () => {
    expect(paceRules.length).toBeGreaterThan(0);
    expect(lastCovered).toBeGreaterThan(ex().kpis.length);
    const book = evaluatePlan(plan);
    const sheet = book.hf.getSheetId('KPIs')!;
    const type = (row: number) => {
      const at = (h: (typeof KPIS_HEADERS)[number]) => ({ sheet, row, col: K(h) });
      book.hf.setCellContents(at('ID'), [['K99']]);
      book.hf.setCellContents(at('Baseline'), [[10]]);
      book.hf.setCellContents(at('Target'), [[20]]);
      book.hf.setCellContents(at('Actual'), [[15]]);
      return book.value('KPIs', row, K('Attainment'));
    };
    // (15 - 10) / (20 - 10), worked by hand.
    expect(type(lastCovered)).toBe(0.5);
    // Below the prepared rows nothing is computed (the playground adds rows with the wizard, which writes formulas).
    expect(book.value('KPIs', lastCovered + 1, K('Attainment'))).toBeNull();
  });
});
const ex = () => exampleData(TODAY);

describe('the playground flavour\'s prepared KPI rows, first and last (an empty cascade: rows 2 to 101)', () => {
  // 100 prepared rows (layout's minimum; templates.md: the per-row flavour prepares rows for new entries): 0-based rows
  // 1 to 100. The expected figures are worked out by hand below.
  const FIRST = 1;
  const LAST = 100;
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000; // Excel's serial date
  };
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: false }, 'playground', TODAY);
  const kpis = plan.addSheets.find((s) => s.name === 'KPIs')!;
  const computed = ['Attainment', 'Pace', 'Status', 'Team', 'Check', 'Latest check-in', 'Last update', 'Next update due', 'Confidence',
    'Trend', 'Projected', 'Projected attainment'] as const;
  const spills = ['Latest check-in', 'Last update', 'Confidence', 'Trend', 'Projected'];
  const planCell = (row: number, c: number): PlanCell | undefined => {
    for (const b of kpis.blocks) {
      const v = b.cells[row - b.row]?.[c - b.col];
      if (v !== undefined && v !== null) return v;
    }
    return undefined;
  };
  const inRange = (r: { row: number; col: number; rows: number; cols: number }, row: number, c: number) =>
    row >= r.row && row < r.row + r.rows && c >= r.col && c < r.col + r.cols;

  it('writes a formula in every computed column of the first and the last prepared row, none in the row after', () => {
    for (const h of computed) {
      // The tracking columns are one spill from the first row (functions.md: one call over all KPIs).
      const inFirst = planCell(FIRST, K(h));
      expect(inFirst && typeof inFirst === 'object' && 'formula' in inFirst, `${h} first row`).toBe(true);
      const inLast = planCell(LAST, K(h));
      if (spills.includes(h)) expect(inLast, `${h} last row`).toBeUndefined();
      else expect(inLast && typeof inLast === 'object' && 'formula' in inLast, `${h} last row`).toBe(true);
      expect(planCell(LAST + 1, K(h)), `${h} row after`).toBeUndefined();
    }
  });

  it('formats, validates and colours the first and the last prepared row, not the row after', () => {
    const formats: [(typeof KPIS_HEADERS)[number], string][] = [['Start', 'yyyy-mm-dd'], ['Deadline', 'yyyy-mm-dd'],
      ['Attainment', '0.0%'], ['Pace', '0.0%'], ['Last update', 'yyyy-mm-dd'], ['Next update due', 'yyyy-mm-dd'], ['Projected attainment', '0.0%']];
    const formatAt = (row: number, c: number) => kpis.numberFormats!.filter((f) => inRange(f.range, row, c)).map((f) => f.format);
    for (const [h, fmt] of formats) {
      expect(formatAt(FIRST, K(h)), `${h} first row`).toEqual([fmt]);
      expect(formatAt(LAST, K(h)), `${h} last row`).toEqual([fmt]);
      expect(formatAt(LAST + 1, K(h)), `${h} row after`).toEqual([]);
    }
    const validated = ['Goal ID', 'Type', 'Direction', 'Frequency', 'Start', 'Deadline'] as const;
    const validationAt = (row: number, c: number) => kpis.validations!.filter((v) => inRange(v.range, row, c)).map((v) => v.kind);
    for (const h of validated) {
      expect(validationAt(FIRST, K(h)), `${h} first row`).toHaveLength(1);
      expect(validationAt(LAST, K(h)), `${h} last row`).toHaveLength(1);
      expect(validationAt(LAST + 1, K(h)), `${h} row after`).toEqual([]);
    }
    const rulesAt = (row: number, c: number) => kpis.conditionalRules!.filter((r) => inRange(r.range, row, c));
    for (const h of ['Status', 'Pace'] as const) {
      expect(rulesAt(FIRST, K(h)), `${h} first row`).toHaveLength(3);
      expect(rulesAt(LAST, K(h)), `${h} last row`).toHaveLength(3);
      expect(rulesAt(LAST + 1, K(h)), `${h} row after`).toEqual([]);
    }
  });

  it('computes KPIs typed into the first and the last prepared row, and every check and roll-up counts both', () => {
    const book = evaluatePlan(plan);
    const id = (name: string) => book.hf.getSheetId(name)!;
    const put = (sheet: string, row: number, c: number, values: unknown[]) => book.hf.setCellContents({ sheet: id(sheet), row, col: c }, [values as never[]]);
    put('Goals', 1, 0, ['G1', 'Company', null, 'Ops', 'Ana', 'Grow revenue by 10% by 2026-12-31', day('2026-01-01'), day('2026-12-31'), 1]);
    // ID, Goal ID, KPI, Definition, Unit, Type, Direction, Frequency, Owner, Baseline, Target, Actual, Start, Deadline
    put('KPIs', FIRST, 0, ['K1', 'G1', 'Sales', null, 'units', 'Lagging', 'Higher', 'Monthly', 'Ana', 0, 10, 5, day('2026-01-01'), day('2026-12-31')]);
    put('KPIs', LAST, 0, ['K2', 'G1', 'Orders', null, 'units', 'Leading', 'Higher', 'Weekly', 'Ana', 0, 10, null, day('2026-01-01'), day('2026-12-31')]);
    put('Check-ins', 1, 0, [day('2026-11-10'), 'K2', 8, 'On track', null, 'Ana']);
    put('Check-ins', 2, 0, [day('2026-11-20'), 'K2', 9.5, 'At risk', null, 'Ana']);
    const v = (row: number, h: (typeof KPIS_HEADERS)[number]) => book.value('KPIs', row, K(h));
    // 2026-01-01 to 2026-12-31 is 364 days; 2026-11-24 is day 327 of them.
    const elapsed = 327 / 364;
    // K1: no check-in, so its Actual 5 counts: 5 / 10. Its next update is one month after its start, long past: overdue.
    expect(v(FIRST, 'Attainment')).toBeCloseTo(0.5, 9);
    expect(v(FIRST, 'Pace')).toBeCloseTo(0.5 / elapsed, 9);
    expect(v(FIRST, 'Status')).toBe('Red'); // pace 0.557 < 0.9
    expect(v(FIRST, 'Team')).toBe('Ops');
    expect(v(FIRST, 'Latest check-in')).toBe('');
    expect(v(FIRST, 'Next update due')).toBe(day('2026-02-01'));
    expect(v(FIRST, 'Check')).toBe('Overdue: check in');
    // K2: its latest check-in (9.5 on 2026-11-20, At risk) is its actual.
    expect(v(LAST, 'Latest check-in')).toBe(9.5);
    expect(v(LAST, 'Last update')).toBe(day('2026-11-20'));
    expect(v(LAST, 'Confidence')).toBe('At risk');
    expect(v(LAST, 'Trend')).toBe('▁█');
    expect(v(LAST, 'Attainment')).toBeCloseTo(0.95, 9);
    expect(v(LAST, 'Pace')).toBeCloseTo(0.95 / elapsed, 9);
    expect(v(LAST, 'Status')).toBe('Green'); // pace 1.057
    expect(v(LAST, 'Team')).toBe('Ops');
    expect(v(LAST, 'Next update due')).toBe(day('2026-11-27'));
    expect(v(LAST, 'Check')).toBe('OK');
    // The line through (Nov 10, 8) and (Nov 20, 9.5) at Dec 31, 51 days after Nov 10: 8 + 1.5 * 51 / 10.
    expect(v(LAST, 'Projected')).toBeCloseTo(15.65, 9);
    expect(v(LAST, 'Projected attainment')).toBeCloseTo(1.565, 9);
    // The goal counts both KPIs and rolls both up: (0.5 + 0.95) / 2, red against 1 / 0.9.
    expect(book.value('Goals', 1, G('KPIs'))).toBe(2);
    expect(book.value('Goals', 1, G('Roll-up'))).toBeCloseTo(0.725, 9);
    expect(book.value('Goals', 1, G('Status'))).toBe('Red');
    expect(book.value('Goals', 1, G('Check'))).toBe('OK');
    // The limits count both rows: Ana owns two KPIs, Ops has two.
    put('Settings', 6, 1, [1]);
    expect([v(FIRST, 'Check'), v(LAST, 'Check')]).toEqual(['Owner has too many KPIs', 'Owner has too many KPIs']);
    put('Settings', 6, 1, [5]);
    put('Settings', 7, 1, [1]);
    expect([v(FIRST, 'Check'), v(LAST, 'Check')]).toEqual(['Team has too many KPIs', 'Team has too many KPIs']);
    // The row after the last prepared one holds nothing: no formula, no spilled value.
    for (const h of computed) expect(v(LAST + 1, h), `${h} row after`).toBeNull();
  });
  it('reads a check-in typed into the last row of the log it prepares (rows 2 to 1001)', () => {
    const book = evaluatePlan(plan);
    const id = (name: string) => book.hf.getSheetId(name)!;
    const put = (sheet: string, row: number, c: number, values: unknown[]) => book.hf.setCellContents({ sheet: id(sheet), row, col: c }, [values as never[]]);
    put('KPIs', FIRST, 0, ['K1', null, 'Sales', null, null, null, null, 'Weekly', 'Ana', 0, 10, 5, day('2026-01-01'), day('2026-12-31')]);
    put('Check-ins', 1000, 0, [day('2026-11-20'), 'K1', 7, 'On track', null, 'Ana']);
    expect(book.value('KPIs', FIRST, K('Latest check-in'))).toBe(7);
    expect(book.value('KPIs', FIRST, K('Last update'))).toBe(day('2026-11-20'));
    expect(book.value('KPIs', FIRST, K('Attainment'))).toBeCloseTo(0.7, 9);
    const log = plan.addSheets.find((s) => s.name === 'Check-ins')!;
    const covers = (row: number) => [...log.numberFormats!, ...log.validations!].filter((x) => row >= x.range.row && row < x.range.row + x.range.rows && x.range.col === 0).length;
    expect([covers(1), covers(1000), covers(1001)]).toEqual([2, 2, 0]); // the date's format and its validation
  });
});

describe('the playground flavour\'s prepared goal rows, first and last (an empty cascade: rows 2 to 101)', () => {
  const FIRST = 1;
  const LAST = 100;
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
  };
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: false }, 'playground', TODAY);
  const goals = plan.addSheets.find((s) => s.name === 'Goals')!;
  const cell = (row: number, c: number): PlanCell | undefined => goals.blocks.map((b) => b.cells[row - b.row]?.[c - b.col]).find((v) => v != null);
  const isFormula = (c: PlanCell | undefined) => !!c && typeof c === 'object' && 'formula' in c;

  it('writes the per-row formulas into the first and the last prepared row, none into the row after; formats them alike', () => {
    for (const h of ['SMART check', 'Status', 'KPIs', 'Check'] as const) {
      expect(isFormula(cell(FIRST, G(h))), `${h} first`).toBe(true);
      expect(isFormula(cell(LAST, G(h))), `${h} last`).toBe(true);
      expect(cell(LAST + 1, G(h)), `${h} after`).toBeUndefined();
    }
    // The roll-up is one spilled call from the first row.
    expect(isFormula(cell(FIRST, G('Roll-up')))).toBe(true);
    const covers = (row: number, c: number) => [...goals.numberFormats!, ...goals.validations!, ...goals.conditionalRules!]
      .filter((x) => row >= x.range.row && row < x.range.row + x.range.rows && c >= x.range.col && c < x.range.col + x.range.cols).length;
    for (const h of ['Level', 'Parent ID', 'Start', 'Deadline', 'Weight', 'Roll-up', 'Status'] as const) {
      expect(covers(FIRST, G(h)), `${h} first`).toBeGreaterThan(0);
      expect(covers(LAST, G(h)), `${h} last`).toBe(covers(FIRST, G(h)));
      expect(covers(LAST + 1, G(h)), `${h} after`).toBe(0);
    }
  });

  it('a goal typed into the last prepared row rolls up into its parent, counts as its child, and is found by KPIs and Review', () => {
    const book = evaluatePlan(plan);
    const id = (name: string) => book.hf.getSheetId(name)!;
    const put = (sheet: string, row: number, c: number, values: unknown[]) => book.hf.setCellContents({ sheet: id(sheet), row, col: c }, [values as never[]]);
    const y26 = [day('2026-01-01'), day('2026-12-31')];
    put('Goals', FIRST, 0, ['G1', 'Company', null, 'Management', 'Ana', 'Increase revenue by 10% by 2026-12-31', ...y26, 1]);
    put('Goals', LAST, 0, ['G2', 'Department', 'G1', 'Sales', 'Bo', 'Sell 10% more by 2026-12-31', ...y26, 1]);
    put('KPIs', 1, 0, ['K1', 'G2', 'Sales', null, 'M', 'Lagging', null, null, 'Bo', 0, 10, 8, ...y26]);
    put('Review', 1, 0, ['G2']);
    // G1 has no KPI of its own but a child goal (G2, in the last row): it rolls up G2's 8 / 10 and needs no KPI.
    expect(book.value('Goals', LAST, G('KPIs'))).toBe(1);
    expect(book.value('Goals', LAST, G('Roll-up'))).toBeCloseTo(0.8, 9);
    expect(book.value('Goals', LAST, G('Status'))).toBe('Red');
    expect(book.value('Goals', LAST, G('Check'))).toBe('OK');
    expect(book.value('Goals', FIRST, G('Roll-up'))).toBeCloseTo(0.8, 9);
    expect(book.value('Goals', FIRST, G('Check'))).toBe('OK');
    expect(book.value('KPIs', 1, K('Team'))).toBe('Sales');
    expect(book.value('Review', 1, 1)).toBe('Sell 10% more by 2026-12-31');
    expect(book.value('Review', 1, 2)).toBe(day('2026-12-31'));
    // The row after the last prepared one computes nothing.
    for (const h of ['SMART check', 'Roll-up', 'Status', 'KPIs', 'Check'] as const) expect(book.value('Goals', LAST + 1, G(h)), h).toBeNull();
  });
});

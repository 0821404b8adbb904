/**
 * The built Sheets add-on, loaded as Apps Script loads it (every dist/sheets/*.js in one global scope) against the
 * call-counting fake of SpreadsheetApp: the menu, the sidebar, each google.script.run target, data safety and the
 * call budgets of templates.md.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { DIST, loadSheets } from '../hosts/loaders';
import { fakeSheetsServices, type FakeRule } from './fakeSheets';
import { CF_MARKER } from '../../shared/host/plan';
import { cascadeWithKpis } from './sizedPlan';
import { loadSheetsSources, type SheetsLoader } from './sourceLoader';

const ours = (rules: FakeRule[]) => rules.filter((r) => r.formula.includes(CF_MARKER));
const LOADERS: [string, SheetsLoader][] = [['the built add-on', loadSheets], ['its sources', loadSheetsSources]];

describe.each(LOADERS)('the Sheets add-on in Apps Script: %s', (_, loadSheets) => {
  function addon() {
    const fake = fakeSheetsServices(resolve(DIST, 'sheets'));
    const sheets = loadSheets(fake.globals);
    return { ...fake, call: sheets.call };
  }

  it('adds the Goalpost menu whose handlers are global functions', () => {
    const a = addon();
    a.call('onOpen', { authMode: 'NONE' });
    expect(a.menus).toHaveLength(1);
    expect(a.menus[0].added).toBe(true);
    expect(a.menus[0].items.map(([l]) => l)).toEqual(['Open Goalpost', 'Apply template...', 'Goal wizard', 'Check in', 'Review and next cycle', 'Check goals', 'Refresh traffic lights']);
    const sheets = loadSheets(a.globals);
    for (const [, fn] of a.menus[0].items) expect(typeof sheets.globals[fn], fn).toBe('function');
  });

  it('opens the sidebar from Sidebar.html, on Home or on the task the menu item names', () => {
    const a = addon();
    a.call('showSidebar');
    expect(a.sidebars).toHaveLength(1);
    expect(a.sidebars[0].title).toBe('Goalpost');
    expect(a.sidebars[0].file.endsWith('Sidebar.html')).toBe(true);
    const appDiv = (html: string) => html.match(/<div id="app"[^>]*>/g);
    expect(appDiv(a.sidebars[0].html)).toEqual(['<div id="app">']);
    const opened: Record<string, string> = {
      showApplyTemplate: 'template', showGoalWizard: 'wizard', showCheckIn: 'checkin', showReview: 'review', showCheckGoals: 'check',
    };
    for (const [fn, task] of Object.entries(opened)) {
      a.call(fn);
      const out = a.sidebars[a.sidebars.length - 1];
      expect(out.title, fn).toBe('Goalpost');
      expect(appDiv(out.html), fn).toEqual([`<div id="app" data-task="${task}">`]);
      // Only that one tag changed: the rest of the page (the bundle) is the file as built.
      expect(out.html.replace(` data-task="${task}"`, ''), fn).toBe(a.sidebars[0].html);
    }
  });

  it('applies the template beside a user KPIs sheet without changing it', () => {
    const a = addon();
    const user = a.book.seed('KPIs', [['My KPI', 'Value'], ['Churn', 0.03], ['=SUM(B2)', '']]);
    const userRule = { formula: '=B2>0.05', background: '#ff0000', fontColor: '#000', ranges: [], getBooleanCondition: () => ({ getCriteriaValues: () => ['=B2>0.05'] }) } as unknown as FakeRule;
    user.rules = [userRule];
    const before = JSON.stringify([...user.cells]);
    const r = a.call('applyTemplate', { template: 'cascade', exampleData: true }) as { sheets: string[]; message: string };
    expect(r.sheets).toContain('KPIs (2)');
    expect(JSON.stringify([...user.cells])).toBe(before);
    expect(user.rules).toEqual([userRule]);
    const kpis = a.book.sheets.find((s) => s.name === 'KPIs (2)')!;
    expect(kpis.cells.get('1,15')).toMatch(/^=\{"Attainment";KPI_ATTAINMENT\(ARRAYFORMULA\(IFERROR\(IF\(T2:T="",L2:L,T2:T\),"#VALUE!"\)\),/);
    expect(kpis.cells.get('2,1')).toBe('K1');
    expect(ours(kpis.rules)).toHaveLength(6);
    expect(kpis.frozenRows).toBe(1);
  });

  it('refreshes ten times: one set of our rules, the user rule kept, one get and one set per sheet', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: true });
    const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
    const userRule = { formula: '=A2="G1"', getBooleanCondition: () => ({ getCriteriaValues: () => ['=A2="G1"'] }) } as unknown as FakeRule;
    goals.rules.push(userRule);
    for (let i = 0; i < 10; i++) {
      a.counter.byMethod = {};
      const r = a.call('refreshTrafficLights') as { sheets: string[]; asOf: string };
      expect(r.sheets).toEqual(['KPIs', 'Goals', 'OKRs']);
      // One get and one set per sheet with traffic lights.
      expect(a.counter.byMethod['Sheet.getConditionalFormatRules']).toBe(3);
      expect(a.counter.byMethod['Sheet.setConditionalFormatRules']).toBe(3);
    }
    expect(ours(goals.rules)).toHaveLength(3);
    expect(goals.rules).toContain(userRule);
    expect(ours(a.book.sheets.find((s) => s.name === 'KPIs')!.rules)).toHaveLength(6);
    expect(ours(a.book.sheets.find((s) => s.name === 'OKRs')!.rules)).toHaveLength(3);
  });

  it('adds a goal from the wizard, lists it, checks goals and selects a cell', () => {
    const a = addon();
    const added = a.call('addGoal', { statement: '=IMPORTXML("http://x","//a") Cut costs by 5% by Q3 2027', level: 'Company', kpis: [{ name: 'Cost', target: 100 }] }) as { goalId: string; appliedTemplate: boolean };
    expect(added).toMatchObject({ goalId: 'G1', appliedTemplate: true });
    const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
    expect(goals.cells.get('2,6')).toBe('=IMPORTXML("http://x","//a") Cut costs by 5% by Q3 2027'); // stored as text: the apostrophe made it so
    const list = a.call('listGoals') as { id: string }[];
    expect(list.map((g) => g.id)).toEqual(['G1']);
    const again = a.call('addGoal', { statement: 'Hire 3 analysts by Q2 2027', level: 'Team', parentId: 'G1', kpis: [] }) as { goalId: string };
    expect(again.goalId).toBe('G2');
    expect(goals.cells.get('3,1')).toBe('G2');
    const findings = a.call('checkGoals') as { message: string }[];
    expect(findings.map((f) => f.message)).toContain('G2 has no KPI: add one that measures it.');
    a.call('selectCell', { sheet: 'Goals', row: 2, col: 5 });
    expect(a.book.activeCell).toEqual({ sheet: 'Goals', row: 3, col: 6 });
  });

  it('adds the menu on install too, and the menu\'s Refresh shows the result in a 5-second "Goalpost" toast', () => {
    const a = addon();
    a.call('onInstall', { authMode: 'FULL' });
    expect(a.menus.map((m) => [m.added, m.items.length])).toEqual([[true, 7]]);
    a.call('applyTemplate', { template: 'cascade', exampleData: false });
    a.call('menuRefreshTrafficLights');
    expect(a.book.toasts).toHaveLength(1);
    expect(a.book.toasts[0]).toMatchObject({ title: 'Goalpost', timeoutSeconds: 5 });
    expect(a.book.toasts[0].msg).toMatch(/KPIs, Goals, OKRs/);
  });

  it('applies the template without example rows unless asked, also when given no options', () => {
    for (const options of [{ template: 'cascade', exampleData: false }, undefined]) {
      const a = addon();
      a.call('applyTemplate', options);
      const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
      expect(goals.cells.get('1,1'), JSON.stringify(options)).toBe('ID');
      expect(goals.getLastRow(), JSON.stringify(options)).toBe(1);
    }
  });

  it('asks before a second cascade, and adds one with sheets of its own when the sidebar says so', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: false });
    const asked = a.call('applyTemplate', { template: 'cascade', exampleData: false }) as { sheets: string[]; askSecondCascade?: string };
    expect(asked.sheets).toEqual([]);
    expect(asked.askSecondCascade).toMatch(/has a goal cascade already \(Goals\)/);
    const second = a.call('applyTemplate', { template: 'cascade', exampleData: false, addSecondCascade: true }) as { sheets: string[] };
    expect(second.sheets).toContain('Goals (2)');
    expect(a.book.sheets.map((s) => s.name)).toContain('Check-ins (2)');
  });

  it('hands the cascade the sidebar picked to every task that takes one (an unknown one is refused by name)', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: true });
    const refused = /There is no goal cascade with the sheet "Nope" any more/;
    for (const fn of ['listGoals', 'checkGoals', 'listKpis', 'goalTree', 'listReviews', 'workbookSummary', 'listNextCycle']) {
      expect(() => a.call(fn, 'Nope'), fn).toThrow(refused);
      expect(() => a.call(fn, 'goals'), fn).not.toThrow(); // the Goals sheet's name, in any letter case
    }
    expect(() => a.call('startNextCycle', ['G1'], 'Nope')).toThrow(refused);
    expect(() => a.call('checkIn', { kpiId: 'K1', value: 1, cascade: 'Nope' })).toThrow(refused);
    expect(() => a.call('saveReview', { goalId: 'G1', grade: 1, why: 'x', cascade: 'Nope' })).toThrow(refused);
  });

  it('selects the cell the sidebar names, and lists the cascades, the active one marked', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: true });
    a.call('selectCell', { sheet: 'KPIs', row: 4, col: 2 });
    expect(a.book.activeCell).toEqual({ sheet: 'KPIs', row: 5, col: 3 });
    expect(() => a.call('selectCell', { sheet: 'Gone', row: 0, col: 0 })).toThrow('There is no sheet named "Gone".');
    const list = a.call('listCascades') as { goals: string; sheets: string[]; active: boolean }[];
    expect(list.map((c) => [c.goals, c.active, c.sheets.includes('Check-ins')])).toEqual([['Goals', true, true]]);
  });

  it('reads the check-in log as its header row only (also a log renamed in other letters, with a number)', () => {
    for (const rename of [undefined, 'CHECK-INS (12)']) {
      const a = addon();
      a.call('applyTemplate', { template: 'cascade', exampleData: true });
      const log = a.book.sheets.find((s) => s.name === 'Check-ins')!;
      if (rename) log.name = rename;
      for (const fn of ['listKpis', 'goalTree', 'listReviews', 'workbookSummary', 'listNextCycle']) {
        a.counter.byMethod = {};
        a.call(fn, null);
        // Every other sheet of the cascade is read whole (getDataRange); the log by getRange(1, 1, 1, columns).
        expect(a.counter.byMethod['Sheet.getRange'], `${rename} ${fn}`).toBe(1);
      }
      expect((a.call('listKpis', null) as { log: { sheet: string } }).log.sheet).toBe(rename ?? 'Check-ins');
    }
  });

  // Sheets conditional formatting: custom formulas "can only reference the same sheet"; "To reference another sheet in
  // the formula, use the INDIRECT function" (Google Docs Editors Help, "Use conditional formatting rules in Google
  // Sheets", support.google.com/docs/answer/78413); the Settings thresholds are
  // read that way, and the rules cover the template's 999 data rows (rows 2 to 1000 of a new sheet's 1,000).
  const settingsCell = (a1: string) => `INDIRECT("Settings!${a1}")`;
  const goalsGreen = `=AND(AND(ISNUMBER($K2),ISNUMBER(${settingsCell('B2')}),ISNUMBER(${settingsCell('B3')}),${settingsCell('B3')}<=${settingsCell('B2')},` +
    `ROUND($K2,3)>=${settingsCell('B2')}),N("goals-tl")=0)`;
  const statusColumn = (rules: FakeRule[]) => rules.map((r) => r.getRanges().map((g) => [g.row, g.col, g.h, g.w]));

  it('refreshes the traffic lights in the Sheets flavour: thresholds through INDIRECT, the whole 999 rows', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: true });
    const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
    const kpis = a.book.sheets.find((s) => s.name === 'KPIs')!;
    goals.rules = [];
    kpis.rules = [];
    a.call('refreshTrafficLights');
    // Goals: Status (column L, 12) coloured by the Roll-up (column K) against Settings!B2 (green) and B3 (yellow).
    expect(ours(goals.rules)).toHaveLength(3);
    expect(goals.rules[0].formula).toBe(goalsGreen);
    expect(statusColumn(goals.rules)).toEqual([[[2, 12, 999, 1]], [[2, 12, 999, 1]], [[2, 12, 999, 1]]]);
    // KPIs: Status (Q, 17) by its text, Pace (P, 16) against Settings!B4 and B5.
    expect(kpis.rules.map((r) => r.formula)).toContain(`=AND(AND(ISNUMBER($P2),ISNUMBER(${settingsCell('B4')}),ISNUMBER(${settingsCell('B5')}),` +
      `${settingsCell('B5')}<=${settingsCell('B4')},ROUND($P2,3)<${settingsCell('B5')}),N("goals-tl")=0)`);
    expect(statusColumn(kpis.rules).flat().map(([, , h]) => h)).toEqual([999, 999, 999, 999, 999, 999]);
  });

  it('adds the first goal into a template in the Sheets flavour (array formulas in the header row, rules through INDIRECT)', () => {
    const a = addon();
    const r = a.call('addGoal', { statement: 'Cut costs by 5% by Q3 2027', level: 'Company', kpis: [{ name: 'Cost', target: 100 }] }) as { goalId: string; kpiIds: string[]; appliedTemplate: boolean };
    expect(r).toMatchObject({ goalId: 'G1', kpiIds: ['K1'], appliedTemplate: true });
    const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
    const kpis = a.book.sheets.find((s) => s.name === 'KPIs')!;
    // Sheets: one array formula in each computed column's header cell covers every row (templates.md), none per row.
    expect(kpis.cells.get('1,15')).toMatch(/^=\{"Attainment";KPI_ATTAINMENT\(ARRAYFORMULA\(/);
    expect(kpis.formulaCells.has('2,15')).toBe(false);
    expect([kpis.cells.get('2,1'), kpis.cells.get('2,2'), kpis.cells.get('2,3'), kpis.cells.get('2,11')]).toEqual(['K1', 'G1', 'Cost', 100]);
    expect(goals.rules[0].formula).toBe(goalsGreen);
    expect(statusColumn(goals.rules)[0]).toEqual([[2, 12, 999, 1]]);
  });

  it('checks in from the sidebar: one row appended to the log, the value as given, the message saying so', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: true });
    const log = a.book.sheets.find((s) => s.name === 'Check-ins')!;
    const before = log.getLastRow();
    const r = a.call('checkIn', { kpiId: 'k5', value: 10.8, date: '2025-03-14', confidence: 'At risk', note: ' late data ', who: 'Ana' }) as { kpiId: string; date: string; message: string };
    expect(r).toEqual({ kpiId: 'K5', date: '2025-03-14', message: 'Checked in K5: 10.8 on 2025-03-14 (At risk).' });
    expect(log.getLastRow()).toBe(before + 1);
    const row = [1, 2, 3, 4, 5, 6].map((c) => log.cells.get(log.key(before + 1, c)));
    expect(String(row[0])).toBe('2025-03-14'); // a date cell showing that day
    expect(row.slice(1)).toEqual(['K5', 10.8, 'At risk', 'late data', 'Ana']);
    expect(() => a.call('checkIn', { kpiId: 'K404', value: 1 })).toThrow('There is no KPI K404 in the cascade: pick one from the list.');
    expect(log.getLastRow()).toBe(before + 1);
  });

  it('starts the next cycle writing each new block of rows in one setValues call (empty cells as "")', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: true });
    const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
    const first = goals.getLastRow() + 1;
    a.counter.byMethod = {};
    const r = a.call('startNextCycle', ['G1']) as { goals: { from: string; to: string }[] };
    expect(r.goals).toHaveLength(1);
    // G1 is the top goal: no parent, so its copy has an empty Parent ID cell, written as "" with the rest of the row.
    expect(goals.cells.get(goals.key(first, 1))).toBe(r.goals[0].to);
    expect(goals.cells.has(goals.key(first, 3))).toBe(false);
    // One write of the Goals rows and one of the KPIs rows (adapter.ts writeBlock: a block setting every cell is one call).
    expect(a.counter.byMethod['Range.setValues']).toBe(2);
  });

  it('needs the same number of SpreadsheetApp calls for 100 and 1,000 KPI rows, to apply and to refresh', () => {
    const counts = [100, 1000].map((n) => {
      const a = addon();
      const core = loadSheets(a.globals).globals.GoalpostCore as { SheetsAdapter: new (app: unknown) => { applyPlan(p: unknown): void } };
      a.counter.total = 0;
      new core.SheetsAdapter(a.globals.SpreadsheetApp).applyPlan(cascadeWithKpis(n, 'sheets'));
      const apply = a.counter.total;
      const kpis = a.book.sheets.find((s) => s.name === 'KPIs')!;
      expect(kpis.cells.get(`${n + 1},1`)).toBe(`K${n}`);
      a.counter.total = 0;
      a.call('refreshTrafficLights');
      return { apply, refresh: a.counter.total };
    });
    expect(counts[0]).toEqual(counts[1]);
  });
});

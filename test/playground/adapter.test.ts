import { describe, expect, it } from 'vitest';
import { CF_MARKER, hasMarker, withMarker, type RefreshPlan } from '../../shared/host/plan';
import { createPlaygroundAdapter, sheetValues } from '../../src/playground/adapter';
import { conditionalStyles } from '../../src/playground/conditionalFormats';
import { cellDisplay } from '../../src/playground/cellDisplay';
import { Selection } from '../../src/playground/selection';
import { GREEN, RED, YELLOW, handMadePlan, newWorkbook, statusRules } from './helpers';

function setup() {
  const wb = newWorkbook();
  wb.addSheet('Sheet1');
  const selection = new Selection({ sheet: 'Sheet1', row: 0, col: 0 });
  return { wb, selection, adapter: createPlaygroundAdapter(wb, selection) };
}

const colours = (wb: ReturnType<typeof newWorkbook>, sheet = 'KPIs') =>
  [1, 2, 3].map((row) => conditionalStyles(wb, sheet, { row: 0, col: 0, rows: 10, cols: 10 }).get(`${row},3`)?.fill);

describe('the playground adapter applies a hand-made plan', () => {
  it('writes values, formulas, dates and formats, and selects the cell', async () => {
    const { wb, adapter, selection } = setup();
    await adapter.applyPlan(handMadePlan());
    expect(wb.sheetNames()).toEqual(['Sheet1', 'Settings', 'KPIs']);
    expect(wb.value('KPIs', 1, 3)).toBeCloseTo(1.05);
    expect(cellDisplay(wb, 'KPIs', 2, 3).text).toBe('95%');
    expect(wb.value('Settings', 2, 1)).toBe(45717);
    expect(cellDisplay(wb, 'Settings', 2, 1).text).toBe('2025-03-01');
    expect(wb.isBold('KPIs', 0, 4)).toBe(true);
    expect(wb.meta('KPIs').freezeRows).toBe(1);
    expect(selection.get()).toEqual({ sheet: 'KPIs', row: 1, col: 3 });
  });

  it('writes text that looks like a formula as text', async () => {
    const { wb, adapter } = setup();
    await adapter.applyPlan(handMadePlan());
    expect(wb.value('KPIs', 1, 4)).toBe('=not a formula');
    expect(wb.value('KPIs', 2, 4)).toBe('+1 is text');
    expect(wb.value('KPIs', 3, 4)).toBe('@owner');
    expect(wb.hf.doesCellHaveFormula({ sheet: wb.sheetId('KPIs'), row: 1, col: 4 })).toBe(false);
  });

  it('evaluates the plan\'s conditional-format rules into green, yellow and red', async () => {
    const { wb, adapter } = setup();
    await adapter.applyPlan(handMadePlan());
    expect(colours(wb)).toEqual([GREEN.fill, YELLOW.fill, RED.fill]);
    // The header row is outside the rules' range; an empty attainment gets no colour.
    expect(conditionalStyles(wb, 'KPIs', { row: 0, col: 0, rows: 10, cols: 10 }).has('0,3')).toBe(false);
    // Thresholds are read from Settings: moving "green at" down to 90 % turns the yellow row green.
    wb.setInput('Settings', 0, 1, 0.9);
    wb.setInput('Settings', 1, 1, 0.5);
    expect(colours(wb)).toEqual([GREEN.fill, GREEN.fill, YELLOW.fill]);
  });

  it('refreshing twice leaves one set of our rules and keeps the user\'s own rule', async () => {
    const { wb, adapter } = setup();
    await adapter.applyPlan(handMadePlan());
    const userRule = { range: { row: 1, col: 1, rows: 3, cols: 1 }, formula: '=B2>100', fill: '#0000FF', font: '#FFFFFF' };
    wb.updateMeta('KPIs', (m) => m.conditionalRules.unshift(userRule));
    const refresh: RefreshPlan = {
      sheets: [{ name: 'KPIs', rules: statusRules(3) }],
      writes: [{ sheet: 'Settings', blocks: [{ row: 2, col: 1, cells: [[{ date: '2025-06-30' }]] }] }],
    };
    await adapter.applyRefresh(refresh);
    await adapter.applyRefresh(refresh);
    const rules = wb.meta('KPIs').conditionalRules;
    expect(rules.filter((r) => hasMarker(r.formula))).toHaveLength(3);
    expect(rules.filter((r) => !hasMarker(r.formula))).toEqual([userRule]);
    expect(cellDisplay(wb, 'Settings', 2, 1).text).toBe('2025-06-30');
    expect(colours(wb)).toEqual([GREEN.fill, YELLOW.fill, RED.fill]);
    expect(conditionalStyles(wb, 'KPIs', { row: 0, col: 0, rows: 10, cols: 10 }).get('1,1')?.fill).toBe('#0000FF');
    expect(CF_MARKER).toBe('N("goals-tl")=0');
  });

  it('refuses a plan that would add a sheet under a taken name, changing nothing', async () => {
    const { wb, adapter } = setup();
    wb.addSheet('kpis');
    wb.setInput('kpis', 0, 0, 'mine');
    await expect(adapter.applyPlan(handMadePlan())).rejects.toThrow(/taken/);
    expect(wb.sheetNames()).toEqual(['Sheet1', 'kpis']);
    expect(wb.value('kpis', 0, 0)).toBe('mine');
  });

  it('applied next to existing sheets with data, leaves all of it as it was', async () => {
    const { wb, adapter } = setup();
    wb.addSheet('KPIs');
    wb.setInputs('KPIs', 0, 0, [['mine', 1, '=B1*2'], ['50%', "'=x", null]]);
    wb.updateMeta('KPIs', (m) => {
      m.conditionalRules.push({ range: { row: 0, col: 1, rows: 1, cols: 1 }, formula: '=B1>0', fill: '#123456', font: '#000000' });
      m.numberFormats.push({ range: { row: 0, col: 2, rows: 1, cols: 1 }, format: '0.00' });
    });
    const before = { inputs: wb.inputs('KPIs'), values: sheetValues(wb, 'KPIs'), meta: JSON.stringify(wb.meta('KPIs')) };
    await adapter.applyPlan(handMadePlan('KPIs (2)'));
    expect(wb.inputs('KPIs')).toEqual(before.inputs);
    expect(sheetValues(wb, 'KPIs')).toEqual(before.values);
    expect(JSON.stringify(wb.meta('KPIs'))).toBe(before.meta);
    expect(colours(wb, 'KPIs (2)')).toEqual([GREEN.fill, YELLOW.fill, RED.fill]);
  });

  it('writes into an existing sheet only where cells are empty', async () => {
    const { wb, adapter } = setup();
    wb.setInputs('Sheet1', 0, 0, [['ID', 'Goal'], ['G1', 'Keep me']]);
    const clash = { addSheets: [], writes: [{ sheet: 'Sheet1', blocks: [{ row: 1, col: 0, cells: [[null, 'New goal']] }] }] };
    await expect(adapter.applyPlan(clash)).rejects.toThrow(/Sheet1!B2 is not empty/);
    expect(wb.value('Sheet1', 1, 1)).toBe('Keep me');
    const ok = { addSheets: [], writes: [{ sheet: 'Sheet1', blocks: [{ row: 2, col: 0, cells: [['G2', '=typed by a user', null]] }] }] };
    await adapter.applyPlan(ok);
    expect(sheetValues(wb, 'Sheet1')).toEqual([['ID', 'Goal'], ['G1', 'Keep me'], ['G2', '=typed by a user']]);
  });

  it('keeps number-looking text as text', async () => {
    const { wb, adapter } = setup();
    await adapter.applyPlan({ addSheets: [{ name: 'T', blocks: [{ row: 0, col: 0, cells: [['90', '50%', 'TRUE', '2025-01-01', "'quoted"]] }] }] });
    expect(sheetValues(wb, 'T')).toEqual([['90', '50%', 'TRUE', '2025-01-01', "'quoted"]]);
  });

  it('snapshots used ranges with blanks as "" and errors as their code', async () => {
    const { wb, adapter } = setup();
    wb.setInputs('Sheet1', 0, 0, [[1, null, '=1/0'], [null, 'x', null]]);
    const snap = await adapter.snapshot(['Sheet1', 'Nope']);
    expect(snap.sheetNames).toEqual(['Sheet1']);
    expect(snap.values).toEqual({ Sheet1: [[1, '', '#DIV/0!'], ['', 'x', '']] });
    expect(withMarker('=A1>0')).toBe('=AND(A1>0,N("goals-tl")=0)');
  });
});

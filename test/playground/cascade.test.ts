/**
 * The real cascade plans from the core (shared/cascade/useCases.ts), applied by the playground adapter to
 * HyperFormula with our functions: the template with example data shows every traffic-light colour, computed from
 * the plan's own rules; the wizard adds a goal with its SMART check; refresh keeps one set of rules; the user's
 * sheets of the same names are untouched.
 */
import { describe, expect, it } from 'vitest';
import { hasMarker } from '../../shared/host/plan';
import { createPlaygroundAdapter, sheetValues } from '../../src/playground/adapter';
import { conditionalStyles } from '../../src/playground/conditionalFormats';
import { cellDisplay } from '../../src/playground/cellDisplay';
import { createPlaygroundPort } from '../../src/playground/playgroundPort';
import { Selection } from '../../src/playground/selection';
import type { PlaygroundWorkbook } from '../../src/playground/workbook';
import { GREEN, RED, YELLOW, newWorkbook } from './helpers';

const TODAY = '2025-06-15';

function setup(prepare?: (wb: PlaygroundWorkbook) => void) {
  const wb = newWorkbook();
  wb.addSheet('Sheet1');
  prepare?.(wb);
  const selection = new Selection({ sheet: wb.sheetNames()[0], row: 0, col: 0 });
  const adapter = createPlaygroundAdapter(wb, selection);
  return { wb, selection, adapter, port: createPlaygroundPort(adapter, () => TODAY) };
}

/** Every fill the sheet's rules give, over its whole used range. */
function fills(wb: PlaygroundWorkbook, sheet: string): string[] {
  const { rows, cols } = wb.size(sheet);
  return [...conditionalStyles(wb, sheet, { row: 0, col: 0, rows, cols }).values()].map((s) => s.fill);
}

const column = (wb: PlaygroundWorkbook, sheet: string, header: string) => {
  const values = sheetValues(wb, sheet);
  const c = values[0].indexOf(header);
  expect(c, `${sheet} has a "${header}" column`).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((r) => r[c]);
};

describe('the cascade template in the playground', () => {
  it('applies with example data: every sheet, computed figures, and all three traffic-light colours from the plan\'s rules', async () => {
    const { wb, port, selection } = setup();
    const result = await port.applyTemplate({ template: 'cascade', exampleData: true });
    expect(result.sheets).toEqual(['Strategy', 'Goals', 'KPIs', 'Check-ins', 'OKRs', 'NPS', 'Review', 'Settings', 'Dashboard']);
    expect(wb.sheetNames()).toEqual(['Sheet1', ...result.sheets]);
    expect(selection.get().sheet).toBe('Goals');

    // Our functions computed every status; no formula of the template is an error.
    const status = column(wb, 'KPIs', 'Status').filter((s) => s !== '');
    expect(new Set(status)).toEqual(new Set(['Green', 'Yellow', 'Red']));
    for (const s of wb.sheetNames()) {
      const errors = sheetValues(wb, s).flat().filter((v) => typeof v === 'string' && /^#[A-Z/0!?]+[!?A]?$/.test(v));
      expect(errors, `errors in ${s}`).toEqual([]);
    }
    const nps = sheetValues(wb, 'NPS');
    const figure = (label: string) => nps.find((r) => r[2] === label)?.[3];
    expect(typeof figure('NPS')).toBe('number');
    expect(figure('Responses')).toBe(nps.slice(1).filter((r) => typeof r[0] === 'number').length);

    // The colours come from the rules, and agree with the status text in the same cell.
    const kpiFills = fills(wb, 'KPIs');
    expect(new Set(kpiFills)).toEqual(new Set([GREEN.fill, YELLOW.fill, RED.fill]));
    const statusCol = sheetValues(wb, 'KPIs')[0].indexOf('Status');
    const styles = conditionalStyles(wb, 'KPIs', { row: 0, col: 0, ...wb.size('KPIs') });
    const byText: Record<string, string> = { Green: GREEN.fill, Yellow: YELLOW.fill, Red: RED.fill };
    status.forEach((s, i) => expect(styles.get(`${i + 1},${statusCol}`)?.fill, `KPIs row ${i + 2}`).toBe(byText[s as string]));
    expect(new Set(fills(wb, 'Goals')).size).toBeGreaterThan(1);

    // Percentages and dates show as such.
    const attainment = sheetValues(wb, 'KPIs')[0].indexOf('Attainment');
    expect(cellDisplay(wb, 'KPIs', 1, attainment).text).toMatch(/%$/);
    const deadline = sheetValues(wb, 'KPIs')[0].indexOf('Deadline');
    expect(cellDisplay(wb, 'KPIs', 1, deadline).text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refreshing twice leaves one set of rules, sets the as-of date, and keeps a user\'s rule', async () => {
    const { wb, port } = setup();
    await port.applyTemplate({ template: 'cascade', exampleData: true });
    const mine = { range: { row: 1, col: 0, rows: 3, cols: 1 }, formula: '=LEN(A2)>0', fill: '#DDDDFF', font: '#000000' };
    wb.updateMeta('KPIs', (m) => m.conditionalRules.push(mine));
    const ours = (s: string) => wb.meta(s).conditionalRules.filter((r) => hasMarker(r.formula));
    const applied = { KPIs: ours('KPIs'), Goals: ours('Goals'), OKRs: ours('OKRs') };
    const first = await port.refreshTrafficLights();
    const once = { KPIs: ours('KPIs'), Goals: ours('Goals'), OKRs: ours('OKRs') };
    await port.refreshTrafficLights();
    expect({ KPIs: ours('KPIs'), Goals: ours('Goals'), OKRs: ours('OKRs') }).toEqual(once);
    expect(once.KPIs.length).toBe(applied.KPIs.length);
    expect(once.Goals.length).toBe(applied.Goals.length);
    expect(once.OKRs.length).toBe(3);
    expect(first.rules).toBe(once.KPIs.length + once.Goals.length + once.OKRs.length);
    expect(wb.meta('KPIs').conditionalRules.filter((r) => !hasMarker(r.formula))).toEqual([mine]);
    const settings = sheetValues(wb, 'Settings');
    const asOf = settings.findIndex((r) => r[0] === 'As of');
    expect(cellDisplay(wb, 'Settings', asOf, 1).text).toBe(TODAY);
    expect(new Set(fills(wb, 'KPIs'))).toEqual(new Set([GREEN.fill, YELLOW.fill, RED.fill, '#DDDDFF']));
  });

  it('adds a goal from the wizard into new rows, with its SMART check computed', async () => {
    const { wb, port } = setup();
    await port.applyTemplate({ template: 'cascade', exampleData: true });
    const before = sheetValues(wb, 'Goals');
    const statement = '=Increase repeat orders from 20% to 30% by 2026-12-31';
    const r = await port.addGoal({ statement, level: 'Department', parentId: 'G1', deadline: '2026-12-31', kpis: [{ name: 'Repeat order rate', target: 0.3, baseline: 0.2 }] });
    const after = sheetValues(wb, 'Goals');
    // Every cell that had something in it still has the same; the goal went into an empty row.
    before.forEach((row, i) => row.forEach((v, c) => v !== '' && expect(after[i][c], `Goals row ${i + 1}`).toEqual(v)));
    expect(before.find((x) => x[0] === r.goalId)).toBeUndefined();
    const row = after.find((x) => x[0] === r.goalId)!;
    expect(row[after[0].indexOf('Goal')]).toBe(statement); // text that begins with = stays text
    expect(String(row[after[0].indexOf('SMART check')])).toMatch(/^(SMART|Missing: .+)$/);
    expect((await port.listGoals()).map((g) => g.id)).toContain(r.goalId);
    expect(column(wb, 'KPIs', 'KPI')).toContain('Repeat order rate');
  });

  it('applied beside the user\'s own sheets of the same names, leaves them exactly as they were', async () => {
    const { wb, port } = setup((w) => {
      w.addSheet('KPIs');
      w.setInputs('KPIs', 0, 0, [['my KPI', 42, '=B1*2'], ["'=not a formula", '90%', null]]);
      w.updateMeta('KPIs', (m) => m.conditionalRules.push({ range: { row: 0, col: 1, rows: 2, cols: 1 }, formula: '=B1>40', fill: '#123456', font: '#FFFFFF' }));
      w.addSheet('Settings');
      w.setInput('Settings', 0, 0, 'mine');
    });
    const before = ['Sheet1', 'KPIs', 'Settings'].map((s) => ({ s, inputs: wb.inputs(s), values: sheetValues(wb, s), meta: JSON.stringify(wb.meta(s)) }));
    const result = await port.applyTemplate({ template: 'cascade', exampleData: true });
    expect(result.sheets).toContain('KPIs (2)');
    expect(result.sheets).toContain('Settings (2)');
    await port.refreshTrafficLights();
    await port.addGoal({ statement: 'Cut returns by 10% by 2026-06-30', level: 'Company', kpis: [] });
    for (const b of before) {
      expect(wb.inputs(b.s), b.s).toEqual(b.inputs);
      expect(sheetValues(wb, b.s), b.s).toEqual(b.values);
      expect(JSON.stringify(wb.meta(b.s)), b.s).toBe(b.meta);
    }
    expect(new Set(fills(wb, 'KPIs (2)'))).toEqual(new Set([GREEN.fill, YELLOW.fill, RED.fill]));
  });
});

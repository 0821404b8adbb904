/** Everything typed into the wizard lands in Excel exactly as typed, as text (the fake reads strings as Excel does). */
import { describe, expect, it } from 'vitest';
import { ExcelHost } from '../../src/excel/excelHost';
import { fakeExcel, type FakeSheet } from './fakeExcel';
import { TRICKY } from './typedInput';


const rowOf = (s: FakeSheet, id: string) => Number([...s.cells].find(([k, v]) => k.endsWith(',0') && v === id)![0].split(',')[0]);
const cell = (s: FakeSheet, r: number, c: number) => ({ value: s.cells.get(`${r},${c}`), formula: s.formulaCells.has(`${r},${c}`) });
const asText = (t: string) => ({ value: t, formula: false });

describe('the Excel adapter writes wizard text as typed', () => {
  it('keeps a goal whose parent ID, team, owner, statement and KPI fields are number-, date-, boolean- or formula-like', async () => {
    const x = fakeExcel();
    const host = new ExcelHost(x.run, () => '2026-11-24');
    await host.applyTemplate({ template: 'cascade', exampleData: false });
    const goals = x.ctx.sheets.find((s) => s.name === 'Goals')!;
    const kpis = x.ctx.sheets.find((s) => s.name === 'KPIs')!;
    // A goal the user typed with the ID "1.10" (as text, the way Excel keeps it after '1.10).
    ['1.10', 'Company', '', '', 'Ann', 'Grow'].forEach((v, c) => v && goals.cells.set(`1,${c}`, v));
    for (const t of TRICKY) {
      const r = await host.addGoal({ statement: t, level: 'Team', parentId: '1.10', team: t, owner: t, kpis: [{ name: t, definition: t, unit: t }] });
      const g = rowOf(goals, r.goalId);
      expect([2, 3, 4, 5].map((c) => cell(goals, g, c)), t).toEqual([asText('1.10'), asText(t), asText(t), asText(t.trim())]);
      const k = rowOf(kpis, r.kpiIds[0]);
      expect([1, 2, 3, 4, 8].map((c) => cell(kpis, k, c)), t).toEqual([asText(r.goalId), asText(t), asText(t), asText(t), asText(t)]);
    }
    expect((await host.listGoals()).filter((g) => g.parentId === '1.10')).toHaveLength(TRICKY.length);
  });

  it('keeps every header and label of the template as text that reads back exactly', async () => {
    const x = fakeExcel();
    const host = new ExcelHost(x.run, () => '2026-11-24');
    await host.applyTemplate({ template: 'cascade', exampleData: true });
    const strings = x.ctx.formulaWrites.flatMap((w) => w.m.flatMap((r, i) => r.map((v, j) => ({ v, sheet: w.sheet, k: `${w.row + i},${w.col + j}` }))))
      .filter((c) => typeof c.v === 'string' && !c.v.startsWith('='));
    expect(strings.length).toBeGreaterThan(50);
    for (const c of strings) {
      const s = x.ctx.sheets.find((y) => y.name === c.sheet)!;
      expect(c.v, 'written with the text prefix').toMatch(/^'/);
      expect(s.cells.get(c.k), `${c.sheet}!${c.k}`).toBe((c.v as string).slice(1));
    }
    // The use cases still find the template by its headers.
    expect((await host.listGoals()).length).toBeGreaterThan(0);
  });
});

/**
 * Everything typed into the wizard lands in Google Sheets exactly as typed, as text: the built add-on against the fake,
 * which reads setValues strings as Sheets does.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { DIST, loadSheets } from '../hosts/loaders';
import { fakeSheetsServices, type FakeSheet } from './fakeSheets';
import { TRICKY } from '../excel/typedInput';
import { loadSheetsSources, type SheetsLoader } from './sourceLoader';

const LOADERS: [string, SheetsLoader][] = [['built', loadSheets], ['from its sources', loadSheetsSources]];
const rowOf = (s: FakeSheet, id: string) => Number([...s.cells].find(([k, v]) => k.endsWith(',1') && v === id)![0].split(',')[0]);
const cell = (s: FakeSheet, r: number, c: number) => ({ value: s.cells.get(`${r},${c}`), formula: s.formulaCells.has(`${r},${c}`) });
const asText = (t: string) => ({ value: t, formula: false });

describe.each(LOADERS)('the Sheets add-on (%s) writes wizard text as typed', (_, loadSheets) => {
  function addon() {
    const fake = fakeSheetsServices(resolve(DIST, 'sheets'));
    const sheets = loadSheets(fake.globals);
    return { ...fake, call: sheets.call };
  }

  it('keeps a goal whose parent ID, team, owner, statement and KPI fields are number-, date-, boolean- or formula-like', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: false });
    const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
    const kpis = a.book.sheets.find((s) => s.name === 'KPIs')!;
    // A goal the user typed with the ID "1.10" (as text, the way Sheets keeps it after '1.10).
    ['1.10', 'Company', '', '', 'Ann', 'Grow'].forEach((v, c) => v && goals.cells.set(`2,${c + 1}`, v));
    for (const t of TRICKY) {
      const r = a.call('addGoal', { statement: t, level: 'Team', parentId: '1.10', team: t, owner: t, kpis: [{ name: t, definition: t, unit: t }] }) as { goalId: string; kpiIds: string[] };
      const g = rowOf(goals, r.goalId);
      expect([3, 4, 5, 6].map((c) => cell(goals, g, c)), t).toEqual([asText('1.10'), asText(t), asText(t), asText(t.trim())]);
      const k = rowOf(kpis, r.kpiIds[0]);
      expect([2, 3, 4, 5, 9].map((c) => cell(kpis, k, c)), t).toEqual([asText(r.goalId), asText(t), asText(t), asText(t), asText(t)]);
    }
  });

  it('keeps the headers that the use cases find the template by', () => {
    const a = addon();
    a.call('applyTemplate', { template: 'cascade', exampleData: true });
    const goals = a.book.sheets.find((s) => s.name === 'Goals')!;
    expect([1, 2, 3].map((c) => goals.cells.get(`1,${c}`))).toEqual(['ID', 'Level', 'Parent ID']);
    expect((a.call('listGoals') as unknown[]).length).toBeGreaterThan(0);
  });
});

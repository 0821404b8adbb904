/** The playground stores wizard text exactly as typed, like the Excel and Sheets adapters (test/excel/literalText.test.ts). */
import { describe, expect, it } from 'vitest';
import { createPlaygroundAdapter, sheetValues } from '../../src/playground/adapter';
import { createPlaygroundPort } from '../../src/playground/playgroundPort';
import { TRICKY } from '../excel/typedInput';
import { newWorkbook } from './helpers';

describe('the playground adapter writes wizard text as typed', () => {
  it('keeps a goal whose parent ID, team, owner, statement and KPI fields are number-, date-, boolean- or formula-like', async () => {
    const wb = newWorkbook();
    wb.addSheet('Sheet1');
    const port = createPlaygroundPort(createPlaygroundAdapter(wb), () => '2026-11-24');
    await port.applyTemplate({ template: 'cascade', exampleData: false });
    wb.setInputs('Goals', 1, 0, [["'1.10", 'Company', null, null, 'Ann', 'Grow']] as never);
    for (const t of TRICKY) {
      const r = await port.addGoal({ statement: t, level: 'Team', parentId: '1.10', team: t, owner: t, kpis: [{ name: t, definition: t, unit: t }] });
      const g = sheetValues(wb, 'Goals').find((x) => x[0] === r.goalId)!;
      expect(g.slice(2, 6), t).toEqual(['1.10', t, t, t.trim()]);
      const k = sheetValues(wb, 'KPIs').find((x) => x[0] === r.kpiIds[0])!;
      expect([k[1], k[2], k[3], k[4], k[8]], t).toEqual([r.goalId, t, t, t, t]);
    }
  });
});

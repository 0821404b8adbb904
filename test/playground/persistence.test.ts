import { describe, expect, it } from 'vitest';
import { createPlaygroundAdapter, sheetValues } from '../../src/playground/adapter';
import { conditionalStyles } from '../../src/playground/conditionalFormats';
import { cellDisplay } from '../../src/playground/cellDisplay';
import { loadWorkbook, readFromStore, saveToStore, serializeWorkbook, STORAGE_KEY, type KeyValueStore } from '../../src/playground/persistence';
import { handMadePlan, newWorkbook } from './helpers';

class MemoryStore implements KeyValueStore {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

describe('the workbook survives a reload', () => {
  it('saves cells, formulas, text, formats and rules, and reads them back into a new HyperFormula', async () => {
    const wb = newWorkbook();
    wb.addSheet('Sheet1');
    wb.setInputs('Sheet1', 0, 0, [['50%', "'=text", '=SEQUENCE(3)', '=KPIs!B2*2']]);
    await createPlaygroundAdapter(wb).applyPlan(handMadePlan());
    const store = new MemoryStore();
    saveToStore(store, wb, { sheet: 'KPIs', row: 2, col: 1 });

    const again = newWorkbook();
    const saved = readFromStore(store)!;
    loadWorkbook(again, saved);
    expect(saved.selection).toEqual({ sheet: 'KPIs', row: 2, col: 1 });
    expect(again.sheetNames()).toEqual(wb.sheetNames());
    for (const s of wb.sheetNames()) {
      expect(sheetValues(again, s)).toEqual(sheetValues(wb, s));
      expect(again.meta(s)).toEqual(wb.meta(s));
    }
    expect(again.input('Sheet1', 0, 1)).toBe("'=text");
    expect(again.input('Sheet1', 0, 2)).toBe('=SEQUENCE(3)');
    expect(again.input('Sheet1', 1, 2)).toBeNull(); // spilled, not typed
    expect(again.value('Sheet1', 2, 2)).toBe(3);
    expect(again.value('Sheet1', 0, 3)).toBe(210); // a formula on a sheet that was added after it
    expect(cellDisplay(again, 'Sheet1', 0, 0).text).toBe('50%');
    expect(conditionalStyles(again, 'KPIs', { row: 1, col: 3, rows: 3, cols: 1 }).size).toBe(3);
  });

  it('ignores what it did not write', () => {
    const store = new MemoryStore();
    expect(readFromStore(store)).toBeUndefined();
    store.setItem(STORAGE_KEY, '{not json');
    expect(readFromStore(store)).toBeUndefined();
    store.setItem(STORAGE_KEY, JSON.stringify({ version: 99, sheets: [] }));
    expect(readFromStore(store)).toBeUndefined();
  });

  it('keeps the saved form small: no trailing empty cells', () => {
    const wb = newWorkbook();
    wb.addSheet('S');
    wb.setInput('S', 0, 0, 1);
    wb.setInput('S', 5, 5, 2);
    wb.setInput('S', 5, 5, null);
    expect(serializeWorkbook(wb).sheets[0].cells).toEqual([[1]]);
  });
});

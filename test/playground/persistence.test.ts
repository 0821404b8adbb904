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
    // Expectations written from handMadePlan by hand, not read back from the workbook that was saved.
    expect(again.sheetNames()).toEqual(['Sheet1', 'KPIs', 'Settings']); // the adapter's order, Settings last
    expect(sheetValues(again, 'KPIs')).toEqual([
      ['KPI', 'Actual', 'Target', 'Attainment', 'Note'],
      ['Revenue', 105, 100, 1.05, '=not a formula'],
      ['Units', 95, 100, 0.95, '+1 is text'],
      ['NPS', 30, 50, 0.6, '@owner'],
    ]);
    expect(again.input('KPIs', 1, 3)).toBe('=B2/C2');
    expect(again.value('Settings', 1, 1)).toBe(0.9);
    expect(again.value('Settings', 2, 1)).toBe(45717); // 2025-03-01 as a serial (1900 system)
    const kpiMeta = again.meta('KPIs');
    expect(kpiMeta.numberFormats).toEqual([{ range: { row: 1, col: 3, rows: 3, cols: 1 }, format: '0%' }]);
    expect(kpiMeta.bold).toEqual([{ row: 0, col: 0, rows: 1, cols: 5 }]);
    expect(kpiMeta.columnWidths).toEqual({ 0: 160 });
    expect(kpiMeta.freezeRows).toBe(1);
    expect(kpiMeta.conditionalRules).toHaveLength(3);
    expect(again.input('Sheet1', 0, 1)).toBe("'=text");
    expect(again.input('Sheet1', 0, 2)).toBe('=SEQUENCE(3)');
    expect(again.input('Sheet1', 1, 2)).toBeNull(); // spilled, not typed
    expect(again.value('Sheet1', 2, 2)).toBe(3);
    expect(again.value('Sheet1', 0, 3)).toBe(210); // a formula on a sheet that was added after it
    expect(cellDisplay(again, 'Sheet1', 0, 0).text).toBe('50%');
    expect(conditionalStyles(again, 'KPIs', { row: 1, col: 3, rows: 3, cols: 1 }).size).toBe(3);
  });

  it('reads a saved form written by hand (not by serializeWorkbook): cells, cross-sheet formulas and metadata', () => {
    // The stored JSON as FORMAT_VERSION 1 lays it out, typed here so the reader is checked without our writer.
    const store = new MemoryStore();
    store.setItem(STORAGE_KEY, JSON.stringify({
      version: 1,
      selection: { sheet: 'Data', row: 1, col: 2 },
      sheets: [
        { name: 'Sum', cells: [['Total', '=SUM(Data!B2:B4)'], ['Twice', '=B1*2']], meta: { numberFormats: [], conditionalRules: [], validations: [], bold: [], columnWidths: {}, tables: [] } },
        {
          name: 'Data',
          cells: [['Item', 'Qty'], ['a', 2], ['b', 3.5], ['c', "'7"]],
          meta: { numberFormats: [{ range: { row: 1, col: 1, rows: 3, cols: 1 }, format: '0.0' }], conditionalRules: [], validations: [], bold: [{ row: 0, col: 0, rows: 1, cols: 2 }], columnWidths: { 1: 90 }, tables: [], freezeRows: 1 },
        },
      ],
    }));
    const wb = newWorkbook();
    const saved = readFromStore(store)!;
    loadWorkbook(wb, saved);
    expect(saved.selection).toEqual({ sheet: 'Data', row: 1, col: 2 });
    expect(wb.sheetNames()).toEqual(['Sum', 'Data']);
    // '7 is text, so SUM skips it: 2 + 3.5 (a formula on a sheet listed before the one it reads).
    expect(wb.value('Sum', 0, 1)).toBe(5.5);
    expect(wb.value('Sum', 1, 1)).toBe(11);
    expect(wb.input('Data', 3, 1)).toBe("'7");
    expect(cellDisplay(wb, 'Data', 2, 1).text).toBe('3.5');
    expect(wb.meta('Data').freezeRows).toBe(1);
    expect(wb.meta('Data').columnWidths).toEqual({ 1: 90 });
  });

  it('writes the stored form as FORMAT_VERSION 1 lays it out (checked field by field, not by reading it back)', () => {
    const wb = newWorkbook();
    wb.addSheet('S');
    wb.setInputs('S', 0, 0, [['x', 2, '=B1+1'], [null, "'=no", null]]);
    const store = new MemoryStore();
    saveToStore(store, wb, { sheet: 'S', row: 0, col: 2 });
    const json = JSON.parse(store.getItem(STORAGE_KEY)!);
    expect(json.version).toBe(1);
    expect(json.selection).toEqual({ sheet: 'S', row: 0, col: 2 });
    expect(json.sheets.map((s: { name: string }) => s.name)).toEqual(['S']);
    expect(json.sheets[0].cells).toEqual([['x', 2, '=B1+1'], [null, "'=no"]]);
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

/** Ctrl+Z / Ctrl+Y at the workbook: cells through HyperFormula's undo, each sheet's metadata in step with them. */
import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../src/playground/undoStack';
import { loadWorkbook, serializeWorkbook } from '../../src/playground/persistence';
import { newWorkbook } from './helpers';

function sheetWithSum() {
  const wb = newWorkbook();
  wb.addSheet('S');
  wb.setInputs('S', 0, 0, [[1], [2], ['=A1+A2']]);
  wb.forgetHistory();
  return wb;
}

describe('undo and redo in the playground workbook', () => {
  it('takes back a cell edit and its recalculation, and does it again', () => {
    const wb = sheetWithSum();
    wb.setInput('S', 0, 0, 10);
    expect(wb.value('S', 2, 0)).toBe(12);
    expect(wb.undo()).toBe(true);
    expect(wb.input('S', 0, 0)).toBe(1);
    expect(wb.value('S', 2, 0)).toBe(3);
    expect(wb.redo()).toBe(true);
    expect(wb.input('S', 0, 0)).toBe(10);
    expect(wb.value('S', 2, 0)).toBe(12);
  });

  it('takes back a pasted block as one step', () => {
    const wb = sheetWithSum();
    wb.setInputs('S', 0, 0, [[5, 'x'], [6, 'y']]);
    wb.undo();
    expect(wb.inputs('S')).toEqual([[1], [2], ['=A1+A2']]);
    expect(wb.canUndo).toBe(false);
  });

  it('takes back metadata changes and cell changes in the order they were made', () => {
    const wb = sheetWithSum();
    wb.setInput('S', 0, 1, 'a');
    wb.updateMeta('S', (m) => (m.columnWidths[1] = 200));
    wb.setInput('S', 1, 1, 'b');
    wb.updateMeta('S', (m) => (m.columnWidths[1] = 250));

    wb.undo();
    expect(wb.meta('S').columnWidths).toEqual({ 1: 200 });
    expect(wb.input('S', 1, 1)).toBe('b');
    wb.undo();
    expect(wb.input('S', 1, 1)).toBeNull();
    expect(wb.meta('S').columnWidths).toEqual({ 1: 200 });
    wb.undo();
    expect(wb.meta('S').columnWidths).toEqual({});
    expect(wb.input('S', 0, 1)).toBe('a');
    wb.redo();
    wb.redo();
    expect(wb.meta('S').columnWidths).toEqual({ 1: 200 });
    expect(wb.input('S', 1, 1)).toBe('b');
  });

  it('forgets what was undone once something new is done, a width change too', () => {
    const wb = sheetWithSum();
    wb.setInput('S', 0, 0, 7);
    wb.undo();
    wb.updateMeta('S', (m) => (m.columnWidths[0] = 120));
    expect(wb.canRedo).toBe(false);
    expect(wb.redo()).toBe(false);
    expect(wb.input('S', 0, 0)).toBe(1);
    wb.undo();
    expect(wb.meta('S').columnWidths).toEqual({});
    expect(wb.input('S', 0, 0)).toBe(1);
  });

  it('brings back a removed sheet with its cells and its metadata', () => {
    const wb = sheetWithSum();
    wb.addSheet('T');
    wb.setInput('T', 0, 0, '=S!A3*10');
    wb.updateMeta('S', (m) => m.numberFormats.push({ range: { row: 0, col: 0, rows: 3, cols: 1 }, format: '0.00' }));
    wb.removeSheet('S');
    expect(wb.sheetNames()).toEqual(['T']);
    wb.undo();
    expect(wb.sheetNames()).toEqual(['S', 'T']);
    expect(wb.formatAt('S', 2, 0)).toBe('0.00');
    expect(wb.value('T', 0, 0)).toBe(30);
  });

  it('keeps as many steps as HyperFormula does (its undoLimit, 20) and no more', () => {
    const wb = sheetWithSum();
    for (let i = 1; i <= 25; i++) wb.setInput('S', 0, 0, 100 + i);
    let undone = 0;
    while (wb.undo()) undone++;
    expect(undone).toBe(20);
    expect(wb.input('S', 0, 0)).toBe(105);
  });

  it('takes back loading another workbook, but not the load the page starts from', () => {
    const wb = sheetWithSum();
    const other = newWorkbook();
    other.addSheet('Other');
    other.setInput('Other', 0, 0, 'hello');
    other.updateMeta('Other', (m) => (m.freezeRows = 1));
    loadWorkbook(wb, serializeWorkbook(other));
    expect(wb.sheetNames()).toEqual(['Other']);
    wb.undo();
    expect(wb.sheetNames()).toEqual(['S']);
    expect(wb.inputs('S')).toEqual([[1], [2], ['=A1+A2']]);
    wb.forgetHistory();
    expect(wb.canUndo).toBe(false);
  });

  it('tells every listener after an undo', () => {
    const wb = sheetWithSum();
    wb.setInput('S', 0, 0, 2);
    let told = 0;
    wb.onChange(() => told++);
    wb.undo();
    expect(told).toBe(1);
  });
});

describe('UndoStack', () => {
  it('undoes newest first, redoes in order, and drops the oldest past its limit', () => {
    const s = new UndoStack<string>(2);
    s.push('a');
    s.push('b');
    s.push('c');
    expect(s.undo()).toBe('c');
    expect(s.undo()).toBe('b');
    expect(s.undo()).toBeUndefined();
    expect(s.redo()).toBe('b');
    s.push('d');
    expect(s.canRedo).toBe(false);
  });

  it('refuses a limit that is not a number of steps', () => {
    expect(() => new UndoStack(Number.NaN)).toThrow(/limit of 0 or more/);
  });
});

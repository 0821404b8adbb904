/** Ranges: selecting them, copying what they show, clearing them; and fitting a column to its content. */
import { describe, expect, it } from 'vitest';
import { clampWidth, fitWidth, MAX_COL_WIDTH, MIN_COL_WIDTH, setColumnWidth } from '../../src/playground/columnResize';
import { clearRange, MAX_RANGE_CELLS, rangeText } from '../../src/playground/rangeSelection';
import { MAX_COLS, rangeBetween, Selection } from '../../src/playground/selection';
import { newWorkbook } from './helpers';

function sheet() {
  const wb = newWorkbook();
  wb.addSheet('S');
  wb.setInputs('S', 0, 0, [[1, 'two', '=A1*3'], ['50%', null, 'tab\there'], [true, '=1/0', null]]);
  wb.updateMeta('S', (m) => m.numberFormats.push({ range: { row: 0, col: 0, rows: 1, cols: 1 }, format: '0.00' }));
  wb.forgetHistory();
  return wb;
}

describe('the selection', () => {
  it('keeps the active cell where the range started while the other corner moves', () => {
    const s = new Selection({ sheet: 'S', row: 4, col: 3 });
    s.extendTo(2, 5);
    expect(s.get()).toEqual({ sheet: 'S', row: 4, col: 3 });
    expect(s.range()).toEqual({ row: 2, col: 3, rows: 3, cols: 3 });
    s.set({ sheet: 'S', row: 4, col: 3 }); // a plain click on the active cell: one cell again
    expect(s.range()).toEqual({ row: 4, col: 3, rows: 1, cols: 1 });
  });

  it('selects whole rows from a row number, every column', () => {
    const s = new Selection({ sheet: 'S', row: 0, col: 2 });
    s.selectRows('S', 5, 3);
    expect(s.range()).toEqual({ row: 3, col: 0, rows: 3, cols: MAX_COLS });
    expect(s.get()).toEqual({ sheet: 'S', row: 5, col: 0 });
  });

  it('tells its listeners about a range change too', () => {
    const s = new Selection({ sheet: 'S', row: 0, col: 0 });
    const seen: number[] = [];
    s.onChange(() => seen.push(s.range().rows));
    s.extendTo(2, 0);
    s.extendTo(2, 0);
    expect(seen).toEqual([3]);
  });

  it('is the same rectangle whichever corner comes first', () => {
    expect(rangeBetween({ row: 7, col: 1 }, { row: 2, col: 4 })).toEqual({ row: 2, col: 1, rows: 6, cols: 4 });
  });
});

describe('copying a range', () => {
  it('gives tab-separated text of the cells as shown, quoting a cell with a tab', () => {
    const wb = sheet();
    expect(rangeText(wb, 'S', { row: 0, col: 0, rows: 3, cols: 3 })).toBe('1.00\ttwo\t3\n50%\t\t"tab\there"\nTRUE\t#DIV/0!\t');
  });

  it('copies whole rows up to the last used column', () => {
    const wb = sheet();
    expect(rangeText(wb, 'S', { row: 2, col: 0, rows: 1, cols: MAX_COLS })).toBe('TRUE\t#DIV/0!\t');
  });

  it('refuses a range too large to copy, saying so', () => {
    const wb = sheet();
    expect(() => rangeText(wb, 'S', { row: 0, col: 0, rows: MAX_RANGE_CELLS, cols: 2 })).toThrow(/select a smaller range/);
  });
});

describe('clearing a range', () => {
  it('empties the range and nothing else, as one undo step', () => {
    const wb = sheet();
    expect(clearRange(wb, 'S', { row: 0, col: 1, rows: 2, cols: 5 })).toBe(true);
    expect(wb.inputs('S')).toEqual([[1], ['50%'], [true, '=1/0']]);
    wb.undo();
    expect(wb.input('S', 1, 2)).toBe('tab\there');
    expect(wb.input('S', 0, 2)).toBe('=A1*3');
  });

  it('does nothing (no undo step) where there is nothing to clear', () => {
    const wb = sheet();
    expect(clearRange(wb, 'S', { row: 1, col: 1, rows: 1, cols: 1 })).toBe(false);
    expect(clearRange(wb, 'S', { row: 10, col: 0, rows: 3, cols: MAX_COLS })).toBe(false);
    expect(wb.canUndo).toBe(false);
  });
});

describe('column widths', () => {
  it('fits the widest shown text, bold measured as bold, plus the cell padding', () => {
    const wb = sheet();
    wb.setInput('S', 5, 1, 'a longer text');
    wb.updateMeta('S', (m) => m.bold.push({ row: 0, col: 1, rows: 1, cols: 1 }));
    // 10 px a character, bold 20: "two" bold is 60, "a longer text" 130; plus 14 px of padding and border.
    expect(fitWidth(wb, 'S', 1, (t, bold) => t.length * (bold ? 20 : 10))).toBe(144);
    expect(fitWidth(wb, 'S', 4, (t) => t.length * 10)).toBe(MIN_COL_WIDTH); // an empty column
  });

  it('keeps a width between the narrowest and the widest column, as one undo step', () => {
    expect(clampWidth(3)).toBe(MIN_COL_WIDTH);
    expect(clampWidth(99_999)).toBe(MAX_COL_WIDTH);
    const wb = sheet();
    setColumnWidth(wb, 'S', 2, 180.4);
    expect(wb.meta('S').columnWidths).toEqual({ 2: 180 });
    setColumnWidth(wb, 'S', 2, 180);
    wb.undo();
    expect(wb.meta('S').columnWidths).toEqual({});
  });
});

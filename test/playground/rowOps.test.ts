/** Inserting and deleting rows: cells and formulas move (HyperFormula), and the sheet's metadata moves with them. */
import { describe, expect, it } from 'vitest';
import { insertRows, rangeAfterInsert, rangeAfterRemove, removeRows } from '../../src/playground/rowOps';
import { DetailedCellError } from '../../src/playground/workbook';
import { newWorkbook } from './helpers';

const R = (row: number, rows: number, col = 0, cols = 1) => ({ row, col, rows, cols });

function sample() {
  const wb = newWorkbook();
  wb.addSheet('S');
  // A1:A4 = 1..4, B1 sums them, C6 doubles A4.
  wb.setInputs('S', 0, 0, [[1, '=SUM(A1:A4)'], [2, null], [3, null], [4, null]]);
  wb.setInput('S', 5, 2, '=A4*2');
  wb.updateMeta('S', (m) => {
    m.numberFormats.push({ range: R(1, 2), format: '0.00' }, { range: R(0, 1, 1), format: '@' });
    m.conditionalRules.push({ range: R(4, 3, 2), formula: 'C5>1', fill: '#C6EFCE', font: '#006100' });
    m.validations.push({ range: R(2, 1, 3), kind: 'list', values: ['x', 'y'] });
    m.bold.push(R(0, 1, 0, 3));
    m.tables.push({ name: 'T1', range: R(0, 4, 0, 2) });
    m.charts = [{ kind: 'line', title: 'A', source: R(1, 3, 0, 2), anchor: { row: 3, col: 4 }, width: 300, height: 200 }];
    m.columnWidths[2] = 150;
    m.freezeRows = 1;
  });
  wb.forgetHistory();
  return wb;
}

describe('ranges when rows come and go', () => {
  it('moves a range below the new rows, grows one they land inside, keeps one above', () => {
    expect(rangeAfterInsert(R(5, 2), 3, 2)).toEqual(R(7, 2));
    expect(rangeAfterInsert(R(3, 2), 3, 2)).toEqual(R(5, 2)); // inserted right above it: it moves
    expect(rangeAfterInsert(R(2, 3), 3, 2)).toEqual(R(2, 5));
    expect(rangeAfterInsert(R(0, 3), 3, 2)).toEqual(R(0, 3)); // inserted right below it: it stays
  });

  it('moves a range below the deleted rows up, shrinks one that loses some, drops one that loses all', () => {
    expect(rangeAfterRemove(R(6, 2), 2, 3)).toEqual(R(3, 2));
    expect(rangeAfterRemove(R(1, 3), 2, 3)).toEqual(R(1, 1));
    expect(rangeAfterRemove(R(3, 4), 2, 3)).toEqual(R(2, 2));
    expect(rangeAfterRemove(R(2, 3), 2, 3)).toBeUndefined();
    expect(rangeAfterRemove(R(0, 2), 2, 3)).toEqual(R(0, 2));
  });
});

describe('inserting rows', () => {
  it('moves cells and rewrites formulas that point across', () => {
    const wb = sample();
    insertRows(wb, 'S', 1, 2);
    expect(wb.inputs('S').map((r) => r[0] ?? null).slice(0, 6)).toEqual([1, null, null, 2, 3, 4]);
    expect(wb.input('S', 0, 1)).toBe('=SUM(A1:A6)');
    expect(wb.input('S', 7, 2)).toBe('=A6*2');
    expect(wb.value('S', 7, 2)).toBe(8);
  });

  it('moves the sheet metadata with the cells', () => {
    const wb = sample();
    insertRows(wb, 'S', 2, 1);
    const m = wb.meta('S');
    expect(m.numberFormats.map((f) => f.range)).toEqual([R(1, 3), R(0, 1, 1)]);
    expect(m.conditionalRules[0].range).toEqual(R(5, 3, 2));
    expect(m.conditionalRules[0].formula).toBe('C5>1'); // relative to the range's top-left: it moves with it
    expect(m.validations[0].range).toEqual(R(3, 1, 3));
    expect(m.bold).toEqual([R(0, 1, 0, 3)]);
    expect(m.tables[0].range).toEqual(R(0, 5, 0, 2));
    expect(m.charts?.[0].source).toEqual(R(1, 4, 0, 2));
    expect(m.charts?.[0].anchor).toEqual({ row: 4, col: 4 });
    expect(m.columnWidths).toEqual({ 2: 150 });
    expect(m.freezeRows).toBe(1);
  });

  it('grows the frozen rows when rows go in among them', () => {
    const wb = sample();
    insertRows(wb, 'S', 0, 2);
    expect(wb.meta('S').freezeRows).toBe(3);
    expect(wb.formatAt('S', 2, 1)).toBe('@');
  });

  it('is one undo step, cells and metadata together', () => {
    const wb = sample();
    const before = JSON.stringify(wb.meta('S'));
    insertRows(wb, 'S', 1, 3);
    expect(wb.undo()).toBe(true);
    expect(wb.input('S', 0, 1)).toBe('=SUM(A1:A4)');
    expect(wb.input('S', 5, 2)).toBe('=A4*2');
    expect(JSON.stringify(wb.meta('S'))).toBe(before);
    expect(wb.redo()).toBe(true);
    expect(wb.input('S', 8, 2)).toBe('=A7*2');
    expect(wb.meta('S').validations[0].range).toEqual(R(5, 1, 3));
  });
});

describe('deleting rows', () => {
  it('moves the rows below up; a formula that pointed into a deleted cell shows #REF!', () => {
    const wb = sample();
    removeRows(wb, 'S', 3, 1);
    expect(wb.input('S', 0, 1)).toBe('=SUM(A1:A3)');
    expect(wb.value('S', 0, 1)).toBe(6);
    const c = wb.value('S', 4, 2);
    expect(c).toBeInstanceOf(DetailedCellError);
    expect((c as DetailedCellError).value).toBe('#REF!');
  });

  it('shrinks, moves and drops the metadata ranges', () => {
    const wb = sample();
    removeRows(wb, 'S', 1, 2);
    const m = wb.meta('S');
    expect(m.numberFormats.map((f) => f.range)).toEqual([R(0, 1, 1)]); // A2:A3's format went with its rows
    expect(m.validations).toEqual([]);
    expect(m.conditionalRules[0].range).toEqual(R(2, 3, 2));
    expect(m.tables[0].range).toEqual(R(0, 2, 0, 2));
    expect(m.charts?.[0].source).toEqual(R(1, 1, 0, 2));
    expect(m.charts?.[0].anchor).toEqual({ row: 1, col: 4 });
    expect(m.freezeRows).toBe(1);
  });

  it('unfreezes the frozen rows it deletes', () => {
    const wb = sample();
    removeRows(wb, 'S', 0, 1);
    expect(wb.meta('S').freezeRows).toBe(0);
    expect(wb.meta('S').bold).toEqual([]);
  });

  it('is one undo step', () => {
    const wb = sample();
    removeRows(wb, 'S', 0, 4);
    expect(wb.inputs('S')[0]?.[0] ?? null).toBeNull();
    wb.undo();
    expect(wb.inputs('S').slice(0, 4).map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(wb.meta('S').freezeRows).toBe(1);
    expect(wb.meta('S').numberFormats).toHaveLength(2);
  });
});

describe('rows that cannot be inserted or deleted', () => {
  it('says what to fix and changes nothing', () => {
    const wb = sample();
    // HyperFormula's default sheet size is 40,000 rows (Config.maxRows).
    expect(() => insertRows(wb, 'S', 0, 39_997)).toThrow(/at most 40,000 rows\. Delete rows at the bottom first/);
    expect(() => insertRows(wb, 'S', -1, 1)).toThrow(/counted from 1/);
    expect(() => removeRows(wb, 'S', 0, 0)).toThrow(/1 or more/);
    expect(() => insertRows(wb, 'Nope', 0, 1)).toThrow(/no sheet called "Nope"/);
    expect(wb.inputs('S').slice(0, 4).map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(wb.canUndo).toBe(false);
  });

  it("lets a formula's array result spill again over inserted and deleted rows", () => {
    const wb = sample();
    wb.setInput('S', 10, 0, '=SEQUENCE(3)');
    insertRows(wb, 'S', 11, 1);
    expect([10, 11, 12].map((r) => wb.value('S', r, 0))).toEqual([1, 2, 3]);
    removeRows(wb, 'S', 11, 2);
    expect([10, 11, 12].map((r) => wb.value('S', r, 0))).toEqual([1, 2, 3]);
  });
});

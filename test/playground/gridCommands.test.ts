/** The grid's keys and row menu on the workbook: which key does what, on the selected rows; errors said, not thrown. */
import { describe, expect, it } from 'vitest';
import { GridCommands } from '../../src/playground/gridCommands';
import { Selection } from '../../src/playground/selection';
import { newWorkbook } from './helpers';

function setup() {
  const wb = newWorkbook();
  wb.addSheet('S');
  wb.setInputs('S', 0, 0, [['a'], ['b'], ['c'], ['d']]);
  wb.forgetHistory();
  const selection = new Selection({ sheet: 'S', row: 1, col: 0 });
  const errors: string[] = [];
  return { wb, selection, errors, commands: new GridCommands(wb, selection, (m) => errors.push(m)) };
}
const column = (wb: ReturnType<typeof newWorkbook>) => wb.inputs('S').map((r) => r[0] ?? null);
const press = (key: string, code: string, shiftKey = false) => ({ key, code, shiftKey });

describe('grid commands', () => {
  it('inserts as many rows as are selected, above or below them', () => {
    const { wb, selection, commands } = setup();
    selection.extendTo(2, 0); // rows 2-3 (b, c)
    commands.insertRows('below');
    expect(column(wb)).toEqual(['a', 'b', 'c', null, null, 'd']);
    commands.insertRows('above');
    expect(column(wb)).toEqual(['a', null, null, 'b', 'c', null, null, 'd']);
  });

  it('deletes the selected rows and leaves one cell selected where they were', () => {
    const { wb, selection, commands } = setup();
    selection.selectRows('S', 2, 1);
    commands.removeRows();
    expect(column(wb)).toEqual(['a', 'd']);
    expect(selection.range()).toEqual({ row: 1, col: 0, rows: 1, cols: 1 });
  });

  it('maps Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, Ctrl+Shift+= and Ctrl+- as Excel does, and nothing else', () => {
    const { wb, commands } = setup();
    commands.forCtrlKey(press('+', 'Equal', true))!();
    expect(column(wb)).toEqual(['a', null, 'b', 'c', 'd']);
    commands.forCtrlKey(press('z', 'KeyZ'))!();
    expect(column(wb)).toEqual(['a', 'b', 'c', 'd']);
    commands.forCtrlKey(press('Z', 'KeyZ', true))!();
    expect(column(wb)).toEqual(['a', null, 'b', 'c', 'd']);
    commands.forCtrlKey(press('-', 'Minus'))!();
    expect(column(wb)).toEqual(['a', 'b', 'c', 'd']);
    commands.forCtrlKey(press('z', 'KeyZ'))!();
    commands.forCtrlKey(press('y', 'KeyY'))!();
    expect(column(wb)).toEqual(['a', 'b', 'c', 'd']);
    expect(commands.forCtrlKey(press('=', 'Equal'))).toBeUndefined(); // Ctrl+= without Shift is not Insert
    expect(commands.forCtrlKey(press('c', 'KeyC'))).toBeUndefined(); // copy is the browser's copy event
  });

  it('says why a change cannot be made, and changes nothing', () => {
    const { wb, selection, errors, commands } = setup();
    selection.extendTo(39_999, 0); // 39,999 rows: with the 4 used, more than HyperFormula's 40,000
    commands.insertRows('above');
    expect(errors).toEqual([expect.stringMatching(/at most 40,000 rows/)]);
    expect(column(wb)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('copies and clears the selected range', () => {
    const { wb, selection, commands } = setup();
    selection.extendTo(2, 1);
    expect(commands.copyText()).toBe('b\t\nc\t');
    commands.clear();
    expect(column(wb)).toEqual(['a', null, null, 'd']);
  });
});

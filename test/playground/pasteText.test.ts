import { describe, expect, it } from 'vitest';
import { parsePastedText, toPastedText } from '../../src/playground/pasteText';

describe('pasted text', () => {
  it('splits rows by newline and cells by tab', () => {
    expect(parsePastedText('10\n9\r\n8\n')).toEqual([['10'], ['9'], ['8']]);
    expect(parsePastedText('a\tb\n1\t2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parsePastedText('a\t\tc')).toEqual([['a', '', 'c']]);
  });
  it('reads quoted cells as spreadsheets write them', () => {
    expect(parsePastedText('"line 1\nline 2"\tx\n"say ""hi"""')).toEqual([['line 1\nline 2', 'x'], ['say "hi"']]);
    expect(parsePastedText('"unclosed\tx')).toEqual([['"unclosed', 'x']]);
  });
  it('writes cells as spreadsheets copy them (checked against the text, not by reading it back)', () => {
    // A cell with a tab, a newline or a quote is quoted, its quotes doubled; rows end with \n; an empty cell stays empty.
    expect(toPastedText([['a\tb', 'c'], ['"q"', ''], ['line 1\nline 2', 'plain']])).toBe('"a\tb"\tc\n"""q"""\t\n"line 1\nline 2"\tplain');
  });
  it('round-trips', () => {
    const cells = [['a\tb', 'c'], ['"q"', '']];
    expect(parsePastedText(toPastedText(cells))).toEqual(cells);
  });
});

/**
 * Pasted text as a block of cells: rows by newline, cells by tab (what Excel, Sheets and most tables copy).
 * Quoted cells ("a<TAB>b", "line 1<LF>line 2", "say ""hi""") are read as one cell, as spreadsheets write them.
 */
export function parsePastedText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < s.length) {
    const ch = s[i];
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote that is followed by a tab, a newline or the end.
      const close = findClosingQuote(s, i + 1);
      if (close !== -1) {
        cell = s.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function findClosingQuote(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] !== '"') continue;
    if (s[j + 1] === '"') {
      j++;
      continue;
    }
    return j + 1 === s.length || s[j + 1] === '\t' || s[j + 1] === '\n' ? j : -1;
  }
  return -1;
}

/** A block of cells as tab-separated text (for copying out of the grid). */
export function toPastedText(cells: string[][]): string {
  const quote = (c: string) => (/[\t\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return cells.map((r) => r.map(quote).join('\t')).join('\n');
}

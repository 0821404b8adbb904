/**
 * The .xlsx the playground downloads, read as XML (not through exceljs): the applied cascade template with example data
 * must carry every formula's last result, spills stored the way Excel stores dynamic arrays, our functions in the
 * add-in form Excel stores (_xldudf_GOALS_), newer built-ins with _xlfn., the column widths, and no forced recalculation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { FUNCTIONS } from '../../shared/functions/registry';
import { workbookToXlsx } from '../../src/playground/xlsxFile';
import type { PlaygroundWorkbook } from '../../src/playground/workbook';
import { cascadeWorkbook, readXlsxXml, sameValue, type XmlCell } from './cascadeWorkbook';

let wb: PlaygroundWorkbook;
let file: Awaited<ReturnType<typeof readXlsxXml>>;

let numFmtOf: (c: XmlCell) => string | undefined;

beforeAll(async () => {
  wb = await cascadeWorkbook();
  file = await readXlsxXml(await workbookToXlsx(wb, ExcelJS));
  const styles = await file.text('xl/styles.xml');
  const codes = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  codes.set('9', '0%').set('10', '0.00%').set('2', '0.00').set('49', '@'); // built-in formats ([MS-XLSX] numFmtId)
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]);
  numFmtOf = (c) => codes.get(xfs[Number(c.attrs.s ?? 0)]);
});

const parseRef = (ref: string) => {
  const [a, b = a] = ref.split(':');
  const at = (s: string) => ({ col: [...s.replace(/\d+/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(s.replace(/[A-Z]+/, '')) - 1 });
  return { from: at(a), to: at(b) };
};

describe('the downloaded .xlsx of the cascade template, as XML', () => {
  it('caches the playground\'s result in every formula cell and in every cell of every spill', () => {
    let formulas = 0;
    let spilled = 0;
    for (const name of wb.sheetNames()) {
      const cells = new Map(file.sheets.get(name)!.cells.map((c) => [`${c.row},${c.col}`, c]));
      for (const c of cells.values()) {
        if (!c.formula) continue;
        formulas++;
        expect(c.cached, `${name}!${c.ref} has a cached value`).toBeDefined();
        expect(sameValue(c, wb.value(name, c.row, c.col)), `${name}!${c.ref}: cached ${c.cached} (t=${c.attrs.t}), playground ${String(wb.value(name, c.row, c.col))}`).toBe(true);
        if (c.formula.attrs.t !== 'array') continue;
        const { from, to } = parseRef(c.formula.attrs.ref);
        for (let r = from.row; r <= to.row; r++)
          for (let col = from.col; col <= to.col; col++) {
            if (r === c.row && col === c.col) continue;
            const cell = cells.get(`${r},${col}`);
            expect(cell?.cached, `${name} spill cell ${r},${col}`).toBeDefined();
            expect(sameValue(cell!, wb.value(name, r, col)), `${name} spill cell ${r},${col}`).toBe(true);
            expect(wb.isSpilledCell(name, r, col), `${name} ${r},${col} is a spill cell in the playground too`).toBe(true);
            spilled++;
          }
      }
      // Every cell the playground shows as spilled is inside one of the file's array formulas.
      const { rows, cols } = wb.size(name);
      for (let r = 0; r < rows; r++)
        for (let col = 0; col < cols; col++)
          if (wb.isSpilledCell(name, r, col)) expect(cells.get(`${r},${col}`)?.formula, `${name} ${r},${col} holds no formula of its own`).toBeUndefined();
    }
    expect(formulas).toBeGreaterThan(1000);
    // The Dashboard's goal tree indents with spaces: kept with xml:space (LibreOffice drops them otherwise).
    expect(file.sheets.get('Dashboard')!.xml).toMatch(/<v xml:space="preserve"> {4}\S/);
    // The Goals roll-up and the KPIs tracking columns spill over their 100 data rows.
    expect(spilled).toBeGreaterThanOrEqual(99 * 6);
  });

  it('stores each spill as a dynamic array: t="array" over the spill range, cm pointing at fDynamic metadata', async () => {
    const arrays = [...file.sheets.values()].flatMap((s) => s.cells.filter((c) => c.formula?.attrs.t === 'array'));
    expect(arrays.map((c) => c.formula!.attrs.ref)).toEqual(expect.arrayContaining(['K2:K101', 'T2:T101']));
    for (const c of arrays) expect(c.attrs.cm, c.ref).toBe('1');
    const metadata = await file.text('xl/metadata.xml');
    expect(metadata).toMatch(/<metadataType name="XLDAPR"/);
    expect(metadata).toMatch(/<xda:dynamicArrayProperties fDynamic="1"/);
    expect(metadata).toMatch(/<cellMetadata count="1"><bk><rc t="1" v="0"\/><\/bk><\/cellMetadata>/);
    expect(await file.text('[Content_Types].xml')).toContain('PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"');
    expect(file.rels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata.xml"/);
    const ids = [...file.rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes our functions as _xldudf_GOALS_NAME and newer built-ins with _xlfn. (FILTER with _xlfn._xlws.)', () => {
    const formulas = [...file.sheets.values()].flatMap((s) => s.cells.flatMap((c) => (c.formula ? [c.formula.text] : [])));
    const all = formulas.join('\n');
    for (const f of FUNCTIONS) {
      const bare = new RegExp(`(?<![A-Za-z0-9_.])${f.name}\\(`);
      expect(bare.test(all), `${f.name} written without the add-in form`).toBe(false);
    }
    for (const name of ['KPI_STATUS', 'KPI_ATTAINMENT', 'CASCADE_ROLLUP', 'SMART_CHECK', 'NPS']) expect(all).toContain(`_xldudf_GOALS_${name}(`);
    expect(all).not.toMatch(/GOALS\./);
    expect(all).toContain('_xlfn._xlws.FILTER(');
    expect(all).not.toMatch(/(?<![A-Za-z0-9_.])(FILTER|SEQUENCE|TEXTJOIN)\(/);
    expect(all).toContain('_xlfn.SEQUENCE(');
    expect(all).toContain('_xlfn.TEXTJOIN(');
    expect(all).not.toMatch(/_xlfn\.(IFERROR|COUNTIFS|INDEX|MATCH)\(/);
  });

  it('keeps column widths (dates wide enough), number formats, frozen rows, and forces no recalculation on load', () => {
    expect(file.workbook).not.toContain('fullCalcOnLoad');
    for (const name of wb.sheetNames()) {
      const { xml } = file.sheets.get(name)!;
      const widths = new Map([...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)].flatMap((m) => {
        const out: [number, number][] = [];
        for (let c = Number(m[1]); c <= Number(m[2]); c++) out.push([c - 1, Number(m[3])]);
        return out;
      }));
      for (const [col, px] of Object.entries(wb.meta(name).columnWidths)) expect(widths.get(Number(col)), `${name} column ${col}`).toBeCloseTo(px / 7, 1);
      // Every used column has a width, the playground's where the sheet sets none: a reader's default (8.43) is too
      // narrow for a yyyy-mm-dd date, which then shows as ###.
      for (let c = 0; c < wb.size(name).cols; c++) if (!(c in wb.meta(name).columnWidths)) expect(widths.get(c), `${name} column ${c}`).toBeCloseTo(96 / 7, 1);
      for (const f of wb.meta(name).numberFormats.filter((n) => n.format.startsWith('yyyy')))
        expect(widths.get(f.range.col) ?? 0, `${name} date column ${f.range.col}`).toBeGreaterThanOrEqual(10);
      // Each formatted cell's style carries the playground's number format.
      for (const c of file.sheets.get(name)!.cells) {
        const format = wb.formatAt(name, c.row, c.col);
        if (format) expect(numFmtOf(c), `${name}!${c.ref}`).toBe(format);
      }
      const freeze = wb.meta(name).freezeRows;
      if (freeze) expect(xml, name).toMatch(new RegExp(`<pane [^>]*ySplit="${freeze}"[^>]*state="frozen"`));
    }
  });

  it('keeps every validation over its own cells: no overlapping ranges (exceljs issue 2820), the last one given wins', () => {
    const typeOf = { list: 'list', listFromRange: 'list', number: 'decimal', date: 'date' } as const;
    let checked = 0;
    for (const name of wb.sheetNames()) {
      const expected = new Map<string, string>();
      for (const v of wb.meta(name).validations)
        for (let r = v.range.row; r < v.range.row + v.range.rows; r++) for (let c = v.range.col; c < v.range.col + v.range.cols; c++) expected.set(`${r},${c}`, typeOf[v.kind]);
      const written = new Map<string, string>();
      for (const m of file.sheets.get(name)!.xml.matchAll(/<dataValidation ([^>]*)>/g)) {
        const attrs = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
        for (const ref of attrs.sqref.split(' ')) {
          const { from, to } = parseRef(ref);
          for (let r = from.row; r <= to.row; r++)
            for (let c = from.col; c <= to.col; c++) {
              expect(written.has(`${r},${c}`), `${name} ${r},${c} in two validations`).toBe(false);
              written.set(`${r},${c}`, attrs.type);
            }
        }
      }
      expect(written, name).toEqual(expected);
      checked += expected.size;
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { hasMarker } from '../../shared/host/plan';
import { createPlaygroundAdapter, sheetValues } from '../../src/playground/adapter';
import { conditionalStyles } from '../../src/playground/conditionalFormats';
import { cellDisplay } from '../../src/playground/cellDisplay';
import { loadWorkbook } from '../../src/playground/persistence';
import { formulaFromFile, workbookToXlsx, xlsxToSaved } from '../../src/playground/xlsxFile';
import { formulaToFile } from '../../src/playground/xlsxFormulaNames';
import { GREEN, RED, YELLOW, handMadePlan, newWorkbook } from './helpers';

describe('.xlsx download and upload', () => {
  it('round-trips cells, formulas, text, formats, widths and the traffic-light rules', async () => {
    const wb = newWorkbook();
    wb.addSheet('Answers');
    wb.setInputs('Answers', 0, 0, [['50%', "'=text", "'90", '=SUM(D1:D3)', 1], [null, null, null, null, 2], [true, null, null, null, 3]]);
    await createPlaygroundAdapter(wb).applyPlan({
      ...handMadePlan(),
      addSheets: [
        ...handMadePlan().addSheets,
        { name: 'Lists', blocks: [{ row: 0, col: 0, cells: [['Weekly']] }], validations: [{ range: { row: 0, col: 0, rows: 5, cols: 1 }, kind: 'list', values: ['Weekly', 'Monthly'] }] },
      ],
    });
    const bytes = await workbookToXlsx(wb, ExcelJS);
    expect(bytes.byteLength).toBeGreaterThan(1000);

    // What Excel would read: formulas without "=", with their results; formats; the rules with their fills.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const kpis = book.getWorksheet('KPIs')!;
    expect(kpis.getCell('D2').value).toEqual({ formula: 'B2/C2', result: 1.05 });
    expect(kpis.getCell('D2').numFmt).toBe('0%');
    expect(kpis.getCell('E2').value).toBe('=not a formula');
    expect(book.getWorksheet('Answers')!.getCell('A1').numFmt).toBe('0%');

    const again = newWorkbook();
    loadWorkbook(again, await xlsxToSaved(bytes, ExcelJS));
    expect(again.sheetNames()).toEqual(wb.sheetNames());
    for (const s of wb.sheetNames()) expect(sheetValues(again, s)).toEqual(sheetValues(wb, s));
    expect(again.input('KPIs', 1, 3)).toBe('=B2/C2');
    expect(again.value('Answers', 0, 2)).toBe('90');
    expect(again.value('Answers', 0, 1)).toBe('=text');
    expect(cellDisplay(again, 'Answers', 0, 0).text).toBe('50%');
    expect(cellDisplay(again, 'Settings', 2, 1).text).toBe('2025-03-01');
    expect(again.meta('KPIs').conditionalRules).toEqual(wb.meta('KPIs').conditionalRules);
    expect(again.meta('KPIs').conditionalRules.every((r) => hasMarker(r.formula))).toBe(true);
    expect(again.meta('KPIs').columnWidths[0]).toBe(160);
    expect(again.meta('KPIs').freezeRows).toBe(1);
    expect(again.isBold('KPIs', 0, 2)).toBe(true);
    expect(again.meta('Lists').validations).toEqual([{ range: { row: 0, col: 0, rows: 5, cols: 1 }, kind: 'list', values: ['Weekly', 'Monthly'] }]);
    const styles = conditionalStyles(again, 'KPIs', { row: 1, col: 3, rows: 3, cols: 1 });
    expect([1, 2, 3].map((r) => styles.get(`${r},3`)?.fill)).toEqual([GREEN.fill, YELLOW.fill, RED.fill]);
  });

  it('reads formulas saved by Excel with the GOALS namespace in the playground syntax', () => {
    expect(formulaFromFile('GOALS.KPI_ATTAINMENT(B2,C2)+_xlfn.XLOOKUP(1,A:A,B:B)')).toBe('=KPI_ATTAINMENT(B2,C2)+XLOOKUP(1,A:A,B:B)');
    expect(formulaFromFile('_xludf.GOALS.NPS(A1:A9)')).toBe('=NPS(A1:A9)');
    expect(formulaFromFile('_xldudf_GOALS_KPI_STATUS(D2,0.9)&_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A:A,B:B>1))')).toBe('=KPI_STATUS(D2,0.9)&SORT(FILTER(A:A,B:B>1))');
    expect(formulaFromFile('_xlfn.LET(_xlpm.x,1,_xlpm.x+1)')).toBe('=LET(x,1,x+1)');
  });

  it('writes our functions in the add-in form Excel stores and newer built-ins with _xlfn.', () => {
    expect(formulaToFile('=KPI_STATUS(D2,Settings!$B$2,Settings!$B$3)')).toBe('_xldudf_GOALS_KPI_STATUS(D2,Settings!$B$2,Settings!$B$3)');
    expect(formulaToFile('=GOALS.NPS(A2:A9)')).toBe('_xldudf_GOALS_NPS(A2:A9)');
    expect(formulaToFile('=IFERROR(SORT(FILTER(A2:A9,B2:B9<>"")),"")')).toBe('IFERROR(_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A2:A9,B2:B9<>"")),"")');
    expect(formulaToFile('=TEXTJOIN(", ",TRUE,SEQUENCE(3))&IFS(A1>1,"x",TRUE,"y")&XLOOKUP(1,A:A,B:B)')).toBe(
      '_xlfn.TEXTJOIN(", ",TRUE,_xlfn.SEQUENCE(3))&_xlfn.IFS(A1>1,"x",TRUE,"y")&_xlfn.XLOOKUP(1,A:A,B:B)',
    );
    // Text in quotes and quoted sheet names are left as typed; a name that only ends like one of ours is not ours.
    expect(formulaToFile(`="NPS(1)"&'SORT(x'!A1&MY_NPS(A1)`)).toBe(`"NPS(1)"&'SORT(x'!A1&MY_NPS(A1)`);
    for (const f of ['=KPI_STATUS(D2)&FILTER(A:A,B:B)', '=MAXIFS(A:A,B:B,">1")+MINIFS(A:A,B:B,"<9")+CONCAT(IFNA(1,2))'])
      expect(formulaFromFile(formulaToFile(f))).toBe(f);
  });

  it('writes overlapping validations without overlaps: the later one keeps its cells, the earlier the rest', async () => {
    const wb = newWorkbook();
    wb.addSheet('Lists');
    wb.updateMeta('Lists', (m) => {
      m.validations = [
        { range: { row: 0, col: 0, rows: 12, cols: 1 }, kind: 'list', values: ['Weekly', 'Monthly'], help: 'How often.' },
        { range: { row: 4, col: 0, rows: 2, cols: 1 }, kind: 'number', min: 0, max: 10, help: '0 to 10.' },
        { range: { row: 0, col: 1, rows: 3, cols: 1 }, kind: 'date' },
        { range: { row: 0, col: 2, rows: 3, cols: 1 }, kind: 'number', min: 0 },
      ];
    });
    const saved = await xlsxToSaved(await workbookToXlsx(wb, ExcelJS), ExcelJS);
    const byCell = (list: { range: { row: number; col: number } }[]) => [...list].sort((a, b) => a.range.col - b.range.col || a.range.row - b.range.row);
    expect(byCell(saved.sheets[0].meta.validations)).toEqual([
      { range: { row: 0, col: 0, rows: 4, cols: 1 }, kind: 'list', values: ['Weekly', 'Monthly'], help: 'How often.' },
      { range: { row: 4, col: 0, rows: 2, cols: 1 }, kind: 'number', min: 0, max: 10, help: '0 to 10.' },
      { range: { row: 6, col: 0, rows: 6, cols: 1 }, kind: 'list', values: ['Weekly', 'Monthly'], help: 'How often.' },
      { range: { row: 0, col: 1, rows: 3, cols: 1 }, kind: 'date' },
      { range: { row: 0, col: 2, rows: 3, cols: 1 }, kind: 'number', min: 0 },
    ]);
  });
});

/**
 * A file as Excel saves it, written here by hand (not by our writer): our functions as _xldudf_GOALS_NAME (office-js
 * issue 6611 shows Excel's XML), FILTER as _xlfn._xlws.FILTER, a dynamic array with cm="1" over its spill range and
 * its results cached in the spill cells. Opened in the playground it reads in the playground's syntax, and the spill
 * cells are the formula's spill again, not typed constants.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sheetValues } from '../../src/playground/adapter';
import { loadWorkbook } from '../../src/playground/persistence';
import { xlsxToSaved } from '../../src/playground/xlsxFile';
import { DYNAMIC_ARRAY_METADATA } from '../../src/playground/xlsxDynamicArrays';
import { newWorkbook } from '../playground/helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>
<row r="1"><c r="A1" t="str"><v>Actual</v></c><c r="B1" t="str"><v>Target</v></c><c r="C1" t="str"><v>Status</v></c><c r="D1" t="str"><v>Greens</v></c></row>
<row r="2"><c r="A2"><v>105</v></c><c r="B2"><v>100</v></c><c r="C2" t="str"><f>_xldudf_GOALS_KPI_STATUS(_xldudf_GOALS_KPI_ATTAINMENT(A2,B2),1,0.9)</f><v>Green</v></c>
<c r="D2" t="str" cm="1"><f t="array" ref="D2:D3">_xlfn._xlws.FILTER(A2:A4,C2:C4="Green")</f><v>105</v></c></row>
<row r="3"><c r="A3"><v>80</v></c><c r="B3"><v>100</v></c><c r="C3" t="str"><f>_xldudf_GOALS_KPI_STATUS(_xldudf_GOALS_KPI_ATTAINMENT(A3,B3),1,0.9)</f><v>Red</v></c><c r="D3"><v>120</v></c></row>
<row r="4"><c r="A4"><v>120</v></c><c r="B4"><v>100</v></c><c r="C4" t="str"><f>_xldudf_GOALS_KPI_STATUS(_xldudf_GOALS_KPI_ATTAINMENT(A4,B4),1,0.9)</f><v>Green</v></c></row>
</sheetData></worksheet>`;

async function excelFile(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="KPIs" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sheetMetadata" Target="metadata.xml"/></Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', SHEET);
  zip.file('xl/metadata.xml', DYNAMIC_ARRAY_METADATA);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('a file saved by Excel with the add-in', () => {
  it('reads our functions and FILTER in the playground syntax, and the spill as a spill', async () => {
    const wb = newWorkbook();
    loadWorkbook(wb, await xlsxToSaved(await excelFile(), ExcelJS));
    expect(wb.input('KPIs', 1, 2)).toBe('=KPI_STATUS(KPI_ATTAINMENT(A2,B2),1,0.9)');
    expect(wb.input('KPIs', 1, 3)).toBe('=FILTER(A2:A4,C2:C4="Green")');
    expect(wb.input('KPIs', 2, 3)).toBeNull(); // D3 was the spill's second value, not a typed 120
    expect(wb.isSpilledCell('KPIs', 2, 3)).toBe(true);
    expect(sheetValues(wb, 'KPIs').map((r) => r.slice(2))).toEqual([['Status', 'Greens'], ['Green', 105], ['Red', 120], ['Green', '']]);
    // The spill follows its formula again: a third green KPI spills one row further.
    wb.setInput('KPIs', 2, 0, 130);
    expect(wb.value('KPIs', 3, 3)).toBe(120);
  });
});

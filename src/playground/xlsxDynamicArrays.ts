/**
 * Marks the array formulas of a written .xlsx as dynamic arrays (spills), a part exceljs cannot write: exceljs 4 has
 * no cell-metadata attribute (cm) and no xl/metadata.xml. Without them Excel reads a spill as a legacy Ctrl+Shift+Enter
 * array formula, shown with braces and fixed to its range. Per [MS-XLSX] 2.6.1 (CT_DynamicArrayProperties) the
 * dynamic-array flag is cell metadata: `<c cm="1">` points at the first cellMetadata block, whose futureMetadata entry
 * "XLDAPR" carries `<xda:dynamicArrayProperties fDynamic="1"/>`; office-js issue 6611 shows Excel's own output.
 */
import type JSZipType from 'jszip';

const METADATA_PART = 'xl/metadata.xml';
const METADATA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml';
const METADATA_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata';

/** The metadata part as Excel writes it for a workbook with dynamic arrays (one block, referenced as cm="1"). */
export const DYNAMIC_ARRAY_METADATA =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" ' +
  'merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

/** Each cell holding an array formula gets cm="1" (the dynamic-array metadata); returns how many were marked. */
export function markArrayCells(sheetXml: string): { xml: string; marked: number } {
  let marked = 0;
  const xml = sheetXml.replace(/<c ((?:(?!cm=)[^>])*?)>(?=<f t="array")/g, (_m, attrs: string) => {
    marked++;
    return `<c ${attrs} cm="1">`;
  });
  return { xml, marked };
}

/** Adds the dynamic-array metadata part, its content type and its relationship from the workbook (once). */
export async function addDynamicArrayMetadata(zip: JSZipType): Promise<void> {
  zip.file(METADATA_PART, DYNAMIC_ARRAY_METADATA);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  if (!types.includes('/xl/metadata.xml'))
    zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_TYPE}"/></Types>`));
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = await zip.file(relsPath)!.async('string');
  if (!rels.includes(METADATA_REL)) {
    const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
    const id = `rId${Math.max(0, ...ids) + 1}`;
    zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${METADATA_REL}" Target="metadata.xml"/></Relationships>`));
  }
}

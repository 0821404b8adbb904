/**
 * What exceljs 4 cannot write, added to its output by editing the zip (JSZip, which exceljs itself uses):
 * - dynamic-array marks on spilling formulas and their metadata part (xlsxDynamicArrays.ts);
 * - xml:space="preserve" on a cached formula text that starts or ends with spaces (the Dashboard's indented goal tree):
 *   without it LibreOffice drops the spaces when it reads <v>; Excel writes <v xml:space="preserve"> itself.
 */
import type JSZipType from 'jszip';
import { addDynamicArrayMetadata, markArrayCells } from './xlsxDynamicArrays';

async function loadJsZip(): Promise<typeof JSZipType> {
  const mod = (await import('jszip')) as unknown as typeof JSZipType & { default?: typeof JSZipType };
  return mod.default ?? mod;
}

/** Cached values with leading or trailing white space, kept as written. */
export function preserveCachedSpaces(sheetXml: string): string {
  return sheetXml.replace(/<v>(?=\s|[^<]*\s<\/v>)/g, '<v xml:space="preserve">');
}

export async function postProcessXlsx(bytes: Uint8Array): Promise<Uint8Array> {
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  let arrays = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const { xml, marked } = markArrayCells(await zip.file(path)!.async('string'));
    zip.file(path, preserveCachedSpaces(xml));
    arrays += marked;
  }
  if (arrays) await addDynamicArrayMetadata(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

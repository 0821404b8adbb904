/**
 * The goal-cascade template with example data, applied through the playground (adapter, port, HyperFormula with our
 * functions): the workbook the exports are compared with. Built without the .xlsx writer.
 */
import JSZip from 'jszip';
import { createPlaygroundAdapter } from '../../src/playground/adapter';
import { createPlaygroundPort } from '../../src/playground/playgroundPort';
import { Selection } from '../../src/playground/selection';
import { DetailedCellError, type CellResult, type PlaygroundWorkbook } from '../../src/playground/workbook';
import { newWorkbook } from '../playground/helpers';

export const TODAY = '2025-06-15';

export async function cascadeWorkbook(): Promise<PlaygroundWorkbook> {
  const wb = newWorkbook();
  wb.addSheet('Sheet1');
  const selection = new Selection({ sheet: 'Sheet1', row: 0, col: 0 });
  const port = createPlaygroundPort(createPlaygroundAdapter(wb, selection), () => TODAY);
  await port.applyTemplate({ template: 'cascade', exampleData: true });
  return wb;
}

export interface XmlCell {
  ref: string;
  row: number;
  col: number;
  attrs: Record<string, string>;
  formula?: { text: string; attrs: Record<string, string> };
  /** The <v> text, shared strings resolved; undefined without a <v>. */
  cached?: string;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attrsOf = (s: string) => Object.fromEntries([...s.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]));

export function cellRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** The file's parts and, per sheet name, its cells as written (a plain reading of the XML, not exceljs's). */
export async function readXlsxXml(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const shared = [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>|<t[^>]*\/>/g)].map((t) => t[1] ?? '').join('')),
  );
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const sheets = new Map<string, { xml: string; cells: XmlCell[] }>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const xml = await text(`xl/${target.replace(/^\/?xl\//, '')}`);
    const cells: XmlCell[] = [];
    for (const c of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = attrsOf(c[1]);
      const body = c[2] ?? '';
      const f = /<f([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>|<v(?:\s[^>]*)?\/>/.exec(body);
      let cached = v ? unescape(v[1] ?? '') : undefined;
      if (cached !== undefined && attrs.t === 's') cached = shared[Number(cached)];
      cells.push({ ref: attrs.r, ...cellRef(attrs.r), attrs, formula: f ? { text: unescape(f[2] ?? ''), attrs: attrsOf(f[1]) } : undefined, cached });
    }
    sheets.set(unescape(m[1]), { xml, cells });
  }
  return { zip, text, workbook, rels, sheets };
}

/** Whether a cached <v> (with its cell type) is the value the playground computed. */
export function sameValue(cell: XmlCell, value: CellResult): boolean {
  if (value instanceof DetailedCellError) return cell.attrs.t === 'e' && cell.cached === value.value;
  if (typeof value === 'number') return cell.attrs.t === undefined && Math.abs(Number(cell.cached) - value) <= 1e-12 * Math.max(1, Math.abs(value));
  if (typeof value === 'boolean') return cell.attrs.t === 'b' && cell.cached === (value ? '1' : '0');
  if (typeof value === 'string') return (cell.attrs.t === 'str' || cell.attrs.t === 's') && cell.cached === value;
  return cell.cached === undefined;
}

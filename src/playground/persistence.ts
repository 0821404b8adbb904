/**
 * The workbook survives a page reload: cells as typed (formulas as text), each sheet's metadata (rules, number
 * formats, validations...) and the selection are saved as JSON in localStorage, and read back when the page loads.
 */
import type { CellPosition } from './selection';
import { emptyMeta, type CellInput, type PlaygroundWorkbook, type SheetMeta } from './workbook';

export const STORAGE_KEY = 'goalpost.playground.workbook';
export const FORMAT_VERSION = 1;

export interface SavedSheet {
  name: string;
  cells: CellInput[][];
  meta: SheetMeta;
}

export interface SavedWorkbook {
  version: typeof FORMAT_VERSION;
  sheets: SavedSheet[];
  selection?: CellPosition;
}

/** Trailing empty cells and rows cut off, so the JSON stays small. */
function trim(cells: CellInput[][]): CellInput[][] {
  const rows = cells.map((row) => {
    let n = row.length;
    while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined)) n--;
    return row.slice(0, n).map((v) => (v === undefined ? null : v));
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

export function serializeWorkbook(wb: PlaygroundWorkbook, selection?: CellPosition): SavedWorkbook {
  return {
    version: FORMAT_VERSION,
    sheets: wb.sheetNames().map((name) => ({ name, cells: trim(wb.inputs(name)), meta: structuredCloneMeta(wb.meta(name)) })),
    selection,
  };
}

function structuredCloneMeta(m: SheetMeta): SheetMeta {
  return JSON.parse(JSON.stringify(m)) as SheetMeta;
}

/** Is this what serializeWorkbook wrote? (Anything else in storage is ignored, never half-loaded.) */
export function isSavedWorkbook(x: unknown): x is SavedWorkbook {
  if (!x || typeof x !== 'object') return false;
  const w = x as SavedWorkbook;
  return (
    w.version === FORMAT_VERSION &&
    Array.isArray(w.sheets) &&
    w.sheets.every((s) => s && typeof s.name === 'string' && Array.isArray(s.cells) && s.cells.every(Array.isArray) && !!s.meta && typeof s.meta === 'object')
  );
}

/** Replace the workbook's content with a saved one: all sheets first (formulas across sheets resolve), then cells. */
export function loadWorkbook(wb: PlaygroundWorkbook, saved: SavedWorkbook): void {
  wb.batch(() => {
    wb.clear();
    for (const s of saved.sheets) wb.addSheet(s.name);
    for (const s of saved.sheets) {
      wb.updateMeta(s.name, (m) => Object.assign(m, emptyMeta(), s.meta));
      if (s.cells.length) {
        const width = Math.max(...s.cells.map((r) => r.length));
        wb.setInputs(s.name, 0, 0, s.cells.map((r) => [...r, ...Array<CellInput>(width - r.length).fill(null)]));
      }
    }
  });
}

/** Where the JSON goes: localStorage in the page, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function saveToStore(store: KeyValueStore, wb: PlaygroundWorkbook, selection?: CellPosition): void {
  store.setItem(STORAGE_KEY, JSON.stringify(serializeWorkbook(wb, selection)));
}

/** The saved workbook, or undefined when there is none or it cannot be read. */
export function readFromStore(store: KeyValueStore): SavedWorkbook | undefined {
  const text = store.getItem(STORAGE_KEY);
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isSavedWorkbook(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

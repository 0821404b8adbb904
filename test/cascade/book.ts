/**
 * Hand-made workbook snapshots for the cascade's use cases: each sheet is its header row (how the use cases find our
 * sheets, shared/cascade/model.ts isOurs) and rows typed cell by cell by header name, as a host's used range returns
 * them (blanks as "", dates as serial numbers: WorkbookSnapshot in shared/host/port.ts).
 */
import { serialFromParts } from '../../shared/functions/coerce';
import type { WorkbookSnapshot } from '../../shared/host/port';
import {
  CHECKINS_HEADERS, DASHBOARD_HEADERS, GOALS_HEADERS, KPIS_HEADERS, NPS_HEADERS, OKRS_HEADERS, REVIEW_HEADERS, SETTINGS, SETTINGS_HEADERS,
  STRATEGY_HEADERS, type SheetKey,
} from '../../shared/templates/layout';

export const serial = (iso: string) => serialFromParts(...(iso.split('-').map(Number) as [number, number, number]));

const HEADERS: Record<SheetKey, readonly string[]> = {
  Strategy: STRATEGY_HEADERS, Goals: GOALS_HEADERS, KPIs: KPIS_HEADERS, 'Check-ins': CHECKINS_HEADERS, OKRs: OKRS_HEADERS, NPS: NPS_HEADERS,
  Review: REVIEW_HEADERS, Settings: SETTINGS_HEADERS, Dashboard: DASHBOARD_HEADERS,
};

/** One row of a sheet of ours: the cells named by their headers, every other cell blank. */
export function rowOf<H extends readonly string[]>(headers: H, cells: Partial<Record<H[number], unknown>>): unknown[] {
  return headers.map((h) => (cells as Record<string, unknown>)[h] ?? '');
}
export const goal = (cells: Partial<Record<(typeof GOALS_HEADERS)[number], unknown>>) => rowOf(GOALS_HEADERS, cells);
export const kpi = (cells: Partial<Record<(typeof KPIS_HEADERS)[number], unknown>>) => rowOf(KPIS_HEADERS, cells);
export const kr = (cells: Partial<Record<(typeof OKRS_HEADERS)[number], unknown>>) => rowOf(OKRS_HEADERS, cells);
export const review = (cells: Partial<Record<(typeof REVIEW_HEADERS)[number], unknown>>) => rowOf(REVIEW_HEADERS, cells);

/** The Settings sheet's data rows with some values typed (the others blank: the use cases then take the defaults). */
export function settings(values: Partial<Record<keyof typeof SETTINGS, unknown>> = {}): unknown[][] {
  const rows: unknown[][] = [];
  for (const [k, s] of Object.entries(SETTINGS)) rows[s.row - 1] = [s.label, (values as Record<string, unknown>)[k] ?? '', '', ''];
  return rows;
}

/**
 * A workbook: `sheets` maps a sheet name to [kind, data rows]; the kind's header row is put first. Kinds left out are
 * sheets the cascade lacks (an older Goalpost, a deleted sheet).
 */
export function book(sheets: Record<string, [SheetKey, unknown[][]]>, extra: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  const values: WorkbookSnapshot['values'] = {};
  for (const [name, [kind, rows]] of Object.entries(sheets)) values[name] = [[...HEADERS[kind]], ...rows];
  return { sheetNames: Object.keys(sheets), values, ...extra };
}

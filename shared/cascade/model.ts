/**
 * Reading the cascade back from a workbook snapshot. Our sheets are found by their header rows, not their names, so a
 * template applied beside a user's own "KPIs" sheet (ours then being "KPIs (2)") is still found.
 */
import type { WorkbookSnapshot } from '../host/port';
import { CHECKINS_HEADERS, DASHBOARD_HEADERS, GOALS_HEADERS, KPIS_HEADERS, NPS_HEADERS, OKRS_HEADERS, REVIEW_HEADERS, SETTINGS, SETTINGS_HEADERS, STRATEGY_HEADERS, SHEETS, type SheetKey } from '../templates/layout';
import type { SheetNames } from '../templates/formulas';

const HEADERS: Record<SheetKey, readonly string[]> = {
  Strategy: STRATEGY_HEADERS, Goals: GOALS_HEADERS, KPIs: KPIS_HEADERS, 'Check-ins': CHECKINS_HEADERS, OKRs: OKRS_HEADERS, NPS: NPS_HEADERS,
  Review: REVIEW_HEADERS, Settings: SETTINGS_HEADERS, Dashboard: DASHBOARD_HEADERS,
};

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();

/**
 * Does this sheet's first row carry our headers for `kind`? The first three headers are plain text on every host (in
 * Sheets, computed columns carry their header inside an array formula), and they are enough to tell our sheets apart.
 */
export function isOurs(kind: SheetKey, values: unknown[][] | undefined): boolean {
  // Stryker disable next-line ArrayDeclaration: a one-cell fallback row "Stryker was here" never matches a header either
  const first = values?.[0] ?? [];
  return HEADERS[kind].slice(0, 3).every((h, i) => text(first[i]).toLowerCase() === h.toLowerCase());
}

/** The sheets a use case may need: ours by name (base name or a "(n)" variant); user sheets are never read. */
export function candidateSheets(sheetNames: string[]): string[] {
  const re = new RegExp(`^(${SHEETS.join('|')})( \\(\\d+\\))?$`, 'i');
  return sheetNames.filter((n) => re.test(n));
}

/** Every set of template sheets found, first set first. A set is keyed by its Goals sheet. */
export function findTemplates(s: WorkbookSnapshot): SheetNames[] {
  const found: Partial<Record<SheetKey, string[]>> = {};
  for (const name of candidateSheets(s.sheetNames)) {
    const kind = SHEETS.find((k) => name.toLowerCase() === k.toLowerCase() || name.toLowerCase().startsWith(`${k.toLowerCase()} (`));
    if (kind && isOurs(kind, s.values[name])) (found[kind] ??= []).push(name);
  }
  const sets: SheetNames[] = [];
  (found.Goals ?? []).forEach((goals, i) => {
    const pick = (k: SheetKey) => found[k]?.[i] ?? found[k]?.[0] ?? '';
    sets.push({ Strategy: pick('Strategy'), Goals: goals, KPIs: pick('KPIs'), 'Check-ins': pick('Check-ins'), OKRs: pick('OKRs'), NPS: pick('NPS'), Review: pick('Review'), Settings: pick('Settings'), Dashboard: pick('Dashboard') });
  });
  return sets;
}

export interface GoalRow {
  row: number; // 0-based sheet row
  id: string; level: string; parent: string; team: string; owner: string; statement: string; deadline?: number; smart: string;
}
export interface KpiRow {
  row: number; id: string; goal: string; name: string; owner: string; target: unknown; deadline: unknown; team: string;
  unit: string; actual: unknown; latest: unknown; nextDue: unknown;
  /** What the KPIs sheet's Check column says ("OK", "No owner", "Overdue: check in"...). */
  check: string;
}
export interface KeyResultRow {
  row: number; objective: string;
}

// Stryker disable next-line ArrayDeclaration: the one extra element would be a header row, and every reader skips the header row (slice(1))
export function readGoals(values: unknown[][] = []): GoalRow[] {
  return values.slice(1).flatMap((r, i) => {
    const id = text(r[0]);
    if (!id) return [];
    const deadline = typeof r[7] === 'number' ? r[7] : undefined;
    return [{ row: i + 1, id, level: text(r[1]), parent: text(r[2]), team: text(r[3]), owner: text(r[4]), statement: text(r[5]), deadline, smart: text(r[9]) }];
  });
}

// Stryker disable next-line ArrayDeclaration: the one extra element would be a header row, and every reader skips the header row (slice(1))
export function readKpis(values: unknown[][] = []): KpiRow[] {
  return values.slice(1).flatMap((r, i) => {
    const id = text(r[0]);
    if (!id && !text(r[2])) return [];
    return [{
      row: i + 1, id, goal: text(r[1]), name: text(r[2]), owner: text(r[8]), target: r[10], deadline: r[13], team: text(r[17]),
      unit: text(r[4]), actual: r[11], latest: r[KPIS_HEADERS.indexOf('Latest check-in')], nextDue: r[KPIS_HEADERS.indexOf('Next update due')],
      check: text(r[KPIS_HEADERS.indexOf('Check')]),
    }];
  });
}

// Stryker disable next-line ArrayDeclaration: the one extra element would be a header row, and every reader skips the header row (slice(1))
export function readKeyResults(values: unknown[][] = []): KeyResultRow[] {
  return values.slice(1).flatMap((r, i) => (text(r[0]) ? [{ row: i + 1, objective: text(r[0]) }] : []));
}

/** A numeric setting from the Settings sheet, or its default. */
export function readSetting(values: unknown[][] | undefined, key: keyof typeof SETTINGS): number | undefined {
  const v = values?.[SETTINGS[key].row]?.[1];
  if (typeof v === 'number') return v;
  const d = SETTINGS[key].value;
  return typeof d === 'number' ? d : undefined;
}

/** The first row index at or after `from` whose cells in columns [0, width) are all empty. */
export function firstEmptyRow(values: unknown[][] = [], width: number, from = 1): number {
  let last = 0;
  values.forEach((r, i) => {
    if (r.slice(0, width).some((v) => text(v) !== '')) last = i;
  });
  return Math.max(from, last + 1);
}

/** The next free ID with a prefix: G13 after G12. */
export function nextId(prefix: string, ids: string[]): string {
  const re = new RegExp(`^${prefix}(\\d+)$`, 'i');
  const max = ids.reduce((m, id) => Math.max(m, Number(re.exec(id)?.[1] ?? 0)), 0);
  return `${prefix}${max + 1}`;
}

/**
 * The cascade a task acts on: the one asked for (by its Goals sheet), else the only one, else the one the active sheet
 * belongs to. With several and no way to tell, it says so rather than silently taking the first.
 */
export function pickCascade(s: WorkbookSnapshot, wanted?: string): SheetNames | undefined {
  const sets = findTemplates(s);
  if (wanted) {
    const set = sets.find((x) => x.Goals.toLowerCase() === wanted.toLowerCase());
    if (!set) throw new Error(`There is no goal cascade with the sheet "${wanted}" any more: pick one again.`);
    return set;
  }
  if (sets.length <= 1) return sets[0];
  const active = s.activeSheet?.toLowerCase();
  const mine = active ? sets.find((x) => Object.values(x).some((n) => n && n.toLowerCase() === active)) : undefined;
  if (mine) return mine;
  throw new Error(`This workbook has ${sets.length} goal cascades (${sets.map((x) => x.Goals).join(', ')}): pick the one to work in, or go to one of its sheets.`);
}

// ----- the goal tree, the review and the next cycle (issue 12) ------------------------------------------------------

/** A goal row with what the tree, the review and the next cycle need: its dates, its result and its raw input cells. */
export interface GoalDetail extends GoalRow {
  start?: number;
  /** The Goals sheet's Roll-up when it is a number; its Status when it is Green, Yellow or Red. */
  rollup?: number;
  status?: 'Green' | 'Yellow' | 'Red';
}

const STATUS_WORDS = ['Green', 'Yellow', 'Red'] as const;

/** A status cell as one of our three colours, or undefined (blank, an error, text of the user's). */
export function statusOf(v: unknown): GoalDetail['status'] {
  const t = text(v).toLowerCase();
  return STATUS_WORDS.find((s) => s.toLowerCase() === t);
}

// Stryker disable next-line ArrayDeclaration: the one extra element would be a header row, and every reader skips the header row (slice(1))
export function readGoalDetails(values: unknown[][] = []): GoalDetail[] {
  const at = (h: (typeof GOALS_HEADERS)[number]) => GOALS_HEADERS.indexOf(h);
  return readGoals(values).map((g) => {
    // Stryker disable next-line ArrayDeclaration: g was read from values[g.row], so the row is always there
    const r = values[g.row] ?? [];
    const start = r[at('Start')];
    const rollup = r[at('Roll-up')];
    return {
      ...g, start: typeof start === 'number' ? start : undefined,
      rollup: typeof rollup === 'number' && Number.isFinite(rollup) ? rollup : undefined, status: statusOf(r[at('Status')]),
    };
  });
}

/** The goal IDs that have a Review row (upper case). */
// Stryker disable next-line ArrayDeclaration: the one extra element would be a header row, and every reader skips the header row (slice(1))
export function readReviewedIds(values: unknown[][] = []): Set<string> {
  return new Set(values.slice(1).map((r) => text(r[0]).toUpperCase()).filter(Boolean));
}

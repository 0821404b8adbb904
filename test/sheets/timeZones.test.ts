/**
 * The Sheets add-on (built, against the fake) in spreadsheets whose zone is not the script's (platforms.md "Time
 * zones"): the snapshot reads date cells as the serials of what they show; every date the add-on writes shows the
 * plan's calendar date; "today" is today on the spreadsheet's clock, also near its midnight.
 * The script's zone is the process's TZ, changed per case (Node honours it at run time).
 */
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { DIST, loadSheets } from '../hosts/loaders';
import { fakeSheetsServices, WallDate, wallDate, type FakeSheet } from './fakeSheets';
import { instantOfWall, wallMs } from './zones';
import { planCascade } from '../../shared/templates/cascade';
import type { PlanCell } from '../../shared/host/plan';
import { loadSheetsSources } from './sourceLoader';

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

/** Spreadsheet zone x script zone: each spreadsheet both east and west of a script. */
const CASES: [sheet: string, script: string][] = [
  ['Europe/Berlin', 'America/Los_Angeles'], ['Europe/Berlin', 'Asia/Tokyo'],
  ['America/New_York', 'Asia/Tokyo'], ['America/New_York', 'Pacific/Honolulu'],
];

/** The add-on with a clock: `new Date()` and Date.now() in the script give `clock.now`. */
function builtAddon(timeZone: string, clock = { now: Date.now() }) {
  const RealDate = Date;
  class ClockDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.now);
      else super(...(args as [number]));
    }
    static now() {
      return clock.now;
    }
  }
  const fake = fakeSheetsServices(resolve(DIST, 'sheets'), { timeZone });
  const sheets = loadSheets({ ...fake.globals, Date: ClockDate });
  return { ...fake, ...sheets, clock };
}

/** The same from the sources (see ./sourceLoader): this realm's Date is the script's, its clock faked (vi.setSystemTime). */
function sourceAddon(timeZone: string, start = { now: Date.now() }) {
  vi.useFakeTimers({ toFake: ['Date'], now: start.now });
  const clock = {
    get now() {
      return Date.now();
    },
    set now(t: number) {
      vi.setSystemTime(t);
    },
  };
  const fake = fakeSheetsServices(resolve(DIST, 'sheets'), { timeZone });
  return { ...fake, ...loadSheetsSources(fake.globals), clock };
}
afterEach(() => {
  vi.useRealTimers();
});

const LOADERS = [['built', builtAddon], ['from its sources', sourceAddon]] as const;
const sheet = (a: { book: ReturnType<typeof fakeSheetsServices>['book'] }, name: string) => a.book.sheets.find((s) => s.name === name)!;
const shown = (s: FakeSheet, r: number, c: number) => {
  const v = s.cells.get(`${r},${c}`);
  return v instanceof WallDate ? v.iso : v;
};
/** `now` at the wall clock y-m-d h:mi of the spreadsheet. */
const at = (tz: string, y: number, m: number, d: number, h: number, mi: number) => instantOfWall(wallMs(y, m, d, h, mi), tz);

describe.each(LOADERS.flatMap(([how, addon]) => CASES.map(([zone, script]) => [how, zone, script, addon] as const)))('the add-on %s, a spreadsheet in %s, the script in %s', (_, zone, script, addon) => {
  it('reads date cells into the snapshot as the serials of what they show', () => {
    process.env.TZ = script;
    const a = addon(zone);
    a.book.seed('Dates', [['When', 'At'], [wallDate(2026, 1, 1), wallDate(2026, 1, 1, 18)], [wallDate(2025, 12, 31), wallDate(2026, 7, 1, 6)]]);
    const core = a.globals.GoalpostCore as { SheetsAdapter: new (app: unknown) => { snapshot(s: 'all'): { values: Record<string, unknown[][]> } } };
    const snap = new core.SheetsAdapter(a.globals.SpreadsheetApp).snapshot('all');
    expect(snap.values.Dates).toEqual([['When', 'At'], [46023, 46023.75], [46022, 46204.25]]);
  });

  it('writes the template\'s example dates and the Settings "as of" as the plan\'s calendar dates', () => {
    process.env.TZ = script;
    const a = addon(zone, { now: at(zone, 2026, 3, 10, 23, 30) });
    const r = a.call('applyTemplate', { template: 'cascade', exampleData: true }) as { sheets: string[] };
    expect(r.sheets).toContain('KPIs');
    const names = { Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review', Settings: 'Settings' };
    const plan = planCascade({ host: 'sheets', names, today: '2026-03-10', exampleData: true });
    let dates = 0;
    const wrong: string[] = [];
    for (const p of plan) {
      const s = sheet(a, p.name);
      for (const b of p.blocks) {
        b.cells.forEach((row: PlanCell[], i) => row.forEach((c, j) => {
          if (c && typeof c === 'object' && 'date' in c) {
            dates++;
            const got = shown(s, b.row + i + 1, b.col + j + 1);
            if (got !== c.date) wrong.push(`${p.name}!R${b.row + i + 1}C${b.col + j + 1}: ${got}, not ${c.date}`);
          }
        }));
      }
    }
    expect(dates).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });

  it('refreshes with today on the spreadsheet\'s clock, a minute either side of its midnight', () => {
    process.env.TZ = script;
    const a = addon(zone);
    a.call('applyTemplate', { template: 'cascade', exampleData: false });
    const settings = sheet(a, 'Settings');
    for (const [now, today] of [[at(zone, 2026, 3, 10, 23, 59), '2026-03-10'], [at(zone, 2026, 3, 11, 0, 1), '2026-03-11'], [at(zone, 2026, 12, 31, 23, 59), '2026-12-31']] as const) {
      a.clock.now = now;
      const r = a.call('refreshTrafficLights') as { asOf: string };
      expect(r.asOf).toBe(today);
      const asOf = [...settings.cells.entries()].filter(([, v]) => v instanceof WallDate).map(([, v]) => (v as WallDate).iso);
      expect(asOf).toEqual([today]);
    }
  });

  it('adds a goal with the wizard\'s start and deadline, and the start defaults to the spreadsheet\'s today', () => {
    process.env.TZ = script;
    const a = addon(zone, { now: at(zone, 2026, 5, 31, 23, 45) });
    a.call('addGoal', { statement: 'Cut costs by 5% by Q3 2027', level: 'Company', start: '2026-06-01', deadline: '2027-09-30', kpis: [{ name: 'Cost', target: 100 }] });
    a.call('addGoal', { statement: 'Hire 3 analysts by Q2 2027', level: 'Team', parentId: 'G1', deadline: '2027-06-30', kpis: [] });
    const goals = sheet(a, 'Goals');
    expect([shown(goals, 2, 7), shown(goals, 2, 8)]).toEqual(['2026-06-01', '2027-09-30']);
    expect([shown(goals, 3, 7), shown(goals, 3, 8)]).toEqual(['2026-05-31', '2027-06-30']);
    const kpis = sheet(a, 'KPIs');
    expect([shown(kpis, 2, 13), shown(kpis, 2, 14)]).toEqual(['2026-06-01', '2027-09-30']);
    // And the add-on reads back what it wrote: the deadline as its serial.
    const list = a.call('listGoals') as { id: string }[];
    expect(list.map((g) => g.id)).toEqual(['G1', 'G2']);
  });
});

/**
 * Checking in (issue 11): the use case refuses bad input and writes nothing; a check-in is ONE appended row on every
 * host (Excel: one request appending to the log's table; Sheets: Sheet.appendRow, the same calls for a log of 10 and of
 * 100,000 rows; playground: the row below the log), never touching another row or sheet.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { listKpis, planApplyTemplate, planCheckIn } from '../shared/cascade/useCases';
import { serialFromParts } from '../shared/functions/coerce';
import type { WorkbookSnapshot } from '../shared/host/port';
import { ExcelHost } from '../src/excel/excelHost';
import { createPlaygroundAdapter, sheetValues } from '../src/playground/adapter';
import { createPlaygroundPort } from '../src/playground/playgroundPort';
import { fakeExcel } from './excel/fakeExcel';
import { fakeSheetsServices } from './sheets/fakeSheets';
import { DIST, loadSheets } from './hosts/loaders';
import { newWorkbook } from './playground/helpers';
import { evaluatePlan } from './templates/evaluatePlan';

const TODAY = '2026-11-24';
const serial = (iso: string) => serialFromParts(...(iso.split('-').map(Number) as [number, number, number]));
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };

/** A snapshot of a workbook with the template and example data, as the playground evaluates it. */
function appliedSnapshot(): WorkbookSnapshot {
  const { plan } = planApplyTemplate(empty, { template: 'cascade', exampleData: true }, 'playground', TODAY);
  const book = evaluatePlan(plan);
  const values: WorkbookSnapshot['values'] = {};
  for (const s of plan.addSheets) values[s.name] = book.values(s.name).map((r) => r.map((v) => (v === null ? '' : typeof v === 'object' ? '#ERR' : v)));
  return { sheetNames: plan.addSheets.map((s) => s.name), values };
}

describe('the check-in use cases', () => {
  const snap = appliedSnapshot();
  const list = listKpis(snap, TODAY);
  const ids = list.kpis.map((k) => k.id);

  it('lists the KPIs overdue first, with their current value and the log', () => {
    expect(list.kpis[0]).toMatchObject({ id: 'K3', overdue: true, current: 1052, nextDue: '2026-11-11' });
    expect(list.kpis.filter((k) => k.overdue).map((k) => k.id)).toEqual(['K3']);
    expect(list.log).toEqual({ sheet: 'Check-ins' });
  });

  it('says what to do next without a cascade', () => {
    expect(listKpis(empty, TODAY)).toMatchObject({ kpis: [], message: expect.stringMatching(/apply the template first/) });
  });

  it('appends one row: date, KPI, value, confidence, note, who', () => {
    const { plan, result } = planCheckIn({ kpiId: 'k5', value: 10.8, confidence: 'At risk', note: ' Lost an account ', who: 'Head of sales' }, ids, list.log, 'sheets', TODAY);
    expect(plan.addSheets).toEqual([]);
    expect(plan.writes).toEqual([{ sheet: 'Check-ins', blocks: [{ row: 0, col: 0, appendBelowData: true, cells: [[{ date: TODAY }, 'K5', 10.8, 'At risk', 'Lost an account', 'Head of sales']] }] }]);
    expect(result.message).toBe('Checked in K5: 10.8 on 2026-11-24 (At risk).');
    const excel = planCheckIn({ kpiId: 'K5', value: 1 }, ids, { sheet: 'Check-ins', table: 'GoalpostCheckins' }, 'excel', TODAY).plan;
    expect(excel.writes![0].blocks[0].appendToTable).toBe('GoalpostCheckins');
  });

  it.each([
    [{ kpiId: 'K99', value: 1 }, /no KPI K99/],
    [{ kpiId: '', value: 1 }, /Pick the KPI/],
    [{ kpiId: 'K1', value: Number.NaN }, /must be a number/],
    [{ kpiId: 'K1', value: null as unknown as number }, /must be a number/],
    [{ kpiId: 'K1', value: 1, date: '2026-11-25' }, /in the future/],
    [{ kpiId: 'K1', value: 1, date: '2026-02-30' }, /not a date/],
    [{ kpiId: 'K1', value: 1, confidence: 'Fine' as 'On track' }, /Confidence must be one of/],
  ])('refuses %o and writes nothing', (entry, message) => {
    expect(() => planCheckIn(entry, ids, list.log, 'sheets', TODAY)).toThrow(message);
  });
});

describe('Excel: one request per check-in', () => {
  it('appends to the log table in one sync, touching nothing else', async () => {
    const x = fakeExcel();
    const host = new ExcelHost(x.run, () => TODAY);
    await host.applyTemplate({ template: 'cascade', exampleData: true });
    const list = await host.listKpis();
    expect(list.log?.table).toBe('GoalpostCheckins');
    const log = x.ctx.tables.find((t) => t.name === 'GoalpostCheckins')!;
    const rowsBefore = log.rows;
    const cellsBefore = new Map(x.ctx.sheets.map((s) => [s.name, JSON.stringify([...s.cells])]));
    x.ctx.syncs = 0;
    x.ctx.writes = [];
    await host.checkIn({ kpiId: 'K5', value: 10.8, confidence: 'At risk', note: '=1+1', who: 'Ana' });
    expect(x.ctx.syncs).toBe(1);
    expect(log.rows).toBe(rowsBefore + 1);
    const sheet = x.ctx.sheets.find((s) => s.name === 'Check-ins')!;
    const r = log.row + log.rows - 1;
    expect([0, 1, 2, 3, 4, 5].map((c) => sheet.cells.get(`${r},${c}`))).toEqual([serial(TODAY), 'K5', 10.8, 'At risk', '=1+1', 'Ana']);
    expect(sheet.formulaCells.has(`${r},4`)).toBe(false); // the note stays text
    for (const s of x.ctx.sheets) if (s.name !== 'Check-ins') expect(JSON.stringify([...s.cells]), s.name).toBe(cellsBefore.get(s.name));
    expect(x.ctx.writes).toEqual(['table rows add||1']);
  });

  it('writes nothing for a bad check-in', async () => {
    const x = fakeExcel();
    const host = new ExcelHost(x.run, () => TODAY);
    await host.applyTemplate({ template: 'cascade', exampleData: true });
    await host.listKpis();
    x.ctx.writes = [];
    await expect(host.checkIn({ kpiId: 'K1', value: 5, date: '2030-01-01' })).rejects.toThrow(/in the future/);
    expect(x.ctx.writes).toEqual([]);
  });
});

describe('Sheets: one appendRow, whatever the size of the log', () => {
  function addon(logRows: number) {
    const fake = fakeSheetsServices(resolve(DIST, 'sheets'));
    const s = loadSheets(fake.globals);
    s.call('applyTemplate', { template: 'cascade', exampleData: true });
    const log = fake.book.sheets.find((x) => x.name === 'Check-ins')!;
    for (let i = log.getLastRow() + 1; i <= logRows + 1; i++) {
      log.cells.set(log.key(i, 2), 'K1');
      log.cells.set(log.key(i, 3), 20);
    }
    log.maxRows = Math.max(log.maxRows, logRows + 10);
    fake.counter.total = 0;
    fake.counter.byMethod = {};
    return { ...fake, log, call: s.call };
  }

  it('appends the row below the log with the same calls for 10 and for 100,000 rows', () => {
    const counts = [10, 100000].map((n) => {
      const a = addon(n);
      const before = a.log.getLastRow();
      const r = a.call('checkIn', { kpiId: 'K5', value: 10.8, confidence: 'On track', note: '1.10', who: 'Ana' }) as { message: string };
      expect(r.message).toMatch(/^Checked in K5/);
      expect(a.log.getLastRow()).toBe(before + 1);
      const row = [1, 2, 3, 4, 5, 6].map((c) => a.log.cells.get(a.log.key(before + 1, c)));
      expect(row.slice(1)).toEqual(['K5', 10.8, 'On track', '1.10', 'Ana']); // "1.10" stays text
      expect(a.counter.byMethod['Sheet.appendRow']).toBe(1);
      return a.counter.total;
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('refuses an unknown KPI and writes nothing', () => {
    const a = addon(10);
    const before = a.log.getLastRow();
    expect(() => a.call('checkIn', { kpiId: 'K404', value: 1 })).toThrow(/no KPI K404/);
    expect(a.log.getLastRow()).toBe(before);
  });
});

describe('playground', () => {
  it('appends the check-in below the log and the KPI reads it', async () => {
    const wb = newWorkbook();
    wb.addSheet('Sheet1');
    const port = createPlaygroundPort(createPlaygroundAdapter(wb), () => TODAY);
    await port.applyTemplate({ template: 'cascade', exampleData: true });
    const filled = () => sheetValues(wb, 'Check-ins').filter((r) => r.some((v) => v !== '' && v !== null));
    const before = filled().length;
    await port.checkIn({ kpiId: 'K5', value: 10.5, confidence: 'At risk' });
    const log = filled();
    expect(log.length).toBe(before + 1);
    expect(log[before].slice(1, 4)).toEqual(['K5', 10.5, 'At risk']); // right below the last check-in
    const kpis = sheetValues(wb, 'KPIs');
    const k5 = kpis.find((r) => r[0] === 'K5')!;
    expect(k5[kpis[0].indexOf('Latest check-in')]).toBe(10.5);
    const list = await port.listKpis();
    expect(list.kpis.find((k) => k.id === 'K5')?.current).toBe(10.5);
  });
});

/**
 * Stands in for Excel around the real office.js in a browser test: after office.js has loaded (from the local
 * @microsoft/office-js package), this replaces Office / Excel / CustomFunctions with fakes backed by the fake object
 * model of test/excel/fakeExcel.ts, and records what the page registers.
 */
import { fakeExcel } from '../../excel/fakeExcel';

const excel = fakeExcel();
const associated: string[] = [];
const actions: Record<string, (e: { completed(): void }) => unknown> = {};
const w = window as unknown as Record<string, unknown>;
w.__fake = { ctx: excel.ctx, associated, actions, officeJsLoaded: typeof w.Office === 'object' };
/** Requirement-set versions compare part by part: 1.17 is newer than 1.8. */
const atMost = (v: string, max: string) => {
  const [a, b] = [v, max].map((x) => x.split('.').map(Number));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
};
// Patch the real Office object rather than replace it: office.js keeps using its own members (Office.Promise...).
const office = (w.Office ??= {}) as Record<string, unknown>;
Object.assign(office, {
  HostType: { ...(office.HostType as object), Excel: 'Excel' },
  onReady: (cb?: (i: { host: string; platform: string }) => void) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    cb?.(info);
    return Promise.resolve(info);
  },
  context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && atMost(v, '1.17') } },
  actions: { associate: (id: string, f: (e: { completed(): void }) => unknown) => void (actions[id] = f) },
});
w.Excel = { run: excel.run };
w.CustomFunctions = {
  associate: (id: string) => void associated.push(id),
  Error: class { constructor(readonly code: string, readonly message?: string) {} },
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
};

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
const themeHandlers: ((e: unknown) => void)[] = [];
/** Switch the Office theme as the user would in File > Account > Office Theme, and raise OfficeThemeChanged. */
const changeTheme = (theme: unknown) => {
  w.__officeTheme = theme;
  reinstall(); // office.js may have replaced Office.context again once its initialisation finished
  for (const h of themeHandlers) h({ type: 'officeThemeChanged', officeTheme: theme });
  return themeHandlers.length;
};
w.__fake = { ctx: excel.ctx, associated, actions, officeJsLoaded: typeof w.Office === 'object', changeTheme };
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
    reinstall();
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    cb?.(info);
    return Promise.resolve(info);
  },
});
/**
 * office.js redefines Office.context as it initialises (outside Office, to an empty one), after this script ran; so
 * the fake's context (and EventType) are put back when the pane asks Office.onReady; where one is pinned
 * (non-configurable: office.js's, or excel-shell.test.ts's own), the fake's missing members are added to it.
 */
const fakeMembers: Record<string, unknown> = {};
const keep = (name: string, value: unknown) => void (fakeMembers[name] = value);
function reinstall() {
  for (const [name, value] of Object.entries(fakeMembers)) {
    const d = Object.getOwnPropertyDescriptor(office, name);
    if (!d || d.configurable) Object.defineProperty(office, name, { value, configurable: true, writable: true, enumerable: true });
    else {
      // Pinned (office.js, once initialised, or a test): add the fake's members that object lacks, keep the rest.
      const current = office[name] as Record<string, unknown> | undefined;
      if (current && current !== value && typeof current === 'object' && Object.isExtensible(current)) {
        const own = Object.getOwnPropertyDescriptors(value as object);
        for (const key of Object.keys(own)) if (!(key in current)) Object.defineProperty(current, key, own[key]);
      }
    }
  }
}
reinstall();
keep('context', {
  requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && atMost(v, '1.17') },
  // Office.context.officeTheme (https://learn.microsoft.com/javascript/api/office/office.officetheme): the theme's
  // colours as "#RRGGBB" and isDarkTheme. A test sets window.__officeTheme before the page loads (addInitScript);
  // without it the property is undefined, as in hosts without the theme API. A getter, so a change shows at once.
  get officeTheme() {
    return w.__officeTheme;
  },
  document: {
    // Document.addHandlerAsync(Office.EventType.OfficeThemeChanged, handler)
    // (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-addhandlerasync-member(1)):
    // kept so a test can raise the event with window.__fake.changeTheme(theme); other event types fail as the docs
    // say an unsupported event does, through the callback's AsyncResult.
    addHandlerAsync: (type: string, handler: (e: unknown) => void, cb?: (r: { status: string; error?: { message: string } }) => void) => {
      if (type !== 'officeThemeChanged') return cb?.({ status: 'failed', error: { message: `Event ${type} not supported` } });
      themeHandlers.push(handler);
      cb?.({ status: 'succeeded' });
    },
  },
});
// Office.EventType.OfficeThemeChanged is the string "officeThemeChanged" (https://learn.microsoft.com/javascript/api/office/office.eventtype).
keep('EventType', { ...(office.EventType as object), OfficeThemeChanged: 'officeThemeChanged' });
Object.assign(office, {
  actions: { associate: (id: string, f: (e: { completed(): void }) => unknown) => void (actions[id] = f) },
});
w.Excel = { run: excel.run };
w.CustomFunctions = {
  associate: (id: string) => void associated.push(id),
  Error: class { constructor(readonly code: string, readonly message?: string) {} },
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
};

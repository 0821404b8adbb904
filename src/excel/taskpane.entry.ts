/**
 * dist/excel/taskpane.js: the task pane of the shared runtime (the same page also runs functions.js). It registers the
 * ribbon's "Refresh traffic lights" function command at the top level, as Microsoft's shared-runtime template does,
 * so the button works whatever the pane's own checks decide, and mounts the shared UI over the Excel Host port.
 * Where office.js did not load, or Office never says it is ready, the pane says so instead of "Loading...".
 */
import { mountApp, readableError, type AppHandle, type Status } from '../../shared/ui/app';
import { ExcelHost } from './excelHost';
import { fluentTheme } from '../../shared/ui/themeFluent';
import { isDarkOfficeTheme } from '../../shared/ui/themeOffice';

/** The newest API the adapter uses: Range.autoFill for the tables' calculated columns (ExcelApi 1.9). */
export const REQUIRED = { set: 'ExcelApi', version: '1.9' };
/** How long Office.onReady may take before the pane says what may be wrong (the pane still mounts if it comes later). */
export const READY_TIMEOUT_MS = 5000;
/** How long the ribbon command waits for the pane's checks (Office has normally run them before it calls a command). */
const COMMAND_WAIT_MS = 2000;

const NOT_EXCEL = 'Goalpost runs in Excel: open a workbook and start Goalpost there (Home > Add-ins). ' +
  'Opened in a browser on its own or in another Office app, this page cannot work.';
const TOO_OLD = `This Excel is too old for Goalpost's task pane and ribbon button: they need ${REQUIRED.set} ${REQUIRED.version} ` +
  '(Microsoft 365, Excel 2021 or Excel on the web). The GOALS functions still work in cells.';
const NOT_READY = 'Office has not started Goalpost yet. If this message stays, open Goalpost from a workbook in Excel ' +
  '(Home > Add-ins): opened in a browser on its own, this page cannot reach a workbook. ' +
  'Inside Excel, close the pane and open it again.';

declare function goalpostNoOffice(): void;

function root(): HTMLElement | null {
  return document.getElementById('app');
}

/** Show one plain sentence in the pane in place of the app (or of "Loading..."). */
function message(text: string, error = true) {
  const el = root();
  if (!el) return;
  const p = document.createElement('p');
  p.style.cssText = `font:13px Segoe UI,Arial,sans-serif;padding:8px${error ? ';color:#a4262c' : ''}`;
  p.setAttribute('role', error ? 'alert' : 'status');
  p.textContent = text;
  el.replaceChildren(p);
}

/** Set once the pane is mounted; until then a report waits in `pending` and the pane shows it when it mounts. */
let app: { host: ExcelHost; handle: AppHandle } | null = null;
let pending: Status | undefined;
/** What Office.onReady said; the ribbon command waits for it briefly so the pane's own checks have run. */
let ready: Promise<Office.HostType | null | undefined> | null = null;

function report(status: Status) {
  if (app) app.handle.showStatus(status);
  else {
    pending = status;
    message(status.text, status.error);
  }
}

function supported(): boolean {
  try {
    // Before Office has initialised there is no context: then try, and let Excel say what is missing.
    return Office.context?.requirements?.isSetSupported(REQUIRED.set, REQUIRED.version) ?? true;
  } catch {
    return true;
  }
}

const within = <T>(p: Promise<T>, ms: number): Promise<T | undefined> =>
  Promise.race([p, new Promise<undefined>((ok) => setTimeout(() => ok(undefined), ms))]);

/** The ribbon button: refresh with the pane's host, or with one of its own when the pane is not mounted. */
async function refreshFromRibbon(event: Office.AddinCommands.Event) {
  const label = 'Refresh traffic lights';
  try {
    const host = ready ? await within(ready, COMMAND_WAIT_MS) : undefined;
    if (host && host !== Office.HostType.Excel) throw new Error(NOT_EXCEL);
    if (typeof Excel === 'undefined' || !Excel.run) throw new Error(NOT_EXCEL);
    if (!supported()) throw new Error(TOO_OLD);
    const port = app?.host ?? new ExcelHost((batch) => Excel.run(batch));
    report({ text: (await port.refreshTrafficLights()).message });
  } catch (e) {
    // A function command has no UI of its own: open the pane and say there what went wrong.
    report({ text: `${label} did not work. ${readableError(e)}`, error: true });
    try {
      await Office.addin?.showAsTaskpane?.();
    } catch {
      // An Excel without SharedRuntime 1.1 cannot open the pane from code; the message waits there.
    }
  } finally {
    event.completed();
  }
}

/**
 * Fluent, light or dark as the user's Office theme: Office.context.officeTheme
 * (https://learn.microsoft.com/javascript/api/office/office.officetheme; isDarkTheme where present, else the luminance
 * of bodyBackgroundColor, see themeOffice.ts).
 */
function officeTheme() {
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = Office.context?.officeTheme;
  } catch {
    // Some hosts throw rather than return undefined where the theme API is missing: then the pane stays light.
  }
  return fluentTheme(isDarkOfficeTheme(theme));
}

/**
 * Follow a theme change while the pane is open: Office raises Office.EventType.OfficeThemeChanged on the document
 * (https://learn.microsoft.com/javascript/api/office/office.eventtype, OfficeThemeChangedEventArgs) where the host
 * supports it; elsewhere addHandlerAsync reports a failure, or the member is missing, and the pane keeps its theme
 * until it is reopened.
 */
function followThemeChanges(handle: AppHandle) {
  try {
    const type = Office.EventType?.OfficeThemeChanged;
    if (!type || !Office.context?.document?.addHandlerAsync) return;
    Office.context.document.addHandlerAsync(type, () => handle.setTheme?.(officeTheme()));
  } catch {
    // No theme events in this host: nothing to follow.
  }
}

function start() {
  if (typeof Office === 'undefined' || !Office.onReady) {
    // office.js failed to load: the page says so (taskpane.html), or this says it for a page without that script.
    if (typeof goalpostNoOffice === 'function') goalpostNoOffice();
    else message('Goalpost could not load office.js, the Office script it needs. Check the connection and reopen Goalpost from Excel.');
    return;
  }
  // At the top level, before and whatever Office.onReady decides: Office calls this for the ribbon button.
  Office.actions?.associate('refreshTrafficLights', refreshFromRibbon);

  const waiting = setTimeout(() => message(NOT_READY), READY_TIMEOUT_MS);
  ready = Office.onReady().then((info) => {
    clearTimeout(waiting);
    const el = root();
    if (!el) return info.host;
    if (info.host !== Office.HostType.Excel) message(NOT_EXCEL);
    else if (!supported()) message(TOO_OLD);
    else {
      const host = new ExcelHost((batch) => Excel.run(batch));
      app = { host, handle: mountApp(el, host, pending, officeTheme()) };
      followThemeChanges(app.handle);
    }
    return info.host;
  });
}

start();

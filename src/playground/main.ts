/**
 * dist/playground/main.js: the playground page. A grid on HyperFormula with every Goalpost function, and beside it
 * the same add-in UI as the Excel task pane and the Sheets sidebar, talking to the grid through the playground's
 * Host port. The workbook is kept in localStorage and survives a reload.
 */
import { mountApp } from '../../shared/ui/app';
import { fluentTheme } from '../../shared/ui/themeFluent';
import { createPlaygroundAdapter } from './adapter';
import { ChartPanel } from './chartPanel';
import { installConsoleApi } from './consoleApi';
import { createPlaygroundWorkbook } from './engine';
import { FileActions } from './fileActions';
import { FormulaBar } from './formulaBar';
import { GridView } from './gridView';
import { loadWorkbook, readFromStore, saveToStore, STORAGE_KEY } from './persistence';
import { createPlaygroundPort } from './playgroundPort';
import { Selection } from './selection';
import { SheetTabs } from './sheetTabs';
import { friendlyFileError, SAVED_DAMAGED } from './friendlyErrors';

const SAVE_DELAY_MS = 300;

function byId(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`The page has no #${id}.`);
  return e;
}

function cycleFocusWithF6(regions: HTMLElement[]): void {
  const focusables = (r: HTMLElement) =>
    [...r.querySelectorAll<HTMLElement>('[tabindex="0"], input:not([type=hidden]), select, textarea, button')].filter((e) => !e.hidden && !(e as HTMLButtonElement).disabled);
  addEventListener('keydown', (e) => {
    if (e.key !== 'F6') return;
    e.preventDefault();
    const now = regions.findIndex((r) => r.contains(document.activeElement));
    for (let i = 1; i <= regions.length; i++) {
      const next = regions[(now + (e.shiftKey ? -i : i) + regions.length * 2) % regions.length];
      const target = focusables(next)[0];
      if (target) return target.focus();
    }
  });
}

function start(): void {
  const wb = createPlaygroundWorkbook();
  let notice = '';
  const saved = readFromStore(localStorage);
  // A saved workbook that cannot be read is copied aside before anything is saved over it, so nothing is lost.
  const keepAside = () => localStorage.setItem(`${STORAGE_KEY}.unreadable`, localStorage.getItem(STORAGE_KEY) ?? '');
  const KEPT = ` A copy is kept in this browser (${STORAGE_KEY}.unreadable); starting empty.`;
  if (saved) {
    try {
      loadWorkbook(wb, saved);
    } catch (e) {
      keepAside();
      wb.clear();
      // In the user's words (no parser or library text).
      notice = friendlyFileError(e instanceof Error ? e.message : String(e)) + KEPT;
    }
  } else if (localStorage.getItem(STORAGE_KEY)) {
    keepAside();
    notice = SAVED_DAMAGED + KEPT;
  }
  if (!wb.sheetNames().length) wb.addSheet('Sheet1');
  // The workbook the page opens with is where Ctrl+Z stops.
  wb.forgetHistory();
  const first = wb.sheetNames()[0];
  const at = saved?.selection && wb.hasSheet(saved.selection.sheet) ? saved.selection : { sheet: first, row: 0, col: 0 };
  const selection = new Selection(at);

  const adapter = createPlaygroundAdapter(wb, selection);
  const port = createPlaygroundPort(adapter);
  const files = new FileActions(wb, selection);
  let bar: FormulaBar | undefined;
  const grid = new GridView(wb, selection, {
    onEditorInput: (text) => bar?.mirror(text),
    onError: (message) => files.say(message, true),
  });
  bar = new FormulaBar(wb, selection, grid);
  const tabs = new SheetTabs(wb, selection);

  byId('file-actions').replaceWith(files.element);
  byId('formula-bar').replaceWith(bar.element);
  byId('sheet-area').append(grid.element);
  // The charts of the sheet on show (the Dashboard's), drawn by a chunk loaded only when such a sheet is shown.
  byId('sheet-area').append(new ChartPanel(wb, selection).element);
  byId('sheet-tabs').replaceWith(tabs.element);
  mountApp(byId('addin'), port, undefined, fluentTheme(false));
  grid.render();
  grid.focus();
  // F6 moves between the grid, the formula bar and the add-in panel (as in Office), so Tab can stay a spreadsheet key.
  cycleFocusWithF6([grid.element, bar.element, byId('addin')]);
  if (notice) files.say(notice, true);

  // Save after every change (debounced) and when the page goes away.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    try {
      saveToStore(localStorage, wb, selection.get());
    } catch (e) {
      files.say(`Could not keep the workbook in this browser: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  wb.onChange(saveSoon);
  selection.onChange(saveSoon);
  addEventListener('pagehide', () => timer !== undefined && save());
  installConsoleApi(window, wb, selection, { saveNow: save });
}

start();

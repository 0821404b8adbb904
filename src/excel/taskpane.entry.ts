/**
 * dist/excel/taskpane.js: the task pane of the shared runtime (the same page also runs functions.js). It mounts the
 * shared UI over the Excel Host port and registers the ribbon's "Refresh traffic lights" function command.
 */
import { mountApp } from '../../shared/ui/app';
import { ExcelHost } from './excelHost';

/** The newest API the adapter uses: data validation prompts and getRangeByIndexes (ExcelApi 1.8). */
export const REQUIRED = { set: 'ExcelApi', version: '1.8' };

function message(root: HTMLElement, text: string) {
  const p = document.createElement('p');
  p.style.cssText = 'font:13px Segoe UI,Arial,sans-serif;padding:8px;color:#a4262c';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  root.replaceChildren(p);
}

Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    message(root, 'Goalpost runs in Excel: open this add-in from a workbook.');
    return;
  }
  if (!Office.context.requirements.isSetSupported(REQUIRED.set, REQUIRED.version)) {
    message(root, `This Excel is too old for the Goalpost task pane: it needs ${REQUIRED.set} ${REQUIRED.version} ` +
      '(Microsoft 365, Excel 2021 or Excel on the web). The GOALS functions still work in cells.');
    return;
  }
  const host = new ExcelHost((batch) => Excel.run(batch));
  mountApp(root, host);
  // The ribbon button runs this in the shared runtime without opening the pane.
  Office.actions.associate('refreshTrafficLights', async (event: Office.AddinCommands.Event) => {
    try {
      await host.refreshTrafficLights();
    } finally {
      event.completed();
    }
  });
});

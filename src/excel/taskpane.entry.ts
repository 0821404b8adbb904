/**
 * dist/excel/taskpane.js: the task pane of the shared runtime. For now it tells the user the functions are loaded;
 * the Excel adapter and the shared UI come with the Excel add-in issue.
 */
Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  const p = document.createElement('p');
  p.style.cssText = 'font:13px Segoe UI,Arial,sans-serif;padding:8px';
  p.textContent = info.host === Office.HostType.Excel
    ? 'Goalpost functions are loaded: type =GOALS. in a cell to see them.'
    : 'Open this add-in in Excel.';
  root.replaceChildren(p);
});

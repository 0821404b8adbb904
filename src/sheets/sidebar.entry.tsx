/**
 * The Sheets sidebar: the shared UI over google.script.run. Inlined into Sidebar.html by build/sheets.mjs. Opened
 * outside Sheets (no google.script.run, e.g. the file opened in a browser) it says so at once instead of failing on
 * the first call. It takes Google's add-on look (themeGoogle.ts).
 */
import { mountApp } from '../../shared/ui/app';
import { TASKS, type TaskId } from '../../shared/ui/home';
import { GOOGLE_THEME } from '../../shared/ui/themeGoogle';
import { OUTSIDE_SHEETS, scriptRunAvailable, scriptRunPort } from './scriptRunPort';

const root = document.getElementById('app')!;
// The menu item that opened the sidebar names its task in data-task (server.ts showSidebarAt); none: Home.
const named = root.dataset.task;
const startTask = TASKS.find((t) => t.id === named)?.id as TaskId | undefined;
if (scriptRunAvailable()) mountApp(root, scriptRunPort, undefined, GOOGLE_THEME, startTask);
else {
  const p = document.createElement('p');
  p.style.cssText = 'font:13px Arial,sans-serif;padding:8px 12px;color:#a4262c';
  p.setAttribute('role', 'alert');
  p.textContent = OUTSIDE_SHEETS;
  root.replaceChildren(p);
}

/**
 * The Sheets sidebar: the shared UI over google.script.run. Inlined into Sidebar.html by build/sheets.mjs. Opened
 * outside Sheets (no google.script.run, e.g. the file opened in a browser) it says so at once instead of failing on
 * the first call. It takes Google's add-on look (themeGoogle.ts).
 */
import { mountApp } from '../../shared/ui/app';
import { GOOGLE_THEME } from '../../shared/ui/themeGoogle';
import { OUTSIDE_SHEETS, scriptRunAvailable, scriptRunPort } from './scriptRunPort';

const root = document.getElementById('app')!;
if (scriptRunAvailable()) mountApp(root, scriptRunPort, undefined, GOOGLE_THEME);
else {
  const p = document.createElement('p');
  p.style.cssText = 'font:13px Arial,sans-serif;padding:8px 12px;color:#a4262c';
  p.setAttribute('role', 'alert');
  p.textContent = OUTSIDE_SHEETS;
  root.replaceChildren(p);
}

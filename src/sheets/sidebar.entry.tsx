/** The Sheets sidebar: the shared UI over google.script.run. Inlined into Sidebar.html by build/sheets.mjs. */
import { mountApp } from '../../shared/ui/app';
import { scriptRunPort } from './scriptRunPort';

mountApp(document.getElementById('app')!, scriptRunPort);

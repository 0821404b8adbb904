// Bytes of each built file; the task pane JS and the Sheets sidebar HTML have a budget (office.js excluded).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dist } from '../build/common.mjs';
import { atMost, figure } from './report.mjs';

const BUDGETED = { 'excel/taskpane.js': 200 * 1024, 'sheets/Sidebar.html': 200 * 1024 };

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

export async function run() {
  for (const file of [...walk(dist())].sort()) {
    const rel = relative(dist(), file);
    if (!/\.(js|html|json)$/.test(rel)) continue;
    const bytes = statSync(file).size;
    const limit = BUDGETED[rel];
    figure(`size dist/${rel}`, Math.round(bytes / 102.4) / 10, 'KB', limit ? atMost(limit / 1024, 'KB') : undefined);
  }
  // The two panels side by side (issue 14: Fluent in the pane, Google's look in the sidebar), each against its budget.
  for (const [rel, label] of [['excel/taskpane.js', 'panel Excel task pane JS (Fluent look)'], ['sheets/Sidebar.html', 'panel Sheets sidebar HTML (Google look)']]) {
    try {
      figure(label, Math.round(statSync(dist(rel)).size / 102.4) / 10, 'KB', atMost(BUDGETED[rel] / 1024, 'KB'));
    } catch {
      // Reported as missing below.
    }
  }
  for (const rel of Object.keys(BUDGETED)) {
    try {
      statSync(dist(rel));
    } catch {
      figure(`size dist/${rel}`, 'missing', '', { test: () => false, text: 'must be built' });
    }
  }
}

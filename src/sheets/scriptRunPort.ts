/**
 * The sidebar's Host port: each call goes to the server entry through google.script.run, and a failure comes back as
 * an Error with the server's message (the UI shows it as a sentence).
 */
import type { HostPort } from '../../shared/host/port';

interface ScriptRun {
  withSuccessHandler(f: (v: unknown) => void): ScriptRun;
  withFailureHandler(f: (e: unknown) => void): ScriptRun;
  [target: string]: unknown;
}
declare const google: { script?: { run?: ScriptRun } } | undefined;

export const OUTSIDE_SHEETS = 'Goalpost\'s sidebar runs inside Google Sheets: open a spreadsheet and choose ' +
  'Extensions > Goalpost > Goal wizard. Opened on its own (for example, as a file in a browser) it cannot reach a spreadsheet.';

/** Whether Apps Script's client API is here: HtmlService provides it in a sidebar, nothing does elsewhere. */
export function scriptRunAvailable(): boolean {
  return typeof google !== 'undefined' && !!google?.script?.run;
}

function call<T>(target: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    if (!scriptRunAvailable()) return reject(new Error(OUTSIDE_SHEETS));
    // Stryker disable OptionalChaining: google.script.run's failure handler gets the Error object the server threw (developers.google.com/apps-script/guides/html/reference/run#withFailureHandler(Function)), never null or undefined.
    const runner = google!.script!.run!
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(new Error((e as Error)?.message || String(e) || `${target} failed.`)));
    // Stryker restore OptionalChaining
    (runner[target] as (...a: unknown[]) => void)(...args);
  });
}

export const scriptRunPort: HostPort = {
  kind: 'sheets',
  applyTemplate: (o) => call('applyTemplate', o),
  refreshTrafficLights: () => call('refreshTrafficLights'),
  listCascades: () => call('listCascades'),
  listGoals: (c) => call('listGoals', c ?? null),
  addGoal: (g) => call('addGoal', g),
  checkGoals: (c) => call('checkGoals', c ?? null),
  selectCell: (r) => call('selectCell', r),
  listKpis: (c) => call('listKpis', c ?? null),
  checkIn: (c) => call('checkIn', c),
  goalTree: (c) => call('goalTree', c ?? null),
  listReviews: (c) => call('listReviews', c ?? null),
  saveReview: (r) => call('saveReview', r),
  listNextCycle: (c) => call('listNextCycle', c ?? null),
  startNextCycle: (ids, c) => call('startNextCycle', ids, c ?? null),
  workbookSummary: (c) => call('workbookSummary', c ?? null),
};

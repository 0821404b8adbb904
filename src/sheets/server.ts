/**
 * The Apps Script server entry: the add-on menu, the sidebar, and the google.script.run targets. Each target runs the
 * same three steps as every host: snapshot -> the core plans -> the Sheets adapter applies. Arguments and results are
 * plain objects (google.script.run passes no Date). build/sheets.mjs emits a top-level declaration per function here.
 */
import type { ApplyTemplateOptions, CellRef, NewCheckIn, NewGoal, NewReview } from '../../shared/host/port';
import type { TaskId } from '../../shared/ui/home';
import {
  checkGoals as checkGoalsIn, goalTree as goalTreeIn, listCascades as listCascadesIn, listGoals as listGoalsIn, listKpis as listKpisIn, listNextCycle as listNextCycleIn,
  listReviews as listReviewsIn, planAddGoal, planApplyTemplate, planCheckIn, planNextCycle, planRefresh, planReview, sheetsToRead,
  workbookSummary as workbookSummaryIn,
} from '../../shared/cascade/useCases';
import { SheetsAdapter } from './adapter';

/** The services, read when a function runs, never at load (onOpen may run in AuthMode.NONE). */
const services = () => ({ app: SpreadsheetApp, html: HtmlService });

/** The adapter for the active spreadsheet; `a.today()` is today in the SPREADSHEET's zone, not the script's. */
function adapter(): SheetsAdapter {
  return new SheetsAdapter(services().app);
}

function snapshot(a: SheetsAdapter) {
  return a.snapshot(sheetsToRead(a.book.getSheets().map((s) => s.getName())));
}

/** The add-on menu: each item opens the sidebar on the task it names ("Open Goalpost" on Home). */
export const MENU: [label: string, handler: string][] = [
  ['Open Goalpost', 'showSidebar'],
  ['Apply template...', 'showApplyTemplate'],
  ['Goal wizard', 'showGoalWizard'],
  ['Check in', 'showCheckIn'],
  ['Review and next cycle', 'showReview'],
  ['Check goals', 'showCheckGoals'],
  ['Refresh traffic lights', 'menuRefreshTrafficLights'],
];

export function onOpen(): void {
  const menu = services().app.getUi().createAddonMenu();
  for (const [label, handler] of MENU) menu.addItem(label, handler);
  menu.addToUi();
}

export function onInstall(): void {
  onOpen();
}

/**
 * Open the sidebar, on `task` when given. Sidebar.html is a plain file, not a template (a `<?` in the bundle would be
 * parsed as a scriptlet), so the task goes into its one `<div id="app">` as data-task: HtmlOutput.getContent() and
 * HtmlService.createHtmlOutput(html) (developers.google.com/apps-script/reference/html/html-output#getContent(),
 * .../html-service#createHtmlOutput(String)).
 */
function showSidebarAt(task?: TaskId): void {
  const { app, html } = services();
  const page = html.createHtmlOutputFromFile('Sidebar');
  const out = task ? html.createHtmlOutput(page.getContent().replace('<div id="app">', `<div id="app" data-task="${task}">`)) : page;
  app.getUi().showSidebar(out.setTitle('Goalpost'));
}

export function showSidebar(): void {
  showSidebarAt();
}
export function showApplyTemplate(): void {
  showSidebarAt('template');
}
export function showGoalWizard(): void {
  showSidebarAt('wizard');
}
export function showCheckIn(): void {
  showSidebarAt('checkin');
}
export function showReview(): void {
  showSidebarAt('review');
}
export function showCheckGoals(): void {
  showSidebarAt('check');
}

export function menuRefreshTrafficLights(): void {
  const r = refreshTrafficLights();
  services().app.getActiveSpreadsheet().toast(r.message, 'Goalpost', 5);
}

export function applyTemplate(options: ApplyTemplateOptions) {
  const a = adapter();
  const asked = {
    // Stryker disable next-line StringLiteral: the only template there is; the core does not read this tag.
    template: 'cascade' as const,
    exampleData: !!options?.exampleData,
    addSecondCascade: !!options?.addSecondCascade,
  };
  const { plan, result } = planApplyTemplate(snapshot(a), asked, 'sheets', a.today());
  a.applyPlan(plan);
  return result;
}

export function refreshTrafficLights() {
  const a = adapter();
  const { plan, result } = planRefresh(snapshot(a), 'sheets', a.today());
  a.applyRefresh(plan);
  return result;
}

export function listCascades() {
  return listCascadesIn(snapshot(adapter()));
}

export function listGoals(cascade?: string) {
  return listGoalsIn(snapshot(adapter()), cascade ?? undefined);
}

export function addGoal(goal: NewGoal) {
  const a = adapter();
  const { plan, result } = planAddGoal(snapshot(a), goal, 'sheets', a.today());
  a.applyPlan(plan);
  return result;
}

export function checkGoals(cascade?: string) {
  return checkGoalsIn(snapshot(adapter()), cascade ?? undefined);
}

/** The check-in log is read as its header row only: listing KPIs and checking in cost the same for any log size. */
function snapshotWithoutLog(a: SheetsAdapter) {
  const names = sheetsToRead(a.book.getSheets().map((s) => s.getName()));
  // Stryker disable next-line Regex: sheetsToRead kept only whole names of our sheets; only the logs hold "check-ins".
  return a.snapshot(names, names.filter((n) => /^check-ins( \(\d+\))?$/i.test(n)));
}

export function listKpis(cascade?: string) {
  const a = adapter();
  return listKpisIn(snapshotWithoutLog(a), a.today(), cascade ?? undefined);
}

export function checkIn(entry: NewCheckIn) {
  const a = adapter();
  const today = a.today();
  const list = listKpisIn(snapshotWithoutLog(a), today, entry.cascade);
  // Stryker disable next-line StringLiteral: a check-in differs only for Excel's log table; '' and 'sheets' plan alike.
  const { plan, result } = planCheckIn(entry, list.kpis.map((k) => k.id), list.log, 'sheets', today);
  a.applyPlan(plan);
  return result;
}

/**
 * The goal tree, the review and the next cycle read our sheets but not the check-in log (the KPIs sheet already shows
 * each KPI's latest check-in): the same calls for 10 goals and for 1,000, for a log of any size.
 */
export function goalTree(cascade?: string) {
  return goalTreeIn(snapshotWithoutLog(adapter()), cascade ?? undefined);
}

export function listReviews(cascade?: string) {
  const a = adapter();
  return listReviewsIn(snapshotWithoutLog(a), a.today(), cascade ?? undefined);
}

export function saveReview(review: NewReview) {
  const a = adapter();
  // Stryker disable next-line StringLiteral: a review differs by host only for Excel tables and the playground's lookups.
  const { plan, result } = planReview(snapshotWithoutLog(a), review, 'sheets', a.today());
  a.applyPlan(plan);
  return result;
}

/** Home's numbers: the KPIs sheet shows each KPI's next due date, so the log is not read (as for listKpis). */
export function workbookSummary(cascade?: string) {
  const a = adapter();
  return workbookSummaryIn(snapshotWithoutLog(a), a.today(), cascade ?? undefined);
}

export function listNextCycle(cascade?: string) {
  const a = adapter();
  return listNextCycleIn(snapshotWithoutLog(a), a.today(), cascade ?? undefined);
}

export function startNextCycle(goalIds: string[], cascade?: string) {
  const a = adapter();
  const { plan, result } = planNextCycle(snapshotWithoutLog(a), goalIds, 'sheets', a.today(), cascade ?? undefined);
  a.applyPlan(plan);
  return result;
}

export function selectCell(ref: CellRef): void {
  adapter().select(ref.sheet, ref.row, ref.col);
}

/** The names build/sheets.mjs declares at the top level of server.js. */
export const SERVER_FUNCTIONS = ['onOpen', 'onInstall', 'showSidebar', 'showApplyTemplate', 'showGoalWizard', 'showCheckIn', 'showReview', 'showCheckGoals', 'menuRefreshTrafficLights', 'applyTemplate', 'refreshTrafficLights',
  'listGoals', 'addGoal', 'checkGoals', 'selectCell', 'listKpis', 'checkIn', 'goalTree', 'listReviews', 'saveReview', 'listNextCycle', 'startNextCycle', 'listCascades', 'workbookSummary'] as const;

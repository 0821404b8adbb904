/**
 * The panel's Home (issue 14): what Goalpost is in one sentence, the state of this workbook (template or not, goals,
 * KPIs overdue for a check-in, goals due for review) and one button per task, the way Office and Google add-ins open
 * one task at a time. The numbers come from the Host port (workbookSummary), the same lists the tasks show.
 */
import type { ComponentChildren } from 'preact';
import type { WorkbookSummary } from '../host/port';
import { Button } from './controls';

/** The tasks of the panel, in Home's order; `heading` is the id of the task's h2, which gets focus when it opens. */
export const TASKS = [
  { id: 'template', label: 'Apply template', heading: 'gp-templates' },
  { id: 'wizard', label: 'Goal wizard', heading: 'gp-wizard' },
  { id: 'checkin', label: 'Check in', heading: 'gp-checkin' },
  { id: 'review', label: 'Review and next cycle', heading: 'gp-review' },
  { id: 'check', label: 'Check goals', heading: 'gp-check' },
  { id: 'lights', label: 'Traffic lights', heading: 'gp-lights' },
  { id: 'tree', label: 'Goal tree', heading: 'gp-goals' },
] as const;

export type TaskId = (typeof TASKS)[number]['id'];

/** What Home knows of the workbook: not read yet, the numbers, or why they could not be read. */
export type SummaryState = { loading: true } | { summary: WorkbookSummary } | { error: string };

/** The workbook's numbers as short cards; a number that asks for work (overdue, due) is marked, never by colour alone. */
function Summary({ state }: { state: SummaryState }) {
  if ('loading' in state) return <p class="gp-hint" data-testid="summary-loading">Reading the workbook...</p>;
  if ('error' in state) return <p class="gp-status gp-error" data-testid="summary-error">{`The workbook could not be read: ${state.error}`}</p>;
  const s = state.summary;
  if (!s.template) {
    return (
      <ul class="gp-summary" aria-label="This workbook" data-testid="summary">
        <li class="gp-wide" data-testid="summary-template">No goal cascade in this workbook yet: choose Apply template to start.</li>
      </ul>
    );
  }
  const card = (testid: string, n: number, text: string, attention: boolean) => (
    <li class={attention && n > 0 ? 'gp-attention' : undefined} data-testid={testid} data-count={n}>
      <span class="gp-num">{n}</span>
      {text}
    </li>
  );
  return (
    <ul class="gp-summary" aria-label="This workbook" data-testid="summary">
      <li class="gp-wide" data-testid="summary-template">
        {`Goal cascade on the sheet ${s.cascade}${s.cascades > 1 ? ` (one of ${s.cascades})` : ''}.`}
      </li>
      {card('summary-goals', s.goals, s.goals === 1 ? ' goal' : ' goals', false)}
      {card('summary-overdue', s.overdueKpis, s.overdueKpis === 1 ? ' KPI overdue for a check-in' : ' KPIs overdue for a check-in', true)}
      {card('summary-reviews', s.reviewsDue, ` ${s.reviewsDue === 1 ? 'goal' : 'goals'} due for review`, true)}
    </ul>
  );
}

/** Home's task buttons stay enabled while an action runs: opening a task is only reading, and its own buttons wait. */
export function Home(props: { summary: SummaryState; onOpen: (task: TaskId) => void; children?: ComponentChildren }) {
  const { summary, onOpen, children } = props;
  return (
    <div class="gp-home" data-testid="home">
      <p class="gp-lead">Goalpost keeps your goals, the KPIs that measure them and their check-ins in this workbook, with traffic lights, SMART checks and reviews at the deadline.</p>
      <Summary state={summary} />
      {children}
      <nav aria-label="Tasks">
        <ul class="gp-tasks">
          {TASKS.map((t) => (
            <li key={t.id}>
              <Button data-task={t.id} onClick={() => onOpen(t.id)}>{t.label}</Button>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

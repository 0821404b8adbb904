/**
 * The add-in's UI, written once against the Host port and compiled into the Excel task pane, the Sheets sidebar and
 * the playground. Preact (a few KB) keeps the bundles far under the 200 KB budget. The panel is organised by task (issue
 * 14): Home shows the workbook's state and one button per task; a task opens alone, with a way back (the Home button,
 * Escape) and its status bar in view. Workbook text is rendered as text
 * (JSX escapes it); nothing here uses innerHTML.
 */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CascadeChoice, Finding, HostPort } from '../host/port';
import { GoalWizard } from './wizard';
import { CheckIn } from './checkIn';
import { GOALS_STYLES, GoalTreeTask } from './goalTree';
import { Review } from './review';
import { NextCycle } from './nextCycle';
import { STYLES, WIZARD_STYLES } from './styles';
import { TaskHeading } from './help';
import { Home, TASKS, type SummaryState, type TaskId } from './home';
import { PANEL_STYLES } from './panelStyles';
import { Button, Checkbox, Select } from './controls';
import { HostThemeContext, PLAIN_THEME, installTheme, type HostTheme } from './theme';

type Busy = null | string;

/** Turn whatever a host threw into one readable sentence. */
export function readableError(e: unknown): string {
  const msg = e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
  return msg && msg !== '{}' ? msg : 'Something went wrong; please try again.';
}

/** A status line: what the last action did, or why it failed. */
export interface Status {
  text: string;
  error?: boolean;
}

/** What the page around the app may do to a mounted app, e.g. the Excel ribbon command reporting into the pane. */
export interface AppHandle {
  showStatus(status: Status): void;
  /** Switch the host's look (e.g. Office's theme changed to dark); the app keeps its state. */
  setTheme?(theme: HostTheme): void;
}

/**
 * The parts of a task view that run actions, each followed by the status bar when it ran the last one: the progress and
 * the result then show next to the buttons that were used. The first part of a view takes a status that came from
 * elsewhere (the Excel ribbon, Escape).
 */
const PARTS: Record<TaskId, string[]> = {
  template: ['template'], lights: ['lights'], wizard: ['wizard'], checkin: ['checkin'], tree: ['tree'], review: ['review', 'next'], check: ['check'],
};

/**
 * The status bar: the busy label with a progress bar while an action runs, then what it did. `sticky` keeps it at the
 * bottom of the pane (after a long part such as the goal tree, whose buttons are anywhere in it).
 */
function StatusBar({ status, busy, sticky, echo }: { status: Status; busy: Busy; sticky?: boolean; echo?: boolean }) {
  // A part that says its own result next to its button (the wizard, Check in, Review, Next cycle) would show it twice:
  // there the success is only read out, not shown again; progress and errors still show.
  const quiet = echo && !busy && !status.error;
  return (
    <div class={`gp-taskstatus${sticky ? ' gp-sticky' : ''}${status.text || busy ? '' : ' gp-empty'}`}>
      {busy && (
        <div class="gp-progress" data-testid="progress">
          <progress aria-label={busy} />
        </div>
      )}
      <p class={`gp-status${status.error ? ' gp-error' : ''}${quiet ? ' gp-sr-only' : ''}`} role="status" aria-live="polite" data-testid="status">
        {status.text}
      </p>
    </div>
  );
}

/** The parts that show their own result next to their button. */
const OWN_FEEDBACK = ['wizard', 'checkin', 'review', 'next'];

export function App({ port, initialStatus, handle, startTask }: { port: HostPort; initialStatus?: Status; handle?: AppHandle; startTask?: TaskId }) {
  // Stryker disable next-line ObjectLiteral: a status without text shows as the empty one
  const [status, setStatus] = useState<Status>(initialStatus ?? { text: '' });
  const [busy, setBusy] = useState<Busy>(null);
  const [example, setExample] = useState(true);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  // Bumped after every action that may have changed the workbook, so the tasks and Home re-read it.
  const [changes, setChanges] = useState(0);
  // A command outside the pane (the Excel ribbon) changed the workbook too: report it and re-read.
  // Stryker disable next-line ArithmeticOperator: changes is only compared for a change; n - 1 changes it as n + 1 does
  if (handle) handle.showStatus = (s) => { setStatus(s); setChanges((n) => n + 1); };
  // The workbook's cascades; with more than one, the tasks act on the one picked here (default: the active sheet's).
  const [cascades, setCascades] = useState<CascadeChoice[] | null>(null);
  // Stryker disable next-line StringLiteral: no pick yet; no cascade is named like the replacement
  const [picked, setPicked] = useState('');
  const [askSecond, setAskSecond] = useState('');
  // One task at a time; the tasks opened once stay mounted (hidden), so going Home never loses what was typed.
  // A host may open the panel on a task (the Sheets menu's "Goal wizard"); Home is one click back.
  const [task, setTask] = useState<TaskId | null>(startTask ?? null);
  // Stryker disable next-line ArrayDeclaration: a visited id that is no task shows no view
  const [visited, setVisited] = useState<TaskId[]>(startTask ? [startTask] : []);
  // Stryker disable next-line StringLiteral: without a start task no part shows until a task opens and sets it
  const [part, setPart] = useState(startTask ? PARTS[startTask][0] : '');
  // Stryker disable next-line BooleanLiteral: Home tests 'loading' in the state, not its value
  const [summary, setSummary] = useState<SummaryState>({ loading: true });
  const root = useRef<HTMLElement>(null);
  const left = useRef<TaskId | null>(null);
  const reads = useRef(0);
  const refocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    // Stryker disable next-line ArrayDeclaration: a list of one cascade acts as none (only more than one shows the picker)
    port.listCascades().then((c) => setCascades(c ?? []), () => setCascades([]));
  }, [port, changes]);
  // Stryker disable next-line ArrayDeclaration: a list of one cascade acts as none (only more than one shows the picker)
  const list = cascades ?? [];
  const cascade = list.length > 1
    ? (list.find((c) => c.goals === picked) ?? list.find((c) => c.active) ?? list[0]).goals
    : undefined;

  // Home's numbers: read when Home shows, and again after every change (the latest read wins).
  useEffect(() => {
    if (task || cascades === null) return;
    // Stryker disable next-line UpdateOperator: counting down numbers the reads as uniquely as counting up
    const n = ++reads.current;
    port.workbookSummary(cascade).then(
      (s) => n === reads.current && setSummary(s ? { summary: s } : { error: 'the add-in got no answer; close and open it again.' }),
      (e: unknown) => n === reads.current && setSummary({ error: readableError(e) }),
    );
  }, [port, changes, cascade, task, cascades === null]);

  // Focus follows the view: the task's heading when it opens, the task's button on Home when it closes.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    if (task) {
      const h = el.querySelector<HTMLElement>(`#${TASKS.find((t) => t.id === task)!.heading}`);
      if (h) {
        h.tabIndex = -1;
        h.focus();
      }
    } else if (left.current) {
      // Stryker disable next-line OptionalChaining: Home, rendered with the task closed, always has the task's button
      el.querySelector<HTMLElement>(`[data-task="${left.current}"]`)?.focus();
    }
  }, [task]);

  // When an action ends, its result is scrolled into view (with the part's own feedback just above it). The button
  // pressed is taken back only once the action has ended: an action quicker than a frame ends before the effect of its
  // start has run, and that effect (run first, with busy still set) must leave it for the effect of its end.
  useEffect(() => {
    if (!busy) {
      const back = refocus.current;
      refocus.current = null;
      if (back && back.isConnected && (document.activeElement === document.body || !document.activeElement)) back.focus();
    }
    if (busy || !task || task === 'tree') return;
    // Stryker disable next-line OptionalChaining: main is mounted, an open task (not Home) always shows its status bar, and browsers have scrollIntoView
    root.current?.querySelector<HTMLElement>('[data-testid="status"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [busy]);

  function openTask(id: TaskId) {
    left.current = null;
    // Stryker disable next-line ObjectLiteral: a status without text shows as the empty one
    if (!busy) setStatus({ text: '' });
    if (!visited.includes(id)) setVisited([...visited, id]);
    setPart(PARTS[id][0]);
    setTask(id);
  }
  function goHome() {
    left.current = task;
    setAskSecond('');
    setTask(null);
  }
  // Escape is heard on the document: focus may be on the page itself (a button that went away), not in the panel.
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      const t = e.target as Node | null;
      if (t === document.body || (t && root.current?.contains(t))) onKeyDown(e);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  });

  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !task || e.defaultPrevented) return;
    e.preventDefault();
    // Escape answers the open question first ("Stop"), as a dialog's Escape does; then it leaves the task.
    if (askSecond) {
      setAskSecond('');
      setStatus({ text: 'Nothing was added.' });
    } else goHome();
  }

  function apply(addSecondCascade: boolean) {
    setAskSecond('');
    return run('Applying the goal cascade', async () => {
      const r = await port.applyTemplate({ template: 'cascade', exampleData: example, ...(addSecondCascade ? { addSecondCascade } : {}) });
      if (r.askSecondCascade) setAskSecond(r.askSecondCascade);
      return r.message;
    });
  }

  /** `run` for one part of a view: its status bar shows after that part. */
  const runIn = (p: string) => (label: string, action: () => Promise<string>) => {
    setPart(p);
    return run(label, action);
  };

  async function run(label: string, action: () => Promise<string>) {
    // The button pressed is disabled while the action runs, which drops the focus to the page: it is given back after.
    const pressed = document.activeElement as HTMLElement | null;
    setBusy(label);
    setStatus({ text: `${label}...` });
    try {
      setStatus({ text: await action() });
      // Stryker disable next-line ArithmeticOperator: changes is only compared for a change; n - 1 changes it as n + 1 does
      setChanges((n) => n + 1);
    } catch (e) {
      setStatus({ text: readableError(e), error: true });
    } finally {
      setBusy(null);
      refocus.current = pressed;
    }
  }

  const shared = (p: string) => ({ port, busy: !!busy, run: runIn(p), changes, cascade });
  /** The status bar after part `p`, when the open view's actions last ran there. */
  const statusAt = (p: string, sticky?: boolean) => {
    if (!task || !PARTS[task].includes(p)) return null;
    const here = PARTS[task].includes(part) ? part : PARTS[task][0];
    return here === p ? <StatusBar status={status} busy={busy} sticky={sticky} echo={OWN_FEEDBACK.includes(p)} /> : null;
  };
  /** One task's view: the way back, the task, and the status bar where the user is looking. */
  const view = (id: TaskId, body: ComponentChildren) => {
    if (!visited.includes(id)) return null;
    const open = task === id;
    return (
      <div key={id} class="gp-task" data-task-view={id} hidden={!open} aria-busy={open && busy ? 'true' : undefined}>
        <div class="gp-taskbar">
          <Button class="gp-back" onClick={goHome}><span aria-hidden="true">← </span>Home</Button>
        </div>
        {body}
      </div>
    );
  };

  return (
    <main class="gp" ref={root}>
      <style>{STYLES + WIZARD_STYLES + GOALS_STYLES + PANEL_STYLES}</style>
      <h1>Goalpost</h1>
      {!task && (
        <Home summary={summary} onOpen={openTask}>
          {list.length > 1 && (
            <section aria-labelledby="gp-cascade">
              <TaskHeading id="gp-cascade">Cascade</TaskHeading>
              <Select id="gp-cascade-pick" label="Work in the cascade of" value={cascade ?? ''} onValue={setPicked}
                choices={list.map((c) => ({ value: c.goals, text: `${c.goals}${c.active ? ' (the sheet you are on)' : ''}` }))} />
            </section>
          )}
        </Home>
      )}
      {!task && <StatusBar status={status} busy={busy} />}

      {view('template', (
        <section aria-labelledby="gp-templates">
          <TaskHeading id="gp-templates">Templates</TaskHeading>
          <Checkbox checked={example} onChecked={setExample}>Fill with example data</Checkbox>
          <Button primary disabled={!!busy} onClick={() => { setPart('template'); void apply(false); }}>
            Apply goal cascade template
          </Button>
          {askSecond && (
            <div role="alertdialog" aria-labelledby="gp-ask-second" class="gp-ask">
              <p id="gp-ask-second">{askSecond}</p>
              <Button primary disabled={!!busy} onClick={() => apply(true)}>Add a second cascade</Button>{' '}
              <Button disabled={!!busy} onClick={() => { setAskSecond(''); setStatus({ text: 'Nothing was added.' }); }}>Stop</Button>
            </div>
          )}
          {statusAt('template')}
        </section>
      ))}

      {view('lights', (
        <section aria-labelledby="gp-lights">
          <TaskHeading id="gp-lights">Traffic lights</TaskHeading>
          <Button primary disabled={!!busy} onClick={() => runIn('lights')('Refreshing traffic lights', async () => (await port.refreshTrafficLights()).message)}>
            Refresh traffic lights
          </Button>
          {statusAt('lights')}
        </section>
      ))}

      {view('wizard', <><GoalWizard {...shared('wizard')} />{statusAt('wizard')}</>)}

      {view('checkin', <><CheckIn {...shared('checkin')} />{statusAt('checkin')}</>)}

      {view('tree', <><GoalTreeTask {...shared('tree')} />{statusAt('tree', true)}</>)}

      {view('review', (
        <>
          <Review {...shared('review')} />
          {statusAt('review')}
          <NextCycle {...shared('next')} />
          {statusAt('next')}
        </>
      ))}

      {view('check', (
        <section aria-labelledby="gp-check">
          <TaskHeading id="gp-check">Check goals</TaskHeading>
          <Button
            primary
            disabled={!!busy}
            onClick={() =>
              runIn('check')('Checking goals', async () => {
                const f = await port.checkGoals(cascade);
                setFindings(f);
                return f.length ? `${f.length} finding${f.length === 1 ? '' : 's'}.` : 'No findings: every goal passes.';
              })
            }
          >
            Check goals
          </Button>
          {statusAt('check')}
          {findings && findings.length > 0 && (
            <ul class="gp-findings" aria-label="Findings">
              {findings.map((f, i) => (
                <li key={i} class={`gp-${f.severity}`}>
                  {f.at ? (
                    <button type="button" class="gp-link" onClick={() => runIn('check')('Selecting', async () => (await port.selectCell(f.at!), `Selected ${f.at!.sheet}.`))}>
                      {f.message}
                    </button>
                  ) : (
                    <span>{f.message}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  );
}

/**
 * Render the app into `root`, replacing what the page showed there ("Loading..."). The handle shows a status from
 * outside the app; `initialStatus` is one that arrived before the app was mounted. `theme` is the host's look
 * (theme.ts); the handle's setTheme switches it, e.g. when the user changes the Office theme.
 */
export function mountApp(root: HTMLElement, port: HostPort, initialStatus?: Status, theme: HostTheme = PLAIN_THEME, startTask?: TaskId): AppHandle {
  // Stryker disable next-line ObjectLiteral: the first render (synchronous, before mountApp returns) sets showStatus
  const handle: AppHandle = { showStatus: () => undefined };
  root.replaceChildren();
  const show = (t: HostTheme) => {
    installTheme(root, t);
    render(<HostThemeContext.Provider value={t}><App port={port} initialStatus={initialStatus} handle={handle} startTask={startTask} /></HostThemeContext.Provider>, root);
  };
  handle.setTheme = show;
  show(theme);
  return handle;
}

/**
 * The add-in's UI, written once against the Host port and compiled into the Excel task pane, the Sheets sidebar and
 * the playground. Preact (a few KB) keeps the bundles far under the 200 KB budget. Workbook text is rendered as text
 * (JSX escapes it); nothing here uses innerHTML.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CascadeChoice, Finding, HostPort } from '../host/port';
import { GoalWizard } from './wizard';
import { CheckIn } from './checkIn';
import { GOALS_STYLES, GoalTreeTask } from './goalTree';
import { Review } from './review';
import { NextCycle } from './nextCycle';
import { STYLES, WIZARD_STYLES } from './styles';
import { TaskHeading } from './help';
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

export function App({ port, initialStatus, handle }: { port: HostPort; initialStatus?: Status; handle?: AppHandle }) {
  const [status, setStatus] = useState<Status>(initialStatus ?? { text: '' });
  if (handle) handle.showStatus = setStatus;
  const [busy, setBusy] = useState<Busy>(null);
  const [example, setExample] = useState(true);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  // Bumped after every action that may have changed the workbook, so the wizard re-reads the goals.
  const [changes, setChanges] = useState(0);
  // The workbook's cascades; with more than one, the tasks act on the one picked here (default: the active sheet's).
  const [cascades, setCascades] = useState<CascadeChoice[]>([]);
  const [picked, setPicked] = useState('');
  const [askSecond, setAskSecond] = useState('');
  useEffect(() => {
    port.listCascades().then((c) => setCascades(c ?? []), () => setCascades([]));
  }, [port, changes]);
  const cascade = cascades.length > 1
    ? (cascades.find((c) => c.goals === picked) ?? cascades.find((c) => c.active) ?? cascades[0]).goals
    : undefined;

  function apply(addSecondCascade: boolean) {
    setAskSecond('');
    return run('Applying the goal cascade', async () => {
      const r = await port.applyTemplate({ template: 'cascade', exampleData: example, ...(addSecondCascade ? { addSecondCascade } : {}) });
      if (r.askSecondCascade) setAskSecond(r.askSecondCascade);
      return r.message;
    });
  }

  async function run(label: string, action: () => Promise<string>) {
    setBusy(label);
    setStatus({ text: `${label}...` });
    try {
      setStatus({ text: await action() });
      setChanges((n) => n + 1);
    } catch (e) {
      setStatus({ text: readableError(e), error: true });
    } finally {
      setBusy(null);
    }
  }

  return (
    <main class="gp">
      <style>{STYLES + WIZARD_STYLES + GOALS_STYLES}</style>
      <h1>Goalpost</h1>
      <p class={`gp-status${status.error ? ' gp-error' : ''}`} role="status" aria-live="polite" data-testid="status">
        {status.text}
      </p>

      <section aria-labelledby="gp-templates">
        <TaskHeading id="gp-templates">Templates</TaskHeading>
        <label class="gp-check">
          <input type="checkbox" checked={example} onChange={(e) => setExample((e.target as HTMLInputElement).checked)} />
          Fill with example data
        </label>
        <button type="button" disabled={!!busy} onClick={() => apply(false)}>
          Apply goal cascade template
        </button>
        {askSecond && (
          <div role="alertdialog" aria-labelledby="gp-ask-second" class="gp-ask">
            <p id="gp-ask-second">{askSecond}</p>
            <button type="button" class="gp-primary" disabled={!!busy} onClick={() => apply(true)}>Add a second cascade</button>{' '}
            <button type="button" disabled={!!busy} onClick={() => { setAskSecond(''); setStatus({ text: 'Nothing was added.' }); }}>Stop</button>
          </div>
        )}
      </section>

      {cascades.length > 1 && (
        <section aria-labelledby="gp-cascade">
          <TaskHeading id="gp-cascade">Cascade</TaskHeading>
          <label for="gp-cascade-pick">Work in the cascade of</label>
          <select id="gp-cascade-pick" value={cascade} onChange={(e) => setPicked((e.target as HTMLSelectElement).value)}>
            {cascades.map((c) => <option key={c.goals} value={c.goals}>{`${c.goals}${c.active ? ' (the sheet you are on)' : ''}`}</option>)}
          </select>
        </section>
      )}

      <section aria-labelledby="gp-lights">
        <TaskHeading id="gp-lights">Traffic lights</TaskHeading>
        <button type="button" disabled={!!busy} onClick={() => run('Refreshing traffic lights', async () => (await port.refreshTrafficLights()).message)}>
          Refresh traffic lights
        </button>
      </section>

      <GoalWizard port={port} busy={!!busy} run={run} changes={changes} cascade={cascade} />

      <CheckIn port={port} busy={!!busy} run={run} changes={changes} cascade={cascade} />

      <GoalTreeTask port={port} busy={!!busy} run={run} changes={changes} cascade={cascade} />

      <Review port={port} busy={!!busy} run={run} changes={changes} cascade={cascade} />

      <NextCycle port={port} busy={!!busy} run={run} changes={changes} cascade={cascade} />

      <section aria-labelledby="gp-check">
        <TaskHeading id="gp-check">Check goals</TaskHeading>
        <button
          type="button"
          disabled={!!busy}
          onClick={() =>
            run('Checking goals', async () => {
              const f = await port.checkGoals(cascade);
              setFindings(f);
              return f.length ? `${f.length} finding${f.length === 1 ? '' : 's'}.` : 'No findings: every goal passes.';
            })
          }
        >
          Check goals
        </button>
        {findings && findings.length > 0 && (
          <ul class="gp-findings" aria-label="Findings">
            {findings.map((f, i) => (
              <li key={i} class={`gp-${f.severity}`}>
                {f.at ? (
                  <button type="button" class="gp-link" onClick={() => run('Selecting', async () => (await port.selectCell(f.at!), `Selected ${f.at!.sheet}.`))}>
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
    </main>
  );
}

/**
 * Render the app into `root`, replacing what the page showed there ("Loading..."). The handle shows a status from
 * outside the app; `initialStatus` is one that arrived before the app was mounted. `theme` is the host's look
 * (theme.ts); the handle's setTheme switches it, e.g. when the user changes the Office theme.
 */
export function mountApp(root: HTMLElement, port: HostPort, initialStatus?: Status, theme: HostTheme = PLAIN_THEME): AppHandle {
  const handle: AppHandle = { showStatus: () => undefined };
  root.replaceChildren();
  const show = (t: HostTheme) => {
    installTheme(root, t);
    render(<HostThemeContext.Provider value={t}><App port={port} initialStatus={initialStatus} handle={handle} /></HostThemeContext.Provider>, root);
  };
  handle.setTheme = show;
  show(theme);
  return handle;
}

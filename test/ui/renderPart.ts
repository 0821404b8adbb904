/**
 * One part of a task view (Review, Next cycle ...) rendered alone over the recording Host port, with a `run` that
 * records each action's label and its result or error as the app's `run` would show them. For tests of one part; the
 * whole app is mountUi.ts's.
 */
import { render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { h, type FunctionComponent } from 'preact';
import type { HostPort } from '../../shared/host/port';
import { recordingPort } from '../browser/harness/recordingPort';

type Run = (label: string, action: () => Promise<string>) => Promise<void>;
export type PartProps = { port: HostPort; busy: boolean; run: Run; changes?: number; cascade?: string };

/**
 * Render `Part` with the port answering `answers` (recordingPort.ts's defaults otherwise), or over `port` (its calls
 * recorded from now on). `rerender(changes, busy)` renders it again as the app does after a change or while busy.
 */
export function renderPart(Part: FunctionComponent<PartProps>, opts: { answers?: Record<string, unknown>; busy?: boolean; cascade?: string; port?: HostPort } = {}) {
  window.__answers = { ...(opts.answers ?? {}) };
  const port = opts.port ?? recordingPort();
  if (opts.port) window.__calls = [];
  const runs: { label: string; result?: string; error?: string }[] = [];
  const run: Run = async (label, action) => {
    const entry: (typeof runs)[number] = { label };
    runs.push(entry);
    try {
      entry.result = await action();
    } catch (e) {
      entry.error = e instanceof Error ? e.message : String(e);
    }
  };
  const props = (changes: number, busy = opts.busy ?? false): PartProps => ({ port, busy, run, changes, cascade: opts.cascade });
  const r = render(h(Part, props(0)));
  return {
    runs,
    user: userEvent.setup(),
    rerender: (changes: number, busy?: boolean) => r.rerender(h(Part, props(changes, busy))),
    argsOf: (method: string) => window.__calls.filter((c) => c.method === method).map((c) => c.args),
  };
}

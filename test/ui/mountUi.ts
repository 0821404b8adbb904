/**
 * The shared UI (shared/ui) mounted in happy-dom over the recording Host port, for component tests that run in
 * milliseconds: `npm run mutate` runs them for every mutant of shared/ui (the browser tests drive the same UI in
 * Chromium, from a bundle, which Stryker's mutants do not reach). A test file using this starts with
 * `// @vitest-environment happy-dom`. Queries and typing go through Testing Library, the way a user finds things: by
 * role, label and text.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { render } from 'preact';
import { onTestFinished } from 'vitest';
import { mountApp, type AppHandle, type Status } from '../../shared/ui/app';
import type { TaskId } from '../../shared/ui/home';
import { PLAIN_THEME, type HostTheme } from '../../shared/ui/theme';
import { recordingPort } from '../browser/harness/recordingPort';

export { screen, waitFor, within };

export interface MountedUi {
  root: HTMLElement;
  handle: AppHandle;
  user: ReturnType<typeof userEvent.setup>;
  /** Every port call so far, in order, arguments copied as JSON (the recording port's record). */
  calls(): { method: string; args: unknown[] }[];
  /** The arguments of every call of one port method. */
  argsOf(method: string): unknown[][];
  /** Open a task from Home by its button, and wait until its view shows. */
  openTask(label: string): Promise<void>;
  /** The status line of the open view (or Home's). */
  status(): HTMLElement;
}

/**
 * Mount the app as the page around it does (`mountApp`), with the port answering `answers` (by method; `{ error }` makes
 * that call fail) and the defaults of recordingPort.ts otherwise. Waits until Home has read the workbook, unless the
 * app opens on a task.
 */
export async function mountUi(options: { answers?: Record<string, unknown>; startTask?: TaskId; theme?: HostTheme; initialStatus?: Status } = {}): Promise<MountedUi> {
  window.__answers = { ...(options.answers ?? {}) };
  const root = document.createElement('div');
  document.body.append(root);
  // Cleaned up when this test ends, registered per mount: an afterEach registered when this module is imported would
  // reach only the first test file, since the mutation run's files share their modules (isolate: false). The app is
  // unmounted (its effects clean up: the document's Escape listener goes), then its root leaves the page.
  onTestFinished(() => {
    cleanup();
    render(null, root);
    root.remove();
    delete window.__hold;
    window.__answers = {};
  });
  const handle = mountApp(root, recordingPort(), options.initialStatus, options.theme ?? PLAIN_THEME, options.startTask);
  const user = userEvent.setup();
  const ui: MountedUi = {
    root,
    handle,
    user,
    calls: () => window.__calls,
    argsOf: (method) => window.__calls.filter((c) => c.method === method).map((c) => c.args),
    async openTask(label) {
      await user.click(within(root).getByRole('button', { name: label }));
      await waitFor(() => {
        if (!root.querySelector('.gp-task:not([hidden])')) throw new Error(`the task "${label}" did not open`);
      });
    },
    status: () => {
      const open = root.querySelector('.gp-task:not([hidden])') ?? root;
      const all = within(open as HTMLElement).queryAllByTestId('status');
      if (!all.length) throw new Error('no status line in the open view');
      return all[all.length - 1];
    },
  };
  if (!options.startTask) await waitFor(() => within(root).getByRole('navigation', { name: 'Tasks' }));
  return ui;
}

// @vitest-environment happy-dom
/** The panel's shell (shared/ui/app.tsx) in happy-dom: Home, opening a task and coming back, and the status bar. */
import { describe, expect, it } from 'vitest';
import { mountUi, screen, waitFor } from './mountUi';

describe('the panel shell', () => {
  it('shows Home with the workbook summary, then opens a task and goes back', async () => {
    const ui = await mountUi({ answers: { workbookSummary: { template: true, cascade: 'Goals', cascades: 1, goals: 3, overdueKpis: 1, reviewsDue: 0 } } });
    await waitFor(() => expect(screen.getByTestId('summary-goals').textContent).toBe('3 goals'));
    expect(screen.getByTestId('summary-overdue').className).toBe('gp-attention');
    await ui.openTask('Traffic lights');
    await ui.user.click(screen.getByRole('button', { name: 'Refresh traffic lights' }));
    await waitFor(() => expect(ui.status().textContent).toBe('Traffic lights refreshed.'));
    expect(ui.argsOf('refreshTrafficLights')).toEqual([[]]);
    await ui.user.click(screen.getByRole('button', { name: /Home/ }));
    await waitFor(() => screen.getByRole('navigation', { name: 'Tasks' }));
  });
});

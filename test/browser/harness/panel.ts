/**
 * Going from task to task in the panel (issue 14) the way a user does: back to Home if a task is open, then the task's
 * button on Home. Resolves once the task's heading shows.
 */
import type { Page } from 'playwright-core';

export type TaskName = 'Apply template' | 'Goal wizard' | 'Check in' | 'Review and next cycle' | 'Check goals' | 'Traffic lights' | 'Goal tree';

/** The Home button of the open task; hidden tasks' buttons are not found (getByRole skips hidden elements). */
export const homeButton = (page: Page) => page.getByRole('button', { name: 'Home', exact: true });
/** Home's task buttons. */
export const taskButton = (page: Page, name: TaskName) => page.getByRole('navigation', { name: 'Tasks' }).getByRole('button', { name, exact: true });

export async function openTask(page: Page, name: TaskName): Promise<void> {
  if (await homeButton(page).isVisible()) await homeButton(page).click();
  await taskButton(page, name).click();
  await page.locator('[data-task-view]:not([hidden]) h2').first().waitFor();
}

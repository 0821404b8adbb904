/**
 * The "?" beside each task's heading: a plain link to the task's page of the user's guide (docs/ in the repository).
 *
 * DOCS_BASE is the one place the guide's address is set. It defaults to the docs folder of the repository on GitHub,
 * where the pages read as they are (no build). A production deployment that publishes the guide elsewhere (its own
 * site, a fork's repository) changes this constant before `npm run build`; every "?" link of the task pane, the Sheets
 * sidebar and the playground follows, and test/docs/helpLinks.test.ts checks each task still links to a page that exists.
 * (The repository's owner is not recorded in the project; set it here once it is published.)
 */
export const DOCS_BASE = 'https://github.com/goalpost/goalpost/blob/main/docs/';

/**
 * Each task (its heading id) and the guide page, with an optional #anchor, that explains it; title names the page in
 * the link's label ("Guide: Review"). Titles avoid the words of the form fields' labels (Deadline, Goal statement ...),
 * so that finding a field by its label never finds a "?" too.
 */
export const HELP: Readonly<Record<string, { page: string; title: string }>> = {
  'gp-templates': { page: 'apply-template.md', title: 'Apply the template' },
  'gp-cascade': { page: 'cascade.md#more-than-one-cascade', title: 'More than one cascade' },
  'gp-lights': { page: 'apply-template.md#traffic-lights', title: 'Traffic lights' },
  'gp-wizard': { page: 'wizard.md', title: 'SMART goals with the wizard' },
  'gp-checkin': { page: 'check-in.md', title: 'Check in' },
  'gp-goals': { page: 'cascade.md', title: 'Cascade' },
  'gp-review': { page: 'review.md', title: 'Review' },
  'gp-next': { page: 'next-cycle.md', title: 'Next cycle' },
  'gp-check': { page: 'wizard.md#check-goals', title: 'Check goals' },
};

/** A task's heading with its "?" link beside it. The h2 keeps its id and text, so the section's name stays the title. */
export function TaskHeading({ id, children }: { id: string; children: string }) {
  const help = HELP[id];
  return (
    <div style="display:flex;align-items:baseline;gap:6px">
      <h2 id={id} style="flex:1">{children}</h2>
      {help && (
        <a class="gp-help" href={DOCS_BASE + help.page} target="_blank" rel="noopener" aria-label={`Guide: ${help.title}`} title={`Guide: ${help.title}`}>?</a>
      )}
    </div>
  );
}

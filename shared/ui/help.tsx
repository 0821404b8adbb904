/**
 * The "?" beside each task's heading: a plain link to the task's page of the user's guide (docs/ in the repository).
 *
 * The build copies docs/ beside the add-in it serves (dist/excel/docs, dist/playground/docs) and sets the guide's
 * address: for the Excel task pane and the Sheets sidebar it is <base URL>/docs/, the same host as the add-in
 * (`npm run build -- --base-url=https://your.host/goalpost`; https://localhost:3000 by default, where `npm start`
 * serves it); for the playground it is docs/ beside the page. Nothing is linked that the project does not serve.
 */
declare const __GOALPOST_DOCS_BASE__: string | undefined;
export const DOCS_BASE = typeof __GOALPOST_DOCS_BASE__ === 'string' ? __GOALPOST_DOCS_BASE__ : 'docs/';

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

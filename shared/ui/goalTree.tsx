/**
 * The Goals task (issue 12): the goal tree of the workbook's cascade in the panel, indented by parent, each goal with a
 * status dot and its roll-up. The status word is shown beside the dot (colour is never the only signal); each goal is a
 * button, so the tree works from the keyboard, and choosing one selects its row in the Goals sheet. Workbook text is
 * rendered as text (JSX escapes it).
 */
import { useEffect, useState } from 'preact/hooks';
import type { GoalNode, GoalTree as Tree, HostPort } from '../host/port';
import { TaskHeading } from './help';
import { Button, Progress, useFocusHeadingWhenOpened } from './controls';

type Run = (label: string, action: () => Promise<string>) => Promise<void>;

/** Indents stop growing after four levels, so a deep tree still fits 300 px. */
const INDENT = 12;
const indent = (depth: number) => `${Math.min(depth, 4) * INDENT}px`;

/** "95 %" for a roll-up of 0.9521; "-" when there is none. */
export function percent(x: number | undefined): string {
  return x === undefined ? '-' : `${Math.round(x * 100)} %`;
}

export const GOALS_STYLES = `
.gp-tree{list-style:none;padding:0;margin:6px 0}
.gp-tree li{margin:1px 0}
.gp .gp-node{display:flex;gap:6px;align-items:flex-start;width:100%;text-align:left;border:1px solid transparent;background:none;padding:3px 4px;margin:0}
.gp .gp-node:hover{background:#f3f2f1}
.gp-node .gp-node-text{flex:1;min-width:0;overflow-wrap:anywhere}
.gp-node .gp-node-fig{white-space:nowrap;font-size:12px;color:#484644}
.gp-dot{flex:none;display:inline-block;width:10px;height:10px;border-radius:50%;margin-top:4px;background:#a19f9d;border:1px solid #605e5c}
.gp-dot.gp-Green{background:#107c10;border-color:#0b5a0b}.gp-dot.gp-Yellow{background:#f2c811;border-color:#9c5700}.gp-dot.gp-Red{background:#c50f1f;border-color:#9c0006}
.gp-answers textarea{min-height:3.2em;resize:vertical}
.gp-facts{margin:4px 0;font-size:12px}
.gp-required{color:#a4262c;font-weight:400}
.gp-choices{list-style:none;padding:0;margin:6px 0}
.gp-choices li{margin:4px 0}
.gp-choices .gp-check{align-items:flex-start}
.gp-choices input{margin-top:3px;flex:none}
`;

export function GoalTreeTask(props: { port: HostPort; busy: boolean; run: Run; changes?: number; cascade?: string }) {
  const { port, busy, run, changes = 0, cascade } = props;
  const [tree, setTree] = useState<Tree | null>(null);
  const [open, setOpen] = useState(false);
  useFocusHeadingWhenOpened(open, 'gp-goals');

  const load = () => port.goalTree(cascade).then(setTree, (e: unknown) => setTree({ goals: [], message: e instanceof Error ? e.message : String(e) }));
  // Read on demand, then again after every change the panel makes.
  useEffect(() => {
    if (open) void load();
  }, [port, changes, open, cascade]);

  const pick = (g: GoalNode) => run(`Selecting ${g.id}`, async () => (await port.selectCell(g.at), `Selected ${g.id} in ${g.at.sheet}.`));

  return (
    <section aria-labelledby="gp-goals">
      <TaskHeading id="gp-goals">Goals</TaskHeading>
      {!open ? (
        <Button disabled={busy} onClick={() => setOpen(true)}>Show the goal tree</Button>
      ) : (
        <Button disabled={busy} onClick={() => void load()}>Reload the goal tree</Button>
      )}
      {open && !tree && <Progress label="Reading the goal tree" />}
      {open && tree?.message && <p class="gp-hint" data-testid="tree-message">{tree.message}</p>}
      {open && tree && tree.goals.length > 0 && (
        <ul class="gp-tree" aria-label="Goal tree" data-testid="goal-tree">
          {tree.goals.map((g) => (
            <li key={`${g.id}-${g.at.row}`} style={{ paddingLeft: indent(g.depth) }} data-depth={g.depth}>
              <button type="button" class="gp-node" disabled={busy} onClick={() => void pick(g)}
                aria-label={`${g.id} ${g.statement}; ${g.status ?? 'no status'}; roll-up ${percent(g.rollup)}. Select its row.`}>
                <span class={`gp-dot${g.status ? ` gp-${g.status}` : ''}`} aria-hidden="true" data-status={g.status ?? ''} />
                <span class="gp-node-text">{`${g.id} ${g.statement}`}</span>
                <span class="gp-node-fig">{`${g.status ?? 'No status'} · ${percent(g.rollup)}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The Next cycle task (templates.md "Review at the deadline"): choose the goals to carry on (ticked at first: the
 * reviewed goals past their deadline, or every goal past it when none is reviewed); they and their KPIs are copied as new
 * rows with new IDs, the next period and the last actual as the new baseline. The finished goals stay as they were.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CycleChoice, CycleList, HostPort } from '../host/port';
import { TaskHeading } from './help';
import { Button, Checkbox, Progress, useFocusHeadingWhenOpened } from './controls';

type Run = (label: string, action: () => Promise<string>) => Promise<void>;

export function describeChoice(c: CycleChoice): string {
  const parts = [c.pastDeadline ? `ended ${c.deadline}` : `runs to ${c.deadline}`];
  if (c.reviewed) parts.push('reviewed');
  if (c.nextStart) parts.push(`next: ${c.nextStart} to ${c.nextDeadline}`);
  parts.push(`${c.kpis} KPI${c.kpis === 1 ? '' : 's'}`);
  if (c.carriedOnAs) parts.push(`already carried on as ${c.carriedOnAs}`);
  if (c.problem) parts.push(c.problem);
  return parts.join('; ');
}

export function NextCycle(props: { port: HostPort; busy: boolean; run: Run; changes?: number; cascade?: string }) {
  const { port, busy, run, changes = 0, cascade } = props;
  const [open, setOpen] = useState(false);
  useFocusHeadingWhenOpened(open, 'gp-next');
  const [list, setList] = useState<CycleList | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [done, setDone] = useState('');

  useEffect(() => {
    if (!open) return;
    port.listNextCycle(cascade).then((l) => {
      setList(l);
      setChosen(new Set(l.goals.filter((g) => g.suggested).map((g) => g.id)));
    }, (e: unknown) => setList({ goals: [], message: e instanceof Error ? e.message : String(e) }));
  }, [port, changes, open, cascade]);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  // Stryker disable next-line ArrayDeclaration: with no list yet nothing is chosen, so no ID comes out; the form needs a list
  const ids = (list?.goals ?? []).filter((g) => chosen.has(g.id) && !g.problem).map((g) => g.id);

  async function start(e: Event) {
    e.preventDefault();
    if (!ids.length) return;
    await run(`Starting the next cycle for ${ids.join(', ')}`, async () => {
      const r = await port.startNextCycle(ids, cascade);
      setDone(r.message);
      return r.message;
    });
  }

  return (
    <section aria-labelledby="gp-next">
      <TaskHeading id="gp-next">Next cycle</TaskHeading>
      {!open && <Button disabled={busy} onClick={() => setOpen(true)}>Choose goals for the next cycle</Button>}
      {open && !list && <Progress label="Reading the cycle's goals" />}
      {open && list?.message && <p class="gp-hint" data-testid="cycle-message">{list.message}</p>}
      {open && list && list.goals.length > 0 && (
        <form onSubmit={start}>
          <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
            <legend class="gp-hint">Carry on (copies with new IDs; the finished goals stay as they were)</legend>
            <ul class="gp-choices" data-testid="cycle-goals">
              {list.goals.map((g) => (
                <li key={g.id}>
                  <Checkbox checked={chosen.has(g.id) && !g.problem} disabled={!!g.problem} onChecked={(on) => toggle(g.id, on)}>
                    <span>
                      {`${g.id} ${g.statement}`}
                      <span class="gp-hint">{describeChoice(g)}</span>
                    </span>
                  </Checkbox>
                </li>
              ))}
            </ul>
          </fieldset>
          <Button type="submit" primary disabled={busy || !ids.length}>
            {`Start next cycle (${ids.length} goal${ids.length === 1 ? '' : 's'})`}
          </Button>
          {done && <p class="gp-status" role="status" data-testid="cycle-done">{done}</p>}
        </form>
      )}
    </section>
  );
}

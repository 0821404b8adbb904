/**
 * The goal wizard: the five SMART criteria update as the goal is typed, then "Add to cascade" writes it.
 * This first version has the statement, parent, dates and one KPI; the wizard issue deepens it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GoalSummary, HostPort, NewGoal } from '../host/port';
import { analyseGoal } from '../smart/analyser';
import { CRITERIA, CRITERION_LABEL } from '../smart/types';
import { serialFromParts } from '../functions/coerce';

const isoToSerial = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? serialFromParts(+m[1], +m[2], +m[3]) : undefined;
};

export function GoalWizard(props: { port: HostPort; busy: boolean; run: (label: string, action: () => Promise<string>) => Promise<void> }) {
  const { port, busy, run } = props;
  const [text, setText] = useState('');
  const [parentId, setParentId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [kpiName, setKpiName] = useState('');
  const [target, setTarget] = useState('');
  const [goals, setGoals] = useState<GoalSummary[]>([]);

  useEffect(() => {
    port.listGoals().then(setGoals, () => setGoals([]));
  }, [port]);

  const parent = goals.find((g) => g.id === parentId);
  const analysis = useMemo(
    () => analyseGoal({ text, deadline: deadline ? isoToSerial(deadline) : undefined, parent: parent ? parent.statement || parent.id : undefined }),
    [text, deadline, parent],
  );

  function goal(): NewGoal {
    return {
      statement: text.trim(),
      level: parent ? 'Department' : 'Company',
      parentId: parentId || undefined,
      deadline: deadline || undefined,
      kpis: kpiName.trim() ? [{ name: kpiName.trim(), target: target.trim() === '' ? undefined : Number(target) }] : [],
    };
  }

  return (
    <section aria-labelledby="gp-wizard">
      <h2 id="gp-wizard">Goal wizard</h2>
      <label for="gp-goal">Goal statement</label>
      <textarea id="gp-goal" rows={3} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      {text.trim() && (
        <>
          <ul class="gp-criteria" aria-label="SMART criteria" data-testid="criteria">
            {CRITERIA.map((k) => {
              const c = analysis.criteria[k];
              return (
                <li key={k} class={`gp-${c.met}`} data-criterion={k} data-met={c.met}>
                  <strong>{CRITERION_LABEL[k]}</strong>: {c.met === 'yes' ? 'yes' : c.met === 'no' ? 'no' : 'unknown'} — {c.reason}
                  {c.hint && <span class="gp-hint">Hint: {c.hint}</span>}
                </li>
              );
            })}
          </ul>
          {analysis.warnings.length > 0 && (
            <ul class="gp-warnings" aria-label="Warnings">
              {analysis.warnings.map((w, i) => <li key={i}>{w}</li>)}
            </ul>
          )}
        </>
      )}
      <label for="gp-parent">Parent goal</label>
      <select id="gp-parent" value={parentId} onChange={(e) => setParentId((e.target as HTMLSelectElement).value)}>
        <option value="">(none: a company goal)</option>
        {goals.map((g) => (
          <option key={g.id} value={g.id}>
            {g.id}: {g.statement.slice(0, 60)}
          </option>
        ))}
      </select>
      <label for="gp-deadline">Deadline</label>
      <input id="gp-deadline" type="date" value={deadline} onInput={(e) => setDeadline((e.target as HTMLInputElement).value)} />
      <label for="gp-kpi">KPI that measures it</label>
      <input id="gp-kpi" type="text" value={kpiName} onInput={(e) => setKpiName((e.target as HTMLInputElement).value)} />
      <label for="gp-target">KPI target</label>
      <input id="gp-target" type="number" value={target} onInput={(e) => setTarget((e.target as HTMLInputElement).value)} />
      <button
        type="button"
        class="gp-primary"
        disabled={busy || !text.trim()}
        onClick={() =>
          run('Adding the goal', async () => {
            const r = await port.addGoal(goal());
            setGoals(await port.listGoals().catch(() => goals));
            return r.message;
          })
        }
      >
        Add to cascade
      </button>
    </section>
  );
}

/**
 * The goal wizard (smart.md): the five SMART criteria update as the goal is typed, each with a reason and a hint;
 * Achievable is judged from the baseline, target and history given; Relevant from the parent goal picked from the
 * workbook's cascade. "Add to cascade" writes the goal and its KPIs through the Host port (the core applies the
 * template first when the workbook has none). Every control has a label; native controls keep it keyboard-only.
 *
 * It never writes a wrong goal: a date or period in the statement fills an empty Deadline field, a deadline that has
 * passed is flagged and not written, a KPI whose direction contradicts its baseline and target is flagged and not
 * written, and a goal already in the cascade is not written twice. After "Add to cascade" the form clears and says,
 * next to the button, what was added where. The verdict is SMART_CHECK's for the same statement, deadline and parent.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GoalSummary, HostPort, NewGoal, NewKpi } from '../host/port';
import { analyseGoal, deadlineFromText, smartCheckText } from '../smart/analyser';
import { CRITERIA, CRITERION_LABEL } from '../smart/types';
import { serialFromParts, serialToIso, todaySerial } from '../functions/coerce';
import { KpiFields, directionProblem, emptyKpi, kpiFromForm, type KpiForm } from './kpiFields';
import { TaskHeading } from './help';
import { Button, Select, TextArea, TextField } from './controls';

const isoToSerial = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? serialFromParts(+m[1], +m[2], +m[3]) : undefined;
};

/** "12, 14.5, 15" -> [12, 14.5, 15] (commas, semicolons or spaces between values); anything unreadable is left out. */
export function parseHistory(text: string): number[] {
  return text.split(/[,;\s]+/).filter((t) => t !== '').map(Number).filter(Number.isFinite);
}

/** Periods between today and the deadline for a KPI's frequency, for judging the change needed per period. */
function periodsLeft(deadline: string, frequency: KpiForm['frequency'], today: number): number | undefined {
  const end = isoToSerial(deadline);
  if (end === undefined) return undefined;
  const days = end - today;
  const per = { Daily: 1, Weekly: 7, Monthly: 30.44, Quarterly: 91.31, Yearly: 365.25 }[frequency];
  return days > 0 ? Math.max(1, Math.round(days / per)) : undefined;
}

const LEVELS: NewGoal['level'][] = ['Company', 'Department', 'Team', 'Person'];

/** Statements compare without case, spacing and a final full stop: "Grow revenue 10 %." is "grow revenue 10 %". */
const sameStatement = (a: string, b: string) => {
  const n = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[.!\s]+$/, '').trim();
  return n(a) === n(b);
};

export function GoalWizard(props: { port: HostPort; busy: boolean; run: (label: string, action: () => Promise<string>) => Promise<void>; changes?: number; cascade?: string }) {
  const { port, busy, run, changes = 0, cascade } = props;
  const [text, setText] = useState('');
  const [level, setLevel] = useState<NewGoal['level']>('Company');
  const [parentId, setParentId] = useState('');
  const [team, setTeam] = useState('');
  const [owner, setOwner] = useState('');
  const [start, setStart] = useState('');
  const [deadline, setDeadline] = useState('');
  /** The phrase of the statement the Deadline field was filled from; undefined when the user typed the deadline. */
  const [deadlineFrom, setDeadlineFrom] = useState<string | undefined>(undefined);
  const [kpis, setKpis] = useState<KpiForm[]>([emptyKpi()]);
  const [goals, setGoals] = useState<GoalSummary[]>([]);
  /** What the last "Add to cascade" did, shown next to the button, where the user is looking. */
  const [feedback, setFeedback] = useState<{ text: string; error?: boolean } | undefined>(undefined);
  // Today as SMART_CHECK sees it in a cell (today in the sheet's zone), read once per render.
  const today = todaySerial();

  useEffect(() => {
    port.listGoals(cascade).then(setGoals, () => setGoals([]));
  }, [port, changes, cascade]);

  const parent = goals.find((g) => g.id === parentId);
  const first = kpis[0];
  const analysis = useMemo(() => {
    const baseline = first.baseline.trim() === '' ? undefined : Number(first.baseline);
    const target = first.target.trim() === '' ? undefined : Number(first.target);
    const history = parseHistory(first.history);
    return analyseGoal({
      text,
      today,
      deadline: deadline ? isoToSerial(deadline) : undefined,
      parent: parent ? parent.statement || parent.id : undefined,
      baseline: Number.isFinite(baseline) ? baseline : undefined,
      target: Number.isFinite(target) ? target : undefined,
      unit: first.unit || undefined,
      history: history.length >= 2 ? history : undefined,
      periodsLeft: deadline ? periodsLeft(deadline, first.frequency, today) : undefined,
      hasKpiWithTarget: kpis.some((k) => k.name.trim() && k.target.trim() !== '' && Number.isFinite(Number(k.target))),
    });
  }, [text, deadline, parent, kpis, first, today]);
  const deadlineSerial = deadline ? isoToSerial(deadline) : undefined;
  const deadlinePassed = deadlineSerial !== undefined && deadlineSerial < today;

  function onStatement(value: string) {
    setText(value);
    setFeedback(undefined);
    // A date or period in the statement fills an empty Deadline field (and follows the statement while it is typed).
    if (deadline && deadlineFrom === undefined) return;
    const found = deadlineFromText(value, today);
    if (found) {
      setDeadline(serialToIso(found.serial));
      setDeadlineFrom(found.found);
    } else if (deadlineFrom !== undefined) {
      setDeadline('');
      setDeadlineFrom(undefined);
    }
  }

  function clear() {
    setText('');
    setLevel('Company');
    setParentId('');
    setTeam('');
    setOwner('');
    setStart('');
    setDeadline('');
    setDeadlineFrom(undefined);
    setKpis([emptyKpi()]);
  }

  /** Why the goal must not be written as it stands, or undefined. */
  async function problem(): Promise<string | undefined> {
    if (deadlinePassed) return `The deadline ${deadline} has passed: set one in the future.`;
    for (const [i, k] of kpis.entries()) {
      const p = k.name.trim() ? directionProblem(k) : undefined;
      if (p) return `KPI ${i + 1} (${k.name.trim()}): ${p} Fix "Better when" before adding.`;
    }
    const current = await port.listGoals(cascade).catch(() => goals);
    const twin = current.find((g) => sameStatement(g.statement, text));
    if (twin) return `This goal is already in the cascade as ${twin.id}: not added again.`;
    return undefined;
  }

  function goal(): NewGoal {
    return {
      statement: text.trim(),
      level,
      parentId: parentId || undefined,
      team: team.trim() || undefined,
      owner: owner.trim() || undefined,
      start: start || undefined,
      deadline: deadline || undefined,
      kpis: kpis.map(kpiFromForm).filter((k): k is NewKpi => k !== undefined),
    };
  }

  const setKpi = (i: number, k: KpiForm) => setKpis(kpis.map((x, j) => (j === i ? k : x)));

  return (
    <section aria-labelledby="gp-wizard">
      <TaskHeading id="gp-wizard">Goal wizard</TaskHeading>
      <TextArea id="gp-goal" label="Goal statement" rows={3} value={text} onValue={onStatement}
        placeholder="e.g. Reduce patient wait times from 30 to 24 minutes by Q3 2026" />
      {text.trim() && (
        <>
          <p class="gp-score" data-testid="smart-score">SMART score: {analysis.score} of 5</p>
          <p class="gp-verdict" data-testid="smart-check">{smartCheckText(analysis)}</p>
          <ul class="gp-criteria" aria-label="SMART criteria" data-testid="criteria">
            {CRITERIA.map((k) => {
              const c = analysis.criteria[k];
              return (
                <li key={k} class={`gp-${c.met}`} data-criterion={k} data-met={c.met}>
                  <strong>{CRITERION_LABEL[k]}</strong>: {c.met} — {c.reason}
                  {c.hint && <span class="gp-hint">Hint: {c.hint}</span>}
                </li>
              );
            })}
          </ul>
          {analysis.warnings.length > 0 && (
            <ul class="gp-warnings" aria-label="Warnings" data-testid="warnings">
              {analysis.warnings.map((w, i) => <li key={i}>{w}</li>)}
            </ul>
          )}
        </>
      )}
      <Select id="gp-level" label="Level" value={level} choices={LEVELS} onValue={(v) => setLevel(v as NewGoal['level'])} />
      <Select id="gp-parent" label="Parent goal" value={parentId}
        choices={[{ value: '', text: '(none: a top-level goal)' }, ...goals.map((g) => ({ value: g.id, text: `${g.id}: ${g.statement.slice(0, 60)}` }))]}
        onValue={(id) => {
          setParentId(id);
          // A goal under another one is not a company goal: move it a level down (the user can still change it).
          if (id && level === 'Company') setLevel('Department');
        }} />
      <div class="gp-row">
        <span><TextField id="gp-team" label="Department or team" value={team} onValue={setTeam} /></span>
        <span><TextField id="gp-owner" label="Owner" value={owner} onValue={setOwner} /></span>
      </div>
      <div class="gp-row">
        <span><TextField id="gp-start" label="Start" type="date" value={start} onValue={setStart} /></span>
        <span>
          <TextField id="gp-deadline" label="Deadline" type="date" value={deadline} onValue={(v) => {
            setDeadline(v);
            setDeadlineFrom(undefined);
          }} />
        </span>
      </div>
      {deadlineFrom && !deadlinePassed && <p class="gp-note" data-testid="deadline-from">Deadline filled from "{deadlineFrom}".</p>}
      {deadlinePassed && <p class="gp-warn" role="alert" data-testid="deadline-passed">The deadline {deadline} has passed: set one in the future.</p>}
      {kpis.map((k, i) => (
        <KpiFields key={i} index={i} kpi={k} onChange={(n) => setKpi(i, n)} onRemove={kpis.length > 1 ? () => setKpis(kpis.filter((_, j) => j !== i)) : undefined} />
      ))}
      <Button onClick={() => setKpis([...kpis, emptyKpi()])}>Add another KPI</Button>
      <Button
        primary
        disabled={busy || !text.trim()}
        onClick={() =>
          run('Adding the goal', async () => {
            setFeedback(undefined);
            const why = await problem();
            if (why) {
              setFeedback({ text: why, error: true });
              throw new Error(why);
            }
            const g = goal();
            const res = await port.addGoal(cascade ? { ...g, cascade } : g);
            const kpiNote = res.kpiIds.length ? ` KPI${res.kpiIds.length > 1 ? 's' : ''} ${res.kpiIds.join(', ')} went to the KPIs sheet.` : '';
            const message = `${res.message} "${g.statement.length > 80 ? g.statement.slice(0, 77) + '...' : g.statement}" is ${res.goalId}.${kpiNote} Ready for the next goal.`;
            clear();
            setFeedback({ text: message });
            return message;
          })
        }
      >
        Add to cascade
      </Button>
      {feedback && (
        <p class={`gp-feedback${feedback.error ? ' gp-error' : ''}`} role={feedback.error ? 'alert' : 'status'} data-testid="wizard-feedback">
          {feedback.text}
        </p>
      )}
    </section>
  );
}

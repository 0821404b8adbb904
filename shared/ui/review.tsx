/**
 * The Review task (templates.md "Review at the deadline"): the goals whose deadline has passed and that have no Review
 * row yet; for the one picked, its result at the deadline (roll-up, status, a suggested 0.0-1.0 grade the user may
 * change) and the five evaluation questions. A red goal is not sent without an answer to "Why did we succeed or
 * fail?" (the core refuses it too). Saving appends one row to the Review sheet; the goal then leaves the list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { HostPort, NewReview, ReviewChoice, ReviewList } from '../host/port';
import { REVIEW_QUESTIONS } from '../templates/layout';
import { parseValue } from './checkIn';
import { percent } from './goalTree';
import { TaskHeading } from './help';
import { Button, Progress, Select, TextArea, TextField, useFocusHeadingWhenOpened } from './controls';

type Run = (label: string, action: () => Promise<string>) => Promise<void>;
type Answers = Pick<NewReview, 'why' | 'worked' | 'better' | 'keep' | 'next'>;
const KEYS: (keyof Answers)[] = ['why', 'worked', 'better', 'keep', 'next'];

/** What stops this review from being sent, said before anything goes to the workbook; undefined when it may go. */
export function reviewProblem(goal: ReviewChoice, gradeText: string, why: string): string | undefined {
  if (goal.status === 'Red' && !why.trim()) return `${goal.id} is red at its deadline: answer "Why did we succeed or fail?" before saving.`;
  if (gradeText.trim() === '' && goal.grade === undefined) return `${goal.id} has no roll-up: give it a grade from 0.0 to 1.0.`;
  if (gradeText.trim() !== '') {
    const g = parseValue(gradeText);
    if (!Number.isFinite(g) || g < 0 || g > 1) return 'The grade must be a number from 0.0 to 1.0 (1.0 = fully achieved).';
  }
  return undefined;
}

export function Review(props: { port: HostPort; busy: boolean; run: Run; changes?: number; cascade?: string }) {
  const { port, busy, run, changes = 0, cascade } = props;
  const [open, setOpen] = useState(false);
  useFocusHeadingWhenOpened(open, 'gp-review');
  const [list, setList] = useState<ReviewList | null>(null);
  // Stryker disable next-line StringLiteral: no goal has that ID either, and an unknown ID picks the first goal as '' does
  const [goalId, setGoalId] = useState('');
  // Stryker disable next-line StringLiteral: the effect on goal?.id below sets it on mount, before anything shows it
  const [grade, setGrade] = useState('');
  // Stryker disable next-line StringLiteral: the effect on goal?.id below sets it on mount, before anything shows it
  const [result, setResult] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [feedback, setFeedback] = useState<{ text: string; error?: boolean } | undefined>(undefined);

  useEffect(() => {
    if (!open) return;
    port.listReviews(cascade).then(setList, (e: unknown) => setList({ goals: [], message: e instanceof Error ? e.message : String(e) }));
  }, [port, changes, open, cascade]);

  const goals = list?.goals ?? [];
  const goal = goals.find((g) => g.id === goalId) ?? goals[0];
  // A new goal picked: its suggested grade, empty answers.
  useEffect(() => {
    setGrade(goal?.grade !== undefined ? goal.grade.toFixed(1) : '');
    setResult('');
    setAnswers({});
  }, [goal?.id]);

  async function submit(e: Event) {
    e.preventDefault();
    if (!goal) return;
    const problem = reviewProblem(goal, grade, answers.why ?? '');
    if (problem) {
      setFeedback({ text: problem, error: true });
      // Stryker disable next-line OptionalChaining: #gp-rv-why is in the form that calls submit
      if (/red/.test(problem)) (document.getElementById('gp-rv-why') as HTMLTextAreaElement | null)?.focus();
      return;
    }
    const entry: NewReview = { goalId: goal.id, ...(grade.trim() ? { grade: parseValue(grade) } : {}), ...(result.trim() ? { result: result.trim() } : {}) };
    for (const k of KEYS) if (answers[k]?.trim()) entry[k] = answers[k]!.trim();
    setFeedback(undefined);
    await run(`Saving the review of ${goal.id}`, async () => {
      try {
        const r = await port.saveReview(cascade ? { ...entry, cascade } : entry);
        setFeedback({ text: r.message });
        // Stryker disable next-line StringLiteral: no goal has that ID either, and an unknown ID picks the first goal as '' does
        setGoalId(goals.find((g) => g.id !== goal.id)?.id ?? '');
        return r.message;
      } catch (err) {
        setFeedback({ text: err instanceof Error ? err.message : String(err), error: true });
        throw err;
      }
    });
  }

  const red = goal?.status === 'Red';
  return (
    <section aria-labelledby="gp-review">
      <TaskHeading id="gp-review">Review</TaskHeading>
      {!open && <Button disabled={busy} onClick={() => setOpen(true)}>Find goals to review</Button>}
      {open && !list && <Progress label="Reading the goals past their deadline" />}
      {open && list?.message && <p class="gp-hint" data-testid="review-message">{list.message}</p>}
      {open && goal && (
        <form onSubmit={submit} class="gp-answers" noValidate>
          <Select id="gp-rv-goal" label="Goal past its deadline" value={goal.id} onValue={(v) => { setGoalId(v); setFeedback(undefined); }}
            choices={goals.map((g) => ({ value: g.id, text: `${g.id} ${g.statement}` }))} />
          <p class="gp-facts" data-testid="review-facts">
            <span class={`gp-dot${goal.status ? ` gp-${goal.status}` : ''}`} aria-hidden="true" />{' '}
            {`Deadline ${goal.deadline}. At the deadline: roll-up ${percent(goal.rollup)}, ${goal.status ?? 'no status'}.${goal.owner ? ` Owner: ${goal.owner}.` : ''}`}
          </p>
          <TextField id="gp-rv-grade" label="Grade (0.0 to 1.0)" inputMode="decimal" value={grade} onValue={setGrade}
            aria-describedby="gp-rv-grade-hint" />
          <span class="gp-hint" id="gp-rv-grade-hint">Suggested from the roll-up (clamped to 0-1, to one decimal); change it if you judge otherwise.</span>
          <TextField id="gp-rv-result" label="Result" value={result} placeholder="Default: the roll-up and status" onValue={setResult} />
          {REVIEW_QUESTIONS.map((q, i) => (
            <TextArea key={q} id={`gp-rv-${KEYS[i]}`} value={answers[KEYS[i]] ?? ''} aria-required={i === 0 && red ? 'true' : undefined}
              label={<>{q}{i === 0 && red && <span class="gp-required"> (required: the goal is red)</span>}</>}
              onValue={(v) => setAnswers({ ...answers, [KEYS[i]]: v })} />
          ))}
          <Button type="submit" primary disabled={busy}>Save review</Button>
          {feedback && <p class={`gp-status${feedback.error ? ' gp-error' : ''}`} role={feedback.error ? 'alert' : 'status'} data-testid="review-feedback">{feedback.text}</p>}
        </form>
      )}
      {open && !goal && feedback && !feedback.error && <p class="gp-status" role="status" data-testid="review-feedback">{feedback.text}</p>}
    </section>
  );
}

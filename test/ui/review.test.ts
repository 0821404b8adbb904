// @vitest-environment happy-dom
/**
 * The Review task (shared/ui/review.tsx) in happy-dom: reviewProblem's every refusal, the goals due for review, what
 * goes to saveReview, the confirmation and the errors, and the re-read after a change. Most tests render the part alone
 * over the recording port with a `run` that records its labels; the last ones go through the whole app (mountUi).
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostPort, ReviewChoice, ReviewList } from '../../shared/host/port';
import { Review, reviewProblem } from '../../shared/ui/review';
import { recordingPort } from '../browser/harness/recordingPort';
import { mountUi } from './mountUi';
import { renderPart } from './renderPart';

const at = (row: number) => ({ sheet: 'Goals', row, col: 0 });
const G6: ReviewChoice = { id: 'G6', statement: 'Reduce dock-to-stock time from 48 to 24 hours', owner: 'Receiving lead', deadline: '2026-06-30', rollup: 0.75, status: 'Red', grade: 0.8, at: at(6) };
const G4: ReviewChoice = { id: 'G4', statement: 'Increase average basket size by 8%', owner: 'Retail manager', deadline: '2026-09-30', rollup: 1.04, status: 'Green', grade: 1, at: at(4) };
const G9: ReviewChoice = { id: 'G9', statement: 'Raise our NPS', owner: '', deadline: '2026-03-31', at: at(9) };
const G2: ReviewChoice = { id: 'G2', statement: 'Open two stores', owner: 'Ops', deadline: '2026-05-31', rollup: 0.5, status: 'Yellow', grade: 0.5, at: at(2) };

// mountUi unmounts the apps it mounted; the parts rendered alone here over a recording port are cleaned up here.
afterEach(() => {
  cleanup();
  delete window.__hold;
  window.__answers = {};
});

describe('reviewProblem', () => {
  const red = { ...G6 };
  const green = { ...G4 };
  const noRollup = { ...G9 };
  it('refuses a red goal without an answer to why, even with blanks, before looking at the grade', () => {
    const msg = 'G6 is red at its deadline: answer "Why did we succeed or fail?" before saving.';
    expect(reviewProblem(red, '0.8', '')).toBe(msg);
    expect(reviewProblem(red, '0.8', '  \n ')).toBe(msg);
    expect(reviewProblem(red, '7', '')).toBe(msg);
    expect(reviewProblem(red, '', '')).toBe(msg);
    expect(reviewProblem(red, '0.8', 'Late scanners')).toBeUndefined();
    expect(reviewProblem(red, '7', 'Late scanners')).toBe('The grade must be a number from 0.0 to 1.0 (1.0 = fully achieved).');
  });
  it('lets a goal that is not red go without why', () => {
    expect(reviewProblem(green, '1.0', '')).toBeUndefined();
    expect(reviewProblem({ ...G2 }, '0.5', '')).toBeUndefined();
    expect(reviewProblem({ ...noRollup, grade: 0.3 }, '', '')).toBeUndefined();
  });
  it('asks for a grade when there is no roll-up and none is typed', () => {
    expect(reviewProblem(noRollup, '', '')).toBe('G9 has no roll-up: give it a grade from 0.0 to 1.0.');
    expect(reviewProblem(noRollup, '   ', 'why')).toBe('G9 has no roll-up: give it a grade from 0.0 to 1.0.');
    expect(reviewProblem(noRollup, '0.4', '')).toBeUndefined();
    // With a suggested grade, an empty field means "the suggested one".
    expect(reviewProblem(green, '', '')).toBeUndefined();
    expect(reviewProblem(green, '  ', '')).toBeUndefined();
  });
  it('takes a grade from 0.0 to 1.0 (comma, percent, spaces) and refuses anything else', () => {
    const msg = 'The grade must be a number from 0.0 to 1.0 (1.0 = fully achieved).';
    for (const ok of ['0', '1', '0.0', '1.0', '0,6', ' 0.6 ', '60%', '100 %', '0 %']) expect(reviewProblem(noRollup, ok, ''), ok).toBeUndefined();
    for (const bad of ['1.4', '1.01', '-0.1', 'abc', '150%', '-5 %', 'Infinity', '1e3', 'NaN', '0.5.5']) expect(reviewProblem(green, bad, ''), bad).toBe(msg);
  });
  it('refuses a grade just outside the range on either side', () => {
    const msg = 'The grade must be a number from 0.0 to 1.0 (1.0 = fully achieved).';
    expect(reviewProblem(green, '1.0000001', '')).toBe(msg);
    expect(reviewProblem(green, '-0.0000001', '')).toBe(msg);
    expect(reviewProblem(green, '0.9999999', '')).toBeUndefined();
    expect(reviewProblem(green, '0.0000001', '')).toBeUndefined();
  });
});

const renderReview = (opts: Parameters<typeof renderPart>[1] = {}) => renderPart(Review, opts);

const LIST: ReviewList = { goals: [G6, G4] };
const grade = () => screen.getByLabelText('Grade (0.0 to 1.0)') as HTMLInputElement;
const resultField = () => screen.getByLabelText('Result') as HTMLInputElement;
const area = (q: string) => screen.getByLabelText(q, { exact: false }) as HTMLTextAreaElement;
const feedback = () => screen.getByTestId('review-feedback');
const facts = () => screen.getByTestId('review-facts');
const save = () => screen.getByRole('button', { name: 'Save review' });
const picker = () => screen.getByLabelText('Goal past its deadline') as HTMLSelectElement;

async function openReview(t: ReturnType<typeof renderReview>) {
  await t.user.click(screen.getByRole('button', { name: 'Find goals to review' }));
}
/** Wait until the goal picked shows with its suggested grade (the grade is set in an effect, after the first paint). */
async function shows(id: string, suggested: string) {
  await waitFor(() => {
    expect(picker().value).toBe(id);
    expect(grade().value).toBe(suggested);
  });
}
async function pick(t: { user: ReturnType<typeof userEvent.setup> }, id: string, suggested: string) {
  await t.user.selectOptions(picker(), id);
  await shows(id, suggested);
}

describe('the Review part: finding the goals', () => {
  it('reads nothing until asked, shows progress while reading, then the first goal with its facts', async () => {
    window.__hold = { listReviews: new Promise(() => {}) };
    const t = renderReview({ answers: { listReviews: LIST } });
    expect(screen.getByRole('heading', { name: 'Review' }).id).toBe('gp-review');
    const find = screen.getByRole('button', { name: 'Find goals to review' }) as HTMLButtonElement;
    expect(find.disabled).toBe(false);
    expect(t.argsOf('listReviews')).toEqual([]);
    await openReview(t);
    expect(screen.queryByRole('button', { name: 'Find goals to review' })).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Reading the goals past their deadline' })).toBeTruthy();
    await waitFor(() => expect(t.argsOf('listReviews')).toEqual([[null]]));
    expect(screen.queryByLabelText('Goal past its deadline')).toBeNull();
  });

  it('gives the focus to the heading when the button that opened it goes away', async () => {
    const t = renderReview({ answers: { listReviews: LIST } });
    await openReview(t);
    await waitFor(() => expect(document.activeElement?.id).toBe('gp-review'));
  });

  it('shows the goal picked with its facts, suggested grade and the five questions', async () => {
    const t = renderReview({ answers: { listReviews: LIST } });
    await openReview(t);
    await shows('G6', '0.8');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect([...picker().options].map((o) => [o.value, o.textContent])).toEqual([
      ['G6', 'G6 Reduce dock-to-stock time from 48 to 24 hours'],
      ['G4', 'G4 Increase average basket size by 8%'],
    ]);
    expect(picker().value).toBe('G6');
    expect(facts().textContent).toBe(' Deadline 2026-06-30. At the deadline: roll-up 75 %, Red. Owner: Receiving lead.');
    const dot = facts().querySelector('span')!;
    expect(dot.className).toBe('gp-dot gp-Red');
    expect(dot.getAttribute('aria-hidden')).toBe('true');
    expect(grade().value).toBe('0.8');
    expect(grade().getAttribute('inputmode')).toBe('decimal');
    expect(grade().getAttribute('aria-describedby')).toBe('gp-rv-grade-hint');
    expect(document.getElementById('gp-rv-grade-hint')!.textContent).toBe('Suggested from the roll-up (clamped to 0-1, to one decimal); change it if you judge otherwise.');
    expect(resultField().value).toBe('');
    expect(resultField().placeholder).toBe('Default: the roll-up and status');
    const ids = ['why', 'worked', 'better', 'keep', 'next'];
    const qs = ['Why did we succeed or fail?', 'What worked well?', 'How could we do better?', 'Can we keep doing this?', 'What is the next step?'];
    qs.forEach((q, i) => {
      expect(area(q).id).toBe(`gp-rv-${ids[i]}`);
      expect(area(q).tagName).toBe('TEXTAREA');
      expect(area(q).value).toBe('');
    });
    // A red goal: why is required, and says so.
    expect(document.querySelector('label[for="gp-rv-why"]')!.textContent).toBe('Why did we succeed or fail? (required: the goal is red)');
    expect(document.querySelector('label[for="gp-rv-why"] .gp-required')!.textContent).toBe(' (required: the goal is red)');
    expect(area('Why did we succeed or fail?').getAttribute('aria-required')).toBe('true');
    for (const q of qs.slice(1)) {
      expect(area(q).hasAttribute('aria-required')).toBe(false);
      expect(document.querySelector(`label[for="${area(q).id}"]`)!.textContent).toBe(q);
    }
    expect(save().getAttribute('type')).toBe('submit');
    expect((save() as HTMLButtonElement).disabled).toBe(false);
    expect(save().className).toContain('gp-primary');
    expect(screen.queryByTestId('review-feedback')).toBeNull();
    expect(screen.queryByTestId('review-message')).toBeNull();
    expect(picker().closest('form')!.className).toBe('gp-answers');
    expect(picker().closest('form')!.noValidate).toBe(true);
  });

  it('changes the facts, grade and questions with the goal picked', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G6, G4, G9] } } });
    await openReview(t);
    await shows('G6', '0.8');
    await pick(t, 'G4', '1.0');
    expect(picker().value).toBe('G4');
    expect(facts().textContent).toBe(' Deadline 2026-09-30. At the deadline: roll-up 104 %, Green. Owner: Retail manager.');
    expect(facts().querySelector('span')!.className).toBe('gp-dot gp-Green');
    expect(grade().value).toBe('1.0');
    expect(document.querySelector('label[for="gp-rv-why"]')!.textContent).toBe('Why did we succeed or fail?');
    expect(document.querySelector('.gp-required')).toBeNull();
    expect(area('Why did we succeed or fail?').hasAttribute('aria-required')).toBe(false);
    // No roll-up, no status, no owner.
    await pick(t, 'G9', '');
    expect(facts().textContent).toBe(' Deadline 2026-03-31. At the deadline: roll-up -, no status.');
    expect(facts().querySelector('span')!.className).toBe('gp-dot');
    expect(grade().value).toBe('');
  });

  it('starts a newly picked goal with its own grade, no result and no answers, and drops the old feedback', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G6, G4] } } });
    await openReview(t);
    await shows('G6', '0.8');
    await t.user.clear(grade());
    await t.user.type(grade(), '0.3');
    await t.user.type(resultField(), 'Half done');
    await t.user.type(area('What worked well?'), 'Cross-docking');
    await t.user.click(save());
    expect(feedback().textContent).toMatch(/^G6 is red/);
    await pick(t, 'G4', '1.0');
    expect(screen.queryByTestId('review-feedback')).toBeNull();
    expect(grade().value).toBe('1.0');
    expect(resultField().value).toBe('');
    expect(area('What worked well?').value).toBe('');
    await pick(t, 'G6', '0.8');
    expect(grade().value).toBe('0.8');
  });

  it('says what to do when nothing waits for a review, with no form', async () => {
    const msg = 'No goal waits for a review: every goal past its deadline (before 2026-11-24) has its row in Review.';
    const t = renderReview({ answers: { listReviews: { goals: [], message: msg } } });
    await openReview(t);
    await waitFor(() => screen.getByTestId('review-message'));
    expect(screen.getByTestId('review-message').textContent).toBe(msg);
    expect(screen.getByTestId('review-message').className).toBe('gp-hint');
    expect(screen.queryByLabelText('Goal past its deadline')).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByTestId('review-feedback')).toBeNull();
  });

  it('shows a message next to the goals when the core gives both', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4], message: 'Only Goals 2 was read.' } } });
    await openReview(t);
    await shows('G4', '1.0');
    expect(screen.getByTestId('review-message').textContent).toBe('Only Goals 2 was read.');
  });

  it('shows a failed read as a sentence (an Error or anything else thrown)', async () => {
    const t = renderReview({ answers: { listReviews: { error: 'The Goals sheet is missing.' } } });
    await openReview(t);
    await waitFor(() => expect(screen.getByTestId('review-message').textContent).toBe('The Goals sheet is missing.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    // Nothing to pick: no form at all.
    expect(screen.queryByLabelText('Goal past its deadline')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save review' })).toBeNull();
    cleanup();
    const port = { ...recordingPort(), listReviews: () => Promise.reject('no workbook') } as HostPort;
    const t2 = renderReview({ port });
    await openReview(t2);
    await waitFor(() => expect(screen.getByTestId('review-message').textContent).toBe('no workbook'));
  });

  it('reads the cascade picked, and reads again after a change (only once open)', async () => {
    const t = renderReview({ answers: { listReviews: LIST }, cascade: 'Goals 2' });
    t.rerender(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(t.argsOf('listReviews')).toEqual([]);
    await openReview(t);
    await shows('G6', '0.8');
    expect(t.argsOf('listReviews')).toEqual([['Goals 2']]);
    window.__answers.listReviews = { goals: [G4] };
    t.rerender(2);
    await waitFor(() => expect([...picker().options].map((o) => o.value)).toEqual(['G4']));
    expect(t.argsOf('listReviews')).toEqual([['Goals 2'], ['Goals 2']]);
    await shows('G4', '1.0');
    expect(facts().textContent).toMatch(/Deadline 2026-09-30/);
  });

  it('disables its buttons while an action runs', async () => {
    const t = renderReview({ answers: { listReviews: LIST }, busy: true });
    expect((screen.getByRole('button', { name: 'Find goals to review' }) as HTMLButtonElement).disabled).toBe(true);
    t.rerender(0, false);
    await openReview(t);
    await shows('G6', '0.8');
    t.rerender(0, true);
    expect((save() as HTMLButtonElement).disabled).toBe(true);
    t.rerender(0, false);
    expect((save() as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('the Review part: saving', () => {
  it('refuses a red goal without why, before sending, and puts the focus on why', async () => {
    const t = renderReview({ answers: { listReviews: LIST } });
    await openReview(t);
    await shows('G6', '0.8');
    await t.user.type(area('What worked well?'), 'Cross-docking');
    await t.user.type(area('Why did we succeed or fail?'), '   ');
    await t.user.click(save());
    expect(feedback().textContent).toBe('G6 is red at its deadline: answer "Why did we succeed or fail?" before saving.');
    expect(feedback().getAttribute('role')).toBe('alert');
    expect(feedback().className).toBe('gp-status gp-error');
    expect(document.activeElement?.id).toBe('gp-rv-why');
    expect(t.argsOf('saveReview')).toEqual([]);
    expect(t.runs).toEqual([]);
  });

  it('refuses a grade out of range without moving the focus, and a goal with no roll-up and no grade', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4, G9] } } });
    await openReview(t);
    await shows('G4', '1.0');
    await t.user.clear(grade());
    await t.user.type(grade(), '1.4');
    await t.user.click(save());
    expect(feedback().textContent).toBe('The grade must be a number from 0.0 to 1.0 (1.0 = fully achieved).');
    expect(feedback().getAttribute('role')).toBe('alert');
    expect(document.activeElement?.id).not.toBe('gp-rv-why');
    await pick(t, 'G9', '');
    await t.user.click(save());
    expect(feedback().textContent).toBe('G9 has no roll-up: give it a grade from 0.0 to 1.0.');
    expect(document.activeElement?.id).not.toBe('gp-rv-why');
    expect(t.argsOf('saveReview')).toEqual([]);
  });

  it('sends what the user typed, trimmed, with the grade read as a number; blanks are left out', async () => {
    const t = renderReview({ answers: { listReviews: LIST, saveReview: { goalId: 'G6', grade: 0.6, message: 'Reviewed G6: grade 0.6. The row is in Review.' } } });
    await openReview(t);
    await shows('G6', '0.8');
    await t.user.type(area('Why did we succeed or fail?'), '  Scanners arrived <late>  ');
    await t.user.clear(grade());
    await t.user.type(grade(), ' 0,6 ');
    await t.user.type(resultField(), '  75 %, late  ');
    await t.user.type(area('What worked well?'), 'Cross-docking');
    await t.user.type(area('How could we do better?'), '   ');
    await t.user.type(area('Can we keep doing this?'), 'Yes');
    await t.user.type(area('What is the next step?'), ' Finish the roll-out ');
    await t.user.click(save());
    await waitFor(() => expect(feedback().textContent).toBe('Reviewed G6: grade 0.6. The row is in Review.'));
    expect(t.argsOf('saveReview')).toEqual([[{ goalId: 'G6', grade: 0.6, result: '75 %, late', why: 'Scanners arrived <late>', worked: 'Cross-docking', keep: 'Yes', next: 'Finish the roll-out' }]]);
    expect(t.runs).toEqual([{ label: 'Saving the review of G6', result: 'Reviewed G6: grade 0.6. The row is in Review.' }]);
    expect(feedback().getAttribute('role')).toBe('status');
    expect(feedback().className).toBe('gp-status');
    // The next goal is offered, with its own suggested grade.
    await shows('G4', '1.0');
    expect(area('Why did we succeed or fail?').value).toBe('');
  });

  it('leaves the grade out when the field is empty (the core suggests it), and sends the cascade picked', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4] } }, cascade: 'Goals 2' });
    await openReview(t);
    await shows('G4', '1.0');
    await t.user.clear(grade());
    await t.user.click(save());
    await waitFor(() => expect(t.argsOf('saveReview')).toEqual([[{ goalId: 'G4', cascade: 'Goals 2' }]]));
    await waitFor(() => expect(feedback().textContent).toBe('Reviewed G1.'));
  });

  it('takes a grade or a result of blanks as none (the core then uses the suggested grade and its summary)', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4] } } });
    await openReview(t);
    await shows('G4', '1.0');
    await t.user.clear(grade());
    await t.user.type(grade(), '   ');
    await t.user.type(resultField(), '   ');
    await t.user.click(save());
    await waitFor(() => expect(t.argsOf('saveReview')).toEqual([[{ goalId: 'G4' }]]));
    expect(t.argsOf('saveReview')[0][0]).not.toHaveProperty('grade');
    expect(t.argsOf('saveReview')[0][0]).not.toHaveProperty('result');
  });

  it('sends the suggested grade as shown, and a grade of 0', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4, G2] } } });
    await openReview(t);
    await shows('G4', '1.0');
    await t.user.click(save());
    await waitFor(() => expect(t.argsOf('saveReview')).toEqual([[{ goalId: 'G4', grade: 1 }]]));
    // After a save, the other goal is picked.
    await shows('G2', '0.5');
    await t.user.clear(grade());
    await t.user.type(grade(), '0');
    await t.user.click(save());
    await waitFor(() => expect(t.argsOf('saveReview')[1]).toEqual([{ goalId: 'G2', grade: 0 }]));
  });

  it('picks the first other goal after a save, not the one saved', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4, G2, G9] } } });
    await openReview(t);
    await shows('G4', '1.0');
    await pick(t, 'G2', '0.5');
    await t.user.click(save());
    await waitFor(() => expect(t.argsOf('saveReview')).toEqual([[{ goalId: 'G2', grade: 0.5 }]]));
    await waitFor(() => expect(picker().value).toBe('G4'));
  });

  it('shows a refusal of the core as an alert, and lets run report it', async () => {
    const t = renderReview({ answers: { listReviews: LIST, saveReview: { error: 'G6 has been reviewed already: its row is in Review.' } } });
    await openReview(t);
    await shows('G6', '0.8');
    await t.user.type(area('Why did we succeed or fail?'), 'Late scanners');
    await t.user.click(save());
    await waitFor(() => expect(feedback().textContent).toBe('G6 has been reviewed already: its row is in Review.'));
    expect(feedback().getAttribute('role')).toBe('alert');
    expect(feedback().className).toBe('gp-status gp-error');
    expect(t.runs).toEqual([{ label: 'Saving the review of G6', error: 'G6 has been reviewed already: its row is in Review.' }]);
    // The goal stays picked with what was typed.
    expect(picker().value).toBe('G6');
    expect(area('Why did we succeed or fail?').value).toBe('Late scanners');
  });

  it('shows a thrown non-Error as its text', async () => {
    window.__answers = {};
    const base = recordingPort();
    const port = { ...base, listReviews: async () => ({ goals: [G4] }), saveReview: () => Promise.reject('locked') } as HostPort;
    const t = renderReview({ port });
    await openReview(t);
    await shows('G4', '1.0');
    await t.user.click(save());
    await waitFor(() => expect(feedback().textContent).toBe('locked'));
    expect(t.runs).toEqual([{ label: 'Saving the review of G4', error: 'locked' }]);
  });

  it('clears an old refusal when saving again', async () => {
    window.__hold = {};
    let release!: () => void;
    const t = renderReview({ answers: { listReviews: LIST } });
    await openReview(t);
    await shows('G6', '0.8');
    await t.user.click(save());
    expect(feedback().textContent).toMatch(/^G6 is red/);
    window.__hold.saveReview = new Promise<void>((r) => (release = r));
    await t.user.type(area('Why did we succeed or fail?'), 'Late');
    await t.user.click(save());
    expect(screen.queryByTestId('review-feedback')).toBeNull();
    release();
    await waitFor(() => expect(feedback().textContent).toBe('Reviewed G1.'));
  });

  it('says what it saved once the last goal has left the list', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4] }, saveReview: { goalId: 'G4', grade: 1, message: 'Reviewed G4: grade 1.0.' } } });
    await openReview(t);
    await shows('G4', '1.0');
    await t.user.click(save());
    await waitFor(() => expect(t.runs).toHaveLength(1));
    // The list is read again after the change: G4 is gone, the confirmation stays.
    window.__answers.listReviews = { goals: [], message: 'No goal waits for a review.' };
    t.rerender(1);
    await waitFor(() => expect(screen.getByTestId('review-message').textContent).toBe('No goal waits for a review.'));
    expect(screen.queryByLabelText('Goal past its deadline')).toBeNull();
    expect(feedback().textContent).toBe('Reviewed G4: grade 1.0.');
    expect(feedback().getAttribute('role')).toBe('status');
    expect(feedback().className).toBe('gp-status');
  });

  it('shows no leftover refusal once the list is empty', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4] }, saveReview: { error: 'Locked.' } } });
    await openReview(t);
    await shows('G4', '1.0');
    await t.user.click(save());
    await waitFor(() => expect(feedback().textContent).toBe('Locked.'));
    window.__answers.listReviews = { goals: [] };
    t.rerender(1);
    await waitFor(() => expect(screen.queryByLabelText('Goal past its deadline')).toBeNull());
    expect(screen.queryByTestId('review-feedback')).toBeNull();
  });

  it('does not submit through the browser (the form is noValidate and the default is prevented)', async () => {
    const t = renderReview({ answers: { listReviews: { goals: [G4] } } });
    await openReview(t);
    await shows('G4', '1.0');
    const form = picker().closest('form')!;
    const ev = new Event('submit', { bubbles: true, cancelable: true });
    fireEvent(form, ev);
    expect(ev.defaultPrevented).toBe(true);
    await waitFor(() => expect(t.argsOf('saveReview')).toEqual([[{ goalId: 'G4', grade: 1 }]]));
  });
});

describe('Review in the app', () => {
  it('opens from Home, saves, shows the confirmation once and re-reads the list', async () => {
    const ui = await mountUi({
      answers: {
        listReviews: { goals: [G6, G4] },
        saveReview: { goalId: 'G6', grade: 0.6, message: 'Reviewed G6: 75 % of target, Red at the deadline; grade 0.6.' },
      },
    });
    await ui.openTask('Review and next cycle');
    await ui.user.click(screen.getByRole('button', { name: 'Find goals to review' }));
    await shows('G6', '0.8');
    await ui.user.type(area('Why did we succeed or fail?'), 'Late scanners');
    await ui.user.clear(grade());
    await ui.user.type(grade(), '0.6');
    window.__answers.listReviews = { goals: [G4] };
    await ui.user.click(save());
    await waitFor(() => expect(feedback().textContent).toBe('Reviewed G6: 75 % of target, Red at the deadline; grade 0.6.'));
    expect(ui.argsOf('saveReview')).toEqual([[{ goalId: 'G6', grade: 0.6, why: 'Late scanners' }]]);
    // The status bar reads it out without showing it twice.
    await waitFor(() => expect(ui.status().textContent).toBe('Reviewed G6: 75 % of target, Red at the deadline; grade 0.6.'));
    expect(ui.status().className).toContain('gp-sr-only');
    await waitFor(() => expect(ui.argsOf('listReviews')).toHaveLength(2));
    await waitFor(() => expect([...picker().options].map((o) => o.value)).toEqual(['G4']));
    within(ui.root).getByRole('heading', { name: 'Review' });
  });

  it('shows a failed save in the status bar as an error too', async () => {
    const ui = await mountUi({ answers: { listReviews: { goals: [G4] }, saveReview: { error: 'The Review sheet is protected.' } } });
    await ui.openTask('Review and next cycle');
    await ui.user.click(screen.getByRole('button', { name: 'Find goals to review' }));
    await shows('G4', '1.0');
    await ui.user.click(save());
    await waitFor(() => expect(feedback().textContent).toBe('The Review sheet is protected.'));
    await waitFor(() => expect(ui.status().className).toContain('gp-error'));
    expect(ui.status().textContent).toContain('The Review sheet is protected.');
  });
});

import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import { FUNCTION_BY_NAME, GoalError } from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const [OKR_SCORE, ROLLUP, CASCADE_ROLLUP] = ['OKR_SCORE', 'ROLLUP', 'CASCADE_ROLLUP'].map(fn);

const col = (xs: unknown[]) => xs.map((x) => [x]);

describe('OKR_SCORE', () => {
  it('gives the worked value 0.625', () => {
    expect(OKR_SCORE([[0.7, 1.2, 0.4]], [[1, 1, 2]])).toBeCloseTo(0.625, 12);
  });
  it('clamps to [0, 1], defaults to equal weights, skips blank progress with its weight', () => {
    expect(OKR_SCORE([[-0.5, 1.5]])).toBe(0.5);
    expect(OKR_SCORE([[1, '', 0]], [[1, 100, 3]])).toBe(0.25);
  });
  it('treats a blank weight beside a progress as the default 1', () => {
    expect(OKR_SCORE([[1, 0]], [[3, '']])).toBe(0.75);
  });
  it('rejects negative or all-zero weights and mismatched sizes; #N/A with no key results', () => {
    expect(errorOf(() => OKR_SCORE([[1, 0]], [[-1, 1]])).code).toBe('VALUE');
    expect(errorOf(() => OKR_SCORE([[1, 0]], [[0, 0]])).message).toMatch(/all zero/);
    expect(errorOf(() => OKR_SCORE([[1, 0]], [[1, 1, 1]])).message).toMatch(/weights is 1x3 but progress is 1x2/);
    expect(errorOf(() => OKR_SCORE([['', null]])).code).toBe('NA');
  });
});

describe('ROLLUP', () => {
  it('is a weighted mean, not clamped', () => {
    expect(ROLLUP([[1.5, 0.5]])).toBe(1);
    expect(ROLLUP([[2, -1]], [[1, 2]])).toBe(0);
  });
});

describe('CASCADE_ROLLUP', () => {
  const goals = col(['G1', 'G2', 'G3', 'G4', '']);
  const parents = col(['', 'G1', 'G1', 'G2', '']);
  it('rolls KPIs up the tree with weights, aligned with goal_ids', () => {
    // G4: KPI 0.5 -> 0.5; G2: own KPI 1.0 and child G4 0.5 -> 0.75; G3: KPIs 0.8 (w1) and 0.2 (w3) -> 0.35;
    // G1: children G2 (weight 2) and G3 (weight 1) -> (2 * 0.75 + 0.35) / 3.
    const out = CASCADE_ROLLUP(goals, parents, col(['G4', 'g2', 'G3', 'G3']), col([0.5, 1, 0.8, 0.2]), col([1, 1, 1, 3]), col([1, 2, 1, 1, '']));
    const expected = [(2 * 0.75 + (0.8 + 3 * 0.2) / 4) / 3, 0.75, (0.8 + 3 * 0.2) / 4, 0.5];
    expected.forEach((v, i) => expect((out as number[][])[i][0]).toBeCloseTo(v, 12));
    expect((out as unknown[][])[4][0]).toBe('');
  });
  it('gives "" to a goal with neither KPIs nor children with values', () => {
    expect(CASCADE_ROLLUP(col(['A', 'B']), col(['', 'A']), col(['A']), col(['']))).toEqual([[''], ['']]);
  });
  it('flags a parent that is not a goal, naming it, and duplicates on both rows', () => {
    const out = CASCADE_ROLLUP(col(['A', 'B', 'C', 'C']), col(['', 'X', '', 'A']), col(['A']), col([1])) as unknown[][];
    // A: its child C (row 4) has a duplicated ID; its error reaches A instead of C being left out of A (differential testing).
    expect((out[0][0] as GoalError).message).toBe("Goal 'C' under this one has an error: The goal ID 'C' is used more than once; give each goal its own ID.");
    expect((out[1][0] as GoalError).message).toContain("'X'");
    expect((out[2][0] as GoalError).message).toMatch(/'C' is used more than once/);
    expect((out[3][0] as GoalError).message).toMatch(/'C' is used more than once/);
  });
  it('names the loop of a cycle', () => {
    const out = CASCADE_ROLLUP(col(['G1', 'G2', 'G5', 'G7']), col(['', 'G5', 'G2', 'G2']), col(['G7']), col([1])) as unknown[][];
    expect(out[0][0]).toBe('');
    expect((out[1][0] as GoalError).message).toContain('G2 -> G5 -> G2');
    expect((out[2][0] as GoalError).message).toContain('G5 -> G2 -> G5');
    expect(out[3][0]).toBe(1); // below the loop, G7 still rolls up its own KPI
  });
  it('reads a single empty weights cell as weights omitted, as Excel sends [[null]] (found by fuzzing)', () => {
    const a = CASCADE_ROLLUP(col(['A', 'B']), col(['', 'A']), col(['B']), col([0.5]), [[null]], [[null]]);
    expect(a).toEqual([[0.5], [0.5]]);
  });
  it('gives a duplicated child\'s error to every ancestor, and leaves the other branches alone', () => {
    const out = CASCADE_ROLLUP(col(['R', 'P', 'D', 'D', 'S']), col(['', 'R', 'P', '', 'R']), col(['S', 'P']), col([0.5, 1])) as unknown[][];
    expect((out[0][0] as GoalError).message).toMatch(/^Goal 'D' under this one has an error: The goal ID 'D' is used more than once/);
    expect((out[1][0] as GoalError).message).toMatch(/^Goal 'D' under this one/);
    expect(out[4][0]).toBe(0.5);
  });
  it('walks a 20,000-deep chain without overflowing the stack', () => {
    // (Its speed is not timed here: timings belong in npm run bench, never in unit tests.)
    const deep = (n: number) => {
      const ids = Array.from({ length: n }, (_, i) => `G${i}`);
      return { out: CASCADE_ROLLUP(col(ids), col(ids.map((_, i) => (i ? `G${i - 1}` : ''))), col([`G${n - 1}`]), col([0.25])) as unknown[][] };
    };
    const { out } = deep(20000);
    expect(out.length).toBe(20000);
    expect(out.every((r) => r[0] === 0.25)).toBe(true);
    // An error at the bottom reaches the top with a message of constant length (no chain of "child has an error").
    const ids = Array.from({ length: 20000 }, (_, i) => `G${i}`);
    const bad = CASCADE_ROLLUP(col(ids), col(ids.map((_, i) => (i ? `G${i - 1}` : ''))), col(['G19999']), col(['x'])) as GoalError[][];
    expect(bad[0][0].message).toBe('Goal \'G19999\' under this one has an error: KPI in row 1: its value must be a number, not the text "x".');
  });
  it('names a long loop shortly, also for a 20,000-goal loop', () => {
    const ids = Array.from({ length: 20000 }, (_, i) => `G${i}`);
    const out = CASCADE_ROLLUP(col(ids), col(ids.map((_, i) => `G${(i + 1) % 20000}`)), col(['G0']), col([1])) as GoalError[][];
    expect(out[0][0].message).toBe('The goals form a cycle: G0 -> G1 -> G2 -> G3 -> ... -> G19999 -> G0 (20000 goals). A goal cannot be its own ancestor.');
    expect(out[5][0].message).toContain('G5 -> G6 -> G7 -> G8 -> ... -> G4 -> G5');
  });
  it('passes an error of a child up to its parent, and not to a healthy sibling', () => {
    // P has two children: C, whose only KPI is bad, and S, whose KPI is 0.5. (The old test made a goal its own parent,
    // a cycle, so it passed whether or not a child's error ever reached the parent.)
    const out = CASCADE_ROLLUP(col(['P', 'C', 'S']), col(['', 'P', 'P']), col(['C', 'S']), col(['x', 0.5])) as unknown[][];
    expect(out[1][0]).toBeInstanceOf(GoalError);
    expect((out[1][0] as GoalError).message).toBe('KPI in row 1: its value must be a number, not the text "x".');
    expect(out[0][0]).toBeInstanceOf(GoalError);
    expect((out[0][0] as GoalError).message).toBe('Goal \'C\' under this one has an error: KPI in row 1: its value must be a number, not the text "x".');
    expect(out[2][0]).toBe(0.5);
    // The same tree with the KPI fixed rolls up normally: the parent's error above came from the child alone.
    expect(CASCADE_ROLLUP(col(['P', 'C', 'S']), col(['', 'P', 'P']), col(['C', 'S']), col([1, 0.5]))).toEqual([[0.75], [1], [0.5]]);
  });
});

describe('OKR_SCORE and ROLLUP: weights in the shape of the values (found by differential testing)', () => {
  it('rejects weights of another shape with the same number of cells, naming both shapes', () => {
    expect(errorOf(() => OKR_SCORE(col([0.5, 1, 0]), [[1, 1, 2]])).message).toBe(
      'weights is 1x3 but progress is 3x1; give one weight per key result, in the same shape.',
    );
    expect(errorOf(() => ROLLUP([[1, 2], [3, 4]], [[1, 1, 1, 1]])).message).toMatch(/^weights is 1x4 but values is 2x2/);
    expect(errorOf(() => ROLLUP(col([1, 2]), 3)).message).toMatch(/^weights is 1x1 but values is 2x1/);
    expect(ROLLUP(5, 2)).toBe(5);
    expect(ROLLUP(col([1, 3]), col([1, 3]))).toBe(2.5);
  });
});

describe('ROLLUP and OKR_SCORE: a blank value beside a weight', () => {
  it('is skipped with its weight, and with a blank weight simply skipped', () => {
    expect(ROLLUP(col([1, '', 3]), col([1, 5, 1]))).toBe(2);
    expect(ROLLUP(col([1, '', 3]), col([1, '', 1]))).toBe(2);
  });
  it('is named when the weights left are all zero or nothing is left, instead of a misleading reason', () => {
    expect(errorOf(() => ROLLUP(col([1, 2, '']), col([0, 0, 2]))).message).toBe(
      'The weights of the filled values are all zero; value 3 is blank but its weight is 2: fill the value or clear the weight.',
    );
    const e = errorOf(() => ROLLUP(col(['', '']), col(['', '4'])));
    expect(e.code).toBe('NA');
    expect(e.message).toBe('There are no values to roll up. Value 2 is blank but its weight is 4: fill the value or clear the weight.');
    expect(errorOf(() => OKR_SCORE(col([0.5, '']), col([0, 1]))).message).toMatch(/progress 2 is blank but its weight is 1: fill the value or clear the weight/);
    // A blank beside a zero weight is no reason.
    expect(errorOf(() => ROLLUP(col([1, '']), col([0, 0]))).message).toBe('The weights are all zero; give at least one a positive weight.');
  });
});

// Boundaries of the weights and of the tree (functions.md OKR_SCORE, ROLLUP, CASCADE_ROLLUP), computed by hand.
describe('OKR_SCORE and ROLLUP: weights at their boundaries', () => {
  it('a weight of 0 is allowed (not negative) and leaves its value out', () => {
    expect(ROLLUP(col([4, 2]), col([0, 1]))).toBe(2);
    expect(OKR_SCORE(col([0.2, 0.6]), col([0, 3]))).toBe(0.6);
  });
  it('clamps progress to [0, 1] before weighting: (1*1 + 0*1 + 0.5*2) / 4 = 0.5', () => {
    expect(OKR_SCORE(col([3, -2, 0.5]), col([1, 1, 2]))).toBe(0.5);
  });
  it('a weights range that is all blank means no weights, whatever its shape', () => {
    expect(ROLLUP(col([1, 3]), [['', '', '']])).toBe(2);
    expect(OKR_SCORE(col([1, 0]), col([null, null]))).toBe(0.5);
  });
  it('names the first blank value that has a weight, not a later one', () => {
    expect(errorOf(() => ROLLUP(col(['', '', 1]), col([2, 3, 0]))).message).toBe(
      'The weights of the filled values are all zero; value 1 is blank but its weight is 2: fill the value or clear the weight.',
    );
  });
  it('does not name a blank value whose weight is blank too', () => {
    expect(errorOf(() => ROLLUP(col(['', '']), col([0, '']))).message).toBe('There are no values to roll up.');
  });
  it('shows a weight typed as text with spaces as the user reads it', () => {
    expect(errorOf(() => ROLLUP(col([1, '']), col([0, ' 7 ']))).message).toBe(
      'The weights of the filled values are all zero; value 2 is blank but its weight is 7: fill the value or clear the weight.',
    );
  });
});

describe('CASCADE_ROLLUP: weights, blanks and loops at their boundaries', () => {
  it('a KPI weight of 0 is allowed and leaves that KPI out; all zero gives ""', () => {
    // A: KPIs 1 (weight 0) and 0.5 (weight 1) -> 0.5. B: one KPI of weight 0 -> nothing to average -> "".
    expect(CASCADE_ROLLUP(col(['A', 'B']), col(['', '']), col(['A', 'A', 'B']), col([1, 0.5, 0.3]), col([0, 1, 0]))).toEqual([[0.5], ['']]);
  });
  it('a blank KPI weight beside a value is the default 1: (3 * 1 + 1 * 0) / 4 = 0.75', () => {
    expect(CASCADE_ROLLUP(col(['A']), col(['']), col(['A', 'A']), col([1, 0]), col([3, '']))).toEqual([[0.75]]);
  });
  it('a goal weight of 0 leaves that child out of its parent; a parent whose children all weigh 0 is ""', () => {
    // P: children C1 = 1 (weight 0) and C2 = 0.5 (weight 1) -> 0.5. Q: its only child D = 1 weighs 0 -> "".
    const out = CASCADE_ROLLUP(
      col(['P', 'C1', 'C2', 'Q', 'D']), col(['', 'P', 'P', '', 'Q']), col(['C1', 'C2', 'D']), col([1, 0.5, 1]), '', col([1, 0, 1, 1, 0]),
    );
    expect(out).toEqual([[0.5], [1], [0.5], [''], [1]]);
  });
  it('mixes own KPIs and children by weight: (1 * 0.2 + 3 * 0.6) / 4 = 0.5', () => {
    const out = CASCADE_ROLLUP(col(['P', 'C']), col(['', 'P']), col(['P', 'C']), col([0.2, 0.6]), col([1, 1]), col([1, 3])) as number[][];
    expect(out[0][0]).toBeCloseTo(0.5, 12);
    expect(out[1][0]).toBe(0.6);
  });
  it('several empty goal rows are no goals (not duplicates), and a KPI of an unknown goal is left out', () => {
    expect(CASCADE_ROLLUP(col(['A', '', '']), col(['', '', '']), col(['A', 'Z']), col([0.4, 1]))).toEqual([[0.4], [''], ['']]);
  });
  it('a grandchild\'s value reaches the top through a middle goal with nothing of its own', () => {
    expect(CASCADE_ROLLUP(col(['T', 'M', 'L']), col(['', 'T', 'M']), col(['L']), col([0.3]))).toEqual([[0.3], [0.3], [0.3]]);
  });
  it('names a loop of 8 goals in full and one of 9 shortened', () => {
    const loop = (n: number) => {
      const ids = Array.from({ length: n }, (_, i) => `G${i}`);
      return (CASCADE_ROLLUP(col(ids), col(ids.map((_, i) => `G${(i + 1) % n}`)), col(['G0']), col([1])) as GoalError[][])[0][0].message;
    };
    expect(loop(8)).toBe('The goals form a cycle: G0 -> G1 -> G2 -> G3 -> G4 -> G5 -> G6 -> G7 -> G0. A goal cannot be its own ancestor.');
    expect(loop(9)).toBe('The goals form a cycle: G0 -> G1 -> G2 -> G3 -> ... -> G8 -> G0 (9 goals). A goal cannot be its own ancestor.');
  });
  it('a result too large in a child names that child from the parent and the grandparent', () => {
    const out = CASCADE_ROLLUP(col(['T', 'M', 'L']), col(['', 'T', 'M']), col(['L', 'L']), col([1e308, 1e308])) as GoalError[][];
    const msg = "Goal 'L' under this one has an error: The result is too large to show from these inputs; check them.";
    expect(out[2][0].code).toBe('NUM');
    expect(out[1][0].message).toBe(msg);
    expect(out[0][0].message).toBe(msg);
  });
  it('a negative goal weight is the parent\'s error, named from the grandparent as the parent\'s', () => {
    const out = CASCADE_ROLLUP(col(['T', 'M', 'L']), col(['', 'T', 'M']), col(['L']), col([1]), '', col([1, 1, -2])) as GoalError[][];
    expect(out[2][0]).toBe(1);
    expect(out[1][0].message).toBe("goal weight of 'L' is -2; weights must not be negative.");
    expect(out[0][0].message).toBe("Goal 'M' under this one has an error: goal weight of 'L' is -2; weights must not be negative.");
  });
});

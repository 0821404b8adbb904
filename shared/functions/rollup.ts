/** OKR_SCORE, ROLLUP, CASCADE_ROLLUP: weighted means over ranges and over the goal tree. */
import { GoalError, valueError, naError } from './errors';
import {
  asMatrix, cellErrorCode, flatten, isBlank, isOmitted, parseNumericText, rejectErrorCells, shapeOf, show, showShape, toNumber, toText,
  type CellValue,
} from './coerce';
import { finite, type CellResult } from './vectorise';

interface Weighted {
  value: number;
  weight: number;
}

interface Pairs {
  pairs: Weighted[];
  /** The first blank value that has a non-zero weight, worded for a message (it is skipped, but may be why nothing adds up). */
  blankWithWeight?: string;
}

/** A weight as the user typed it, for a message. */
const showWeight = (w: CellValue) => (typeof w === 'string' && parseNumericText(w) !== undefined ? w.trim() : show(w));

/**
 * Pair values with weights position by position. Weights, when given, have the shape of the values. A blank value is
 * skipped with its weight (a blank with a blank weight silently; one with a weight is named if nothing adds up
 * without it); a blank weight next to a value counts as the default weight 1 (so a half-filled weights column works).
 */
function weightedPairs(values: CellValue, weights: CellValue, arg: string, what: string): Pairs {
  rejectErrorCells(values, arg);
  rejectErrorCells(weights, 'weights');
  const vs = flatten(values);
  const hasWeights = !isBlank(weights) && !(Array.isArray(weights) && flatten(weights).every(isBlank));
  // Stryker disable next-line ArrayDeclaration: ws is read only when hasWeights, so the empty array is never read
  const ws = hasWeights ? flatten(weights) : [];
  if (hasWeights) {
    const sv = shapeOf(asMatrix(values));
    const sw = shapeOf(asMatrix(weights));
    if (sv.rows !== sw.rows || sv.cols !== sw.cols || ws.length !== vs.length) {
      throw valueError(`weights is ${showShape(sw)} but ${arg} is ${showShape(sv)}; give one weight per ${what === 'progress' ? 'key result' : 'value'}, in the same shape.`);
    }
  }
  const out: Weighted[] = [];
  let blankWithWeight: string | undefined;
  for (let i = 0; i < vs.length; i++) {
    if (isBlank(vs[i])) {
      if (blankWithWeight === undefined && hasWeights && !isBlank(ws[i]) && parseNumericText(String(ws[i])) !== 0) {
        blankWithWeight = `${what} ${i + 1} is blank but its weight is ${showWeight(ws[i])}: fill the value or clear the weight.`;
      }
      continue;
    }
    const value = toNumber(vs[i], `${what} ${i + 1}`);
    const weight = hasWeights && !isBlank(ws[i]) ? toNumber(ws[i], `weight ${i + 1}`) : 1;
    if (weight < 0) throw valueError(`weight ${i + 1} is ${weight}; weights must not be negative.`);
    out.push({ value, weight });
  }
  return { pairs: out, blankWithWeight };
}

function weightedMean({ pairs, blankWithWeight }: Pairs, empty: string): number {
  const hint = blankWithWeight ? ` ${blankWithWeight}` : '';
  // Stryker disable next-line Regex: hint is empty or starts with a space, so the first ' .' is always at its start
  if (pairs.length === 0) throw naError(`${empty}${hint.replace(/^ ./, (c) => c.toUpperCase())}`);
  let sw = 0;
  let swv = 0;
  for (const p of pairs) {
    sw += p.weight;
    swv += p.weight * p.value;
  }
  if (sw === 0) {
    throw valueError(blankWithWeight ? `The weights of the filled values are all zero;${hint}` : 'The weights are all zero; give at least one a positive weight.');
  }
  return finite(swv / sw);
}

export function OKR_SCORE(progress: CellValue, weights?: CellValue): number {
  const pw = weightedPairs(progress, weights, 'progress', 'progress');
  for (const p of pw.pairs) p.value = Math.min(1, Math.max(0, p.value));
  return weightedMean(pw, 'There are no key results with progress; OKR_SCORE needs at least one.');
}

export function ROLLUP(values: CellValue, weights?: CellValue): number {
  return weightedMean(weightedPairs(values, weights, 'values', 'value'), 'There are no values to roll up.');
}

// ----- the goal tree -------------------------------------------------------------------------------------------

/** IDs match like Excel lookups: case-insensitive, surrounding spaces ignored. */
export const idKey = (v: CellValue) => toText(v).trim().toUpperCase();
/** An ID as the user sees it in the cell, for messages (TRUE, not true). */
const idText = (v: CellValue) => (typeof v === 'boolean' || (typeof v === 'number' && !Number.isFinite(v)) ? show(v) : toText(v).trim());

function sameLength(a: CellValue[], b: CellValue[], an: string, bn: string): void {
  if (a.length !== b.length) throw valueError(`${an} has ${a.length} cells but ${bn} has ${b.length}; they must be the same size.`);
}

/** A loop named from one of its goals, as the user reads it: G2 -> G5 -> G2; a long one shortened (messages stay O(1)). */
function cycleMessage(names: string[], from: number): string {
  const L = names.length;
  const at = (k: number) => names[(from + k) % L];
  const path = L <= 8
    ? [...Array.from({ length: L }, (_, k) => at(k)), at(0)].join(' -> ')
    : `${[0, 1, 2, 3].map(at).join(' -> ')} -> ... -> ${at(L - 1)} -> ${at(0)} (${L} goals)`;
  return `The goals form a cycle: ${path}. A goal cannot be its own ancestor.`;
}

/**
 * The goal tree in one pass, iteratively (a 20,000-deep chain must not overflow the stack) and in O(n): parent links,
 * cycles found by one walk per goal that stops at any goal already walked, then children before parents (Kahn's order).
 * An error (a bad ID, a duplicate, a cycle, a KPI's error cell or bad value) stays with that goal and its ancestors;
 * every other goal keeps its number.
 */
export function CASCADE_ROLLUP(
  goal_ids: CellValue, parent_ids: CellValue, kpi_goal_ids: CellValue, kpi_values: CellValue,
  kpi_weights?: CellValue, goal_weights?: CellValue,
): CellResult[][] {
  const gIds = flatten(goal_ids);
  const pIds = flatten(parent_ids);
  sameLength(pIds, gIds, 'parent_ids', 'goal_ids');
  const kIds = flatten(kpi_goal_ids);
  const kVals = flatten(kpi_values);
  sameLength(kVals, kIds, 'kpi_values', 'kpi_goal_ids');
  const kW = isOmitted(kpi_weights) ? [] : flatten(kpi_weights);
  if (kW.length) sameLength(kW, kIds, 'kpi_weights', 'kpi_goal_ids');
  const gW = isOmitted(goal_weights) ? [] : flatten(goal_weights);
  if (gW.length) sameLength(gW, gIds, 'goal_weights', 'goal_ids');

  const n = gIds.length;
  // Stryker disable next-line ArrayDeclaration: every row gets a result below, so a growing array ends the same (no holes)
  const result: (CellResult | undefined)[] = new Array(n).fill(undefined);
  // Where each goal's error started: an ancestor's message names that goal and repeats its message, never a chain.
  // Stryker disable next-line UnaryOperator: origin is read only for a goal with an error, and every error sets its origin
  const origin = new Int32Array(n).fill(-1);
  const fail = (i: number, e: GoalError) => {
    if (result[i] === undefined) {
      result[i] = e;
      origin[i] = i;
    }
  };
  const idCode = gIds.map((g) => cellErrorCode(g));
  const keys = gIds.map((g, i) => (idCode[i] ? '' : idKey(g)));
  const label = (i: number) => (idCode[i] ? `the goal in row ${i + 1}` : `goal '${idText(gIds[i])}'`);
  const rowOf = new Map<string, number>();
  const dupes = new Set<string>();
  keys.forEach((k, i) => {
    if (!k) return;
    if (rowOf.has(k)) dupes.add(k);
    else rowOf.set(k, i);
  });

  const weightOf = (ws: CellValue[], i: number, what: string): number => {
    if (!ws.length || isBlank(ws[i])) return 1;
    const w = toNumber(ws[i], what);
    if (w < 0) throw valueError(`${what} is ${w}; weights must not be negative.`);
    return w;
  };

  // Parent links. A goal with an error ID still belongs to its parent, so the parent shows the error too.
  const parentRow = new Int32Array(n).fill(-1);
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    if (idCode[i]) fail(i, valueError(`The goal ID is ${idCode[i]} in its cell: fix that cell first.`));
    else if (!keys[i]) {
      result[i] = ''; // an empty row is no goal
      continue;
    } else if (dupes.has(keys[i])) {
      fail(i, valueError(`The goal ID '${idText(gIds[i])}' is used more than once; give each goal its own ID.`));
    }
    const pCode = cellErrorCode(pIds[i]);
    if (pCode) {
      fail(i, valueError(`The parent ID of ${label(i)} is ${pCode} in its cell: fix that cell first.`));
      continue;
    }
    const pk = idKey(pIds[i]);
    if (!pk) continue;
    const parent = rowOf.get(pk);
    if (parent === undefined) {
      fail(i, valueError(`The parent ID '${idText(pIds[i])}' of ${label(i)} is not a goal ID.`));
      continue;
    }
    parentRow[i] = parent;
    children[parent].push(i);
  }

  // Cycles: walk up from each goal until the top, a goal walked before, or this walk's own path (a loop).
  const walk = new Int32Array(n).fill(-1);
  const walked = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if (walked[s]) continue;
    // Stryker disable next-line ArrayDeclaration: an extra first element is never the loop's start (indexOf finds cur) and marks nothing walked
    const path: number[] = [];
    let cur = s;
    while (cur >= 0 && !walked[cur] && walk[cur] !== s) {
      walk[cur] = s;
      path.push(cur);
      cur = parentRow[cur];
    }
    if (cur >= 0 && !walked[cur] && walk[cur] === s) {
      const loop = path.slice(path.indexOf(cur));
      const names = loop.map((j) => idText(gIds[j]));
      loop.forEach((j, k) => fail(j, valueError(cycleMessage(names, k))));
    }
    for (const j of path) walked[j] = 1;
  }

  // Own KPIs per goal row; a KPI naming no known goal (or whose goal ID cell is an error) is left to the template's checks.
  const own: Weighted[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < kIds.length; k++) {
    if (cellErrorCode(kIds[k])) continue;
    const row = rowOf.get(idKey(kIds[k]));
    if (row === undefined) continue;
    try {
      if (isBlank(kVals[k])) {
        // Skipped with its weight, but an error cell in the weight is still an error to see.
        const c = kW.length ? cellErrorCode(kW[k]) : undefined;
        if (c) throw valueError(`its weight is ${c} in its cell: fix that cell first.`);
        continue;
      }
      own[row].push({ value: toNumber(kVals[k], 'its value'), weight: weightOf(kW, k, 'its weight') });
    } catch (e) {
      if (!(e instanceof GoalError)) throw e;
      fail(row, valueError(`KPI in row ${k + 1}: ${e.message}`));
    }
  }

  // Children before parents: a goal is rolled up once all its children are.
  const pending = new Int32Array(n);
  for (let i = 0; i < n; i++) pending[i] = children[i].length;
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (pending[i] === 0) queue.push(i);
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    if (result[i] === undefined) result[i] = rollUp(i);
    const p = parentRow[i];
    if (p >= 0 && --pending[p] === 0) queue.push(p);
  }

  function rollUp(i: number): CellResult {
    const parts: Weighted[] = own[i];
    for (const c of children[i]) {
      const v = result[c];
      if (v instanceof GoalError) {
        const o = origin[c];
        origin[i] = o;
        // Stryker disable next-line Regex: a label starts with 'the goal' or 'goal', so the first character is always at the start
        return valueError(`${label(o).replace(/^./, (ch) => ch.toUpperCase())} under this one has an error: ${(result[o] as GoalError).message}`);
      }
      if (typeof v === 'number') {
        try {
          parts.push({ value: v, weight: weightOf(gW, c, `goal weight of '${idText(gIds[c])}'`) });
        } catch (e) {
          if (!(e instanceof GoalError)) throw e;
          origin[i] = i;
          return valueError(e.message);
        }
      }
    }
    if (parts.length === 0) return '';
    let sw = 0;
    let swv = 0;
    for (const p of parts) {
      sw += p.weight;
      swv += p.weight * p.value;
    }
    if (sw === 0) return '';
    try {
      return finite(swv / sw);
    } catch (e) {
      origin[i] = i;
      return e as GoalError;
    }
  }
  // Goals left unvisited are loop members, whose errors are set; nothing else can stay undefined.
  // Stryker disable next-line StringLiteral: unreachable, every row has a result by now (see the line above)
  return result.map((r) => [r ?? '']);
}

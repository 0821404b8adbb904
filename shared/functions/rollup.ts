/** OKR_SCORE, ROLLUP, CASCADE_ROLLUP: weighted means over ranges and over the goal tree. */
import { GoalError, valueError, naError } from './errors';
import { isBlank, isOmitted, toNumber, toText, flatten, type CellValue } from './coerce';
import { finite, type CellResult } from './vectorise';

interface Weighted {
  value: number;
  weight: number;
}

/**
 * Pair values with weights position by position. Blank values are skipped with their weight; a blank weight next
 * to a value counts as the default weight 1 (so a half-filled weights column still works).
 */
function weightedPairs(values: CellValue, weights: CellValue, what: string): Weighted[] {
  const vs = flatten(values);
  const hasWeights = !isBlank(weights) && !(Array.isArray(weights) && flatten(weights).every(isBlank));
  const ws = hasWeights ? flatten(weights) : [];
  if (hasWeights && ws.length !== vs.length) {
    throw valueError(`weights has ${ws.length} cells but ${what} has ${vs.length}; give one weight per ${what === 'progress' ? 'key result' : 'value'}.`);
  }
  const out: Weighted[] = [];
  for (let i = 0; i < vs.length; i++) {
    if (isBlank(vs[i])) continue;
    const value = toNumber(vs[i], `${what} ${i + 1}`);
    const weight = hasWeights && !isBlank(ws[i]) ? toNumber(ws[i], `weight ${i + 1}`) : 1;
    if (weight < 0) throw valueError(`weight ${i + 1} is ${weight}; weights must not be negative.`);
    out.push({ value, weight });
  }
  return out;
}

function weightedMean(pairs: Weighted[], empty: string): number {
  if (pairs.length === 0) throw naError(empty);
  let sw = 0;
  let swv = 0;
  for (const p of pairs) {
    sw += p.weight;
    swv += p.weight * p.value;
  }
  if (sw === 0) throw valueError('The weights are all zero; give at least one a positive weight.');
  return finite(swv / sw);
}

export function OKR_SCORE(progress: CellValue, weights?: CellValue): number {
  const pairs = weightedPairs(progress, weights, 'progress');
  for (const p of pairs) p.value = Math.min(1, Math.max(0, p.value));
  return weightedMean(pairs, 'There are no key results with progress; OKR_SCORE needs at least one.');
}

export function ROLLUP(values: CellValue, weights?: CellValue): number {
  return weightedMean(weightedPairs(values, weights, 'values'), 'There are no values to roll up.');
}

// ----- the goal tree -------------------------------------------------------------------------------------------

/** IDs match like Excel lookups: case-insensitive, surrounding spaces ignored. */
export const idKey = (v: CellValue) => toText(v).trim().toUpperCase();

function sameLength(a: CellValue[], b: CellValue[], an: string, bn: string): void {
  if (a.length !== b.length) throw valueError(`${an} has ${a.length} cells but ${bn} has ${b.length}; they must be the same size.`);
}

export function CASCADE_ROLLUP(
  goal_ids: CellValue, parent_ids: CellValue, kpi_goal_ids: CellValue, kpi_values: CellValue,
  kpi_weights?: CellValue, goal_weights?: CellValue,
): CellResult[][] {
  const gIds = flatten(goal_ids);
  const pIds = flatten(parent_ids);
  sameLength(gIds, pIds, 'parent_ids', 'goal_ids');
  const kIds = flatten(kpi_goal_ids);
  const kVals = flatten(kpi_values);
  sameLength(kVals, kIds, 'kpi_values', 'kpi_goal_ids');
  const kW = isOmitted(kpi_weights) ? [] : flatten(kpi_weights);
  if (kW.length) sameLength(kW, kIds, 'kpi_weights', 'kpi_goal_ids');
  const gW = isOmitted(goal_weights) ? [] : flatten(goal_weights);
  if (gW.length) sameLength(gW, gIds, 'goal_weights', 'goal_ids');

  const n = gIds.length;
  const result: (CellResult | undefined)[] = new Array(n).fill(undefined);
  const keys = gIds.map(idKey);
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

  // Own KPIs per goal row; a KPI naming no known goal is left to the template's checks.
  const own: Weighted[][] = Array.from({ length: n }, () => []);
  const ownErrors: (GoalError | undefined)[] = new Array(n).fill(undefined);
  for (let k = 0; k < kIds.length; k++) {
    const row = rowOf.get(idKey(kIds[k]));
    if (row === undefined || isBlank(kVals[k])) continue;
    try {
      own[row].push({ value: toNumber(kVals[k], `KPI value ${k + 1}`), weight: weightOf(kW, k, `KPI weight ${k + 1}`) });
    } catch (e) {
      if (e instanceof GoalError) ownErrors[row] ??= e;
      else throw e;
    }
  }

  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    if (!keys[i]) {
      result[i] = '';
      continue;
    }
    if (dupes.has(keys[i])) {
      result[i] = valueError(`The goal ID '${toText(gIds[i]).trim()}' is used more than once; give each goal its own ID.`);
      continue;
    }
    const pk = idKey(pIds[i]);
    if (!pk) continue;
    const parent = rowOf.get(pk);
    if (parent === undefined) {
      result[i] = valueError(`The parent ID '${toText(pIds[i]).trim()}' of goal '${toText(gIds[i]).trim()}' is not a goal ID.`);
      continue;
    }
    children[parent].push(i);
  }

  // Cycles: follow parent links from every goal; a goal that reaches itself is in a loop.
  const parentOf = (i: number): number | undefined => {
    const pk = idKey(pIds[i]);
    return pk ? rowOf.get(pk) : undefined;
  };
  for (let i = 0; i < n; i++) {
    if (result[i] !== undefined || !keys[i]) continue;
    const path: number[] = [];
    const seen = new Map<number, number>();
    let cur: number | undefined = i;
    while (cur !== undefined && !seen.has(cur)) {
      seen.set(cur, path.length);
      path.push(cur);
      cur = parentOf(cur);
    }
    if (cur !== undefined) {
      const loop = path.slice(seen.get(cur)!);
      if (loop.includes(i)) {
        // Name the loop from this goal, as the user reads it: G2 -> G5 -> G2 (parent links, child to parent).
        const names = loop.map((j) => toText(gIds[j]).trim());
        result[i] = valueError(`The goals form a cycle: ${[...names, names[0]].join(' -> ')}. A goal cannot be its own ancestor.`);
      }
    }
  }

  const state: number[] = new Array(n).fill(0); // 0 new, 1 visiting, 2 done
  const visit = (i: number): CellResult => {
    if (state[i] === 2 || result[i] !== undefined) return result[i]!;
    state[i] = 1;
    const parts: Weighted[] = own[i].slice();
    let err: GoalError | undefined = ownErrors[i];
    for (const c of children[i]) {
      if (state[c] === 1) continue; // part of a cycle, reported on its members
      const v = visit(c);
      if (v instanceof GoalError) {
        err ??= valueError(`Child goal '${toText(gIds[c]).trim()}' has an error: ${v.message}`);
        continue;
      }
      if (typeof v === 'number') {
        try {
          parts.push({ value: v, weight: weightOf(gW, c, `goal weight of '${toText(gIds[c]).trim()}'`) });
        } catch (e) {
          if (e instanceof GoalError) err ??= e;
          else throw e;
        }
      }
    }
    let out: CellResult;
    if (err) out = err;
    else if (parts.length === 0) out = '';
    else {
      let sw = 0;
      let swv = 0;
      for (const p of parts) {
        sw += p.weight;
        swv += p.weight * p.value;
      }
      try {
        out = sw === 0 ? '' : finite(swv / sw);
      } catch (e) {
        out = e as GoalError;
      }
    }
    state[i] = 2;
    result[i] = out;
    return out;
  };
  for (let i = 0; i < n; i++) visit(i);
  return result.map((r) => [r ?? '']);
}

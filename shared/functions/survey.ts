/** NPS, NPS_MOE, CSAT, CES: survey scores from raw answers. */
import { valueError, naError } from './errors';
import { cellErrorCode, errorAt, isBlank, toNumber, toOptionalNumber, show, type CellValue } from './coerce';
import { finite } from './vectorise';

interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

/** Where a cell sits in the range, for messages ("row 3, column 1"). */
const at = (r: number, c: number) => `row ${r + 1}, column ${c + 1} of the range`;

function npsAnswer(v: CellValue, r: number, c: number): number {
  const code = cellErrorCode(v);
  if (code) throw errorAt(code, 'scores', r + 1, c + 1);
  // Stryker disable next-line StringLiteral: typeof v === '' is never true, so a number goes through toNumber, which returns it unchanged or throws for NaN/Infinity (caught: the same NaN)
  const n = typeof v === 'number' ? v : (() => {
    try {
      // Stryker disable next-line StringLiteral: the name is only in toNumber's message, which the catch below drops
      return toNumber(v, 'answer');
    } catch {
      return NaN;
    }
  })();
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw valueError(`${show(v)} at ${at(r, c)} is not an answer from 0 to 10; NPS needs whole numbers 0-10.`);
  }
  return n;
}

/** Count promoters, passives and detractors. The hot loop of NPS: numbers take the fast path. */
export function countNps(scores: CellValue): NpsCounts {
  let p = 0;
  let pa = 0;
  let d = 0;
  const count = (v: CellValue, r: number, c: number) => {
    // Stryker disable next-line StringLiteral: typeof v === '' is never true, so every value takes the checked path below, which gives the same counts and errors
    if (typeof v === 'number' && v >= 0 && v <= 10 && v === Math.floor(v)) {
      // fast path for the common case
    } else if (isBlank(v)) {
      return;
    } else {
      v = npsAnswer(v, r, c);
    }
    const n = v as number;
    if (n >= 9) p++;
    else if (n >= 7) pa++;
    else d++;
  };
  if (Array.isArray(scores)) {
    for (let r = 0; r < scores.length; r++) {
      const row = scores[r];
      if (Array.isArray(row)) for (let c = 0; c < row.length; c++) count(row[c], r, c);
      else count(row, 0, r);
    }
  } else {
    count(scores, 0, 0);
  }
  return { promoters: p, passives: pa, detractors: d, responses: p + pa + d };
}

function requireResponses(c: NpsCounts): void {
  if (c.responses === 0) throw naError('There are no answers in the range; NPS needs at least one answer from 0 to 10.');
}

export function NPS(scores: CellValue): number {
  const c = countNps(scores);
  requireResponses(c);
  return finite((100 * (c.promoters - c.detractors)) / c.responses);
}

/**
 * The standard normal quantile (inverse CDF): Peter Acklam's rational approximation, relative error below 1.2e-9,
 * far finer than a margin of error needs. Hand-written because it is 20 lines and mathjs must stay out of load time.
 */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const plow = 0.02425;
  let x: number;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - plow) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
      (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  return x;
}

export function NPS_MOE(scores: CellValue, confidence?: CellValue): number {
  const conf = toOptionalNumber(Array.isArray(confidence) ? confidence.flat()[0] : confidence, 'confidence') ?? 0.95;
  if (!(conf > 0 && conf < 1)) throw valueError(`confidence must be between 0 and 1 (for example 0.95), not ${conf}.`);
  const c = countNps(scores);
  requireResponses(c);
  const p = c.promoters / c.responses;
  const d = c.detractors / c.responses;
  const z = normalQuantile((1 + conf) / 2);
  const variance = Math.max(0, p + d - (p - d) * (p - d));
  return finite(z * 100 * Math.sqrt(variance / c.responses));
}

/** The non-blank answers of a scale question, each checked to lie on 1..max. */
function scaleAnswers(scores: CellValue, max: number, fn: string): number[] {
  const out: number[] = [];
  const visit = (v: CellValue, r: number, c: number) => {
    if (isBlank(v)) return;
    const code = cellErrorCode(v);
    if (code) throw errorAt(code, 'scores', r + 1, c + 1);
    let n: number;
    try {
      // Stryker disable next-line StringLiteral: the name is only in toNumber's message, which the catch below drops
      n = toNumber(v, 'answer');
    } catch {
      n = NaN;
    }
    if (!(n >= 1 && n <= max)) throw valueError(`${show(v)} at ${at(r, c)} is outside the scale 1-${max} of ${fn}.`);
    out.push(n);
  };
  if (Array.isArray(scores)) {
    scores.forEach((row, r) => (Array.isArray(row) ? row.forEach((v, c) => visit(v, r, c)) : visit(row, 0, r)));
  } else visit(scores, 0, 0);
  if (out.length === 0) throw naError(`There are no answers in the range; ${fn} needs at least one answer from 1 to ${max}.`);
  return out;
}

function scaleMax(v: CellValue, dflt: number): number {
  const max = toOptionalNumber(Array.isArray(v) ? v.flat()[0] : v, 'scale_max') ?? dflt;
  if (!Number.isInteger(max) || max < 2 || max > 100) throw valueError(`scale_max must be a whole number from 2 to 100, not ${max}.`);
  return max;
}

export function CSAT(scores: CellValue, scale_max?: CellValue, satisfied_from?: CellValue): number {
  const max = scaleMax(scale_max, 5);
  const from = toOptionalNumber(Array.isArray(satisfied_from) ? satisfied_from.flat()[0] : satisfied_from, 'satisfied_from') ?? max - 1;
  if (!(from >= 1 && from <= max)) throw valueError(`satisfied_from must lie on the scale 1-${max}, not ${from}.`);
  const answers = scaleAnswers(scores, max, 'CSAT');
  let satisfied = 0;
  for (const a of answers) if (a >= from) satisfied++;
  return finite(satisfied / answers.length);
}

export function CES(scores: CellValue, scale_max?: CellValue): number {
  const max = scaleMax(scale_max, 7);
  const answers = scaleAnswers(scores, max, 'CES');
  let sum = 0;
  for (const a of answers) sum += a;
  return finite(sum / answers.length);
}

/**
 * The SMART analyser: rule-based, deterministic and explainable (see ../shared/spec/smart.md). Every verdict quotes
 * what it found or says what is missing, with a one-line hint. All patterns are compiled once at load; the work per
 * call is proportional to the text only, so it runs on every keystroke and over a whole Goals sheet.
 */
import { CRITERIA, CRITERION_LABEL, type Analysis, type CriterionKey, type CriterionResult, type GoalInput } from './types';
import {
  ACTION_VERBS, VAGUE_VERBS, WEAK_WORDS, UNCHECKABLE, PURPOSE, METRIC_NOUNS, NUMBER_WORDS,
} from './lexicon';

const yes = (reason: string): CriterionResult => ({ met: 'yes', reason, hint: '' });
const no = (reason: string, hint: string): CriterionResult => ({ met: 'no', reason, hint });
const unknown = (reason: string, hint: string): CriterionResult => ({ met: 'unknown', reason, hint });

const quote = (s: string) => `"${s.trim().replace(/\s+/g, ' ')}"`;
const words = (text: string) => text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];

// ----- patterns ------------------------------------------------------------------------------------------------

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMWORD = `(?:\\d+|${NUMBER_WORDS.join('|')})`;
const UNIT = '(?:days?|weeks?|months?|quarters?|years?|yrs?|business days?)';
const PERIOD = '(?:week|month|quarter|year|half|fiscal year|fy|sprint|season)';

const TIME_PATTERNS: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/, // 2026-03-31
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/, // 03/31/2026
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}\\b`, 'i'), // 31 March 2026
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i'), // March 31, 2026
  new RegExp(`\\b(?:by|before|until|till|in|during|through|for)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?${MONTH}(?:\\s+\\d{4})?\\b`, 'i'), // by March
  /\b(?:by|before|in|until|for|during|through)\s+(?:the\s+)?(?:end\s+of\s+)?(?:fy\s?)?(?:19|20)\d{2}\b/i, // by 2026, in FY2026
  /\bq[1-4]\s*(?:of\s+)?(?:fy\s?)?(?:'?\d{2}|(?:19|20)\d{2})?\b/i, // Q3, Q3 2026
  /\bh[12]\s+(?:19|20)\d{2}\b/i, // H1 2026
  /\b(?:19|20)\d{2}\s*q[1-4]\b/i,
  new RegExp(`\\b(?:within|in|over|during|for)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|first\\s+)?(?:${NUMWORD}\\s+)?${UNIT}\\b`, 'i'), // within six months, in the next year
  new RegExp(`\\b(?:by|at|before)\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?${PERIOD}\\b`, 'i'),
  new RegExp(`\\bend\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:${PERIOD}|q[1-4]|(?:19|20)\\d{2})\\b`, 'i'),
  new RegExp(`\\b(?:next|this|coming)\\s+${PERIOD}\\b`, 'i'),
  /\b(?:by|before)\s+(?:year|quarter|month)[- ]end\b/i,
  /\b(?:year|quarter|month)[- ]end\b/i,
  /\bby\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
];

const PERCENT = /[-+]?\d+(?:[.,]\d+)?\s*(?:%|percent\b|per cent\b|pct\b|percentage points?\b|pp\b)/i;
const CURRENCY = /(?:[$€£¥]\s?\d[\d,.]*\s*(?:k|m|mm|bn|b|million|billion|thousand)?\b)|(?:\b\d[\d,.]*\s*(?:k|m|bn)?\s*(?:usd|eur|gbp|dollars|euros|pounds)\b)/i;
const FROM_TO = /\bfrom\s+([$€£]?\d[\d,.]*\s*%?)\s*(?:[a-z]+\s+){0,2}?to\s+([$€£]?\d[\d,.]*\s*%?)/i;
const METRIC_NUMBER = new RegExp(
  `\\b(?:${METRIC_NOUNS.join('|')})\\b[^.;]{0,25}?\\b(?:of|at|to|above|below|under|over|>=?|<=?)\\s*[$€£]?\\d[\\d,.]*|\\b\\d[\\d,.]*\\s*(?:k|m)?\\s*(?:new\\s+|more\\s+|fewer\\s+|additional\\s+|extra\\s+)?[a-z]+`,
  'i',
);
const BARE_YEAR = /^(?:19|20)\d{2}$/;

function findTime(text: string): string | undefined {
  for (const re of TIME_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** A number tied to a metric: "by 20%", "$1.5M", "NPS of 50", "10 new hires"; a year or a time span does not count. */
function findMeasure(text: string, timeFound: string | undefined): string | undefined {
  const pct = PERCENT.exec(text);
  if (pct) return pct[0];
  const cur = CURRENCY.exec(text);
  if (cur) return cur[0];
  const ft = FROM_TO.exec(text);
  if (ft) return ft[0];
  // Numbers that are part of a date or a time span are not measures.
  const withoutTime = timeFound ? text.replace(timeFound, ' ') : text;
  const cleaned = TIME_PATTERNS.reduce((t, re) => t.replace(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'), ' '), withoutTime);
  const re = new RegExp(METRIC_NUMBER.source, 'gi');
  for (let m = re.exec(cleaned); m; m = re.exec(cleaned)) {
    const num = /\d[\d,.]*/.exec(m[0]);
    if (!num || BARE_YEAR.test(num[0])) continue;
    // A number right after an acronym or a code name is an identifier: "ISO 9001", "line 3", "S4".
    const before = cleaned.slice(0, m.index);
    if (!/%/.test(m[0]) && (/\b[A-Z]{2,}\s*$/.test(before) || /\b(?:line|version|v|phase|tier|step|building|plant|site|store)\.?\s*$/i.test(before))) continue;
    const unitWord = /([a-z]+)$/i.exec(m[0])?.[1]?.toLowerCase() ?? '';
    if (/^(?:days?|weeks?|months?|quarters?|years?|hours?|times?|st|nd|rd|th)$/.test(unitWord) && !/(?:hours?)/.test(unitWord)) continue;
    return m[0];
  }
  return undefined;
}

const toNum = (s: string) => Number(s.replace(/[$€£%\s]/g, '').replace(/,(?=\d{3}\b)/g, ''));

function findVerb(ws: string[], list: ReadonlySet<string>): string | undefined {
  return ws.find((w) => list.has(w) || list.has(w.replace(/(?:es|s|ed|ing)$/, '')) || list.has(w.replace(/(?:d|s)$/, '')));
}

// ----- criteria --------------------------------------------------------------------------------------------------

function specific(text: string, ws: string[], measure: string | undefined, time: string | undefined): CriterionResult {
  const action = findVerb(ws, ACTION_VERBS);
  const vague = findVerb(ws, VAGUE_VERBS) ?? (/\b(?:work on|be better at|look into|focus on)\b/i.exec(text)?.[0] ?? undefined);
  const content = ws.filter((w) => w.length > 2 && !ACTION_VERBS.has(w) && !VAGUE_VERBS.has(w) && !STOP.has(w));
  // One object word is enough when a number or a time frame pins it down ("Hire 10 engineers"), not alone ("Increase sales").
  if (action && (content.length >= 2 || (content.length === 1 && (measure || time)))) return yes(`action ${quote(action)} with an object`);
  if (action) return no(`${quote(action)} but no clear object (what exactly?)`, 'say exactly what will change, e.g. which revenue or which customers');
  if (vague && measure && content.length >= 2) return yes(`${quote(vague)} made concrete by ${quote(measure)}`);
  if (vague) return no(`only a vague verb ${quote(vague)}`, 'use an action verb such as increase, reduce, launch, hire');
  return no('no action verb found', 'start with what will be done: increase, reduce, launch, hire...');
}

const STOP = new Set(['the', 'and', 'our', 'for', 'with', 'from', 'into', 'this', 'that', 'next', 'all', 'more', 'less', 'its', 'their',
  'within', 'by', 'of', 'to', 'in', 'on', 'at', 'a', 'an', 'be', 'we', 'will', 'per', 'than', 'new', 'each', 'every', 'year', 'month',
  'quarter', 'week', 'months', 'years', 'weeks', 'days', 'end']);

function measurable(measure: string | undefined, input: GoalInput): CriterionResult {
  if (measure) return yes(`found ${quote(measure)}`);
  if (input.hasKpiWithTarget) return yes('a linked KPI with a target measures it');
  if (input.target !== undefined) return yes(`a target of ${input.target}${input.unit ? ' ' + input.unit : ''} is given`);
  return no('no number or metric', 'add a number or metric');
}

function achievable(text: string, input: GoalInput): CriterionResult {
  const { baseline, target, history } = input;
  if (baseline !== undefined && target !== undefined && history && history.length >= 2) {
    const changes = history.slice(1).map((v, i) => Math.abs(v - history[i]));
    const best = Math.max(...changes);
    const periods = input.periodsLeft && input.periodsLeft > 0 ? input.periodsLeft : 1;
    const needed = Math.abs(target - baseline) / periods;
    if (best === 0 && needed > 0) return no('the history shows no change at all', 'set a target closer to the history, or explain what changes');
    if (needed > 2 * best) {
      return no(`needs ${round(needed)} per period; the best change seen is ${round(best)}`, 'lower the target or allow more time');
    }
    return yes(`needs ${round(needed)} per period; the best change seen is ${round(best)}`);
  }
  let from = baseline;
  let to = target;
  let found = '';
  const ft = FROM_TO.exec(text);
  if ((from === undefined || to === undefined) && ft) {
    from = toNum(ft[1]);
    to = toNum(ft[2]);
    found = ft[0];
  }
  if (from !== undefined && to !== undefined && Number.isFinite(from) && Number.isFinite(to)) {
    if (from === 0) return to === 0 ? yes('no change needed') : unknown(`starts from 0 (${found || 'baseline 0'})`, 'give some history to judge the target');
    const change = Math.abs(to - from) / Math.abs(from);
    const desc = `${found ? quote(found) + ': ' : ''}a change of ${Math.round(change * 100)} %`;
    if (change > 1) return no(`${desc} with no history`, 'give the history, or a target within 100 % of the baseline');
    return yes(desc);
  }
  return unknown('cannot judge from the text alone', 'give the baseline, target and some history');
}

const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100).toString();

function relevant(text: string, input: GoalInput): CriterionResult {
  if (input.parent) return yes(`linked to the parent goal ${quote(input.parent.slice(0, 60))}`);
  const m = PURPOSE.exec(text);
  if (m) return yes(`states its purpose: ${quote(m[0])}`);
  return no('no parent goal and no purpose', 'link it to a parent goal or say why it matters');
}

function timeBound(timeFound: string | undefined, input: GoalInput): { result: CriterionResult; warning?: string } {
  if (input.deadline !== undefined) {
    const today = input.today;
    const warning = today !== undefined && input.deadline < today ? 'The deadline is in the past.' : undefined;
    return { result: yes('a deadline is set'), warning };
  }
  if (timeFound) return { result: yes(`found ${quote(timeFound)}`) };
  return { result: no('no deadline or time frame', 'add a deadline') };
}

// ----- warnings --------------------------------------------------------------------------------------------------

const SEVERAL = new RegExp(`\\b(?:and|;|as well as|plus)\\s+(?:also\\s+)?(?:to\\s+)?(${[...Array.from(new Set(['increase', 'reduce', 'launch', 'hire', 'grow', 'cut', 'improve', 'open', 'close', 'decrease', 'raise', 'lower', 'build', 'create', 'deliver', 'achieve', 'expand', 'ship']))].join('|')})\\b`, 'i');

function warningsFor(text: string, ws: string[]): string[] {
  const out: string[] = [];
  const weak = ws.find((w) => WEAK_WORDS.has(w)) ?? /\bwe'?ll see\b/i.exec(text)?.[0];
  if (weak) out.push(`Weak language: "${weak}". Commit to it ("will") or leave it out.`);
  const several = SEVERAL.exec(text);
  if (several || (text.match(/;/g)?.length ?? 0) >= 1) out.push('Several goals in one statement: split them so each can be tracked.');
  if (ws.length > 40) out.push(`Long statement (${ws.length} words): keep a goal to one sentence of about 40 words at most.`);
  const un = UNCHECKABLE.exec(text);
  if (un) out.push(`"${un[0]}" cannot be checked: say what it means in numbers.`);
  return out;
}

// ----- the analyser ----------------------------------------------------------------------------------------------

export function analyseGoal(input: GoalInput): Analysis {
  const text = (input.text ?? '').trim();
  if (!text) {
    const none = no('no goal text', 'write the goal');
    return { criteria: { specific: none, measurable: none, achievable: none, relevant: none, timeBound: none }, warnings: [], score: 0 };
  }
  const ws = words(text);
  const timeFound = findTime(text);
  const measure = findMeasure(text, timeFound);
  const tb = timeBound(timeFound, input);
  const criteria: Record<CriterionKey, CriterionResult> = {
    specific: specific(text, ws, measure, timeFound),
    measurable: measurable(measure, input),
    achievable: achievable(text, input),
    relevant: relevant(text, input),
    timeBound: tb.result,
  };
  const warnings = warningsFor(text, ws);
  if (tb.warning) warnings.push(tb.warning);
  const score = CRITERIA.filter((k) => criteria[k].met !== 'no').length;
  return { criteria, warnings, score };
}

/** `SMART`, or `Missing: ` and each unmet criterion with its hint, in S-M-A-R-T order. */
export function smartCheckText(a: Analysis): string {
  const missing = CRITERIA.filter((k) => a.criteria[k].met === 'no');
  if (!missing.length) return 'SMART';
  return `Missing: ${missing.map((k) => `${CRITERION_LABEL[k]} (${a.criteria[k].hint})`).join(', ')}`;
}

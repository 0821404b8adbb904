/**
 * The SMART analyser: rule-based, deterministic and explainable (see ../shared/spec/smart.md). Every verdict quotes
 * what it found or says what is missing, with a one-line hint. All patterns are compiled once at load; the work per
 * call is a few linear scans of the text, so it runs on every keystroke and over a whole Goals sheet.
 *
 * "Today" comes only from the input (SMART_CHECK passes the sheet's today, the wizard the pane's); without it no
 * deadline is judged as past. The core never reads the clock.
 */
import { CRITERIA, CRITERION_LABEL, type Analysis, type CriterionKey, type CriterionResult, type GoalInput } from './types';
import {
  ACTION_VERBS, VAGUE_VERBS, OPEN_ENDED, OPEN_ENDED_PHRASES, WEAK_WORDS, UNCHECKABLE, PURPOSE, LEADING_PURPOSE, METRIC_NOUNS,
  NUMBER_WORDS, IDENTIFIER_WORDS, CLOSED_CLASS, NOT_VERBS, IRREGULAR_PARTICIPLES,
} from './lexicon';
import { serialFromParts, serialToIso } from '../functions/coerce';

const yes = (reason: string): CriterionResult => ({ met: 'yes', reason, hint: '' });
const no = (reason: string, hint: string): CriterionResult => ({ met: 'no', reason, hint });
const unknown = (reason: string, hint: string): CriterionResult => ({ met: 'unknown', reason, hint });

const quote = (s: string) => `"${s.trim().replace(/\s+/g, ' ')}"`;

// ----- time: dates, periods, spans and cadences -------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const NUMWORD = `(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|a few|several)`;
const UNIT = '(?:days?|weeks?|months?|quarters?|years?|yrs?|business days?|working days?|semesters?|terms?|sprints?)';
const PERIOD = '(?:week|month|quarter|year|half|(?:fiscal|financial|calendar|school|academic|program|project|grant|funding) (?:year|period)|fiscal|semester|term|sprint|season|day|shift|program|project|session|summer|winter|spring|fall|autumn)';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const YEAR = '((?:19|20)\\d{2})';

const monthIndex = (m: string) => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;
const lastDay = (y: number, m: number) => serialFromParts(y, m + 1, 1) - 1; // day 0 of the next month
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

interface TimeHit {
  text: string;
  start: number;
  end: number;
  /** The last day it allows, when it names a calendar date or period with its year. */
  serial?: number;
  /** A recurring cadence ("every Friday", "daily"). */
  cadence?: boolean;
  /** The length of a span in days ("within a month": 31), for judging a change within a month. */
  days?: number;
}

/** What a text has, so that a rule that cannot match is not run (the analyser runs on every keystroke and every row). */
interface Has {
  digit: boolean;
  /** 19xx or 20xx somewhere (a YEAR of a rule needs it). */
  year: boolean;
  month: boolean;
  period: boolean;
  lower: string;
}
type TimeRule = {
  re: RegExp;
  need: (h: Has) => boolean;
  serial?: (m: RegExpExecArray) => number | undefined;
  cadence?: boolean;
  days?: (m: RegExpExecArray) => number | undefined;
};
const MONTHLY = (h: Has) => h.month;
const PERIODIC = (h: Has) => h.period;
const HAS_MONTH = new RegExp(`\\b${MONTH}\\b`, 'i');
const HAS_PERIOD = /day|week|month|quarter|year|yr|half|semester|term|sprint|season|shift|program|project|session|summer|winter|spring|fall|autumn|fiscal|morning|evening|night/;

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 31, quarter: 92, year: 366, yr: 366, semester: 183, term: 92, sprint: 14 };
const countOf = (w: string | undefined) => (w === undefined ? 1 : /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()] ?? (/^an?$/i.test(w) ? 1 : 3));
const unitDays = (u: string) => UNIT_DAYS[u.toLowerCase().replace(/^(?:business|working) /, '').replace(/s$/, '')] ?? 31;

// Each rule's `need` is implied by a match: a literal the pattern cannot match without (in lower case, which a
// case-insensitive pattern of ASCII letters matches only where the lower-case text has it), so a skipped rule is one
// that could not have matched.
const NEXT_EVENT = ['evaluation', 'review', 'appraisal', 'survey', 'test', 'exam', 'audit', 'assessment', 'inspection', 'check-in', 'board meeting'];
const TIME_RULES: TimeRule[] = [
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.digit && h.lower.includes('-'), re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, serial: (m) => serialFromParts(+m[1], +m[2], +m[3]) },
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.digit && (h.lower.includes('/') || h.lower.includes('.')), re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/g, serial: (m) => serialFromParts(fullYear(m[3]), +m[1], +m[2]) },
  // Stryker disable next-line ConditionalExpression,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.lower.includes('xx') || h.lower.includes('/yy'), re: /\b(?:mm\/dd\/yy(?:yy)?|dd\/mm\/yy(?:yy)?|(?:19|20)xx)\b/gi },
  // Stryker disable next-line ConditionalExpression,LogicalOperator: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.year && h.month, re: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi'), serial: (m) => serialFromParts(+m[3], monthIndex(m[1]), +m[2]) },
  // Stryker disable next-line ConditionalExpression,LogicalOperator: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.year && h.month, re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+${YEAR}\\b`, 'gi'), serial: (m) => serialFromParts(+m[3], monthIndex(m[2]), +m[1]) },
  // Stryker disable next-line ConditionalExpression,LogicalOperator: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.year && h.month, re: new RegExp(`\\b(${MONTH})\\.?,?\\s+${YEAR}\\b`, 'gi'), serial: (m) => lastDay(+m[2], monthIndex(m[1])) },
  // Stryker disable next-line ConditionalExpression,LogicalOperator: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.digit && h.month, re: new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:%|percent))`, 'gi') },
  // Stryker disable next-line ConditionalExpression,LogicalOperator: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.digit && h.month, re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gi') },
  { need: MONTHLY, re: new RegExp(`\\b(?:by|before|until|till|in|during|through|for|from|since|mid-?|end of|start of|beginning of)\\s*(?:the\\s+)?(?:end\\s+of\\s+|middle\\s+of\\s+)?${MONTH}\\b(?!\\.?,?\\s+(?:\\d{1,2}\\b|(?:19|20)\\d{2}))\\.?(?:\\s+(?:19|20)xx)?`, 'gi') },
  {
    need: (h) => h.year,
    re: new RegExp(`\\b(?:by|before|in|until|till|for|during|through|end of)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:(?:fy|fiscal|calendar|financial)\\s?(?:year\\s+)?)?${YEAR}\\b(?![-/.]\\d|\\s*q[1-4]\\b)`, 'gi'), // not "in 2026" of "in 2026 Q1"
    serial: (m) => lastDay(+m[1], 12),
  },
  {
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
    need: (h) => h.digit && h.lower.includes('q'),
    re: /\bq([1-4])\s*(?:of\s+)?(?:fy\s?)?('?\d{2}\b|(?:19|20)\d{2}\b)?/gi,
    serial: (m) => (m[2] ? lastDay(fullYear(m[2].replace("'", '')), 3 * +m[1]) : undefined),
  },
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.year && h.lower.includes('q'), re: /\b((?:19|20)\d{2})\s*q([1-4])\b/gi, serial: (m) => lastDay(+m[1], 3 * +m[2]) },
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.year && h.lower.includes('h'), re: /\bh([12])\s+((?:19|20)\d{2})\b/gi, serial: (m) => lastDay(+m[2], 6 * +m[1]) },
  {
    // Stryker disable next-line ConditionalExpression,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
    need: (h) => h.lower.includes('quarter') || h.lower.includes('half'),
    re: new RegExp(`\\b(first|second|third|fourth|1st|2nd|3rd|4th|last)\\s+(quarter|half)(?:\\s+of\\s+(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:year\\s+)?${YEAR})?\\b`, 'gi'),
    serial: (m) => {
      if (!m[3]) return undefined;
      const i = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 }[m[1].toLowerCase()] ?? 4;
      return m[2].toLowerCase() === 'half' ? lastDay(+m[3], Math.min(i, 2) * 6) : lastDay(+m[3], i * 3);
    },
  },
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.digit && (h.lower.includes('fiscal') || h.lower.includes('fy')), re: /\b(?:fiscal(?:\s+year)?|fy)\s*'?((?:19|20)?\d{2})\b/gi, serial: (m) => lastDay(fullYear(m[1]), 12) },
  {
    need: PERIODIC,
    re: new RegExp(`\\b(?:within|in|over|during|for|after)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|first\\s+|following\\s+)?(?:(${NUMWORD})\\s+)?(${UNIT})\\b`, 'gi'),
    days: (m) => countOf(m[1]) * unitDays(m[2]),
  },
  {
    // Stryker disable next-line StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
    need: (h) => h.lower.includes('end'),
    re: new RegExp(`\\b(?:by|at|before|until)?\\s*(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|each\\s+|every\\s+)?(?:first\\s+|second\\s+|third\\s+|fourth\\s+|current\\s+)?(?:${PERIOD}|q[1-4]|week\\s+\\d+)\\b`, 'gi'),
  },
  { need: (h) => h.year && h.lower.includes('end'), re: new RegExp(`\\bend\\s+of\\s+${YEAR}\\b(?!\\s*q[1-4]\\b)`, 'gi'), serial: (m) => lastDay(+m[1], 12) }, // not "end of 2026" of "end of 2026 Q1"
  {
    need: PERIODIC,
    re: new RegExp(`\\b(?:next|this|coming|current)\\s+(?:fiscal\\s+|school\\s+|academic\\s+|calendar\\s+|financial\\s+)?(${PERIOD})\\b`, 'gi'),
    days: (m) => (/^(?:week|month|day)$/i.test(m[1]) ? unitDays(m[1]) : undefined),
  },
  // Stryker disable next-line StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.lower.includes('end'), re: /\b(?:by\s+|before\s+)?(?:the\s+)?(?:year|quarter|month|week)[- ]end\b/gi },
  {
    // Stryker disable next-line StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
    need: (h) => h.lower.includes('day'),
    re: new RegExp(`\\b(?:by|before|on|until|this|next|coming)\\s+(?:this\\s+|next\\s+)?${WEEKDAY}\\b`, 'gi'),
  },
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.digit && h.lower.includes('by'), re: /\bby\s+(?:week|day|month|term|semester)\s+\d+\b/gi },
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
  { need: (h) => h.lower.includes('next') && NEXT_EVENT.some((w) => h.lower.includes(w)), re: /\b(?:by|before|prior to|at|on|in|during)\s+(?:my|our|the|his|her|their|your)\s+next\s+(?:annual\s+|performance\s+|mid-year\s+|year-end\s+|quarterly\s+)?(?:evaluation|review|appraisal|survey|test|exam|audit|assessment|inspection|check-in|board meeting)\b/gi },
  { need: (h) => h.year, re: /\b(?:for|in|during)\s+the\s+((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})\b/gi, serial: (m) => lastDay(fullYear(m[2].length === 2 ? `20${m[2]}` : m[2]), 12) },
  // Cadences: a recurring goal is time-bound by its period. "monthly" before a noun ("monthly recurring revenue") names
  // a metric, not a cadence.
  {
    // Stryker disable next-line StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
    need: (h) => h.lower.includes('ly'),
    re: /\b(?:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|bi-?weekly|bi-?monthly|semi-?annually|hourly|nightly)\b(?!\s+(?!(?:by|to|and|or|for|with|in|on|at|through|until|during|from|basis|so|while|via|using|throughout)\b)[a-z])/gi,
    cadence: true,
  },
  {
    need: PERIODIC,
    re: new RegExp(`\\b(?:every|each|per|a)\\s+(?:other\\s+)?(?:academic\\s+|school\\s+|calendar\\s+|business\\s+|working\\s+)?(?:day|week|month|quarter|year|semester|term|morning|evening|night|weekday|weekend|shift|sprint|${WEEKDAY})s?\\b(?:\\s+(?:night|morning|evening))?`, 'gi'),
    cadence: true,
  },
  {
    // Stryker disable next-line ConditionalExpression,StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
    need: (h) => h.lower.includes('once') || h.lower.includes('twice') || h.lower.includes('times'),
    re: new RegExp(`\\b(?:once|twice|(?:${NUMWORD})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?:academic\\s+)?(?:day|week|month|quarter|year|semester|term)\\b`, 'gi'),
    cadence: true,
  },
  {
    // Stryker disable next-line StringLiteral: need is a speed prefilter; weaker only runs a regex that cannot match
    need: (h) => h.lower.includes('day'),
    re: new RegExp(`\\bon\\s+${WEEKDAY}s\\b`, 'gi'),
    cadence: true,
  },
];

const VAGUE_TIME = /\b(?:soon|eventually|someday|some day|one day|at some point|in the future|asap|later on|down the road|over time)\b/i;

function findTimes(text: string, lower = text.toLowerCase()): TimeHit[] {
  const out: TimeHit[] = [];
  // Stryker disable next-line Regex: every rule needs a non-digit character to match, so /\D/ is true wherever a rule can match: only a weaker prefilter
  const digit = /\d/.test(text);
  const has: Has = { lower, digit, year: digit && /(?:19|20)\d\d/.test(text), month: HAS_MONTH.test(text), period: HAS_PERIOD.test(lower) };
  for (const rule of TIME_RULES) {
    if (!rule.need(has)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const t = m[0].trim();
      if (t) {
        const start = m.index + m[0].indexOf(t);
        const serial = rule.serial?.(m);
        out.push({ text: t, start, end: start + t.length, serial: serial !== undefined && Number.isFinite(serial) ? serial : undefined, cadence: rule.cadence, days: rule.days?.(m) });
      }
      if (m[0] === '') rule.re.lastIndex++;
    }
  }
  // In text order; a phrase inside a longer one ("June 30" in "June 30, 2026", "a week" in "three times a week") goes.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // So does an open phrase that overlaps a dated one ("by Sept" in "by Sept. 5th 2026", "in the first quarter" in "the
  // first quarter of 2027"): it is part of that date, which can pass.
  return out.filter((t, i) => !out.some((o, j) => j !== i && ((o.start <= t.start && o.end >= t.end && (o.end - o.start > t.end - t.start || j < i))
    || (t.serial === undefined && o.serial !== undefined && o.start < t.end && t.start < o.end))));
}

// ----- measures ---------------------------------------------------------------------------------------------------

const NUMBER = /(?<![A-Za-z\d.])([$€£¥]\s?)?(\d[\d,]*(?:\.\d+)?)(\s*(?:%|percent\b|per cent\b|percentage points?\b|pp\b))?/g;
const NOT_A_RATING = /^\s*(?:confidence|confident|certainty|certain|sure|likely|likelihood|chance|probability)\b/i;
const CLOCK = /^(?:\s*(?:a\.?m\.?|p\.?m\.?|o'?clock)(?![a-z])|:\d\d)/i;
const ORDINAL = /^(?:st|nd|rd|th)\b/i;
const MONEY_SUFFIX = /^\s?(?:k|m|mm|bn|b|million|billion|thousand)\b/i;
const MONEY_WORD = /^\s*(?:usd|eur|gbp|dollars|euros|pounds)\b/i;
const NEXT_WORD = /^\s*(?:-\s*)?([a-z][a-z'’/-]*)/i;
const PREV_WORD = /([a-z][a-z'’-]*)[^a-z\d]*$/i;
const TIME_UNIT = /^(?:days?|weeks?|months?|quarters?|years?|yrs?|semesters?|terms?|decades?|am|pm)$/i;
const LINKING = new Set(['to', 'and', 'or', 'of', 'by', 'in', 'on', 'at', 'for', 'with', 'from', 'than', 'per', 'as', 'the', 'a', 'an', 'over', 'out']);
const COMPARATOR = /(?:\bto|\bof|\bat|\bbelow|\babove|\bunder|\bover|\bthan|\bleast|\bmost|\bexceed|\breach|\bbe|\bis|\bare|\bmaintain|\bkeep|>=?|<=?|=)\s*(?:an?\s+)?$/i;
const QUOTE_PREFIX = /(?:at least|at most|no more than|no less than|up to|more than|less than|fewer than|a minimum of|a maximum of|minimum of|maximum of)\s+(?:an?\s+)?$/i;
const FROM_TO = /\bfrom\s+(?:less than\s+|more than\s+|about\s+|around\s+|over\s+|under\s+)?([$€£]?\d[\d,]*(?:\.\d+)?\s*%?)\s*(?:[a-z]+\s+){0,3}?to\s+(?:less than\s+|more than\s+|under\s+|over\s+)?([$€£]?\d[\d,]*(?:\.\d+)?\s*%?)/i;
const GRADE_FROM_TO = /\bfrom\s+(?:an?\s+)?([A-F][+-]?)\s+to\s+(?:an?\s+)?([A-F][+-]?)(?![A-Za-z])/;
const GRADE_POINTS: Record<string, number> = { A: 4, B: 3, C: 2, D: 1, F: 0 };
const gradePoints = (g: string) => GRADE_POINTS[g[0]] + (g[1] === '+' ? 0.3 : g[1] === '-' ? -0.3 : 0);
const MULTIPLIER = /\b(?:double|doubling|triple|tripling|quadruple|halve|halving|tenfold|(\d+(?:\.\d+)?)\s?x|(\d+)-fold)\b/i;
const NUMBER_WORD_COUNT = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).filter((w) => w !== 'once' && w !== 'twice').join('|')})(?:[- ](?:${Object.keys(NUMBER_WORDS).join('|')}))?\\s+([a-z][a-z'’-]*)`, 'gi');
const DELIVERABLE_VERBS = 'launch|publish|implement|complete|deliver|release|ship|finish|submit|build|create|install|deploy|migrate|introduce|establish|adopt|enrol|enroll|obtain|earn|host|hold|organi[sz]e|write|draft|produce|sign|certify|roll out|set up|refactor|redesign|rewrite|replace|upgrade|automate|digiti[sz]e|standardi[sz]e|consolidate|distribute|pilot|attend|conduct|open';
const DELIVERABLE = new RegExp(
  `\\b(?:(?:${DELIVERABLE_VERBS})(?:s|es|ed|d)?\\s+(?:(?:in|on|to|for|out)\\s+)?(?:(?:a|an|the|my|our|their|his|her|its|this|that|your|new|all|two|three|four|five)\\s+)*|(?:develop|design|present|pass|map)(?:s|es|ed)?\\s+(?:(?:a|an|the|my|our|their|this|that|your|all)\\s+)+)(?!more\\b|better\\b|less\\b)(?:(?!(?:by|in|on|at|for|to|within|before|until|and|or|with|from|during|this|next|every|each|per|so|that|which|using|through)\\b)[a-z'’-]{2,}(?:\\s+|$)){1,4}`,
  'i',
);
const PASSIVE_DELIVERABLE = /\bbe(?:come)?\s+(?:promoted|certified|licensed|accredited|hired|elected|appointed|published|approved|funded|registered|selected|admitted|accepted)\b/i;

const toNum = (s: string) => Number(s.replace(/[$€£%\s]/g, '').replace(/,/g, ''));
const inTime = (times: TimeHit[], s: number, e: number) => times.some((t) => s < t.end && e > t.start);

interface Measure {
  quote: string;
  kind: 'number' | 'from-to' | 'grade' | 'multiplier' | 'frequency' | 'deliverable';
}

/** The patterns that both the measure and Achievable read, each run once per statement. */
interface Found {
  ft: RegExpExecArray | null;
  g: RegExpExecArray | null;
  mult: RegExpExecArray | null;
  purpose: RegExpExecArray | null;
  /** "by" and a percentage: INCREASE_BY and DECREASE_BY can match. */
  percentBy: boolean;
  lower: string;
}

/** A number tied to what is measured, a from-to pair, a multiplier, a frequency or a named deliverable (smart.md). */
function findMeasure(text: string, times: TimeHit[], found: Found): Measure | undefined {
  const ft = found.ft;
  if (ft && !(/^(?:19|20)\d{2}$/.test(ft[1].trim()) && /^(?:19|20)\d{2}$/.test(ft[2].trim()))) return { quote: ft[0], kind: 'from-to' };
  const g = found.g;
  if (g) return { quote: g[0], kind: 'grade' };
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const raw = m[2].replace(/[,.]+$/, '');
    const start = m.index;
    const end = m.index + m[0].length;
    if (inTime(times, start, end)) continue;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, start - 40), start);
    if (m[3]) {
      if (NOT_A_RATING.test(after)) continue; // "80% confidence" is how sure, not how much
      return { quote: m[0], kind: 'number' };
    }
    if (m[1]) return { quote: m[0] + (MONEY_SUFFIX.exec(after)?.[0] ?? ''), kind: 'number' };
    if (CLOCK.test(after) || ORDINAL.test(after)) continue; // "5 PM", "9:30", "2nd"
    const prev = PREV_WORD.exec(before)?.[1]?.toLowerCase();
    if ((prev && IDENTIFIER_WORDS.has(prev)) || /\b[A-Z]{2,}[\s-]*$/.test(before) || /#\s*$/.test(before)) continue; // "Grade 4", "ISO 9001"
    if (MONEY_WORD.test(after)) return { quote: m[0] + MONEY_WORD.exec(after)![0], kind: 'number' };
    const next = NEXT_WORD.exec(after)?.[1];
    const isYear = /^(?:19|20)\d{2}$/.test(raw);
    if (isYear && (!next || LINKING.has(next.toLowerCase()) || /^(?:by|in|of|since|until|from|before|after|for|during|fy|year|to)$/i.test(prev ?? '') || monthIndex(prev ?? 'x') > 0)) continue;
    const prefix = QUOTE_PREFIX.exec(before)?.[0] ?? '';
    if (next && !/[.;:!?,)]/.test(after.slice(0, after.indexOf(next)))) {
      if (TIME_UNIT.test(next)) continue; // a span, not a quantity
      if (!LINKING.has(next.toLowerCase())) return { quote: `${prefix}${m[2]} ${next}`, kind: 'number' };
    }
    if (COMPARATOR.test(before)) return { quote: `${/(\S+\s*)$/.exec(before)?.[1] ?? ''}${m[2]}`, kind: 'number' };
  }
  NUMBER_WORD_COUNT.lastIndex = 0;
  for (let m = NUMBER_WORD_COUNT.exec(text); m; m = NUMBER_WORD_COUNT.exec(text)) {
    if (inTime(times, m.index, m.index + m[0].length)) continue;
    const w = m[2].toLowerCase();
    if (TIME_UNIT.test(w) || LINKING.has(w) || CLOSED_CLASS.has(w)) continue;
    return { quote: m[0], kind: 'number' };
  }
  const mult = found.mult;
  if (mult) return { quote: mult[0], kind: 'multiplier' };
  const cadence = times.find((t) => t.cadence);
  if (cadence) return { quote: cadence.text, kind: 'frequency' };
  const d = DELIVERABLE.exec(text) ?? PASSIVE_DELIVERABLE.exec(text);
  if (d) return { quote: d[0].trim(), kind: 'deliverable' };
  return undefined;
}

// ----- verbs ------------------------------------------------------------------------------------------------------

export interface Tok {
  w: string;
  /** A number token. */
  num: boolean;
  /** First token of a clause (after . ; : , or at the start). */
  clause: boolean;
  /** Where it ends in the text. */
  end: number;
}

// What a character is to the tokenizer (ASCII only; every other character separates tokens, as \d and [A-Za-z] do).
const LETTER = 1; // [A-Za-z]: starts and continues a word
const IN_WORD = 2; // ' ’ -: continue a word
const DIGIT_C = 4; // [0-9]: starts and continues a number
const IN_NUMBER = 8; // , .: continue a number
const STOPS = 16; // . ; : ! ? , ( ) newline: end a clause
const CHAR = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CHAR[c] = CHAR[c + 32] = LETTER;
for (let c = 48; c <= 57; c++) CHAR[c] = DIGIT_C;
CHAR[39] = CHAR[45] = IN_WORD;
for (const ch of '.;:!?,()\n') CHAR[ch.charCodeAt(0)] |= STOPS;
CHAR[44] |= IN_NUMBER;
CHAR[46] |= IN_NUMBER;
const kind = (c: number) => (c < 128 ? CHAR[c] : c === 0x2019 ? IN_WORD : 0);

/**
 * Words ([A-Za-z][A-Za-z'’-]*) and numbers (\d[\d,.]*%?) in lower case, in one pass over the character codes; a
 * stop (. ; : ! ? , ( ) or a newline) outside a token starts a new clause.
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let clause = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = kind(text.charCodeAt(i));
    if (k & LETTER) {
      const s = i++;
      while (i < n && kind(text.charCodeAt(i)) & (LETTER | IN_WORD)) i++;
      out.push({ w: text.slice(s, i).toLowerCase(), num: false, clause, end: i });
      clause = false;
    } else if (k & DIGIT_C) {
      const s = i++;
      while (i < n && kind(text.charCodeAt(i)) & (DIGIT_C | IN_NUMBER)) i++;
      if (i < n && text.charCodeAt(i) === 37) i++; // %
      out.push({ w: text.slice(s, i), num: true, clause, end: i });
      clause = false;
    } else {
      // "dept." or "Aug." inside a sentence still ends a clause here; harmless, a clause start is only a candidate.
      if (k & STOPS) clause = true;
      i++;
    }
  }
  return out;
}

const MODALS = new Set(['will', 'shall', 'must', 'should', 'can', 'would', 'could', "i'll", "we'll", 'may']);
const TO_TRIGGERS = new Set(['want', 'wants', 'need', 'needs', 'going', 'plan', 'plans', 'aim', 'aims', 'is', 'are', 'be', 'able', 'order',
  'how', 'continue', 'begin', 'start', 'try', 'agree', 'commit', 'committed', 'intend', 'decide', 'expect', 'hope', 'learn', 'seek',
  'strive', 'help', 'wish', 'like', 'goal', 'objective', 'was', 'will', 'chance', 'ready']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'all',
  'each', 'every', 'some', 'at', 'new', 'up', 'out', 'more', 'no']);
const NOUN_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ing|ers|ors|ees|ics|ous|ful|ly|als|ials|ages)$/;
const VERB_SUFFIX = /(?:ize|ise|ify|ate)$/;

const BASE_CACHE = new Map<string, string>();
const base = (w: string) => {
  let b = BASE_CACHE.get(w);
  if (b === undefined) {
    b = baseOf(w);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound of a cache of the pure baseOf changes only memory, never a result
    if (BASE_CACHE.size < 10000) BASE_CACHE.set(w, b);
  }
  return b;
};
const baseOf = (w: string) => {
  if (ACTION_VERBS.has(w) || VAGUE_VERBS.has(w)) return w;
  for (const s of ['es', 's', 'ed', 'd']) {
    if (w.endsWith(s)) {
      const b = w.slice(0, -s.length);
      if (ACTION_VERBS.has(b) || VAGUE_VERBS.has(b)) return b;
    }
  }
  return w;
};
const isParticiple = (w: string) => IRREGULAR_PARTICIPLES.has(w) || (/ed$/.test(w) && w.length > 4);

interface Verbs {
  action?: string;
  vague?: string;
}

/** The action verb: a word in a verb position (clause start, after "will" or "want to"...), else a listed verb. */
function findVerbs(toks: Tok[], text: string): Verbs {
  const out: Verbs = {};
  const vaguePhrase = /\b(?:work(?:ing)? on|be better at|look(?:ing)? into|focus(?:ing)? on|get better|do better|try to)\b/i.exec(text)?.[0];
  if (vaguePhrase) out.vague = vaguePhrase.toLowerCase();
  let lastVerbAt = -9;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.num) continue;
    const p1 = toks[i - 1]?.w;
    const p2 = toks[i - 2]?.w;
    const afterModal = p1 !== undefined && (MODALS.has(p1) || (p1.endsWith('ly') && p2 !== undefined && MODALS.has(p2)));
    const afterTo = p1 === 'to' && (toks[i - 1].clause || (p2 !== undefined && TO_TRIGGERS.has(p2)));
    const afterAnd = (p1 === 'and' || p1 === 'or') && lastVerbAt === i - 2;
    const clauseStart = t.clause;
    if (!afterModal && !afterTo && !afterAnd && !clauseStart) continue;
    let w = t.w;
    if (w === 'be' || w === 'become' || w === 'get') {
      const n = toks[i + 1]?.w;
      if (n === 'able' && toks[i + 2]?.w === 'to') continue; // "be able to read": the verb follows "to"
      if (n && isParticiple(n) && w !== 'become') {
        out.action ??= `${w} ${n}`;
        lastVerbAt = i + 1;
        continue;
      }
      if (w !== 'become') continue; // a state ("be successful"), judged as a metric state below
    }
    // A verb in a verb position is in its base form ("Surveys of customers" starts with a noun).
    if (VAGUE_VERBS.has(w)) {
      out.vague ??= w;
      lastVerbAt = i;
      continue;
    }
    if (ACTION_VERBS.has(w)) {
      out.action ??= w;
      lastVerbAt = i;
      continue;
    }
    if (CLOSED_CLASS.has(w) || OPEN_ENDED.has(w) || NOT_VERBS.has(w) || IDENTIFIER_WORDS.has(w) || NOUN_SUFFIX.test(w) || w.length < 3) continue;
    const n = toks[i + 1];
    // After "will" or "want to" almost any word is a verb; at a clause start only one that takes an object right away
    // ("Walk 10,000 steps", "Conduct three focus groups") or has a verb suffix ("Standardize onboarding").
    const ok = afterModal || afterTo || afterAnd || VERB_SUFFIX.test(w) || (n !== undefined && (n.num || DETERMINERS.has(n.w) || NUMBER_WORDS[n.w] !== undefined));
    if (ok) {
      out.action ??= w;
      lastVerbAt = i;
    }
  }
  if (!out.action && !out.vague) {
    // A listed verb elsewhere, in its base form and not after a determiner or a number ("a 20% increase" is a noun).
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const p = toks[i - 1];
      if (!t.num && ACTION_VERBS.has(t.w) && !(p && (p.num || DETERMINERS.has(p.w)))) {
        out.action = t.w;
        break;
      }
    }
  }
  return out;
}

const METRIC_STATE = new RegExp(
  `\\b(?:${METRIC_NOUNS.join('|')})\\b[^.;]{0,30}?\\b(?:will be|to be|is|are|of|at|below|above|under|over|less than|more than|fewer than|at least|at most|no more than|no less than)\\s*(?:an?\\s+)?[$€£]?\\d`,
  'i',
);

const STOP = new Set(['the', 'and', 'our', 'for', 'with', 'from', 'into', 'this', 'that', 'next', 'all', 'more', 'less', 'its', 'their',
  'within', 'by', 'of', 'to', 'in', 'on', 'at', 'a', 'an', 'be', 'we', 'will', 'per', 'than', 'new', 'each', 'every', 'year', 'month',
  'quarter', 'week', 'months', 'years', 'weeks', 'days', 'end', 'want', 'need', 'going', 'get', 'have', 'make', 'can', 'you', 'your',
  'my', 'me', 'am', 'was', 'are', 'is', 'it', 'i', 'not', 'so', 'out', 'up', 'someone', 'something', 'somebody', 'anyone', 'anything',
  'everyone', 'everything', 'stuff', 'things', 'thing', 'people', 'maybe', 'perhaps', 'possibly', 'hopefully', 'ideally']);

// ----- criteria --------------------------------------------------------------------------------------------------

/**
 * The first open-ended word of the target (the text before its purpose). The tokens of a prefix are the text's tokens
 * that end inside it, unless a word runs across the cut ("x-so that" when the purpose starts at "so"): then the prefix
 * is tokenized on its own.
 */
function openEndedWord(toks: Tok[], target: string, text: string): string | undefined {
  // Stryker disable next-line BlockStatement,ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: the loop below gives the same answer; only a word cut by the purpose differs, it ends in - ' or ’, and no OPEN_ENDED word does
  if (target !== text && target.length > 0 && kind(target.charCodeAt(target.length - 1)) & (LETTER | IN_WORD | DIGIT_C | IN_NUMBER)) {
    return tokenize(target).find((t) => OPEN_ENDED.has(t.w))?.w;
  }
  for (const t of toks) {
    if (t.end > target.length) return undefined;
    if (OPEN_ENDED.has(t.w)) return t.w;
  }
  return undefined;
}

function specific(text: string, lower: string, toks: Tok[], measure: Measure | undefined, time: TimeHit | undefined, purpose: RegExpExecArray | null, full: boolean): CriterionResult {
  const { action, vague } = findVerbs(toks, text);
  // Only the target counts: "so managers can more competently evaluate" is the purpose, not an open-ended target.
  const target = purpose && purpose.index > 0 ? text.slice(0, purpose.index) : text;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a speed prefilter; weaker only runs a regex that cannot match
  const phrases = lower.includes('possible') || lower.includes('class') || lower.includes('state'); // one of them is in every phrase
  const openEnded = (phrases ? OPEN_ENDED_PHRASES.exec(target)?.[0] : undefined) ?? openEndedWord(toks, target, text);
  // Content words (0, 1 or 2 and more is all that is asked).
  let content = 0;
  for (let i = 0; i < toks.length && content < 2; i++) {
    const t = toks[i];
    if (!t.num && t.w.length > 2 && !STOP.has(t.w) && !CLOSED_CLASS.has(t.w) && !OPEN_ENDED.has(t.w) && !VAGUE_VERBS.has(base(t.w)) && base(t.w) !== action) content++;
  }
  // A frequency or a deliverable says how often or what, not how much of an open-ended quality ("early each day").
  if (openEnded && (!measure || measure.kind === 'frequency' || measure.kind === 'deliverable')) {
    return no(full ? `${quote(openEnded)} is open-ended and nothing makes it concrete` : '', 'say exactly how much or what: a number, a named result');
  }
  // One object word is enough when a number or a time frame pins it down ("Hire 10 engineers"), not alone ("Increase sales").
  if (action && (content >= 2 || (content === 1 && (measure || time)))) return yes(full ? `action ${quote(action)} with an object` : '');
  const state = METRIC_STATE.exec(text);
  if (state) return yes(full ? `a state with a metric and a number: ${quote(state[0])}` : '');
  if (action) return no(full ? `${quote(action)} but no clear object (what exactly?)` : '', 'say exactly what will change, e.g. which revenue or which customers');
  if (vague && measure && content >= 2) return yes(full ? `${quote(vague)} made concrete by ${quote(measure.quote)}` : '');
  if (vague) return no(full ? `only a vague verb ${quote(vague)}` : '', 'use an action verb such as increase, reduce, launch, hire');
  return no('no action verb found', 'start with what will be done: increase, reduce, launch, hire...');
}

function measurable(measure: Measure | undefined, input: GoalInput, full: boolean): CriterionResult {
  if (measure) {
    if (!full) return yes('');
    if (measure.kind === 'frequency') return yes(`a frequency: ${quote(measure.quote)}`);
    if (measure.kind === 'deliverable') return yes(`a named deliverable, done or not: ${quote(measure.quote)}`);
    return yes(`found ${quote(measure.quote)}`);
  }
  if (input.hasKpiWithTarget) return yes('a linked KPI with a target measures it');
  if (input.target !== undefined) return yes(full ? `a target of ${input.target}${input.unit ? ' ' + input.unit : ''} is given` : '');
  return no('no number or metric', 'add a number or metric');
}

const INCREASE_BY = /\b(?:increase|grow|raise|boost|lift|expand|improve)\w*\b[^.;]{0,60}?\bby\s+(\d+(?:\.\d+)?)\s*(?:%|percent)/i;
const DECREASE_BY = /\b(?:reduce|decrease|cut|lower|shrink|drop)\w*\b[^.;]{0,60}?\bby\s+(\d+(?:\.\d+)?)\s*(?:%|percent)/i;

function achievable(text: string, input: GoalInput, times: TimeHit[], found: Found, full: boolean): CriterionResult {
  const { baseline, target, history } = input;
  if (baseline !== undefined && target !== undefined && history && history.length >= 2) {
    const changes = history.slice(1).map((v, i) => Math.abs(v - history[i]));
    const best = Math.max(...changes);
    const periods = input.periodsLeft && input.periodsLeft > 0 ? input.periodsLeft : 1;
    const needed = Math.abs(target - baseline) / periods;
    if (best === 0 && needed > 0) return no('the history shows no change at all', 'set a target closer to the history, or explain what changes');
    if (needed > 2 * best) {
      return no(full ? `needs ${round(needed)} per period; the best change seen is ${round(best)}` : '', 'lower the target or allow more time');
    }
    return yes(full ? `needs ${round(needed)} per period; the best change seen is ${round(best)}` : '');
  }
  if (baseline !== undefined && target !== undefined) {
    if (baseline === 0) return target === 0 ? yes('no change needed') : unknown('starts from a baseline of 0', 'give some history to judge the target');
    const change = Math.abs(target - baseline) / Math.abs(baseline);
    const desc = full ? `from ${baseline} to ${target}: a change of ${Math.round(change * 100)} %` : '';
    if (change > 1) return no(full ? `${desc} with no history` : '', 'give the history, or a target within 100 % of the baseline');
    return yes(desc);
  }
  // From the text alone: "no" for 3x or more, or more than 50 % within a month or less (smart.md).
  const hitMonth = times.find((t) => t.days !== undefined && t.days <= 31);
  let change: number | undefined;
  // Stryker disable next-line StringLiteral: every branch that sets change sets quoted, so this start value is never read
  let quoted = '';
  const mult = found.mult;
  if (mult) {
    const w = mult[0].toLowerCase();
    // Stryker disable next-line Regex: w is one whole alternative of MULTIPLIER, so the ^ anchor changes nothing
    const factor = mult[1] ? Number(mult[1]) : mult[2] ? Number(mult[2]) : /^(?:triple|tripling)/.test(w) ? 3 : /^quadruple/.test(w) ? 4 : w === 'tenfold' ? 10 : 2;
    // Stryker disable next-line Regex: w is one whole alternative of MULTIPLIER, so the ^ anchor changes nothing
    if (/^halv/.test(w)) change = 0.5;
    else change = factor - 1;
    quoted = mult[0];
    // Stryker disable next-line Regex: w is one whole alternative of MULTIPLIER, so the ^ anchor changes nothing
    if (factor >= 3 && !/^halv/.test(w)) return no(full ? `${quote(quoted)} is ${factor} times the start` : '', 'aim for less than 3 times the start, or allow more time and say how');
  }
  const ft = found.ft;
  const g = found.g;
  if (ft || g) {
    const from = ft ? toNum(ft[1]) : gradePoints(g![1]);
    const to = ft ? toNum(ft[2]) : gradePoints(g![2]);
    quoted = (ft ?? g)![0];
    if (Number.isFinite(from) && Number.isFinite(to) && from > 0 && to > 0) {
      const factor = Math.max(to / from, from / to);
      if (factor >= 3) return no(full ? `${quote(quoted)}: ${round(factor)} times the start` : '', 'aim for less than 3 times the start, or allow more time');
      change = Math.abs(to - from) / from;
    }
  }
  const by = found.percentBy ? INCREASE_BY.exec(text) : null;
  // Every stated change is judged, not only the first ("Double signups and grow revenue by 300%"): the largest counts.
  if (by) {
    const pct = Number(by[1]);
    const q = by[0].slice(by[0].toLowerCase().lastIndexOf('by'));
    if (pct >= 200) return no(full ? `${quote(q)} is ${round(1 + pct / 100)} times the start` : '', 'aim for less than 3 times the start, or allow more time');
    if (change === undefined || pct / 100 > change) [change, quoted] = [pct / 100, q];
  }
  const down = found.percentBy ? DECREASE_BY.exec(text) : null;
  if (down && (change === undefined || Number(down[1]) / 100 > change)) {
    change = Number(down[1]) / 100;
    quoted = down[0].slice(down[0].toLowerCase().lastIndexOf('by'));
  }
  if (change !== undefined && hitMonth && change > 0.5) {
    return no(full ? `${quote(quoted)} within ${quote(hitMonth.text)}: more than 50 % in a month or less` : '', 'allow more time, or set a smaller step for this month');
  }
  if (change !== undefined && (ft || g)) return yes(full ? `${quote(quoted)}: a change of ${Math.round(change * 100)} %` : '');
  return unknown('cannot judge from the text alone', 'give the baseline, target and some history');
}

const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100).toString();

function relevant(text: string, input: GoalInput, purpose: RegExpExecArray | null, full: boolean): CriterionResult {
  if (input.parent) return yes(full ? `linked to the parent goal ${quote(input.parent.slice(0, 60))}` : '');
  const m = purpose ?? LEADING_PURPOSE.exec(text);
  // Stryker disable next-line Regex: PURPOSE has no comma and LEADING_PURPOSE only its last character, so the $ anchor changes nothing
  if (m) return yes(full ? `states its purpose: ${quote(m[0].replace(/,$/, ''))}` : '');
  // Relevance is a judgement the text alone cannot settle: a company goal has no parent (smart.md).
  return unknown('no parent goal and no purpose stated', 'link it to a parent goal or say why it matters');
}

function timeBound(times: TimeHit[], text: string, input: GoalInput, full: boolean): CriterionResult {
  const today = input.today;
  if (input.deadline !== undefined) {
    if (today !== undefined && input.deadline < today) {
      return no(full ? `the deadline ${serialToIso(Math.floor(input.deadline))} has passed` : '', 'set a deadline in the future');
    }
    return yes('a deadline is set');
  }
  if (times.length) {
    const open = times.find((t) => t.serial === undefined);
    if (open) return yes(!full ? '' : open.cadence ? `a recurring cadence: ${quote(open.text)}` : `found ${quote(open.text)}`);
    const latest = times.reduce((a, b) => (b.serial! > a.serial! ? b : a));
    if (today !== undefined && latest.serial! < today) {
      return no(full ? `the deadline ${quote(latest.text)} has passed (${serialToIso(latest.serial!)})` : '', 'set a deadline in the future');
    }
    return yes(full ? `found ${quote(times[0].text)}` : '');
  }
  const vague = VAGUE_TIME.exec(text);
  if (vague) return no(full ? `${quote(vague[0])} is not a deadline` : '', `add a deadline ("${vague[0].toLowerCase()}" is not one), e.g. "by 30 June"`);
  return no('no deadline or time frame', 'add a deadline');
}

// ----- warnings --------------------------------------------------------------------------------------------------

const SEVERAL = /\b(?:and|;|as well as|plus)\s+(?:also\s+)?(?:to\s+)?(increase|reduce|launch|hire|grow|cut|improve|open|close|decrease|raise|lower|build|create|deliver|achieve|expand|ship)\b/i;
const ABSOLUTE = /\b(?:100\s*%|100 percent|zero (?:defects|errors|incidents|accidents|complaints|injuries|bugs)|never|all)(?![\w-])/i;

function warningsFor(text: string, toks: Tok[]): string[] {
  const out: string[] = [];
  const weak = toks.find((t) => WEAK_WORDS.has(t.w))?.w ?? /\bwe'?ll see\b/i.exec(text)?.[0];
  if (weak) out.push(`Weak language: "${weak}". Commit to it ("will") or leave it out.`);
  if (SEVERAL.test(text) || text.includes(';')) out.push('Several goals in one statement: split them so each can be tracked.');
  const words = toks.filter((t) => !t.num).length;
  if (words > 40) out.push(`Long statement (${words} words): keep a goal to one sentence of about 40 words at most.`);
  const un = UNCHECKABLE.exec(text);
  if (un) out.push(`"${un[0]}" cannot be checked: say what it means in numbers.`);
  const abs = ABSOLUTE.exec(text);
  if (abs) out.push(`"${abs[0]}" is an absolute: one miss fails the goal. Make sure it is meant.`);
  return out;
}

// ----- the analyser ----------------------------------------------------------------------------------------------

/** The full analysis: verdicts with their reasons and hints, and the warnings (the wizard, the cascade check). */
export function analyseGoal(input: GoalInput): Analysis {
  return analyse(input, true);
}

/**
 * The verdicts, hints and score only, for SMART_SCORE and SMART_CHECK, which show no reason and no warning: a reason
 * that would quote the text is left empty and `warnings` is empty; met, hint and score are those of analyseGoal.
 */
export function judgeGoal(input: GoalInput): Analysis {
  return analyse(input, false);
}

function analyse(input: GoalInput, full: boolean): Analysis {
  const text = (input.text ?? '').trim();
  if (!text) {
    const none = no('no goal text', 'write the goal');
    return { criteria: { specific: none, measurable: none, achievable: none, relevant: none, timeBound: none }, warnings: [], score: 0 };
  }
  const toks = tokenize(text);
  const lower = text.toLowerCase();
  const times = findTimes(text, lower);
  // Both from-to patterns need "from" (GRADE_FROM_TO is case-sensitive); the lower-case text has every literal that a
  // case-insensitive pattern of ASCII letters matches, so a pattern whose literal is missing is not run.
  // Stryker disable next-line StringLiteral: a speed prefilter; weaker only runs a regex that cannot match
  const from = lower.includes('from');
  const found: Found = {
    ft: from ? FROM_TO.exec(text) : null,
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a speed prefilter; weaker only runs a regex that cannot match
    g: from && text.includes('from') ? GRADE_FROM_TO.exec(text) : null,
    mult: MULTIPLIER.exec(text),
    purpose: PURPOSE.exec(text),
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a speed prefilter; weaker only runs a regex that cannot match
    percentBy: lower.includes('by') && (text.includes('%') || lower.includes('percent')),
    lower,
  };
  const measure = findMeasure(text, times, found);
  const criteria: Record<CriterionKey, CriterionResult> = {
    specific: specific(text, lower, toks, measure, times[0], found.purpose, full),
    measurable: measurable(measure, input, full),
    achievable: achievable(text, input, times, found, full),
    relevant: relevant(text, input, found.purpose, full),
    timeBound: timeBound(times, text, input, full),
  };
  const warnings = full ? warningsFor(text, toks) : [];
  const score = CRITERIA.filter((k) => criteria[k].met !== 'no').length;
  return { criteria, warnings, score };
}

/** `SMART`, or `Missing: ` and each unmet criterion with its hint, in S-M-A-R-T order. */
export function smartCheckText(a: Analysis): string {
  const missing = CRITERIA.filter((k) => a.criteria[k].met === 'no');
  if (!missing.length) return 'SMART';
  return `Missing: ${missing.map((k) => `${CRITERION_LABEL[k]} (${a.criteria[k].hint})`).join(', ')}`;
}

// ----- the deadline a statement names (the wizard fills an empty Deadline field with it) -------------------------

const isoParts = (serial: number) => serialToIso(serial).split('-').map(Number);
const addMonths = (serial: number, n: number) => {
  const [y, m, d] = isoParts(serial);
  const last = lastDay(y + Math.floor((m - 1 + n) / 12), ((m - 1 + n) % 12) + 1);
  return Math.min(serialFromParts(y, m + n, d), last);
};
const MONTHS_OF: Record<string, number> = { month: 1, quarter: 3, year: 12, yr: 12, semester: 6, term: 3 };
const SPAN = new RegExp(`^(?:within|in|over|during|for|after)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|first\\s+|following\\s+)?(?:(${NUMWORD})\\s+)?(${UNIT})$`, 'i');
const PERIOD_END = /\b(?:(this|next|current|coming)\s+|end\s+of\s+(?:the\s+)?(?:(this|next|current)\s+)?|(?:by\s+)?(?:the\s+)?(?=(?:year|quarter|month)[- ]end))(year|quarter|month)\b/i;

/** The last day of the first date or period the statement names, relative to `today` where it is relative. */
export function deadlineFromText(text: string, today: number): { serial: number; found: string } | undefined {
  // Stryker disable next-line MethodExpression: no cadence has a serial or matches SPAN or PERIOD_END, so keeping cadences changes nothing
  const times = findTimes(text).filter((t) => !t.cadence);
  const dated = times.filter((t) => t.serial !== undefined);
  if (dated.length) {
    const t = dated.reduce((a, b) => (b.serial! > a.serial! ? b : a));
    return { serial: t.serial!, found: t.text };
  }
  const [y, m] = isoParts(today);
  for (const t of times) {
    const span = SPAN.exec(t.text);
    if (span) {
      const n = countOf(span[1]);
      const unit = span[2].toLowerCase().replace(/^(?:business|working) /, '').replace(/s$/, '');
      if (unit === 'day') return { serial: today + n, found: t.text };
      if (unit === 'week') return { serial: today + 7 * n, found: t.text };
      if (unit === 'sprint') return { serial: today + 14 * n, found: t.text };
      return { serial: addMonths(today, n * (MONTHS_OF[unit] ?? 1)), found: t.text };
    }
    const p = PERIOD_END.exec(t.text);
    if (p) {
      const next = (p[1] ?? p[2] ?? '').toLowerCase() === 'next' || (p[1] ?? '').toLowerCase() === 'coming';
      const unit = p[3].toLowerCase();
      if (unit === 'year') return { serial: lastDay(y + (next ? 1 : 0), 12), found: t.text };
      if (unit === 'quarter') {
        const q = Math.ceil(m / 3) + (next ? 1 : 0);
        return { serial: lastDay(y + Math.floor((q - 1) / 4), (((q - 1) % 4) + 1) * 3), found: t.text };
      }
      return { serial: lastDay(y + (next && m === 12 ? 1 : 0), next ? (m % 12) + 1 : m), found: t.text };
    }
  }
  return undefined;
}

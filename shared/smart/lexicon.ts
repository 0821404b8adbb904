/**
 * Word lists of the SMART analyser, kept apart from the rules so they can grow from real sentences. Verbs are not
 * recognised from this list alone: a word in a verb position (the start of a clause, after "will" or "want to"...)
 * is a verb unless it is a closed-class word or has a noun suffix (analyser.ts); the list is for the other positions.
 */

/** Common action verbs of goal statements, base form. */
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'accelerate', 'accept', 'achieve', 'acquire', 'add', 'adopt', 'allocate', 'analyse', 'analyze', 'answer', 'apply', 'approve',
  'arrange', 'arrive', 'assess', 'assign', 'attain', 'attend', 'attract', 'audit', 'automate', 'award', 'balance', 'become',
  'begin', 'book', 'boost', 'build', 'buy', 'calculate', 'call', 'cancel', 'capture', 'certify', 'change', 'check', 'choose',
  'clean', 'clear', 'close', 'coach', 'collect', 'combine', 'communicate', 'compile', 'complete', 'conduct', 'connect',
  'consolidate', 'contact', 'convert', 'cook', 'coordinate', 'correct', 'count', 'cover', 'create', 'cut', 'deliver', 'deploy',
  'design', 'digitise', 'digitize', 'distribute', 'document', 'donate', 'double', 'draft', 'drink', 'drive', 'drop', 'earn',
  'eat', 'educate', 'eliminate', 'email', 'enroll', 'enrol', 'establish', 'evaluate', 'exceed', 'execute', 'expand', 'file',
  'fill', 'finish', 'fix', 'follow', 'gain', 'generate', 'give', 'graduate', 'grow', 'halve', 'hand', 'have', 'help', 'hire',
  'hold', 'host', 'identify', 'implement', 'increase', 'inspect', 'install', 'integrate', 'interview', 'introduce', 'invest',
  'invite', 'issue', 'join', 'jog', 'keep', 'land', 'launch', 'lead', 'learn', 'lift', 'list', 'lose', 'lower', 'maintain',
  'make', 'manage', 'map', 'master', 'meet', 'mentor', 'migrate', 'minimise', 'minimize', 'maximise', 'maximize', 'move',
  'negotiate', 'obtain', 'offer', 'onboard', 'open', 'order', 'organise', 'organize', 'pass', 'pay', 'perform', 'pilot',
  'place', 'plan', 'plant', 'post', 'practice', 'practise', 'precept', 'prepare', 'present', 'process', 'produce', 'provide',
  'publish', 'purchase', 'raise', 'reach', 'read', 'rebuild', 'receive', 'recommend', 'reconcile', 'record', 'recruit',
  'redesign', 'reduce', 'refactor', 'refer', 'register', 'release', 'remove', 'renew', 'repair', 'replace', 'report',
  'request', 'resolve', 'respond', 'restructure', 'retain', 'return', 'review', 'rewrite', 'run', 'save', 'schedule', 'score',
  'secure', 'sell', 'send', 'serve', 'set', 'ship', 'shorten', 'sign', 'simplify', 'sleep', 'solve', 'speak', 'spend',
  'standardise', 'standardize', 'start', 'stop', 'study', 'submit', 'survey', 'swim', 'take', 'teach', 'test', 'train',
  'transfer', 'transition', 'translate', 'travel', 'triple', 'quadruple', 'update', 'upgrade', 'use', 'visit', 'volunteer',
  'walk', 'win', 'write', 'decrease', 'decline', 'shrink', 'lessen', 'contain', 'limit', 'prevent', 'cap', 'halt', 'end',
  'screen', 'vaccinate', 'immunize', 'immunise', 'test', 'treat', 'enrol', 'admit', 'discharge', 'refer', 'counsel',
]);

/** Verbs too vague to say what will be done (smart.md). */
export const VAGUE_VERBS: ReadonlySet<string> = new Set([
  'improve', 'enhance', 'optimise', 'optimize', 'try', 'explore', 'strengthen', 'support', 'foster', 'promote', 'encourage',
  'leverage', 'address', 'consider', 'advance', 'develop', 'work', 'focus', 'look', 'strive', 'aim', 'ensure', 'understand',
  'know', 'continue', 'grasp', 'appreciate', 'embrace', 'nurture', 'empower', 'facilitate', 'want', 'wish', 'like',
]);

/** Open-ended targets: without a number they say nothing concrete (smart.md). */
export const OPEN_ENDED: ReadonlySet<string> = new Set([
  'more', 'better', 'best', 'higher', 'highest', 'greater', 'bigger', 'faster', 'soon', 'sooner', 'early', 'earlier',
  'significantly', 'substantially', 'considerably', 'greatly', 'dramatically', 'consistently', 'good', 'great', 'top',
  'world-class', 'best-in-class', 'eventually', 'someday', 'successful', 'happy', 'awesome',
]);

export const OPEN_ENDED_PHRASES = /\b(?:as (?:much|many|soon|quickly|fast|high|well) as possible|the highest possible|world[- ]class|best[- ]in[- ]class|state[- ]of[- ]the[- ]art)\b/i;

export const WEAK_WORDS: ReadonlySet<string> = new Set([
  'try', 'trying', 'maybe', 'hope', 'hopefully', 'might', 'consider', 'possibly', 'attempt', 'perhaps', 'ideally', 'should',
  'could', 'somewhat',
]);

export const UNCHECKABLE = /\b(?:properly|fully|as expected|as much as possible|as soon as possible|asap|best[- ]in[- ]class|world[- ]class|significantly|substantially|appropriately|adequately|efficiently|effectively|seamless(?:ly)?|robust)\b/i;

export const PURPOSE = /\b(?:so that|so we|so employees|so (?:i|they|he|she|our|the)\b|to support|in order to|which will|to help|to enable|to ensure|to reach|to meet|to achieve|because|contributing to|in support of|aligned with|as part of|to educate|to increase my|to improve|to reduce|to promote|leading to)\b/i;

/** A leading purpose clause: "To improve customer satisfaction, I will ...". */
export const LEADING_PURPOSE = /^\s*to\s+[a-z]+[^,.;]{2,80},/i;

/** Nouns that name a metric, so that "NPS of 50" or "churn below 3" counts as measurable and as a specific state. */
export const METRIC_NOUNS: readonly string[] = [
  'nps', 'csat', 'ces', 'mrr', 'arr', 'gpa', 'revenue', 'sales', 'churn', 'margin', 'score', 'scores', 'rate', 'ratio', 'cost',
  'costs', 'time', 'times', 'wait', 'throughput', 'output', 'yield', 'uptime', 'availability', 'satisfaction', 'retention',
  'conversion', 'budget', 'headcount', 'turnover', 'accuracy', 'errors', 'defects', 'incidents', 'backlog', 'inventory',
  'stock', 'profit', 'ebitda', 'volume', 'users', 'customers', 'leads', 'tickets', 'visits', 'orders', 'units', 'rating',
  'level', 'grade', 'coverage', 'attendance', 'weight', 'spend', 'spending', 'traffic', 'engagement', 'participation',
];

/** Number words, so that "three focus groups" is a count. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, once: 1, twice: 2,
};

/** Words before a number that make it an identifier, not a quantity: "Grade 4", "line 3", "ISO 9001", "week 6". */
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  'grade', 'grades', 'line', 'lines', 'version', 'v', 'phase', 'tier', 'step', 'building', 'plant', 'site', 'store', 'room',
  'unit', 'week', 'term', 'chapter', 'page', 'section', 'article', 'level', 'machine', 'row', 'class', 'year', 'day', 'month',
  'quarter', 'q', 'h', 'fy', 'sprint', 'release', 'module', 'route', 'ward', 'floor', 'wave', 'cohort', 'no', 'number',
]);

/** Words that are never the verb of a goal, though they sit where a verb could: determiners, pronouns, prepositions... */
export const CLOSED_CLASS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'i', 'we', 'you',
  'they', 'he', 'she', 'it', 'me', 'us', 'them', 'all', 'each', 'every', 'any', 'some', 'no', 'not', 'and', 'or', 'but',
  'by', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'into', 'within', 'over', 'under', 'during', 'before', 'after',
  'until', 'through', 'per', 'than', 'as', 'if', 'so', 'then', 'there', 'here', 'also', 'only', 'just', 'very', 'be',
  'been', 'being', 'is', 'are', 'was', 'were', 'am', 'will', 'shall', 'would', 'can', 'could', 'should', 'must', 'may',
  'might', 'do', 'does', 'did', 'more', 'less', 'most', 'least', 'new', 'next', 'last', 'able', 'percent', 'about', 'around',
  'approximately', 'both', 'either', 'neither', 'such', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'how', 'why',
]);

/** Words with a verb suffix (-ate, -ize...) that are not verbs. */
export const NOT_VERBS: ReadonlySet<string> = new Set([
  'rate', 'state', 'date', 'climate', 'senate', 'private', 'accurate', 'adequate', 'appropriate', 'ultimate', 'corporate',
  'late', 'plate', 'candidate', 'certificate', 'size', 'prize', 'associate', 'delegate', 'advocate', 'senate',
  'immediate', 'intermediate', 'moderate', 'separate', 'approximate', 'literate', 'considerate', 'elaborate',
]);

/** Irregular past participles, for the passive "be promoted" / "be given" as the action. */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  'given', 'taken', 'written', 'done', 'made', 'built', 'sold', 'held', 'won', 'chosen', 'seen', 'known', 'shown', 'met', 'paid',
  'kept', 'taught', 'brought', 'bought', 'set', 'cut', 'sent', 'spent', 'run', 'begun', 'drawn', 'grown', 'read', 'led',
]);

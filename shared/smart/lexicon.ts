/** Word lists of the SMART analyser, kept apart from the rules so they can grow from real sentences. */

export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'increase', 'reduce', 'launch', 'hire', 'grow', 'cut', 'ship', 'open', 'close', 'raise', 'lower', 'decrease', 'achieve',
  'deliver', 'complete', 'onboard', 'train', 'publish', 'migrate', 'build', 'create', 'implement', 'introduce', 'release',
  'sign', 'win', 'acquire', 'recruit', 'double', 'triple', 'halve', 'eliminate', 'expand', 'boost', 'shorten', 'automate',
  'replace', 'roll', 'deploy', 'certify', 'attain', 'reach', 'produce', 'sell', 'convert', 'retain', 'resolve', 'answer',
  'process', 'ship', 'digitise', 'digitize', 'consolidate', 'standardise', 'standardize', 'deploy', 'run', 'hold', 'host',
  'secure', 'generate', 'save', 'lift', 'drive', 'minimise', 'minimize', 'maximise', 'maximize', 'decline', 'drop', 'fill',
  'schedule', 'finish', 'submit', 'audit', 'renew', 'upgrade', 'add', 'publish', 'design', 'pilot', 'test', 'survey', 'measure',
]);

export const VAGUE_VERBS: ReadonlySet<string> = new Set([
  'improve', 'enhance', 'optimise', 'optimize', 'try', 'explore', 'strengthen', 'support', 'foster', 'promote', 'encourage',
  'leverage', 'address', 'consider', 'maybe', 'better', 'advance', 'develop', 'work', 'focus', 'look', 'strive', 'aim',
]);

export const WEAK_WORDS: ReadonlySet<string> = new Set([
  'try', 'trying', 'maybe', 'hope', 'hopefully', 'might', 'consider', 'possibly', 'attempt', 'perhaps', 'ideally', 'should',
  'could', 'somewhat',
]);

export const UNCHECKABLE = /\b(?:properly|fully|as expected|as much as possible|as soon as possible|asap|best[- ]in[- ]class|world[- ]class|significantly|substantially|appropriately|adequately|efficiently|effectively|seamless(?:ly)?|robust)\b/i;

export const PURPOSE = /\b(?:so that|so we|to support|in order to|which will|to help|to enable|to ensure|to reach|to meet|to achieve|because|contributing to|in support of|aligned with|as part of)\b/i;

/** Nouns that name a metric, so that "NPS of 50" or "churn below 3" counts as measurable. */
export const METRIC_NOUNS: readonly string[] = [
  'nps', 'csat', 'ces', 'mrr', 'arr', 'revenue', 'sales', 'churn', 'margin', 'score', 'rate', 'ratio', 'cost', 'costs', 'time',
  'times', 'wait', 'throughput', 'output', 'yield', 'uptime', 'availability', 'satisfaction', 'retention', 'conversion', 'budget',
  'headcount', 'turnover', 'accuracy', 'errors', 'defects', 'incidents', 'backlog', 'inventory', 'stock', 'profit', 'ebitda',
  'volume', 'users', 'customers', 'leads', 'tickets', 'visits', 'orders', 'units', 'rating', 'level', 'days', 'hours', 'minutes',
];

export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'eighteen', 'twenty',
  'thirty', 'a few', 'several',
];

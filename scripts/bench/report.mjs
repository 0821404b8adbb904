// One line per figure: name, measured value, budget, and whether it is met. bench.mjs exits non-zero on a miss.
export const results = [];

export function figure(name, value, unit, budget) {
  const ok = budget ? budget.test(value) : true;
  results.push({ name, value, unit, budget: budget?.text ?? '', ok });
  const v = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : String(value);
  console.log(`${ok ? 'ok  ' : 'MISS'} ${name.padEnd(58)} ${`${v} ${unit}`.padEnd(18)} ${budget ? `budget ${budget.text}` : ''}`);
  return ok;
}

export const atMost = (limit, unit = '') => ({ test: (v) => v <= limit, text: `<= ${limit}${unit ? ' ' + unit : ''}` });
export const atLeast = (limit, unit = '') => ({ test: (v) => v >= limit, text: `>= ${limit}${unit ? ' ' + unit : ''}` });
export const equalTo = (expected, text) => ({ test: (v) => v === expected, text: text ?? `= ${expected}` });

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

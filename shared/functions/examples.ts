/**
 * Worked examples of every custom function, as data beside the registry. The build writes them into docs/functions.md
 * (formula text in the Excel and the Sheets spelling, the cells they read, the result) and test/docs/examples.test.ts
 * evaluates each on both BUILT bundles, so an example whose stated result is wrong fails a test.
 */

/** A date cell, written as DATE(y,m,d) in a formula. */
export interface ExampleDate {
  date: [number, number, number];
}
/** One cell: a number, a text, a boolean, a date, or null for an empty cell. */
export type ExampleCell = number | string | boolean | null | ExampleDate;
/** An argument given as a range of cells: its address in the formula and what the cells hold. */
export interface ExampleRange {
  range: string;
  cells: ExampleCell[][];
}
export type ExampleArg = ExampleCell | ExampleRange;
/** An error result: its code (Excel's cell, and Sheets' per-row form; a single Sheets result shows #ERROR!). */
export interface ExampleError {
  error: '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!';
}
export type ExampleResult = ExampleCell | ExampleError | ExampleCell[][];

export interface FunctionExample {
  /** What the example shows, one sentence. */
  what: string;
  /** The arguments in order; trailing optional ones left out are not typed. */
  args: ExampleArg[];
  /** The result: a single value, an error, or the spilled column / rows. Numbers are compared to 1e-9. */
  result: ExampleResult;
  /** The result is stated to this many decimals (the test rounds what the bundle gives before comparing). */
  round?: number;
}

const d = (y: number, m: number, day: number): ExampleDate => ({ date: [y, m, day] });
const col = (range: string, ...cells: ExampleCell[]): ExampleRange => ({ range, cells: cells.map((c) => [c]) });

/** The check-in log of the tracking examples: KPI ID in B, date in C, value in D, confidence in E. */
const LOG_IDS = col('B2:B6', 'K1', 'K2', 'K1', 'K1', 'K2');
const LOG_DATES = col('C2:C6', d(2026, 1, 5), d(2026, 1, 7), d(2026, 2, 5), d(2026, 3, 5), d(2026, 2, 9));
const LOG_VALUES = col('D2:D6', 10, 50, 12, 15, 45);
const LOG_CONFIDENCE = col('E2:E6', 'On track', 'At risk', 'On track', 'At risk', 'Off track');
const KPIS = col('H2:H3', 'K1', 'K2');

export const EXAMPLES: Readonly<Record<string, readonly FunctionExample[]>> = {
  KPI_ATTAINMENT: [
    { what: '90 against a target of 100 is 90 % of the way.', args: [90, 100], result: 0.9 },
    { what: 'With a baseline: from 50 to 100, now at 80, is 60 % of the way.', args: [80, 100, 50], result: 0.6 },
    { what: 'Lower is better: churn from 10 % down to 5 %, now 7 %, is 60 % of the way.', args: [0.07, 0.05, 0.1, 'lower'], result: 0.6 },
    { what: 'A level to hold: at least 95 % uptime, measured 96 %, is met.', args: [0.96, 0.95, null, 'at least'], result: 1 },
    { what: 'A column at once: one result per row; an empty row gives an empty result.', args: [col('C2:C4', 45, null, 120), col('D2:D4', 50, 100, 100)], result: [[0.9], [''], [1.2]] },
    { what: 'Text where a number belongs is an error that says what to fix.', args: ['ninety', 100], result: { error: '#VALUE!' } },
  ],
  KPI_STATUS: [
    { what: 'Attainment at or above 1 is Green.', args: [1.02], result: 'Green' },
    { what: 'From 0.9 (the default yellow_at) it is Yellow.', args: [0.93], result: 'Yellow' },
    { what: 'Below yellow_at it is Red; here yellow starts at 0.8.', args: [0.75, 1, 0.8], result: 'Red' },
  ],
  KPI_PACE: [
    {
      what: 'Half the year gone and 60 % of the way there: ahead of the straight line.',
      args: [60, 100, d(2026, 1, 1), d(2026, 12, 31), d(2026, 7, 2)],
      result: 1.2,
    },
    {
      what: 'Before the start there is no pace yet.',
      args: [0, 100, d(2026, 1, 1), d(2026, 12, 31), d(2025, 12, 1)],
      result: '',
    },
  ],
  KPI_FORECAST: [
    { what: 'Sales of 10, 12 and 14 in periods 1 to 3, forecast for period 6.', args: [col('B2:B4', 10, 12, 14), col('A2:A4', 1, 2, 3), 6], result: 20 },
  ],
  KPI_LATEST: [
    {
      what: 'The latest value of each KPI from the check-in log.',
      args: [KPIS, LOG_IDS, LOG_DATES, LOG_VALUES],
      result: [[15], [45]],
    },
    {
      what: 'Their confidence as it stood on 28 February.',
      args: [KPIS, LOG_IDS, LOG_DATES, LOG_CONFIDENCE, d(2026, 2, 28)],
      result: [['On track'], ['Off track']],
    },
  ],
  KPI_NEXT_UPDATE: [
    { what: 'Monthly after 31 January is due on 28 February (months count as in EDATE).', args: [d(2026, 1, 31), 'Monthly'], result: d(2026, 2, 28) },
    { what: 'No check-in yet: one week after the start.', args: [null, 'Weekly', d(2026, 1, 5)], result: d(2026, 1, 12) },
  ],
  KPI_SPARKLINE: [
    { what: "K1's check-ins 10, 12, 15 in date order, lowest to highest bar.", args: [col('H2', 'K1'), LOG_IDS, LOG_DATES, LOG_VALUES], result: '▁▄█' },
  ],
  KPI_PROJECTION: [
    {
      what: "Where K1 is heading at the end of March, on the straight line through its three check-ins.",
      args: [col('H2', 'K1'), LOG_IDS, LOG_DATES, LOG_VALUES, d(2026, 3, 31)],
      result: 16.97,
      round: 2,
    },
  ],
  NPS: [
    {
      what: 'Ten answers: four promoters (9-10), three passives, three detractors (0-6).',
      args: [col('A2:A11', 10, 9, 9, 10, 8, 7, 7, 6, 3, 0)],
      result: 10,
    },
    { what: 'Blanks are skipped: two promoters out of two answers.', args: [col('A2:A4', 10, null, 9)], result: 100 },
    { what: 'An answer outside 0-10 is an error naming it.', args: [col('A2:A3', 10, 11)], result: { error: '#VALUE!' } },
  ],
  NPS_MOE: [
    {
      what: 'The margin of error of the ten answers above, at 95 % confidence, in NPS points.',
      args: [col('A2:A11', 10, 9, 9, 10, 8, 7, 7, 6, 3, 0)],
      result: 51.48,
      round: 2,
    },
  ],
  CSAT: [
    { what: 'Answers 5, 4, 3, 5, 2 on a 5-point scale: three of five are 4 or 5.', args: [col('A2:A6', 5, 4, 3, 5, 2)], result: 0.6 },
    { what: 'On a 10-point scale, satisfied from 8.', args: [col('A2:A5', 9, 7, 8, 10), 10, 8], result: 0.75 },
  ],
  CES: [
    { what: 'The mean of 2, 3, 5 and 6 on the default 7-point scale.', args: [col('A2:A5', 2, 3, 5, 6)], result: 4 },
  ],
  OKR_SCORE: [
    { what: 'Three key results at 0.5, 1.2 (counts as 1) and 0.6, equally weighted.', args: [col('C2:C4', 0.5, 1.2, 0.6)], result: 0.7 },
    { what: 'The same, the first key result weighing double.', args: [col('C2:C4', 0.5, 1.2, 0.6), col('D2:D4', 2, 1, 1)], result: 0.65 },
  ],
  ROLLUP: [
    { what: 'A weighted mean that is not clamped: 1.2 stays 1.2.', args: [col('C2:C4', 0.5, 1.2, 0.6), col('D2:D4', 2, 1, 1)], result: 0.7 },
  ],
  CASCADE_ROLLUP: [
    {
      what: 'G1 has two child goals; G2 has two KPIs (0.8 and 1), G3 one (0.6). G2 = 0.9, G3 = 0.6, G1 their mean 0.75.',
      args: [
        col('A2:A4', 'G1', 'G2', 'G3'),
        col('B2:B4', null, 'G1', 'G1'),
        col('E2:E4', 'G2', 'G2', 'G3'),
        col('F2:F4', 0.8, 1, 0.6),
      ],
      result: [[0.75], [0.9], [0.6]],
    },
  ],
  SMART_SCORE: [
    { what: 'A goal that is specific, measurable and time-bound, linked to a parent goal.', args: ['Increase monthly recurring revenue from 80k to 100k by 31 December 2026', null, 'G1'], result: 5 },
    { what: 'A vague wish scores low: no action, no number, no deadline.', args: ['Sell more'], result: 2 },
  ],
  SMART_CHECK: [
    { what: 'The same goal passes.', args: ['Increase monthly recurring revenue from 80k to 100k by 31 December 2026', null, 'G1'], result: 'SMART' },
  ],
  KPI_EVAL: [
    {
      what: 'Revenue per customer from two named inputs.',
      args: [ 'revenue / customers', { range: 'A2:B2', cells: [['revenue', 'customers']] }, { range: 'A3:B3', cells: [[120000, 400]] }],
      result: 300,
    },
    {
      what: 'A blank input gives an empty result, as on empty template rows.',
      args: ['revenue / customers', { range: 'A2:B2', cells: [['revenue', 'customers']] }, { range: 'A3:B3', cells: [[120000, null]] }],
      result: '',
    },
  ],
};

export const isRange = (a: ExampleArg): a is ExampleRange => typeof a === 'object' && a !== null && 'range' in a;
export const isDate = (a: unknown): a is ExampleDate => typeof a === 'object' && a !== null && 'date' in a;
export const isError = (a: unknown): a is ExampleError => typeof a === 'object' && a !== null && 'error' in a;

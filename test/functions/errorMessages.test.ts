/**
 * Every error the functions give, with its code AND its whole message (functions.md "Errors": "a typed error with a
 * message that tells the user what to fix"; the user reads it in the cell, so a message is behaviour). One row per
 * throw site of shared/functions/*.ts, and both sides of every branch that picks between two messages or two codes.
 * The expected texts are written out by hand from the spec's rules: the argument's name, the value given (in the user's
 * words: TRUE, 2025-01-01, "text"), the allowed range or form and what to do.
 */
import { describe, expect, it } from 'vitest';
import { errorOf } from './errorOf';
import {
  FUNCTION_BY_NAME, GoalError, perRow, setDateReading, toNumber, toOption, type ErrorCode,
} from '../../shared/functions';

const fn = (name: string) => FUNCTION_BY_NAME.get(name)!.impl;
const [KPI_ATTAINMENT, KPI_STATUS, KPI_PACE, KPI_FORECAST] = ['KPI_ATTAINMENT', 'KPI_STATUS', 'KPI_PACE', 'KPI_FORECAST'].map(fn);
const [NPS, NPS_MOE, CSAT, CES] = ['NPS', 'NPS_MOE', 'CSAT', 'CES'].map(fn);
const [OKR_SCORE, ROLLUP, CASCADE_ROLLUP] = ['OKR_SCORE', 'ROLLUP', 'CASCADE_ROLLUP'].map(fn);
const [SMART_SCORE, SMART_CHECK, KPI_EVAL] = ['SMART_SCORE', 'SMART_CHECK', 'KPI_EVAL'].map(fn);
const [KPI_LATEST, KPI_NEXT_UPDATE, KPI_SPARKLINE, KPI_PROJECTION] = ['KPI_LATEST', 'KPI_NEXT_UPDATE', 'KPI_SPARKLINE', 'KPI_PROJECTION'].map(fn);

const col = (...xs: unknown[]) => xs.map((x) => [x]);
/** A call whose error sits in one element of an array result (per-row and tree functions): thrown, for errorOf. */
const cell = (f: () => unknown, r: number, c = 0) => () => {
  const out = f() as unknown[][];
  const e = out[r][c];
  if (!(e instanceof GoalError)) throw new Error(`element ${r},${c} is ${String(e)}, not an error`);
  throw e;
};
const ALLOWED = 'min, max, abs, round, sqrt, exp, log, mean, sum';
const AS_DATE = 'must be a date (a date cell, a serial number or YYYY-MM-DD text)';

type Row = [label: string, call: () => unknown, code: ErrorCode, message: string];

function check(rows: Row[]) {
  it.each(rows)('%s', (_label, call, code, message) => {
    const e = errorOf(call);
    expect(e.message).toBe(message);
    expect(e.code).toBe(code);
  });
}

describe('coerce.ts: how arguments are read', () => {
  check([
    // An error cell in a per-row function: its own code where the core has one, else #VALUE!.
    ['error cell #N/A keeps its code', () => KPI_ATTAINMENT('#N/A', 100), 'NA', 'actual is #N/A in its cell: fix that cell first.'],
    ['error cell #REF! becomes #VALUE!', () => KPI_ATTAINMENT(100, '#REF!'), 'VALUE', 'target is #REF! in its cell: fix that cell first.'],
    ['error cell #DIV/0! keeps its code', () => KPI_STATUS({ code: '#DIV/0!' }), 'DIV0', 'attainment is #DIV/0! in its cell: fix that cell first.'],
    // Aggregates: a single argument, a 2-D range and a flat list.
    ['aggregate, a single error cell', () => KPI_FORECAST(col(1, 2), col(1, 2), '#NUM!'), 'VALUE', 'at is #NUM! in its cell: fix that cell first.'],
    ['aggregate, error in a 2-D range', () => KPI_FORECAST([[1, 2], [3, '#N/A']], [[1, 2], [3, 4]], 5), 'VALUE', 'values has #N/A at row 2, column 2 of the range: fix that cell first.'],
    ['aggregate, error in a flat list', () => ROLLUP([1, '#DIV/0!']), 'VALUE', 'values has #DIV/0! at row 1, column 2 of the range: fix that cell first.'],
    // toNumber.
    ['Infinity', () => KPI_STATUS(Infinity), 'NUM', 'attainment is a number too large to use; give a finite number.'],
    ['-Infinity', () => KPI_STATUS(-Infinity), 'NUM', 'attainment is a negative number too large to use; give a finite number.'],
    ['NaN', () => KPI_STATUS(NaN), 'NUM', 'attainment is an invalid number; give a finite number.'],
    ['text', () => KPI_STATUS('high'), 'VALUE', 'attainment must be a number, not the text "high".'],
    ['long text is shortened', () => KPI_STATUS('x'.repeat(50)), 'VALUE', `attainment must be a number, not the text "${'x'.repeat(37)}...".`],
    ['text of 40 characters is whole', () => KPI_STATUS('y'.repeat(40)), 'VALUE', `attainment must be a number, not the text "${'y'.repeat(40)}".`],
    ['TRUE', () => KPI_STATUS(true), 'VALUE', 'attainment must be a number, not TRUE.'],
    ['FALSE', () => KPI_STATUS(false), 'VALUE', 'attainment must be a number, not FALSE.'],
    ['error text where a number is read', () => NPS_MOE(col(10), '#N/A'), 'VALUE', 'confidence is #N/A in its cell: fix that cell first.'],
    ['Excel error object where a number is read', () => NPS_MOE(col(10), { code: '#N/A' }), 'VALUE', 'confidence is #N/A in its cell: fix that cell first.'],
    ['another object', () => NPS_MOE(col(10), {}), 'VALUE', 'confidence must be a number, not a value that is not a number, text or date.'],
    ['a range inside a cell', () => KPI_STATUS([[[1]]]), 'VALUE', 'attainment must be a number, not a range inside a cell.'],
    ['a blank (toNumber itself)', () => toNumber(null, 'actual'), 'VALUE', 'actual must be a number, not a blank.'],
    // Dates.
    ['an invalid Date', () => KPI_STATUS(new Date(NaN)), 'VALUE', 'attainment is not a valid date.'],
    ['an invalid Date without a name', () => SMART_CHECK(new Date(NaN)), 'VALUE', 'the date is not a valid date.'],
    ['not a calendar date', () => KPI_PACE(90, 100, '2025-02-30', '2025-12-31', '2025-06-01'), 'VALUE', 'start "2025-02-30" is not a calendar date.'],
    ['hour 24', () => KPI_PACE(90, 100, '2025-01-01T24:00', '2025-12-31', '2025-06-01'), 'VALUE', 'start "2025-01-01T24:00" is not a time of day.'],
    ['minute 60', () => KPI_PACE(90, 100, '2025-01-01', '2025-12-31T23:60', '2025-06-01'), 'VALUE', 'end "2025-12-31T23:60" is not a time of day.'],
    ['second 60', () => KPI_PACE(90, 100, '2025-01-01', '2025-12-31', '2025-06-01 10:00:60'), 'VALUE', 'as_of "2025-06-01 10:00:60" is not a time of day.'],
    ['text that is no date', () => KPI_PACE(90, 100, 'soon', '2025-12-31', '2025-06-01'), 'VALUE', `start ${AS_DATE}, not "soon".`],
    ['TRUE as a date', () => KPI_PACE(90, 100, true, '2025-12-31', '2025-06-01'), 'VALUE', 'start must be a date, not TRUE.'],
    ['a Date in a message: its day', () => SMART_CHECK(new Date(2025, 0, 1)), 'VALUE', 'goal must be the text of a goal statement, not 2025-01-01.'],
    ['a Date in a message: its time', () => SMART_CHECK(new Date(2025, 0, 1, 18, 30)), 'VALUE', 'goal must be the text of a goal statement, not 2025-01-01T18:30.'],
    ['-0 in a message is 0', () => KPI_NEXT_UPDATE(45000, -0), 'VALUE', 'frequency must be Daily, Weekly, Monthly, Quarterly or Yearly, not 0.'],
    // Text options.
    ['option, an error cell (toOption itself)', () => toOption('#N/A', 'direction', ['higher', 'lower']), 'VALUE', 'direction is #N/A in its cell: fix that cell first.'],
    ['option, an invalid Date (toOption itself)', () => toOption(new Date(NaN), 'direction', ['higher', 'lower']), 'VALUE', 'direction must be one of "higher", "lower", not an invalid date.'],
    ['option, a number', () => KPI_ATTAINMENT(5, 10, '', 5), 'VALUE', 'direction must be one of "higher", "lower", "at least", "at most", not 5.'],
    ['option, other text', () => KPI_ATTAINMENT(5, 10, '', ' up '), 'VALUE', 'direction must be one of "higher", "lower", "at least", "at most", not " up ".'],
  ]);

  it('a Date whose wall clock cannot be read is not a valid date', () => {
    const previous = setDateReading({ wallClock: () => NaN });
    try {
      const e = errorOf(() => KPI_STATUS(new Date(2025, 0, 1)));
      expect(e.message).toBe('attainment is not a valid date.');
      expect(e.code).toBe('VALUE');
    } finally {
      setDateReading(previous);
    }
  });
});

describe('vectorise.ts: shapes and results', () => {
  const k = (a: unknown) => a as number;
  check([
    ['a result too large', () => KPI_ATTAINMENT(1e308, 1e-10), 'NUM', 'The result is too large to show from these inputs; check them.'],
    ['a result that cannot be computed', () => ROLLUP(col(1, 1), col(1e308, 1e308)), 'NUM', 'The result cannot be computed from these inputs; check them.'],
    ['a result too large, in one element', cell(() => KPI_ATTAINMENT(col(1, 1e308), col(1, 1e-10)), 1), 'NUM', 'The result is too large to show from these inputs; check them.'],
    ['ranges of two sizes', () => KPI_STATUS(col(1, 2, 3), col(1, 1)), 'VALUE', 'green_at is 2x1 but attainment is 3x1; ranges must have the same size.'],
    ['ranges of two sizes, unnamed', () => perRow(k, [col(1, 2, 3), [[1, 2]]], []), 'VALUE', 'an argument is 1x2 but another argument is 3x1; ranges must have the same size.'],
    ['an error cell, unnamed', () => perRow(k, ['#N/A'], []), 'NA', 'an argument is #N/A in its cell: fix that cell first.'],
  ]);
});

describe('kpi.ts', () => {
  check([
    ['"at least" with a target of 0', () => KPI_ATTAINMENT(5, 0, '', 'at least'), 'VALUE', 'The target is 0; for "at least" it must be above 0.'],
    ['"at most" with an actual of -1', () => KPI_ATTAINMENT(-1, -5, '', 'at most'), 'VALUE', 'The actual is -1; for "at most" above the target it must be above 0.'],
    ['target equals baseline', () => KPI_ATTAINMENT(5, 10, 10), 'DIV0', 'The target equals the baseline, so there is no distance to cover.'],
    ['"lower" but target above baseline', () => KPI_ATTAINMENT(5, 10, 0, 'lower'), 'VALUE', "direction 'lower' but the target is above the baseline; fix the direction or the target."],
    ['"higher" but target below baseline', () => KPI_ATTAINMENT(5, 0, 10, 'higher'), 'VALUE', "direction 'higher' but the target is below the baseline; fix the direction or the target."],
    ['no baseline, target below 0', () => KPI_ATTAINMENT(5, -2), 'VALUE', 'The target is -2; without a baseline it must be above 0. Give a baseline (the starting value).'],
    ['no baseline, target 0, "lower"', () => KPI_ATTAINMENT(5, 0, '', 'lower'), 'VALUE', 'The target is 0; without a baseline it must be above 0. Give a baseline (the starting value).'],
    ['a bad actual', () => KPI_ATTAINMENT('lots', 10), 'VALUE', 'actual must be a number, not the text "lots".'],
    ['a bad baseline', () => KPI_ATTAINMENT(5, 10, 'zero'), 'VALUE', 'baseline must be a number, not the text "zero".'],
    ['yellow above green', () => KPI_STATUS(0.5, 0.8, 0.85), 'VALUE', 'yellow_at (0.85) is above green_at (0.8); yellow must start at or below green.'],
    ['a bad green_at', () => KPI_STATUS(0.5, 'x'), 'VALUE', 'green_at must be a number, not the text "x".'],
    ['a bad yellow_at', () => KPI_STATUS(0.5, 1, 'y'), 'VALUE', 'yellow_at must be a number, not the text "y".'],
    ['end before start', () => KPI_PACE(90, 100, 45700, 45600, 45650), 'VALUE', 'The end date must be after the start date.'],
    ['end on start', () => KPI_PACE(90, 100, '2025-01-01', '2025-01-01', '2025-06-01'), 'VALUE', 'The end date must be after the start date.'],
    ['a bad as_of', () => KPI_PACE(90, 100, 45600, 45700, 'today'), 'VALUE', `as_of ${AS_DATE}, not "today".`],
    ['values and dates of two sizes', () => KPI_FORECAST(col(1, 2, 3), col(1, 2), 4), 'VALUE', 'values has 3 cells but dates has 2; give one date per value.'],
    ['at blank', () => KPI_FORECAST(col(1, 2), col(1, 2), ''), 'VALUE', 'at is blank; give the date or period to forecast.'],
    ['a bad at', () => KPI_FORECAST(col(1, 2), col(1, 2), 'soon'), 'VALUE', `at ${AS_DATE}, not "soon".`],
    ['a bad value', () => KPI_FORECAST(col(1, 'x'), col(1, 2), 3), 'VALUE', 'value 2 must be a number, not the text "x".'],
    ['a bad date', () => KPI_FORECAST(col(1, 2), col(1, 'soon'), 3), 'VALUE', `date 2 ${AS_DATE}, not "soon".`],
    ['one pair', () => KPI_FORECAST(col(1), col(1), 2), 'NA', 'KPI_FORECAST needs at least two (date, value) pairs.'],
    ['one pair and a value left blank', () => KPI_FORECAST(col(1, ''), col(1, 2), 3), 'NA',
      'KPI_FORECAST needs at least two (date, value) pairs. Value 2 is blank but its date is 2: fill the value or clear the date.'],
    ['one pair and a date left blank', () => KPI_FORECAST(col(1, 5), col(1, ''), 3), 'NA',
      'KPI_FORECAST needs at least two (date, value) pairs. Value 2 is 5 but its date is blank: fill the date or clear the value.'],
    ['only the first half-filled pair is named', () => KPI_FORECAST(col(1, '', 7), col(1, 2, ''), 3), 'NA',
      'KPI_FORECAST needs at least two (date, value) pairs. Value 2 is blank but its date is 2: fill the value or clear the date.'],
    ['all on one date', () => KPI_FORECAST(col(1, 2), col(3, 3), 4), 'NA', 'All points are on one date (3); a trend needs at least two dates.'],
    ['all on one date, naming a point used', () => KPI_FORECAST(col('', 1, 2), col(9, 3, 3), 4), 'NA',
      'All points are on one date (3); a trend needs at least two dates. Value 1 is blank but its date is 9: fill the value or clear the date.'],
    ['a forecast too large', () => KPI_FORECAST(col(1e308, -1e308), col(1, 2), 1e10), 'NUM', 'The forecast is too large to show from these inputs; check them.'],
  ]);
});

describe('survey.ts', () => {
  check([
    ['NPS, a number out of range', () => NPS([[10, 9], [7, 11]]), 'VALUE', '11 at row 2, column 2 of the range is not an answer from 0 to 10; NPS needs whole numbers 0-10.'],
    ['NPS, text in a flat list', () => NPS([10, 'great']), 'VALUE', '"great" at row 1, column 2 of the range is not an answer from 0 to 10; NPS needs whole numbers 0-10.'],
    ['NPS, a single fraction', () => NPS(8.5), 'VALUE', '8.5 at row 1, column 1 of the range is not an answer from 0 to 10; NPS needs whole numbers 0-10.'],
    ['NPS, TRUE', () => NPS([[true]]), 'VALUE', 'TRUE at row 1, column 1 of the range is not an answer from 0 to 10; NPS needs whole numbers 0-10.'],
    ['NPS, -1 as text', () => NPS(col(10, '-1')), 'VALUE', '"-1" at row 2, column 1 of the range is not an answer from 0 to 10; NPS needs whole numbers 0-10.'],
    ['NPS, an error cell', () => NPS(col(10, '#N/A')), 'VALUE', 'scores has #N/A at row 2, column 1 of the range: fix that cell first.'],
    ['NPS, an error cell in a flat list', () => NPS([10, 9, { code: '#REF!' }]), 'VALUE', 'scores has #REF! at row 1, column 3 of the range: fix that cell first.'],
    ['NPS, no answers', () => NPS([['', null]]), 'NA', 'There are no answers in the range; NPS needs at least one answer from 0 to 10.'],
    ['NPS_MOE, no answers', () => NPS_MOE([['']]), 'NA', 'There are no answers in the range; NPS needs at least one answer from 0 to 10.'],
    ['NPS_MOE, confidence 1.5', () => NPS_MOE(col(10), 1.5), 'VALUE', 'confidence must be between 0 and 1 (for example 0.95), not 1.5.'],
    ['NPS_MOE, confidence 0', () => NPS_MOE(col(10), 0), 'VALUE', 'confidence must be between 0 and 1 (for example 0.95), not 0.'],
    ['NPS_MOE, confidence 1 in a range', () => NPS_MOE(col(10), [[1]]), 'VALUE', 'confidence must be between 0 and 1 (for example 0.95), not 1.'],
    ['NPS_MOE, confidence as text', () => NPS_MOE(col(10), 'high'), 'VALUE', 'confidence must be a number, not the text "high".'],
    ['CSAT, above the scale', () => CSAT([[5, 6]]), 'VALUE', '6 at row 1, column 2 of the range is outside the scale 1-5 of CSAT.'],
    ['CSAT, text', () => CSAT(col(5, 'good')), 'VALUE', '"good" at row 2, column 1 of the range is outside the scale 1-5 of CSAT.'],
    ['CES, below the scale', () => CES([[0]]), 'VALUE', '0 at row 1, column 1 of the range is outside the scale 1-7 of CES.'],
    ['CES, a single text', () => CES('x'), 'VALUE', '"x" at row 1, column 1 of the range is outside the scale 1-7 of CES.'],
    ['CES, a flat list', () => CES([3, 8]), 'VALUE', '8 at row 1, column 2 of the range is outside the scale 1-7 of CES.'],
    ['CSAT, an error cell', () => CSAT([[5, '#N/A']]), 'VALUE', 'scores has #N/A at row 1, column 2 of the range: fix that cell first.'],
    ['CES, an error cell in a flat list', () => CES([1, '#REF!']), 'VALUE', 'scores has #REF! at row 1, column 2 of the range: fix that cell first.'],
    ['CSAT, no answers', () => CSAT([['']]), 'NA', 'There are no answers in the range; CSAT needs at least one answer from 1 to 5.'],
    ['CES, no answers on a 10-point scale', () => CES(col(''), 10), 'NA', 'There are no answers in the range; CES needs at least one answer from 1 to 10.'],
    ['scale_max 1.5', () => CSAT(col(5), 1.5), 'VALUE', 'scale_max must be a whole number from 2 to 100, not 1.5.'],
    ['scale_max 101', () => CSAT(col(5), 101), 'VALUE', 'scale_max must be a whole number from 2 to 100, not 101.'],
    ['scale_max 1 in a range', () => CES(col(1), [[1]]), 'VALUE', 'scale_max must be a whole number from 2 to 100, not 1.'],
    ['scale_max as text', () => CES(col(1), 'ten'), 'VALUE', 'scale_max must be a number, not the text "ten".'],
    ['satisfied_from above the scale', () => CSAT(col(5), 5, 6), 'VALUE', 'satisfied_from must lie on the scale 1-5, not 6.'],
    ['satisfied_from 0 in a range', () => CSAT(col(5), 10, [[0]]), 'VALUE', 'satisfied_from must lie on the scale 1-10, not 0.'],
    ['satisfied_from as text', () => CSAT(col(5), 5, 'four'), 'VALUE', 'satisfied_from must be a number, not the text "four".'],
  ]);
});

describe('smartFunctions.ts', () => {
  check([
    ['SMART_CHECK, a number', () => SMART_CHECK(5), 'VALUE', 'goal must be the text of a goal statement, not 5.'],
    ['SMART_SCORE, TRUE', () => SMART_SCORE(true), 'VALUE', 'goal must be the text of a goal statement, not TRUE.'],
    ['SMART_SCORE, a number in a range', cell(() => SMART_SCORE(col('Grow revenue', 12)), 1), 'VALUE', 'goal must be the text of a goal statement, not 12.'],
    ['a deadline that is no date', () => SMART_CHECK('Grow revenue by 10%', 'soon'), 'VALUE', `deadline ${AS_DATE}, not "soon".`],
  ]);
});

describe('kpiEval.ts', () => {
  const ab = (f: unknown) => () => KPI_EVAL(f, [['a', 'b']], [[1, 2]]);
  check([
    ['a text constant', ab('"abc" + a'), 'VALUE', 'Only numbers are allowed as constants; found "abc" at character 2.'],
    ['a boolean constant', ab('true + a'), 'VALUE', 'Only numbers are allowed as constants; found \'true\' at character 1.'],
    ['a null constant', ab('null + a'), 'VALUE', 'Only numbers are allowed as constants; found \'null\' at character 1.'],
    ['a name the user called Infinity (fuzz counterexample)', () => KPI_EVAL('higher', [['Infinity']], [[0]]), 'VALUE', "Unknown name 'higher' at character 1; names are: 'Infinity'."],
    ['an unknown name', ab('a + zz'), 'VALUE', "Unknown name 'zz' at character 5; names are: 'a', 'b'."],
    ['an unknown name, no names given', () => KPI_EVAL('zz + 1', [['']], [['']]), 'VALUE', "Unknown name 'zz' at character 1; names are: (none given)."],
    ['an operator', ab('a & b'), 'VALUE', "The operator '&' is not allowed at character 3."],
    ['a word operator', ab('a to b'), 'VALUE', "The operator 'to' is not allowed at character 3."],
    ['a function', ab('b + sin(a)'), 'VALUE', `The function 'sin' is not allowed at character 5; use ${ALLOWED}.`],
    ['a call of something not a name', ab('a[1] ( 2)'), 'VALUE', `The function '?' is not allowed at character 6; use ${ALLOWED}.`],
    ['an assignment', ab('x = 5'), 'VALUE', 'Assignments are not allowed at character 3; write an expression such as revenue / customers.'],
    ['a function definition', ab('f(x) = x'), 'VALUE', 'Assignments are not allowed at character 6; write an expression such as revenue / customers.'],
    ['a matrix', ab('a + [1, 2]'), 'VALUE', `'[1, 2]' is not allowed (array) at character 5; use arithmetic, comparisons and ${ALLOWED}.`],
    ['an index', ab('b + a[1]'), 'VALUE', `'a[1]' is not allowed (accessor) at character 5; use arithmetic, comparisons and ${ALLOWED}.`],
    ['a range', ab('1:3'), 'VALUE', `'1:3' is not allowed (range) at character 1; use arithmetic, comparisons and ${ALLOWED}.`],
    ['formula not text', () => KPI_EVAL(5, 'a', 1), 'VALUE', 'formula must be text such as "revenue / customers", not 5.'],
    ['names and values of two sizes', () => KPI_EVAL('a', [['a', 'b']], [[1]]), 'VALUE', 'names has 2 cells but values has 1; give one value per name.'],
    ['a name that is not text', () => KPI_EVAL('a', [['a', 5]], [[1, 2]]), 'VALUE', 'name 2 must be text such as revenue, not 5.'],
    ['a name that is not usable', () => KPI_EVAL('a', [[' 2x ']], [[1]]), 'VALUE', "'2x' is not a usable name; use letters, digits and _ (starting with a letter)."],
    ['a name that is a function', () => KPI_EVAL('a', [['max']], [[1]]), 'VALUE', "'max' is a function name; rename that input."],
    ['a value that is not a number', () => KPI_EVAL('a', 'a', 'x'), 'VALUE', `the value of 'a' must be a number, not the text "x".`],
    ['a parse error', ab('a +* b'), 'VALUE', 'Cannot read the formula at character 4: Value expected.'],
    ['a parse error without a position', ab('0x'), 'VALUE', 'Cannot read the formula: String "0x" is not a valid number.'],
    ['an evaluation error', ab('round(a, 1, 2)'), 'VALUE', 'The formula could not be evaluated: Too many arguments in function round (expected: 2, actual: 3).'],
    ['not a single number', ab('sqrt(-1)'), 'VALUE', 'The formula must give a single number.'],
    ['a result too large', ab('exp(1000)'), 'NUM', 'The formula result is too large to show from these inputs; check them.'],
    ['a result that cannot be computed', ab('0 / 0'), 'NUM', 'The formula result cannot be computed from these inputs; check them.'],
  ]);
});

describe('rollup.ts', () => {
  const goals = col('G1', 'G2', 'G3');
  const parents = col('', 'G1', 'G1');
  check([
    ['OKR_SCORE, weights of another shape', () => OKR_SCORE(col(0.5, 1), col(1, 1, 1)), 'VALUE', 'weights is 3x1 but progress is 2x1; give one weight per key result, in the same shape.'],
    ['ROLLUP, weights of another shape', () => ROLLUP(col(0.5, 1), [[1, 1]]), 'VALUE', 'weights is 1x2 but values is 2x1; give one weight per value, in the same shape.'],
    ['a negative weight', () => ROLLUP(col(1, 2), col(1, -1)), 'VALUE', 'weight 2 is -1; weights must not be negative.'],
    ['a bad value', () => ROLLUP(col(1, 'x')), 'VALUE', 'value 2 must be a number, not the text "x".'],
    ['a bad progress', () => OKR_SCORE(col('x')), 'VALUE', 'progress 1 must be a number, not the text "x".'],
    ['a bad weight', () => ROLLUP(col(1, 2), col(1, 'heavy')), 'VALUE', 'weight 2 must be a number, not the text "heavy".'],
    ['ROLLUP, nothing to roll up', () => ROLLUP(col('', '')), 'NA', 'There are no values to roll up.'],
    ['ROLLUP, nothing but a blank with a weight', () => ROLLUP(col(''), col(' 2 ')), 'NA', 'There are no values to roll up. Value 1 is blank but its weight is 2: fill the value or clear the weight.'],
    ['ROLLUP, a blank with weight 0 is not named', () => ROLLUP(col('', ''), col(0, '0')), 'NA', 'There are no values to roll up.'],
    ['OKR_SCORE, no key results', () => OKR_SCORE(col(''), col(true)), 'NA',
      'There are no key results with progress; OKR_SCORE needs at least one. Progress 1 is blank but its weight is TRUE: fill the value or clear the weight.'],
    ['all weights zero', () => ROLLUP(col(1, 2), col(0, 0)), 'VALUE', 'The weights are all zero; give at least one a positive weight.'],
    ['all weights of the filled values zero', () => ROLLUP(col(1, '', ''), col(0, 3, 4)), 'VALUE',
      'The weights of the filled values are all zero; value 2 is blank but its weight is 3: fill the value or clear the weight.'],
    ['CASCADE_ROLLUP, parent_ids of another length', () => CASCADE_ROLLUP(goals, col('', 'G1'), col('G1'), col(1)), 'VALUE', 'parent_ids has 2 cells but goal_ids has 3; they must be the same size.'],
    ['CASCADE_ROLLUP, kpi_values of another length', () => CASCADE_ROLLUP(goals, parents, col('G1', 'G2'), col(1)), 'VALUE', 'kpi_values has 1 cells but kpi_goal_ids has 2; they must be the same size.'],
    ['CASCADE_ROLLUP, kpi_weights of another length', () => CASCADE_ROLLUP(goals, parents, col('G1'), col(1), col(1, 2)), 'VALUE', 'kpi_weights has 2 cells but kpi_goal_ids has 1; they must be the same size.'],
    ['CASCADE_ROLLUP, goal_weights of another length', () => CASCADE_ROLLUP(goals, parents, col('G1'), col(1), '', col(1)), 'VALUE', 'goal_weights has 1 cells but goal_ids has 3; they must be the same size.'],
    ['a KPI with a negative weight', cell(() => CASCADE_ROLLUP(goals, parents, col('G2'), col(0.5), col(-1)), 1), 'VALUE', 'KPI in row 1: its weight is -1; weights must not be negative.'],
    ['a KPI with a bad value', cell(() => CASCADE_ROLLUP(goals, parents, col('G3', 'G3'), col(0.5, 'x')), 2), 'VALUE', 'KPI in row 2: its value must be a number, not the text "x".'],
    ['a blank KPI value with an error weight', cell(() => CASCADE_ROLLUP(goals, parents, col('G3'), col(''), col('#DIV/0!')), 2), 'VALUE', 'KPI in row 1: its weight is #DIV/0! in its cell: fix that cell first.'],
    ['a child with a bad KPI, seen from its parent', cell(() => CASCADE_ROLLUP(goals, parents, col('G3', 'G2'), col('x', 1)), 0), 'VALUE',
      "Goal 'G3' under this one has an error: KPI in row 1: its value must be a number, not the text \"x\"."],
    ['a negative goal weight, seen from the parent', cell(() => CASCADE_ROLLUP(goals, parents, col('G2', 'G3'), col(1, 1), '', col(1, 1, -2)), 0), 'VALUE',
      "goal weight of 'G3' is -2; weights must not be negative."],
    ['an error goal ID', cell(() => CASCADE_ROLLUP(col('G1', '#REF!'), col('', 'G1'), col('G1'), col(1)), 1), 'VALUE', 'The goal ID is #REF! in its cell: fix that cell first.'],
    ['an error goal ID, seen from its parent', cell(() => CASCADE_ROLLUP(col('G1', '#REF!'), col('', 'G1'), col('G1'), col(1)), 0), 'VALUE',
      'The goal in row 2 under this one has an error: The goal ID is #REF! in its cell: fix that cell first.'],
    ['a duplicate goal ID', cell(() => CASCADE_ROLLUP(col('G1', ' g1 '), col('', ''), col('G1'), col(1)), 1), 'VALUE', "The goal ID 'g1' is used more than once; give each goal its own ID."],
    ['a duplicate goal ID TRUE', cell(() => CASCADE_ROLLUP(col(true, 'TRUE'), col('', ''), col('G1'), col(1)), 0), 'VALUE', "The goal ID 'TRUE' is used more than once; give each goal its own ID."],
    ['an error parent ID', cell(() => CASCADE_ROLLUP(goals, col('', '#N/A', 'G1'), col('G1'), col(1)), 1), 'VALUE', "The parent ID of goal 'G2' is #N/A in its cell: fix that cell first."],
    ['a parent ID that is no goal', cell(() => CASCADE_ROLLUP(goals, col('', ' GX ', 'G1'), col('G1'), col(1)), 1), 'VALUE', "The parent ID 'GX' of goal 'G2' is not a goal ID."],
    ['a cycle, from each of its goals', cell(() => CASCADE_ROLLUP(goals, col('G2', 'G1', ''), col('G3'), col(1)), 1), 'VALUE', 'The goals form a cycle: G2 -> G1 -> G2. A goal cannot be its own ancestor.'],
    ['a rolled-up result too large', cell(() => CASCADE_ROLLUP(goals, parents, col('G2', 'G2'), col(1e308, 1e308)), 1), 'NUM', 'The result is too large to show from these inputs; check them.'],
  ]);

  it('a cycle of 8 goals in full, of 9 shortened', () => {
    const ring = (n: number) => {
      const ids = Array.from({ length: n }, (_, i) => `G${i + 1}`);
      return CASCADE_ROLLUP(col(...ids), col(...ids.map((_, i) => ids[(i + 1) % n])), col('G1'), col(1)) as unknown[][];
    };
    const m8 = ring(8)[0][0] as GoalError;
    expect(m8.message).toBe('The goals form a cycle: G1 -> G2 -> G3 -> G4 -> G5 -> G6 -> G7 -> G8 -> G1. A goal cannot be its own ancestor.');
    const out9 = ring(9);
    expect((out9[0][0] as GoalError).message).toBe('The goals form a cycle: G1 -> G2 -> G3 -> G4 -> ... -> G9 -> G1 (9 goals). A goal cannot be its own ancestor.');
    expect((out9[4][0] as GoalError).message).toBe('The goals form a cycle: G5 -> G6 -> G7 -> G8 -> ... -> G4 -> G5 (9 goals). A goal cannot be its own ancestor.');
    expect((out9[4][0] as GoalError).code).toBe('VALUE');
  });
});

describe('tracking.ts', () => {
  const one = col('K1');
  check([
    ['a log of two columns', () => KPI_LATEST('K1', col('K1', 'K1'), [[1, 2], [3, 4]], col(1, 2)), 'VALUE', 'log_dates is 2x2; give one column of the log.'],
    ['log_kpi_ids of two columns', () => KPI_LATEST('K1', [['K1', 'a'], ['K1', 'b']], col(1, 2), col(1, 2)), 'VALUE', 'log_kpi_ids is 2x2; give one column of the log.'],
    ['log_dates shorter', () => KPI_LATEST('K1', col('K1', 'K1', 'K1'), col(1, 2), col(1, 2, 3)), 'VALUE', 'log_dates has 2 rows but log_kpi_ids has 3; the log columns must be the same length.'],
    ['log_field shorter', () => KPI_LATEST('K1', col('K1', 'K1', 'K1'), col(1, 2, 3), col(1, 2)), 'VALUE', 'log_field has 2 rows but log_kpi_ids has 3; the log columns must be the same length.'],
    ['log_values longer', () => KPI_SPARKLINE('K1', one, col(1), col(1, 2)), 'VALUE', 'log_values has 2 rows but log_kpi_ids has 1; the log columns must be the same length.'],
    ['a log date that is an error', () => KPI_LATEST('K1', col('K1', 'K1'), col(45000, '#N/A'), col(1, 2)), 'NA', 'The date in log row 2 is #N/A in its cell: fix that cell first.'],
    ['a log date that is text', () => KPI_LATEST('K1', col('K1', 'K1'), col(45000, 'soon'), col(1, 2)), 'VALUE', `The date in log row 2 ${AS_DATE}, not "soon".`],
    ['a log date that is Infinity', () => KPI_PROJECTION('K1', col('K1', 'K1'), col(45000, Infinity), col(1, 2), 45100), 'VALUE', 'The date in log row 2 is a number too large to use; give a finite number.'],
    ['a log value that is an error', () => KPI_SPARKLINE('K1', col('K1', 'K1'), col(1, 2), col(1, '#DIV/0!')), 'DIV0', 'The value in log row 2 is #DIV/0! in its cell: fix that cell first.'],
    ['a log value that is text', () => KPI_SPARKLINE('K1', col('K1', 'K1'), col(1, 2), col(1, 'x')), 'VALUE', 'The value in log row 2 must be a number, not the text "x".'],
    ['a log value that is Infinity', () => KPI_PROJECTION('K1', col('K1', 'K1'), col(1, 2), col(1, -Infinity), 3), 'VALUE', 'The value in log row 2 is a negative number too large to use; give a finite number.'],
    ['a log field that is Infinity', () => KPI_LATEST('K1', one, col(1), col(Infinity)), 'VALUE', 'log_field in log row 1 is a number too large to use; give a finite number.'],
    ['a log field that is an error', () => KPI_LATEST('K1', one, col(1), col('#N/A')), 'NA', 'log_field in log row 1 is #N/A in its cell: fix that cell first.'],
    ['a log field that is an object', () => KPI_LATEST('K1', one, col(1), col({})), 'VALUE', 'log_field in log row 1 is not a number, text or date.'],
    ['a log field that is an invalid Date', () => KPI_LATEST('K1', one, col(1), col(new Date(NaN))), 'VALUE', 'log_field in log row 1 is not a valid date.'],
    ['as_of an error', () => KPI_LATEST('K1', one, col(1), col(5), '#N/A'), 'NA', 'as_of is #N/A in its cell: fix that cell first.'],
    ['as_of text', () => KPI_LATEST('K1', one, col(1), col(5), 'soon'), 'VALUE', `as_of ${AS_DATE}, not "soon".`],
    ['at an error', () => KPI_PROJECTION('K1', one, col(1), col(5), '#REF!'), 'VALUE', 'at is #REF! in its cell: fix that cell first.'],
    ['as_of of another size', () => KPI_LATEST(col('K1', 'K2'), one, col(1), col(5), col(1, 2, 3)), 'VALUE', 'as_of is 3x1 but kpi_ids is 2x1; give one as_of per KPI, or one for all.'],
    ['at of another size', () => KPI_PROJECTION(col('K1', 'K2'), one, col(1), col(5), [[1, 2]]), 'VALUE', 'at is 1x2 but kpi_ids is 2x1; give one at per KPI, or one for all.'],
    ['a KPI ID that is an error', () => KPI_LATEST('#N/A', one, col(1), col(5)), 'NA', 'The KPI ID is #N/A in its cell: fix that cell first.'],
    ['a KPI ID that is an error, in a range', cell(() => KPI_LATEST(col('K1', { code: '#REF!' }), one, col(1), col(5)), 1), 'VALUE', 'The KPI ID is #REF! in its cell: fix that cell first.'],
    ['a frequency not known', () => KPI_NEXT_UPDATE(45000, 'Hourly'), 'VALUE', 'frequency must be Daily, Weekly, Monthly, Quarterly or Yearly, not "Hourly".'],
    ['a frequency that is a number', () => KPI_NEXT_UPDATE(45000, 7), 'VALUE', 'frequency must be Daily, Weekly, Monthly, Quarterly or Yearly, not 7.'],
    ['a last_update that is no date', () => KPI_NEXT_UPDATE('soon', 'Daily'), 'VALUE', `last_update ${AS_DATE}, not "soon".`],
    ['a start that is no date', () => KPI_NEXT_UPDATE('', 'Weekly', 'later'), 'VALUE', `start ${AS_DATE}, not "later".`],
    ['points an error', () => KPI_SPARKLINE('K1', one, col(1), col(5), '#N/A'), 'VALUE', 'points is #N/A in its cell: fix that cell first.'],
    ['points text', () => KPI_SPARKLINE('K1', one, col(1), col(5), 'many'), 'VALUE', 'points must be a number, not the text "many".'],
    ['points Infinity', () => KPI_SPARKLINE('K1', one, col(1), col(5), Infinity), 'VALUE', 'points is a number too large to use; give a finite number.'],
    ['points 1', () => KPI_SPARKLINE('K1', one, col(1), col(5), [[1]]), 'VALUE', 'points is 1; give a whole number from 2 to 50.'],
    ['points 51', () => KPI_SPARKLINE('K1', one, col(1), col(5), 51), 'VALUE', 'points is 51; give a whole number from 2 to 50.'],
    ['points 2.5', () => KPI_SPARKLINE('K1', one, col(1), col(5), 2.5), 'VALUE', 'points is 2.5; give a whole number from 2 to 50.'],
    ['points "60" as text', () => KPI_SPARKLINE('K1', one, col(1), col(5), '60'), 'VALUE', 'points is "60"; give a whole number from 2 to 50.'],
  ]);
});

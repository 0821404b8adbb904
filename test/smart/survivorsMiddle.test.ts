/**
 * Rules of the measure finder and the verb finder (shared/smart/analyser.ts, findMeasure and findVerbs) pinned where a
 * mutation run found them untested (issue 17). Every expectation is worked by hand from the contract
 * (shared/spec/smart.md) and the rule it pins: what the Measurable reason quotes, and which verb the Specific reason names.
 */
import { describe, expect, it } from 'vitest';
import { analyseGoal } from '../../shared/smart/analyser';

const measurable = (text: string) => analyseGoal({ text }).criteria.measurable;
const specific = (text: string) => analyseGoal({ text }).criteria.specific;
const found = (q: string) => ({ met: 'yes', reason: `found "${q}"`, hint: '' });
const NO_MEASURE = { met: 'no', reason: 'no number or metric', hint: 'add a number or metric' };
const NO_OBJECT_HINT = 'say exactly what will change, e.g. which revenue or which customers';
const withObject = (verb: string) => ({ met: 'yes', reason: `action "${verb}" with an object`, hint: '' });
const noObject = (verb: string) => ({ met: 'no', reason: `"${verb}" but no clear object (what exactly?)`, hint: NO_OBJECT_HINT });
const NO_VERB = { met: 'no', reason: 'no action verb found', hint: 'start with what will be done: increase, reduce, launch, hire...' };

describe('a from-to pair of years is a span, any other from-to pair is a measure', () => {
  it('a five-digit number is no year, at either end of the pair', () => {
    expect(measurable('Grow members from 20500 to 2030')).toEqual(found('from 20500 to 2030'));
    expect(measurable('Grow members from 12000 to 2030')).toEqual(found('from 12000 to 2030'));
    expect(measurable('Grow members from 2020 to 20500')).toEqual(found('from 2020 to 20500'));
    expect(measurable('Grow members from 2020 to 12000')).toEqual(found('from 2020 to 12000'));
  });

  it('two years with words after them are still a span, not a measure', () => {
    expect(measurable('Grow members from 2020 to 2030 and beyond')).toEqual(NO_MEASURE);
  });
});

describe('a bare number is a year only when it is exactly four digits from 1900 to 2099', () => {
  it('commas inside a number are kept: 1,950 is a count, not the year 1950', () => {
    expect(measurable('Keep headcount at 1,950')).toEqual(found('at 1,950'));
  });

  it('trailing commas are not part of the number: "2000,," is the year 2000', () => {
    expect(measurable('Keep headcount at 2000,,')).toEqual(NO_MEASURE);
  });

  it('a five-digit number after a comparator is a quantity, whatever its first or last four digits', () => {
    expect(measurable('Keep headcount at 12000')).toEqual(found('at 12000'));
    expect(measurable('Keep headcount at 20000')).toEqual(found('at 20000'));
  });

  it('a year is skipped only after a whole time word, not after a word that starts or ends like one', () => {
    expect(measurable('Install 2000 solar panels')).toEqual(found('2000 solar')); // "install" starts with "in"
    expect(measurable('Expand into 2000 stores')).toEqual(found('2000 stores')); // "into" ends with "to"
  });

  it('a year right after a month names the month, even when no time rule reads it as a date', () => {
    expect(measurable('Reconcile the June/2026 accounts')).toEqual(NO_MEASURE);
  });
});

describe('identifiers are not quantities', () => {
  it('an upper-case code followed by " - " names the number that follows', () => {
    expect(measurable('Train users on SAP - 4 modules')).toEqual(NO_MEASURE);
  });

  it('"#" with a space before the number names it; a "#" further back does not', () => {
    expect(measurable('Close ticket # 12 today')).toEqual(NO_MEASURE);
    expect(measurable('Close ticket #12 and 30 bugs')).toEqual(found('30 bugs'));
  });
});

describe('what a number quotes', () => {
  it('a currency word is quoted with its number, without the minimum before it', () => {
    expect(measurable('Raise at least 500 dollars for the shelter')).toEqual(found('500 dollars'));
  });

  it('a comparator written against the number is quoted with it', () => {
    expect(measurable('Keep defects <5')).toEqual(found('<5'));
  });
});

describe('inflected vague verbs are no object of the goal', () => {
  it.each([
    ['Hire a coach who focuses', 'focuses: focus + es'],
    ['Hire a coach who focused', 'focused: focus + ed'],
    ['Hire a coach who improved', 'improved: improve + d'],
  ])('%s (%s): the coach is the only object', (text) => {
    expect(specific(text)).toEqual(noObject('hire'));
  });

  it('a word is cut to its base only where it ends with the suffix: "trainer" is an object of "train"', () => {
    expect(specific('Train trainer teams')).toEqual(withObject('train'));
  });
});

describe('the passive "be" + participle', () => {
  it('a participle ends in "ed"; "ed" inside a word ("credible") does not make one', () => {
    expect(specific('Be credible')).toEqual(NO_VERB);
  });

  it('a four-letter word ending in "ed" is too short to be read as a participle', () => {
    expect(specific('Be used')).toEqual(NO_VERB);
  });
});

describe('verb positions', () => {
  it('a word after "and" is a verb only when a verb came two tokens before, even late in a long statement', () => {
    // our team of five senior staff in the three sites and: "and" is token 10, no verb before it.
    expect(specific('Our team of five senior staff in the three sites and spreadsheets')).toEqual(NO_VERB);
  });

  it('after a modal, only an adverb in -ly may come between the modal and the verb', () => {
    expect(specific('We will also wrangle spreadsheets')).toEqual(NO_VERB);
    expect(specific('We will quickly wrangle spreadsheets')).toEqual(withObject('wrangle')); // quickly, spreadsheets: two objects
  });

  it('"or" after a verb puts the next word in a verb position, as "and" does', () => {
    expect(specific('Improve or wrangle spreadsheets')).toEqual(noObject('wrangle'));
  });

  it('"become able to X": the verb is X, not "become"', () => {
    expect(specific('I will become able to wrangle spreadsheets')).toEqual(withObject('wrangle'));
  });

  it('"become able" without "to" is the verb "become"', () => {
    expect(specific('Improve morale; we will become able leaders')).toEqual(withObject('become'));
  });

  it('"become" before a noun is the verb "become"', () => {
    expect(specific('Improve morale; we will become mentors')).toEqual(withObject('become'));
  });

  it('"be able" at the end of the text is no verb, and nothing fails', () => {
    expect(specific('Be able')).toEqual(NO_VERB);
  });
});

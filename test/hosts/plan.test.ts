/**
 * The small helpers of shared/host/plan.ts every host adapter relies on, against values worked out by hand from their
 * documented contracts (the comments in plan.ts) and from the hosts' own rules for A1 addresses and sheet names.
 */
import { describe, expect, it } from 'vitest';
import { a1, freeSheetName, hasMarker, literalText, quoteSheet } from '../../shared/host/plan';

describe('hasMarker', () => {
  it('finds our marker when the host gives the formula back with spaces in it', () => {
    expect(hasMarker('=AND($J2="Green",N("goals-tl")=0)')).toBe(true);
    expect(hasMarker('=AND($J2="Green", N("goals-tl") = 0)')).toBe(true);
    expect(hasMarker('=AND($J2="Green",\n  N( "goals-tl" )=0 )')).toBe(true);
    expect(hasMarker('=$J2="Green"')).toBe(false);
    expect(hasMarker('')).toBe(false);
    expect(hasMarker(null)).toBe(false);
  });
});

describe('literalText', () => {
  it('leaves the empty string empty (it clears the cell) and prefixes every other text with an apostrophe', () => {
    expect(literalText('')).toBe('');
    expect(literalText('1.10')).toBe("'1.10");
    expect(literalText(' ')).toBe("' ");
  });
});

describe('a1', () => {
  it('gives a single cell as one reference, a larger range as two', () => {
    expect(a1({ row: 0, col: 0, rows: 1, cols: 1 })).toBe('A1');
    expect(a1({ row: 9, col: 27, rows: 1, cols: 1 })).toBe('AB10');
    expect(a1({ row: 1, col: 1, rows: 9, cols: 3 })).toBe('B2:D10');
    expect(a1({ row: 4, col: 2, rows: 1, cols: 2 })).toBe('C5:D5');
  });
});

describe('quoteSheet', () => {
  it('leaves a plain name bare and quotes any other, doubling its apostrophes', () => {
    expect(quoteSheet('KPIs')).toBe('KPIs');
    expect(quoteSheet('Goals_2')).toBe('Goals_2');
    expect(quoteSheet('_x')).toBe('_x');
    expect(quoteSheet('G')).toBe('G');
    expect(quoteSheet('KPIs (2)')).toBe("'KPIs (2)'");
    expect(quoteSheet('Check-ins')).toBe("'Check-ins'");
    expect(quoteSheet('2026')).toBe("'2026'");
    expect(quoteSheet("Bob's goals")).toBe("'Bob''s goals'");
  });
});

describe('freeSheetName', () => {
  it('keeps a free name and otherwise counts up from (2), comparing names case-insensitively', () => {
    expect(freeSheetName('KPIs', ['Goals'])).toBe('KPIs');
    expect(freeSheetName('KPIs', ['kpis'])).toBe('KPIs (2)');
    expect(freeSheetName('KPIs', ['KPIs', 'KPIs (2)'])).toBe('KPIs (3)');
    expect(freeSheetName('KPIs', ['kpis', 'KPIS (2)', 'kpis (3)'])).toBe('KPIs (4)');
  });
});

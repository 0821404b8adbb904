import { describe, expect, it } from 'vitest';
import { columnIndex, parseAddress, shiftFormula } from '../../src/playground/formulaShift';

describe('shiftFormula: a rule written for the top-left cell, moved to another cell', () => {
  it('moves relative references and keeps absolute parts', () => {
    expect(shiftFormula('=AND($Q2="Green",N("goals-tl")=0)', 3, 0)).toBe('=AND($Q5="Green",N("goals-tl")=0)');
    expect(shiftFormula('=B2>=Settings!$B$3', 2, 1)).toBe('=C4>=Settings!$B$3');
    expect(shiftFormula('=A$1+$A1+A1', 1, 1)).toBe('=B$1+$A2+B2');
    expect(shiftFormula('=SUM(A1:B2)', 1, 0)).toBe('=SUM(A2:B3)');
    expect(shiftFormula('=SUM(A:A)', 5, 2)).toBe('=SUM(C:C)');
  });

  it('leaves strings, quoted sheet names, function names and names with digits alone', () => {
    expect(shiftFormula(`='KPIs (2)'!B2&"A1"`, 1, 0)).toBe(`='KPIs (2)'!B3&"A1"`);
    expect(shiftFormula(`='It''s A1'!C1`, 1, 0)).toBe(`='It''s A1'!C2`);
    expect(shiftFormula('=LOG10(A1)+ATAN2(B1,1)', 1, 0)).toBe('=LOG10(A2)+ATAN2(B2,1)');
    expect(shiftFormula('=Q1!A1+MY_NAME2', 1, 0)).toBe('=Q1!A2+MY_NAME2');
    expect(shiftFormula('="say ""B2"""&B2', 1, 0)).toBe('="say ""B2"""&B3');
  });

  it('turns a reference pushed off the sheet into #REF!', () => {
    expect(shiftFormula('=A2', -2, 0)).toBe('=#REF!');
    expect(shiftFormula('=B1', 0, -2)).toBe('=#REF!');
  });

  it('reads addresses', () => {
    expect(columnIndex('A')).toBe(0);
    expect(columnIndex('AA')).toBe(26);
    expect(parseAddress('$C$12')).toEqual({ row: 11, col: 2 });
    expect(parseAddress('12C')).toBeUndefined();
  });
});

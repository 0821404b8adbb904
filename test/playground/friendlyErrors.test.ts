/**
 * Errors in the user's words, from the messages the libraries really give: formulas typed into the playground's
 * HyperFormula, bytes loaded by exceljs, text read by JSON.parse. No message here is written by hand.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { friendlyCellError, friendlyFileError, NOT_XLSX, SAVED_DAMAGED } from '../../src/playground/friendlyErrors';
import { DetailedCellError } from '../../src/playground/workbook';
import { xlsxToSaved } from '../../src/playground/xlsxFile';
import { newWorkbook } from './helpers';

/** The error a formula gives in the playground's engine. */
function errorOf(formula: string): DetailedCellError {
  const wb = newWorkbook();
  wb.addSheet('S');
  wb.setInputs('S', 0, 0, [[formula]]);
  const v = wb.value('S', 0, 0);
  if (!(v instanceof DetailedCellError)) throw new Error(`${formula} gave ${String(v)}, not an error`);
  return v;
}

/** The message exceljs gives for bytes that are not an .xlsx. */
async function loadError(bytes: Uint8Array): Promise<string> {
  try {
    await xlsxToSaved(bytes, ExcelJS as never);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the bytes loaded');
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the text parsed');
}

describe('friendlyCellError on the engine\'s real messages', () => {
  const cases: [string, string][] = [
    ['=SUM(1,2))', 'This formula has a ) too many: remove it, or add the ( it closes.'],
    ['=SUM(1,2', 'This formula is missing a ): close every ( it opens.'],
    ['=KPI_ATTAINMENT(1,2', 'This formula is missing a ): close every ( it opens.'],
    ['=SUM(1;2)', "Separate a function's arguments with a comma (,), not a semicolon (;)."],
    ['="abc', 'A text in quotes is not closed: add the closing ".'],
    ['=@A1', 'This formula has a character the playground does not read: “@”. Remove it, or put text in "double quotes".'],
    ['=1+', 'This formula ends too early: a number, a cell or a function is missing after the last operator or comma.'],
    ['=)', 'A number, a cell or a function is missing before “)”.'],
    ['=A1:', 'A range needs a cell on both sides of the colon, like A1:B5.'],
    ['=SUM(A1:B)', 'A range needs a cell on both sides of the colon, like A1:B5 (“B” is not a cell).'],
    ['=1 2', 'Something follows where the formula should end (“2”): join the parts with an operator such as + or &, or put them in a function, separated by commas.'],
    ['=FOO(1)', 'There is no function called FOO: check the spelling (type = and the first letters to see the functions).'],
    ['=FOO', '“FOO” is not a function, a cell or a name: put text in "double quotes", or add ( ) after a function\'s name.'],
    ['=Sheet9!A1', 'The formula refers to a sheet that does not exist: check the sheet name before the !.'],
    ['=KPI_ATTAINMENT()', 'This function is given too many or too few arguments: the hint line below the formula shows the ones it takes.'],
    ['=SUM("a")', 'A value here should be a number but is text: check the cells the formula uses.'],
    ['=1/0', 'Division by zero: the divisor is 0 or empty.'],
  ];
  it.each(cases)('%s', (formula, expected) => {
    const said = friendlyCellError(errorOf(formula));
    expect(said).toBe(expected);
  });

  it('never shows parser tokens', () => {
    for (const formula of ['=1++', '=A1 A2', '=[1]', '=SUM(,']) {
      const e = errorOf(formula);
      expect(e.message, formula).toMatch(/^Parsing error\./);
      expect(friendlyCellError(e), formula).not.toMatch(/Parsing|token|-->|EOF|\[[A-Z]/i);
    }
  });

  it('names the function given a wrong number of arguments, and what it takes, when the formula is known', () => {
    expect(friendlyCellError(errorOf('=KPI_ATTAINMENT()'), '=KPI_ATTAINMENT()')).toBe(
      'KPI_ATTAINMENT takes 2 to 4 arguments (actual, target, [baseline], [direction]); here it is given 0.',
    );
    expect(friendlyCellError(errorOf('=1+ROUND(2.5,1,1)'), '=1+ROUND(2.5,1,1)')).toBe(
      'ROUND takes 1 to 2 arguments (number, [digits]); here it is given 3.',
    );
    expect(friendlyCellError(errorOf('=SUM()'), '=SUM()')).toBe('SUM takes at least 1 argument (number1, [number2], …); here it is given 0.');
    expect(friendlyCellError(errorOf('=IF(1,2,3,4)'), '=IF(1,2,3,4)')).toBe(
      'IF takes 2 to 3 arguments (condition, value_if_true, [value_if_false]); here it is given 4.',
    );
  });

  it("passes our functions' own messages through unchanged", () => {
    const e = errorOf('=KPI_STATUS("x")');
    expect(friendlyCellError(e)).toBe('attainment must be a number, not the text "x".');
  });
});

describe('friendlyFileError on the file libraries\' real messages', () => {
  it('says a text file renamed .xlsx is not an .xlsx workbook, without the library\'s link', async () => {
    const message = await loadError(new TextEncoder().encode('KPI,Actual\nSales,10\n'));
    expect(message).toContain('https://'); // what JSZip says, for the record
    expect(friendlyFileError(message)).toBe(NOT_XLSX);
  });

  it('says the same of an empty, a truncated and a damaged .xlsx', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('A').getCell('A1').value = 1;
    const good = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const damaged = good.slice();
    damaged.fill(0, 200, 400);
    for (const bytes of [new Uint8Array(), good.slice(0, good.length >> 1), damaged]) {
      expect(friendlyFileError(await loadError(bytes))).toBe(NOT_XLSX);
    }
  });

  it('keeps our own readable messages', () => {
    expect(friendlyFileError('The file has no sheets.')).toBe('The file has no sheets.');
  });
});

describe('friendlyFileError on JSON.parse\'s real messages (a saved workbook read back)', () => {
  it.each(['', '{', 'not json', '{"version":1,"sheets":['])('%j', (text) => {
    expect(friendlyFileError(jsonError(text))).toBe(SAVED_DAMAGED);
  });
});

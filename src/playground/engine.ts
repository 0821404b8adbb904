/** The playground's HyperFormula: every Goalpost function registered (hfPlugin.ts), and ISO dates typed as dates. */
import { HyperFormula } from 'hyperformula';
import { PlaygroundWorkbook } from './workbook';

/** Dates typed as 2025-03-31 (what the formula bar shows for a date) as well as HyperFormula's defaults. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD/MM/YY'];

export function createPlaygroundWorkbook(): PlaygroundWorkbook {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', dateFormats: DATE_FORMATS });
  return new PlaygroundWorkbook(hf);
}

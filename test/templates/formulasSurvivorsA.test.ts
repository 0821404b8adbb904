/**
 * The reference helpers of shared/templates/formulas.ts, one flavour at a time: each expected text is written out by
 * hand from templates.md (Excel tables and structured references, Sheets' open-ended ranges, the playground's per-row
 * A1 ranges) and the header lists of layout.ts (KPIs: Owner is column I; Goals: Owner E, Parent ID C, Department / team
 * D; Check-ins: Date A, KPI ID B, Value C; Settings: "Green at (attainment)" in $B$2).
 */
import { describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import type { WorkbookSnapshot } from '../../shared/host/port';
import { Formulas, type SheetNames } from '../../shared/templates/formulas';

const NAMES: SheetNames = {
  Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review', Settings: 'Settings',
};
/** 10 goal rows (2 to 11) and 20 KPI rows (2 to 21). */
const make = (host: 'excel' | 'sheets' | 'playground', names: SheetNames = NAMES) => new Formulas(host, names, 10, 20);
const empty: WorkbookSnapshot = { sheetNames: [], values: {} };

describe('Formulas: the references of each flavour', () => {
  it('rangeArg makes a range blank-safe in Excel only', () => {
    expect(make('excel').rangeArg('X1:X9')).toBe('IF(X1:X9="","",X1:X9)');
    expect(make('playground').rangeArg('X1:X9')).toBe('X1:X9');
    expect(make('sheets').rangeArg('X1:X9')).toBe('X1:X9');
  });

  it('settingArg is the bare Settings cell in Sheets, blank-safe in the per-row flavours', () => {
    expect(make('sheets').settingArg('greenAt')).toBe('Settings!$B$2');
    expect(make('excel').settingArg('greenAt')).toBe('IF(Settings!$B$2="","",Settings!$B$2)');
  });

  it('settingForRule reads Settings directly outside Sheets and through INDIRECT (quotes doubled) in Sheets', () => {
    expect(make('excel').settingForRule('greenAt')).toBe('Settings!$B$2');
    expect(make('playground').settingForRule('greenAt')).toBe('Settings!$B$2');
    expect(make('sheets').settingForRule('greenAt')).toBe('INDIRECT("Settings!B2")');
    const odd = make('sheets', { ...NAMES, Settings: 'My "Set\'s' });
    expect(odd.settingForRule('yellowAt')).toBe('INDIRECT("\'My ""Set\'\'s\'!B3")');
  });

  it('the last data rows are one below the row counts (header in row 1)', () => {
    const f = make('playground');
    expect(f.lastGoalRow).toBe(11);
    expect(f.lastKpiRow).toBe(21);
  });

  it('only Sheets writes one array formula per column (not per row)', () => {
    expect(make('sheets').perRow).toBe(false);
    expect(make('excel').perRow).toBe(true);
    expect(make('playground').perRow).toBe(true);
  });

  it('kpiColumn: a table column in Excel, an open-ended range in Sheets, absolute or same-sheet rows in the playground', () => {
    expect(make('excel').kpiColumn('Owner')).toBe('GoalpostKPIs[[Owner]]');
    expect(make('sheets').kpiColumn('Owner')).toBe('KPIs!I2:I');
    expect(make('playground').kpiColumn('Owner')).toBe('KPIs!$I$2:$I$21');
    expect(make('playground').kpiColumn('Owner', false)).toBe('I$2:I$21');
  });

  it('logColumn: blank-safe table column in Excel, error-safe open range in Sheets, rows 2 to logRows+1 in the playground', () => {
    expect(make('excel').logColumn('Date')).toBe('IF(GoalpostCheckins[[Date]]="","",GoalpostCheckins[[Date]])');
    expect(make('sheets').logColumn('Date')).toBe('ARRAYFORMULA(IFERROR(\'Check-ins\'!A2:A,"#VALUE!"))');
    expect(make('playground').logColumn('Value')).toBe('\'Check-ins\'!$C$2:$C$1001');
    expect(new Formulas('playground', NAMES, 10, 20, undefined, 50).logColumn('KPI ID')).toBe('\'Check-ins\'!$B$2:$B$51');
  });

  it('goalColumn and goalParents: table column in Excel, open range in Sheets, rows 2 to lastGoalRow in the playground', () => {
    expect(make('excel').goalColumn('Owner')).toBe('GoalpostGoals[[Owner]]');
    expect(make('sheets').goalColumn('Owner')).toBe('E2:E');
    expect(make('playground').goalColumn('Owner')).toBe('E2:E11');
    expect(make('excel').goalParents()).toBe('GoalpostGoals[[Parent ID]]');
    expect(make('playground').goalParents()).toBe('C$2:C$11');
  });

  it('goalsLookup: whole columns A to the last one in Excel and Sheets, the data rows in the playground', () => {
    expect(make('excel').goalsLookup('Department / team')).toBe('Goals!$A:$D');
    expect(make('sheets').goalsLookup('Department / team')).toBe('Goals!$A:$D');
    expect(make('playground').goalsLookup('Department / team')).toBe('Goals!$A$2:$D$11');
  });

  it('structured references escape [ ] # and \' with a quote (a header may hold any of them)', () => {
    expect(make('excel').kpiColumn('Price [#\'s]' as never)).toBe('GoalpostKPIs[[Price \'[\'#\'\'s\']]]');
    // The per-row cell of a table row (private: only the template's own headers reach it today).
    const kpiCell = make('excel')['kpiCell'] as (h: string, r: number) => string;
    expect(kpiCell.call(make('excel'), 'Price [#\'s]', 5)).toBe('[@[Price \'[\'#\'\'s\']]]');
  });

  it('Sheets: a tracking column reads the log\'s KPI ID, Date and field columns, each error-safe', () => {
    const e = (r: string) => `ARRAYFORMULA(IFERROR(${r},"#VALUE!"))`;
    expect(make('sheets').kpiColumns()['Latest check-in'](2)).toBe(
      `={"Latest check-in";KPI_LATEST(${e('A2:A')},${e('\'Check-ins\'!B2:B')},${e('\'Check-ins\'!A2:A')},${e('\'Check-ins\'!C2:C')})}`);
  });

  it('playground: Check counts the owner within the KPIs sheet\'s own rows (same-sheet range)', () => {
    expect(make('playground').kpiColumns().Check(5)).toContain('IF(COUNTIF(I$2:I$21,I5)>Settings!$B$7,"Owner has too many KPIs",');
  });

  it('Excel: the engine columns beside the tables carry a header asking to keep them free', () => {
    const plan = planApplyTemplate(empty, { template: 'cascade', exampleData: false }, 'excel', '2026-11-24').plan;
    const at = (sheet: string, col: number) => plan.addSheets.find((s) => s.name === sheet)!.blocks.find((b) => b.row === 0 && b.col === col)!;
    expect(at('Goals', 25).cells[0]).toEqual(['Roll-up engine (Goalpost: keep this column free)']);
    expect(at('KPIs', 27).cells[0]).toEqual(['Latest check-in engine (Goalpost: keep this column free)',
      'Last update engine (Goalpost: keep this column free)', 'Confidence engine (Goalpost: keep this column free)',
      'Trend engine (Goalpost: keep this column free)', 'Projected engine (Goalpost: keep this column free)']);
  });
});

/**
 * Formula text of shared/templates/formulas.ts pinned where the evaluated tests (checks, tracking, layout) cannot tell
 * a wrong argument from a right one: the Sheets flavour's tracking and SMART columns (no check-ins, default baseline and
 * direction in checks.test.ts), the Excel spills' whole-table ranges (same cells as a fixed range until the table
 * grows), and the OKR and NPS ranges of each flavour. Every expected formula is written out by hand from templates.md
 * and the sheets' column letters (KPIs: A ID ... G Direction, J Baseline, K Target, N Deadline, O Attainment,
 * T Latest check-in, Y Projected; Goals: A ID, C Parent ID, F Goal, H Deadline, I Weight; Check-ins: A Date, B KPI ID,
 * C Value, D Confidence; OKRs: A Objective ID, E Progress, F Weight).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planApplyTemplate } from '../../shared/cascade/useCases';
import { Formulas, type SheetNames } from '../../shared/templates/formulas';
import { KPIS_HEADERS } from '../../shared/templates/layout';
import { evaluatePlan } from './evaluatePlan';
import { evaluateSheetsCascade } from './evaluateSheetsCascade';

const names: SheetNames = {
  Strategy: 'Strategy', Goals: 'Goals', KPIs: 'KPIs', 'Check-ins': 'Check-ins', OKRs: 'OKRs', NPS: 'NPS', Review: 'Review',
  Settings: 'Settings',
};
const make = (host: 'playground' | 'excel' | 'sheets') => new Formulas(host, names, 100, 100);
/** Sheets: a range with error cells handed over as "#VALUE!" text (templates.md). */
const arr = (range: string) => `ARRAYFORMULA(IFERROR(${range},"#VALUE!"))`;
const sheetsLog = `${arr("'Check-ins'!B2:B")},${arr("'Check-ins'!A2:A")}`;

describe('Sheets KPI header formulas', () => {
  it('Attainment, Pace and Projected attainment read Target K, Baseline J and Direction G', () => {
    const c = make('sheets').kpiColumns();
    const current = 'ARRAYFORMULA(IFERROR(IF(T2:T="",L2:L,T2:T),"#VALUE!"))';
    expect(c.Attainment(1)).toBe(`={"Attainment";KPI_ATTAINMENT(${current},${arr('K2:K')},${arr('J2:J')},${arr('G2:G')})}`);
    expect(c.Pace(1)).toBe(`={"Pace";KPI_PACE(${current},${arr('K2:K')},${arr('M2:M')},${arr('N2:N')},Settings!$B$6,${arr('J2:J')},${arr('G2:G')})}`);
    expect(c['Projected attainment'](1)).toBe(`={"Projected attainment";KPI_ATTAINMENT(Y2:Y,${arr('K2:K')},${arr('J2:J')},${arr('G2:G')})}`);
  });

  it('the tracking columns read the log by KPI ID and date, each its own field', () => {
    const c = make('sheets').kpiColumns();
    const ids = arr('A2:A');
    expect(c['Latest check-in'](1)).toBe(`={"Latest check-in";KPI_LATEST(${ids},${sheetsLog},${arr("'Check-ins'!C2:C")})}`);
    expect(c['Last update'](1)).toBe(`={"Last update";KPI_LATEST(${ids},${sheetsLog},${arr("'Check-ins'!A2:A")})}`);
    expect(c.Confidence(1)).toBe(`={"Confidence";KPI_LATEST(${ids},${sheetsLog},${arr("'Check-ins'!D2:D")})}`);
    expect(c.Trend(1)).toBe(`={"Trend";KPI_SPARKLINE(${ids},${sheetsLog},${arr("'Check-ins'!C2:C")})}`);
    expect(c.Projected(1)).toBe(`={"Projected";KPI_PROJECTION(${ids},${sheetsLog},${arr("'Check-ins'!C2:C")},${arr('N2:N')})}`);
  });
});

describe('Goals formulas', () => {
  it('Sheets: SMART check reads Goal F, Deadline H and Parent ID C; the roll-up weighs by Weight I', () => {
    const c = make('sheets').goalColumns();
    expect(c['SMART check'](1)).toBe(`={"SMART check";SMART_CHECK(${arr('F2:F')},${arr('H2:H')},${arr('C2:C')})}`);
    expect(c['Roll-up'](1)).toBe(`={"Roll-up";CASCADE_ROLLUP(${arr('A2:A')},${arr('C2:C')},${arr('KPIs!B2:B')},KPIs!O2:O,"",${arr('I2:I')})}`);
  });

  it('playground: SMART check is a per-row call with blank-safe inputs, and there is no per-row Roll-up (it is one spill)', () => {
    const c = make('playground').goalColumns();
    expect(c['SMART check'](5)).toBe('=SMART_CHECK(IF(F5="","",F5),IF(H5="","",H5),IF(C5="","",C5))');
    expect(Object.keys(c).sort()).toEqual(['Check', 'KPIs', 'SMART check', 'Status']);
  });
});

describe('Excel tracking spills', () => {
  it('read the whole KPIs table\'s ID and Deadline columns, so rows added to the table are tracked', () => {
    const s = make('excel').trackingSpills();
    const t = (h: string) => `IF(GoalpostCheckins[[${h}]]="","",GoalpostCheckins[[${h}]])`;
    const ids = 'IF(GoalpostKPIs[[ID]]="","",GoalpostKPIs[[ID]])';
    expect(s['Latest check-in']).toBe(`=GOALS.KPI_LATEST(${ids},${t('KPI ID')},${t('Date')},${t('Value')})`);
    expect(s.Projected).toBe(`=GOALS.KPI_PROJECTION(${ids},${t('KPI ID')},${t('Date')},${t('Value')},` +
      'IF(GoalpostKPIs[[Deadline]]="","",GoalpostKPIs[[Deadline]]))');
  });
});

describe('NPS answers column', () => {
  it('is the answers table in Excel, open-ended in Sheets, and the prepared rows in the playground', () => {
    expect(make('excel').npsAnswers(1000)).toBe('GoalpostNPS[[Answer (0-10)]]');
    expect(make('sheets').npsAnswers(1000)).toBe('A2:A');
    expect(make('playground').npsAnswers(1000)).toBe('A2:A1001');
  });
});

describe('OKR formulas', () => {
  it('playground: ranges end at the last prepared row (20 rows: row 21)', () => {
    const c = make('playground').okrColumns(20);
    expect(c['Key results'](5)).toBe('=IF(A5="","",COUNTIF($A$2:$A$21,A5))');
    expect(c['Objective score'](2)).toBe('=IF(A2="","",IF(MATCH(A2,$A$2:$A$21,0)=ROW()-1,' +
      'OKR_SCORE(FILTER($E$2:$E$21,$A$2:$A$21=A2),FILTER($F$2:$F$21,$A$2:$A$21=A2)),""))');
  });

  it('Sheets: open-ended ranges, progress and weights with errors as "#VALUE!" text', () => {
    const c = make('sheets').okrColumns(999);
    expect(c['Key results'](5)).toBe('=IF(A5="","",COUNTIF($A$2:$A,A5))');
    expect(c['Objective score'](2)).toBe('=IF(A2="","",IF(MATCH(A2,$A$2:$A,0)=ROW()-1,' +
      `OKR_SCORE(FILTER(${arr('$E$2:$E')},$A$2:$A=A2),FILTER(${arr('$F$2:$F')},$A$2:$A=A2)),""))`);
  });

  it('Excel: the OKRs table\'s columns, progress and weights blank-safe', () => {
    const c = make('excel').okrColumns(20);
    const id = '[@[Objective ID]]';
    const col = (h: string) => `GoalpostOKRs[[${h}]]`;
    expect(c['Key results'](5)).toBe(`=IF(${id}="","",COUNTIF(${col('Objective ID')},${id}))`);
    expect(c['Objective score'](2)).toBe(`=IF(${id}="","",IF(MATCH(${id},${col('Objective ID')},0)=ROW()-1,` +
      `GOALS.OKR_SCORE(FILTER(IF(${col('Progress')}="","",${col('Progress')}),${col('Objective ID')}=${id}),` +
      `FILTER(IF(${col('Weight')}="","",${col('Weight')}),${col('Objective ID')}=${id})),""))`);
  });
});

describe('Sheets KPI header formulas, evaluated', () => {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
  };
  let book!: ReturnType<typeof evaluatePlan>;
  const put = (sheet: string, row: number, values: unknown[]) =>
    book.hf.setCellContents({ sheet: book.hf.getSheetId(sheet)!, row, col: 0 }, [values as never[]]);
  const kpi = (row: number, h: (typeof KPIS_HEADERS)[number]) => book.value('KPIs', row, KPIS_HEADERS.indexOf(h));
  beforeAll(() => {
    const plan = planApplyTemplate({ sheetNames: [], values: {} }, { template: 'cascade', exampleData: false }, 'sheets', '2026-11-24').plan;
    book = evaluateSheetsCascade(plan, 30);
    // KPIs: ID, Goal ID, KPI, Definition, Unit, Type, Direction, Frequency, Owner, Baseline, Target, Actual, Start, Deadline
    put('KPIs', 1, ['K1', null, 'Wait', null, 'min', 'Lagging', 'Lower', null, 'Ana', null, 20, 25, day('2026-01-01'), day('2026-12-31')]);
    put('KPIs', 2, ['K2', null, 'Sales', null, 'M', 'Lagging', 'Higher', null, 'Ana', 10, 20, null, day('2026-01-01'), day('2026-01-31')]);
    // Check-ins: Date, KPI ID, Value, Confidence
    put('Check-ins', 1, [day('2026-01-01'), 'K2', 10, 'On track']);
    put('Check-ins', 2, [day('2026-01-11'), 'K2', 12, 'At risk']);
    put('Check-ins', 3, [day('2026-01-21'), 'K2', 15, 'Off track']);
  });

  it('Attainment honours the direction (no baseline: 2 - 25/20) and the baseline ((15 - 10) / (20 - 10))', () => {
    expect(kpi(1, 'Attainment')).toBeCloseTo(0.75, 9);
    expect(kpi(2, 'Attainment')).toBeCloseTo(0.5, 9);
  });

  it('the tracking columns read the latest check-in, its date and confidence, the trend and the projection', () => {
    expect(kpi(2, 'Latest check-in')).toBe(15);
    expect(kpi(2, 'Last update')).toBe(day('2026-01-21'));
    expect(kpi(2, 'Confidence')).toBe('Off track');
    expect(kpi(2, 'Trend')).toBe('▁▄█'); // functions.md's worked value for 10, 12, 15
    // Least squares through (0, 10), (10, 12), (20, 15): slope 0.25 a day through (10, 37/3); at the deadline (day 30):
    expect(kpi(2, 'Projected')).toBeCloseTo(37 / 3 + 5, 9);
    expect(kpi(2, 'Projected attainment')).toBeCloseTo((37 / 3 + 5 - 10) / 10, 9);
    expect([kpi(1, 'Latest check-in'), kpi(1, 'Projected')]).toEqual(['', '']);
  });
});

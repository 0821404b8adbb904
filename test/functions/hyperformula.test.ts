import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions';
import { createHyperFormula } from '../../src/playground/hfPlugin';

const at = (hf: ReturnType<typeof createHyperFormula>, row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });

describe('our functions in HyperFormula (one plugin generated from the registry)', () => {
  it('registers every registry function and its GOALS. alias', () => {
    createHyperFormula();
    const hfNames = new Set(createHyperFormula().getRegisteredFunctionNames());
    for (const f of FUNCTIONS) {
      expect(hfNames.has(f.name), f.name).toBe(true);
      expect(hfNames.has(`GOALS.${f.name}`), `GOALS.${f.name}`).toBe(true);
    }
  });

  it('gives the worked values of the spec', () => {
    const answers = [...Array(60).fill([10]), ...Array(25).fill([8]), ...Array(15).fill([5])];
    const hf = createHyperFormula({
      S: [
        ['=KPI_ATTAINMENT(90,100)', '=GOALS.KPI_ATTAINMENT(27,24,30)', '=KPI_ATTAINMENT(25,20,,"lower")', '=KPI_STATUS(0.95)',
          '=NPS(Z1:Z100)', '=ROUND(NPS_MOE(Z1:Z100),2)', '=CSAT(Y1:Y5)', '=OKR_SCORE(X1:X3,W1:W3)'],
      ],
    });
    hf.setCellContents({ sheet: 0, row: 0, col: 25 }, answers);
    hf.setCellContents({ sheet: 0, row: 0, col: 24 }, [[5], [4], [3], [5], [1]]);
    hf.setCellContents({ sheet: 0, row: 0, col: 23 }, [[0.7], [1.2], [0.4]]);
    hf.setCellContents({ sheet: 0, row: 0, col: 22 }, [[1], [1], [2]]);
    expect(at(hf, 0, 0)).toBe(0.9);
    expect(at(hf, 0, 1)).toBeCloseTo(0.5, 9);
    expect(at(hf, 0, 2)).toBeCloseTo(0.75, 9);
    expect(at(hf, 0, 3)).toBe('Yellow');
    expect(at(hf, 0, 4)).toBe(45);
    expect(at(hf, 0, 5)).toBe(14.5);
    expect(at(hf, 0, 6)).toBe(0.6);
    expect(at(hf, 0, 7)).toBeCloseTo(0.625, 9);
  });

  it('spills per-row results over the range shape, with errors in their own cells', () => {
    const hf = createHyperFormula({ S: [[90, 100, '=KPI_ATTAINMENT(A1:A3,B1:B3)'], ['x', 100], ['', 100]] });
    expect(at(hf, 0, 2)).toBe(0.9);
    expect(at(hf, 1, 2)).toMatchObject({ type: 'VALUE', message: 'actual must be a number, not the text "x".' });
    expect(at(hf, 2, 2)).toBe('');
  });

  it('rolls up the goal tree in one spilled column', () => {
    const hf = createHyperFormula({
      S: [
        ['G1', '', 'G1', 0.5, '=CASCADE_ROLLUP(A1:A3,B1:B3,C1:C3,D1:D3)'],
        ['G2', 'G1', 'G2', 1],
        ['G3', 'G9', '', ''],
      ],
    });
    expect(at(hf, 0, 4)).toBeCloseTo(0.75, 9);
    expect(at(hf, 1, 4)).toBe(1);
    expect(at(hf, 2, 4)).toMatchObject({ type: 'VALUE' });
  });

  it('turns typed errors into HyperFormula errors and passes input errors through', () => {
    const hf = createHyperFormula({ S: [['=KPI_ATTAINMENT(1,5,5)', '=NPS(C2)', '=1/0', '=KPI_STATUS(C1)'], ['', '', '']] });
    expect(at(hf, 0, 0)).toMatchObject({ type: 'DIV_BY_ZERO' });
    expect(at(hf, 0, 1)).toMatchObject({ type: 'NA' });
    expect(at(hf, 0, 3)).toMatchObject({ type: 'DIV_BY_ZERO' });
  });

  it('reads dates as Excel serial numbers', () => {
    const hf = createHyperFormula({ S: [['=KPI_PACE(50,100,DATE(2026,1,1),DATE(2026,12,31),DATE(2026,7,2))', '=DATE(2025,1,1)', '=DATE(1900,3,1)']] });
    expect(at(hf, 0, 0)).toBeCloseTo(1, 9);
    expect(at(hf, 0, 1)).toBe(45658); // the spec's worked serial
    expect(at(hf, 0, 2)).toBe(61); // Excel keeps the fictitious 1900-02-29 as day 60
  });
});

describe('the check-in log functions in HyperFormula', () => {
  // The log in A:C (ID, date, value) with a check-in without a date and an empty row; the KPIs in E1:E3.
  const log = [
    ['K1', '=DATE(2026,1,5)', 10, '', 'K1', '=KPI_LATEST(E1:E3,A1:A6,B1:B6,C1:C6)', '=KPI_SPARKLINE(E1:E3,A1:A6,B1:B6,C1:C6)',
      '=GOALS.KPI_LATEST(E2,A1:A6,B1:B6,B1:B6)'],
    ['K2', '=DATE(2026,1,6)', 50, '', 'k2', null, null, '=KPI_SPARKLINE(E1,A1:A6,B1:B6,C1:C6,2)'],
    ['K1', '=DATE(2026,2,5)', 12, '', 'K3', null, null, '=KPI_NEXT_UPDATE(DATE(2026,1,31),"Monthly")'],
    ['K2', '', 99, '', '', '', '', '=KPI_ATTAINMENT(99.5,99.9,,"at least")'],
    ['K1', '=DATE(2026,3,5)', 15, '', '', '', '', '=KPI_LATEST(E1,A1:A6,B1:B6,C1:C6,DATE(2026,2,28))'],
    ['', '', '', '', '', '', '', '=KPI_PROJECTION(E1,A1:A6,B1:B6,C1:C6,DATE(2026,1,5))'],
  ];
  it('spills one result per KPI over the KPIs\' range; a single KPI is one cell, however long the log', () => {
    const hf = createHyperFormula({ S: log });
    expect([at(hf, 0, 5), at(hf, 1, 5), at(hf, 2, 5)]).toEqual([15, 50, '']);
    expect([at(hf, 0, 6), at(hf, 1, 6), at(hf, 2, 6)]).toEqual(['▁▄█', '▄', '']);
    expect(at(hf, 0, 7)).toBe(46028); // K2's last date: the check-in without a date is skipped
    expect(at(hf, 1, 7)).toBe('▁█'); // the latest two: 12, 15
  });
  it('gives the worked values of KPI_NEXT_UPDATE and "at least", KPI_LATEST with as_of, KPI_PROJECTION', () => {
    const hf = createHyperFormula({ S: log });
    expect(at(hf, 2, 7)).toBe(46081);
    expect((at(hf, 3, 7) as number).toFixed(5)).toBe('0.99600');
    expect(at(hf, 4, 7)).toBe(12);
    // K1: (46027, 10), (46058, 12), (46086, 15); mean (46057, 37/3), Sxx 1742, Sxy 147.
    expect(at(hf, 5, 7)).toBeCloseTo(37 / 3 - (30 * 147) / 1742, 9);
  });
});

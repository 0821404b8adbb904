import { describe, expect, it } from 'vitest';
import { createPlaygroundWorkbook } from '../../src/playground/engine';
import { cellDisplay } from '../../src/playground/cellDisplay';
import { isoToSerial } from '../../src/playground/numberFormat';

describe('the playground engine', () => {
  it('has every Goalpost function, with or without the GOALS. prefix', () => {
    const wb = createPlaygroundWorkbook();
    wb.addSheet('S');
    wb.setInputs('S', 0, 0, [['=KPI_ATTAINMENT(90,100)', '=GOALS.KPI_STATUS(0.95)', '=OKR_SCORE({0.7,1.2,0.4},{1,1,2})']]);
    expect(wb.value('S', 0, 0)).toBe(0.9);
    expect(wb.value('S', 0, 1)).toBe('Yellow');
    expect(wb.value('S', 0, 2)).toBeCloseTo(0.625);
  });

  it('reads dates as Excel serials: typed ISO dates, DATE() and the plans\' dates agree', () => {
    const wb = createPlaygroundWorkbook();
    wb.addSheet('S');
    wb.setInputs('S', 0, 0, [['2025-01-01', '=DATE(2025,1,1)', '=DATE(2025,3,1)-DATE(2025,2,1)']]);
    expect(wb.value('S', 0, 0)).toBe(45658);
    expect(wb.value('S', 0, 1)).toBe(45658);
    expect(wb.value('S', 0, 1)).toBe(isoToSerial('2025-01-01'));
    expect(wb.value('S', 0, 2)).toBe(28);
    expect(cellDisplay(wb, 'S', 0, 0).text).toBe('2025-01-01');
  });

  it('computes NPS over pasted answers', () => {
    const wb = createPlaygroundWorkbook();
    wb.addSheet('S');
    const answers = [...Array(60).fill('10'), ...Array(25).fill('8'), ...Array(15).fill('5')].map((a) => [a]);
    wb.setInputs('S', 0, 0, answers);
    wb.setInputs('S', 0, 1, [['=NPS(A1:A100)', '=ROUND(NPS_MOE(A1:A100),2)']]);
    expect(wb.value('S', 0, 1)).toBe(45);
    expect(wb.value('S', 0, 2)).toBe(14.5);
  });
});

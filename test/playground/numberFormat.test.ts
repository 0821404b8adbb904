import { describe, expect, it } from 'vitest';
import { formatGeneral, formatNumber, isoToSerial, serialToIso } from '../../src/playground/numberFormat';

describe('number formats the plans use', () => {
  it('percentages', () => {
    expect(formatNumber(0.9, '0%')).toBe('90%');
    expect(formatNumber(0.9234, '0.0%')).toBe('92.3%');
    expect(formatNumber(-0.05, '0%')).toBe('-5%');
    expect(formatNumber(0.125, '0.##%')).toBe('12.5%');
    expect(formatNumber(0.5, '0.##%')).toBe('50%');
  });
  it('decimals and thousands', () => {
    expect(formatNumber(1234567.891, '#,##0')).toBe('1,234,568');
    expect(formatNumber(14.4951, '0.00')).toBe('14.50');
    expect(formatNumber(-1234.5, '#,##0.0')).toBe('-1,234.5');
    expect(formatNumber(5, '"$"#,##0')).toBe('$5');
  });
  it('dates as serial numbers', () => {
    expect(isoToSerial('2025-01-01')).toBe(45658);
    expect(serialToIso(45658)).toBe('2025-01-01');
    expect(formatNumber(45658, 'yyyy-mm-dd')).toBe('2025-01-01');
    expect(formatNumber(45658.5, 'yyyy-mm-dd hh:mm')).toBe('2025-01-01 12:00');
    expect(formatNumber(45689, 'd mmm yyyy')).toBe('1 Feb 2025');
    expect(isoToSerial('2025-02-30')).toBeUndefined();
  });
  it('General', () => {
    expect(formatGeneral(0.9)).toBe('0.9');
    expect(formatGeneral(1 / 3)).toBe('0.3333333333');
    expect(formatGeneral(45)).toBe('45');
    expect(formatGeneral(1.5e12)).toBe('1.5E+12');
    expect(formatNumber(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatNumber(2, '@')).toBe('2');
  });
});

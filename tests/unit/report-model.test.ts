import { describe, expect, it } from 'vitest';
import { nextPeriod, periodPattern, periodRange } from '../../shared/report-model';

describe('report periods', () => {
  it('runs from the first to the last day of the month, leap years included', () => {
    expect(periodRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('knows the next month across a year end', () => {
    expect(nextPeriod('2026-12')).toBe('2027-01');
    expect(nextPeriod('2026-09')).toBe('2026-10');
  });
  it('accepts only YYYY-MM with a real month', () => {
    expect(periodPattern.test('2026-10')).toBe(true);
    expect(periodPattern.test('2026-13')).toBe(false);
    expect(periodPattern.test('2026-1')).toBe(false);
  });
});

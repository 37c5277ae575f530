import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, isoWeekday, monthWeeks } from './days.js';
import { InterkalError } from './errors.js';

describe('day helpers', () => {
  it('add and count whole days across month, year and leap-day edges', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01'); // 2100 is not a leap year (Gregorian century rule)
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28'); // the EU's 2026 clock change is irrelevant to days
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2000-01-01', '2001-01-01')).toBe(366);
    expect(daysBetween('2026-04-06', '2026-04-05')).toBe(-1);
  });

  it('name weekdays as ISO 8601 does (1 Monday … 7 Sunday)', () => {
    // 1 January 2026 was a Thursday; 4 October 2026 a Sunday (any printed calendar).
    expect(isoWeekday('2026-01-01')).toBe(4);
    expect(isoWeekday('2026-10-04')).toBe(7);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('lay out a month from the chosen first weekday', () => {
    // February 2026 starts on a Sunday: one leading blank in a Sunday-first grid, six in a Monday-first one.
    expect(monthWeeks(2026, 2, 7)[0]).toEqual([
      '2026-02-01',
      ...Array.from({ length: 6 }, (_, i) => `2026-02-0${i + 2}`),
    ]);
    const mondayFirst = monthWeeks(2026, 2, 1);
    expect(mondayFirst[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(mondayFirst.flat().filter((d) => d !== null)).toHaveLength(28);
    expect(mondayFirst.every((week) => week.length === 7)).toBe(true);
  });

  it('reject a date that is not one', () => {
    expect(() => addDays('2026-02-30', 1)).toThrowError(InterkalError);
    expect(() => addDays('2026-02-01', 0.5)).toThrowError(/days/);
  });
});

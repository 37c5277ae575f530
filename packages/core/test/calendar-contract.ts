import { expect, it } from 'vitest';
import { fixedFromGregorian } from '../src/calendars/gregorian.js';
import type { Fixed } from '../src/types.js';

/** A calendar as the contract sees it: dates as plain records of numbers. */
export interface CalendarUnderTest<D> {
  toFixed(date: D): Fixed;
  fromFixed(date: Fixed): D;
  /** First and last fixed days to check; default 1 Jan 1899 … 31 Dec 2101. */
  range?: [Fixed, Fixed];
}

/**
 * The checks every calendar module passes (used by each `<calendar>.test.ts`): every day converts there and back
 * to itself, and consecutive days map to distinct native dates.
 */
export function runCalendarContract<D>(calendar: CalendarUnderTest<D>): void {
  const [first, last] = calendar.range ?? [fixedFromGregorian(1899, 1, 1), fixedFromGregorian(2101, 12, 31)];
  it('round-trips every day of the range', () => {
    const failures: string[] = [];
    for (let day = first; day <= last && failures.length < 5; day++) {
      const native = calendar.fromFixed(day);
      const back = calendar.toFixed(native);
      if (back !== day) failures.push(`${day} → ${JSON.stringify(native)} → ${back}`);
    }
    expect(failures).toEqual([]);
  });
  it('gives distinct native dates to consecutive days', () => {
    let previous = JSON.stringify(calendar.fromFixed(first));
    let repeats = 0;
    for (let day = first + 1; day <= last; day++) {
      const current = JSON.stringify(calendar.fromFixed(day));
      if (current === previous) repeats++;
      previous = current;
    }
    expect(repeats).toBe(0);
  });
}

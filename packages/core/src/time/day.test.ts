import { describe, expect, it } from 'vitest';
import { fixedAt, UNIX_EPOCH, utcMidnightOf } from './day.js';

// Reingold & Dershowitz, Calendrical Calculations (4th ed., 2018), Appendix C: R.D. 710,347 is 12 November 1945
// and the fixed date of 1 January 1970 is 719,163 (their `unix-epoch`).
describe('day numbers', () => {
  it('puts the Unix epoch on R.D. 719,163', () => {
    expect(UNIX_EPOCH).toBe(719_163);
    expect(fixedAt(Date.UTC(1945, 10, 12, 23, 59))).toBe(710_347);
  });

  it('reads the civil date ahead of UTC by the offset', () => {
    const lateEvening = Date.UTC(2024, 0, 1, 20);
    expect(fixedAt(lateEvening, 5.5 * 3_600_000)).toBe(fixedAt(Date.UTC(2024, 0, 2)));
    expect(fixedAt(lateEvening, -21 * 3_600_000)).toBe(fixedAt(Date.UTC(2023, 11, 31)));
  });

  it('maps a day back to its UTC midnight', () => {
    expect(utcMidnightOf(710_347)).toBe(Date.UTC(1945, 10, 12));
  });
});

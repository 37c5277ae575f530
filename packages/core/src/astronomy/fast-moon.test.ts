import { describe, expect, it } from 'vitest';
import { phaseDaysBetween } from './estimate-then-verify.js';
import { estimatePhase, PHASE_ESTIMATE_ERROR_MS } from './fast-moon.js';
import {
  fullMoonOfLunation,
  fullMoonsBetween,
  lunationsAround,
  newMoonOfLunation,
  newMoonsBetween,
} from './moon.js';
import { settle } from './settle.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
// 1897–2103: the library's years 1899–2101 and the months either side its calendars reach into (a Chinese year
// asks for the sui after it).
const { first, last } = lunationsAround(0, Date.UTC(1897, 0, 1), Date.UTC(2104, 0, 1));

// The guard band is only as good as the error bound behind it: every lunation of the library's range is checked
// against astronomy-engine's SearchMoonPhase (the precise path), with half the margin to spare.
describe('Meeus phase estimates (fast path)', () => {
  for (const [phase, precise] of [
    [0, newMoonOfLunation],
    [180, fullMoonOfLunation],
  ] as const) {
    it(`stays within half the margin of astronomy-engine for every ${phase === 0 ? 'new' : 'full'} moon 1897–2103`, () => {
      let worst = 0;
      for (let k = first; k <= last; k++) {
        worst = Math.max(worst, Math.abs(estimatePhase(k, phase) - precise(k)));
      }
      expect(last - first).toBeGreaterThan(2550);
      expect(worst).toBeLessThan(PHASE_ESTIMATE_ERROR_MS / 2);
    });
  }

  it('dates every new and full moon 1897–2103 to the same civil day as the precise instant in UTC, +3:30, +7, +8, +9', () => {
    for (const offset of [0, 3.5, 7, 8, 9]) {
      const day = (instant: number) => Math.floor((instant + offset * HOUR) / DAY);
      for (let k = first; k <= last; k++) {
        for (const [phase, precise] of [
          [0, newMoonOfLunation],
          [180, fullMoonOfLunation],
        ] as const) {
          const exact = day(precise(k));
          expect(settle(estimatePhase(k, phase), PHASE_ESTIMATE_ERROR_MS, day, () => precise(k))).toBe(exact);
        }
      }
    }
  });

  it('lists the same phase days as the precise instants for windows across 1897–2103 (phaseDaysBetween)', () => {
    for (const offset of [0, 3.5, 7, 8, 9]) {
      const day = (instant: number) => Math.floor((instant + offset * HOUR) / DAY);
      // 40-day windows at irregular starts, as a caller looking for the full moon near a day would ask.
      for (let from = Date.UTC(1897, 0, 1, 5); from < Date.UTC(2103, 11, 1); from += 23.7 * DAY) {
        const to = from + 40 * DAY;
        expect(phaseDaysBetween(0, from, to, day)).toEqual(newMoonsBetween(from, to).map(day));
        expect(phaseDaysBetween(180, from, to, day)).toEqual(fullMoonsBetween(from, to).map(day));
      }
    }
  });

  it('falls back to the precise instant when the margin straddles a step', () => {
    let calls = 0;
    const precise = () => {
      calls++;
      return 10;
    };
    expect(settle(0, 5, (t) => t >= 1, precise)).toBe(true);
    expect(settle(0, 0.5, (t) => t >= 1, precise)).toBe(false);
    expect(calls).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { fullMoonsBetween } from '../astronomy/moon.js';
import { UNIX_EPOCH } from './gregorian.js';
import { fullMoonDayNear, thaiLunarYear } from './thai-lunar.js';

const DAY = 86_400_000;
const civilDayInThailand = (instant: number) => UNIX_EPOCH + Math.floor((instant + 7 * 3_600_000) / DAY);

// fullMoonDayNear takes one Meeus full moon (the mean lunation nearest to the day) where the ±20-day search would
// find the same; this checks it against the precise full moons for the 15th of every month the calendar builds on
// and every day between, 1898–2102.
describe('Thai full-moon day (fast path)', () => {
  it('equals the nearest precise full moon for every 15th day of 1898–2102 (±2 days)', () => {
    const first = thaiLunarYear(1898).start;
    const last = thaiLunarYear(2102).start + 354;
    for (let monthStart = first; monthStart < last; monthStart += 29.5) {
      for (let offset = -2; offset <= 2; offset++) {
        const day = Math.round(monthStart) + 14 + offset;
        const at = (day - UNIX_EPOCH) * DAY;
        const civil = fullMoonsBetween(at - 20 * DAY, at + 20 * DAY).map(civilDayInThailand);
        const nearest = civil.reduce((best, next) =>
          Math.abs(next - day) < Math.abs(best - day) ? next : best,
        );
        expect(fullMoonDayNear(day)).toBe(nearest);
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { fullMoonsBetween, newMoonsBetween, newMoonsInYear } from './moon.js';

const DAY = 86_400_000;

// Checks that need no data (as astronomy-engine's own tests do): a synodic month lasts 29.18–29.93 days, and a
// full moon lies between consecutive new moons. Month starts are checked against HKO in calendars/chinese.test.ts.
describe('moon phases', () => {
  const from = Date.UTC(1899, 0, 1);
  const to = Date.UTC(2102, 0, 1);
  const newMoons = newMoonsBetween(from, to);
  const fullMoons = fullMoonsBetween(from, to);

  it('finds every lunation 1899–2101 with realistic lengths', () => {
    expect(newMoons.length).toBeGreaterThan(2500);
    for (let i = 1; i < newMoons.length; i++) {
      const days = (newMoons[i]! - newMoons[i - 1]!) / DAY;
      expect(days).toBeGreaterThan(29.18);
      expect(days).toBeLessThan(29.93);
    }
  });

  it('alternates new and full moons', () => {
    const firstFull = fullMoons.findIndex((full) => full > newMoons[0]!);
    for (let i = 1; i < newMoons.length; i++) {
      const full = fullMoons[firstFull + i - 1]!;
      expect(full > newMoons[i - 1]! && full < newMoons[i]!).toBe(true);
    }
  });

  it('lists only the new moons of the year asked for', () => {
    for (const instant of newMoonsInYear(2026)) expect(new Date(instant).getUTCFullYear()).toBe(2026);
    expect(newMoonsInYear(2026).length).toBeGreaterThanOrEqual(12);
  });
});

import { describe, expect, it } from 'vitest';
import { computeSuiMonths, type LunisolarZone, PRECISE_ASTRONOMY } from './chinese.js';

// The calendar takes new moons, principal terms and solstices from cheap estimates and asks astronomy-engine only
// when an estimate's error margin straddles a day or a 30° boundary (astronomy/fast-moon.ts, fast-sun.ts). The
// reference here is the same calendar computed from astronomy-engine's searches alone: every sui 1898–2102 in
// every zone must come out identical, so the guard bands are verified rather than assumed.
describe('chinese calendar fast path', () => {
  const zones: (LunisolarZone | number)[] = ['china', 'korea', 'vietnam', 9];
  it('gives the same months as astronomy-engine alone for every sui 1898–2102 in UTC+7, +8 and +9', () => {
    let mismatches = 0;
    for (const zone of zones) {
      for (let year = 1898; year <= 2102; year++) {
        const fast = computeSuiMonths(year, zone, undefined);
        const precise = computeSuiMonths(year, zone, PRECISE_ASTRONOMY);
        if (JSON.stringify(fast) !== JSON.stringify(precise)) mismatches++;
        expect(fast, `${zone} ${year}`).toEqual(precise);
      }
    }
    expect(mismatches).toBe(0);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../test/support.js';
import { fullMoonsBetween } from '../astronomy/moon.js';
import { UNIX_EPOCH } from '../calendars/gregorian.js';
import { vesak } from './buddhist.js';

// UN Vesak picks its full moon with the Meeus estimates and searches only that one precisely; this checks the day
// and the reported instant against the precise full moons (astronomy-engine) for every year the rules reach.
describe('UN Vesak (fast path)', () => {
  it('is the first precise full moon of May (UTC), day and instant, 1899–2101', () => {
    const rule = vesak();
    for (let year = 1899; year <= 2101; year++) {
      const instant = fullMoonsBetween(Date.UTC(year, 4, 1), Date.UTC(year, 5, 1))[0]!;
      const [observance] = rule.observancesIn(year, defaultOptions);
      expect(observance?.start).toBe(UNIX_EPOCH + Math.floor(instant / 86_400_000));
      expect(observance?.instant).toBe(new Date(instant).toISOString());
    }
  });
});

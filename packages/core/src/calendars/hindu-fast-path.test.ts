import { describe, expect, it } from 'vitest';
import { estimatePhase } from '../astronomy/fast-moon.js';
import { ELONGATION_INSTANT_ERROR_MS, estimateElongationInstant } from '../astronomy/fast-sky.js';
import { newMoonOfLunation } from '../astronomy/moon.js';
import {
  estimateSiderealMoonLongitudeInstant,
  MOON_LONGITUDE_INSTANT_ERROR_MS,
  nextElongation,
  nextSiderealMoonLongitude,
  siderealMoonLongitude,
} from '../astronomy/sidereal.js';
import { MS_PER_DAY } from '../time/day.js';
import { lunationsAround, namedLunationsAround } from './hindu/lunations.js';
import { estimatedTithiStart } from './hindu/tithis.js';

// The festival rules decide on estimated tithi boundaries and lunations (decideWithEstimates in hindu.ts) and go to
// astronomy-engine when a decision lies within the margin; these checks prove what that margin rests on, against
// the precise path, over every year the rules reach (1899–2101 and the lunations around them).
describe('Hindu fast path', () => {
  it('names every lunation of 1899–2101 as the precise new moons do', () => {
    for (let year = 1899; year <= 2101; year++) {
      const strip = ({ start: _s, end: _e, ...names }: { start: number; end: number }) => names;
      expect(namedLunationsAround(year).map(strip)).toEqual(lunationsAround(year).map(strip));
    }
  });

  it('finds every tithi boundary (and bhadra end) within 70% of ELONGATION_INSTANT_ERROR_MS, 1897–2103', () => {
    let worst = 0;
    // Every fifth lunation, all 29 boundaries and 174° (the end of bhadra) from the estimated new moon.
    for (let k = -1276; k <= 1287; k += 5) {
      const precise = newMoonOfLunation(k);
      const estimate = estimatePhase(k, 0);
      for (let degrees = 12; degrees < 360; degrees += 12) {
        const exact = nextElongation(degrees, precise);
        const gap = estimateElongationInstant(degrees, estimate) - exact;
        // Festival rules take tithi starts from the nearest Meeus phase instead (estimatedTithiStart).
        const fromPhase = estimatedTithiStart(k, degrees / 12 + 1) - exact;
        worst = Math.max(worst, Math.abs(gap), Math.abs(fromPhase));
      }
      const bhadra = estimateElongationInstant(174, estimate) - nextElongation(174, precise);
      worst = Math.max(worst, Math.abs(bhadra));
    }
    expect(worst).toBeLessThan(0.7 * ELONGATION_INSTANT_ERROR_MS);
  });

  it('finds Thiruvonam nakshatra (Onam) within 70% of MOON_LONGITUDE_INSTANT_ERROR_MS, 1897–2103', () => {
    let worst = 0;
    for (let from = Date.UTC(1897, 0, 1); from < Date.UTC(2104, 0, 1); from += 9.7 * MS_PER_DAY) {
      for (const degrees of [280, 280 + 360 / 27]) {
        // Searches starting next to a crossing are left to the precise path (decisionSiderealMoonLongitude).
        const ahead = (((degrees - siderealMoonLongitude(from)) % 360) + 360) % 360;
        if (ahead < 0.05 || ahead > 359.95) continue;
        const gap =
          estimateSiderealMoonLongitudeInstant(degrees, from) - nextSiderealMoonLongitude(degrees, from);
        worst = Math.max(worst, Math.abs(gap));
      }
    }
    expect(worst).toBeLessThan(0.7 * MOON_LONGITUDE_INSTANT_ERROR_MS);
  });
});

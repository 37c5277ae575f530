import { describe, expect, it } from 'vitest';
import { fastSkyAt, fastSkyBetween, MAX_INTERPOLATION_SPAN_MS } from './fast-sky.js';
import { skyAt } from './islamic-crescent.js';

const RAD = Math.PI / 180;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const wrapDegrees = (radians: number) => Math.abs(Math.atan2(Math.sin(radians), Math.cos(radians))) / RAD;

// The screening positions stand in for astronomy-engine only behind margins (islamic-crescent.ts); these bounds
// are what the margins rest on, measured over the library's range against astronomy-engine (the precise path).
describe('low-precision Sun and Moon (fast path)', () => {
  it('stays within 0.015° (Sun, Moon, elongation), 50 km and 0.001° of sidereal time, 1897–2103 every 4.7 days', () => {
    const worst = { sun: 0, moon: 0, elongation: 0, distanceKm: 0, gast: 0 };
    for (let t = Date.UTC(1897, 0, 1); t < Date.UTC(2104, 0, 1); t += 4.7 * DAY) {
      const precise = skyAt(new Date(t));
      const fast = fastSkyAt(t);
      worst.sun = Math.max(
        worst.sun,
        wrapDegrees(fast.sunRa - precise.sunRa) * Math.cos(precise.sunDec),
        Math.abs(fast.sunDec - precise.sunDec) / RAD,
      );
      worst.moon = Math.max(
        worst.moon,
        wrapDegrees(fast.moonRa - precise.moonRa) * Math.cos(precise.moonDec),
        Math.abs(fast.moonDec - precise.moonDec) / RAD,
      );
      worst.elongation = Math.max(worst.elongation, Math.abs(fast.elongation - precise.elongation));
      worst.distanceKm = Math.max(
        worst.distanceKm,
        Math.abs(fast.moonDistanceAu - precise.moonDistanceAu) * 149_597_870.7,
      );
      worst.gast = Math.max(worst.gast, wrapDegrees(fast.gast - precise.gast));
    }
    expect(worst.sun).toBeLessThan(0.015);
    expect(worst.moon).toBeLessThan(0.015);
    expect(worst.elongation).toBeLessThan(0.015);
    expect(worst.distanceKm).toBeLessThan(50);
    expect(worst.gast).toBeLessThan(0.001);
  });

  it('interpolates the Moon across 16 hours to within 0.001° of evaluating it directly', () => {
    let worst = 0;
    for (let from = Date.UTC(1899, 0, 1, 7); from < Date.UTC(2102, 0, 1); from += 97.3 * DAY) {
      const sky = fastSkyBetween(from, from + MAX_INTERPOLATION_SPAN_MS);
      for (let t = from; t <= from + MAX_INTERPOLATION_SPAN_MS; t += 1.9 * HOUR) {
        const [a, b] = [sky(t), fastSkyAt(t)];
        worst = Math.max(worst, wrapDegrees(a.moonRa - b.moonRa), Math.abs(a.moonDec - b.moonDec) / RAD);
      }
    }
    expect(worst).toBeLessThan(0.001);
  });
});

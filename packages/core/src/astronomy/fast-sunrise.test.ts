import { describe, expect, it } from 'vitest';
import {
  estimateMoonrise,
  estimateRiseSetInDay,
  MAX_ESTIMATE_LATITUDE,
  MOONRISE_ERROR_MS,
  RISE_SET_ERROR_MS,
} from './fast-sunrise.js';
import { moonriseAfter } from './sidereal.js';
import { sunrise, sunset } from './sun.js';

const UNIX_EPOCH_FIXED = 719_163;
const fixedOf = (year: number) => UNIX_EPOCH_FIXED + Math.floor(Date.UTC(year, 0, 1) / 86_400_000);

// Places across the latitudes the estimate serves (up to MAX_ESTIMATE_LATITUDE) and time zones far from their
// meridian (Kolkata, Madrid, Urumqi on Beijing time), where the civil day and the solar day differ most.
const PLACES = [
  { latitude: 28.6139, longitude: 77.209, timeZone: 'Asia/Kolkata' },
  { latitude: 52.52, longitude: 13.405, timeZone: 'Europe/Berlin' },
  { latitude: 60, longitude: 24.9, timeZone: 'Europe/Helsinki' },
  { latitude: -60, longitude: -45, timeZone: 'America/Argentina/Buenos_Aires' },
  { latitude: 40.4, longitude: -3.7, timeZone: 'Europe/Madrid' },
  { latitude: 43.8, longitude: 87.6, timeZone: 'Asia/Shanghai' },
  { latitude: 0.3, longitude: 32.6, timeZone: 'Africa/Kampala' },
  { latitude: -33.9, longitude: 151.2, timeZone: 'Australia/Sydney' },
];

// The estimated sunrises and sunsets stand in for astronomy-engine's SearchRiseSet only behind a margin built on
// RISE_SET_ERROR_MS (calendars/hindu.ts, decideWithEstimates); this measures that bound over 1897–2103.
describe('estimated sunrise and sunset (fast path)', () => {
  it('stays within half of RISE_SET_ERROR_MS of astronomy-engine at latitudes up to 60°, 1897–2103', () => {
    let worst = 0;
    let estimated = 0;
    for (const [index, place] of PLACES.entries()) {
      for (let day = fixedOf(1897) + index; day < fixedOf(2104); day += 37) {
        for (const [direction, precise] of [
          [1, sunrise],
          [-1, sunset],
        ] as const) {
          const estimate = estimateRiseSetInDay(direction, day, place);
          if (estimate === undefined) continue;
          estimated++;
          worst = Math.max(worst, Math.abs(estimate - precise(day, place)!.getTime()));
        }
      }
    }
    expect(worst).toBeLessThan(RISE_SET_ERROR_MS / 2);
    // Only grazing days at ±60° are left to astronomy-engine.
    expect(estimated).toBeGreaterThan(0.99 * PLACES.length * 2 * ((fixedOf(2104) - fixedOf(1897)) / 37));
  });

  it('leaves polar latitudes to astronomy-engine', () => {
    const day = fixedOf(2026) + 170;
    const place = (latitude: number) => ({ latitude, longitude: 10, timeZone: 'Europe/Oslo' });
    expect(estimateRiseSetInDay(1, day, place(MAX_ESTIMATE_LATITUDE + 0.5))).toBeUndefined();
    expect(estimateRiseSetInDay(1, day, place(59.9))).toBeDefined();
  });

  // Karva Chauth decides on estimated moonrises (decisionMoonrise in calendars/hindu.ts) behind a margin built on
  // MOONRISE_ERROR_MS; the estimate must also find the same moonrise from any guess within 11 hours of it.
  it('finds moonrise within half of MOONRISE_ERROR_MS of astronomy-engine from guesses ±11 h away, 1897–2103', () => {
    let worst = 0;
    let estimated = 0;
    let tried = 0;
    for (const [index, place] of PLACES.entries()) {
      for (
        let t = Date.UTC(1897, 0, 1) + index * 86_400_000;
        t < Date.UTC(2104, 0, 1);
        t += 41 * 86_400_000
      ) {
        const precise = moonriseAfter(t, place, 1.2);
        if (precise === undefined) continue;
        for (const hours of [-11, 0, 11]) {
          tried++;
          const estimate = estimateMoonrise(precise + hours * 3_600_000, place.latitude, place.longitude);
          if (estimate === undefined) continue;
          estimated++;
          worst = Math.max(worst, Math.abs(estimate - precise));
        }
      }
    }
    expect(worst).toBeLessThan(MOONRISE_ERROR_MS / 2);
    expect(estimated).toBeGreaterThan(0.99 * tried);
  });
});

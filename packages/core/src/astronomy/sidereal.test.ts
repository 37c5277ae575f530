import { describe, expect, it } from 'vitest';
import {
  elongation,
  lahiriAyanamsa,
  nextElongation,
  nextSiderealMoonLongitude,
  nextSiderealSunLongitude,
  siderealMoonLongitude,
  siderealSunLongitude,
  tithiAt,
} from './sidereal.js';

const DAY = 86_400_000;

describe('sidereal longitudes (Lahiri) and tithis', () => {
  it('keeps the Lahiri ayanamsa at its defining value in 1956 and moves it by ~50.3″ a year (plus nutation)', () => {
    // Indian Calendar Reform Committee (1955): 23°15′00.658″ mean at 1956-03-21; Swiss Ephemeris' SE_SIDM_LAHIRI.
    const march1956 = lahiriAyanamsa(Date.UTC(1956, 2, 21));
    expect(Math.abs(march1956 - (23 + 15 / 60 + 0.658 / 3600))).toBeLessThan(20 / 3600);
    const perYear = (lahiriAyanamsa(Date.UTC(2050, 0, 1)) - lahiriAyanamsa(Date.UTC(1950, 0, 1))) / 100;
    expect(perYear * 3600).toBeGreaterThan(50.0);
    expect(perYear * 3600).toBeLessThan(50.6);
  });

  it('finds sankrantis where the sidereal Sun is on a sign boundary, 29.3–31.5 days apart', () => {
    let previous = nextSiderealSunLongitude(0, Date.UTC(1900, 0, 1));
    for (let k = 1; k <= 12 * 201; k++) {
      const next = nextSiderealSunLongitude((k % 12) * 30, previous + DAY);
      const error = ((siderealSunLongitude(next) - (k % 12) * 30 + 540) % 360) - 180;
      expect(Math.abs(error)).toBeLessThan(1e-5);
      const gap = (next - previous) / DAY;
      expect(gap).toBeGreaterThan(29.3);
      expect(gap).toBeLessThan(31.5);
      previous = next;
    }
  });

  it('finds the next sankranti from just before or just after one (where the Meeus Sun cannot tell)', () => {
    const makara = nextSiderealSunLongitude(270, Date.UTC(2026, 0, 1));
    for (const seconds of [1, 60, 3600]) {
      expect(Math.abs(nextSiderealSunLongitude(270, makara - seconds * 1000) - makara)).toBeLessThan(10);
      const yearLater = nextSiderealSunLongitude(270, makara + seconds * 1000);
      expect((yearLater - makara) / DAY).toBeGreaterThan(365);
      expect((yearLater - makara) / DAY).toBeLessThan(366);
    }
  });

  it('finds nakshatra boundaries where the sidereal Moon is on a 13°20′ step, 0.8–1.2 days apart', () => {
    let previous = nextSiderealMoonLongitude(0, Date.UTC(2026, 0, 1));
    for (let k = 1; k <= 60; k++) {
      const degrees = ((k % 27) * 360) / 27;
      const next = nextSiderealMoonLongitude(degrees, previous + 3_600_000);
      const error = ((siderealMoonLongitude(next) - degrees + 540) % 360) - 180;
      expect(Math.abs(error)).toBeLessThan(1e-4);
      expect((next - previous) / DAY).toBeGreaterThan(0.8);
      expect((next - previous) / DAY).toBeLessThan(1.2);
      previous = next;
    }
  });

  it('starts each tithi at a 12° step of elongation', () => {
    let instant = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 60; i++) {
      const degrees = (((Math.floor(elongation(instant) / 12) + 1) % 30) * 12) as number;
      const start = nextElongation(degrees, instant);
      expect(tithiAt(start + 60_000)).toBe(degrees / 12 + 1);
      expect(tithiAt(start - 60_000)).toBe(((degrees / 12 + 29) % 30) + 1);
      instant = start + 60_000;
    }
  });
});

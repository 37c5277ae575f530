import { describe, expect, it } from 'vitest';
import {
  AMERICAN_WEST_COAST,
  americanView,
  fastSky,
  newZealandFajr,
  SCREEN_ALTITUDE_MARGIN,
  SCREEN_ELONGATION_MARGIN,
  SCREEN_FAJR_MARGIN_MS,
  screeningAmericanViews,
  skyAt,
  sunsetLineView,
} from '../astronomy/islamic-crescent.js';
import { utcDateFromFixed } from './gregorian.js';
import { preciseMonthStart, screenedMonthStart } from './islamic-diyanet.js';

const DAY = 86_400_000;
// Hijri years covering Gregorian 1899–2101 and the month after.
const FIRST_YEAR = 1316;
const LAST_YEAR = 1527;

// The Diyanet calendar decides each month from cheap Sun and Moon positions (astronomy/fast-sky.ts) and hands the
// month to astronomy-engine when any decision falls inside its margin. The reference is the same rule evaluated
// with astronomy-engine throughout: every month of the library's range must agree, so the guard band is verified.
describe('Diyanet month starts from screening positions', () => {
  const precise = new Map<string, number>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let month = 1; month <= 12; month++) precise.set(`${year}/${month}`, preciseMonthStart(year, month));
  }

  it('equals the astronomy-engine month start for every month 1316–1527 AH, deciding at least 95% itself', () => {
    let undecided = 0;
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (let month = 1; month <= 12; month++) {
        const screened = screenedMonthStart(year, month);
        if (screened === undefined) undecided++;
        else expect(screened, `${year}/${month}`).toBe(precise.get(`${year}/${month}`));
      }
    }
    expect(undecided).toBeLessThan(0.05 * precise.size);
  });

  it('keeps altitude, elongation and dawn errors within a third of their margins on each deciding evening', () => {
    let altitude = 0;
    let elongation = 0;
    let dawn = 0;
    let n = 0;
    for (const start of precise.values()) {
      n++;
      for (const evening of [start - 1]) {
        const dayStart = utcDateFromFixed(evening);
        const deadline = new Date(dayStart.getTime() + DAY);
        const [a, b] = [sunsetLineView(deadline, skyAt), sunsetLineView(deadline, fastSky)];
        altitude = Math.max(altitude, Math.abs(a.altitude - b.altitude));
        elongation = Math.max(elongation, Math.abs(a.elongation - b.elongation));
        const screened = screeningAmericanViews(dayStart);
        for (const i of [n % AMERICAN_WEST_COAST.length]) {
          const [lat, lon] = AMERICAN_WEST_COAST[i]!;
          const [c, d] = [americanView(dayStart, lat, lon, skyAt), screened[i]!];
          altitude = Math.max(altitude, Math.abs(c.altitude - d.altitude));
          elongation = Math.max(elongation, Math.abs(c.elongation - d.elongation));
        }
        dawn = Math.max(
          dawn,
          Math.abs(newZealandFajr(dayStart).getTime() - newZealandFajr(dayStart, fastSky).getTime()),
        );
      }
    }
    expect(altitude).toBeLessThan(SCREEN_ALTITUDE_MARGIN / 3);
    expect(elongation).toBeLessThan(SCREEN_ELONGATION_MARGIN / 3);
    expect(dawn).toBeLessThan(SCREEN_FAJR_MARGIN_MS / 3);
  });
});

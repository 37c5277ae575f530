import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seasonInstants } from './seasons.js';
import { solarLongitudeInstant, sunLongitudeAt } from './solar-terms.js';

// Hong Kong Observatory conversion tables 1999–2100: the day (UTC+8) of each of the 24 solar terms; see
// test/fixtures/README.md (hko-chinese-1999-2100.txt).
const rows = readFileSync(new URL('../../test/fixtures/hko-chinese-1999-2100.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(' '));

const UTC8 = 8 * 3_600_000;

describe('solar terms', () => {
  it('puts all 2448 solar terms 1999–2100 on the HKO day (UTC+8)', () => {
    const mismatches: string[] = [];
    for (const [yearText, , days] of rows) {
      const year = Number(yearText);
      for (let i = 0; i < 24; i++) {
        // Term 0 is Xiaohan (285°) in early January; each term adds 15°.
        const longitude = (285 + 15 * i) % 360;
        const local = new Date(solarLongitudeInstant(longitude, year) + UTC8);
        const day = Number.parseInt(days![i]!, 36);
        if (local.getUTCMonth() !== Math.floor(i / 2) || local.getUTCDate() !== day) {
          mismatches.push(`${year} ${longitude}° HKO day ${day}, ours ${local.toISOString().slice(0, 16)}`);
        }
      }
    }
    expect(rows).toHaveLength(102);
    expect(mismatches).toEqual([]);
  });

  it('agrees with the season search at 0°, 90°, 180° and 270° within a second', () => {
    for (const year of [1900, 1950, 2000, 2026, 2100]) {
      const seasons = seasonInstants(year);
      expect(Math.abs(solarLongitudeInstant(0, year) - seasons.marchEquinox)).toBeLessThan(1000);
      expect(Math.abs(solarLongitudeInstant(270, year) - seasons.decemberSolstice)).toBeLessThan(1000);
    }
  });

  it('finds the instant the Sun reaches the longitude', () => {
    for (const longitude of [15, 315]) {
      const instant = solarLongitudeInstant(longitude, 2026);
      expect(Math.abs(sunLongitudeAt(instant) - longitude)).toBeLessThan(1e-3);
      expect(new Date(instant).getUTCFullYear()).toBe(2026);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../test/support.js';
import { cacheLoads } from '../bounded-cache.js';
import { SUN_TIMES_CACHED } from '../calendars/hindu/sun-times.js';
import type { Place } from '../types.js';
import { holikaDahan, onam, sankrantiFestival, tithiFestival } from './hindu.js';
import { paryushana } from './jain.js';
import { FESTIVALS_CACHED } from './panchanga-rule.js';

// A server asked for thousands of distinct places (issue 9: 4,000 places took it from 154 to 1,127 MB) must not
// keep every place's sunrises and festivals. Every cache of the Hindu engine is an LRU with an entry bound.
const CITIES: Place[] = [
  { latitude: 28.61, longitude: 77.21, timeZone: 'Asia/Kolkata' },
  { latitude: 52.52, longitude: 13.41, timeZone: 'Europe/Berlin' },
  { latitude: 43.65, longitude: -79.38, timeZone: 'America/Toronto' },
  { latitude: -33.87, longitude: 151.21, timeZone: 'Australia/Sydney' },
];

/** 2,000 distinct places, 500 around each city on a 0.01° grid (the precision the query rounds places to). */
const PLACES: Place[] = Array.from({ length: 2000 }, (_, i) => {
  const city = CITIES[i % CITIES.length]!;
  const step = Math.floor(i / CITIES.length);
  return {
    latitude: city.latitude + 0.01 * (step % 25),
    longitude: city.longitude + 0.01 * Math.floor(step / 25),
    timeZone: city.timeZone,
  };
});

const RULES = [
  sankrantiFestival(9, 'sunset'),
  tithiFestival({ month: 1, tithi: 1 }),
  tithiFestival({ month: 7, tithi: 30, prevailing: 'pradosh', onBothDays: 'longer' }),
  holikaDahan(0),
  onam(),
  paryushana(),
];

describe('Hindu engine caches', () => {
  it('stay within their bounds after festivals for 2,000 distinct places', () => {
    for (const place of PLACES)
      for (const rule of RULES) rule.observancesIn(2095, { ...defaultOptions, place });
    const loads = cacheLoads();
    for (const { name, size, max } of loads) expect(size, name).toBeLessThanOrEqual(max);
    // The load exceeded the place-keyed bounds, so these held by evicting (2,000 × 6 festivals > 10,000).
    const size = (name: string) => loads.find((load) => load.name === name)?.size;
    expect(size('festivals')).toBe(FESTIVALS_CACHED);
    expect(size('estimated sunrises')).toBe(SUN_TIMES_CACHED);
    expect(PLACES.length * RULES.length).toBeGreaterThan(FESTIVALS_CACHED);
  }, 60_000);

  it('are all bounded: no engine module keeps a Map, Set or array as a cache', () => {
    const engine = [
      ...readdirSync(new URL('../calendars/hindu/', import.meta.url)).map(
        (file) => `../calendars/hindu/${file}`,
      ),
      '../calendars/hindu.ts',
      './hindu.ts',
      './sikh.ts',
      './jain.ts',
      './panchanga-rule.ts',
    ].filter((file) => !file.endsWith('.test.ts'));
    for (const file of engine) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(source, file).not.toMatch(/new (Map|Set)\b/);
      // Module-level mutable state other than bounded caches (the old `let margin`).
      expect(source, file).not.toMatch(/^let /m);
    }
    expect(cacheLoads().map((load) => load.name)).toEqual(
      expect.arrayContaining(['sunrises', 'sunsets', 'estimated sunrises', 'estimated sunsets', 'festivals']),
    );
  });
});

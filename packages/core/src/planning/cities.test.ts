import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CITIES, findCity, placeOf } from './cities.js';

// Independent coordinates: English Wikipedia's city infoboxes as scraped by pensnarik/german-cities (2021);
// see test/fixtures/README.md, "german-cities-wikipedia-coords.txt".
const wikipedia = new Map(
  readFileSync(new URL('../../test/fixtures/german-cities-wikipedia-coords.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [slug, latitude, longitude] = line.split(' ');
      return [slug!, { latitude: Number(latitude), longitude: Number(longitude) }] as const;
    }),
);

/** Distance in km on a sphere of the Earth's mean radius. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('German cities', () => {
  it('lists at least the 80 largest, by population, each over 100,000, with unique slugs', () => {
    expect(CITIES.length).toBeGreaterThanOrEqual(80);
    for (let i = 1; i < CITIES.length; i++)
      expect(CITIES[i]!.population).toBeLessThanOrEqual(CITIES[i - 1]!.population);
    expect(CITIES.at(-1)!.population).toBeGreaterThanOrEqual(100_000);
    const keys = CITIES.flatMap((city) => [city.slug, ...city.aliases]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('places every city near its Wikipedia coordinates (median under 1 km, none over 15 km)', () => {
    const distances = CITIES.map((city) => km(city, wikipedia.get(city.slug)!)).sort((a, b) => a - b);
    expect(wikipedia.size).toBe(CITIES.length);
    // Measured: median 0.58 km; the largest is Bergisch Gladbach, 12.0 km, whose scraped infobox value
    // (51.100 N, 7.117 E) is rounded to a tenth of a degree; next Recklinghausen 4.1 km.
    expect(distances[Math.floor(distances.length / 2)]).toBeLessThan(1);
    expect(distances.at(-1)).toBeLessThan(15);
  });

  it('finds a city by slug, alias, German name or an umlaut typed without e', () => {
    expect(findCity('duisburg')?.name).toBe('Duisburg');
    expect(findCity('munich')).toBe(findCity('muenchen'));
    expect(findCity('München')?.slug).toBe('muenchen');
    expect(findCity('munchen')?.slug).toBe('muenchen');
    expect(findCity('Frankfurt am Main')?.slug).toBe('frankfurt-am-main');
    expect(findCity('frankfurt')?.state).toBe('HE');
    expect(findCity('Düsseldorf')?.slug).toBe('duesseldorf');
    expect(findCity('atlantis')).toBeUndefined();
    expect(findCity('')).toBeUndefined();
  });

  it('gives a place in Europe/Berlin', () => {
    expect(placeOf(findCity('duisburg')!)).toEqual({
      latitude: 51.433259,
      longitude: 6.765477,
      timeZone: 'Europe/Berlin',
    });
  });
});

// The requests of scripts/memory.ts (Node) and scripts/edge-memory.ts (workerd): many distinct places, each new to
// the caches (distinct after the API's rounding to 0.01°).

export type PlaceLoad = 'hindu' | 'mixed';

// Zones spread over Intl's list: places in many zones are what fills the zone-keyed caches.
const ZONES = Intl.supportedValuesOf('timeZone').filter((_, i, all) => i % Math.floor(all.length / 80) === 0);

/**
 * The i-th request of a load. hindu: the ten-year Hindu API for a grid of places over India (the figures
 * docs/deploy.md compares with). mixed: places in 80 time zones, each asking ten years of Hindu festivals or of
 * Islamic months by crescent or MABIMS at the place, in decades over 1901–2100: every cache keyed by a place, a
 * method or a year fills.
 */
export function placeRequest(load: PlaceLoad, i: number): string {
  if (load === 'hindu') {
    const place = `${(8 + (i % 100) * 0.27).toFixed(2)},${(68 + Math.floor(i / 100) * 0.5).toFixed(2)},Asia/Kolkata`;
    return `/api/v1/holidays?traditions=hinduism&from=2091-01-01&to=2100-12-31&place=${place}`;
  }
  const place = `${(-50 + ((i * 0.37) % 100)).toFixed(2)},${(-170 + ((i * 3.13) % 340)).toFixed(2)},${ZONES[i % ZONES.length]}`;
  const decade = 1900 + 10 * (i % 20);
  const range = `from=${decade + 1}-01-01&to=${decade + 10}-12-31&place=${place}`;
  const kind = i % 3;
  if (kind === 0) return `/api/v1/holidays?traditions=hinduism&${range}`;
  return `/api/v1/holidays?traditions=islam&islamic-method=${kind === 1 ? 'crescent' : 'mabims'}&${range}`;
}

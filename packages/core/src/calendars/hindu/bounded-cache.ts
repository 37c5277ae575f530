import { LRUCache } from 'lru-cache';
import { MAX_YEAR, MIN_YEAR } from '../../errors.js';

/**
 * Years the Hindu engine reaches for a query: the queryable range and two years either side (a festival of
 * January looks at the lunations of the year before; findLunation looks at the Vikram year's two Gregorian years).
 * Caches keyed by a year or a lunation hold at most this many years' worth, whoever calls them.
 */
export const YEARS_REACHED = MAX_YEAR - MIN_YEAR + 1 + 4;

/** Lunations in YEARS_REACHED (12.37 a year, rounded up). */
export const LUNATIONS_REACHED = YEARS_REACHED * 13;

// Every cache of the engine, so that a test can check that none outgrows its bound (bounded-cache.test.ts).
const everyCache: { name: string; cache: LRUCache<NonNullable<unknown>, NonNullable<unknown>> }[] = [];

/**
 * A least-recently-used cache holding at most `max` entries. Caches keyed by a place (or anything else a caller
 * chooses) need this: a server asked for thousands of places must not keep them all.
 */
export function boundedCache<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(
  name: string,
  max: number,
): LRUCache<K, V> {
  const cache = new LRUCache<K, V>({ max });
  everyCache.push({ name, cache: cache as unknown as LRUCache<NonNullable<unknown>, NonNullable<unknown>> });
  return cache;
}

/** The value cached under `key`, computed and stored on a miss. */
export function cachedIn<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(
  cache: LRUCache<K, V>,
  key: K,
  compute: () => V,
): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** Each cache's name, entry count and bound. */
export const cacheLoads = (): { name: string; size: number; max: number }[] =>
  everyCache.map(({ name, cache }) => ({ name, size: cache.size, max: cache.max }));

/** The key of a place in the caches. */
export const placeKey = (place: { latitude: number; longitude: number; timeZone: string }): string =>
  `${place.latitude},${place.longitude},${place.timeZone}`;

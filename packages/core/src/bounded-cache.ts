import { type LRU, lru } from 'tiny-lru';

/*
 * Every memo of the library that a caller's input can key (a place, a method, a year) is one of these: a
 * least-recently-used cache with a strict entry bound, so a server asked for thousands of places keeps a bounded
 * number. tiny-lru rather than lru-cache: it is 1.7 KB gzip in a browser bundle where lru-cache is 5.9 KB, and the
 * library needs no byte-size accounting (the server's response cache, which does, keeps lru-cache).
 */
export type BoundedCache<V> = LRU<V>;

/**
 * The most heap all the library's caches may hold together, each filled to its bound (cache-budget.test.ts fills
 * them with copies of real entries and weighs the heap). Sized for a Cloudflare Worker, whose isolate has 128 MB
 * for everything: about 9 MiB of heap once the server's module has run and served a feed, up to 16 MiB of
 * response bodies (apps/server/src/worker.ts), these 32 MiB, and the rest, over 60 MiB, for what a request
 * allocates and V8's room to collect it (docs/deploy.md has the measurements). A bound raised anywhere must fit.
 */
export const CACHE_BUDGET_BYTES = 32 * 1024 * 1024;

// Every cache of the library, so that a test can check that none outgrows its bound.
const everyCache: { name: string; cache: LRU<unknown> }[] = [];

/** An LRU cache holding at most `max` entries, registered under `name` for cacheLoads(). */
export function boundedCache<V>(name: string, max: number): BoundedCache<V> {
  const cache = lru<V>(max);
  everyCache.push({ name, cache });
  return cache;
}

/** The value cached under `key`, computed and stored on a miss. Keys are compared as strings. */
export function cachedIn<V>(cache: BoundedCache<V>, key: string | number, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** Every cache itself, for the test that fills each to its bound and weighs the heap (cache-budget.test.ts). */
export const registeredCaches = (): readonly { name: string; cache: LRU<unknown> }[] => everyCache;

/** Each cache's name, entry count and bound. */
export const cacheLoads = (): { name: string; size: number; max: number }[] =>
  everyCache.map(({ name, cache }) => ({ name, size: cache.size, max: cache.max }));

/** The key of a place in the caches. */
export const placeKey = (place: { latitude: number; longitude: number; timeZone: string }): string =>
  `${place.latitude},${place.longitude},${place.timeZone}`;

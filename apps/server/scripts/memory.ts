/**
 * What the app holds in memory after many distinct places, in Node, with the Worker's response-cache bounds
 * (docs/deploy.md, "What is cached where on Workers"). After each step a full GC, then the V8 heap in use, the
 * library's caches (cacheLoads) and the response cache's counted bytes, after the requests scripts/edge-memory.ts
 * sends workerd (scripts/adversarial-places.ts).
 *
 *   node --expose-gc --conditions=@interkal/source --import tsx scripts/memory.ts [places] [hindu|mixed]
 */
// Not public API: the library's cache registry, the same module instance under the source condition.
import { cacheLoads } from '../../../packages/core/src/bounded-cache.js';
import { createApp } from '../src/app.js';
import { ResponseCache } from '../src/response-cache.js';
import { EDGE_CACHE } from '../src/worker.js';
import { type PlaceLoad, placeRequest } from './adversarial-places.js';

const PLACES = Number(process.argv[2] ?? 400);
const LOAD = (process.argv[3] ?? 'hindu') as PlaceLoad;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const cache = new ResponseCache(EDGE_CACHE);
const app = createApp({ cache });

const MiB = 1024 * 1024;
function reading(label: string): void {
  gc!();
  const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
  const loads = cacheLoads()
    .filter((load) => load.size > 0)
    .map((load) => `${load.name} ${load.size}/${load.max}`)
    .join(', ');
  console.log(
    `${label}: heap ${(heapUsed / MiB).toFixed(1)} MiB, external ${(external / MiB).toFixed(1)} ` +
      `(array buffers ${(arrayBuffers / MiB).toFixed(1)}), rss ${(rss / MiB).toFixed(0)}; ` +
      `response cache ${cache.stats.entries} entries ${(cache.stats.bytes / MiB).toFixed(1)} MiB\n  ${loads}`,
  );
}

reading('start');
await (await app.request('/feeds/all.ics')).arrayBuffer();
reading('after all.ics');
const steps = new Set([100, 200, 400, 1000, 2000, 4000, PLACES].filter((n) => n <= PLACES));
for (let i = 0; i < PLACES; i++) {
  const path = placeRequest(LOAD, i);
  const response = await app.request(path);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  if (steps.has(i + 1)) reading(`after ${i + 1} places`);
}

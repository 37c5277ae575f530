import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from '../env.js';

export interface ResponseCacheOptions {
  /** Most bytes of bodies kept; default 32 MiB. */
  maxBytes?: number;
  /** Request headers the response depends on (they join the key); default none. */
  varyOn?: string[];
}

interface Entry {
  body: ArrayBuffer;
  status: number;
  headers: [string, string][];
}

/**
 * Keeps rendered 200 responses of GET requests in a bounded LRU, keyed by URL, the headers named in `varyOn`
 * and today's date (answers such as "the current year" or "the next five dates" change with the day).
 */
export function responseCache(options: ResponseCacheOptions = {}): MiddlewareHandler<AppEnv> {
  const varyOn = options.varyOn ?? [];
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxBytes ?? 32 * 1024 * 1024,
    sizeCalculation: (entry) => Math.max(1, entry.body.byteLength),
  });
  return async function responseCacheMiddleware(c, next) {
    if (c.req.method !== 'GET') return next();
    const key = [c.get('today'), c.req.url, ...varyOn.map((h) => c.req.header(h) ?? '')].join('\n');
    const hit = cache.get(key);
    if (hit) {
      c.res = new Response(hit.body, { status: hit.status, headers: hit.headers });
      return;
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().arrayBuffer();
    cache.set(key, { body, status: c.res.status, headers: [...c.res.headers.entries()] });
  };
}

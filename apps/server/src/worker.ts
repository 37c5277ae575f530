import type { ExecutionContext } from 'hono';
import { createApp } from './app.js';

/** The Worker's bindings: `wrangler deploy --var`, `[vars]` in wrangler.toml, or the dashboard's variables. */
export interface WorkerEnv {
  PUBLIC_URL?: string;
}

// A Worker isolate may hold 128 MB in all (code, V8 heap, every cache), so the response cache gets a third of the
// Node default: with the library's caches full (CACHE_BUDGET_BYTES, 32 MiB) and the server's own 9 MiB, 57 MiB
// live (docs/deploy.md, "Memory on Workers"). Exported for scripts/memory.ts.
export const EDGE_CACHE = { maxEntries: 1000, maxBytes: 16 * 1024 * 1024 };

let app: ReturnType<typeof createApp> | undefined;

/**
 * Cloudflare Workers entry: the same createApp() as node.ts. Workers hand configuration to each request as
 * `env`, not to the module, so the app is built on the first request and reused by every later one the isolate
 * serves. The Worker is the outermost proxy: its request URL is the public one, so X-Forwarded-* are never
 * trusted here.
 */
export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp({ publicUrl: env.PUBLIC_URL || undefined, trustProxy: false, cache: EDGE_CACHE });
    return app.fetch(request, env, ctx);
  },
};

import type { ExecutionContext } from 'hono';
import { createApp } from './app.js';

/** The Worker's bindings: wrangler.toml `[vars]`, `wrangler dev --var`, or the dashboard's variables. */
export interface WorkerEnv {
  PUBLIC_URL?: string;
}

let app: ReturnType<typeof createApp> | undefined;

/**
 * Cloudflare Workers entry: the same createApp() as node.ts. Workers hand configuration to each request as
 * `env`, not to the module, so the app is built on the first request and then reused by every request the
 * isolate serves (its caches live as long as the isolate does).
 */
export default {
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    app ??= createApp();
    return app.fetch(request, env, ctx);
  },
};

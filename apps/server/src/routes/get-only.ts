import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { methodNotAllowedFailure } from '../failure.js';
import { respondFailure } from '../respond-failure.js';

/**
 * Answers every other method on a GET route with 405 and `Allow` (HEAD runs the GET route, so it never gets
 * here). Register it after the route's GET handler.
 */
export function refuseOtherMethods(app: Hono<AppEnv>, path: string, allow = 'GET, HEAD'): void {
  app.all(path, (c) => respondFailure(c, methodNotAllowedFailure(c.req.method, allow)));
}

/**
 * Serves a stylesheet the pages link to (their CSP allows no inline style) at `path`, cached by browsers for
 * `maxAge` seconds, and answers other methods with 405.
 */
export function serveStylesheet(app: Hono<AppEnv>, path: string, css: string, maxAge = 86_400): void {
  app.get(path, (c) =>
    c.body(css, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': `public, max-age=${maxAge}`,
    }),
  );
  refuseOtherMethods(app, path);
}

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

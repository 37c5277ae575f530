import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env.js';
import { failureFromError, isInterkalError, logLine, notFoundFailure, serverFailure } from './failure.js';
import { type OriginOptions, originResolver } from './origin.js';
import { PAGE_CSP } from './render/csp.js';
import { respondFailure } from './respond-failure.js';
import { ResponseCache, type ResponseCacheOptions } from './response-cache.js';
import { apiRoutes } from './routes/api.js';
import { checkRoutes } from './routes/check.js';
import { embedRoutes } from './routes/embed.js';
import { feedRoutes } from './routes/feeds.js';
import { refuseOtherMethods } from './routes/get-only.js';
import { monthRoutes } from './routes/month.js';
import { pageRoutes } from './routes/pages.js';
import { printRoutes } from './routes/print.js';
import { widgetRoutes } from './routes/widget.js';

export interface AppOptions extends OriginOptions {
  /** The clock; tests pin it. Default: the system clock. */
  now?: () => Date;
  /** Bounds of the one response cache all routes share, or the cache itself (tests read its stats). */
  cache?: ResponseCacheOptions | ResponseCache;
}

const API_MAX_AGE = 3600;
const CORS = { origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] };
// POST /api/v1/conflicts takes an .ics body from any site's script.
const API_CORS = { ...CORS, allowMethods: [...CORS.allowMethods, 'POST'] };

/**
 * The whole service as a Hono app built on Web-standard APIs only, so any runtime can serve it. Configuration
 * comes in as options: node.ts and the edge entry read the environment, nothing here does.
 */
export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  const resolveOrigin = originResolver(options);
  const cache = options.cache instanceof ResponseCache ? options.cache : new ResponseCache(options.cache);
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('today', now().toISOString().slice(0, 10));
    const origin = resolveOrigin(c.req.raw);
    if (origin === undefined) {
      return respondFailure(c, {
        title: 'Invalid Host',
        status: 400,
        detail: 'The Host header is not a host name.',
        parameter: 'Host',
      });
    }
    c.set('origin', origin);
    await next();
    // Every HTML answer gets a strict policy; the widget and embed routes set their own first.
    if (
      c.res.headers.get('Content-Type')?.startsWith('text/html') &&
      !c.res.headers.has('Content-Security-Policy')
    ) {
      c.res.headers.set('Content-Security-Policy', PAGE_CSP);
    }
  });
  // The embeddable widget (docs/widget.md), mounted before the site-wide headers below: any site may frame
  // /widget/* and load /embed.js, so those routes send their own (CSP frame-ancestors *, CORP cross-origin,
  // no X-Frame-Options) with their own ETag; every other path passes through untouched.
  app.route('/', widgetRoutes(cache, now));
  app.route('/', embedRoutes(cache));

  app.use('*', secureHeaders());
  app.use('*', etag());

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
  refuseOtherMethods(app, '/healthz');

  app.use('/api/*', cors(API_CORS));
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.res.status === 200 && c.req.method !== 'POST')
      c.res.headers.set('Cache-Control', `public, max-age=${API_MAX_AGE}`);
  });
  app.route('/api/v1', apiRoutes(cache));

  app.use('/feeds/*', cors(CORS));
  app.route('/feeds', feedRoutes(cache));

  app.route('/', monthRoutes(cache, now));
  app.route('/', checkRoutes(cache));
  app.route('/', printRoutes(cache));
  app.route('/', pageRoutes(cache));

  app.notFound((c) => respondFailure(c, notFoundFailure(new URL(c.req.url).pathname)));
  app.onError(async (error, c) => {
    if (isInterkalError(error)) return respondFailure(c, failureFromError(error));
    console.error(logLine(c, error));
    try {
      return await respondFailure(c, serverFailure());
    } catch {
      return c.text('Internal error', 500, { 'Cache-Control': 'no-store' });
    }
  });
  return app;
}

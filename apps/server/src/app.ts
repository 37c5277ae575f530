import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './env.js';
import { responseCache } from './middleware/response-cache.js';
import { problemResponse } from './problem.js';
import { apiRoutes } from './routes/api.js';
import { embedRoutes } from './routes/embed.js';
import { feedRoutes } from './routes/feeds.js';
import { pageRoutes } from './routes/pages.js';
import { widgetRoutes } from './routes/widget.js';

export interface AppOptions {
  /** The clock; tests pin it. Default: the system clock. */
  now?: () => Date;
}

const API_MAX_AGE = 3600;

/** The whole service as a Hono app built on Web-standard APIs only, so any runtime can serve it. */
export function createApp(options: AppOptions = {}): Hono<AppEnv> {
  const now = options.now ?? (() => new Date());
  const app = new Hono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('today', now().toISOString().slice(0, 10));
    await next();
  });
  // The embeddable widget (docs/widget.md), mounted before the site-wide headers below: any site may frame
  // /widget/* and load /embed.js, so those routes send their own (CSP frame-ancestors *, CORP cross-origin,
  // no X-Frame-Options) with their own ETag and cache; every other path passes through untouched.
  app.route('/', widgetRoutes());
  app.route('/', embedRoutes());

  app.use('*', secureHeaders());
  app.use('*', etag());

  app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));

  app.use('/api/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
  app.use('/api/*', responseCache());
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', `public, max-age=${API_MAX_AGE}`);
  });
  app.route('/api/v1', apiRoutes());

  app.use('/feeds/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
  app.use('/feeds/*', responseCache());
  app.route('/feeds', feedRoutes());

  app.route('/', pageRoutes());

  app.notFound((c) =>
    problemResponse(c, {
      title: 'Not found',
      status: 404,
      detail: `No resource at ${new URL(c.req.url).pathname}.`,
    }),
  );
  return app;
}

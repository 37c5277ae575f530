import { serve } from '@hono/node-server';
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 8787);
const server = serve({ fetch: createApp().fetch, port }, (info) => {
  console.log(`interkal listening on http://localhost:${info.port}`);
});

// Finish open requests, then exit: what process managers and containers expect on SIGTERM.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}

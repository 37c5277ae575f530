import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

// The environment is read here only: createApp takes it as options, so every runtime configures it alike.
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST || undefined;
const app = createApp({
  publicUrl: process.env.PUBLIC_URL || undefined,
  trustProxy: process.env.TRUST_PROXY === '1',
});

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`interkal listening on http://${hostname ?? 'localhost'}:${info.port}`);
}) as Server;
// A slow client may hold a socket for 10 s to send its headers and 30 s for the whole request (Node's defaults
// are 60 s and 300 s); beyond MAX_CONNECTIONS open sockets new ones are refused instead of queued in memory.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.maxConnections = Number(process.env.MAX_CONNECTIONS ?? 1024);

// Finish open requests, then exit: what process managers and containers expect on SIGTERM.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}

// pnpm bench:load: the built server (apps/server/dist/node.js, as `pnpm start` runs it) as a child process on
// 127.0.0.1, under 100 connections: first a normal mix of feeds, widget and API, then an adversarial one
// (distinct places, junk parameters, distinct custom feeds and months). Prints requests, errors, p50/p99 and
// the server's RSS before and after each phase, and the cold start to the first 200.
// LOAD_SECONDS shortens the phases (default 60) for a quick look, LOAD_PHASES=normal skips the adversarial one;
// the figures use the defaults.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 100;
const ENTRY = fileURLToPath(new URL('../apps/server/dist/node.js', import.meta.url));

const NORMAL = [
  '/feeds/all.ics?lang=de',
  '/feeds/all.ics?lang=en',
  '/feeds/custom.ics?traditions=islam,judaism&lang=de',
  '/feeds/custom.ics?traditions=hinduism,buddhism,sikhism&lang=en&importance=major,minor',
  '/feeds/islam.ics?lang=tr',
  '/widget/month?year=2026&month=3&lang=de',
  '/widget/month?traditions=islam,alevism&lang=tr',
  '/api/v1/holidays?year=2026&traditions=islam&lang=de',
  '/api/v1/holidays?from=2026-01-01&to=2030-12-31&lang=en',
];

const TRADITIONS = [
  'christianity',
  'orthodox-christianity',
  'judaism',
  'islam',
  'alevism',
  'hinduism',
  'sikhism',
  'buddhism',
  'bahai',
  'chinese',
];
const IMPORTANCE = ['major', 'major,minor', 'major,minor,observance'];
const LANGS = ['de', 'en', 'tr', 'ar'];
const JUNK = 'j'.repeat(15_000);

/** The n-th adversarial request: each kind makes a request nobody made before. */
function adversarial(n: number): string {
  const kind = n % 4;
  const i = Math.floor(n / 4);
  if (kind === 0) {
    // A new place on the 0.01° grid each time: the place-keyed work and caches a hostile client can ask for.
    const lat = (8 + (i % 2800) / 100).toFixed(2);
    const lon = (68 + Math.floor(i / 2800) / 100).toFixed(2);
    return `/api/v1/holidays?traditions=hinduism&from=2091-01-01&to=2100-12-31&place=${lat},${lon},Asia/Kolkata`;
  }
  if (kind === 1) return `/feeds/all.ics?lang=de&_=${i}&junk=${JUNK}`;
  if (kind === 2) {
    const chosen = TRADITIONS.filter((_, bit) => ((i + 1) >> bit) & 1).join(',');
    return `/feeds/custom.ics?traditions=${chosen}&importance=${IMPORTANCE[i % 3]}&lang=${LANGS[(i >> 10) % 4]}`;
  }
  return `/widget/month?year=${1900 + (i % 201)}&month=${1 + ((i >> 8) % 12)}&lang=${LANGS[i % 4]}`;
}

/** Node's flags from `pnpm start` (apps/server/package.json), so the load falls on the server as it runs. */
function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(new URL('../apps/server/package.json', import.meta.url), 'utf8'));
  const command = /node ((?:--[\w-]+(?:=\S+)? )*)dist\/node\.js/.exec(manifest.scripts.start);
  if (!command) throw new Error('apps/server start script: no `node … dist/node.js` to read the flags of');
  return command[1]!.trim().split(' ').filter(Boolean);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Resident set size of the server process, MB (Linux /proc). */
function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function firstOk(url: string): Promise<void> {
  for (;;) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface Phase {
  requests: number;
  errors: number;
  /** errors = failed requests (timeouts after 10 s among them) + answers other than 2xx. */
  breakdown: string;
  p50: number;
  p99: number;
  max: number;
  rps: number;
}

async function phase(origin: string, paths: (n: number) => string): Promise<Phase> {
  let n = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths(n++) }) }],
  });
  return {
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    breakdown: `${result.errors - result.timeouts} failed, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    rps: result.requests.average,
  };
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const started = performance.now();
const server = spawn(process.execPath, [...startFlags(), ENTRY], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
await firstOk(`${origin}/feeds/all.ics?lang=de`);
console.log(`cold start to first 200 (/feeds/all.ics): ${Math.round(performance.now() - started)} ms`);

const report = (name: string, before: number, p: Phase, after: number) =>
  console.log(
    `${name.padEnd(12)} ${String(p.requests).padStart(7)} requests  ${String(p.errors).padStart(5)} errors  ` +
      `${p.rps.toFixed(0).padStart(6)} req/s  p50 ${p.p50} ms  p99 ${p.p99} ms  max ${p.max} ms  ` +
      `RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB  (errors: ${p.breakdown})`,
  );

try {
  const beforeNormal = rssMb(server);
  const normal = await phase(origin, (n) => NORMAL[n % NORMAL.length]!);
  const afterNormal = rssMb(server);
  report('normal', beforeNormal, normal, afterNormal);
  if (process.env.LOAD_PHASES === 'normal') process.exit(0);
  const adverse = await phase(origin, adversarial);
  const afterAdverse = rssMb(server);
  report('adversarial', afterNormal, adverse, afterAdverse);
  console.log(
    `rss-after-adversarial ${afterAdverse.toFixed(0)} MB (limit 400), growth over normal ` +
      `${(afterAdverse - afterNormal).toFixed(0)} MB (limit 150), normal errors ${normal.errors} (limit 0)`,
  );
} finally {
  server.kill('SIGTERM');
}

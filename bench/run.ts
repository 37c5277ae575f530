// pnpm bench: the library cold and warm against date-holidays and @hebcal/core, then the HTTP feed against a
// static route answering the same bytes through the same middleware. The last lines are machine-readable ratios, ours divided by theirs.
// The library is measured as published: package.json's bench script builds packages/*/dist first, and this
// process and its children resolve @interkal/core to dist (no `development` condition), as date-holidays and
// @hebcal/core are measured from their published builds.
import { execFileSync } from 'node:child_process';
import autocannon from 'autocannon';
import { createApp } from '../apps/server/src/app.js';
import { serveApp } from '../apps/server/test/browser.js';
import { CASES } from './cases.js';

const COLD_ROUNDS = 11;
const WARM_RUNS = 200;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function coldOnce(name: string): { ms: number; count: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/cold.ts', name], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as { ms: number; count: number };
}

/**
 * Each case's first call in a fresh process, COLD_ROUNDS times. The cases take turns within each round, so that
 * a busy moment of the machine slows every case alike instead of one case's whole series.
 */
function coldAll(names: string[]): Record<string, { ms: number; count: number }> {
  const runs: Record<string, { ms: number; count: number }[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < COLD_ROUNDS; round++) {
    for (const name of names) runs[name]!.push(coldOnce(name));
  }
  return Object.fromEntries(
    names.map((name) => [name, { ms: median(runs[name]!.map((r) => r.ms)), count: runs[name]![0]!.count }]),
  );
}

async function warm(name: string): Promise<number> {
  const run = await CASES[name]!.load();
  run();
  const times = Array.from({ length: WARM_RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return median(times);
}

const colds = coldAll(Object.keys(CASES));
const results: Record<string, { cold: number; warm: number; count: number }> = {};
for (const [name, c] of Object.entries(colds)) {
  results[name] = { cold: c.ms, warm: await warm(name), count: c.count };
  console.log(
    `${name.padEnd(18)} cold ${c.ms.toFixed(2).padStart(8)} ms   warm ${results[name].warm.toFixed(3).padStart(8)} ms   (${c.count} items)`,
  );
}

async function load(url: string) {
  const result = await autocannon({ url, connections: 10, duration: 5 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

// The baseline is a route of the same app under /feeds/, so the same middleware runs (origin, CSP check,
// secure headers, CORS, ETag), answering the feed's own bytes and headers from memory without the cache lookup.
// feed-rps/static-rps near 1 says the cached feed costs what serving fixed bytes costs.
const app = createApp();
// Routes go in before the first request builds the router; the bytes are filled in just below.
let feedBytes = new Uint8Array();
let feedHeaders: Record<string, string> = {};
app.get('/feeds/baseline', () => new Response(feedBytes, { status: 200, headers: feedHeaders }));
const feedPath = '/feeds/all.ics?lang=de';
const feedResponse = await app.request(`http://127.0.0.1${feedPath}`);
feedBytes = new Uint8Array(await feedResponse.arrayBuffer());
feedHeaders = Object.fromEntries(
  ['content-type', 'content-disposition', 'cache-control', 'etag'].map((name) => [
    name,
    feedResponse.headers.get(name) ?? '',
  ]),
);
const ours = await serveApp(app);
await load(`${ours.origin}${feedPath}`); // warms the feed cache and the JIT
await load(`${ours.origin}/feeds/baseline`);
const feed = await load(`${ours.origin}${feedPath}`);
const statik = await load(`${ours.origin}/feeds/baseline`);
await ours.close();
console.log(
  `http /feeds/all.ics  ${feed.rps.toFixed(0)} req/s  p99 ${feed.p99} ms  errors ${feed.errors}  (${feedBytes.length} bytes)`,
);
console.log(
  `http static route    ${statik.rps.toFixed(0)} req/s  p99 ${statik.p99} ms  errors ${statik.errors}  (same bytes, same middleware)`,
);

const ratio = (label: string, value: number) => console.log(`ratio ${label}: ${value.toFixed(2)}`);
ratio(
  'all-traditions-cold/date-holidays-CN',
  results['all-traditions']!.cold / results['date-holidays-CN']!.cold,
);
ratio('rule-based-cold/date-holidays-DE', results['rule-based']!.cold / results['date-holidays-DE']!.cold);
ratio(
  'all-traditions-warm/date-holidays-CN',
  results['all-traditions']!.warm / results['date-holidays-CN']!.warm,
);
ratio('rule-based-cold/hebcal-year', results['rule-based']!.cold / results['hebcal-year']!.cold);
ratio('feed-rps/static-rps', feed.rps / statik.rps);

import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

// The Worker build (src/worker.ts under workerd, started by `start:edge` exactly as `pnpm start:edge` runs it)
// must answer byte for byte what the Node app answers for the same request on the same day.

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const START_TIMEOUT_MS = 45_000;

const PATHS = [
  '/feeds/all.ics',
  '/feeds/custom.ics?traditions=islam,judaism&lang=de',
  '/widget/month?year=2026&month=3&lang=de',
  '/api/v1/holidays?year=2026&traditions=islam&lang=de',
  // Sunrise and time zones through workerd's own ICU and Intl: Hindu dates for a place.
  '/api/v1/holidays?year=2026&traditions=hinduism&lang=de&place=28.61,77.21,Asia/Kolkata',
];
// Headers a cache or a browser acts on; transport headers (Date, Connection, …) are the server's own business.
const COMPARED_HEADERS = ['content-type', 'cache-control', 'etag', 'content-security-policy', 'vary'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs package.json's start:edge the way pnpm does: through sh, with the package's node_modules/.bin on PATH. */
function startEdge(port: number, inspectorPort: number): { child: ChildProcess; output: () => string } {
  const script = JSON.parse(readFileSync(join(SERVER_DIR, 'package.json'), 'utf8')).scripts[
    'start:edge'
  ] as string;
  const child = spawn('sh', ['-c', `${script} --inspector-port ${inspectorPort}`], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PATH: `${join(SERVER_DIR, 'node_modules', '.bin')}:${process.env.PATH}`,
      PORT: String(port),
      CI: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so one kill reaches sh, wrangler and workerd.
    detached: true,
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  return { child, output: () => log };
}

async function waitUntilServing(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`start:edge exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`start:edge did not answer within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  body: Buffer;
}

async function answer(response: Response): Promise<Answer> {
  return {
    status: response.status,
    headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, response.headers.get(name)])),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** Where two bodies first differ, with some bytes of context, or null when they are identical. */
function firstDifference(edge: Buffer, node: Buffer): string | null {
  if (edge.equals(node)) return null;
  let at = 0;
  while (at < edge.length && at < node.length && edge[at] === node[at]) at++;
  const around = (body: Buffer) =>
    JSON.stringify(body.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `byte ${at} of ${edge.length} (edge) / ${node.length} (node): edge ${around(edge)}, node ${around(node)}`;
}

const utcDay = () => new Date().toISOString().slice(0, 10);

describe('start:edge (workerd)', () => {
  let origin = '';
  let edge: ReturnType<typeof startEdge> | undefined;

  beforeAll(async () => {
    const [port, inspectorPort] = [await freePort(), await freePort()];
    origin = `http://127.0.0.1:${port}`;
    edge = startEdge(port, inspectorPort);
    await waitUntilServing(origin, edge.child, edge.output);
  }, START_TIMEOUT_MS + 5_000);

  afterAll(async () => {
    if (edge) await stop(edge.child);
  }, 10_000);

  it.each(PATHS)('%s is byte for byte what the Node app answers', async (path) => {
    const node = createApp();
    // Both apps read the system clock; a request pair that straddles midnight UTC is asked again.
    for (let attempt = 0; ; attempt++) {
      const day = utcDay();
      const fromEdge = await answer(await fetch(origin + path));
      const fromNode = await answer(await node.request(origin + path));
      if (utcDay() !== day && attempt === 0) continue;
      expect(fromEdge.status).toBe(200);
      expect(fromEdge.headers).toEqual(fromNode.headers);
      expect(fromEdge.body.length).toBeGreaterThan(0);
      expect(firstDifference(fromEdge.body, fromNode.body)).toBeNull();
      return;
    }
  });
});

/**
 * What a Worker isolate holds after many distinct places (docs/deploy.md, "Memory on Workers"): the library's
 * caches and the response cache, on the wrangler-built bundle in the bare workerd binary. An isolate is stopped at
 * 128 MB. Each reading gives workerd's process RSS (which includes workerd's own code and memory) and the
 * isolate's V8 heap through the inspector protocol (Runtime.getHeapUsage): used and allocated as found and, with
 * --gc, after a full GC. workerd does not answer HeapProfiler.collectGarbage (and a heap snapshot, which collects
 * too, needs so much memory of its own that workerd died of it after some hundred places), so --gc starts V8 with
 * --expose-gc and evaluates gc() in the Worker's context through the inspector.
 *
 *   node --import tsx scripts/edge-memory.ts [--places 1000] [--load hindu|mixed] [--gc] [--max-old-space MiB]
 *
 * --load: which requests (scripts/adversarial-places.ts).
 * --max-old-space: V8's old generation capped (--max-old-space-size), as a 128 MB isolate's heap is; V8 then
 *   collects harder instead of growing, and a live set that did not fit would end workerd ("out of memory").
 */
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type PlaceLoad, placeRequest } from './adversarial-places.js';
import { buildBundle, freePort, fromMiniflare, serve, waitForSocket, writeConfig } from './workerd.js';

const { values: args } = parseArgs({
  options: {
    places: { type: 'string', default: '1000' },
    load: { type: 'string', default: 'hindu' },
    gc: { type: 'boolean', default: false },
    'max-old-space': { type: 'string' },
    every: { type: 'string' },
  },
});
const PLACES = Number(args.places);
const STEPS = [100, 400, 1000, 2000, 4000];
const MiB = 2 ** 20;

interface InspectorSocket {
  send(data: string): void;
  close(): void;
  on(event: 'open' | 'message' | 'error', listener: (data: unknown) => void): void;
}

/** The isolate's V8 heap in use and allocated, MiB (Node 20 has no WebSocket client without a flag: miniflare's ws). */
async function isolateHeap(
  inspectorPort: number,
  collect: boolean,
): Promise<{ used: number; total: number }> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const WebSocket = fromMiniflare()('ws') as new (url: string) => InspectorSocket;
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  const pending = new Map<number, (result: Record<string, number>) => void>();
  let nextId = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<Record<string, number>>((resolve) => {
      pending.set(++nextId, resolve);
      socket.send(JSON.stringify({ id: nextId, method, params }));
    });
  let workerContext: (id: number) => void = () => {};
  const context = new Promise<number>((resolve) => (workerContext = resolve));
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      id?: number;
      method?: string;
      params?: { context: { id: number } };
      result?: Record<string, number>;
    };
    if (message.method === 'Runtime.executionContextCreated') workerContext(message.params!.context.id);
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
  });
  await new Promise((resolve, reject) => {
    socket.on('open', resolve);
    socket.on('error', reject);
  });
  try {
    if (collect) {
      await call('Runtime.enable');
      await call('Runtime.evaluate', { expression: 'gc()', contextId: await context });
    }
    const usage = await call('Runtime.getHeapUsage');
    return { used: usage.usedSize! / MiB, total: usage.totalSize! / MiB };
  } finally {
    socket.close();
  }
}

const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const dir = buildBundle();
const port = await freePort();
const inspectorPort = await freePort();
const v8Flags = [
  ...(args.gc ? ['--expose-gc'] : []),
  ...(args['max-old-space'] ? [`--max-old-space-size=${args['max-old-space']}`] : []),
];
const child = serve(writeConfig(dir, 'config.capnp', 'worker.js', v8Flags), port, [
  `--inspector-addr=127.0.0.1:${inspectorPort}`,
]);
let exit = '';
child.on('exit', (code, signal) => (exit = `workerd exited (${code ?? signal})`));

async function read(label: string): Promise<void> {
  const rss = rssMiB(child.pid!);
  const found = await isolateHeap(inspectorPort, false);
  let line = `${label}: RSS ${rss.toFixed(0)}, heap ${found.used.toFixed(1)} used of ${found.total.toFixed(1)}`;
  if (args.gc) {
    const collected = await isolateHeap(inspectorPort, true);
    line += `, after GC ${collected.used.toFixed(1)} of ${collected.total.toFixed(1)}`;
  }
  console.log(line);
}

try {
  await waitForSocket(port);
  console.log(`workerd MiB, load ${args.load}${v8Flags.length ? `, ${v8Flags.join(' ')}` : ''}`);
  await read('start');
  await (await fetch(`http://127.0.0.1:${port}/feeds/all.ics`)).arrayBuffer();
  await read('after all.ics');
  for (let i = 0; i < PLACES; i++) {
    const path = placeRequest(args.load as PlaceLoad, i);
    const response = await fetch(`http://127.0.0.1:${port}${path}`).catch(async (error: Error) => {
      await new Promise((resolve) => setTimeout(resolve, 500)); // for the exit event
      throw new Error(`${exit || error.message} at place ${i + 1}: ${path}`);
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    const every = Number(args.every ?? 0);
    if (STEPS.includes(i + 1) || i + 1 === PLACES || (every && (i + 1) % every === 0))
      await read(`after ${i + 1} places`);
  }
} finally {
  child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}

/**
 * CPU time workerd spends on one cold request, and its memory after many places (docs/deploy.md). Workers bill and limit CPU time, not wall time,
 * and inside a Worker the clocks stand still while JavaScript runs, so the Worker cannot time itself: this
 * script reads the CPU time of the whole workerd process (all its threads, from /proc, in nanoseconds) just
 * before and just after one request. Each run is a fresh workerd serving only the wrangler-built bundle, so the
 * first request is cold: no response cached, no holiday computed, no function compiled by V8 yet. The module's
 * top level has already run when workerd starts listening (Cloudflare counts that against the startup limit,
 * not the request's CPU limit).
 *
 *   node --import tsx scripts/edge-cpu.ts [runs]      (from apps/server; Linux only)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.argv[2] ?? 5);
const COLD_PATHS = [
  '/healthz',
  '/feeds/all.ics',
  '/feeds/custom.ics?traditions=hinduism,islam&lang=de',
  // The dearest answer the API allows: ten years of every tradition, Hindu dates for a place.
  '/api/v1/holidays?from=2091-01-01&to=2100-12-31&importance=major,minor&place=28.61,77.21,Asia/Kolkata',
];

/** The platform binary the `workerd` npm package wraps (the same one wrangler dev runs). */
function workerdBinary(): string {
  const fromServer = createRequire(join(SERVER_DIR, 'package.json'));
  const fromWrangler = createRequire(fromServer.resolve('wrangler/package.json'));
  const fromMiniflare = createRequire(fromWrangler.resolve('miniflare'));
  const platform = `@cloudflare/workerd-${process.platform}-${process.arch === 'x64' ? '64' : process.arch}`;
  const fromWorkerd = createRequire(fromMiniflare.resolve('workerd/package.json'));
  return join(dirname(fromWorkerd.resolve(`${platform}/package.json`)), 'bin', 'workerd');
}

function compatibilityDate(): string {
  const match = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(
    readFileSync(join(SERVER_DIR, 'wrangler.toml'), 'utf8'),
  );
  if (!match) throw new Error('wrangler.toml has no compatibility_date');
  return match[1]!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Nanoseconds on CPU of every thread of a process (schedstat's first field). */
function processCpuNs(pid: number): bigint {
  let total = 0n;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    total += BigInt(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]!);
  }
  return total;
}

/** Waits for the TCP socket without sending a request, so no JavaScript runs before the measured one. */
async function waitForSocket(port: number): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`workerd did not listen on ${port}`);
}

async function cpuMs(
  binary: string,
  configDir: string,
  configFile: string,
  path: string,
): Promise<{ cold: number; warm: number; bytes: number }> {
  const port = await freePort();
  const child = spawn(
    binary,
    ['serve', join(configDir, configFile), `--socket-addr=http=127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    await waitForSocket(port);
    // Let start-up work on other threads settle before the first reading.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const measure = async () => {
      const before = processCpuNs(child.pid!);
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return { ms: Number(processCpuNs(child.pid!) - before) / 1e6, bytes: body.byteLength };
    };
    const cold = await measure();
    const warm = await measure();
    return { cold: cold.ms, warm: warm.ms, bytes: cold.bytes };
  } finally {
    child.kill('SIGKILL');
  }
}

const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/**
 * What an isolate holds after many distinct places (the library's place-keyed caches and the response cache):
 * a Worker isolate is stopped at 128 MB. Process RSS includes workerd's own code, so the growth is what counts.
 */
async function memoryAfterPlaces(binary: string, configDir: string, places: number): Promise<string> {
  const port = await freePort();
  const child = spawn(
    binary,
    ['serve', join(configDir, 'config.capnp'), `--socket-addr=http=127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    await waitForSocket(port);
    const readings = [`start ${rssMiB(child.pid!).toFixed(0)}`];
    await (await fetch(`http://127.0.0.1:${port}/feeds/all.ics`)).arrayBuffer();
    readings.push(`after all.ics ${rssMiB(child.pid!).toFixed(0)}`);
    for (let i = 0; i < places; i++) {
      // Distinct after rounding to 0.01°: a grid over India.
      const place = `${(8 + (i % 100) * 0.27).toFixed(2)},${(68 + Math.floor(i / 100) * 0.5).toFixed(2)},Asia/Kolkata`;
      const response = await fetch(
        `http://127.0.0.1:${port}/api/v1/holidays?traditions=hinduism&from=2091-01-01&to=2100-12-31&place=${place}`,
      );
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`place ${place}: ${response.status}`);
      if ((i + 1) % (places / 4) === 0)
        readings.push(`after ${i + 1} places ${rssMiB(child.pid!).toFixed(0)}`);
    }
    return `workerd RSS MiB: ${readings.join(', ')}`;
  } finally {
    child.kill('SIGKILL');
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const configDir = mkdtempSync(join(tmpdir(), 'interkal-edge-cpu-'));
try {
  execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', configDir], {
    cwd: SERVER_DIR,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const bundleBytes = statSync(join(configDir, 'worker.js')).size;
  // A Worker that only says "ok": what workerd itself spends on a cold request (HTTP, isolate entry), which
  // Cloudflare does not count as the Worker's CPU time.
  writeFileSync(join(configDir, 'floor.js'), 'export default { fetch() { return new Response("ok"); } };\n');
  for (const [file, module] of [
    ['config.capnp', 'worker.js'],
    ['floor.capnp', 'floor.js'],
  ] as const) {
    writeFileSync(
      join(configDir, file),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "${module}")],
  compatibilityDate = "${compatibilityDate()}",
  bindings = [(name = "PUBLIC_URL", text = "")],
);
`,
    );
  }
  const binary = workerdBinary();
  console.log(
    `${execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()}, bundle ${bundleBytes} bytes`,
  );
  const measured: [string, string][] = [
    ['floor.capnp', '/'],
    ...COLD_PATHS.map((p) => ['config.capnp', p] as [string, string]),
  ];
  for (const [configFile, path] of measured) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await cpuMs(binary, configDir, configFile, path));
    const cold = runs.map((r) => r.cold);
    const warm = runs.map((r) => r.warm);
    console.log(
      `${configFile === 'floor.capnp' ? 'hello-world Worker /' : path}: ${runs[0]!.bytes} bytes; cold CPU ms median ${median(cold).toFixed(1)} ` +
        `(min ${Math.min(...cold).toFixed(1)}, max ${Math.max(...cold).toFixed(1)}); ` +
        `second request median ${median(warm).toFixed(1)} (n=${RUNS})`,
    );
  }
  console.log(await memoryAfterPlaces(binary, configDir, 400));
} finally {
  rmSync(configDir, { recursive: true, force: true });
}

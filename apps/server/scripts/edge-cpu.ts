/**
 * CPU time workerd spends on one cold request (docs/deploy.md; its memory: scripts/edge-memory.ts). Workers bill and limit CPU time, not wall time,
 * and inside a Worker the clocks stand still while JavaScript runs, so the Worker cannot time itself: this
 * script reads the CPU time of the whole workerd process (all its threads, from /proc, in nanoseconds) just
 * before and just after one request. Each run is a fresh workerd serving only the wrangler-built bundle, so the
 * first request is cold: no response cached, no holiday computed, no function compiled by V8 yet. The module's
 * top level has already run when workerd starts listening (Cloudflare counts that against the startup limit,
 * not the request's CPU limit).
 *
 *   node --import tsx scripts/edge-cpu.ts [runs]      (from apps/server; Linux only)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle, freePort, serve, waitForSocket, workerdBinary, writeConfig } from './workerd.js';

const RUNS = Number(process.argv[2] ?? 5);
const COLD_PATHS = [
  '/healthz',
  '/feeds/all.ics',
  '/feeds/custom.ics?traditions=hinduism,islam&lang=de',
  // The dearest answer the API allows: ten years of every tradition, Hindu dates for a place.
  '/api/v1/holidays?from=2091-01-01&to=2100-12-31&importance=major,minor&place=28.61,77.21,Asia/Kolkata',
];

/** Nanoseconds on CPU of every thread of a process (schedstat's first field). */
function processCpuNs(pid: number): bigint {
  let total = 0n;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    total += BigInt(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]!);
  }
  return total;
}

async function cpuMs(config: string, path: string): Promise<{ cold: number; warm: number; bytes: number }> {
  const port = await freePort();
  const child = serve(config, port);
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const configDir = buildBundle();
try {
  const bundleBytes = statSync(join(configDir, 'worker.js')).size;
  // A Worker that only says "ok": what workerd itself spends on a cold request (HTTP, isolate entry), which
  // Cloudflare does not count as the Worker's CPU time.
  writeFileSync(join(configDir, 'floor.js'), 'export default { fetch() { return new Response("ok"); } };\n');
  const worker = writeConfig(configDir, 'config.capnp', 'worker.js');
  const floor = writeConfig(configDir, 'floor.capnp', 'floor.js');
  console.log(
    `${execFileSync(workerdBinary(), ['--version'], { encoding: 'utf8' }).trim()}, bundle ${bundleBytes} bytes`,
  );
  const measured: [string, string][] = [
    [floor, '/'],
    ...COLD_PATHS.map((p) => [worker, p] as [string, string]),
  ];
  for (const [config, path] of measured) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await cpuMs(config, path));
    const cold = runs.map((r) => r.cold);
    const warm = runs.map((r) => r.warm);
    console.log(
      `${config === floor ? 'hello-world Worker /' : path}: ${runs[0]!.bytes} bytes; cold CPU ms median ${median(cold).toFixed(1)} ` +
        `(min ${Math.min(...cold).toFixed(1)}, max ${Math.max(...cold).toFixed(1)}); ` +
        `second request median ${median(warm).toFixed(1)} (n=${RUNS})`,
    );
  }
} finally {
  rmSync(configDir, { recursive: true, force: true });
}

// Running the Worker bundle in the bare workerd binary, for scripts/edge-cpu.ts and scripts/edge-memory.ts.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A require() that resolves what miniflare (wrangler's local runtime) depends on. */
export function fromMiniflare(): NodeJS.Require {
  const fromServer = createRequire(join(SERVER_DIR, 'package.json'));
  const fromWrangler = createRequire(fromServer.resolve('wrangler/package.json'));
  return createRequire(fromWrangler.resolve('miniflare'));
}

/** The platform binary the `workerd` npm package wraps (the same one wrangler dev runs). */
export function workerdBinary(): string {
  const platform = `@cloudflare/workerd-${process.platform}-${process.arch === 'x64' ? '64' : process.arch}`;
  const fromWorkerd = createRequire(fromMiniflare().resolve('workerd/package.json'));
  return join(dirname(fromWorkerd.resolve(`${platform}/package.json`)), 'bin', 'workerd');
}

function compatibilityDate(): string {
  const match = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(
    readFileSync(join(SERVER_DIR, 'wrangler.toml'), 'utf8'),
  );
  if (!match) throw new Error('wrangler.toml has no compatibility_date');
  return match[1]!;
}

/** Builds the Worker bundle as `wrangler deploy` would, into a new temporary directory; returns it. */
export function buildBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'interkal-workerd-'));
  execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', dir], {
    cwd: SERVER_DIR,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

/** A workerd config serving one module of `dir` alone; `v8Flags` as on V8's command line. */
export function writeConfig(dir: string, file: string, module: string, v8Flags: string[] = []): string {
  const flags = v8Flags.length ? `\n  v8Flags = [${v8Flags.map((f) => JSON.stringify(f)).join(', ')}],` : '';
  writeFileSync(
    join(dir, file),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],${flags}
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "${module}")],
  compatibilityDate = "${compatibilityDate()}",
  bindings = [(name = "PUBLIC_URL", text = "")],
);
`,
  );
  return join(dir, file);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Waits for the TCP socket without sending a request, so no JavaScript runs before the measured one. */
export async function waitForSocket(port: number): Promise<void> {
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

/** Starts workerd on a config; extra arguments after the socket address. */
export function serve(config: string, port: number, extra: string[] = []) {
  return spawn(workerdBinary(), ['serve', config, `--socket-addr=http=127.0.0.1:${port}`, ...extra], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The published packages, in dependency order (ics depends on core). */
export const PUBLISHED = ['core', 'ics'] as const;
export type Published = (typeof PUBLISHED)[number];

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * pnpm, as the running script was started with it (npm_execpath under `pnpm run`), else the pinned one through
 * npx. pnpm, not npm, packs: it rewrites `workspace:*` to the real version and runs `prepack` (the build).
 */
function pnpm(args: string[], cwd: string): string {
  const execPath = process.env.npm_execpath;
  const [command, prefix] =
    execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['npx', ['--yes', 'pnpm@10.34.8']];
  return execFileSync(command, [...prefix, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  });
}

/** Packs every published package into a fresh temporary folder; returns the tarball path of each. */
export function packPackages(): Record<Published, string> {
  const destination = mkdtempSync(join(tmpdir(), 'interkal-pack-'));
  for (const name of PUBLISHED) {
    pnpm(['pack', '--pack-destination', destination], join(ROOT, 'packages', name));
  }
  const files = readdirSync(destination);
  const tarball = (name: Published) => {
    const file = files.find((f) => f.startsWith(`interkal-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball for @interkal/${name} in ${destination}`);
    return join(destination, file);
  };
  return { core: tarball('core'), ics: tarball('ics') };
}

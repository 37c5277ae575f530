// `pnpm check:packages`: packs @interkal/core and @interkal/ics as they would be published and lints the
// tarballs with publint (package.json vs files) and arethetypeswrong (types resolve for ESM and bundlers).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { PUBLISHED, packPackages } from './pack-packages.js';

const require = createRequire(import.meta.url);
const tarballs = packPackages();
let failed = false;

for (const name of PUBLISHED) {
  const tarball = tarballs[name];
  const bytes = readFileSync(tarball);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: 'suggestion', strict: true });
  console.log(`publint @interkal/${name} (${bytes.byteLength} bytes packed): ${messages.length} messages`);
  for (const message of messages) console.log(`  ${message.type}: ${formatMessage(message, pkg)}`);
  if (messages.length > 0) failed = true;

  const attw = join(require.resolve('@arethetypeswrong/cli/package.json'), '..', 'dist', 'index.js');
  try {
    // ESM-only on purpose: the node10 and require() rows are not ours to fill.
    const out = execFileSync(
      process.execPath,
      [attw, tarball, '--profile', 'esm-only', '--format', 'table-flipped'],
      {
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      },
    );
    console.log(`attw @interkal/${name}: no problems\n${out}`);
  } catch (error) {
    console.log(`attw @interkal/${name}: problems\n${(error as { stdout?: string }).stdout ?? error}`);
    failed = true;
  }
}
if (failed) process.exit(1);

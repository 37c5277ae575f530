import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REFERENCE_DIR, readTree, writeApiReference } from './api-reference.js';

it('docs/reference is what TypeDoc makes of the public entry today (run `pnpm docs:api` after changing it)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'interkal-api-'));
  try {
    writeApiReference(scratch);
    const expected = readTree(scratch);
    const committed = readTree(REFERENCE_DIR);
    expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [name, text] of expected) expect(committed.get(name), name).toBe(text);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 120_000);

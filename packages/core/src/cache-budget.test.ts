import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CACHE_BUDGET_BYTES } from './bounded-cache.js';

// A server asked for thousands of distinct places, methods and years fills every cache to its bound; on a
// Cloudflare Worker all of them share one 128 MB isolate. The weighing runs in its own Node process with a
// global gc(): vitest's workers neither expose it nor start with an empty heap.
const FILL_SCRIPT = fileURLToPath(new URL('../test/fill-caches.ts', import.meta.url));
const MiB = 1024 * 1024;

interface Weight {
  name: string;
  max: number;
  bytes: number;
}

function weighFullCaches(): Weight[] {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--conditions=@interkal/source', '--import', 'tsx', FILL_SCRIPT],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(out.trim().split('\n').at(-1)!) as Weight[];
}

describe('the library caches, each filled to its bound', () => {
  it('hold no more heap together than CACHE_BUDGET_BYTES', () => {
    const weights = weighFullCaches();
    const table = weights
      .map(
        (w) => `${w.name}: ${w.max} × ${Math.round(w.bytes / w.max)} B = ${(w.bytes / MiB).toFixed(2)} MiB`,
      )
      .join('\n');
    const total = weights.reduce((sum, w) => sum + w.bytes, 0);
    expect(total, `${table}\ntotal ${(total / MiB).toFixed(1)} MiB`).toBeLessThanOrEqual(CACHE_BUDGET_BYTES);
    // A weighing that found nothing would pass any budget: every entry of a filled cache costs some bytes.
    for (const w of weights) expect(w.bytes / w.max, w.name).toBeGreaterThan(16);
  }, 120_000);
});

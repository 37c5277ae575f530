// Cold cost of each tradition alone: a fresh process per run computes one tradition for YEAR (median of RUNS),
// to see which calendars dominate the all-traditions cold figure of `pnpm bench`.
// Usage: node --conditions=@interkal/source --import tsx bench/traditions.ts [runs]
import { execFileSync } from 'node:child_process';
import { getHolidays, listTraditions } from '@interkal/core';
import { YEAR } from './cases.js';

const child = process.argv[2] === '--one' ? process.argv[3] : undefined;
if (child) {
  const start = performance.now();
  getHolidays({ year: YEAR, traditions: [child as never] });
  console.log(performance.now() - start);
} else {
  const runs = Number(process.argv[2] ?? 3);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rows = listTraditions().map(({ id }) => {
    const times = Array.from({ length: runs }, () =>
      Number(
        execFileSync(
          process.execPath,
          ['--conditions=@interkal/source', '--import', 'tsx', 'bench/traditions.ts', '--one', id],
          { encoding: 'utf8' },
        ).trim(),
      ),
    );
    return { id, ms: median(times) };
  });
  for (const { id, ms } of rows.sort((a, b) => b.ms - a.ms)) {
    console.log(`${id.padEnd(24)} cold ${ms.toFixed(1).padStart(7)} ms`);
  }
}

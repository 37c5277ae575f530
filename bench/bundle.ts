// Browser bundle sizes: what a web page pays to call getHolidays, next to @hebcal/core and date-holidays.
// Each entry is bundled by esbuild for the browser (ESM, minified, tree-shaken), then gzipped (level 9).
// @interkal/core is taken from packages/core/dist, as published (`pnpm bench` builds it first; standalone run
// `pnpm build` before), the others from their published packages. 1 KB = 1000 bytes.
// Usage: node --import tsx bench/bundle.ts
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  name: string;
  raw: number;
  gzip: number;
}

interface Entry {
  name: string;
  code: string;
}

/** A page that computes only `traditions` (exports of @interkal/core/traditions), with the built-in names. */
const only = (...traditions: string[]): string =>
  `import { createHolidays } from '@interkal/core';
import { ${traditions.join(', ')} } from '@interkal/core/traditions';
export const { getHolidays } = createHolidays({ traditions: [${traditions.join(', ')}] });`;

const ENTRIES: Entry[] = [
  { name: 'interkal all traditions', code: "export { getHolidays } from '@interkal/core';" },
  {
    name: 'interkal + all 10 languages',
    code: `import { createHolidays } from '@interkal/core';
import { NAME_TABLES } from '@interkal/core/names';
import { TRADITIONS } from '@interkal/core/traditions';
export const { getHolidays } = createHolidays({ traditions: TRADITIONS, names: NAME_TABLES });`,
  },
  { name: 'interkal christianity only', code: only('christianity') },
  { name: 'interkal islam only', code: only('islam') },
  { name: '@hebcal/core whole calendar', code: "export { HebrewCalendar } from '@hebcal/core';" },
  { name: 'date-holidays', code: "export { default } from 'date-holidays';" },
];

async function measure({ name, code }: Entry): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  if (name.startsWith('interkal') && !inputs.some((path) => path.includes('core/dist/')))
    throw new Error(`${name}: @interkal/core was not bundled from packages/core/dist`);
  const bytes = result.outputFiles[0]!.contents;
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function measureBundles(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const entry of ENTRIES) sizes.push(await measure(entry));
  return sizes;
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

/** The table, then the machine-readable lines `pnpm bench` ends with. */
export function bundleReport(sizes: BundleSize[]): string[] {
  const size = (name: string) => sizes.find((s) => s.name === name)!;
  const ours = size('interkal all traditions');
  return [
    ...sizes.map(
      (s) => `bundle ${s.name.padEnd(28)} ${kb(s.raw).padStart(7)} KB   gzip ${kb(s.gzip).padStart(6)} KB`,
    ),
    `bundle-gzip: ${kb(ours.gzip)} KB`,
    `ratio bundle-gzip/date-holidays-gzip: ${(ours.gzip / size('date-holidays').gzip).toFixed(2)}`,
    `ratio bundle-gzip/hebcal-gzip: ${(ours.gzip / size('@hebcal/core whole calendar').gzip).toFixed(2)}`,
  ];
}

if (import.meta.filename === process.argv[1]) {
  for (const line of bundleReport(await measureBundles())) console.log(line);
}

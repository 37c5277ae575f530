/**
 * The layers of interkal read one way (issue 10): calendar maths → tradition tables → one query → renderers. This
 * test reads the import statements of every shipped source file (tests and test helpers are exempt: a test may
 * compare an estimate with the precise search above it) and fails on any import that points up a layer, or on any
 * import cycle inside @interkal/core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CORE = 'packages/core/src';
const RENDERERS = ['packages/cli/src', 'packages/ics/src', 'apps/server/src'];

/**
 * Lowest first. A file may import files of its own layer or of any layer below. Within astronomy: the time and
 * angle leaves, then closed-form estimates (fast-*.ts), then the precise searches over astronomy-engine (which may
 * start from an estimate), then the helpers that decide from an estimate and verify with the precise search.
 */
export const LAYERS = [
  'base: day numbers, errors, shared types and ids',
  'astronomy: leaves',
  'astronomy: estimates',
  'astronomy: precise',
  'astronomy: estimate-then-verify',
  'calendars',
  'rules',
  'traditions',
  'query',
  'renderers',
] as const;
type Layer = (typeof LAYERS)[number];

// holiday-ids.ts is generated from the tables but imports nothing: a list of names every layer may type against;
// bounded-cache.ts is the one kind of memo every layer keeps.
const BASE_FILES = new Set(['errors.ts', 'types.ts', 'holiday-ids.ts', 'bounded-cache.ts']);
const ASTRONOMY_LEAVES = new Set(['angles.ts', 'settle.ts', 'civil-date.ts']);
const ASTRONOMY_ESTIMATES = /^(fast-[\w-]+|ayanamsa)\.ts$/;

/** The layer of a file, by its path from the repository root. */
export function layerOf(path: string): Layer {
  if (RENDERERS.some((root) => path.startsWith(`${root}/`))) return 'renderers';
  if (!path.startsWith(`${CORE}/`)) throw new Error(`${path} is in no layer`);
  const inCore = path.slice(CORE.length + 1);
  const [top, ...rest] = inCore.split('/');
  if (top === 'time' || BASE_FILES.has(inCore)) return 'base: day numbers, errors, shared types and ids';
  if (top === 'astronomy') {
    const name = rest.join('/');
    if (ASTRONOMY_LEAVES.has(name)) return 'astronomy: leaves';
    if (ASTRONOMY_ESTIMATES.test(name)) return 'astronomy: estimates';
    if (name === 'estimate-then-verify.ts') return 'astronomy: estimate-then-verify';
    return 'astronomy: precise';
  }
  if (top === 'calendars' || top === 'rules' || top === 'traditions') return top;
  // query.ts, index.ts and the other modules of the public surface (locale, place, range, planning, …).
  return 'query';
}

const isTest = (path: string): boolean => /\.test\.tsx?$/.test(path);

function sourceFiles(root: string): string[] {
  return readdirSync(join(ROOT, root), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => `${root}/${name.split('\\').join('/')}`)
    .filter((path) => !isTest(path))
    .sort();
}

/** The code without its comments (a `//` after a colon, as in a URL, is kept). */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

// import/export … from '…' (also `import type`, over several lines), a bare import '…', and import('…').
const SPECIFIER =
  /(?:^\s*(?:import|export)\s[^;]*?\sfrom\s*|^\s*import\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/gm;

/** The specifiers a file imports. */
export const importsOf = (text: string): string[] =>
  [...withoutComments(text).matchAll(SPECIFIER)].map((match) => match[1]!);

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/** The repository path a relative specifier names (`./x.js` is `x.ts` or `x.tsx` in the sources). */
function resolveRelative(from: string, specifier: string, exists: (path: string) => boolean): string {
  const target = relative(ROOT, resolve(ROOT, dirname(from), specifier))
    .split('\\')
    .join('/');
  const stem = target.replace(/\.(js|jsx|ts|tsx)$/, '');
  for (const candidate of [
    ...SOURCE_EXTENSIONS.map((ext) => stem + ext),
    ...SOURCE_EXTENSIONS.map((ext) => `${target}/index${ext}`),
  ]) {
    if (exists(candidate)) return candidate;
  }
  return target;
}

interface Arrow {
  from: string;
  to: string;
}

/** Every import from one of our files to another, and each back-arrow or core-bypass described. */
export function checkLayers(files: ReadonlyMap<string, string>): { arrows: Arrow[]; problems: string[] } {
  const arrows: Arrow[] = [];
  const problems: string[] = [];
  const exists = (path: string) => files.has(path);
  for (const [from, text] of files) {
    const fromLayer = layerOf(from);
    for (const specifier of importsOf(text)) {
      let to: string;
      if (specifier.startsWith('.')) to = resolveRelative(from, specifier, exists);
      else if (specifier === '@interkal/core' || specifier.startsWith('@interkal/core/'))
        to = `${CORE}/index.ts`;
      else if (specifier.startsWith('@interkal/')) to = `${RENDERERS[1]}/index.ts`;
      else continue; // a package from npm
      if (isTest(to) || to.startsWith('packages/core/test/')) {
        problems.push(`${from} imports the test code ${to}`);
        continue;
      }
      if (!exists(to)) continue; // a JSON file or the like: no imports of its own
      arrows.push({ from, to });
      const toLayer = layerOf(to);
      if (fromLayer === 'renderers' && to.startsWith(`${CORE}/`) && specifier.startsWith('.')) {
        problems.push(`${from} reaches into ${to}: renderers use the published '@interkal/core' only`);
      } else if (LAYERS.indexOf(toLayer) > LAYERS.indexOf(fromLayer)) {
        problems.push(`${from} (${fromLayer}) imports ${to} (${toLayer}): an arrow back up the layers`);
      }
    }
  }
  return { arrows, problems };
}

/** Import cycles among the given arrows, each as the files around it. */
export function cyclesIn(arrows: readonly Arrow[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of arrows) next.set(from, [...(next.get(from) ?? []), to]);
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === 'open') cycles.push([...path.slice(path.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...next.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

const readSources = (): Map<string, string> =>
  new Map(
    [CORE, ...RENDERERS]
      .flatMap(sourceFiles)
      .map((path) => [path, readFileSync(join(ROOT, path), 'utf8')] as const),
  );

describe('import layers', () => {
  it('finds the imports it checks (multi-line, type-only, re-exports, dynamic)', () => {
    expect(
      importsOf(
        `import {\n  a,\n  type B,\n} from './a.js';\nimport type { C } from "../c.js";\n` +
          `export { d } from './d.js';\n// import { e } from './e.js';\nconst f = await import('./f.js');`,
      ),
    ).toEqual(['./a.js', '../c.js', './d.js', './f.js']);
  });

  it('puts the astronomy files in their sub-layers', () => {
    expect(layerOf(`${CORE}/time/day.ts`)).toBe('base: day numbers, errors, shared types and ids');
    expect(layerOf(`${CORE}/astronomy/angles.ts`)).toBe('astronomy: leaves');
    expect(layerOf(`${CORE}/astronomy/fast-sun.ts`)).toBe('astronomy: estimates');
    expect(layerOf(`${CORE}/astronomy/sidereal.ts`)).toBe('astronomy: precise');
    expect(layerOf(`${CORE}/astronomy/estimate-then-verify.ts`)).toBe('astronomy: estimate-then-verify');
    expect(layerOf(`${CORE}/calendars/hindu/decision.ts`)).toBe('calendars');
    expect(layerOf(`${CORE}/query.ts`)).toBe('query');
    expect(layerOf('apps/server/src/app.ts')).toBe('renderers');
  });

  it('rejects an arrow back up, a renderer reaching into core, and a cycle', () => {
    const planted = new Map([
      [`${CORE}/astronomy/fast-sun.ts`, "import { sunrise } from './sun.js';"],
      [`${CORE}/astronomy/sun.ts`, "import { fixedFromGregorian } from '../calendars/gregorian.js';"],
      [`${CORE}/calendars/gregorian.ts`, "import type { Fixed } from '../time/day.js';"],
      [`${CORE}/time/day.ts`, ''],
      ['apps/server/src/app.ts', "import { getHolidays } from '../../../packages/core/src/query.js';"],
      [`${CORE}/query.ts`, "import { x } from './rules/a.js';"],
      [`${CORE}/rules/a.ts`, "import { y } from './b.js';"],
      [`${CORE}/rules/b.ts`, "import { x } from './a.js';"],
    ]);
    const { arrows, problems } = checkLayers(planted);
    expect(problems).toEqual([
      `${CORE}/astronomy/fast-sun.ts (astronomy: estimates) imports ${CORE}/astronomy/sun.ts (astronomy: precise): an arrow back up the layers`,
      `${CORE}/astronomy/sun.ts (astronomy: precise) imports ${CORE}/calendars/gregorian.ts (calendars): an arrow back up the layers`,
      `apps/server/src/app.ts reaches into ${CORE}/query.ts: renderers use the published '@interkal/core' only`,
    ]);
    expect(cyclesIn(arrows)).toEqual([[`${CORE}/rules/a.ts`, `${CORE}/rules/b.ts`, `${CORE}/rules/a.ts`]]);
  });

  it('holds for every source file of core, the CLI, ICS and the server', () => {
    const files = readSources();
    expect(files.size).toBeGreaterThan(50);
    const { arrows, problems } = checkLayers(files);
    // The scan sees the real graph: the query reaches the tables, a table its rules, a rule its calendar.
    expect(arrows).toContainEqual({ from: `${CORE}/query.ts`, to: `${CORE}/traditions/index.ts` });
    expect(arrows).toContainEqual({
      from: `${CORE}/traditions/christianity.ts`,
      to: `${CORE}/rules/gregorian.ts`,
    });
    expect(problems).toEqual([]);
    expect(cyclesIn(arrows.filter(({ to }) => to.startsWith(`${CORE}/`)))).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

/*
 * @interkal/core must run in browsers and cost nothing until asked (HELPERS.md: no Node-only APIs in
 * packages/core/src; memoize lazily, no work at import time).
 */

const SRC = new URL('./', import.meta.url);
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Every library source file: *.ts under src, without the tests. */
function librarySources(): { path: string; text: string }[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => ({ path, text: readFileSync(new URL(path, SRC), 'utf8') }));
}

/** The code without its comments (a `//` after a colon, as in a URL, is kept). */
const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

// import/export … from '…', a bare import '…', import('…') and require('…').
const SPECIFIER =
  /(?:^\s*(?:import|export)\s[^;]*?\sfrom\s*|^\s*import\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/gm;
const NODE_GLOBALS = /\b(?:process\s*\.|__dirname\b|__filename\b|require\s*\(|Buffer\s*\.|setImmediate\s*\()/;
const NODE_BUILTINS = new Set(builtinModules);
// Test helpers kept beside the code they check (not reachable from index.ts).
const TEST_HELPERS = new Set(['calendars/calendar-contract.ts']);

describe('@interkal/core public exports', () => {
  it('use no Node built-in module, no Node global and only declared dependencies', () => {
    const sources = librarySources();
    expect(sources.map((s) => s.path)).toContain('index.ts');
    const problems: string[] = [];
    const packages = new Set<string>();
    for (const { path, text } of sources) {
      const code = withoutComments(text);
      for (const [, specifier] of code.matchAll(SPECIFIER)) {
        if (specifier!.startsWith('.')) continue;
        const name = specifier!.startsWith('@')
          ? specifier!.split('/').slice(0, 2).join('/')
          : specifier!.split('/')[0]!;
        packages.add(name);
        if (specifier!.startsWith('node:') || NODE_BUILTINS.has(name))
          problems.push(`${path}: imports ${specifier}`);
        else if (!(name in PACKAGE.dependencies) && !(TEST_HELPERS.has(path) && name === 'vitest'))
          problems.push(`${path}: imports ${specifier}, not a dependency in package.json`);
      }
      const global = code.match(NODE_GLOBALS);
      if (global) problems.push(`${path}: uses ${global[0]}`);
    }
    expect(problems).toEqual([]);
    // The scan reads real imports: it finds the dependencies the calendars are built on.
    expect([...packages]).toEqual(expect.arrayContaining(['astronomy-engine', '@hebcal/core', 'tiny-lru']));
  });

  it('catches a Node import and a Node global (the scan itself works)', () => {
    const code = withoutComments(
      "import { readFileSync } from 'node:fs';\nconst home = process.env.HOME; // x",
    );
    expect([...code.matchAll(SPECIFIER)].map((m) => m[1])).toEqual(['node:fs']);
    expect(code.match(NODE_GLOBALS)?.[0]).toBe('process.');
    expect(withoutComments("const url = 'https://example.org'; // process.env")).not.toMatch(NODE_GLOBALS);
  });
});

// Every call into astronomy-engine from our code is counted: importing the package must make none.
const astronomy = vi.hoisted(() => ({ calls: 0 }));
vi.mock('astronomy-engine', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const counted = (value: unknown): unknown =>
    typeof value === 'function'
      ? new Proxy(value, {
          apply(target, thisArg, args) {
            astronomy.calls++;
            return Reflect.apply(target as (...a: unknown[]) => unknown, thisArg, args);
          },
          construct(target, args, newTarget) {
            astronomy.calls++;
            return Reflect.construct(target as new (...a: unknown[]) => object, args, newTarget);
          },
        })
      : value;
  return Object.fromEntries(Object.entries(actual).map(([name, value]) => [name, counted(value)]));
});

describe('importing @interkal/core', () => {
  it('computes no astronomy at import time, and does once a year is asked for', async () => {
    const core = await import('./index.js');
    expect(typeof core.getHolidays).toBe('function');
    expect(core.listTraditions('de').map((t) => t.id)).toContain('persian');
    expect(astronomy.calls).toBe(0);
    // Nowruz is the day of the March equinox (astronomy-engine): the counter sees the work when it happens.
    expect(core.getHolidays({ year: 2026, ids: ['nowruz'] })).toMatchObject([{ date: '2026-03-21' }]);
    expect(astronomy.calls).toBeGreaterThan(0);
  });

  it('leaves the host globals alone (no Temporal polyfill replacing Intl.DateTimeFormat)', () => {
    // A fresh process: vitest workers may already hold globals another test file patched.
    const script = `
      const before = Intl.DateTimeFormat;
      const { getHolidays } = await import('@interkal/core');
      getHolidays({ year: 2026 });
      console.log(JSON.stringify({ patched: Intl.DateTimeFormat !== before, temporal: 'Temporal' in globalThis }));`;
    const out = execFileSync(
      process.execPath,
      ['--conditions=@interkal/source', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8', cwd: new URL('..', import.meta.url) },
    );
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ patched: false, temporal: false });
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPackages } from './pack-packages.js';

/*
 * @interkal/core and @interkal/ics as a new user gets them: the tarballs pnpm would publish, installed with npm
 * into a project outside the workspace (no workspace links, no source condition, no monorepo tsconfig).
 * Easter Sunday 2026 is 5 April (Astronomical Society of South Australia, "Easter Dates 2001–2100").
 */
const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');

let project: string;

const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true', npm_config_update_notifier: 'false' },
  });

const write = (name: string, text: string) => writeFileSync(join(project, name), text);

const CONSUMER = `import { createHolidays, getHolidays, HOLIDAY_IDS, type HolidayId, InterkalError, type Occurrence } from '@interkal/core';
import { NAME_TABLES } from '@interkal/core/names';
import { islam } from '@interkal/core/traditions';
import { renderCalendar } from '@interkal/ics';

const id: HolidayId = 'easter';
// @ts-expect-error: not a holiday id; the union comes from the tables
const typo: HolidayId = 'eastr';
const [easter]: Occurrence[] = getHolidays({ year: 2026, ids: [id], locale: 'de' });
const when: string | undefined = easter?.date;
const ics: string = renderCalendar(easter ? [easter] : [], { name: 'x', description: 'y', host: 'example.org', locale: 'de' });
const islamOnly: Occurrence[] = createHolidays({ traditions: [islam], names: NAME_TABLES }).getHolidays({ year: 2026, locale: 'fa' });
export const facts = { when, ics, typo, islamOnly, count: HOLIDAY_IDS.length, isError: new InterkalError('invalid-option', 'p', 1, 'x') instanceof RangeError };
`;

const tsconfig = (module: string, moduleResolution: string) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module,
      moduleResolution,
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['consumer.ts'],
  });

beforeAll(() => {
  const tarballs = packPackages();
  project = mkdtempSync(join(tmpdir(), 'interkal-consumer-'));
  write('package.json', JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
    tarballs.core,
    tarballs.ics,
  ]);
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed packages, installed with npm outside the workspace', () => {
  it('run as ESM in Node', () => {
    write(
      'main.mjs',
      `import { getHolidays } from '@interkal/core';
import { renderCalendar } from '@interkal/ics';
const [easter] = getHolidays({ year: 2026, ids: ['easter'], locale: 'de' });
const ics = renderCalendar([easter], { name: 'x', description: 'y', host: 'example.org', locale: 'de' });
console.log(JSON.stringify({ date: easter.date, name: easter.name, begins: ics.split('\\r\\n')[0] }));`,
    );
    expect(JSON.parse(run(process.execPath, ['main.mjs']))).toEqual({
      date: '2026-04-05',
      name: 'Ostern',
      begins: 'BEGIN:VCALENDAR',
    });
  });

  it.each([
    ['NodeNext', 'NodeNext'],
    ['ESNext', 'Bundler'],
  ])(
    'type-check a consumer under module %s, moduleResolution %s (skipLibCheck off)',
    (module, resolution) => {
      write('consumer.ts', CONSUMER);
      write(`tsconfig.${resolution}.json`, tsconfig(module, resolution));
      // tsc exits non-zero (execFileSync throws with its output) on any error, an unused @ts-expect-error included.
      expect(run(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`])).toBe('');
    },
  );

  it('bundle for the browser with esbuild, and the bundle runs on its own', async () => {
    const { build } = await import('esbuild');
    write(
      'browser.js',
      `import { getHolidays } from '@interkal/core';
console.log(getHolidays({ year: 2026, ids: ['easter'] })[0].date);`,
    );
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['browser.js'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      outfile: 'bundle.mjs',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(run(process.execPath, ['bundle.mjs']).trim()).toBe('2026-04-05');
  });

  it('bundle only the traditions and name tables a page passes to createHolidays', async () => {
    const { build } = await import('esbuild');
    write(
      'one-tradition.js',
      `import { createHolidays } from '@interkal/core';
import { uk } from '@interkal/core/names';
import { christianity } from '@interkal/core/traditions';
const { getHolidays } = createHolidays({ traditions: [christianity], names: { uk } });
console.log(getHolidays({ year: 2026, ids: ['easter'], locale: 'uk' })[0].name);`,
    );
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['one-tradition.js'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    write('one-tradition.mjs', code);
    // The Ukrainian Western Easter, as the Ukrainian press qualifies it (see names.test.ts for the sources).
    expect(run(process.execPath, ['one-tradition.mjs']).trim()).toBe('Католицький Великдень');
    // Other traditions' rows (German names of Diwali and Pesach) and other locales' tables (Russian) stay out.
    for (const absent of ['Diwali', 'Pessach', 'Пасха']) expect(code).not.toContain(absent);
  });
});

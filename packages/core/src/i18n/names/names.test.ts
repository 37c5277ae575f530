import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_IDS } from '../../holiday-ids.js';
import { createHolidays } from '../../holidays.js';
import * as builtIn from '../../query.js';
import { TRADITIONS } from '../../traditions/index.js';
import { TRADITION_IDS } from '../../types.js';
import { NAME_TABLES } from './index.js';

const TABLES = Object.entries(NAME_TABLES);
const FALLBACKS = readFileSync(new URL('./FALLBACKS.md', import.meta.url), 'utf8');

/** The ids FALLBACKS.md lists for a locale, all kinds together. */
function listedFallbacks(locale: string): Set<string> {
  const section = FALLBACKS.split(`\n## ${locale}\n`)[1]?.split('\n## ')[0] ?? '';
  return new Set(
    section
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .flatMap((line) => line.slice(line.indexOf(':') + 1).split(','))
      .map((id) => id.trim()),
  );
}

// What each language is written in: a name in another script is a copy of the English one, not a name.
const SCRIPT: Record<string, RegExp> = {
  uk: /^[\p{Script=Cyrillic}\p{P}\p{Zs}\d]+$/u,
  ru: /^[\p{Script=Cyrillic}\p{P}\p{Zs}\d]+$/u,
  fa: /^[\p{Script_Extensions=Arabic}\p{M}\p{P}\p{Zs}\u200c\d]+$/u,
  pl: /^[\p{Script=Latin}\p{Lm}\p{P}\p{Zs}\d]+$/u,
  ro: /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u,
  ku: /^[\p{Script=Latin}\p{P}\p{Zs}\d]+$/u,
};

describe.each(TABLES)('the %s name table', (locale, table) => {
  const entries = [...Object.entries(table.traditions), ...Object.entries(table.holidays)];

  it('names only holidays and traditions that exist', () => {
    const ids = new Set<string>(HOLIDAY_IDS);
    expect(Object.keys(table.holidays).filter((id) => !ids.has(id))).toEqual([]);
    const traditions = new Set<string>(TRADITION_IDS);
    expect(Object.keys(table.traditions).filter((id) => !traditions.has(id))).toEqual([]);
  });

  it(`writes every name in the ${locale} script, trimmed, with an https source`, () => {
    const bad = entries.filter(([, cited]) => {
      if (cited === undefined) return false;
      const { name, source } = cited;
      return name !== name.trim() || !SCRIPT[locale]!.test(name) || new URL(source).protocol !== 'https:';
    });
    expect(bad.map(([id]) => id)).toEqual([]);
  });

  it(`cites Wikipedia only in ${locale}: a name's source is in the name's language`, () => {
    const hosts = entries.map(([, cited]) => new URL(cited!.source).hostname);
    expect(
      hosts.filter((host) => host.endsWith('wikipedia.org') && host !== `${locale}.wikipedia.org`),
    ).toEqual([]);
  });

  it('has a name for every tradition and major holiday, or lists it in FALLBACKS.md', () => {
    const listed = listedFallbacks(locale);
    const traditions = TRADITIONS.filter((t) => !table.traditions[t.id] && !listed.has(t.id));
    const majors = TRADITIONS.flatMap((t) => t.holidays).filter(
      (h) =>
        h.importance === 'major' && !(table.holidays as Record<string, unknown>)[h.id] && !listed.has(h.id),
    );
    expect([...traditions.map((t) => t.id), ...majors.map((h) => h.id)]).toEqual([]);
  });

  it('lists no id in FALLBACKS.md that the table names', () => {
    const named = new Set(Object.keys({ ...table.traditions, ...table.holidays }));
    expect([...listedFallbacks(locale)].filter((id) => named.has(id))).toEqual([]);
  });

  it('is the only place of its names: no tradition table row carries this locale inline', () => {
    const inline = TRADITIONS.flatMap((t) => [t, ...t.holidays]).filter((row) => row.names[locale as 'uk']);
    expect(inline.map((row) => row.id)).toEqual([]);
  });
});

// The names of these locales reach the answers of an instance given their tables (the service's and the CLI's).
const { describeHoliday, getHolidays, listTraditions } = createHolidays({
  traditions: TRADITIONS,
  names: NAME_TABLES,
});

describe('names of the locales that are not built in', () => {
  it('are English, marked so, in the package’s own instance; a table given to createHolidays brings its own only', () => {
    const easter = { from: '2026-04-12', to: '2026-04-12', ids: ['orthodox-easter'] };
    const [plain] = builtIn.getHolidays({ ...easter, locale: 'uk' });
    expect(plain).toMatchObject({
      name: builtIn.getHolidayDefinition('orthodox-easter').names.en,
      nameLocale: 'en',
    });
    const ukrainian = createHolidays({ traditions: TRADITIONS, names: { uk: NAME_TABLES.uk } });
    expect(ukrainian.getHolidays({ ...easter, locale: 'uk' })[0]).toMatchObject({ name: 'Великдень' });
    expect(ukrainian.getHolidays({ ...easter, locale: 'ru' })[0]).toMatchObject({ nameLocale: 'en' });
    expect(builtIn.describeHoliday('orthodox-easter', 'de').name).toBe(
      describeHoliday('orthodox-easter', 'de').name,
    );
  });
});

describe('names in the answers of the library', () => {
  it('uses the name the locale’s churches use: Великдень and Пасха are the Orthodox Easter, the Western one is qualified', () => {
    const april2026 = { from: '2026-04-01', to: '2026-04-30', ids: ['easter', 'orthodox-easter'] };
    const names = (locale: string) =>
      Object.fromEntries(getHolidays({ ...april2026, locale }).map((o) => [o.id, o.name]));
    expect(names('uk')).toEqual({ easter: 'Католицький Великдень', 'orthodox-easter': 'Великдень' });
    expect(names('ru')).toEqual({ easter: 'Католическая Пасха', 'orthodox-easter': 'Пасха' });
    expect(names('pl').easter).toBe('Wielkanoc');
    expect(names('ro')['orthodox-easter']).toBe('Paștele');
  });

  it('gives Persian and Kurmanji names of the spring festivals (fa_IR and kmr resolve to fa and ku)', () => {
    const march = { from: '2026-03-17', to: '2026-03-21', ids: ['nowruz', 'newroz', 'chaharshanbe-suri'] };
    const fa = Object.fromEntries(getHolidays({ ...march, locale: 'fa_IR' }).map((o) => [o.id, o.name]));
    expect(fa.nowruz).toBe('نوروز');
    expect(fa['chaharshanbe-suri']).toBe('چهارشنبه‌سوری');
    const ku = getHolidays({ ...march, locale: 'kmr' }).find((o) => o.id === 'newroz');
    expect(ku?.name).toBe('Newroz');
    expect(ku?.nameLocale).toBeUndefined();
  });

  it('marks an English fallback on the occurrence and in describeHoliday, and only there', () => {
    const [fallback] = getHolidays({
      from: '2026-01-01',
      to: '2026-12-31',
      ids: ['rose-monday'],
      locale: 'uk',
    });
    expect(fallback).toMatchObject({ name: 'Rose Monday (Carnival)', nameLocale: 'en' });
    expect(describeHoliday('rose-monday', 'uk')).toMatchObject({ nameLocale: 'en', locale: 'uk' });
    expect(describeHoliday('easter', 'uk')).toMatchObject({
      nameLocale: 'uk',
      name: 'Католицький Великдень',
    });
    const german = getHolidays({ from: '2026-01-01', to: '2026-12-31', locale: 'de' });
    expect(german.filter((o) => o.nameLocale !== undefined)).toEqual([]);
  });

  it.each(TABLES)(
    'names the traditions in listTraditions(%j) from its table, English where it has none',
    (locale, table) => {
      const english = new Map(listTraditions('en').map((t) => [t.id, t.name]));
      for (const tradition of listTraditions(locale))
        expect(tradition.name).toBe(table.traditions[tradition.id]?.name ?? english.get(tradition.id));
    },
  );

  it('lists the added names among all names of a holiday', () => {
    expect(describeHoliday('nowruz', 'de').names).toMatchObject({ de: expect.any(String), fa: 'نوروز' });
  });
});

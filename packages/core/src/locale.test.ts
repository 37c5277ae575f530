import { describe, expect, it } from 'vitest';
import { InterkalError } from './errors.js';
import { firstDayOfWeek, localeInfo, negotiateLocale, resolveLocale } from './locale.js';

describe('resolveLocale', () => {
  it.each([
    ['DE', 'de'],
    ['de_DE', 'de'],
    ['de-AT', 'de'],
    ['ar_SA', 'ar'],
    ['en-GB', 'en'],
    ['TR', 'tr'],
    [' de ', 'de'],
    [undefined, 'en'],
  ])('maps %j to %s', (input, language) => {
    expect(resolveLocale(input)).toBe(language);
  });

  const bad: [string, unknown][] = [
    ['an unknown language', 'xx'],
    ['a language we have no text in', 'fr'],
    ['the empty string', ''],
    ['a malformed tag', 'de--'],
    ['a wildcard', '*'],
    ['a number', 42],
    ['null', null],
    ['an object', {}],
    ['a BigInt', 10n],
    ['a 100-character tag', 'd'.repeat(100)],
  ];
  it.each(bad)('rejects %s with an InterkalError naming the parameter', (_, input) => {
    expect(() => resolveLocale(input, 'lang')).toThrowError(InterkalError);
    expect(() => resolveLocale(input, 'lang')).toThrowError(/^Invalid lang: .*Allowed: de, en, tr, ar/);
  });
});

describe('localeInfo', () => {
  it('keeps the region for Intl and says the direction', () => {
    expect(localeInfo('en_gb')).toMatchObject({ language: 'en', tag: 'en-GB', direction: 'ltr' });
    expect(localeInfo('ar_SA')).toMatchObject({ language: 'ar', tag: 'ar-SA', direction: 'rtl' });
    expect(localeInfo('DE')).toMatchObject({ language: 'de', tag: 'de' });
  });

  it('knows where weeks start (CLDR weekData: Monday in Germany and Britain, Sunday in the US)', () => {
    expect(firstDayOfWeek('de')).toBe(1);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('not a tag')).toBe(1);
  });
});

describe('negotiateLocale', () => {
  it('picks the best acceptable of our languages, honouring q-values', () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7')).toBe('de');
    expect(negotiateLocale('en;q=0.5, TR')).toBe('tr');
    expect(negotiateLocale('ar_SA')).toBe('ar');
    expect(negotiateLocale('fr, *;q=0.1', 'de')).toBe('de');
    expect(negotiateLocale(undefined, 'de')).toBe('de');
    expect(negotiateLocale('de;q=0')).toBe('en');
  });
});

describe('the locales added for issue 13 (uk, ru, pl, fa, ku, ro)', () => {
  it.each([
    ['uk_UA', 'uk'],
    ['RU', 'ru'],
    ['pl-PL', 'pl'],
    ['fa_IR', 'fa'],
    ['fa-AF', 'fa'],
    // ISO 639-3 codes that CLDR maps onto ours: Dari → Persian (Afghanistan), Kurmanji → Kurdish, Moldovan → Romanian.
    ['prs', 'fa'],
    ['kmr', 'ku'],
    ['mo', 'ro'],
    ['ro_MD', 'ro'],
  ])('maps %j to %s', (input, language) => {
    expect(resolveLocale(input)).toBe(language);
  });

  it('rejects Central Kurdish (Sorani, ckb) and Kurdish in Arabic script: our Kurdish is Kurmanji in Latin script', () => {
    expect(() => resolveLocale('ckb', 'lang')).toThrowError(InterkalError);
    expect(() => resolveLocale('ku-Arab', 'lang')).toThrowError(InterkalError);
    expect(resolveLocale('ku-Latn-TR')).toBe('ku');
    expect(negotiateLocale('ku-Arab, de;q=0.5')).toBe('de');
  });

  it('writes Persian right to left, the others left to right', () => {
    expect(localeInfo('fa').direction).toBe('rtl');
    expect(localeInfo('fa-AF').direction).toBe('rtl');
    for (const tag of ['uk', 'ru', 'pl', 'ku', 'ro']) expect(localeInfo(tag).direction).toBe('ltr');
  });

  // Intl's default calendar for fa is the Solar Hijri one (CLDR): 21 March 2026 would print as 1 Farvardin 1405.
  it('gives a tag whose dates are Gregorian for every locale and region asked for', () => {
    const equinox = new Date(Date.UTC(2026, 2, 21));
    for (const input of ['fa', 'fa_IR', 'fa-AF', 'ar_SA', 'uk', 'ru', 'pl', 'ku', 'ro', 'de-AT', 'en-GB']) {
      const { tag } = localeInfo(input);
      const format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC' });
      expect(format.resolvedOptions().calendar, input).toBe('gregory');
      const parts = new Intl.DateTimeFormat(tag, {
        month: 'numeric',
        timeZone: 'UTC',
        numberingSystem: 'latn',
      }).formatToParts(equinox);
      expect(Number(parts.find((p) => p.type === 'month')?.value), input).toBe(3);
    }
    expect(localeInfo('fa_IR').tag).toBe('fa-IR-u-ca-gregory');
    expect(localeInfo('de-AT').tag).toBe('de-AT');
  });

  // Node 20 ships full ICU with CLDR's "ku" (Kurmanji, Latin script): "adar" is March. An engine without "ku"
  // data would fall back to its root locale (numeric months), never to another language.
  it('has Kurmanji month names from Intl', () => {
    const march = new Intl.DateTimeFormat(localeInfo('ku').tag, { month: 'long', timeZone: 'UTC' });
    expect(march.format(new Date(Date.UTC(2026, 2, 21))).toLowerCase()).toContain('adar');
  });
});

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

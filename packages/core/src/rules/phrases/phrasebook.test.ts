import { describe, expect, it } from 'vitest';
import { HOLIDAY_IDS } from '../../holiday-ids.js';
import { describeHoliday, getHolidayDefinition, getHolidays } from '../../query.js';
import { say, textIn } from './phrasebook.js';

describe('rule phrasebooks', () => {
  it('give every holiday a German rule summary of its own', () => {
    const untranslated = HOLIDAY_IDS.filter((id) => {
      const { ruleSummary } = getHolidayDefinition(id);
      return !ruleSummary.de || ruleSummary.de === ruleSummary.en;
    });
    expect(untranslated).toEqual([]);
  });

  it('fall back to English, and say so, in a language without a phrasebook', () => {
    const turkish = describeHoliday('diwali', 'tr');
    expect(turkish.ruleSummaryLocale).toBe('en');
    expect(turkish.ruleSummary).toBe(getHolidayDefinition('diwali').ruleSummary.en);
    expect(describeHoliday('diwali', 'de')).toMatchObject({
      ruleSummaryLocale: 'de',
      ruleSummary: getHolidayDefinition('diwali').ruleSummary.de,
    });
  });

  it('take a language as soon as a book has it', () => {
    const book = { en: { hello: 'hello' }, de: { hello: 'hallo' }, tr: { hello: 'merhaba' } };
    const text = say(book, (p) => p.hello);
    expect(text).toEqual({ en: 'hello', de: 'hallo', tr: 'merhaba' });
    expect(textIn(text, 'ar')).toBe('hello');
  });

  // The dates: Diyanet's "2026 Dini Günler" (Ramazan Bayramı 20 March 2026 = 1 Şevval 1447); hebcal.com
  // (Pesach I 2 April 2026 = 15 Nisan 5786); University of Tehran calendar centre (Nowruz 1405: 21 March 2026).
  // The German month names are those the phrasebooks cite (German Wikipedia's transliterations).
  it('write native dates with German month names in German and as before in English', () => {
    const native = (locale: string) =>
      getHolidays({
        year: 2026,
        ids: ['eid-al-fitr', 'pesach', 'nowruz'],
        locale,
        islamicMethod: 'diyanet',
      }).map((o) => o.nativeDate);
    // In date order: Eid 20 March, Nowruz 21 March, Pesach 2 April.
    expect(native('de')).toEqual(['1. Schawwal 1447', '1. Farwardin 1405', '15. Nisan 5786']);
    expect(native('en')).toEqual(['1 Shawwal 1447', '1 Farvardin 1405', '15 Nisan 5786']);
  });
});

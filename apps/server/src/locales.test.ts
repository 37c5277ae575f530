import { LOCALES } from '@interkal/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { LANGUAGE_NAMES, UI } from './i18n/ui.js';

/*
 * The locales added for issue 13 (uk, ru, pl, fa, ku, ro) through every renderer of the service. Expected names come
 * from the cited name tables (packages/core/src/i18n/names/); the dates are the ones the pages and feeds print:
 * Nowruz 2026 is 21 March (Iran's calendar centre: 1 Farvardin 1405 = 21 March 2026), Christmas 25 December.
 */
const app = createApp({ now: () => new Date('2026-03-10T10:00:00Z') });
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(`https://kalender.example.de${path}`, { headers });
  return { res, text: await res.text() };
};
const ADDED = ['uk', 'ru', 'pl', 'fa', 'ku', 'ro'] as const;

describe('pages in the added languages', () => {
  it.each(ADDED)('/%s/ is in its language and direction, with its UI text', async (locale) => {
    const { res, text } = await get(`/${locale}/`);
    expect(res.status).toBe(200);
    expect(text).toContain(`<html lang="${locale}" dir="${locale === 'fa' ? 'rtl' : 'ltr'}">`);
    expect(text).toContain(UI[locale].subscribeTitle);
  });

  it('offers every language in the picker, each named in itself, with hreflang', async () => {
    const { text } = await get('/de/');
    for (const locale of LOCALES) {
      expect(text).toContain(`hreflang="${locale}" href="/${locale}/"`);
      expect(text).toContain(`>${LANGUAGE_NAMES[locale]}</a>`);
    }
  });

  it('follows Accept-Language to the added languages (uk-UA, fa-IR, kmr)', async () => {
    for (const [header, locale] of [
      ['uk-UA,uk;q=0.9', 'uk'],
      ['fa-IR', 'fa'],
      ['kmr, de;q=0.5', 'ku'],
    ]) {
      const { text } = await get('/', { 'Accept-Language': header! });
      expect(text, header).toContain(`<html lang="${locale}"`);
    }
  });

  it('prints a holiday page in Persian with the Persian name and Gregorian dates', async () => {
    const { text } = await get('/fa/holidays/nowruz');
    expect(text).toContain('<h1>نوروز</h1>');
    // 21 March 2026, not 1 Farvardin 1405: Intl's default calendar for fa is the Solar Hijri one.
    expect(text).toMatch(/<time datetime="2026-03-21">[^<]*۲۱ مارس ۲۰۲۶[^<]*<\/time>/);
    expect(text).not.toContain('فروردین');
    expect(text).toContain('<dd lang="fa" dir="rtl">نوروز</dd>');
  });

  it('marks a name that falls back to English and says so', async () => {
    const { text } = await get('/uk/holidays/rose-monday');
    expect(text).toMatch(/<h1 lang="en" dir="ltr">\s*Rose Monday \(Carnival\)\s*<\/h1>/);
    expect(text).toContain(UI.uk.englishNameFallback);
    expect(text).toContain(UI.uk.englishFallback);
  });

  it('answers a missing page in Persian', async () => {
    const { res, text } = await get('/fa/holidays/no-such-day');
    expect(res.status).toBe(404);
    expect(text).toContain('dir="rtl"');
    expect(text).toContain(UI.fa.holidayNotFound('no-such-day'));
  });
});

describe('API in the added languages', () => {
  it('accepts fa_IR and answers in Persian', async () => {
    const { res, text } = await get('/api/v1/holidays?lang=fa_IR&year=2026&ids=nowruz,chaharshanbe-suri');
    expect(res.status).toBe(200);
    const body = JSON.parse(text);
    expect(body.lang).toBe('fa');
    expect(body.holidays.map((h: { name: string }) => h.name)).toEqual(['چهارشنبه‌سوری', 'نوروز']);
  });

  it('marks English fallbacks in lists and on the holiday', async () => {
    const list = JSON.parse((await get('/api/v1/holidays?lang=uk&year=2026&ids=rose-monday,easter')).text);
    expect(list.holidays.map((h: { name: string; nameLocale?: string }) => [h.name, h.nameLocale])).toEqual([
      ['Rose Monday (Carnival)', 'en'],
      ['Католицький Великдень', undefined],
    ]);
    const one = JSON.parse((await get('/api/v1/holidays/rose-monday?lang=uk')).text);
    expect(one).toMatchObject({ nameLocale: 'en', descriptionLocale: 'en' });
    expect(one.names.uk).toBeUndefined();
  });

  it('names traditions in Kurmanji, Ukrainian and Romanian', async () => {
    const name = async (locale: string, id: string) =>
      JSON.parse((await get(`/api/v1/traditions?lang=${locale}`)).text).find(
        (t: { id: string }) => t.id === id,
      ).name;
    expect(await name('ku', 'yazidism')).toBe('Êzidîtî');
    expect(await name('uk', 'judaism')).toBe('Юдаїзм');
    expect(await name('ro', 'buddhism')).toBe('Budism');
  });

  it('documents every locale for lang in the OpenAPI description', async () => {
    const spec = JSON.parse((await get('/api/v1/openapi.json')).text);
    const lang = spec.paths['/holidays'].get.parameters.find((p: { name: string }) => p.name === 'lang');
    for (const locale of LOCALES) expect(lang.description).toContain(locale);
  });
});

describe('feeds in the added languages', () => {
  it.each([
    ['uk', 'Різдво Христове'],
    ['ru', 'Католическое Рождество'],
    ['pl', 'Boże Narodzenie'],
    ['fa', 'کریسمس'],
    ['ro', 'Crăciunul'],
  ])('/feeds/all.ics?lang=%s names Christmas %s', async (locale, christmas) => {
    const { res, text } = await get(`/feeds/all.ics?lang=${locale}`);
    expect(res.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const summaries = events
      .filter((e) => String(e.getFirstPropertyValue('dtstart')) === '2026-12-25')
      .map((e) => e.getFirstPropertyValue('summary'));
    expect(summaries).toContain(christmas);
  });
});

describe('widget in the added languages', () => {
  it('draws March 2026 in Persian right to left with Gregorian month and weekday names from Intl', async () => {
    const { res, text } = await get('/widget/month?year=2026&month=3&lang=fa');
    expect(res.status).toBe(200);
    expect(text).toMatch(/<html lang="fa-u-ca-gregory" dir="rtl"/);
    expect(text).toContain('مارس ۲۰۲۶');
    expect(text).not.toContain('اسفند');
  });

  it('draws March 2026 in Kurmanji with Intl’s Kurmanji month names', async () => {
    const { text } = await get('/widget/month?year=2026&month=3&lang=ku');
    expect(text.toLowerCase()).toContain('adar');
    expect(text).toContain('Newroz');
  });
});

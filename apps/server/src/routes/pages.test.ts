import { HOLIDAY_IDS } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { getHolidayDefinition } from '../library.js';

const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z') });
const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(`https://kalender.example.de${path}`, { headers });
  return { res, html: await res.text() };
};

describe('subscribe page', () => {
  it('speaks German by default and follows Accept-Language', async () => {
    const plain = await page('/');
    expect(plain.html).toContain('<html lang="de" dir="ltr">');
    expect(plain.res.headers.get('vary')).toMatch(/Accept-Language/);
    const turkish = await page('/', { 'Accept-Language': 'fr-FR,tr;q=0.8,en;q=0.5' });
    expect(turkish.html).toContain('<html lang="tr"');
    const arabic = await page('/ar/');
    expect(arabic.html).toContain('<html lang="ar" dir="rtl">');
  });

  it('offers webcal, Outlook.com, Google by URL, the https address and a QR code for the chosen feed', async () => {
    const { html } = await page('/de/?traditions=christianity&traditions=international&scope=major');
    const feed =
      'https://kalender.example.de/feeds/custom.ics?traditions=christianity,international&amp;lang=de&amp;importance=major';
    expect(html).toContain(`href="${feed.replace('https:', 'webcal:')}"`);
    expect(html).toContain(`value="${feed}"`);
    expect(html).toContain(
      'https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fkalender.example.de',
    );
    expect(html).toContain('https://calendar.google.com/calendar/r/settings/addbyurl');
    expect(html).toMatch(/<div class="qr" role="img" aria-label="[^"]+"><svg/);
    expect(html).toMatch(/<input type="checkbox" name="traditions" value="international" checked/);
  });

  it('links all.ics when nothing is chosen', async () => {
    const { html } = await page('/en/');
    expect(html).toContain('value="https://kalender.example.de/feeds/all.ics?lang=en"');
  });

  it('escapes what it echoes', async () => {
    const { html } = await page('/de/?traditions=%3Cscript%3Ealert(1)%3C/script%3E&scope=%22%3E');
    expect(html).not.toContain('<script>alert');
  });
});

describe('holiday pages', () => {
  it('shows names in every language, the rule, the next five dates and sources', async () => {
    const { res, html } = await page('/de/holidays/easter');
    expect(res.status).toBe(200);
    expect(html).toContain('<h1>Ostern</h1>');
    expect(html).toContain('lang="ar"');
    expect(html).toContain('Ostersonntag (gregorianische Osterrechnung)');
    // Western Easter 2027–2031 (ASSA Easter tables): 28 Mar 2027, 16 Apr 2028, 1 Apr 2029, 21 Apr 2030, 13 Apr 2031.
    for (const date of ['2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21', '2031-04-13']) {
      expect(html).toContain(`datetime="${date}"`);
    }
    expect(html).toContain('https://www.assa.org.au/edm');
  });

  it("keeps this year's past date, marked, beside the next five (Diwali 2026: 8 November)", async () => {
    // drikpanchang.com, "2026 Diwali date" (New Delhi): Lakshmi Puja on Sunday, 8 November 2026; the app's today
    // is 25 November 2026.
    const { html } = await page('/de/holidays/diwali');
    expect(html).toMatch(/datetime="2026-11-08"[\s\S]*?\(vorbei\)/);
    expect(html.match(/<li[^>]*><time datetime="20(2[7-9]|3\d)-/g)).toHaveLength(5);
  });

  it('says when an English description stands in', async () => {
    const { html } = await page('/tr/holidays/easter');
    expect(html).toContain('İngilizcesi gösteriliyor');
  });

  it('says when an English rule stands in (tr, ar), and gives no English rule where German has one', async () => {
    expect((await page('/tr/holidays/diwali')).html).toContain('Bu kural henüz Türkçeye çevrilmedi');
    expect((await page('/ar/holidays/eid-al-fitr')).html).toContain('لم تُترجم هذه القاعدة بعد');
    const { html } = await page('/de/holidays/diwali');
    expect(html).not.toContain('Diese Regel gibt es noch nicht auf Deutsch');
    expect(html).toContain('Ashvin Amavasya (amanta), der Tag, an dem dieser Tithi in der Abenddämmerung');
  });

  it('links every section of the site from every page, marking where the reader is', async () => {
    for (const path of ['/de/', '/de/holidays', '/de/holidays/diwali']) {
      const { html } = await page(path);
      const nav = html.match(/<nav class="site" aria-label="Seiten">([\s\S]*?)<\/nav>/)?.[1] ?? '';
      for (const href of [
        '/de/',
        '/de/month/2026/11',
        '/de/year/2026',
        '/de/holidays',
        '/de/check',
        '/de/embed',
        '/de/print/2026',
      ])
        expect(nav, path).toContain(`href="${href}"`);
    }
    expect((await page('/de/holidays')).html).toContain('<a href="/de/holidays" aria-current="page">');
    expect((await page('/de/holidays/diwali')).html).toContain('<a href="/de/holidays" aria-current="true">');
  });

  it('lists all holidays', async () => {
    const { html } = await page('/en/holidays');
    expect(html).toContain('href="/en/holidays/christmas"');
  });

  it('answers unknown ids and languages with 404', async () => {
    expect((await page('/de/holidays/xmas')).res.status).toBe(404);
    expect((await page('/xx/')).res.status).toBe(404);
  });
});

// Issue 13: a German holiday page speaks German. The English texts of the definition (rule summary, description,
// uncertainty note) are split into sentences and clauses; none of them may appear in the German page's text.
const pageText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
const clauses = (text: string) =>
  text
    .split(/(?<=[.;:!?])\s+/)
    .map((clause) => clause.replace(/[.;:!?]$/, '').trim())
    // A lone word ("Israel", "Diyanet)") is a name both languages share, not English text.
    .filter((clause) => clause.includes(' '));

describe('German holiday pages carry no English text of the definitions', () => {
  it(`holds for every holiday (${HOLIDAY_IDS.length} pages)`, async () => {
    const english: string[] = [];
    for (const id of HOLIDAY_IDS) {
      const definition = getHolidayDefinition(id);
      const text = pageText((await page(`/de/holidays/${id}`)).html);
      const sources = [
        definition.ruleSummary.en,
        definition.description.en,
        definition.uncertainty?.note.en ?? '',
      ];
      for (const clause of sources.flatMap(clauses))
        if (text.includes(clause)) english.push(`${id}: ${clause}`);
    }
    expect(english).toEqual([]);
  }, 120_000);
});

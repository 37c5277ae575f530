import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

// Reference: Eid al-Fitr (Ramazan Bayramı) 2026 is 20–22 March 2026 (Diyanet İşleri Başkanlığı, "2026 Yılı Dini
// Günler ve Geceler", diyanet.gov.tr, read 2026-12-07); Western Easter 2026 is 5 April (Astronomical Society of
// South Australia, Easter Dates 2001–2100, https://www.assa.org.au/edm).
const app = createApp({ now: () => new Date('2026-03-17T23:30:00Z') });
const get = async (path: string) => {
  const res = await app.request(`https://kalender.example.de${path}`);
  return { res, text: await res.text() };
};

describe('month page', () => {
  it('shows the month with the site’s layout, every day of Eid highlighted, and today in Berlin', async () => {
    const { res, text } = await get('/de/month/2026/3');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('de');
    // Site pages keep the site's frame protection.
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(text).toContain('<h1 id="title">März 2026</h1>');
    expect(text).toContain('<link rel="stylesheet" href="/assets/month.css"/>');
    for (const day of ['2026-03-20', '2026-03-21', '2026-03-22']) {
      expect(text).toMatch(new RegExp(`<td class="day hl[^"]*" data-date="${day}"`));
    }
    // 23:30 UTC on 17 March is already 18 March in Berlin.
    expect(text).toMatch(/class="day[^"]* today" data-date="2026-03-18"/);
    expect(text).toContain('href="/de/month/2026/2" rel="prev"');
    expect(text).toContain('href="/de/month/2026/4" rel="next"');
    expect(text).toContain('href="/de/year/2026"');
  });

  it('keeps a canonical filter on its links, ignores unknown parameters and rejects bad ones', async () => {
    const { text } = await get('/de/month/2026/4?traditions=islam,christianity&x=%3Cscript%3E');
    expect(text).toContain('href="/de/month/2026/5?traditions=christianity%2Cislam" rel="next"');
    expect(text).toContain('Ostern');
    expect(text).not.toContain('%3Cscript');
    const bad = await get('/de/month/2026/4?traditions=atlantis');
    expect(bad.res.status).toBe(400);
    expect(bad.text).toContain('traditions');
    expect((await get('/de/month/2026/13')).res.status).toBe(404);
    expect((await get('/xx/month/2026/3')).res.status).toBe(404);
    expect((await get('/de/month/1899/12')).res.status).toBe(400);
    expect(
      (await app.request('https://kalender.example.de/de/month/2026/3', { method: 'POST' })).status,
    ).toBe(405);
  });

  it('serves its stylesheet as a file (the site’s CSP has no inline styles)', async () => {
    const { res, text } = await get('/assets/month.css');
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(text).toContain('.ik .bar');
  });
});

describe('year page', () => {
  it('names a Persian month page’s Gregorian month in Persian, not the solar month its days fall in', async () => {
    // Intl's "fa" alone formats in the Persian solar calendar: 1 September 2026 is 10 Shahrivar 1405.
    const { text } = await get('/fa/month/2026/9');
    expect(text).toContain('<h1 id="title">سپتامبر ۲۰۲۶</h1>');
    expect(text).not.toContain('شهریور');
    const year = (await get('/fa/year/2026')).text;
    expect(year).toContain('<a href="/fa/month/2026/3">مارس ۲۰۲۶</a>');
    expect(year).not.toContain('اسفند');
  });

  it('lists the year by month with links to the month pages, Eid once under March', async () => {
    const { res, text } = await get('/de/year/2026');
    expect(res.status).toBe(200);
    expect(text).toContain('<h1>Feiertage 2026</h1>');
    expect(text.match(/<section class="year-month"/g)).toHaveLength(12);
    expect(text).toContain('<a href="/de/month/2026/3">März 2026</a>');
    expect(text.match(/href="\/de\/holidays\/eid-al-fitr"/g)).toHaveLength(1);
    expect(text).toContain('href="/de/year/2025" rel="prev"');
    expect((await get('/de/year/2100')).text).not.toContain('rel="next"');
    expect((await get('/de/year/2101')).res.status).toBe(400);
  });
});

import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z') });
const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`https://kalender.example.de${path}`, { headers });

// ical.js (Mozilla's parser, independent of ical-generator) reads what clients read.
async function parseFeed(path: string) {
  const res = await get(path);
  expect(res.status).toBe(200);
  const text = await res.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { res, text, calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('ICS feeds', () => {
  it('serves all.ics with major holidays from January of last year to December of next year', async () => {
    const { res, calendar, events } = await parseFeed('/feeds/all.ics?lang=de');
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/max-age=86400/);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('interkal');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('P1D');
    const starts = events.map((e) => String(e.getFirstPropertyValue('dtstart')));
    const ends = events.map((e) => String(e.getFirstPropertyValue('dtend')));
    // A holiday that began in December 2024 and lasts into January 2025 belongs to the window too.
    expect(ends.every((d) => d > '2025-01-01')).toBe(true);
    expect(starts.every((d) => d <= '2027-12-31')).toBe(true);
    expect(starts.some((d) => d.startsWith('2025'))).toBe(true);
    expect(starts.some((d) => d.startsWith('2027'))).toBe(true);
    // Rosenmontag is "minor" in the catalogue: not in the default all.ics.
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).not.toContainEqual(
      expect.stringMatching(/^rose-monday/),
    );
  });

  it('writes all-day events whose DTEND is the day after the last day', async () => {
    const { events } = await parseFeed('/feeds/christianity.ics?lang=de');
    // Easter 2026: Sunday 5 April and Monday 6 April (ASSA Easter tables; catalogue: 2 days).
    const easter = events.find(
      (e) => e.getFirstPropertyValue('uid') === 'easter-2026-04-05@kalender.example.de',
    )!;
    expect(easter).toBeDefined();
    const start = easter.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-04-05');
    expect(String(easter.getFirstPropertyValue('dtend'))).toBe('2026-04-07');
    expect(easter.getFirstPropertyValue('summary')).toBe('Ostern');
    expect(easter.getFirstPropertyValue('url')).toBe('https://kalender.example.de/de/holidays/easter');
    // A tradition's feed carries major and minor holidays.
    expect(events.some((e) => String(e.getFirstPropertyValue('uid')).startsWith('rose-monday-'))).toBe(true);
  });

  it('keeps UIDs unique and the whole body stable across requests and app instances', async () => {
    const first = await parseFeed(
      '/feeds/custom.ics?traditions=christianity,international&lang=en&importance=major,minor,observance',
    );
    const uids = first.events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(uids.length);
    const again = createApp({ now: () => new Date('2026-11-25T23:00:00Z') });
    const second = await again.request(
      'https://kalender.example.de/feeds/custom.ics?traditions=christianity,international&lang=en&importance=major,minor,observance',
    );
    expect(await second.text()).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.res.headers.get('etag'));
  });

  it('answers If-None-Match with 304', async () => {
    const first = await get('/feeds/all.ics');
    const second = await get('/feeds/all.ics', { 'If-None-Match': first.headers.get('etag')! });
    expect(second.status).toBe(304);
  });

  it('honours importance and variant parameters', async () => {
    const { events } = await parseFeed('/feeds/international.ics?importance=observance&lang=en');
    expect(events.length).toBeGreaterThan(0);
  });

  // Government of India, DoPT holiday list 2026: Id-ul-Fitr 21 March (test/fixtures/islamic-india-goi-2001-2026.txt);
  // Diyanet's calendar: 20 March.
  it('takes the Islamic method, criterion and country on custom feeds', async () => {
    const fitr2026 = async (query: string) => {
      const { events } = await parseFeed(`/feeds/custom.ics?ids=eid-al-fitr&lang=en${query}`);
      const starts = events.map((event) => event.getFirstPropertyValue('dtstart')!.toString());
      return starts.filter((start) => start.startsWith('2026'));
    };
    expect(await fitr2026('')).toEqual(['2026-03-20']);
    expect(await fitr2026('&islamic-method=crescent&crescent-criterion=odeh&islamic-country=IN')).toEqual([
      '2026-03-21',
    ]);
  });

  const bad: [string, string, number, RegExp][] = [
    ['unknown tradition feed', '/feeds/pastafari.ics', 404, /pastafari/],
    ['unknown tradition in custom', '/feeds/custom.ics?traditions=pastafari', 400, /traditions/],
    ['unknown lang', '/feeds/all.ics?lang=xx', 400, /lang/],
    ['CRLF injection in lang', '/feeds/all.ics?lang=de%0d%0aX-EVIL:1', 400, /lang/],
    ['unknown importance', '/feeds/all.ics?importance=huge', 400, /importance/],
    ['unknown variant', '/feeds/all.ics?jewish=mars', 400, /jewish.*diaspora/],
    [
      'unknown criterion',
      '/feeds/custom.ics?islamic-method=crescent&crescent-criterion=eye',
      400,
      /crescent-criterion/,
    ],
  ];
  it.each(bad)('answers %s with a problem', async (_, path, status, detail) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await res.json()).detail).toMatch(detail);
  });
});

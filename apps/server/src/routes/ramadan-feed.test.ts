import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z') });
const get = (path: string) => app.request(`https://kalender.example.de${path}`);

// ical.js (Mozilla's parser, independent of ical-generator) reads the feeds as clients do.
async function parseFeed(path: string) {
  const res = await get(path);
  expect(res.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await res.text()));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)) };
}

describe('/feeds/ramadan.ics', () => {
  it('has a timed event from imsak to iftar for every fasting day of this year’s and next year’s Ramadan', async () => {
    const { calendar, events } = await parseFeed('/feeds/ramadan.ics?city=berlin&lang=de');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
    // Ramadan 1447 (from 19 February 2026, 29 days by Diyanet) and 1448 (from about 8 February 2027).
    const first = events.filter((e) => e.summary === 'Fasten – Ramadan, Tag 1');
    expect(first.map((e) => e.startDate.toJSDate().toISOString().slice(0, 10))).toEqual([
      '2026-02-19',
      expect.stringMatching(/^2027-02-0[789]$/),
    ]);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(false);
      const hours = (event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()) / 3_600_000;
      // A February/March fast in Berlin lasts 12 to 15 hours.
      expect(hours).toBeGreaterThan(11);
      expect(hours).toBeLessThan(15.5);
      expect(event.description).toMatch(
        /^Imsak \d\d:\d\d Uhr, Iftar \d\d:\d\d Uhr \(Berlin\)\. Methode: Diyanet/,
      );
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('needs a city or a place, and refuses an unknown city', async () => {
    expect((await get('/feeds/ramadan.ics')).status).toBe(400);
    expect((await get('/feeds/ramadan.ics?city=atlantis')).status).toBe(400);
    expect((await get('/feeds/ramadan.ics?place=52.5,13.4,Europe/Berlin')).status).toBe(200);
  });
});

// First fasting day of Ramadan 2025: Pakistan, 2 March — the Ministry of Religious Affairs' notification of 28 Feb
// 2025 after the Central Ruet-e-Hilal Committee saw no moon (Pakistan Today, 28 Feb 2025); Indonesia, 1 March — the
// sidang isbat of 28 Feb 2025 (packages/core/test/fixtures/islamic-indonesia-skb-1963-2026.txt).
describe('/feeds/ramadan.ics following a country’s sighting', () => {
  const app2025 = createApp({ now: () => new Date('2025-01-15T10:00:00Z') });
  const feed = (query: string) =>
    app2025.request(`https://kalender.example.de/feeds/ramadan.ics?city=duisburg&${query}`);
  const firstFastingDay = async (query: string) => {
    const res = await feed(query);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const starts = calendar
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e).startDate.toString())
      .sort();
    return starts[0]!.slice(0, 10);
  };

  it('begins on the day Pakistan or Indonesia announced, each country its own cached feed', async () => {
    expect(await firstFastingDay('islamic-method=crescent&islamic-country=PK')).toBe('2025-03-02');
    expect(await firstFastingDay('islamic-method=crescent&islamic-country=ID')).toBe('2025-03-01');
  });

  it('refuses an unknown country with a problem naming the parameter', async () => {
    const res = await feed('islamic-method=crescent&islamic-country=DE');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 400, parameter: 'islamic-country' });
  });
});

describe('holiday feeds with a city', () => {
  it('name the local sunset in the description of a holiday beginning the evening before', async () => {
    const { events } = await parseFeed('/feeds/islam.ics?lang=de&city=duisburg');
    const eid = events.find((e) => e.uid.startsWith('eid-al-fitr-2026'))!;
    expect(eid.description).toMatch(
      /Beginnt am Donnerstag, 19\. März 2026, um 18:[2-5]\d Uhr \(Sonnenuntergang in Duisburg\)\./,
    );
  });
});

import { CRESCENT_CRITERIA, ISLAMIC_COUNTRIES, ISLAMIC_METHODS } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { calendarFile, plusDays, weekday } from '../../test/ics-fixtures.js';
import { createApp } from '../app.js';
import { MAX_ICS_BYTES } from '../read-ics.js';

const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z') });
const get = (url: string) => app.request(url);
const post = (url: string, body: string, type = 'text/calendar; charset=utf-8') =>
  app.request(url, { method: 'POST', body, headers: { 'Content-Type': type } });

interface Conflict {
  id: string;
  impact: string;
  workRestricted: boolean;
  fasting: boolean;
  eveningBefore: boolean;
  startsAt?: string;
  schoolExemption: { state: string; status: string; source?: { url: string } } | null;
}
type Answer = { dates: { date: string; conflicts: Conflict[] }[] };

// Sources of the facts checked here (not our tables): Yom Kippur on 21 September 2026, a full fast on which work
// is forbidden — hebcal.com, "Yom Kippur 2026" (begins sunset 20 Sep 2026, the holiday's flags CHAG and
// MAJOR_FAST) and the Multifaith Calendar's "Religious Accommodation – Observances by Faith" (eve and day
// non-working). Eid al-Fitr on 20 March 2026 — Diyanet İşleri Başkanlığı, "2026 Yılı Dini Günler" (Ramazan
// Bayramı 1. gün 20 Mart 2026).
describe('GET /api/v1/conflicts', () => {
  it('answers the acceptance dates of issue 11 in the issue’s shape', async () => {
    const res = await get(
      '/api/v1/conflicts?dates=2026-09-21,2026-03-20,2026-09-20,2026-07-08&lang=de&state=NW',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Answer;
    const [yomKippurDay, eid, eve, quiet] = body.dates;
    expect(yomKippurDay!.conflicts.find((c) => c.id === 'yom-kippur')).toMatchObject({
      name: 'Jom Kippur',
      tradition: 'judaism',
      impact: 'high',
      workRestricted: true,
      fasting: true,
      startsEvening: true,
      schoolExemption: { state: 'NW' },
    });
    expect(eid!.conflicts.map((c) => c.id)).toContain('eid-al-fitr');
    expect(eve!.conflicts.find((c) => c.id === 'yom-kippur')).toMatchObject({ eveningBefore: true });
    expect(quiet).toEqual({ date: '2026-07-08', from: '2026-07-08', to: '2026-07-08', conflicts: [] });
  });

  it('takes ranges, and with city= gives startsAt: Eid al-Fitr 2026 in Duisburg begins 19 March 18:25–18:55', async () => {
    const body = (await (
      await get('/api/v1/conflicts?dates=2026-03-20..2026-03-21&city=duisburg')
    ).json()) as Answer;
    expect(body.dates[0]!.date).toBe('2026-03-20..2026-03-21');
    const eid = body.dates[0]!.conflicts.find((c) => c.id === 'eid-al-fitr')!;
    expect(eid.startsAt).toMatch(/^2026-03-19T18:(2[5-9]|[34]\d|5[0-5])\+01:00$/);
  });

  it('sends the same bytes for the same canonical request (one cache entry)', async () => {
    const a = await get('/api/v1/conflicts?dates=2026-09-21&traditions=Judaism,islam&state=nw');
    const b = await get('/api/v1/conflicts?state=NW&traditions=islam,judaism&dates=2026-09-21');
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
  });

  const bad: [string, string, RegExp][] = [
    ['an unknown parameter', '/api/v1/conflicts?dates=2026-09-21&method=x', /Unknown parameter.*method/],
    ['no dates', '/api/v1/conflicts?lang=de', /dates/],
    ['an impossible day', '/api/v1/conflicts?dates=2026-02-30', /dates.*2026-02-30/],
    ['a range over a year', '/api/v1/conflicts?dates=2026-01-01..2027-06-01', /366 days/],
    ['too many dates', `/api/v1/conflicts?dates=${Array(101).fill('2026-01-01').join(',')}`, /1–100/],
    ['an unknown state', '/api/v1/conflicts?dates=2026-09-21&state=XX', /state.*BW/],
    ['an unknown city', '/api/v1/conflicts?dates=2026-09-21&city=atlantis', /city/],
    ['city and place', '/api/v1/conflicts?dates=2026-09-21&city=berlin&place=52,13,Europe/Berlin', /city/],
    ['CR/LF in lang', '/api/v1/conflicts?dates=2026-09-21&lang=%0d%0aX:%20y', /lang/],
  ];
  it.each(bad)('answers %s with a 400 problem', async (_, url, detail) => {
    const res = await get(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await res.json()).detail).toMatch(detail);
  });

  it('is in the OpenAPI document, GET and POST', async () => {
    const doc = await (await get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths['/conflicts'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(doc.paths['/ramadan'].get).toBeDefined();
  });
});

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//exams//EN',
  'BEGIN:VEVENT',
  'UID:exam-1@school.example',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260921T080000',
  'DTEND;TZID=Europe/Berlin:20260921T113000',
  'SUMMARY:Abitur Mathematik\\, LK',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:trip@school.example',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;VALUE=DATE:20260318',
  'DTEND;VALUE=DATE:20260321',
  'SUMMARY:Klassenfahrt',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:quiet@school.example',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;VALUE=DATE:20260708',
  'SUMMARY:Sportfest',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('POST /api/v1/conflicts', () => {
  it('checks each event of an .ics, with its UID and summary', async () => {
    const res = await post('/api/v1/conflicts?lang=de&state=BY', ICS);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { events } = (await res.json()) as {
      events: (Answer['dates'][0] & { uid: string; summary: string })[];
    };
    expect(events.map((e) => [e.uid, e.summary, e.date])).toEqual([
      ['exam-1@school.example', 'Abitur Mathematik, LK', '2026-09-21'],
      // DTEND of an all-day event is exclusive: the trip is 18–20 March.
      ['trip@school.example', 'Klassenfahrt', '2026-03-18..2026-03-20'],
      ['quiet@school.example', 'Sportfest', '2026-07-08'],
    ]);
    expect(events[0]!.conflicts.find((c) => c.id === 'yom-kippur')).toMatchObject({
      impact: 'high',
      schoolExemption: { state: 'BY', status: 'listed' },
    });
    expect(events[1]!.conflicts.map((c) => c.id)).toContain('eid-al-fitr');
    expect(events[2]!.conflicts).toEqual([]);
  });

  it('refuses other content types (415), bodies over the limit (413) and text that is not iCalendar (400)', async () => {
    expect((await post('/api/v1/conflicts', ICS, 'application/json')).status).toBe(415);
    expect((await post('/api/v1/conflicts', ICS, 'text/plain')).status).toBe(415);
    const huge = await post('/api/v1/conflicts', `${ICS}${'X'.repeat(MAX_ICS_BYTES)}`);
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(/problem\+json/);
    for (const junk of [
      'hello',
      'BEGIN:VCALENDAR\r\nEND:VCALENDAR',
      'BEGIN:VCARD\r\nEND:VCARD',
      '\u0000\r\n\r\n',
    ]) {
      const res = await post('/api/v1/conflicts', junk);
      expect(res.status, junk).toBe(400);
    }
    const farFuture = ICS.replace('20260708', '25000708');
    expect((await post('/api/v1/conflicts', farFuture)).status).toBe(400);
    expect((await post('/api/v1/conflicts?nope=1', ICS)).status).toBe(400);
    expect((await app.request('/api/v1/conflicts', { method: 'PUT' })).status).toBe(405);
  });
});

// Recurring events: the expected days come from Date arithmetic and Intl's weekday, not from ical.js or the code
// under test. A weekly Monday from 7 September 2026 reaches Yom Kippur (Monday 21 September, sources above) on its
// third occurrence.
const MONDAYS = [
  'UID:parents@school.example',
  'DTSTART;TZID=Europe/Berlin:20260907T190000',
  'DTEND;TZID=Europe/Berlin:20260907T210000',
  'RRULE:FREQ=WEEKLY;COUNT=3',
  'SUMMARY:Elternabend',
];
const DAILY = [
  'UID:daily@school.example',
  'DTSTART;VALUE=DATE:20261001',
  'RRULE:FREQ=DAILY',
  'SUMMARY:Aufsicht',
];

describe('POST /api/v1/conflicts with recurring events', () => {
  interface EventAnswer {
    uid: string;
    summary: string;
    date: string;
    conflicts: Conflict[];
  }

  it('checks every occurrence and names the series it cut off', async () => {
    const res = await post('/api/v1/conflicts?lang=de', calendarFile(MONDAYS, DAILY));
    expect(res.status).toBe(200);
    const { events, cutOff } = (await res.json()) as { events: EventAnswer[]; cutOff: unknown[] };
    const mondays = [0, 7, 14].map((days) => plusDays('2026-09-07', days));
    expect(mondays.map(weekday)).toEqual(['Monday', 'Monday', 'Monday']);
    const parents = events.filter((e) => e.uid === 'parents@school.example');
    expect(parents.map((e) => [e.summary, e.date])).toEqual(mondays.map((d) => ['Elternabend', d]));
    expect(parents[2]!.conflicts.map((c) => c.id)).toContain('yom-kippur');
    expect(parents[0]!.conflicts.map((c) => c.id)).not.toContain('yom-kippur');
    const daily = events.filter((e) => e.uid === 'daily@school.example');
    expect(daily).toHaveLength(100);
    expect(daily.at(-1)!.date).toBe(plusDays('2026-10-01', 99));
    expect(cutOff).toEqual([
      {
        uid: 'daily@school.example',
        summary: 'Aufsicht',
        checked: 100,
        lastDates: plusDays('2026-10-01', 99),
        reason: 'occurrences',
        limit: 100,
      },
    ]);
  });

  it('answers FREQ=SECONDLY promptly, one day checked and the cut named', { timeout: 10_000 }, async () => {
    const started = performance.now();
    const res = await post(
      '/api/v1/conflicts',
      calendarFile(['UID:tick', 'DTSTART:20260921T080000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Tick']),
    );
    expect(res.status).toBe(200);
    const { events, cutOff } = (await res.json()) as { events: EventAnswer[]; cutOff: { reason: string }[] };
    expect(events.map((e) => e.date)).toEqual(['2026-09-21']);
    expect(cutOff.map((c) => c.reason)).toEqual(['steps']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each([
    ['an unknown FREQ', 'RRULE:FREQ=FORTNIGHTLY'],
    ['no FREQ', 'RRULE:COUNT=3'],
    ['a sixth Monday of the month', 'RRULE:FREQ=MONTHLY;BYDAY=6MO'],
  ])('answers a malformed RRULE (%s) with a 400 problem', async (_, rule) => {
    const res = await post(
      '/api/v1/conflicts',
      calendarFile(['UID:bad@school.example', 'DTSTART;VALUE=DATE:20260901', rule]),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 400, parameter: 'body' });
  });
});

describe('GET /api/v1/ramadan', () => {
  it('lists every day of Ramadan 2026 in Berlin from imsak to iftar', async () => {
    const res = await get('/api/v1/ramadan?year=2026&city=berlin');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.place.city).toBe('Berlin');
    expect(body.days).toHaveLength(29);
    expect(body.days[0]).toMatchObject({ date: '2026-02-19', day: 1 });
    for (const day of body.days) expect(day.imsak < day.iftar).toBe(true);
  });

  // First fasting day of Ramadan 2025 by the country a community follows: Pakistan, Sunday 2 March — the Ministry
  // of Religious Affairs' notification of 28 Feb 2025 after the Central Ruet-e-Hilal Committee saw no moon (Pakistan
  // Today, 28 Feb 2025; the core's fixture islamic-pakistan-2005-2025.txt has Eid al-Fitr 31 March, so the last fast
  // was 30 March); Indonesia, Saturday 1 March — the Ministry of Religious Affairs' sidang isbat of 28 Feb 2025
  // (packages/core/test/fixtures/islamic-indonesia-skb-1963-2026.txt).
  it('begins on the first day of the followed country’s Ramadan, each country its own cache entry', async () => {
    const days = async (country: string) => {
      const res = await get(
        `/api/v1/ramadan?year=2025&city=duisburg&islamic-method=crescent&islamic-country=${country}`,
      );
      expect(res.status).toBe(200);
      return (await res.json()).days as { date: string; day: number; iftar: string }[];
    };
    // Pakistan first: were the country left out of the cache key, Indonesia would get Pakistan's answer.
    const pakistan = await days('PK');
    const indonesia = await days('ID');
    expect(pakistan[0]).toMatchObject({ date: '2025-03-02', day: 1 });
    expect(pakistan.at(-1)!.date).toBe('2025-03-30');
    expect(indonesia[0]).toMatchObject({ date: '2025-03-01', day: 1 });
    // Duisburg's times whichever country decides the month.
    expect(indonesia[0]!.iftar).toMatch(/^2025-03-01T18:\d\d\+01:00$/);
  });

  it.each([
    ['islamic-country', 'islamic-method=crescent&islamic-country=DE', /islamic-country.*IN/],
    ['crescent-criterion', 'islamic-method=crescent&crescent-criterion=eye', /crescent-criterion.*odeh/],
  ])('answers an unknown %s with a 400 problem naming it', async (parameter, query, detail) => {
    const res = await get(`/api/v1/ramadan?year=2025&city=duisburg&${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 400, parameter });
    expect(problem.detail).toMatch(detail);
  });

  it('describes the country and the criterion with their values in the OpenAPI document', async () => {
    const doc = await (await get('/api/v1/openapi.json')).json();
    const parameters: { name: string; schema: { enum?: string[] } }[] = doc.paths['/ramadan'].get.parameters;
    const values = (name: string) => parameters.find((parameter) => parameter.name === name)?.schema.enum;
    expect(values('islamic-method')).toEqual([...ISLAMIC_METHODS]);
    expect(values('crescent-criterion')).toEqual([...CRESCENT_CRITERIA]);
    expect(values('islamic-country')).toEqual([...ISLAMIC_COUNTRIES]);
  });

  it('needs a place or city and a year', async () => {
    expect((await get('/api/v1/ramadan?year=2026')).status).toBe(400);
    expect((await get('/api/v1/ramadan?city=berlin')).status).toBe(400);
    expect((await get('/api/v1/ramadan?year=2500&city=berlin')).status).toBe(400);
  });
});

describe('GET /api/v1/holidays with city', () => {
  it('gives startsAt for the holidays beginning the evening before', async () => {
    const body = await (
      await get('/api/v1/holidays?from=2026-09-21&to=2026-09-21&ids=yom-kippur&city=munich')
    ).json();
    expect(body.holidays[0].startsAt).toMatch(/^2026-09-20T19:\d\d\+02:00$/);
  });
});

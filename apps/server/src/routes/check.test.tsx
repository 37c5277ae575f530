import { LOCALES } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { calendarFile, plusDays, weekday } from '../../test/ics-fixtures.js';
import { createApp } from '../app.js';
import { planningText } from '../i18n/ui.js';
import { MAX_ICS_BYTES } from '../read-ics.js';
import { PAGE_CSP } from '../render/csp.js';

const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z') });

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//exams//EN',
  'BEGIN:VEVENT',
  'UID:exam-1@school.example',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Europe/Berlin:20260921T080000',
  'DTEND;TZID=Europe/Berlin:20260921T113000',
  'SUMMARY:Abitur <Mathematik>',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

function upload(fields: Record<string, string>, file: string | undefined, lang = 'de') {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file !== undefined) form.append('file', new File([file], 'exams.ics', { type: 'text/calendar' }));
  return app.request(`/${lang}/check`, { method: 'POST', body: form });
}

// Facts: Yom Kippur 2026 is 21 September, a day of no work and a full fast (hebcal.com, "Yom Kippur 2026";
// Multifaith Calendar, "Religious Accommodation – Observances by Faith"); Eid al-Fitr 2026 is 20 March
// (Diyanet, "2026 Yılı Dini Günler").
describe('/{lang}/check', () => {
  it('shows the form without results, with the page policy', async () => {
    const res = await app.request('/de/check');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
    const html = await res.text();
    expect(html).toContain('<h1>Termin-Check</h1>');
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<table');
  });

  it('answers typed dates with a table: impact, fasting, school rule and the sunset in Duisburg', async () => {
    const res = await app.request(
      '/de/check?dates=2026-09-21%0D%0A2026-03-20,2026-07-08&state=NW&city=duisburg&traditions=islam&traditions=judaism',
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(
      /<th scope="row" role="rowheader">21\.09\.2026<\/th><td role="cell" data-label="Feiertag" class="holiday"><a href="\/de\/holidays\/yom-kippur">Jom Kippur<\/a>/,
    );
    expect(html).toContain('<td role="cell" data-label="Bedeutung" class="impact-high">hoch</td>');
    expect(html).toContain('ganztägig');
    expect(html).toContain('<th scope="col" role="columnheader">Schule (NW)</th>');
    // Issue 11: Eid al-Fitr 2026 begins in Duisburg on 19 March between 18:25 and 18:55.
    expect(html).toMatch(
      /beginnt am Donnerstag, 19\. März 2026, um 18:[2-5]\d Uhr \(Sonnenuntergang in Duisburg\)/,
    );
    expect(html).toContain('Keine Feiertage an diesem Termin.');
    // The form keeps what was chosen.
    expect(html).toContain('<option value="duisburg" selected="">Duisburg</option>');
  });

  it('checks an uploaded .ics per event, escaping its summary', async () => {
    const res = await upload({ state: 'BY', city: '' }, ICS);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('Abitur &lt;Mathematik&gt; (21.09.2026)');
    expect(html).toContain('Jom Kippur');
    expect(html).toContain('schulfrei');
  });

  it('speaks English, Turkish and Arabic', async () => {
    for (const [lang, title] of [
      ['en', 'Date check'],
      ['tr', 'Tarih kontrolü'],
      ['ar', 'فحص المواعيد'],
    ]) {
      expect(await (await app.request(`/${lang}/check?dates=2026-09-21`)).text()).toContain(
        `<h1>${title}</h1>`,
      );
    }
  });

  it('answers hostile input with localized error pages, never 5xx', async () => {
    const cases: [string, RequestInit | undefined, number][] = [
      ['/de/check?dates=2026-02-30', undefined, 400],
      ['/de/check?dates=%0D%0ASet-Cookie:%20x=1', undefined, 400],
      ['/de/check?dates=2026-01-01&state=%3Cscript%3E', undefined, 400],
      ['/de/check?dates=2026-01-01&city=atlantis', undefined, 400],
      [`/de/check?dates=${'2026-01-01,'.repeat(400)}`, undefined, 400],
      ['/de/check', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } }, 415],
      [
        '/de/check',
        { method: 'POST', body: 'garbage', headers: { 'Content-Type': 'multipart/form-data' } },
        400,
      ],
      ['/de/check', { method: 'DELETE' }, 405],
      ['/xx/check', undefined, 404],
    ];
    for (const [url, init, status] of cases) {
      const res = await app.request(url, init);
      expect(res.status, url).toBe(status);
      expect(res.headers.get('content-type'), url).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html, url).not.toMatch(/<script|Set-Cookie:/);
    }
    expect((await upload({}, 'not a calendar')).status).toBe(400);
    expect((await upload({}, undefined)).status).toBe(400);
    const huge = await upload({}, ICS + 'X'.repeat(MAX_ICS_BYTES + 20 * 1024));
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('Ungültige Anfrage');
  });
});

// Recurring events: a weekly Monday from 7 September 2026 reaches Yom Kippur (Monday 21 September, sources above) on
// its third occurrence; the days come from Date arithmetic and Intl's weekday, not from ical.js.
const RECURRING = calendarFile(
  [
    'UID:parents@school.example',
    'DTSTART;TZID=Europe/Berlin:20260907T190000',
    'DTEND;TZID=Europe/Berlin:20260907T210000',
    'RRULE:FREQ=WEEKLY;COUNT=3',
    'SUMMARY:Elternabend',
  ],
  ['UID:daily@school.example', 'DTSTART;VALUE=DATE:20261001', 'RRULE:FREQ=DAILY', 'SUMMARY:Aufsicht <Hof>'],
);

describe('/{lang}/check with a recurring .ics', () => {
  it('shows a row per occurrence and names the series it cut off, in German', async () => {
    const mondays = [0, 7, 14].map((days) => plusDays('2026-09-07', days));
    expect(mondays.map(weekday)).toEqual(['Monday', 'Monday', 'Monday']);
    const res = await upload({}, RECURRING);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const day of mondays) {
      const [y, m, d] = day.split('-');
      expect(html).toContain(`Elternabend (${d}.${m}.${y})`);
    }
    expect(html).toMatch(/Elternabend \(21\.09\.2026\)<\/th><td [^>]*><a href="\/de\/holidays\/yom-kippur">/);
    // One row per conflict, so a day with two holidays has two: count the distinct days.
    expect(new Set(html.match(/Aufsicht &lt;Hof&gt; \([^)]*\)/g))).toHaveProperty('size', 100);
    const [y, m, d] = plusDays('2026-10-01', 99).split('-');
    expect(html).toContain('<h2 id="cut-off-title">Nicht jede Wiederholung wurde geprüft</h2>');
    expect(html).toContain(
      `<bdi>Aufsicht &lt;Hof&gt;</bdi>: nur die ersten 100 Daten wurden geprüft, bis ${d}.${m}.${y} (höchstens 100 Daten je Termin).`,
    );
  });

  it('says in every language how far recurring events are expanded, and which were cut off', async () => {
    for (const locale of LOCALES) {
      const text = planningText(locale);
      const form = await (await app.request(`/${locale}/check`)).text();
      expect(form, locale).toContain(escapeHtml(text.recurrenceHint(100, 500, 2100)));
      const result = await (await upload({}, RECURRING, locale)).text();
      expect(result, locale).toContain(escapeHtml(text.cutOffTitle));
      expect(result, locale).toContain(escapeHtml(text.cutOffReason('occurrences', 100)));
      if (locale !== 'en') expect(result, locale).not.toContain(planningText('en').cutOffTitle);
    }
    expect(await (await app.request('/en/check')).text()).toContain(
      'up to 100 dates per event and 500 per file, until 2100.',
    );
  });

  it('answers a malformed RRULE with the localized error page, not 5xx', async () => {
    for (const rule of ['RRULE:FREQ=FORTNIGHTLY', 'RRULE:FREQ=MONTHLY;BYDAY=6MO', 'RRULE:COUNT=3']) {
      const bad = RECURRING.replace('RRULE:FREQ=WEEKLY;COUNT=3', rule);
      const res = await upload({}, bad);
      expect(res.status, rule).toBe(400);
      expect(res.headers.get('content-type'), rule).toMatch(/^text\/html/);
      expect(await res.text(), rule).toContain('Ungültige Anfrage');
    }
  });
});

describe('holiday page with ?city=', () => {
  it('says when each date begins at the city’s sunset (issue 11: Eid al-Fitr 2026, Duisburg, 18:25–18:55)', async () => {
    const early = createApp({ now: () => new Date('2026-01-10T10:00:00Z') });
    const html = await (await early.request('/de/holidays/eid-al-fitr?city=duisburg')).text();
    expect(html).toMatch(
      /beginnt am Donnerstag, 19\. März 2026, um 18:(2[5-9]|[34]\d|5[0-5]) Uhr \(Sonnenuntergang in Duisburg\)/,
    );
    const plain = await (await early.request('/de/holidays/eid-al-fitr?city=atlantis')).text();
    expect(plain).not.toContain('Sonnenuntergang in');
    expect(plain).toContain('Beginnt mit Sonnenuntergang am Vorabend (Donnerstag, 19. März 2026)');
  });
});

import { getHolidays, InterkalError, listTraditions, type Occurrence } from '@interkal/core';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventUid, FIXED_STAMP, renderCalendar } from './index.js';

// Every assertion reads the feed back with ical.js (Mozilla's RFC 5545 parser, independent of ical-generator).

const OPTIONS = { name: 'interkal', description: 'Test feed', host: 'example.org', locale: 'de' };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: vevent.getFirstPropertyValue('uid') as string,
      start,
      end,
      stamp: vevent.getFirstPropertyValue('dtstamp') as ICAL.Time,
      summary: vevent.getFirstPropertyValue('summary') as string,
      description: vevent.getFirstPropertyValue('description') as string,
      categories: vevent.getFirstProperty('categories')?.getValues() as string[],
      url: vevent.getFirstPropertyValue('url') as string | null,
    };
  });
  return { calendar, events };
}

/** Easter 2026 as core answers in German, with made-up changes (the renderer prints what the occurrence carries). */
function occurrence(overrides: Partial<Occurrence>): Occurrence {
  const [easter] = getHolidays({ from: '2026-04-05', to: '2026-04-05', ids: ['easter'], locale: 'de' });
  return { ...easter!, ...overrides };
}

const wholeDays = (seconds: number) => seconds / 86_400;

/** ical.js leaves NAME and X- properties raw ("unknown" type); RFC 5545 3.8.8.2 makes them TEXT, so unescape. */
const unescapeText = (raw: unknown) =>
  String(raw).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('renderCalendar', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const year = getHolidays({ year: 2026, locale: 'de' });

  it('writes one all-day VEVENT per occurrence with unique UIDs', () => {
    // Eleven years, so that holidays falling twice in one Gregorian year (Ramadan begins on 5 January and again
    // about 26 December 2030) are included: the date in the UID keeps them apart.
    const decade = getHolidays({ from: '2020-01-01', to: '2030-12-31', locale: 'de' });
    const { events } = parse(renderCalendar(decade, OPTIONS));
    expect(events).toHaveLength(decade.length);
    expect(decade.filter((o) => o.id === 'ramadan' && o.date.startsWith('2030')).length).toBe(2);
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    for (const event of events) {
      expect(event.start.isDate).toBe(true);
      expect(event.end.isDate).toBe(true);
      expect(event.uid).toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}(-[a-z0-9-]+)?@example\.org$/);
    }
  });

  it('renders the same bytes on a later day, so UIDs and DTSTAMP do not drift between requests', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
    const first = renderCalendar(year, OPTIONS);
    vi.setSystemTime(new Date('2031-07-15T23:59:00Z'));
    const second = renderCalendar(year, OPTIONS);
    expect(second).toBe(first);
    const stamps = new Set(parse(first).events.map((event) => event.stamp.toUnixTime()));
    expect([...stamps]).toEqual([FIXED_STAMP.getTime() / 1000]);
    expect(parse(first).events.map((event) => event.uid)).toEqual(
      year.map((o) => `${o.id}-${o.date}${o.variant === undefined ? '' : `-${o.variant}`}@example.org`),
    );
  });

  it('ends every line with CRLF and never lets a bare CR or LF through', () => {
    const text = renderCalendar(
      [occurrence({ startsEvening: true, uncertainty: { kind: 'moon', note: 'eins\nzwei\r\ndrei' } })],
      OPTIONS,
    );
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const [event] = parse(text).events;
    expect(event!.description.endsWith('Hinweis: eins\nzwei\ndrei')).toBe(true);
  });

  it('keeps a UID when only the text changes, and adds the variant when there is one', () => {
    const german = renderCalendar([occurrence({})], OPTIONS);
    const english = renderCalendar([occurrence({ name: 'Easter' })], { ...OPTIONS, locale: 'en' });
    expect(parse(german).events[0]!.uid).toBe('easter-2026-04-05@example.org');
    expect(parse(english).events[0]!.uid).toBe('easter-2026-04-05@example.org');
    expect(eventUid(occurrence({ variant: 'umm-al-qura' }), 'example.org')).toBe(
      'easter-2026-04-05-umm-al-qura@example.org',
    );
  });

  it('makes DTEND exclusive: the day after the last day', () => {
    const cases = [
      { date: '2026-04-05', endDate: '2026-04-06', end: '2026-04-07' },
      { date: '2026-12-24', endDate: '2026-12-31', end: '2027-01-01' },
      { date: '2028-02-28', endDate: '2028-02-28', end: '2028-02-29' },
      { date: '1900-02-28', endDate: '1900-02-28', end: '1900-03-01' },
      { date: '2100-12-31', endDate: '2100-12-31', end: '2101-01-01' },
    ];
    for (const { date, endDate, end } of cases) {
      const [event] = parse(renderCalendar([occurrence({ date, endDate })], OPTIONS)).events;
      expect(event!.start.toString()).toBe(date);
      expect(event!.end.toString()).toBe(end);
    }
  });

  it('spans exactly the days of every occurrence of a real year', () => {
    const { events } = parse(renderCalendar(year, OPTIONS));
    events.forEach((event, index) => {
      const o = year[index]!;
      const inclusiveDays = (Date.parse(o.endDate) - Date.parse(o.date)) / 86_400_000 + 1;
      expect(event.start.toString()).toBe(o.date);
      expect(wholeDays(event.end.subtractDate(event.start).toSeconds())).toBe(inclusiveDays);
    });
  });

  it('is independent of the host time zone', () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = renderCalendar(year, OPTIONS);
      process.env.TZ = 'Pacific/Kiritimati';
      const east = renderCalendar(year, OPTIONS);
      expect(east).toBe(west);
    } finally {
      // Assigning undefined would store the string "undefined".
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('escapes commas, semicolons and backslashes and folds long non-ASCII lines without breaking characters', () => {
    const name = 'Fest, der Lichter; Çarşema Sor – ش ✡ 🎉 \\ Ramazan Bayramı, Şeker Bayramı; عيد الفطر';
    const text = renderCalendar([occurrence({ name })], { ...OPTIONS, name: 'Kalender, Köln; 2026' });
    const [event] = parse(text).events;
    expect(event!.summary).toBe(name);
    const calendar = parse(text).calendar;
    expect(unescapeText(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('Kalender, Köln; 2026');
    expect(unescapeText(calendar.getFirstPropertyValue('name'))).toBe('Kalender, Köln; 2026');
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:Fest\\, der Lichter\\; Çarşema Sor');
    expect(text).not.toMatch(/\uFFFD/);
  });

  it('describes the holiday in the locale, with the sunset line and the uncertainty note', () => {
    const eve = occurrence({
      startsEvening: true,
      uncertainty: { kind: 'moon', note: 'Kann einen Tag abweichen.' },
      nativeDate: '1 Nisan 5786',
    });
    const [german] = parse(renderCalendar([eve], OPTIONS)).events;
    expect(german!.description.split('\n')).toEqual([
      expect.stringContaining('Auferstehung'),
      'Beginnt bei Sonnenuntergang am Abend von Samstag, 4. April 2026.',
      'Im eigenen Kalender: 1 Nisan 5786.',
      'Hinweis: Kann einen Tag abweichen.',
    ]);
    const [english] = parse(renderCalendar([eve], { ...OPTIONS, locale: 'en-GB' })).events;
    // en-GB puts the day before the month; ICU versions differ on the comma after the weekday.
    expect(english!.description).toMatch(/^Begins at sunset on the evening of Saturday,? 4 April 2026\.$/m);
    const [plain] = parse(renderCalendar([occurrence({})], OPTIONS)).events;
    expect(plain!.description).not.toContain('\n');
  });

  it('names the local sunset and the place when the occurrence has startsAt (issue 11)', () => {
    const duisburg = { latitude: 51.43, longitude: 6.77, timeZone: 'Europe/Berlin' };
    const [eid] = getHolidays({ year: 2026, ids: ['eid-al-fitr'], locale: 'de', place: duisburg });
    const [event] = parse(renderCalendar([eid!], { ...OPTIONS, placeName: 'Duisburg' })).events;
    const time = eid!.startsAt!.slice(11, 16);
    // Issue 11: Eid al-Fitr 2026 begins in Duisburg on 19 March between 18:25 and 18:55.
    expect(time >= '18:25' && time <= '18:55').toBe(true);
    expect(event!.description).toContain(
      `Beginnt am Donnerstag, 19. März 2026, um ${time} Uhr (Sonnenuntergang in Duisburg).`,
    );
    expect(event!.description).not.toContain('am Abend von');
  });

  it('sets CATEGORIES to the tradition and URL only when asked', () => {
    const withUrl = renderCalendar([occurrence({})], {
      ...OPTIONS,
      url: (o) => `https://example.org/de/holidays/${o.id}?year=${o.date.slice(0, 4)}`,
    });
    const [event] = parse(withUrl).events;
    const christianity = listTraditions('de').find((tradition) => tradition.id === 'christianity')!;
    expect(event!.categories).toEqual([christianity.name]);
    expect(event!.url).toBe('https://example.org/de/holidays/easter?year=2026');
    expect(parse(renderCalendar([occurrence({})], OPTIONS)).events[0]!.url).toBeNull();
  });

  it('announces name, description, time zone and a daily refresh', () => {
    const text = renderCalendar([], { ...OPTIONS, timeZone: 'Europe/Vienna' });
    const { calendar } = parse(text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('interkal');
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Test feed');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Vienna');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('P1D');
    const refresh = calendar.getFirstProperty('refresh-interval')!;
    expect(refresh.type).toBe('duration');
    expect(String(refresh.getFirstValue())).toBe('P1D');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\n');
  });

  it('rejects a locale it has no sentences for', () => {
    expect(() => renderCalendar([], { ...OPTIONS, locale: 'fr' })).toThrow(InterkalError);
  });
});

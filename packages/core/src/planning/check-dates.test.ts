import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sunrise, sunset } from '../astronomy/sun.js';
import { dayNumber } from '../days.js';
import { InterkalError } from '../errors.js';
import { checkDates } from './check-dates.js';
import { findCity, placeOf } from './cities.js';

const only = (date: string, options: Omit<Parameters<typeof checkDates>[0], 'dates'> = {}) =>
  checkDates({ ...options, dates: [date] }).dates[0]!.conflicts;

describe('checkDates', () => {
  // Sources for the facts: Multifaith Calendar, "Religious Accommodation – Observances by Faith" (Yom Kippur:
  // the eve and the day non-working for Reform and Orthodox Jews); @hebcal/core's holiday flags (Yom Kippur is
  // CHAG, a yom tov, and MAJOR_FAST).
  it('Yom Kippur on 2026-09-21 is high impact, work-restricted and a fast day', () => {
    const yomKippur = only('2026-09-21').find((c) => c.id === 'yom-kippur');
    expect(yomKippur).toMatchObject({
      impact: 'high',
      workRestricted: true,
      fasting: true,
      fastingKind: 'full-day',
    });
    expect(yomKippur?.eveningBefore).toBe(false);
  });

  it('lists Eid al-Fitr on 2026-03-20 (Diyanet: 1 Shawwal 1447)', () => {
    expect(only('2026-03-20').map((c) => c.id)).toContain('eid-al-fitr');
  });

  it('lists Yom Kippur on 2026-09-20 as beginning that evening', () => {
    const yomKippur = only('2026-09-20').find((c) => c.id === 'yom-kippur');
    expect(yomKippur).toMatchObject({
      eveningBefore: true,
      days: [],
      startsEvening: true,
      holidayDate: '2026-09-21',
    });
  });

  it('finds nothing on a day without a holiday or the eve of one', () => {
    expect(only('2026-07-08')).toEqual([]);
  });

  it('checks a range day by day: the eve is inside it, so Yom Kippur is not an evening-only conflict', () => {
    const [range] = checkDates({ dates: ['2026-09-20..2026-09-22'] }).dates;
    expect(range).toMatchObject({ date: '2026-09-20..2026-09-22', from: '2026-09-20', to: '2026-09-22' });
    expect(range!.conflicts.find((c) => c.id === 'yom-kippur')).toMatchObject({
      days: ['2026-09-21'],
      eveningBefore: false,
    });
  });

  // Issue 11 acceptance: Duisburg's sunset on 19 March 2026 lies between 18:25 and 18:55 (CET, UTC+1).
  it('gives Eid al-Fitr 2026 in Duisburg a start at sunset on 19 March, between 18:25 and 18:55', () => {
    const eid = only('2026-03-20', { city: 'duisburg' }).find((c) => c.id === 'eid-al-fitr')!;
    expect(eid.startsAt).toMatch(/^2026-03-19T18:[2-5]\d\+01:00$/);
    const minutes = Number(eid.startsAt!.slice(14, 16));
    expect(minutes).toBeGreaterThanOrEqual(25);
    expect(minutes).toBeLessThanOrEqual(55);
  });

  // Sources: the school regulations cited in school-exemptions.ts (Bavaria: FeiertagsKMBek of 7 July 2015,
  // No. 2.1 "Versöhnungstag (ein Tag)"; Saxony: no regulation read).
  it('adds the state’s school exemption: listed in Bavaria, a general rule in NRW, unknown in Saxony', () => {
    const exemption = (state: string) =>
      only('2026-09-21', { state }).find((c) => c.id === 'yom-kippur')!.schoolExemption;
    expect(exemption('BY')).toMatchObject({
      state: 'BY',
      status: 'listed',
      kind: 'free',
      days: ['2026-09-21'],
    });
    expect(exemption('NW')).toMatchObject({ state: 'NW', status: 'general', kind: 'on-application' });
    expect(exemption('SN')).toMatchObject({ state: 'SN', status: 'unknown' });
    expect(
      only('2026-09-20', { state: 'BY' }).find((c) => c.id === 'yom-kippur')!.schoolExemption,
    ).toBeNull();
  });

  it('answers a batch of days in one year (a shared year query) as it answers each day alone', () => {
    const days = [
      '2026-03-19',
      '2026-03-20',
      '2026-04-01',
      '2026-04-02',
      '2026-05-27',
      '2026-09-11',
      '2026-09-20',
      '2026-09-21',
      '2026-12-31',
    ];
    const batch = checkDates({ dates: days }).dates;
    expect(batch.map((entry) => entry.conflicts)).toEqual(days.map((day) => only(day)));
  });

  it('rejects bad input with an InterkalError naming what is allowed', () => {
    for (const dates of [
      ['2026-02-30'],
      ['2026-09-22..2026-09-20'],
      ['1899-12-31'],
      ['2026-01-01..2027-12-31'],
      [],
      ['x'],
    ]) {
      expect(() => checkDates({ dates }), JSON.stringify(dates)).toThrow(InterkalError);
    }
    expect(() => checkDates({ dates: ['2026-09-21'], state: 'XX' })).toThrow(/Allowed: BW, BY/);
    expect(() => checkDates({ dates: ['2026-09-21'], city: 'atlantis' })).toThrow(InterkalError);
  });
});

// Independent published times: sunset-published-germany.txt (Rheinische Post 2024, dpa 2023, Bayerischer
// Rundfunk 2017; see test/fixtures/README.md). Published to the minute, so a difference of up to 0.5 min is
// rounding alone. Measured: max 0.84 min over the 12 rows (München's sunset, 20 March 2023), mean 0.47 min.
describe('local sunrise and sunset', () => {
  const rows = readFileSync(
    new URL('../../test/fixtures/sunset-published-germany.txt', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split(' ') as [string, string, 'sunrise' | 'sunset', string, string]);

  it('agrees with the published March times within 1.5 minutes', () => {
    const errors = rows.map(([slug, date, event, time]) => {
      const computed = (event === 'sunrise' ? sunrise : sunset)(dayNumber(date), placeOf(findCity(slug)!))!;
      const published = Date.parse(`${date}T${time}:00+01:00`);
      return Math.abs(computed.getTime() - published) / 60_000;
    });
    expect(rows.length).toBe(12);
    expect(Math.max(...errors)).toBeLessThan(1.5);
  });

  // The observance notes and the school texts are written in de, en, tr and ar; the other languages get English.
  it('says which language a note and a school text are in', () => {
    const dates = ['2026-09-21', '2026-03-20', '2026-04-05'];
    const english = checkDates({ dates, locale: 'en', state: 'BE' }).dates.flatMap((d) => d.conflicts);
    for (const locale of ['de', 'en', 'tr', 'ar', 'uk', 'fa', 'ku'] as const) {
      const conflicts = checkDates({ dates, locale, state: 'BE' }).dates.flatMap((d) => d.conflicts);
      const notes = conflicts.filter((c) => c.note !== undefined);
      expect(notes.length).toBeGreaterThan(0);
      for (const [i, conflict] of conflicts.entries()) {
        expect(conflict.noteLocale === undefined).toBe(conflict.note === undefined);
        if (conflict.noteLocale === 'en') expect(conflict.note).toBe(english[i]!.note);
        const school = conflict.schoolExemption;
        if (school && 'text' in school && school.textLocale === 'en') {
          const inEnglish = english[i]!.schoolExemption as { text: string };
          expect(school.text).toBe(inEnglish.text);
        }
      }
      const expected = ['de', 'en', 'tr', 'ar'].includes(locale) ? locale : 'en';
      expect(new Set(notes.map((c) => c.noteLocale))).toEqual(new Set([expected]));
    }
  });
});

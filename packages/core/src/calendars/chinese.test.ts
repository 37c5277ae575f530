import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import { fixtureLines, readFixture } from '../../test/support.js';
import {
  type ChineseDate,
  chineseFromFixed,
  chineseMonths,
  chineseNewYear,
  fixedFromChinese,
  type LunisolarZone,
  type Zone,
} from './chinese.js';
import { fixedFromIso, isoFromFixed, utcDateFromFixed } from './gregorian.js';

const monthName = (month: number, leap: boolean) => `${month}${leap ? 'bis' : ''}`;

describe('chinese', () => {
  runCalendarContract<ChineseDate>({
    toFixed: (date) => fixedFromChinese(date),
    fromFixed: (date) => chineseFromFixed(date),
  });

  for (const zone of ['korea', 'vietnam'] as const) {
    describe(zone, () =>
      runCalendarContract<ChineseDate>({
        toFixed: (date) => fixedFromChinese(date, zone),
        fromFixed: (date) => chineseFromFixed(date, zone),
      }),
    );
  }

  it('puts Chinese New Year 2026 on 17 February (HKO 2026 table; State Council 2026 holiday notice)', () => {
    expect(isoFromFixed(chineseNewYear(2026))).toBe('2026-02-17');
    expect(chineseFromFixed(fixedFromIso('2026-02-17')!)).toEqual({
      year: 2026,
      month: 1,
      leap: false,
      day: 1,
    });
  });

  it('rejects dates that do not exist', () => {
    expect(() => fixedFromChinese({ year: 2026, month: 6, leap: true, day: 1 })).toThrow(/chinese date/);
    expect(() => fixedFromChinese({ year: 2025, month: 6, leap: true, day: 31 })).toThrow(/chinese date/);
  });

  // Hong Kong Observatory, Gregorian-Lunar Calendar Conversion Tables 1999–2100 (T<year>e.txt), compacted; see
  // test/fixtures/README.md (hko-chinese-1999-2100.txt). Every month start, leap month and month length.
  it('matches every month of the HKO tables 1999–2100', () => {
    const rows = fixtureLines('hko-chinese-1999-2100.txt');
    let start = fixedFromIso('1999-02-16')!;
    const mismatches: string[] = [];
    let months = 0;
    for (const row of rows) {
      const [yearText, packedText] = row.split(' ');
      const year = Number(yearText);
      const packed = Number.parseInt(packedText!, 16);
      const leapMonth = (packed >> 1) & 15;
      const published: { month: number; leap: boolean; length: number }[] = [];
      for (let month = 1; month <= 12; month++) {
        published.push({ month, leap: false, length: (packed >> (17 - month)) & 1 ? 30 : 29 });
        if (month === leapMonth) published.push({ month, leap: true, length: packed & 1 ? 30 : 29 });
      }
      const ours = chineseMonths(year);
      if (ours.length !== published.length) mismatches.push(`${year}: ${ours.length} months`);
      published.forEach((hko, i) => {
        months++;
        const our = ours[i];
        if (!our || our.start !== start || our.month !== hko.month || our.leap !== hko.leap) {
          mismatches.push(`${year} ${monthName(hko.month, hko.leap)} HKO ${isoFromFixed(start)}`);
        }
        start += hko.length;
      });
    }
    expect(months).toBe(1261);
    expect(mismatches).toEqual([]);
  });

  // python-holidays' month table 1901–2100 (scripts/calendar/asian_generator.py @ c382fdec, G_LUNAR_MONTH_DAYS),
  // the bit table behind its festival dates: every month start and leap month; see test/fixtures/README.md.
  it('matches python-holidays’ month table 1901–2100: 2471/2473, all but the two HKO-decided months', () => {
    const rows = fixtureLines('chinese-months-python-holidays-1901-2100.txt');
    let start = fixedFromIso('1901-02-19')!;
    const mismatches: string[] = [];
    let months = 0;
    for (const row of rows) {
      const [yearText, packedText] = row.split(' ');
      const year = Number(yearText);
      const packed = Number.parseInt(packedText!, 16);
      const leapMonth = (packed >> 16) & 15;
      const ours = chineseMonths(year);
      const slots = leapMonth === 15 ? 12 : 13;
      if (ours.length !== slots) mismatches.push(`${year}: ${ours.length} months, table ${slots}`);
      let month = 0;
      for (let slot = 1; slot <= slots; slot++) {
        const leap = slot === leapMonth + 1 && leapMonth !== 15;
        if (!leap) month++;
        months++;
        const our = ours[slot - 1];
        if (!our || our.start !== start || our.month !== month || our.leap !== leap) {
          mismatches.push(`${year} ${monthName(month, leap)} table ${isoFromFixed(start)}`);
        }
        start += 29 + ((packed >> slot) & 1);
      }
    }
    expect(months).toBe(2473);
    // The two near-midnight new moons where we follow HKO's published tables (see the HKO test above).
    expect(mismatches).toEqual(['2057 9 table 2057-09-29', '2097 7 table 2097-08-08']);
  });

  // python-holidays (vacanza/holidays, holidays/calendars/chinese.py @ c382fdec): Gregorian dates of 1/1, 3/10,
  // 4/8, 5/5, 8/15 and 9/9 for 1901–2100, with Korean and Vietnamese overrides where those calendars differ.
  describe('python-holidays festival tables 1901–2100', () => {
    const table = JSON.parse(readFixture('chinese-festivals-python-holidays.json')) as {
      tables: Record<string, Record<string, string>>;
    };
    const festivals: Record<string, [number, number]> = {
      LUNAR_NEW_YEAR_DATES: [1, 1],
      HUNG_KINGS_DATES: [3, 10],
      BUDDHA_BIRTHDAY_DATES: [4, 8],
      DRAGON_BOAT_DATES: [5, 5],
      MID_AUTUMN_DATES: [8, 15],
      DOUBLE_NINTH_DATES: [9, 9],
    };
    const compare = (zone: LunisolarZone, prefix: string) => {
      const mismatches: string[] = [];
      let checked = 0;
      for (const [name, [month, day]] of Object.entries(festivals)) {
        const overrides = table.tables[prefix + name];
        if (prefix && !overrides) continue;
        for (const [year, date] of Object.entries(table.tables[name]!)) {
          checked++;
          const ours = isoFromFixed(fixedFromChinese({ year: Number(year), month, leap: false, day }, zone));
          const expected = overrides?.[year] ?? date;
          if (ours !== expected) mismatches.push(`${name} ${year}: table ${expected}, ours ${ours}`);
        }
      }
      return { checked, mismatches };
    };

    it('China: 1199/1200, the exception being HKO-decided 2057', () => {
      const { checked, mismatches } = compare('china', '');
      expect(checked).toBe(1200);
      // HKO's 2057 table starts month 9 on 28 Sep (see HKO test above); python-holidays has 29 Sep.
      expect(mismatches).toEqual(['DOUBLE_NINTH_DATES 2057: table 2057-10-07, ours 2057-10-06']);
    });

    it('Korea: 597/600, the exceptions being the pre-1912 offset (ICU/KASI UTC+8, python-holidays UTC+9)', () => {
      const { checked, mismatches } = compare('korea', 'KOREAN_CALENDAR_');
      expect(checked).toBe(600);
      expect(mismatches).toEqual([
        'BUDDHA_BIRTHDAY_DATES 1905: table 1905-05-12, ours 1905-05-11',
        'BUDDHA_BIRTHDAY_DATES 1908: table 1908-05-08, ours 1908-05-07',
        'MID_AUTUMN_DATES 1909: table 1909-09-29, ours 1909-09-28',
      ]);
    });

    it('Vietnam: 393/400, the exceptions all before 1968, when Vietnam still used UTC+8 (python-holidays: UTC+7)', () => {
      const { checked, mismatches } = compare('vietnam', 'VIETNAMESE_CALENDAR_');
      expect(checked).toBe(400);
      expect(mismatches.map((line) => Number(line.split(' ')[1]!.slice(0, 4)))).toEqual([
        1903, 1916, 1935, 1965, 1916, 1917, 1939,
      ]);
      expect(isoFromFixed(chineseNewYear(1968, 'vietnam'))).toBe('1968-01-29'); // North Vietnam's Tết 1968
    });
  });

  // ECMAScript Intl (ICU 7x in Node 20) computes the Chinese and Korean calendars with a less precise lunar
  // theory; each listed disagreement is a new moon or principal term within minutes of midnight or a pre-1929
  // month. docs/accuracy.md ("Chinese calendar") gives the instant and the published source for each.
  const intlDisagreements = (calendar: 'chinese' | 'dangi', zone: Zone, from = 1900, to = 2100) => {
    const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    const disagreements: string[] = [];
    let months = 0;
    for (let year = from; year <= to; year++) {
      for (const month of chineseMonths(year, zone)) {
        months++;
        const parts = format.formatToParts(utcDateFromFixed(month.start));
        const part = (type: string) => parts.find((p) => p.type === type)?.value;
        const ours = monthName(month.month, month.leap);
        if (part('day') !== '1' || part('month') !== ours || part('relatedYear') !== String(year)) {
          disagreements.push(`${isoFromFixed(month.start)} ${ours}`);
        }
      }
    }
    return { months, disagreements };
  };

  it('agrees with Intl chinese on every month start 1900–2100 but the 18 investigated ones', () => {
    const { months, disagreements } = intlDisagreements('chinese', 'china');
    expect(months).toBe(2486);
    expect(disagreements).toEqual([
      '1914-11-18 10',
      '1916-02-04 1',
      '1917-03-23 2bis',
      '1917-04-21 3',
      '1920-11-11 10',
      '1922-06-25 5bis',
      '1922-07-24 6',
      '1954-02-03 1',
      '1955-02-22 2',
      '1987-07-26 6bis',
      '1987-08-24 7',
      '1999-01-17 12',
      '2012-08-17 7',
      '2018-11-08 10',
      '2027-02-06 1',
      '2030-02-03 1',
      '2057-09-28 9',
      '2070-03-12 2',
    ]);
  });

  it('agrees with Intl dangi on every month start 1900–2100 but the 3 investigated ones', () => {
    const { months, disagreements } = intlDisagreements('dangi', 'korea');
    expect(months).toBe(2486);
    expect(disagreements).toEqual(['2017-02-26 2', '2051-08-07 7', '2051-11-03 10']);
  });

  // Korea before 1912 (the decision in calendars/chinese.ts): ICU's DangiCalendar reckons UTC+8, following Kye's
  // table of the Korean calendars (www.math.snu.ac.kr/~kye/others/lunar.html, quoted in ICU's dangical.cpp): the
  // government did not apply the 1908–1911 UTC+8:30 to the calendar, and the 1954–1961 UTC+8:30 changes no lunar
  // date. UTC+9 (python-holidays) would move months that Intl dangi and we agree on.
  it('reckons Korea in UTC+8 before 1912, as Intl dangi: all 149 months 1900–1911, 8 of which UTC+9 would move', () => {
    const utc8 = intlDisagreements('dangi', 'korea', 1900, 1911);
    expect(utc8.months).toBe(149);
    expect(utc8.disagreements).toEqual([]);
    expect(intlDisagreements('dangi', 9, 1900, 1911).disagreements).toEqual([
      '1903-10-21 9',
      '1904-01-18 12',
      '1904-11-08 10',
      '1905-05-05 4',
      '1907-07-11 6',
      '1908-05-01 4',
      '1909-09-15 8',
      '1911-12-21 11',
    ]);
  });

  it('computes a Chinese year in a few milliseconds', () => {
    const started = performance.now();
    chineseNewYear(2200, 7.5);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

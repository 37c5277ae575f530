import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InterkalError } from './errors.js';
import {
  DEFAULT_OPTIONS,
  describeHoliday,
  getHolidayDefinition,
  getHolidays,
  getMonth,
  holidayDates,
  holidaysOn,
  listTraditions,
  nextOccurrences,
} from './query.js';
import { IMPORTANCES, LOCALES, TRADITION_IDS } from './types.js';

const traditions = listTraditions();
const allIds = traditions.flatMap((t) => t.holidays.map((h) => h.id));

const isoDay = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// Keeps property runs quick: spans of up to ~3 years.
const range = fc.tuple(isoDay, fc.integer({ min: 0, max: 1100 })).map(([from, length]) => {
  const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
  return { from, to: to > '2100-12-31' ? '2100-12-31' : to };
});

describe('getHolidays: properties', () => {
  it('returns occurrences with date ≤ endDate that overlap the queried range, sorted, ids unique per date', () => {
    fc.assert(
      fc.property(
        range,
        fc.subarray([...traditions.map((t) => t.id)], { minLength: 1 }),
        ({ from, to }, picked) => {
          const occurrences = getHolidays({ from, to, traditions: picked });
          const seen = new Set<string>();
          let previous = '';
          for (const o of occurrences) {
            expect(o.date <= o.endDate).toBe(true);
            expect(o.date <= to && o.endDate >= from).toBe(true);
            expect(picked).toContain(o.tradition);
            expect(o.date >= previous).toBe(true);
            previous = o.date;
            const key = `${o.date} ${o.id} ${o.variant ?? ''}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic and JSON-serializable', () => {
    fc.assert(
      fc.property(range, fc.constantFrom(...LOCALES), ({ from, to }, locale) => {
        const first = getHolidays({ from, to, locale });
        expect(getHolidays({ from, to, locale })).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });

  it('turns any bad input into an InterkalError, never another exception', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(undefined),
      fc.constant(null),
      fc.object(),
    );
    fc.assert(
      fc.property(anything, anything, anything, anything, (from, to, locale, tradition) => {
        try {
          // biome-ignore lint/suspicious/noExplicitAny: the point is untyped input from callers
          getHolidays({ from, to, locale, traditions: [tradition] } as any);
        } catch (error) {
          expect(error).toBeInstanceOf(InterkalError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('getHolidays: validation', () => {
  const cases: [string, object, RegExp][] = [
    ['a year before 1900', { year: 1899 }, /1899.*1900–2100/],
    ['a year after 2100', { from: '2100-12-01', to: '2101-01-01' }, /to.*2101-01-01.*1900–2100/],
    ['from after to', { from: '2026-02-01', to: '2026-01-01' }, /from.*2026-02-01/],
    ['an impossible day', { from: '2026-02-30', to: '2026-03-01' }, /from.*2026-02-30.*YYYY-MM-DD/],
    ['an unknown tradition', { year: 2026, traditions: ['pastafarian'] }, /pastafarian.*christianity/],
    ['an unknown id', { year: 2026, ids: ['xmas'] }, /xmas/],
    ['an unknown locale', { year: 2026, locale: 'xx' }, /xx.*de, en/],
    ['an unknown importance', { year: 2026, importance: ['huge'] }, /huge.*major, minor, observance/],
    ['an unknown Islamic method', { year: 2026, islamicMethod: 'moon' }, /islamicMethod.*umm-al-qura/],
    ['a bad place', { year: 2026, place: { latitude: 99, longitude: 0, timeZone: 'UTC' } }, /place/],
    [
      'year and from together',
      { year: 2026, from: '2026-01-01', to: '2026-01-02' },
      /either year or from\/to/,
    ],
    ['no range', {}, /from/],
  ];
  it.each(cases)('rejects %s with a message naming the value and what is allowed', (_, query, message) => {
    expect(() => getHolidays(query)).toThrowError(InterkalError);
    expect(() => getHolidays(query)).toThrowError(message);
  });

  it('accepts the edges of the supported range', () => {
    expect(getHolidays({ from: '1900-01-01', to: '1900-01-31' }).length).toBeGreaterThan(0);
    expect(getHolidays({ from: '2100-12-01', to: '2100-12-31' }).length).toBeGreaterThan(0);
  });

  it('accepts region subtags of a known language', () => {
    const [christmas] = getHolidays({
      from: '2026-12-25',
      to: '2026-12-25',
      ids: ['christmas'],
      locale: 'de-AT',
    });
    expect(christmas?.name).toBe('Weihnachten');
  });
});

describe('getHolidays: shape', () => {
  it('includes a holiday whose span crosses the start of the range', () => {
    // Christmas 2026 spans 25–26 Dec (catalogue: 2 days).
    const [christmas] = getHolidays({ from: '2026-12-26', to: '2026-12-31', ids: ['christmas'] });
    expect(christmas).toMatchObject({ date: '2026-12-25', endDate: '2026-12-26' });
  });

  it('filters by importance', () => {
    const majors = getHolidays({ year: 2026, importance: ['major'] });
    expect(majors.length).toBeGreaterThan(0);
    expect(new Set(majors.map((o) => o.importance))).toEqual(new Set(['major']));
  });

  it('falls back to English for a name without a translation', () => {
    for (const id of allIds) {
      const definition = getHolidayDefinition(id);
      const [occurrence] = getHolidays({ year: 2026, ids: [id], locale: 'ar' });
      if (occurrence) expect(occurrence.name).toBe(definition.names.ar ?? definition.names.en);
    }
  });

  it('lists every holiday once, in a known tradition, with an importance', () => {
    expect(new Set(allIds).size).toBe(allIds.length);
    for (const tradition of traditions) {
      expect(TRADITION_IDS).toContain(tradition.id);
      for (const holiday of tradition.holidays) expect(IMPORTANCES).toContain(holiday.importance);
    }
  });

  it('finds the holidays on one day', () => {
    expect(holidaysOn('2026-04-06', { traditions: ['christianity'] }).map((o) => o.id)).toEqual(['easter']);
  });
});

// Issue 11: one call feeds every renderer the evening start. Duisburg's sunset on 19 March 2026 is checked
// against published tables in planning/check-dates.test.ts; here the shape: only with a place, only for
// holidays that begin the evening before, on that evening.
describe('getHolidays: startsAt', () => {
  const duisburg = { latitude: 51.43, longitude: 6.77, timeZone: 'Europe/Berlin' };
  it('gives the local sunset of the evening before for a holiday beginning then, with a place', () => {
    const [eid] = getHolidays({
      from: '2026-03-20',
      to: '2026-03-20',
      ids: ['eid-al-fitr'],
      place: duisburg,
    });
    expect(eid!.startsAt).toMatch(/^2026-03-19T18:[2-5]\d\+01:00$/);
    const [summer] = getHolidays({ year: 2026, ids: ['eid-al-adha'], place: duisburg });
    expect(summer!.startsAt).toMatch(/^2026-05-26T21:\d\d\+02:00$/);
  });

  it('leaves it out without a place and for a holiday beginning in the morning', () => {
    expect(getHolidays({ year: 2026, ids: ['eid-al-fitr'] })[0]!.startsAt).toBeUndefined();
    const [christmas] = getHolidays({ year: 2026, ids: ['christmas'], place: duisburg });
    expect(christmas!.startsEvening).toBe(false);
    expect(christmas!.startsAt).toBeUndefined();
    expect(nextOccurrences('yom-kippur', { from: '2026-01-01', place: duisburg })[0]!.startsAt).toMatch(
      /^2026-09-20T19:\d\d\+02:00$/,
    );
  });
});

describe('one language per answer', () => {
  it('gives name, description, tradition name and note of an occurrence in the resolved locale', () => {
    const german = listTraditions('de').find((t) => t.id === 'hinduism')!;
    for (const locale of ['DE', 'de_DE', 'de-AT']) {
      const [diwali] = getHolidays({ year: 2026, ids: ['diwali'], locale });
      expect(diwali).toMatchObject({
        name: getHolidayDefinition('diwali').names.de,
        description: getHolidayDefinition('diwali').description.de,
        traditionName: german.name,
      });
    }
  });

  it('falls back to English only for the strings that have no translation', () => {
    const definition = getHolidayDefinition('diwali');
    const [diwali] = getHolidays({ year: 2026, ids: ['diwali'], locale: 'ar_SA' });
    expect(diwali!.name).toBe(definition.names.ar);
    expect(diwali!.description).toBe(definition.description.ar ?? definition.description.en);
    expect(describeHoliday('diwali', 'ar').descriptionLocale).toBe(definition.description.ar ? 'ar' : 'en');
  });

  it('marks a tradition name shown in English, and only such a name', () => {
    const english = new Map(listTraditions('en').map((t) => [t.id, t.name]));
    const marked = new Map<string, number>();
    for (const locale of LOCALES) {
      const listed = new Map(listTraditions(locale).map((t) => [t.id, t]));
      for (const o of getHolidays({ year: 2026, locale })) {
        expect(o.traditionNameLocale).toBe(listed.get(o.tradition)!.nameLocale);
        if (o.traditionNameLocale === undefined) continue;
        expect(o.traditionName).toBe(english.get(o.tradition));
        marked.set(locale, (marked.get(locale) ?? 0) + 1);
      }
    }
    // German and English tradition names are all written; nothing in them is a fallback.
    expect(marked.get('de')).toBeUndefined();
    expect(marked.get('en')).toBeUndefined();
    for (const locale of LOCALES) {
      const occurrences = getHolidays({ year: 2026, locale });
      const first = occurrences.find((o) => o.traditionNameLocale === 'en') ?? occurrences[0];
      const holiday = describeHoliday(first!.id, locale);
      expect(holiday.traditionNameLocale).toBe(first!.traditionNameLocale ?? locale);
      expect(holiday.traditionName).toBe(first!.traditionName);
    }
  });
});

describe('nextOccurrences', () => {
  // Easter Sundays 2026–2030: Astronomical Society of South Australia, "Easter Dates 2001–2100" (table read by hand).
  const EASTER = ['2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21'];

  it('gives the next dates from a day on, this year’s included when it has not begun yet', () => {
    expect(nextOccurrences('easter', { from: '2026-01-01', count: 5 }).map((o) => o.date)).toEqual(EASTER);
    expect(nextOccurrences('easter', { from: '2026-04-06', count: 4 }).map((o) => o.date)).toEqual(
      EASTER.slice(1),
    );
    expect(nextOccurrences('easter', { from: '2026-04-05' })).toMatchObject([{ date: '2026-04-05' }]);
  });

  it('stops at the end of the supported years', () => {
    expect(nextOccurrences('christmas', { from: '2099-01-01', count: 5 }).map((o) => o.date)).toEqual([
      '2099-12-25',
      '2100-12-25',
    ]);
  });

  it.each([
    ['an unknown id', 'xmas', { from: '2026-01-01' }, /Invalid id: "xmas"/],
    ['no from', 'easter', {}, /from/],
    ['count 0', 'easter', { from: '2026-01-01', count: 0 }, /count/],
    ['a huge count', 'easter', { from: '2026-01-01', count: 1e9 }, /count.*1–100/],
    ['a bad locale', 'easter', { from: '2026-01-01', locale: 'xx' }, /locale/],
  ])('rejects %s', (_, id, options, message) => {
    expect(() => nextOccurrences(id, options as never)).toThrowError(InterkalError);
    expect(() => nextOccurrences(id, options as never)).toThrowError(message);
  });
});

describe('holidayDates', () => {
  // Easter Sundays as above (Astronomical Society of South Australia, "Easter Dates 2001–2100").
  it("keeps this year's past date beside the next ones", () => {
    const { earlierThisYear, upcoming } = holidayDates('easter', { today: '2026-12-07' });
    expect(earlierThisYear.map(({ occurrence, ended }) => [occurrence.date, ended])).toEqual([
      ['2026-04-05', true],
    ]);
    expect(upcoming.map((o) => o.date)).toEqual([
      '2027-03-28',
      '2028-04-16',
      '2029-04-01',
      '2030-04-21',
      '2031-04-13',
    ]);
    expect(holidayDates('easter', { today: '2026-04-05', count: 1 })).toMatchObject({
      earlierThisYear: [],
      upcoming: [{ date: '2026-04-05' }],
    });
  });

  // Diyanet İşleri Başkanlığı, "2026 Yılı Dini Günler" (diyanet.gov.tr, read by hand): Ramazan 1447 from
  // 19 February to 19 March 2026.
  it('marks a holiday that began before today and still runs as not ended', () => {
    const { earlierThisYear } = holidayDates('ramadan', { today: '2026-03-01', islamicMethod: 'diyanet' });
    expect(earlierThisYear).toMatchObject([{ occurrence: { date: '2026-02-19' }, ended: false }]);
  });

  it('rejects a bad day and an unknown option', () => {
    expect(() => holidayDates('easter', { today: '2026-13-01' })).toThrowError(/today|from/);
    expect(() => holidayDates('easter', { today: '2026-01-01', colour: 'red' } as never)).toThrowError(
      InterkalError,
    );
  });
});

describe('getMonth', () => {
  it('lays out the month for the locale and lists what overlaps it', () => {
    const april = getMonth({ year: 2026, month: 4, traditions: ['christianity'], locale: 'en-US' });
    expect(april).toMatchObject({ from: '2026-04-01', to: '2026-04-30', previous: { year: 2026, month: 3 } });
    // 1 April 2026 is a Wednesday; US weeks start on Sunday (CLDR): three leading blanks.
    expect(april.locale.firstDayOfWeek).toBe(7);
    expect(april.weeks[0]).toEqual([
      null,
      null,
      null,
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-04',
    ]);
    expect(april.occurrences.map((o) => o.id)).toContain('easter');
    expect(april.occurrences).toEqual(
      getHolidays({ from: '2026-04-01', to: '2026-04-30', traditions: ['christianity'] }),
    );
  });

  it('has no neighbour beyond 1900–2100', () => {
    expect(getMonth({ year: 1900, month: 1 }).previous).toBeNull();
    expect(getMonth({ year: 2100, month: 12 }).next).toBeNull();
    expect(() => getMonth({ year: 2026, month: 13 })).toThrowError(/month/);
  });
});

describe('the public surface cannot be changed from outside', () => {
  it('freezes the defaults', () => {
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true);
    expect(() => {
      (DEFAULT_OPTIONS as { islamicMethod: string }).islamicMethod = 'tabular';
    }).toThrowError(TypeError);
  });

  it('hands out definitions that are frozen copies without the rule', () => {
    const definition = getHolidayDefinition('diwali');
    expect(definition).not.toHaveProperty('rule');
    expect(Object.isFrozen(definition.names)).toBe(true);
    expect(() => {
      (definition.names as { en: string }).en = 'changed';
    }).toThrowError(TypeError);
    expect(getHolidays({ year: 2026, ids: ['diwali'] })[0]!.name).toBe('Diwali (Lakshmi Puja)');
  });

  it('answers in fresh objects: changing one answer does not change the next', () => {
    const first = getHolidays({ year: 2026, traditions: ['hinduism'] });
    const count = first.length;
    first.length = 0;
    const second = getHolidays({ year: 2026, traditions: ['hinduism'] });
    expect(second).toHaveLength(count);
    expect(second.map((o) => o.id)).toContain('diwali');
    (second[0] as { name: string }).name = 'changed';
    expect(getHolidays({ year: 2026, traditions: ['hinduism'] })[0]!.name).not.toBe('changed');
  });
});

import { InterkalError } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { calendarFile as calendar, plusDays, weekday } from '../test/ics-fixtures.js';
import {
  MAX_ICS_OCCURRENCES,
  MAX_OCCURRENCES_PER_EVENT,
  MAX_STEPS_PER_EVENT,
  MAX_STEPS_PER_FILE,
  readIcsEvents,
} from './read-ics.js';

// Hand-written fixtures. Expected days come from JavaScript's own Date arithmetic and Intl's weekday names, not
// from ical.js or @interkal/core: RFC 5545 3.3.10 says what each rule means (FREQ=WEEKLY from a Tuesday repeats
// on Tuesdays, COUNT bounds the set, EXDATE removes an instance, RECURRENCE-ID replaces one).

/** The `count` days from `first`, `step` days apart. */
const series = (first: string, count: number, step: number) =>
  Array.from({ length: count }, (_, i) => plusDays(first, i * step));

const PARENTS_EVENING = [
  'UID:parents@school.example',
  'DTSTART;TZID=Europe/Berlin:20260901T190000',
  'DTEND;TZID=Europe/Berlin:20260901T210000',
  'SUMMARY:Elternabend',
];

describe('readIcsEvents: recurring events', () => {
  it('checks a weekly Tuesday event with COUNT=5 on its five Tuesdays, each with its summary', () => {
    const { events, cutOff } = readIcsEvents(calendar([...PARENTS_EVENING, 'RRULE:FREQ=WEEKLY;COUNT=5']));
    const tuesdays = series('2026-09-01', 5, 7);
    expect(tuesdays.map(weekday)).toEqual(Array(5).fill('Tuesday'));
    expect(tuesdays.at(-1)).toBe('2026-09-29');
    expect(events.map((e) => e.dates)).toEqual(tuesdays);
    expect(new Set(events.map((e) => `${e.uid} ${e.summary}`))).toEqual(
      new Set(['parents@school.example Elternabend']),
    );
    expect(cutOff).toEqual([]);
  });

  it('leaves out the date an EXDATE removes', () => {
    const { events } = readIcsEvents(
      calendar([
        ...PARENTS_EVENING,
        'RRULE:FREQ=WEEKLY;COUNT=5',
        'EXDATE;TZID=Europe/Berlin:20260915T190000',
      ]),
    );
    expect(events.map((e) => e.dates)).toEqual(series('2026-09-01', 5, 7).filter((d) => d !== '2026-09-15'));
  });

  it('moves the instance a RECURRENCE-ID override replaces, with the override’s own summary', () => {
    const { events } = readIcsEvents(
      calendar(
        [...PARENTS_EVENING, 'RRULE:FREQ=WEEKLY;COUNT=5'],
        [
          'UID:parents@school.example',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260908T190000',
          'DTSTART;TZID=Europe/Berlin:20260910T190000',
          'DTEND;TZID=Europe/Berlin:20260910T210000',
          'SUMMARY:Elternabend (verschoben)',
        ],
      ),
    );
    const moved = plusDays('2026-09-08', 2);
    expect(weekday(moved)).toBe('Thursday');
    expect(events.map((e) => [e.dates, e.summary])).toEqual(
      [...series('2026-09-01', 5, 7).filter((d) => d !== '2026-09-08'), moved]
        .sort()
        .map((d) => [d, d === moved ? 'Elternabend (verschoben)' : 'Elternabend']),
    );
  });

  it('removes an instance whose override is cancelled, and adds the dates of an RDATE', () => {
    const { events } = readIcsEvents(
      calendar(
        [
          'UID:exam-block@school.example',
          'DTSTART;VALUE=DATE:20261102',
          'RRULE:FREQ=DAILY;COUNT=3',
          'RDATE;VALUE=DATE:20261116',
          'SUMMARY:Klausurwoche',
        ],
        [
          'UID:exam-block@school.example',
          'RECURRENCE-ID;VALUE=DATE:20261103',
          'DTSTART;VALUE=DATE:20261103',
          'STATUS:CANCELLED',
          'SUMMARY:Klausurwoche',
        ],
      ),
    );
    expect(events.map((e) => e.dates)).toEqual(['2026-11-02', plusDays('2026-11-02', 2), '2026-11-16']);
  });

  it('checks an override whose series is not in the file on its own date', () => {
    const { events } = readIcsEvents(
      calendar([
        'UID:orphan@school.example',
        'RECURRENCE-ID;VALUE=DATE:20261005',
        'DTSTART;VALUE=DATE:20261006',
        'SUMMARY:Wandertag (verschoben)',
      ]),
    );
    expect(events).toEqual([
      { uid: 'orphan@school.example', summary: 'Wandertag (verschoben)', dates: '2026-10-06' },
    ]);
  });

  it('keeps all-day spans and the wall-clock days of a timed event in its own zone at every occurrence', () => {
    const { events } = readIcsEvents(
      calendar(
        [
          'UID:trip@school.example',
          'DTSTART;VALUE=DATE:20260316',
          'DTEND;VALUE=DATE:20260319',
          'RRULE:FREQ=YEARLY;COUNT=2',
          'SUMMARY:Klassenfahrt',
        ],
        [
          'UID:night@school.example',
          'DTSTART;TZID=America/New_York:20260905T233000',
          'DTEND;TZID=America/New_York:20260906T003000',
          'RRULE:FREQ=WEEKLY;COUNT=2',
          'SUMMARY:Nachtwanderung',
        ],
      ),
    );
    // DTEND of an all-day event is exclusive (RFC 5545 3.6.1): 16–18 March, then the same days a year later.
    expect(events.map((e) => e.dates)).toEqual([
      '2026-03-16..2026-03-18',
      '2027-03-16..2027-03-18',
      '2026-09-05..2026-09-06',
      `${plusDays('2026-09-05', 7)}..${plusDays('2026-09-06', 7)}`,
    ]);
  });

  it(`cuts an unbounded FREQ=DAILY at ${MAX_OCCURRENCES_PER_EVENT} occurrences and says so`, () => {
    const { events, cutOff } = readIcsEvents(
      calendar(['UID:daily', 'DTSTART;VALUE=DATE:20260901', 'RRULE:FREQ=DAILY', 'SUMMARY:Frühaufsicht']),
    );
    const days = series('2026-09-01', MAX_OCCURRENCES_PER_EVENT, 1);
    expect(events.map((e) => e.dates)).toEqual(days);
    expect(cutOff).toEqual([
      {
        uid: 'daily',
        summary: 'Frühaufsicht',
        checked: MAX_OCCURRENCES_PER_EVENT,
        lastDates: days.at(-1),
        reason: 'occurrences',
        limit: MAX_OCCURRENCES_PER_EVENT,
      },
    ]);
  });

  it(`shares ${MAX_ICS_OCCURRENCES} occurrences among a file's events, each keeping its first`, () => {
    const unbounded = Array.from({ length: 6 }, (_, i) => [
      `UID:daily-${i}`,
      'DTSTART;VALUE=DATE:20260901',
      'RRULE:FREQ=DAILY',
    ]);
    const { events, cutOff } = readIcsEvents(calendar(...unbounded));
    expect(events).toHaveLength(MAX_ICS_OCCURRENCES);
    // Four events take their 100, the fifth what is left after one is kept for the sixth.
    const perEvent = cutOff.map((c) => [c.uid, c.checked, c.reason]);
    expect(perEvent).toEqual([
      ['daily-0', 100, 'occurrences'],
      ['daily-1', 100, 'occurrences'],
      ['daily-2', 100, 'occurrences'],
      ['daily-3', 100, 'occurrences'],
      ['daily-4', 99, 'file'],
      ['daily-5', 1, 'file'],
    ]);
  });

  it('stops at the last checkable year, 2100', () => {
    const { events, cutOff } = readIcsEvents(
      calendar(['UID:yearly', 'DTSTART;VALUE=DATE:20950612', 'RRULE:FREQ=YEARLY', 'SUMMARY:Sommerfest']),
    );
    expect(events.map((e) => e.dates)).toEqual(
      ['2095', '2096', '2097', '2098', '2099', '2100'].map((y) => `${y}-06-12`),
    );
    expect(cutOff).toMatchObject([{ uid: 'yearly', checked: 6, reason: 'last-year', limit: 2100 }]);
  });

  it('ends a series whose UNTIL is the last year without a notice', () => {
    const { events, cutOff } = readIcsEvents(
      calendar(['UID:until', 'DTSTART;VALUE=DATE:20980612', 'RRULE:FREQ=YEARLY;UNTIL=21000612']),
    );
    expect(events.map((e) => e.dates)).toEqual(['2098-06-12', '2099-06-12', '2100-06-12']);
    expect(cutOff).toEqual([]);
  });

  it('expands FREQ=SECONDLY within its step budget instead of spinning', { timeout: 10_000 }, () => {
    const started = performance.now();
    const { events, cutOff } = readIcsEvents(
      calendar(['UID:tick', 'DTSTART:20260901T080000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Tick']),
    );
    // Every second of the budget falls on 1 September: one day to check.
    expect(events.map((e) => e.dates)).toEqual(['2026-09-01']);
    expect(cutOff).toMatchObject([{ uid: 'tick', checked: 1, reason: 'steps', limit: MAX_STEPS_PER_EVENT }]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stops a rule no date can fit (30 February, daily) instead of spinning', { timeout: 10_000 }, () => {
    const { events, cutOff } = readIcsEvents(
      calendar(['UID:never', 'DTSTART;VALUE=DATE:20260901', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30']),
    );
    // ical.js keeps DTSTART as the first instance (RFC 5545 3.8.5.3: it always counts as the first occurrence).
    expect(events.map((e) => e.dates)).toEqual(['2026-09-01']);
    expect(cutOff).toMatchObject([{ uid: 'never', reason: 'steps' }]);
  });

  it('does not walk day by day through a huge INTERVAL (ical.js alone takes seconds)', {
    timeout: 10_000,
  }, () => {
    const started = performance.now();
    const { events, cutOff } = readIcsEvents(
      calendar(['UID:far', 'DTSTART;VALUE=DATE:20260901', 'RRULE:FREQ=DAILY;INTERVAL=1000000000']),
    );
    expect(events.map((e) => e.dates)).toEqual(['2026-09-01']);
    expect(cutOff).toMatchObject([{ uid: 'far', checked: 1 }]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it(`shares ${MAX_STEPS_PER_FILE} steps among a file's events and names each one left short`, {
    timeout: 20_000,
  }, () => {
    const ticking = Array.from({ length: 12 }, (_, i) => [
      `UID:tick-${i}`,
      'DTSTART:20260901T080000Z',
      'RRULE:FREQ=SECONDLY',
    ]);
    const { events, cutOff } = readIcsEvents(
      calendar(...ticking, ['UID:weekly', 'DTSTART;VALUE=DATE:20260901', 'RRULE:FREQ=WEEKLY;COUNT=3']),
    );
    expect(cutOff.map((c) => [c.uid, c.reason])).toEqual([
      ...ticking.map((_, i) => [`tick-${i}`, 'steps']),
      ['weekly', 'steps'],
    ]);
    // The budget is spent after ten of them; the later ones keep their first second (their DTSTART) only.
    expect(events.filter((e) => e.uid.startsWith('tick-')).map((e) => e.dates)).toEqual(
      Array(12).fill('2026-09-01'),
    );
    // A series needing steps after the budget is spent keeps its first occurrence and is named too.
    expect(events.filter((e) => e.uid === 'weekly').map((e) => e.dates)).toEqual(['2026-09-01']);
  });

  it('keeps DTSTART of a rule no year fits, where ical.js alone yields nothing, and leaves an EXDATE’d one out', {
    timeout: 10_000,
  }, () => {
    // The first Monday of April never falls on the 15th to 21st.
    const never = 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1MO;BYMONTHDAY=15,16,17,18,19,20,21';
    const { events } = readIcsEvents(
      calendar(
        ['UID:never', 'DTSTART;VALUE=DATE:20260406', never],
        ['UID:gone', 'DTSTART;VALUE=DATE:20260406', never, 'EXDATE;VALUE=DATE:20260406'],
      ),
    );
    expect(events.map((e) => [e.uid, e.dates])).toEqual([['never', '2026-04-06']]);
  });

  it('refuses malformed rules as bad input naming the body', () => {
    for (const rule of [
      'RRULE:FREQ=FOO',
      'RRULE:FREQ=WEEKLY;BYDAY=XX',
      'RRULE:COUNT=3',
      'RRULE:FREQ=MONTHLY;BYDAY=7MO',
      'RRULE:FREQ=DAILY;UNTIL=abc',
    ]) {
      const text = calendar(['UID:bad', 'DTSTART;VALUE=DATE:20260901', rule]);
      expect(() => readIcsEvents(text), rule).toThrow(InterkalError);
      try {
        readIcsEvents(text);
      } catch (error) {
        expect((error as InterkalError).parameter, rule).toBe('body');
        expect((error as InterkalError).message, rule).toMatch(/FREQ|frequency|BYDAY|integer/);
      }
    }
  });
});

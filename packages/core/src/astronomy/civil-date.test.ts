import { DateTime, Info } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixedFromGregorian } from '../calendars/gregorian.js';
import { civilDateOf, IRAN_STANDARD_TIME, localHourOf, OFFSET_ERAS, startOfCivilDay } from './civil-date.js';

const ZONES = [
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tehran',
  'America/Los_Angeles',
  'Pacific/Auckland',
  'UTC',
  IRAN_STANDARD_TIME,
  'UTC+8',
  'utc-3:30',
  'GMT',
  'America/St_Johns',
];

// Our default places' zones, fixed offsets, and zones whose clocks jumped over local midnight or repeated it.
const DAY_START_ZONES = [
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tehran',
  IRAN_STANDARD_TIME,
  'UTC+8',
  'utc-3:30',
  'America/St_Johns',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
];

// civil-date.ts reads zone offsets from Intl as luxon 3 does (luxon, now only a devDependency, was 71 KB of the
// browser bundle); the result must be what luxon's DateTime.fromJSDate gives, including local mean time before
// 1900-era zone adoption and DST switches (instants every 61 days 7 h 13 min 17.123 s across 1899–2101 cycle through the hours, plus every
// 10 minutes around Berlin's and Auckland's 2026 switches).
describe('civil date in a time zone', () => {
  const STEP = 61 * 86_400_000 + 7 * 3_600_000 + 13 * 60_000 + 17_123;
  const instants: number[] = [];
  for (let t = Date.UTC(1899, 0, 1); t < Date.UTC(2102, 0, 1); t += STEP) instants.push(t);
  for (const day of [
    Date.UTC(2026, 2, 28),
    Date.UTC(2026, 3, 4),
    Date.UTC(2026, 8, 26),
    Date.UTC(2026, 9, 24),
  ]) {
    for (let t = day; t < day + 2 * 86_400_000; t += 600_000) instants.push(t);
  }

  it('agrees with luxon DateTime.fromJSDate on the date and hour in eleven zones 1899–2101', () => {
    for (const zone of ZONES) {
      for (const t of instants) {
        const instant = new Date(t);
        const local = DateTime.fromJSDate(instant, { zone });
        expect(civilDateOf(instant, zone)).toBe(fixedFromGregorian(local.year, local.month, local.day));
        expect(localHourOf(instant, zone)).toBe(
          local.hour + local.minute / 60 + local.second / 3600 + local.millisecond / 3_600_000,
        );
      }
    }
  });

  // The eras let civilDateOf skip the zone lookup; their bounds must hold for every instant the library reckons
  // with (1897–2103) and be the zone's real extremes in each era (IANA tzdb as this runtime's ICU ships it).
  it('has offset eras whose bounds hold twice a day 1897–2103 and are reached', () => {
    for (const [zoneName, eras] of Object.entries(OFFSET_ERAS)) {
      const zone = Info.normalizeZone(zoneName);
      eras.forEach(([from, least, greatest], index) => {
        const until = Math.min(eras[index + 1]?.[0] ?? Number.POSITIVE_INFINITY, Date.UTC(2104, 0, 1));
        let [lowest, highest] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
        for (let t = Math.max(from, Date.UTC(1897, 0, 1)); t < until; t += 12 * 3_600_000) {
          const offset = zone.offset(t);
          lowest = Math.min(lowest, offset);
          highest = Math.max(highest, offset);
        }
        const era = `${zoneName} from ${from}`;
        expect([era, lowest >= least, highest <= greatest]).toEqual([era, true, true]);
        expect([era, lowest - least < 1, greatest - highest < 1]).toEqual([era, true, true]);
      });
    }
  });

  it('rejects an unknown zone', () => {
    expect(() => civilDateOf(new Date(0), 'Mars/Olympus')).toThrow();
    expect(() => startOfCivilDay(fixedFromGregorian(2026, 1, 1), '')).toThrow();
  });

  // Every day of a week in which the offset changed, and every 97th day besides, 1899–2101. The start must be the
  // first instant of its civil date, and no later than luxon's DateTime.fromObject midnight. Luxon first guesses
  // the offset *now*, so where a midnight happens twice (Berlin 1 Oct 1916, St. John's 1988–2010, Havana) it
  // picks the first or the second by the season the code runs in, and after a skipped hour (Santiago,
  // 22 May 1947) it can miss the midnight; we take the first.
  it('starts each civil day at its first instant, no later than luxon DateTime.fromObject', () => {
    const WEEK = 7 * 86_400_000;
    const notFirstInstant: string[] = [];
    const unlikeLuxon: string[] = [];
    let switchWeeks = 0;
    const isFirstInstant = (ts: number, date: number, zone: string) =>
      civilDateOf(new Date(ts), zone) === date && civilDateOf(new Date(ts - 1), zone) === date - 1;
    for (const zoneName of DAY_START_ZONES) {
      const zone = Info.normalizeZone(zoneName);
      for (let week = Date.UTC(1899, 0, 1); week < Date.UTC(2102, 0, 1); week += WEEK) {
        const switched = zone.offset(week - 86_400_000) !== zone.offset(week + WEEK);
        if (switched) switchWeeks++;
        for (let midnight = week; midnight < week + WEEK; midnight += 86_400_000) {
          const date = fixedFromGregorian(1970, 1, 1) + midnight / 86_400_000;
          if (!switched && date % 97 !== 0) continue;
          const { year, month, day } = DateTime.fromMillis(midnight, { zone: 'UTC' });
          const label = `${zoneName} ${year}-${month}-${day}`;
          const luxon = DateTime.fromObject({ year, month, day }, { zone: zoneName }).toMillis();
          const ours = startOfCivilDay(date, zoneName).getTime();
          if (!isFirstInstant(ours, date, zoneName)) notFirstInstant.push(label);
          if (ours > luxon && isFirstInstant(luxon, date, zoneName)) unlikeLuxon.push(label);
        }
      }
    }
    expect(switchWeeks).toBeGreaterThan(1000);
    expect(notFirstInstant).toEqual([]);
    expect(unlikeLuxon).toEqual([]);
  });
});

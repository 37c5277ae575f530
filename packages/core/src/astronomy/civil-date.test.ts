import { DateTime, Info } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixedFromGregorian } from '../calendars/gregorian.js';
import { civilDateOf, IRAN_STANDARD_TIME, localHourOf, OFFSET_ERAS } from './civil-date.js';

const ZONES = [
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tehran',
  'America/Los_Angeles',
  'Pacific/Auckland',
  'UTC',
  IRAN_STANDARD_TIME,
  'UTC+8',
];

// civilDateOf and localHourOf read luxon's zone offset directly instead of building a DateTime per call; the
// result must be what DateTime.fromJSDate gives, including local mean time before 1900-era zone adoption and
// DST switches (instants every 61 days 7 h 13 min 17.123 s across 1899–2101 cycle through the hours, plus every
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

  it('agrees with luxon DateTime.fromJSDate on the date and hour in eight zones 1899–2101', () => {
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
  });
});

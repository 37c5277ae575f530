import { DateTime, Info, type Zone } from 'luxon';
import { InterkalError } from '../errors.js';
import { UNIX_EPOCH } from '../time/day.js';
import { fixedFromGregorian, gregorianFromFixed } from '../time/gregorian.js';
import type { Fixed } from '../types.js';

/** Iran Standard Time (UTC+3:30, the 52.5° E meridian), which the Solar Hijri calendar law reckons in. */
export const IRAN_STANDARD_TIME = 'UTC+3:30';

const zones = new Map<string, Zone>();

/** Luxon's zone for a name, looked up once: building a DateTime per call cost ~0.2 ms (its Locale and checks). */
function zoneNamed(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = Info.normalizeZone(timeZone);
    if (!zone.isValid) throw new InterkalError('invalid-option', 'timeZone', timeZone, 'an IANA time zone');
    zones.set(timeZone, zone);
  }
  return zone;
}

/**
 * The wall-clock fields of an instant, computed exactly as luxon's DateTime.fromJSDate does (zone offset in
 * minutes, then the UTC fields of the shifted instant), without the DateTime.
 */
function zoned(instant: Date, timeZone: string): Date {
  const ts = instant.getTime();
  if (Number.isNaN(ts)) throw new InterkalError('invalid-option', 'timeZone', timeZone, 'an IANA time zone');
  return new Date(ts + zoneNamed(timeZone).offset(ts) * 60 * 1000);
}

/**
 * The least and greatest UTC offsets (minutes) that the zones of our default places (New Delhi, Berlin, Tehran)
 * have in 1897–2103 by the IANA time zone database, in eras that start at an instant (epoch ms): local mean time
 * until 1906 (Kolkata, Madras time 5:21:10) and 1946 (Tehran, 3:25:44), war time (Kolkata 6:30 until 15 Oct 1945),
 * Berlin's double summer time (3:00 in 1945 and 1947), Iran's +5:00 summer of 1978. An instant whose civil date is
 * the same at both bounds needs no zone lookup, whose first use costs ~15 ms of ICU start-up, more than many whole
 * traditions. civil-date.test.ts checks every era against luxon twice a day: a runtime whose time zone data
 * changes one of these zones fails it until the eras follow.
 */
export const OFFSET_ERAS: Readonly<
  Record<string, readonly (readonly [from: number, least: number, greatest: number])[]>
> = {
  'Asia/Kolkata': [
    [Number.NEGATIVE_INFINITY, 321, 390],
    [Date.UTC(1945, 9, 14, 17, 30), 330, 330],
  ],
  'Europe/Berlin': [
    [Number.NEGATIVE_INFINITY, 60, 180],
    [Date.UTC(1948, 0, 1), 60, 120],
  ],
  'Asia/Tehran': [
    [Number.NEGATIVE_INFINITY, 205, 300],
    [Date.UTC(1979, 0, 1), 210, 270],
  ],
};

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The civil date of an instant if both offset bounds of its era give the same one, else undefined. */
function dateWithinBounds(ts: number, timeZone: string): Fixed | undefined {
  const eras = OFFSET_ERAS[timeZone];
  if (!eras) return undefined;
  let era = eras[0]!;
  for (const next of eras) if (next[0] <= ts) era = next;
  const earliest = Math.floor((ts + era[1] * MS_PER_MINUTE) / MS_PER_DAY);
  const latest = Math.floor((ts + era[2] * MS_PER_MINUTE) / MS_PER_DAY);
  return earliest === latest ? UNIX_EPOCH + earliest : undefined;
}

const civilDates = new Map<string, Map<number, Fixed>>();

/** The civil (wall-clock) date of an instant in a time zone, as a fixed day (memoized: rules ask again per query). */
export function civilDateOf(instant: Date, timeZone: string): Fixed {
  let dates = civilDates.get(timeZone);
  if (!dates) {
    dates = new Map();
    civilDates.set(timeZone, dates);
  }
  const ts = instant.getTime();
  let date = dates.get(ts);
  if (date === undefined) {
    date = Number.isNaN(ts) ? undefined : dateWithinBounds(ts, timeZone);
    if (date === undefined) {
      const local = zoned(instant, timeZone);
      date = fixedFromGregorian(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
    }
    dates.set(ts, date);
  }
  return date;
}

/** Hours since local midnight of an instant's civil day (e.g. 12.5 = 12:30 wall-clock time). */
export function localHourOf(instant: Date, timeZone: string): number {
  const local = zoned(instant, timeZone);
  return (
    local.getUTCHours() +
    local.getUTCMinutes() / 60 +
    local.getUTCSeconds() / 3600 +
    local.getUTCMilliseconds() / 3_600_000
  );
}

/** The instant a civil day begins (local midnight, or the first valid time if a DST jump skips it). */
export function startOfCivilDay(date: Fixed, timeZone: string): Date {
  const { year, month, day } = gregorianFromFixed(date);
  const local = DateTime.fromObject({ year, month, day }, { zone: timeZone });
  if (!local.isValid) throw new InterkalError('invalid-option', 'timeZone', timeZone, 'an IANA time zone');
  return local.toJSDate();
}

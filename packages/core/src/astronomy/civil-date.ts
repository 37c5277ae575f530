import { DateTime, Info, type Zone } from 'luxon';
import { fixedFromGregorian, gregorianFromFixed } from '../calendars/gregorian.js';
import { InterkalError } from '../errors.js';
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
    const local = zoned(instant, timeZone);
    date = fixedFromGregorian(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
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

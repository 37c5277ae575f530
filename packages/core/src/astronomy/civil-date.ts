import { DateTime } from 'luxon';
import { fixedFromGregorian, gregorianFromFixed } from '../calendars/gregorian.js';
import { InterkalError } from '../errors.js';
import type { Fixed } from '../types.js';

/** Iran Standard Time (UTC+3:30, the 52.5° E meridian), which the Solar Hijri calendar law reckons in. */
export const IRAN_STANDARD_TIME = 'UTC+3:30';

function zoned(instant: Date, timeZone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new InterkalError('invalid-option', 'timeZone', timeZone, 'an IANA time zone');
  return local;
}

/** The civil (wall-clock) date of an instant in a time zone, as a fixed day. */
export function civilDateOf(instant: Date, timeZone: string): Fixed {
  const local = zoned(instant, timeZone);
  return fixedFromGregorian(local.year, local.month, local.day);
}

/** Hours since local midnight of an instant's civil day (e.g. 12.5 = 12:30 wall-clock time). */
export function localHourOf(instant: Date, timeZone: string): number {
  const local = zoned(instant, timeZone);
  return local.hour + local.minute / 60 + local.second / 3600 + local.millisecond / 3_600_000;
}

/** The instant a civil day begins (local midnight, or the first valid time if a DST jump skips it). */
export function startOfCivilDay(date: Fixed, timeZone: string): Date {
  const { year, month, day } = gregorianFromFixed(date);
  const local = DateTime.fromObject({ year, month, day }, { zone: timeZone });
  if (!local.isValid) throw new InterkalError('invalid-option', 'timeZone', timeZone, 'an IANA time zone');
  return local.toJSDate();
}

import { boundedCache, cachedIn } from '../bounded-cache.js';
import { InterkalError } from '../errors.js';
import { UNIX_EPOCH } from '../time/day.js';
import { fixedFromGregorian, gregorianFromFixed } from '../time/gregorian.js';
import type { Fixed } from '../types.js';

/** Iran Standard Time (UTC+3:30, the 52.5° E meridian), which the Solar Hijri calendar law reckons in. */
export const IRAN_STANDARD_TIME = 'UTC+3:30';

/** A zone's UTC offset in minutes at an instant (epoch ms); fractional for local mean time (Kolkata 321.1666…). */
type ZoneOffset = (ts: number) => number;

/** "UTC", "GMT", "UTC+8", "UTC-3:30" (any case): a fixed offset in minutes, else undefined. */
function fixedOffsetMinutes(timeZone: string): number | undefined {
  const lowered = timeZone.toLowerCase();
  if (lowered === 'utc' || lowered === 'gmt') return 0;
  const match = /^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/.exec(lowered);
  if (!match) return undefined;
  const hours = match[1] === undefined ? 0 : Number.parseInt(match[1], 10);
  const minutes = match[2] === undefined ? 0 : Number.parseInt(match[2], 10);
  return hours * 60 + (match[1]?.startsWith('-') ? -minutes : minutes);
}

/**
 * The offset of an IANA zone read from Intl: the zone's wall-clock fields of the instant (whole seconds) taken as
 * UTC, minus the instant cut to whole seconds. The same fields and arithmetic as luxon 3's IANAZone, which this
 * replaces (civil-date.test.ts compares the two), down to the floating-point steps.
 */
function intlZoneOffset(timeZone: string): ZoneOffset {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      hour12: false,
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
  } catch {
    throw new InterkalError('invalid-option', 'timeZone', timeZone, 'an IANA time zone');
  }
  return (ts) => {
    const field: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
    for (const { type, value } of format.formatToParts(ts)) field[type] = value;
    const number = (type: Intl.DateTimeFormatPartTypes): number => Number.parseInt(field[type]!, 10);
    const year = field.era === 'BC' ? 1 - number('year') : number('year');
    // hour12: false writes midnight as 24 in some ICU versions (of the same day).
    const hour = number('hour') === 24 ? 0 : number('hour');
    const asUtc = Date.UTC(
      year,
      number('month') - 1,
      number('day'),
      hour,
      number('minute'),
      number('second'),
    );
    const millis = ts % 1000;
    return (asUtc - (ts - (millis >= 0 ? millis : 1000 + millis))) / (60 * 1000);
  };
}

/** Zones looked up so far (only valid ones: an invalid name throws); bounded, oldest dropped first. */
const zoneOffsets = new Map<string, ZoneOffset>();
const MAX_ZONES = 64;

function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

function zoneOffset(timeZone: string): ZoneOffset {
  const known = zoneOffsets.get(timeZone);
  if (known) return known;
  const fixed = fixedOffsetMinutes(timeZone);
  return remember(
    zoneOffsets,
    timeZone,
    fixed === undefined ? intlZoneOffset(timeZone) : () => fixed,
    MAX_ZONES,
  );
}

/** The wall-clock fields of an instant as the UTC fields of a Date: the instant shifted by the zone offset. */
/** Minutes a time zone is ahead of UTC at an instant (Europe/Berlin in March: 60). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  return zoneOffset(timeZone)(instant.getTime());
}

function zoned(instant: Date, timeZone: string): Date {
  const ts = instant.getTime();
  if (Number.isNaN(ts)) throw new InterkalError('invalid-option', 'timeZone', timeZone, 'an IANA time zone');
  return new Date(ts + zoneOffset(timeZone)(ts) * 60 * 1000);
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
const KOLKATA_ERAS = [
  [Number.NEGATIVE_INFINITY, 321, 390],
  [Date.UTC(1945, 9, 14, 17, 30), 330, 330],
] as const;

export const OFFSET_ERAS: Readonly<
  Record<string, readonly (readonly [from: number, least: number, greatest: number])[]>
> = {
  'Asia/Kolkata': KOLKATA_ERAS,
  // The same zone under the name ICU calls canonical: a place's "Asia/Kolkata" becomes this in Node 20's Intl.
  'Asia/Calcutta': KOLKATA_ERAS,
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

/**
 * Civil dates that needed Intl, by zone and instant, over all zones: a place's ten years of Hindu festivals ask
 * about 2,300. It was 50,000 a zone for 64 zones, which places in many zones could fill to 160 MB (52 bytes a Map
 * entry with its number key); 20,000 in all is about 3 MB (cache-budget.test.ts).
 */
export const CIVIL_DATES_CACHED = 20_000;
const civilDates = boundedCache<Fixed>('civil dates', CIVIL_DATES_CACHED);

/** The civil (wall-clock) date of an instant in a time zone, as a fixed day (memoized: rules ask again per query). */
export function civilDateOf(instant: Date, timeZone: string): Fixed {
  const ts = instant.getTime();
  // The era bounds cost less than a cache lookup, and keep the default places' instants out of the cache.
  const bounded = Number.isNaN(ts) ? undefined : dateWithinBounds(ts, timeZone);
  if (bounded !== undefined) return bounded;
  return cachedIn(civilDates, `${timeZone}|${ts}`, () => {
    const local = zoned(instant, timeZone);
    return fixedFromGregorian(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  });
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

/**
 * The instant a civil day begins: its local midnight read at the offset in force a day before or a day after (the
 * earlier, where both fit: a midnight that happens twice as clocks go back begins the day the first time); if
 * neither fits, the clocks jumped over midnight and the day begins at the jump, as luxon's DateTime.fromObject
 * has it (it chooses between two midnights by the offset in force now, so that its answer changed with the
 * season).
 */
export function startOfCivilDay(date: Fixed, timeZone: string): Date {
  const { year, month, day } = gregorianFromFixed(date);
  const offset = zoneOffset(timeZone);
  const midnight = Date.UTC(year, month - 1, day);
  const offsets = [offset(midnight - MS_PER_DAY), offset(midnight + MS_PER_DAY)];
  let first = Number.POSITIVE_INFINITY;
  for (const guess of offsets) {
    const instant = midnight - guess * 60 * 1000;
    if (offset(instant) === guess) first = Math.min(first, instant);
  }
  return new Date(Number.isFinite(first) ? first : midnight - Math.min(...offsets) * 60 * 1000);
}

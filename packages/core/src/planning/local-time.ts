import { Body, MakeTime, Observer, SearchRiseSet } from 'astronomy-engine';
import type { Place } from '../types.js';

/** Calendar-day arithmetic on YYYY-MM-DD strings, in UTC so no zone or DST shifts a day. */
const MS_PER_DAY = 86_400_000;

export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

// One formatter per zone: a handful in practice. Zone names are caller-chosen (and case-insensitive, so
// spellings multiply): the memo is emptied when it reaches MAX_FORMATTERS.
const MAX_FORMATTERS = 64;
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    if (FORMATTERS.size >= MAX_FORMATTERS) FORMATTERS.clear();
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(instant: Date, timeZone: string): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

/** Minutes the zone is ahead of UTC at that instant (Europe/Berlin in March: 60). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const f = wallClock(instant, timeZone);
  const asUtc = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** ISO 8601 with the zone's offset, to the minute: "2026-03-19T18:41+01:00". */
export function isoWithOffset(instant: Date, timeZone: string): string {
  // Round to the nearest minute first, as published timetables do.
  const rounded = new Date(Math.round(instant.getTime() / 60_000) * 60_000);
  const f = wallClock(rounded, timeZone);
  const offset = offsetMinutes(rounded, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(n).padStart(2, '0');
  const hh = pad(Math.floor(Math.abs(offset) / 60));
  const mm = pad(Math.abs(offset) % 60);
  return `${f.year}-${pad(f.month!)}-${pad(f.day!)}T${pad(f.hour!)}:${pad(f.minute!)}${sign}${hh}:${mm}`;
}

/** The instant of local midnight starting a calendar day in a zone (DST changes happen at night, not at 0:00). */
function localMidnight(iso: string, timeZone: string): Date {
  const utcMidnight = new Date(`${iso}T00:00:00Z`);
  const offset = offsetMinutes(new Date(utcMidnight.getTime() + 12 * 3_600_000), timeZone);
  return new Date(utcMidnight.getTime() - offset * 60_000);
}

/**
 * Sunrise or sunset on a local calendar day: the Sun's upper limb on the horizon with standard refraction, as
 * almanacs print it. Undefined where the Sun does not rise or set that day (polar day or night).
 */
export function sunEvent(iso: string, place: Place, event: 'sunrise' | 'sunset'): Date | undefined {
  const start = localMidnight(iso, place.timeZone);
  const found = SearchRiseSet(
    Body.Sun,
    new Observer(place.latitude, place.longitude, 0),
    event === 'sunrise' ? +1 : -1,
    MakeTime(start),
    1,
  );
  return found?.date;
}

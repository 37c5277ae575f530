import { utcOffsetMinutes } from '../astronomy/civil-date.js';
import { MS_PER_DAY, MS_PER_MINUTE } from '../time/day.js';

/** Calendar-day arithmetic on YYYY-MM-DD strings, in UTC so no zone or DST shifts a day. */
export function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO 8601 with the zone's offset, to the minute: "2026-03-19T18:41+01:00". */
export function isoWithOffset(instant: Date, timeZone: string): string {
  // Round to the nearest minute first, as published timetables do.
  const rounded = new Date(Math.round(instant.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE);
  const offset = utcOffsetMinutes(rounded, timeZone);
  const wallClock = new Date(rounded.getTime() + offset * MS_PER_MINUTE).toISOString().slice(0, 16);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${wallClock}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

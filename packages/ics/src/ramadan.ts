import { localeInfo, type RamadanDay } from '@interkal/core';
import ical, { escape as escapeText, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { PHRASES } from './phrases.js';
import { FIXED_STAMP } from './stamp.js';

export interface RenderRamadanOptions {
  name: string;
  /** Domain that makes UIDs unique: `ramadan-{date}-{placeKey}@{host}`. */
  host: string;
  locale: string;
  /** The place's IANA zone (X-WR-TIMEZONE): clients show the UTC times in it. */
  timeZone: string;
  /** A stable key of the place (a city slug or "lat,lon"), part of every UID. */
  placeKey: string;
  /** The place's name, for the description. */
  placeName?: string;
  /** The method's name, for the description. */
  method: string;
  now?: Date;
}

const REFRESH_SECONDS = 24 * 60 * 60;

/**
 * One timed VEVENT per fasting day, from imsak to iftar. Times are written in UTC (RFC 5545 form 2), which every
 * client converts without a VTIMEZONE; X-WR-TIMEZONE names the place's zone, and the description gives the local
 * clock times as the place's timetable prints them.
 */
export function renderRamadanCalendar(days: readonly RamadanDay[], options: RenderRamadanOptions): string {
  const { language } = localeInfo(options.locale);
  const phrases = PHRASES[language];
  const calendar = ical({
    prodId: { company: 'interkal', product: 'interkal', language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: escapeText(options.name, false),
    description: escapeText(phrases.ramadanFeed(options.placeName), false),
    ttl: REFRESH_SECONDS,
    x: { 'X-WR-TIMEZONE': options.timeZone },
  });
  for (const day of days) {
    calendar.createEvent({
      id: `ramadan-${day.date}-${options.placeKey}@${options.host}`,
      start: new Date(day.imsak),
      end: new Date(day.iftar),
      stamp: options.now ?? FIXED_STAMP,
      summary: phrases.ramadanDay(day.day),
      description: phrases.ramadanTimes(
        day.imsak.slice(11, 16),
        day.iftar.slice(11, 16),
        options.placeName,
        options.method,
      ),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}

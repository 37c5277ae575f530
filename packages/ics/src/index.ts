import { addDays, type Locale, localeInfo, type Occurrence } from '@interkal/core';
import ical, {
  escape as escapeText,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventTransparency,
} from 'ical-generator';
import { foldLines } from './fold.js';
import { PHRASES } from './phrases.js';
import { FIXED_STAMP } from './stamp.js';

export { type RenderRamadanOptions, renderRamadanCalendar } from './ramadan.js';
export { FIXED_STAMP } from './stamp.js';

export interface RenderCalendarOptions {
  /** Calendar name shown by clients (NAME, X-WR-CALNAME). */
  name: string;
  /** One-line description (X-WR-CALDESC). */
  description: string;
  /** Domain that makes UIDs globally unique: `{id}-{date}[-{variant}]@{host}`. */
  host: string;
  /**
   * Language of the fixed sentences and dates ("de", "de-DE", "de_AT", …; resolved by core's resolveLocale).
   * Names, descriptions and tradition names come localized in the occurrences: ask getHolidays in the same locale.
   */
  locale: string;
  /** A page for each holiday (URL property); omit or return undefined for none. */
  url?: (occurrence: Occurrence) => string | undefined;
  /**
   * DTSTAMP of every event. Default: FIXED_STAMP, so the same occurrences always render to the same bytes
   * (ETags stay valid, clients see no spurious changes). Pass the data's release instant if you have one.
   */
  now?: Date;
  /** X-WR-TIMEZONE; all-day dates are floating, this only guides clients that ask. Default "Europe/Berlin". */
  timeZone?: string;
  /** The place of the occurrences' `startsAt` (a city's name), named in the line saying when a holiday begins. */
  placeName?: string;
}

/** Clients re-fetch daily: dates for a year never move, but a new data release may fix one. */
const REFRESH_SECONDS = 24 * 60 * 60;

/** One VCALENDAR with an all-day VEVENT per occurrence, RFC 5545 folded and escaped. Pure and deterministic. */
export function renderCalendar(occurrences: readonly Occurrence[], options: RenderCalendarOptions): string {
  const { language: locale, tag } = localeInfo(options.locale);
  const calendar = ical({
    prodId: { company: 'interkal', product: 'interkal', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    // ical-generator 10.2.0 writes NAME, X-WR-CALNAME and X-WR-CALDESC unescaped.
    name: escapeText(options.name, false),
    description: escapeText(options.description, false),
    ttl: REFRESH_SECONDS,
    x: { 'X-WR-TIMEZONE': options.timeZone ?? 'Europe/Berlin' },
  });
  // Rendered before any event is added: the envelope with the calendar properties, folded by ical-generator.
  const envelope = calendar.toString();
  const stamp = options.now ?? FIXED_STAMP;
  const fullDate = new Intl.DateTimeFormat([tag, locale], {
    dateStyle: 'full',
    timeZone: 'UTC',
  });
  const events = occurrences.map((occurrence) => {
    const url = options.url?.(occurrence);
    const event = new ICalEvent(
      {
        id: eventUid(occurrence, options.host),
        allDay: true,
        // Date-only strings parse as UTC and ical-generator prints them with UTC getters: no host zone involved.
        start: occurrence.date,
        end: addDays(occurrence.endDate, 1),
        stamp,
        summary: occurrence.name,
        description: eventDescription(occurrence, locale, fullDate, options.placeName),
        categories: [{ name: occurrence.traditionName }],
        transparency: ICalEventTransparency.TRANSPARENT,
        ...(url === undefined ? {} : { url }),
      },
      calendar,
    );
    return foldLines(event.toString());
  });
  // Events go last, after every calendar property, as RFC 5545's `icalbody = calprops component` orders them
  // (ical-generator would put X- properties after the events). The final CRLF ends the last content line.
  const end = 'END:VCALENDAR';
  return `${envelope.slice(0, -end.length)}${events.join('')}${end}\r\n`;
}

/** Stable across renders and data releases as long as the holiday keeps its date. */
export function eventUid(occurrence: Occurrence, host: string): string {
  const variant = occurrence.variant === undefined ? '' : `-${occurrence.variant}`;
  return `${occurrence.id}-${occurrence.date}${variant}@${host}`;
}

function eventDescription(
  occurrence: Occurrence,
  locale: Locale,
  fullDate: Intl.DateTimeFormat,
  placeName: string | undefined,
): string {
  const phrases = PHRASES[locale];
  const lines = [occurrence.description];
  if (occurrence.startsAt !== undefined) {
    // startsAt is the place's wall-clock time with its offset: its date and HH:MM are what the reader's clock says.
    const evening = fullDate.format(utcDate(occurrence.startsAt.slice(0, 10)));
    lines.push(phrases.beginsAt(evening, occurrence.startsAt.slice(11, 16), placeName));
  } else if (occurrence.startsEvening) {
    lines.push(phrases.beginsAtSunset(fullDate.format(utcDate(addDays(occurrence.date, -1)))));
  }
  if (occurrence.nativeDate !== undefined) lines.push(phrases.nativeDate(occurrence.nativeDate));
  if (occurrence.uncertainty !== null) lines.push(phrases.note(occurrence.uncertainty.note));
  return lines.join('\n');
}

function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

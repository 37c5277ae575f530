// Hand-written iCalendar files for the tests of the date check, and the day arithmetic their expectations use:
// JavaScript's own Date and Intl, never ical.js or @interkal/core (RFC 5545 3.3.10 says what each rule means).

/** A VCALENDAR of the given events; each is its lines between BEGIN:VEVENT and END:VEVENT, less DTSTAMP. */
export const calendarFile = (...events: string[][]): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//recurrence//EN',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

/** `iso` plus `days` days, by the UTC calendar of Date. */
export const plusDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The English weekday name of a day ("Tuesday"), by Intl. */
export const weekday = (iso: string): string =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

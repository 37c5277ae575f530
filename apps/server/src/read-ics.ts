import { addDays, InterkalError } from '@interkal/core';
import ICAL from 'ical.js';

/** Largest .ics a request may send: a school year of exams is a few kilobytes, a busy work calendar ~100 KB. */
export const MAX_ICS_BYTES = 256 * 1024;
/** Most events one request checks (the library checks 100 days or ranges per call). */
export const MAX_ICS_EVENTS = 500;

export interface IcsEvent {
  uid: string;
  summary: string;
  /** The days the event touches, "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD", as checkDates reads them. */
  dates: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayOf = (time: ICAL.Time) => `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;

/**
 * The VEVENTs of an iCalendar text, each with the civil days it touches as its calendar app shows them: the
 * wall-clock date of DTSTART in its own zone, to the last day before an exclusive all-day DTEND or the day a timed
 * event ends. Recurring events count with their first occurrence. Parsed by ical.js (Mozilla's RFC 5545 parser).
 * @throws InterkalError naming `body` when the text is not iCalendar or holds too many events.
 */
export function readIcsEvents(text: string): IcsEvent[] {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch {
    throw new InterkalError('invalid-option', 'body', '(not iCalendar)', 'an iCalendar file (RFC 5545)');
  }
  if (root.name !== 'vcalendar') {
    throw new InterkalError('invalid-option', 'body', root.name, 'an iCalendar file with a VCALENDAR');
  }
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length === 0) {
    throw new InterkalError(
      'invalid-option',
      'body',
      '(no events)',
      'an iCalendar file with at least one VEVENT',
    );
  }
  if (vevents.length > MAX_ICS_EVENTS) {
    throw new InterkalError(
      'invalid-option',
      'body',
      `${vevents.length} events`,
      `at most ${MAX_ICS_EVENTS} events`,
    );
  }
  return vevents.map((vevent, index) => {
    const event = new ICAL.Event(vevent);
    const uid = typeof event.uid === 'string' && event.uid !== '' ? event.uid : `#${index + 1}`;
    const summary = typeof event.summary === 'string' ? event.summary : '';
    let start: ICAL.Time | null;
    let end: ICAL.Time | null;
    try {
      start = event.startDate;
      end = event.endDate;
    } catch {
      start = null;
      end = null;
    }
    if (!start) throw new InterkalError('invalid-option', 'body', uid, 'events with a DTSTART');
    const from = dayOf(start);
    let to = end ? dayOf(end) : from;
    // DTEND is exclusive: an all-day event ends the day before, a timed one ending at midnight the same.
    const endsAtMidnight = end && (end.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0));
    if (endsAtMidnight && to > from) to = addDays(to, -1);
    if (to < from) to = from;
    return {
      uid: uid.slice(0, 500),
      summary: summary.slice(0, 500),
      dates: to === from ? from : `${from}..${to}`,
    };
  });
}

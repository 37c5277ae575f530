import { addDays, InterkalError, MAX_CHECK_ITEMS, MAX_YEAR } from '@interkal/core';
import ICAL from 'ical.js';
import { type CutOffReason, expandEvent } from './expand-recurrence.js';

/** Largest .ics a request may send: a school year of exams is a few kilobytes, a busy work calendar ~100 KB. */
export const MAX_ICS_BYTES = 256 * 1024;
/** Most VEVENTs a file may hold. */
export const MAX_ICS_EVENTS = 500;
/** Most dates one file checks, occurrences of recurring events included: the work 500 single events were. */
export const MAX_ICS_OCCURRENCES = 500;
/** Most occurrences of one recurring event: one library check (MAX_CHECK_ITEMS), a school year of weekly dates. */
export const MAX_OCCURRENCES_PER_EVENT = MAX_CHECK_ITEMS;
/**
 * Candidate dates ical.js may try for one event and for a whole file. A weekly or daily rule takes one per
 * occurrence, FREQ=HOURLY;BYHOUR=9;BYDAY=TU seven; FREQ=SECONDLY 86 400 a day. One try costs 50–100 µs, so the
 * worst file (500 events of FREQ=SECONDLY) reads in 0.7–1.0 s, as long as a request with 500 single events takes.
 */
export const MAX_STEPS_PER_EVENT = 1_000;
export const MAX_STEPS_PER_FILE = 10_000;

export type { CutOffReason };

export interface IcsEvent {
  uid: string;
  summary: string;
  /** The days the event touches, "YYYY-MM-DD" or "YYYY-MM-DD..YYYY-MM-DD", as checkDates reads them. */
  dates: string;
}

/** A recurring event whose later occurrences were not checked. */
export interface IcsCutOff {
  uid: string;
  summary: string;
  /** How many of its occurrences were checked, and the last of them. */
  checked: number;
  lastDates: string | null;
  reason: CutOffReason;
  /** The number the reason refers to: occurrences per event or file, the steps this event had, or the last year. */
  limit: number;
}

export interface IcsReading {
  /** One entry per checked occurrence, in file order, an event's occurrences by date. */
  events: IcsEvent[];
  cutOff: IcsCutOff[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayOf = (time: ICAL.Time) => `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;

/** The days an occurrence touches: DTEND is exclusive, so an all-day one ends the day before, a midnight end too. */
function datesOf(start: ICAL.Time, end: ICAL.Time | null): string {
  const from = dayOf(start);
  let to = end ? dayOf(end) : from;
  const endsAtMidnight = end && (end.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0));
  if (endsAtMidnight && to > from) to = addDays(to, -1);
  if (to < from) to = from;
  return to === from ? from : `${from}..${to}`;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '').slice(0, 500);

function readCalendar(text: string): ICAL.Component[] {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    // ical.js names what it could not read (a FREQ=FOO, a BYDAY=XX); the message escapes it wherever it is shown.
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw new InterkalError(
      'invalid-option',
      'body',
      `(not iCalendar${reason})`,
      'an iCalendar file (RFC 5545)',
    );
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
  return vevents;
}

/**
 * The series of a file: each VEVENT without RECURRENCE-ID with the overrides of its UID related to it; an override
 * whose series is not in the file stands alone.
 */
function seriesOf(vevents: ICAL.Component[]): { event: ICAL.Event; uid: string }[] {
  const uidOf = (vevent: ICAL.Component, index: number) => {
    const uid = vevent.getFirstPropertyValue('uid');
    return typeof uid === 'string' && uid !== '' ? uid : `#${index + 1}`;
  };
  const masters = new Map<string, ICAL.Event>();
  const series: { event: ICAL.Event; uid: string; vevent: ICAL.Component }[] = [];
  vevents.forEach((vevent, index) => {
    if (vevent.hasProperty('recurrence-id')) return;
    const uid = uidOf(vevent, index);
    const event = new ICAL.Event(vevent);
    if (!masters.has(uid)) masters.set(uid, event);
    series.push({ event, uid, vevent });
  });
  vevents.forEach((vevent, index) => {
    if (!vevent.hasProperty('recurrence-id')) return;
    const uid = uidOf(vevent, index);
    const master = masters.get(uid);
    if (master) master.relateException(vevent);
    else series.push({ event: new ICAL.Event(vevent), uid, vevent });
  });
  const order = new Map(vevents.map((vevent, index) => [vevent, index]));
  return series.sort((a, b) => order.get(a.vevent)! - order.get(b.vevent)!);
}

/**
 * The VEVENTs of an iCalendar text as dates to check, each occurrence with the civil days it touches as its
 * calendar app shows them: the wall-clock date of DTSTART in its own zone, to the last day before an exclusive
 * all-day DTEND or the day a timed event ends. Recurring events (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides)
 * are expanded by ical.js (Mozilla's RFC 5545 parser), at most MAX_OCCURRENCES_PER_EVENT each and
 * MAX_ICS_OCCURRENCES in all, through MAX_YEAR; `cutOff` names every series that goes on beyond that.
 * @throws InterkalError naming `body` when the text is not iCalendar, holds too many events or a malformed rule.
 */
export function readIcsEvents(text: string): IcsReading {
  const series = seriesOf(readCalendar(text));
  const events: IcsEvent[] = [];
  const cutOff: IcsCutOff[] = [];
  let stepsLeft = MAX_STEPS_PER_FILE;
  series.forEach(({ event, uid }, index) => {
    let start: ICAL.Time | null;
    try {
      start = event.startDate;
    } catch {
      start = null;
    }
    if (!start) throw new InterkalError('invalid-option', 'body', uid, 'events with a DTSTART');
    // Each later series keeps room for its first occurrence.
    const room = MAX_ICS_OCCURRENCES - events.length - (series.length - index - 1);
    const occurrenceLimit = Math.min(MAX_OCCURRENCES_PER_EVENT, room);
    const stepLimit = Math.min(MAX_STEPS_PER_EVENT, stepsLeft);
    let expansion: ReturnType<typeof expandEvent>;
    try {
      // ical.js reads an RRULE without FREQ and fails on it only later, with a TypeError that names nothing.
      const rules = event.component.getAllProperties('rrule').map((property) => property.getFirstValue());
      if (rules.some((rule) => !(rule instanceof ICAL.Recur) || !rule.freq))
        throw new Error('an RRULE without FREQ');
      expansion = expandEvent(event, datesOf, { occurrences: occurrenceLimit, steps: stepLimit });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InterkalError(
        'invalid-option',
        'body',
        `${uid}: ${reason}`,
        'recurrence rules (RRULE, RDATE, EXDATE) as RFC 5545 defines them',
      );
    }
    stepsLeft -= expansion.stepsUsed;
    const fallback = textOf(event.summary);
    const dated = expansion.occurrences
      .map(({ start: from, end, summary }) => ({
        dates: datesOf(from, end),
        summary: textOf(summary) || fallback,
      }))
      .sort((a, b) => (a.dates < b.dates ? -1 : a.dates > b.dates ? 1 : 0));
    for (const { dates, summary } of dated) events.push({ uid: uid.slice(0, 500), summary, dates });
    if (expansion.cutOff) {
      const reason: CutOffReason =
        expansion.cutOff === 'occurrences' && occurrenceLimit < MAX_OCCURRENCES_PER_EVENT
          ? 'file'
          : expansion.cutOff;
      const limit = {
        occurrences: MAX_OCCURRENCES_PER_EVENT,
        file: MAX_ICS_OCCURRENCES,
        steps: stepLimit,
        'last-year': MAX_YEAR,
      }[reason];
      cutOff.push({
        uid: uid.slice(0, 500),
        summary: fallback,
        checked: dated.length,
        lastDates: dated.at(-1)?.dates ?? null,
        reason,
        limit,
      });
    }
  });
  return { events, cutOff };
}

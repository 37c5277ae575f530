import { MAX_YEAR } from '@interkal/core';
import ICAL from 'ical.js';

/** Why an event's occurrences were cut off: its own cap, the file's, the step budget, or the last checkable year. */
export type CutOffReason = 'occurrences' | 'file' | 'steps' | 'last-year';

export interface OccurrenceLimits {
  /** Most distinct occurrences to keep. */
  occurrences: number;
  /** Most work ical.js may do for them, in steps (see the guards below). */
  steps: number;
}

export interface Expansion {
  /** Distinct occurrences in series order: start, end and the label of the instance (an override's own). */
  occurrences: { start: ICAL.Time; end: ICAL.Time | null; summary: string }[];
  /** Set when the series goes on beyond what was kept. */
  cutOff?: 'occurrences' | 'steps' | 'last-year';
  stepsUsed: number;
}

interface Budget {
  stepsLeft: number;
  /** The budget ran out: the series may go on. */
  exhausted: boolean;
  /** A candidate fell after MAX_YEAR while the rule had not ended. */
  pastLastYear: boolean;
}

/** The budget of the expansion running now: ical.js iterates synchronously, so there is at most one. */
let running: Budget | undefined;

/** Walking this many days one by one costs about as much as trying one candidate (2.3 µs a day, ~50 µs a try). */
const DAYS_PER_STEP = 16;

/** RecurIterator#init looks for a year a YEARLY rule fits up to UNTIL's year, else up to this one. */
const ICAL_LAST_SEARCHED_YEAR = 20_000;

type Guarded = 'check_contracting_rules' | 'expand_year_days' | 'increment_monthday';
/** The RecurIterator state the guards read and end; ical.js declares some of it private. */
interface IteratorState {
  last: ICAL.Time;
  rule: ICAL.Recur;
  completed: boolean;
  days: number[];
}
const iteratorMethods = ICAL.RecurIterator.prototype as unknown as Record<
  Guarded,
  (this: IteratorState, ...args: unknown[]) => unknown
>;

/**
 * Whether the iterator may go on: charges `cost` steps; past MAX_YEAR or out of budget it marks the iterator
 * completed, which makes ical.js's RecurExpansion drop it, with the candidate it holds, at its next call.
 */
function mayContinue(iterator: IteratorState, budget: Budget, cost: number): boolean {
  if (iterator.last.year > MAX_YEAR) {
    const until = iterator.rule.until;
    if (!until || until.year > MAX_YEAR) budget.pastLastYear = true;
  } else if (budget.stepsLeft >= cost) {
    budget.stepsLeft -= cost;
    return true;
  } else {
    budget.exhausted = true;
  }
  iterator.completed = true;
  return false;
}

// ical.js's RecurIterator looks for the next date in loops that end only when a candidate fits the rule: a rule no
// day fits (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) spins forever inside one next(), FREQ=SECONDLY tries 86 400
// candidates a day, a YEARLY rule no year fits searches to the year 20000 while the iterator is built, and
// FREQ=DAILY;INTERVAL=10000000 walks ten million days one by one (6 s). Every candidate passes through the first
// two methods and every walked day through the third, so charging there bounds any rule. When the iterator may not
// go on, each does the least that ends ical.js's loops: the candidate passes, the year is empty, no day is walked.
// Outside an expansion (`running` unset) they are ical.js's own.
const guards: Record<Guarded, (iterator: IteratorState, budget: Budget, args: unknown[]) => unknown> = {
  check_contracting_rules: (iterator, budget) => (mayContinue(iterator, budget, 1) ? undefined : true),
  expand_year_days: (iterator, budget) => {
    if (mayContinue(iterator, budget, 1)) return undefined;
    // Past the year ical.js searches to, its loops stop at once instead of trying every year up to it.
    iterator.days = [];
    iterator.last.year = Math.max(ICAL_LAST_SEARCHED_YEAR, iterator.rule.until?.year ?? 0) + 1;
    return 0;
  },
  increment_monthday: (iterator, budget, [days]) =>
    mayContinue(iterator, budget, Math.floor(Number(days) / DAYS_PER_STEP)) ? undefined : null,
};
for (const name of Object.keys(guards) as Guarded[]) {
  const original = iteratorMethods[name];
  iteratorMethods[name] = function (this: IteratorState, ...args: unknown[]) {
    const stopped = running ? guards[name](this, running, args) : undefined;
    return stopped === undefined ? original.apply(this, args) : stopped;
  };
}

const isCancelled = (event: ICAL.Event) =>
  String(event.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/** Whether an EXDATE names DTSTART: a DATE one its day, as ical.js's RecurExpansion compares them. */
function excludesStart(event: ICAL.Event): boolean {
  const start = event.startDate;
  const sameDay = (a: ICAL.Time, b: ICAL.Time) => a.year === b.year && a.month === b.month && a.day === b.day;
  return event.component
    .getAllProperties('exdate')
    .flatMap((property) => property.getValues())
    .some(
      (value) =>
        value instanceof ICAL.Time && (value.isDate ? sameDay(value, start) : value.compare(start) === 0),
    );
}

/**
 * The occurrences of an event by ical.js's own expansion (RRULE, RDATE, EXDATE; RECURRENCE-ID overrides related to
 * `event` replace their instance, a cancelled one removes it), deduplicated by `key`, within `limits`. The first
 * occurrence is kept even after MAX_YEAR so that such an event is refused like a single one.
 * @throws Error from ical.js when a rule is malformed (BYDAY=7MO in a monthly rule, no FREQ).
 */
export function expandEvent(
  event: ICAL.Event,
  key: (start: ICAL.Time, end: ICAL.Time | null) => string,
  limits: OccurrenceLimits,
): Expansion {
  const occurrences: Expansion['occurrences'] = [];
  const seen = new Set<string>();
  const budget: Budget = { stepsLeft: limits.steps, exhausted: false, pastLastYear: false };
  let cutOff: Expansion['cutOff'];
  running = budget;
  try {
    const iterator = event.iterator();
    for (let time = iterator.next(); time; time = iterator.next()) {
      // An RDATE after MAX_YEAR (the rule's own candidates end in the guards).
      if (time.year > MAX_YEAR && occurrences.length > 0) {
        cutOff = 'last-year';
        break;
      }
      const details = event.getOccurrenceDetails(time);
      if (details.item !== event && isCancelled(details.item)) continue;
      const end = details.endDate ?? null;
      const id = key(details.startDate, end);
      if (seen.has(id)) continue;
      if (occurrences.length === limits.occurrences) {
        cutOff = 'occurrences';
        break;
      }
      seen.add(id);
      const summary = details.item.summary;
      occurrences.push({
        start: details.startDate,
        end,
        summary: typeof summary === 'string' ? summary : '',
      });
    }
  } finally {
    running = undefined;
  }
  if (occurrences.length === 0 && !excludesStart(event)) {
    // ical.js yields nothing for a rule it finds no date for (a YEARLY rule no year fits, COUNT=-1); RFC 5545
    // 3.8.5.3 counts DTSTART as the first instance all the same, and an event must not vanish from the check.
    const details = event.getOccurrenceDetails(event.startDate);
    if (details.item === event || !isCancelled(details.item)) {
      const summary = details.item.summary;
      occurrences.push({
        start: details.startDate,
        end: details.endDate ?? null,
        summary: typeof summary === 'string' ? summary : '',
      });
    }
  }
  if (!cutOff && budget.exhausted) {
    cutOff = occurrences.length === limits.occurrences ? 'occurrences' : 'steps';
  }
  if (!cutOff && budget.pastLastYear) cutOff = 'last-year';
  return { occurrences, stepsUsed: limits.steps - budget.stepsLeft, ...(cutOff ? { cutOff } : {}) };
}

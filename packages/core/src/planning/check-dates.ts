import { InterkalError, MAX_YEAR, MIN_YEAR } from '../errors.js';
import type { Holidays } from '../holidays.js';
import { localize, resolveLocale } from '../locale.js';
import { normalizePlace } from '../place.js';
import { getHolidays } from '../query.js';
import type { HolidayQuery, VariantOptions } from '../query-options.js';
import type { Locale, LocalizedText, Occurrence, Place } from '../types.js';
import { findCity, placeOf } from './cities.js';
import { dayNumber, isoOfDay } from './local-time.js';
import { type Fasting, type Impact, OBSERVANCE, observanceOn } from './observance.js';
import {
  type ExemptionKind,
  isStateCode,
  type Regulation,
  SCHOOL_EXEMPTIONS,
  STATE_CODES,
  type StateCode,
} from './school-exemptions.js';

export interface CheckDatesOptions extends VariantOptions {
  /** Days ("2026-09-21") or inclusive ranges ("2026-09-20..2026-09-22"); at most MAX_ITEMS. */
  dates: readonly string[];
  /** Language of names and notes. Default "en". */
  locale?: string;
  traditions?: readonly string[];
  /** Default: major and minor (the `observance` rows, such as international days, are not conflicts). */
  importance?: readonly string[];
  /** German state code (NW, BY, …): adds that state's school exemption to each conflict. */
  state?: string;
  /** A city of cities.ts ("duisburg", "munich"): the place for `startsAt`. Alternative to `place`. */
  city?: string;
}

export type SchoolExemptionResult =
  | {
      state: StateCode;
      status: 'listed';
      kind: ExemptionKind;
      /** The holiday's days (YYYY-MM-DD) in the checked range that the regulation names. */
      days: string[];
      /** Only this many of the listed days, the family's choice. */
      pick?: number;
      asWritten: string;
      source: Regulation;
    }
  | {
      state: StateCode;
      status: 'general';
      kind: ExemptionKind;
      text: string;
      /** The language `text` is in: the requested one, or "en" where it has no translation yet. */
      textLocale: Locale;
      source: Regulation;
    }
  | { state: StateCode; status: 'not-listed'; source: Regulation }
  | { state: StateCode; status: 'unknown'; text: string; textLocale: Locale };

export interface Conflict {
  id: string;
  name: string;
  /** "en" when `name` has no documented form in the requested language yet and is English; absent otherwise. */
  nameLocale?: 'en';
  tradition: Occurrence['tradition'];
  importance: Occurrence['importance'];
  /** The holiday's own first and last civil day. */
  holidayDate: string;
  holidayEndDate: string;
  /** The holiday's days inside the checked range; empty when only its evening before is in the range. */
  days: string[];
  /** The range only touches the evening before: the holiday begins at sunset on its last day. */
  eveningBefore: boolean;
  startsEvening: boolean;
  /** Local sunset on the evening before the first day (ISO 8601 with offset), when a place or city is given. */
  startsAt?: string;
  /** The strongest of the facts on the touched days (for `eveningBefore`: from sunset on). */
  impact: Impact;
  workRestricted: boolean;
  fasting: boolean;
  fastingKind: Fasting;
  /** Undefined when we have no observance facts for this holiday. */
  hasFacts: boolean;
  note?: string;
  /** With `note`: the language it is in, the requested one or "en" where it has no translation yet. */
  noteLocale?: Locale;
  observanceSources: readonly string[];
  schoolExemption: SchoolExemptionResult | null;
  uncertainty: Occurrence['uncertainty'];
  variant?: string;
}

export interface DateCheck {
  /** The item as given (normalized): a day or "from..to". */
  date: string;
  from: string;
  to: string;
  conflicts: Conflict[];
}

export const MAX_ITEMS = 100;
export const MAX_RANGE_DAYS = 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const IMPACT_ORDER: readonly Impact[] = ['low', 'medium', 'high'];
const FASTING_ORDER: readonly Fasting[] = ['none', 'partial', 'dawn-to-dusk', 'full-day'];

function parseDay(item: string, text: string): number {
  const day = DAY.test(text) ? dayNumber(text) : Number.NaN;
  if (!Number.isFinite(day) || isoOfDay(day) !== text) {
    throw new InterkalError('invalid-date', 'dates', item, 'YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD');
  }
  const year = Number(text.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new InterkalError('year-out-of-range', 'dates', item, `days in the years ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return day;
}

function parseItem(item: unknown): { from: number; to: number; label: string } {
  if (typeof item !== 'string' || item.length > 22) {
    throw new InterkalError('invalid-date', 'dates', item, 'YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD');
  }
  const [first, second, ...rest] = item.trim().split('..');
  if (rest.length > 0)
    throw new InterkalError('invalid-range', 'dates', item, 'one "..", as in 2026-09-20..2026-09-22');
  const from = parseDay(item, first!);
  const to = second === undefined ? from : parseDay(item, second);
  if (to < from)
    throw new InterkalError('invalid-range', 'dates', item, 'a range whose start is on or before its end');
  if (to - from + 1 > MAX_RANGE_DAYS) {
    throw new InterkalError('invalid-range', 'dates', item, `ranges of at most ${MAX_RANGE_DAYS} days`);
  }
  return { from, to, label: from === to ? isoOfDay(from) : `${isoOfDay(from)}..${isoOfDay(to)}` };
}

function resolvePlace(options: CheckDatesOptions): Place | undefined {
  if (options.city === undefined)
    return options.place === undefined ? undefined : normalizePlace(options.place);
  if (options.place !== undefined)
    throw new InterkalError('invalid-option', 'city', options.city, 'either city or place');
  const city = findCity(options.city);
  if (!city)
    throw new InterkalError(
      'invalid-option',
      'city',
      options.city,
      'a German city slug such as duisburg or munich',
    );
  return placeOf(city);
}

/** The language `localize(text, locale)` answers in. */
const textLocale = (text: LocalizedText, locale: Locale): Locale =>
  text[locale] === undefined ? 'en' : locale;

function schoolExemption(
  state: StateCode,
  occurrence: Occurrence,
  days: number[],
  locale: ReturnType<typeof resolveLocale>,
): SchoolExemptionResult | null {
  const rules = SCHOOL_EXEMPTIONS[state];
  if (rules.status === 'unknown') {
    return {
      state,
      status: 'unknown',
      text: localize(rules.note, locale),
      textLocale: textLocale(rules.note, locale),
    };
  }
  if (days.length === 0) return null;
  const first = dayNumber(occurrence.date);
  for (const row of rules.exemptions) {
    if (row.holiday !== occurrence.id) continue;
    const covered = days.filter((day) => row.days.includes(day - first));
    if (covered.length === 0) continue;
    return {
      state,
      status: 'listed',
      kind: row.kind,
      days: covered.map(isoOfDay),
      ...(row.pick === undefined ? {} : { pick: row.pick }),
      asWritten: row.asWritten,
      source: row.source ?? rules.regulation,
    };
  }
  if (rules.general) {
    return {
      state,
      status: 'general',
      kind: rules.general.kind,
      text: localize(rules.general.text, locale),
      textLocale: textLocale(rules.general.text, locale),
      source: rules.regulation,
    };
  }
  return { state, status: 'not-listed', source: rules.regulation };
}

function strongest<T>(order: readonly T[], values: T[], fallback: T): T {
  return values.reduce(
    (best, value) => (order.indexOf(value) > order.indexOf(best) ? value : best),
    fallback,
  );
}

/** For each day or range, the holidays that touch it and what they mean for planning (createDateCheck). */
export type DateCheckFunction = (options: CheckDatesOptions) => { dates: DateCheck[] };

/**
 * A date check over one instance's holidays (createHolidays; its traditions and name tables): for each day or
 * range, every holiday whose days touch it — or whose evening before falls on its last day — with what it means
 * for planning: impact, work restriction, fasting, the state's school exemption and, for a place, the local
 * sunset at which it begins. Built on getHolidays only.
 * The function it returns throws InterkalError for a bad date or range, too many items, an unknown state, city or
 * option.
 */
export function createDateCheck(holidays: Pick<Holidays, 'getHolidays'>): DateCheckFunction {
  return (options) => checkDatesWith(holidays.getHolidays, options);
}

/** {@link createDateCheck} over every tradition, names in the built-in locales. */
export const checkDates: DateCheckFunction = createDateCheck({ getHolidays });

function checkDatesWith(
  getHolidays: Holidays['getHolidays'],
  options: CheckDatesOptions,
): { dates: DateCheck[] } {
  if (!Array.isArray(options?.dates) || options.dates.length === 0 || options.dates.length > MAX_ITEMS) {
    throw new InterkalError(
      'invalid-option',
      'dates',
      options?.dates,
      `a list of 1–${MAX_ITEMS} days or ranges`,
    );
  }
  const items = options.dates.map(parseItem);
  const locale = resolveLocale(options.locale);
  if (options.state !== undefined && !isStateCode(options.state)) {
    throw new InterkalError('invalid-option', 'state', options.state, STATE_CODES.join(', '));
  }
  const state = options.state as StateCode | undefined;
  const place = resolvePlace(options);
  const base: HolidayQuery = {
    jewish: options.jewish,
    islamicMethod: options.islamicMethod,
    crescentCriterion: options.crescentCriterion,
    islamicCountry: options.islamicCountry,
    vesak: options.vesak,
    sikhCalendar: options.sikhCalendar,
    place,
    locale,
    importance: options.importance ?? ['major', 'minor'],
    ...(options.traditions === undefined ? {} : { traditions: options.traditions }),
  };
  // Measured (warm): a whole year 9.6 ms, a two-day window 1.1 ms; the first query touching a year costs
  // ~38 ms either way (the rules compute the whole year). So a year holding 8 or more items is queried once and
  // shared; fewer items get their own windows. Windows reach one day past the item for a holiday beginning on
  // the evening of its last day.
  const itemsPerYear = new Map<number, number>();
  const yearOf = (day: number) => Number(isoOfDay(day).slice(0, 4));
  for (const { from } of items) itemsPerYear.set(yearOf(from), (itemsPerYear.get(yearOf(from)) ?? 0) + 1);
  const byYear = new Map<number, Occurrence[]>();
  const lastDay = dayNumber(`${MAX_YEAR}-12-31`);
  const window = (from: number, to: number) =>
    getHolidays({ ...base, from: isoOfDay(from), to: isoOfDay(Math.min(to + 1, lastDay)) });
  const occurrencesFor = (from: number, to: number): Occurrence[] => {
    const year = yearOf(from);
    if (yearOf(to) !== year || (itemsPerYear.get(year) ?? 0) < 8) return window(from, to);
    let occurrences = byYear.get(year);
    if (!occurrences) {
      occurrences = window(dayNumber(`${year}-01-01`), dayNumber(`${year}-12-31`));
      byYear.set(year, occurrences);
    }
    return occurrences;
  };

  const dates = items.map(({ from, to, label }): DateCheck => {
    const conflicts: Conflict[] = [];
    for (const occurrence of occurrencesFor(from, to)) {
      const first = dayNumber(occurrence.date);
      const last = dayNumber(occurrence.endDate);
      const days: number[] = [];
      for (let day = Math.max(first, from); day <= Math.min(last, to); day++) days.push(day);
      const eveningBefore = days.length === 0;
      // Besides the holidays on the range's days, those beginning on the evening of its last day.
      if (eveningBefore && !(occurrence.startsEvening && first === to + 1)) continue;
      conflicts.push(toConflict(occurrence, days, eveningBefore, { state, locale }));
    }
    return { date: label, from: isoOfDay(from), to: isoOfDay(to), conflicts };
  });
  return { dates };
}

function toConflict(
  occurrence: Occurrence,
  days: number[],
  eveningBefore: boolean,
  context: {
    state: StateCode | undefined;
    locale: ReturnType<typeof resolveLocale>;
  },
): Conflict {
  const first = dayNumber(occurrence.date);
  const facts = OBSERVANCE[occurrence.id];
  // The evening before carries the first day's facts: they hold from sunset on.
  const offsets = eveningBefore ? [0] : days.map((day) => day - first);
  const perDay = offsets.map((offset) => observanceOn(occurrence.id, offset)).filter((f) => f !== undefined);
  const fastingKind = strongest(
    FASTING_ORDER,
    perDay.map((f) => f.fasting),
    'none',
  );
  const conflict: Conflict = {
    id: occurrence.id,
    name: occurrence.name,
    tradition: occurrence.tradition,
    importance: occurrence.importance,
    holidayDate: occurrence.date,
    holidayEndDate: occurrence.endDate,
    days: days.map(isoOfDay),
    eveningBefore,
    startsEvening: occurrence.startsEvening,
    impact: strongest(
      IMPACT_ORDER,
      perDay.map((f) => f.impact),
      'low',
    ),
    workRestricted: perDay.some((f) => f.workRestricted),
    fasting: fastingKind !== 'none',
    fastingKind,
    hasFacts: facts !== undefined,
    observanceSources: facts?.sources ?? [],
    schoolExemption: context.state ? schoolExemption(context.state, occurrence, days, context.locale) : null,
    uncertainty: occurrence.uncertainty,
  };
  const note: LocalizedText | undefined = facts?.note;
  if (note) {
    conflict.note = localize(note, context.locale);
    conflict.noteLocale = textLocale(note, context.locale);
  }
  if (occurrence.nameLocale !== undefined) conflict.nameLocale = occurrence.nameLocale;
  if (occurrence.variant !== undefined) conflict.variant = occurrence.variant;
  // getHolidays gave the place's sunset on the evening before.
  if (occurrence.startsAt !== undefined) conflict.startsAt = occurrence.startsAt;
  return conflict;
}

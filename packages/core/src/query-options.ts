import { MAX_SIGHTING_LATITUDE } from './calendars/islamic-sighting.js';
import { InterkalError } from './errors.js';
import type { HolidayId } from './holiday-ids.js';
import type { localeInfo } from './locale.js';
import { formatPlace, normalizePlace } from './place.js';
import type { DateRange, RangeQuery } from './range.js';
import {
  CRESCENT_CRITERIA,
  type CrescentCriterion,
  type IdInput,
  type Importance,
  ISLAMIC_COUNTRIES,
  ISLAMIC_METHODS,
  type IslamicCountry,
  type IslamicMethod,
  JEWISH_OPTIONS,
  type JewishOption,
  type Occurrence,
  type Place,
  type RuleOptions,
  SIKH_CALENDARS,
  type SikhCalendar,
  type TraditionId,
  VESAK_VARIANTS,
  type VesakVariant,
} from './types.js';

/*
 * What a query may ask, checked the same way by every instance of createHolidays: the option types, their
 * defaults and their validation. Nothing here depends on which traditions or name tables an instance holds.
 */

export interface VariantOptions {
  /** Jewish holiday lengths: Diaspora (default) or Israel. */
  jewish?: JewishOption;
  /** How Islamic months begin (ISLAMIC_METHODS; default diyanet). */
  islamicMethod?: IslamicMethod;
  /**
   * The criterion of `islamicMethod: 'crescent'` (CRESCENT_CRITERIA). Default: the country's own, MABIMS for
   * Indonesia (as `mabims`), odeh for India, Pakistan, Morocco and a `place`.
   */
  crescentCriterion?: CrescentCriterion;
  /**
   * Whose sighting `crescent` and `mabims` predict (ISLAMIC_COUNTRIES), at the country's reference place. Without
   * it they look at `place`, and without that at India's (crescent) or Indonesia's (mabims).
   */
  islamicCountry?: IslamicCountry;
  /** Which Buddhist tradition's Vesak date. */
  vesak?: VesakVariant;
  /** Sikh Gurpurabs by the lunar calendar (default) or the Nanakshahi calendar of 2003. */
  sikhCalendar?: SikhCalendar;
  /**
   * The observer's place, for holidays that depend on local sunrise, sunset or time zone: a Place or the text
   * "LAT,LON,ZONE". Rounded to PLACE_PRECISION_DEGREES and its zone canonicalized (see normalizePlace).
   */
  place?: Place | string;
}

/** Which holidays, in which language. Lists are validated at run time: an unknown entry is an InterkalError. */
export interface HolidayFilter extends VariantOptions {
  /** Tradition ids (TRADITION_IDS); default all. */
  traditions?: readonly IdInput<TraditionId>[];
  /** Holiday ids (HOLIDAY_IDS); default all. */
  ids?: readonly IdInput<HolidayId>[];
  /** Language of names, descriptions and notes (resolveLocale: "de", "de-AT", "DE", "de_DE"). Default "en". */
  locale?: string;
  /** IMPORTANCES to include; default all. */
  importance?: readonly IdInput<Importance>[];
}

export interface HolidayQuery extends HolidayFilter, RangeQuery {
  /** Reject ranges where `to` is more than this many years after `from` (a server's bound on work). */
  maxYears?: number;
}

/** The variant options' defaults. Frozen: nothing can change another caller's answers. */
export const DEFAULT_OPTIONS: Readonly<RuleOptions> = Object.freeze({
  jewish: 'diaspora',
  islamicMethod: 'diyanet',
  crescentCriterion: undefined,
  islamicCountry: undefined,
  vesak: 'un',
  sikhCalendar: 'lunar',
  place: undefined,
});

export const VARIANT_KEYS = [
  'jewish',
  'islamicMethod',
  'crescentCriterion',
  'islamicCountry',
  'vesak',
  'sikhCalendar',
  'place',
] as const;
export const FILTER_KEYS = [...VARIANT_KEYS, 'traditions', 'ids', 'locale', 'importance'] as const;
export const QUERY_KEYS = [...FILTER_KEYS, 'year', 'from', 'to', 'maxYears'] as const;

export const list = (values: readonly string[]): string => values.join(', ');

export function oneOf<T extends string>(parameter: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InterkalError('invalid-option', parameter, value, list(allowed));
}

/** Variant options with defaults filled in and the place normalized; `options` is a snapshot (readOptions). */
export function resolveVariants(
  options: Partial<Record<(typeof VARIANT_KEYS)[number], unknown>>,
): RuleOptions {
  return checkSightingPlace({
    jewish: oneOf('jewish', options.jewish ?? DEFAULT_OPTIONS.jewish, JEWISH_OPTIONS),
    islamicMethod: oneOf(
      'islamicMethod',
      options.islamicMethod ?? DEFAULT_OPTIONS.islamicMethod,
      ISLAMIC_METHODS,
    ),
    crescentCriterion:
      options.crescentCriterion === undefined
        ? undefined
        : oneOf('crescentCriterion', options.crescentCriterion, CRESCENT_CRITERIA),
    islamicCountry:
      options.islamicCountry === undefined
        ? undefined
        : oneOf('islamicCountry', options.islamicCountry, ISLAMIC_COUNTRIES),
    vesak: oneOf('vesak', options.vesak ?? DEFAULT_OPTIONS.vesak, VESAK_VARIANTS),
    sikhCalendar: oneOf('sikhCalendar', options.sikhCalendar ?? DEFAULT_OPTIONS.sikhCalendar, SIKH_CALENDARS),
    place: options.place === undefined ? undefined : normalizePlace(options.place),
  });
}

/** `crescent` and `mabims` look at `place` unless islamicCountry is given; polar evenings have no crescent. */
function checkSightingPlace(options: RuleOptions): RuleOptions {
  const { islamicMethod, islamicCountry, place } = options;
  const sighting = islamicMethod === 'crescent' || islamicMethod === 'mabims';
  if (sighting && islamicCountry === undefined && place && Math.abs(place.latitude) > MAX_SIGHTING_LATITUDE) {
    throw new InterkalError(
      'invalid-option',
      'place',
      formatPlace(place),
      `for islamicMethod ${islamicMethod}, a place within ${MAX_SIGHTING_LATITUDE}° of the equator, or an islamicCountry (${list(ISLAMIC_COUNTRIES)})`,
    );
  }
  return options;
}

/** The most occurrences nextOccurrences gives in one call. */
export const MAX_NEXT_COUNT = 100;

export interface NextOccurrencesOptions extends VariantOptions {
  /** The first day to consider, YYYY-MM-DD: occurrences beginning on or after it. */
  from: string;
  /** How many; default 1, at most MAX_NEXT_COUNT. Fewer when the years run out (2100). */
  count?: number;
  locale?: string;
}

export interface HolidayDatesOptions extends VariantOptions {
  /** Today, YYYY-MM-DD: the day the page is read on. */
  today: string;
  /** How many dates from today on; default 5, at most MAX_NEXT_COUNT. */
  count?: number;
  locale?: string;
}

/** What a holiday page lists: this year's dates before today as well as the next ones. */
export interface HolidayDates {
  /** Occurrences of today's year that began before today; `ended` false while one still runs today. */
  earlierThisYear: { occurrence: Occurrence; ended: boolean }[];
  /** The next `count` occurrences beginning today or later (nextOccurrences). */
  upcoming: Occurrence[];
}

export interface MonthQuery extends HolidayFilter {
  /** Gregorian year 1900–2100 (a number, or its digits as text). */
  year: number | string;
  /** 1–12 (a number, or its digits as text). */
  month: number | string;
  /** ISO weekday (1 = Monday … 7 = Sunday) the weeks start on; default the locale's (en-GB: 1, en-US: 7). */
  firstDayOfWeek?: number;
}

/** A neighbouring month, or null beyond the supported years. */
export type MonthRef = { readonly year: number; readonly month: number } | null;

/** Everything a month calendar shows, from one call. */
export interface MonthView extends DateRange {
  readonly year: number;
  readonly month: number;
  /** The locale's language and Intl tag (region kept: "en-GB"), direction and the first day of the week used. */
  readonly locale: ReturnType<typeof localeInfo>;
  /** The month's days in rows of seven from `firstDayOfWeek`; null pads the first and last row. */
  readonly weeks: readonly (readonly (string | null)[])[];
  /** Every occurrence overlapping the month, sorted as getHolidays sorts. */
  readonly occurrences: Occurrence[];
  readonly previous: MonthRef;
  readonly next: MonthRef;
}

export function parseWhole(value: unknown, parameter: string, min: number, max: number): number {
  const number = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
    throw new InterkalError(
      parameter === 'year' ? 'year-out-of-range' : 'invalid-option',
      parameter,
      value,
      `a whole number ${min}–${max}`,
    );
  }
  return number;
}

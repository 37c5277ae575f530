import { sunset } from './astronomy/sun.js';
import { boundedCache, placeKey } from './bounded-cache.js';
import { fixedFromGregorian, gregorianFromFixed, isoFromFixed } from './calendars/gregorian.js';
import { MAX_SIGHTING_LATITUDE } from './calendars/islamic-sighting.js';
import { daysInMonth, monthWeeks } from './days.js';
import { InterkalError, MAX_YEAR, MIN_YEAR } from './errors.js';
import type { HolidayId } from './holiday-ids.js';
import { holidayNames, traditionNames } from './i18n/names/index.js';
import { readList, readOptions } from './input.js';
import { localeInfo, localize, resolveLocale } from './locale.js';
import { formatPlace, normalizePlace } from './place.js';
import { isoWithOffset } from './planning/local-time.js';
import type { HolidayDefinition, LocalizedHoliday } from './public-types.js';
import { type DateRange, type RangeQuery, resolveDays } from './range.js';
import { TRADITIONS } from './traditions/index.js';
import {
  CRESCENT_CRITERIA,
  type CrescentCriterion,
  type Fixed,
  type HolidayDefinition as HolidayRow,
  type IdInput,
  IMPORTANCES,
  type Importance,
  ISLAMIC_COUNTRIES,
  ISLAMIC_METHODS,
  type IslamicCountry,
  type IslamicMethod,
  JEWISH_OPTIONS,
  type JewishOption,
  type Locale,
  type Observance,
  type Occurrence,
  type Place,
  type RuleOptions,
  SIKH_CALENDARS,
  type SikhCalendar,
  TRADITION_IDS,
  type TraditionDefinition,
  type TraditionId,
  type TraditionInfo,
  VESAK_VARIANTS,
  type VesakVariant,
} from './types.js';

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

const VARIANT_KEYS = [
  'jewish',
  'islamicMethod',
  'crescentCriterion',
  'islamicCountry',
  'vesak',
  'sikhCalendar',
  'place',
] as const;
const FILTER_KEYS = [...VARIANT_KEYS, 'traditions', 'ids', 'locale', 'importance'] as const;
const QUERY_KEYS = [...FILTER_KEYS, 'year', 'from', 'to', 'maxYears'] as const;

const HOLIDAYS: readonly HolidayRow[] = TRADITIONS.flatMap((tradition) => tradition.holidays);
const HOLIDAYS_BY_ID = new Map(HOLIDAYS.map((holiday) => [holiday.id, holiday]));
const TRADITIONS_BY_ID = new Map<string, TraditionDefinition>(TRADITIONS.map((t) => [t.id, t]));

const list = (values: readonly string[]): string => values.join(', ');
const ALLOWED_IDS = 'the holiday ids listTraditions() returns (HOLIDAY_IDS)';

function oneOf<T extends string>(parameter: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InterkalError('invalid-option', parameter, value, list(allowed));
}

/** Variant options with defaults filled in and the place normalized; `options` is a snapshot (readOptions). */
function resolveVariants(options: Partial<Record<(typeof VARIANT_KEYS)[number], unknown>>): RuleOptions {
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

/** The options every rule sees, from untrusted variant options: checked, defaults filled in. */
export function resolveOptions(options: unknown): RuleOptions {
  return resolveVariants(readOptions(options, VARIANT_KEYS, 'options', '{ islamicMethod: "diyanet" }'));
}

function holidayRow(id: unknown, parameter: string): HolidayRow {
  const holiday = typeof id === 'string' ? HOLIDAYS_BY_ID.get(id) : undefined;
  if (!holiday) throw new InterkalError('unknown-id', parameter, id, ALLOWED_IDS);
  return holiday;
}

function selectHolidays(
  filter: Partial<Record<(typeof FILTER_KEYS)[number], unknown>>,
): readonly HolidayRow[] {
  let selected = HOLIDAYS;
  const traditions = readList(filter.traditions, 'traditions', 'tradition ids such as ["islam"]');
  if (traditions !== undefined) {
    for (const tradition of traditions) {
      if (!TRADITIONS_BY_ID.has(tradition)) {
        throw new InterkalError('unknown-tradition', 'traditions', tradition, list(TRADITION_IDS));
      }
    }
    const wanted = new Set(traditions);
    selected = selected.filter((holiday) => wanted.has(holiday.tradition));
  }
  const ids = readList(filter.ids, 'ids', 'holiday ids such as ["diwali"]');
  if (ids !== undefined) {
    for (const id of ids) holidayRow(id, 'ids');
    const wanted = new Set(ids);
    selected = selected.filter((holiday) => wanted.has(holiday.id));
  }
  const importance = readList(filter.importance, 'importance', `importances (${list(IMPORTANCES)})`);
  if (importance !== undefined) {
    const wanted = new Set(importance.map((value) => oneOf('importance', value, IMPORTANCES)));
    selected = selected.filter((holiday) => wanted.has(holiday.importance));
  }
  return selected;
}

// Places are rounded to 0.01° before they get here, but a caller may ask for many: the least recent go.
const eveningStarts = boundedCache<string>('evening starts', 20_000);

/** Local sunset on the evening before `date` at the place, when the holiday begins then (ISO 8601 with offset). */
function eveningStart(start: Fixed, place: Place): string | undefined {
  // Feeds and pages ask the same evenings again for every query: one sunset search each (about 0.2 ms), kept.
  const key = `${start}|${placeKey(place)}`;
  let startsAt = eveningStarts.get(key);
  if (startsAt === undefined) {
    const evening = sunset(start - 1, place);
    startsAt = evening ? isoWithOffset(evening, place.timeZone) : '';
    eveningStarts.set(key, startsAt);
  }
  return startsAt || undefined;
}

function toOccurrence(
  holiday: HolidayRow,
  observance: Observance,
  locale: Locale,
  place: Place | undefined,
): Occurrence {
  const days = observance.days ?? holiday.days;
  const names = holidayNames(holiday);
  const tradition = traditionNames(TRADITIONS_BY_ID.get(holiday.tradition)!);
  const occurrence: { -readonly [K in keyof Occurrence]: Occurrence[K] } = {
    id: holiday.id as HolidayId,
    tradition: holiday.tradition,
    traditionName: localize(tradition, locale),
    importance: holiday.importance,
    name: localize(names, locale),
    description: localize(holiday.description, locale),
    date: isoFromFixed(observance.start),
    endDate: isoFromFixed(observance.start + days - 1),
    startsEvening: holiday.startsEvening,
    uncertainty: holiday.uncertainty && {
      kind: holiday.uncertainty.kind,
      note: localize(holiday.uncertainty.note, locale),
    },
  };
  if (names[locale] === undefined) occurrence.nameLocale = 'en';
  if (tradition[locale] === undefined) occurrence.traditionNameLocale = 'en';
  if (observance.variant !== undefined) occurrence.variant = observance.variant;
  if (observance.nativeDate !== undefined) occurrence.nativeDate = localize(observance.nativeDate, locale);
  if (observance.instant !== undefined) occurrence.instant = observance.instant;
  if (holiday.startsEvening && place) {
    const startsAt = eveningStart(observance.start, place);
    if (startsAt !== undefined) occurrence.startsAt = startsAt;
  }
  return occurrence;
}

const TRADITION_ORDER = new Map<string, number>(TRADITION_IDS.map((id, index) => [id, index]));

// Code-unit order: ids and ISO dates are ASCII, and localeCompare's first call costs ~8 ms of collator setup.
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return (
    compareStrings(a.date, b.date) ||
    TRADITION_ORDER.get(a.tradition)! - TRADITION_ORDER.get(b.tradition)! ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.variant ?? '', b.variant ?? '')
  );
}

/** Longest holiday span we compute (a Chinese New Year season or a lunar month), to look back a year. */
const LOOKBACK_YEARS = 1;

function occurrencesIn(
  holidays: readonly HolidayRow[],
  from: Fixed,
  to: Fixed,
  options: RuleOptions,
  locale: Locale,
): Occurrence[] {
  const fromYear = gregorianFromFixed(from).year;
  const fromYearStart = fixedFromGregorian(fromYear, 1, 1);
  const lastYear = Math.min(MAX_YEAR, gregorianFromFixed(to).year);
  const occurrences: Occurrence[] = [];
  for (const holiday of holidays) {
    // The year before only for a holiday that can last from it into the range (most last one day: half the work).
    const longest = Math.max(holiday.days, holiday.rule.maxDays ?? 0);
    const reachesBack = from - longest + 1 < fromYearStart;
    const firstYear = Math.max(MIN_YEAR - LOOKBACK_YEARS, reachesBack ? fromYear - LOOKBACK_YEARS : fromYear);
    for (let year = firstYear; year <= lastYear; year++) {
      for (const observance of holiday.rule.observancesIn(year, options)) {
        const end = observance.start + (observance.days ?? holiday.days) - 1;
        if (observance.start <= to && end >= from)
          occurrences.push(toOccurrence(holiday, observance, locale, options.place));
      }
    }
  }
  return occurrences.sort(compareOccurrences);
}

/**
 * Every holiday occurrence that overlaps the range, sorted by date, then tradition, id and variant. Pure: the
 * same query gives the same answer, in fresh objects the caller may change.
 * @throws InterkalError naming the parameter: a bad date, a year outside 1900–2100, an unknown id, tradition,
 * locale, option or place, or anything that is not an options object.
 */
export function getHolidays(query: HolidayQuery): Occurrence[] {
  const q = readOptions(query, QUERY_KEYS, 'query', '{ year: 2026 }');
  const maxYears = q.maxYears;
  const { from, to } = resolveDays(
    { year: q.year as RangeQuery['year'], from: q.from as string, to: q.to as string },
    maxYears === undefined ? {} : { maxYears: maxYears as number },
  );
  const locale = resolveLocale(q.locale);
  const options = resolveVariants(q);
  return occurrencesIn(selectHolidays(q), from, to, options, locale);
}

/** The holidays whose span includes one day. */
export function holidaysOn(date: string, query: HolidayFilter = {}): Occurrence[] {
  const filter = readOptions(query, FILTER_KEYS, 'query', '{ traditions: ["islam"] }');
  return getHolidays({ ...(filter as HolidayFilter), from: date, to: date });
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

/**
 * The next `count` occurrences of one holiday beginning on or after `from`, in date order ("the next five
 * dates"; with from = 1 January also this year's past one).
 * @throws InterkalError naming the parameter.
 */
export function nextOccurrences(id: IdInput<HolidayId>, options: NextOccurrencesOptions): Occurrence[] {
  const holiday = holidayRow(id, 'id');
  const o = readOptions(
    options,
    [...VARIANT_KEYS, 'from', 'count', 'locale'] as const,
    'options',
    '{ from: "2026-01-01", count: 5 }',
  );
  const { from } = resolveDays({ from: o.from as string, to: o.from as string });
  const count = o.count ?? 1;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_NEXT_COUNT) {
    throw new InterkalError('invalid-option', 'count', count, `a whole number 1–${MAX_NEXT_COUNT}`);
  }
  const locale = resolveLocale(o.locale);
  const variants = resolveVariants(o);
  const found: Occurrence[] = [];
  for (let year = gregorianFromFixed(from).year; year <= MAX_YEAR && found.length < count; year++) {
    const inYear = holiday.rule
      .observancesIn(year, variants)
      .filter((observance) => observance.start >= from)
      .map((observance) => toOccurrence(holiday, observance, locale, variants.place))
      .sort(compareOccurrences);
    found.push(...inYear);
  }
  return found.slice(0, count);
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

/**
 * A holiday's dates around today: this year's past ones (a reader in December still sees when Diwali was) and
 * the next `count`. A fresh copy per call.
 * @throws InterkalError naming the parameter.
 */
export function holidayDates(id: IdInput<HolidayId>, options: HolidayDatesOptions): HolidayDates {
  const holiday = holidayRow(id, 'id');
  const o = readOptions(
    options,
    [...VARIANT_KEYS, 'today', 'count', 'locale'] as const,
    'options',
    '{ today: "2026-12-07", count: 5 }',
  );
  const { from: today } = resolveDays({ from: o.today as string, to: o.today as string });
  const todayIso = isoFromFixed(today);
  const { today: _today, count = 5, ...rest } = options;
  const locale = resolveLocale(o.locale);
  const variants = resolveVariants(o);
  const earlierThisYear = holiday.rule
    .observancesIn(gregorianFromFixed(today).year, variants)
    .filter((observance) => observance.start < today)
    .map((observance) => toOccurrence(holiday, observance, locale, variants.place))
    .sort(compareOccurrences)
    .map((occurrence) => ({ occurrence, ended: occurrence.endDate < todayIso }));
  return { earlierThisYear, upcoming: nextOccurrences(holiday.id, { ...rest, from: todayIso, count }) };
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

function parseWhole(value: unknown, parameter: string, min: number, max: number): number {
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

/**
 * One Gregorian month: its weeks laid out for the locale, the holidays overlapping it and the neighbouring
 * months (null beyond 1900–2100).
 * @throws InterkalError naming the parameter.
 */
export function getMonth(query: MonthQuery): MonthView {
  const q = readOptions(
    query,
    [...FILTER_KEYS, 'year', 'month', 'firstDayOfWeek'] as const,
    'query',
    '{ year: 2026, month: 3 }',
  );
  const year = parseWhole(q.year, 'year', MIN_YEAR, MAX_YEAR);
  const month = parseWhole(q.month, 'month', 1, 12);
  const locale = localeInfo(q.locale);
  const firstDay =
    q.firstDayOfWeek === undefined
      ? locale.firstDayOfWeek
      : parseWhole(q.firstDayOfWeek, 'firstDayOfWeek', 1, 7);
  const from = fixedFromGregorian(year, month, 1);
  const to = from + daysInMonth(year, month) - 1;
  const occurrences = occurrencesIn(selectHolidays(q), from, to, resolveVariants(q), locale.language);
  const before = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const after = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    year,
    month,
    from: isoFromFixed(from),
    to: isoFromFixed(to),
    locale: { ...locale, firstDayOfWeek: firstDay },
    weeks: monthWeeks(year, month, firstDay),
    occurrences,
    previous: before.year < MIN_YEAR ? null : before,
    next: after.year > MAX_YEAR ? null : after,
  };
}

/** Every tradition with its holidays, names in `locale`. */
export function listTraditions(locale?: string): TraditionInfo[] {
  const resolved = resolveLocale(locale);
  return TRADITIONS.map((tradition) => ({
    id: tradition.id,
    name: localize(traditionNames(tradition), resolved),
    ...(traditionNames(tradition)[resolved] === undefined ? { nameLocale: 'en' as const } : {}),
    description: localize(tradition.description, resolved),
    holidays: tradition.holidays.map((holiday) => ({
      id: holiday.id as HolidayId,
      name: localize(holidayNames(holiday), resolved),
      importance: holiday.importance,
    })),
  }));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// One frozen copy per holiday (a few hundred, made on first ask): safe to share because nobody can change it.
const definitions = new Map<string, HolidayDefinition>();

/**
 * The full definition of one holiday (names in every locale, rule summary, sources), for docs and pages.
 * Frozen, and a copy: the tables the computations use cannot be reached through it.
 * @throws InterkalError (code "unknown-id", parameter "id").
 */
export function getHolidayDefinition(id: IdInput<HolidayId>): HolidayDefinition {
  const holiday = holidayRow(id, 'id');
  let definition = definitions.get(holiday.id);
  if (!definition) {
    definition = deepFreeze({
      id: holiday.id as HolidayId,
      tradition: holiday.tradition,
      importance: holiday.importance,
      names: { ...holidayNames(holiday) },
      description: { ...holiday.description },
      ruleSummary: { ...holiday.rule.summary },
      days: holiday.days,
      startsEvening: holiday.startsEvening,
      uncertainty: holiday.uncertainty && {
        kind: holiday.uncertainty.kind,
        note: { ...holiday.uncertainty.note },
      },
      sources: [...holiday.sources],
    });
    definitions.set(holiday.id, definition);
  }
  return definition;
}

/** One holiday's definition with every text in `locale` (English only where a translation is missing). */
export function describeHoliday(id: IdInput<HolidayId>, locale?: string): LocalizedHoliday {
  const definition = getHolidayDefinition(id);
  const language = resolveLocale(locale);
  const tradition = traditionNames(TRADITIONS_BY_ID.get(definition.tradition)!);
  const names: Partial<Record<Locale, string>> = {};
  for (const [key, name] of Object.entries(definition.names))
    if (name !== undefined) names[key as Locale] = name;
  return {
    id: definition.id,
    tradition: definition.tradition,
    traditionName: localize(tradition, language),
    traditionNameLocale: tradition[language] === undefined ? 'en' : language,
    importance: definition.importance,
    locale: language,
    name: localize(definition.names, language),
    nameLocale: definition.names[language] === undefined ? 'en' : language,
    description: localize(definition.description, language),
    descriptionLocale: definition.description[language] === undefined ? 'en' : language,
    names,
    ruleSummary: localize(definition.ruleSummary, language),
    ruleSummaryLocale: definition.ruleSummary[language] === undefined ? 'en' : language,
    days: definition.days,
    startsEvening: definition.startsEvening,
    uncertainty: definition.uncertainty && {
      kind: definition.uncertainty.kind,
      note: localize(definition.uncertainty.note, language),
    },
    sources: [...definition.sources],
  };
}

export type { TraditionId };

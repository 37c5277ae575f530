import { fixedFromGregorian, fixedFromIso, gregorianFromFixed, isoFromFixed } from './calendars/gregorian.js';
import { assertYearInRange, InterkalError, MAX_YEAR, MIN_YEAR } from './errors.js';
import { TRADITIONS } from './traditions/index.js';
import {
  type Fixed,
  type HolidayDefinition,
  IMPORTANCES,
  ISLAMIC_METHODS,
  type IslamicMethod,
  JEWISH_OPTIONS,
  type JewishOption,
  LOCALES,
  type Locale,
  type LocalizedText,
  type Occurrence,
  type Place,
  type RuleOptions,
  SIKH_CALENDARS,
  type SikhCalendar,
  TRADITION_IDS,
  type TraditionId,
  type TraditionInfo,
  VESAK_VARIANTS,
  type VesakVariant,
} from './types.js';

export interface VariantOptions {
  /** Jewish holiday lengths: Diaspora (default) or Israel. */
  jewish?: JewishOption;
  /** How Islamic months begin. */
  islamicMethod?: IslamicMethod;
  /** Which Buddhist tradition's Vesak date. */
  vesak?: VesakVariant;
  /** Sikh Gurpurabs by the lunar calendar (default) or the Nanakshahi calendar of 2003. */
  sikhCalendar?: SikhCalendar;
  /** The observer's place, for holidays that depend on local sunrise, sunset or time zone. */
  place?: Place;
}

export interface HolidayQuery extends VariantOptions {
  /** First day, YYYY-MM-DD (inclusive). With `to`, or use `year`. */
  from?: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  to?: string;
  /** A whole Gregorian year; an alternative to from/to. */
  year?: number;
  traditions?: readonly string[];
  ids?: readonly string[];
  /** Language of names and notes; "de-DE" counts as "de". Default "en". */
  locale?: string;
  /** Default: all importances. */
  importance?: readonly string[];
}

export const DEFAULT_OPTIONS: RuleOptions = {
  jewish: 'diaspora',
  islamicMethod: 'diyanet',
  vesak: 'un',
  sikhCalendar: 'lunar',
  place: undefined,
};

const HOLIDAYS: readonly HolidayDefinition[] = TRADITIONS.flatMap((tradition) => tradition.holidays);
const HOLIDAYS_BY_ID = new Map(HOLIDAYS.map((holiday) => [holiday.id, holiday]));

const list = (values: readonly string[]): string => values.join(', ');

function oneOf<T extends string>(parameter: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InterkalError('invalid-option', parameter, value, list(allowed));
}

export function resolveLocale(locale: string | undefined): Locale {
  if (locale === undefined) return 'en';
  const language = typeof locale === 'string' ? locale.split(/[-_]/)[0]!.toLowerCase() : '';
  if ((LOCALES as readonly string[]).includes(language)) return language as Locale;
  throw new InterkalError('unknown-locale', 'locale', locale, list(LOCALES));
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.en;
}

function resolvePlace(place: unknown): Place | undefined {
  if (place === undefined) return undefined;
  const p = place as Partial<Place>;
  const valid =
    typeof p === 'object' &&
    p !== null &&
    typeof p.latitude === 'number' &&
    Math.abs(p.latitude) <= 90 &&
    typeof p.longitude === 'number' &&
    Math.abs(p.longitude) <= 180 &&
    typeof p.timeZone === 'string' &&
    isTimeZone(p.timeZone);
  if (!valid) {
    throw new InterkalError(
      'invalid-option',
      'place',
      place,
      '{ latitude: −90…90, longitude: −180…180, timeZone: an IANA zone such as "Europe/Berlin" }',
    );
  }
  return { latitude: p.latitude!, longitude: p.longitude!, timeZone: p.timeZone! };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function resolveOptions(options: VariantOptions): RuleOptions {
  return {
    jewish: oneOf('jewish', options.jewish ?? DEFAULT_OPTIONS.jewish, JEWISH_OPTIONS),
    islamicMethod: oneOf(
      'islamicMethod',
      options.islamicMethod ?? DEFAULT_OPTIONS.islamicMethod,
      ISLAMIC_METHODS,
    ),
    vesak: oneOf('vesak', options.vesak ?? DEFAULT_OPTIONS.vesak, VESAK_VARIANTS),
    sikhCalendar: oneOf('sikhCalendar', options.sikhCalendar ?? DEFAULT_OPTIONS.sikhCalendar, SIKH_CALENDARS),
    place: resolvePlace(options.place),
  };
}

function parseDay(parameter: string, value: unknown): Fixed {
  const date = typeof value === 'string' ? fixedFromIso(value) : undefined;
  if (date === undefined)
    throw new InterkalError('invalid-date', parameter, value, 'a calendar date YYYY-MM-DD');
  const { year } = gregorianFromFixed(date);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new InterkalError(
      'year-out-of-range',
      parameter,
      value,
      `days in the years ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
  return date;
}

function resolveRange(query: HolidayQuery): { from: Fixed; to: Fixed } {
  if (query.year !== undefined) {
    if (query.from !== undefined || query.to !== undefined) {
      throw new InterkalError('invalid-range', 'year', query.year, 'either year or from/to, not both');
    }
    assertYearInRange(query.year);
    return { from: parseDay('year', `${query.year}-01-01`), to: parseDay('year', `${query.year}-12-31`) };
  }
  if (query.from === undefined || query.to === undefined) {
    throw new InterkalError(
      'invalid-range',
      query.from === undefined ? 'from' : 'to',
      undefined,
      'YYYY-MM-DD, or give year',
    );
  }
  const from = parseDay('from', query.from);
  const to = parseDay('to', query.to);
  if (from > to)
    throw new InterkalError('invalid-range', 'from', query.from, `a day on or before to (${query.to})`);
  return { from, to };
}

function selectHolidays(query: HolidayQuery): readonly HolidayDefinition[] {
  let selected = HOLIDAYS;
  if (query.traditions !== undefined) {
    const wanted = new Set<string>();
    for (const tradition of query.traditions) {
      if (!TRADITIONS.some((t) => t.id === tradition)) {
        throw new InterkalError(
          'unknown-tradition',
          'traditions',
          tradition,
          list(TRADITIONS.map((t) => t.id)),
        );
      }
      wanted.add(tradition);
    }
    selected = selected.filter((holiday) => wanted.has(holiday.tradition));
  }
  if (query.ids !== undefined) {
    for (const id of query.ids) {
      if (!HOLIDAYS_BY_ID.has(id))
        throw new InterkalError('unknown-id', 'ids', id, 'the ids listTraditions() returns');
    }
    const wanted = new Set(query.ids);
    selected = selected.filter((holiday) => wanted.has(holiday.id));
  }
  if (query.importance !== undefined) {
    const wanted = new Set(query.importance.map((value) => oneOf('importance', value, IMPORTANCES)));
    selected = selected.filter((holiday) => wanted.has(holiday.importance));
  }
  return selected;
}

function toOccurrence(
  holiday: HolidayDefinition,
  observance: ReturnType<HolidayDefinition['rule']['observancesIn']>[number],
  locale: Locale,
): Occurrence {
  const days = observance.days ?? holiday.days;
  const occurrence: Occurrence = {
    id: holiday.id,
    tradition: holiday.tradition,
    importance: holiday.importance,
    name: localize(holiday.names, locale),
    date: isoFromFixed(observance.start),
    endDate: isoFromFixed(observance.start + days - 1),
    startsEvening: holiday.startsEvening,
    uncertainty: holiday.uncertainty && {
      kind: holiday.uncertainty.kind,
      note: localize(holiday.uncertainty.note, locale),
    },
  };
  if (observance.variant !== undefined) occurrence.variant = observance.variant;
  if (observance.nativeDate !== undefined) occurrence.nativeDate = observance.nativeDate;
  if (observance.instant !== undefined) occurrence.instant = observance.instant;
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

/**
 * Every holiday occurrence that overlaps [from, to], sorted by date. Pure: same query, same answer.
 * @throws InterkalError for a bad date, a year outside 1900–2100, an unknown id, tradition, locale or option.
 */
export function getHolidays(query: HolidayQuery): Occurrence[] {
  const { from, to } = resolveRange(query);
  const locale = resolveLocale(query.locale);
  const options = resolveOptions(query);
  const holidays = selectHolidays(query);
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
          occurrences.push(toOccurrence(holiday, observance, locale));
      }
    }
  }
  return occurrences.sort(compareOccurrences);
}

/** The holidays whose span includes one day. */
export function holidaysOn(
  date: string,
  query: Omit<HolidayQuery, 'from' | 'to' | 'year'> = {},
): Occurrence[] {
  return getHolidays({ ...query, from: date, to: date });
}

/** Every tradition with its holidays, names in `locale`. */
export function listTraditions(locale?: string): TraditionInfo[] {
  const resolved = resolveLocale(locale);
  return TRADITIONS.map((tradition) => ({
    id: tradition.id,
    name: localize(tradition.names, resolved),
    description: localize(tradition.description, resolved),
    holidays: tradition.holidays.map((holiday) => ({
      id: holiday.id,
      name: localize(holiday.names, resolved),
      importance: holiday.importance,
    })),
  }));
}

/** The full definition of one holiday (rule summary, names in every locale, sources), for docs and pages. */
export function getHolidayDefinition(id: string): HolidayDefinition {
  const holiday = HOLIDAYS_BY_ID.get(id);
  if (!holiday) throw new InterkalError('unknown-id', 'id', id, 'the ids listTraditions() returns');
  return holiday;
}

export type { TraditionId };

import { sunset } from './astronomy/sun.js';
import { boundedCache, placeKey } from './bounded-cache.js';
import { fixedFromGregorian, gregorianFromFixed, isoFromFixed } from './calendars/gregorian.js';
import { daysInMonth, monthWeeks } from './days.js';
import { InterkalError, MAX_YEAR, MIN_YEAR } from './errors.js';
import type { HolidayId } from './holiday-ids.js';
import { createNameLookup, type NameTables } from './i18n/names/lookup.js';
import { readList, readOptions } from './input.js';
import { localeInfo, localize, resolveLocale } from './locale.js';
import { isoWithOffset } from './planning/local-time.js';
import type { HolidayDefinition, LocalizedHoliday, TraditionTable } from './public-types.js';
import {
  FILTER_KEYS,
  type HolidayDates,
  type HolidayDatesOptions,
  type HolidayFilter,
  type HolidayQuery,
  list,
  MAX_NEXT_COUNT,
  type MonthQuery,
  type MonthView,
  type NextOccurrencesOptions,
  oneOf,
  parseWhole,
  QUERY_KEYS,
  resolveVariants,
  VARIANT_KEYS,
} from './query-options.js';
import { type RangeQuery, resolveDays } from './range.js';
import {
  type Fixed,
  type HolidayDefinition as HolidayRow,
  type IdInput,
  IMPORTANCES,
  type Locale,
  type Observance,
  type Occurrence,
  type Place,
  type RuleOptions,
  TRADITION_IDS,
  type TraditionDefinition,
  type TraditionInfo,
} from './types.js';

/** What an instance computes: which traditions, and names in which locales beyond the built-in ones. */
export interface HolidaysConfig {
  /**
   * The tradition tables to compute, from `@interkal/core/traditions` (`[islam, judaism]`, or TRADITIONS for
   * all). A web page bundles only the tables listed here and the calendars they need.
   */
  readonly traditions: readonly TraditionTable[];
  /**
   * Names in locales whose tables are not built in, from `@interkal/core/names` (`{ uk, ru }`, or NAME_TABLES
   * for all six). Built in: en, de, tr and ar. A locale without its table gets English names, marked
   * `nameLocale: "en"`, as for any name without a documented form.
   */
  readonly names?: NameTables;
}

/** The query functions of one instance; each is a plain function (no `this`), safe to destructure. */
export interface Holidays {
  /**
   * Every holiday occurrence that overlaps the range, sorted by date, then tradition, id and variant. Pure: the
   * same query gives the same answer, in fresh objects the caller may change.
   * @throws InterkalError naming the parameter: a bad date, a year outside 1900–2100, an unknown id, tradition,
   * locale, option or place, or anything that is not an options object.
   */
  getHolidays(query: HolidayQuery): Occurrence[];
  /** The holidays whose span includes one day. */
  holidaysOn(date: string, query?: HolidayFilter): Occurrence[];
  /**
   * The next `count` occurrences of one holiday beginning on or after `from`, in date order ("the next five
   * dates"; with from = 1 January also this year's past one).
   * @throws InterkalError naming the parameter.
   */
  nextOccurrences(id: IdInput<HolidayId>, options: NextOccurrencesOptions): Occurrence[];
  /**
   * A holiday's dates around today: this year's past ones (a reader in December still sees when Diwali was) and
   * the next `count`. A fresh copy per call.
   * @throws InterkalError naming the parameter.
   */
  holidayDates(id: IdInput<HolidayId>, options: HolidayDatesOptions): HolidayDates;
  /**
   * One Gregorian month: its weeks laid out for the locale, the holidays overlapping it and the neighbouring
   * months (null beyond 1900–2100).
   * @throws InterkalError naming the parameter.
   */
  getMonth(query: MonthQuery): MonthView;
  /** Every tradition of the instance with its holidays, names in `locale`. */
  listTraditions(locale?: string): TraditionInfo[];
  /**
   * The full definition of one holiday (names in every locale the instance has, rule summary, sources), for docs
   * and pages. Frozen, and a copy: the tables the computations use cannot be reached through it.
   * @throws InterkalError (code "unknown-id", parameter "id").
   */
  getHolidayDefinition(id: IdInput<HolidayId>): HolidayDefinition;
  /** One holiday's definition with every text in `locale` (English only where a translation is missing). */
  describeHoliday(id: IdInput<HolidayId>, locale?: string): LocalizedHoliday;
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

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Whether `value` is a tradition table of this library: one of its tradition ids with holiday rows that carry
 * rules. By shape, not identity: a bundle that ends up with two copies of the package still works.
 */
export function isTraditionTable(value: unknown): value is TraditionDefinition {
  const table = value as Partial<TraditionDefinition> | null;
  return (
    typeof table === 'object' &&
    table !== null &&
    (TRADITION_IDS as readonly unknown[]).includes(table.id) &&
    Array.isArray(table.holidays) &&
    table.holidays.every((row) => typeof row?.rule?.observancesIn === 'function')
  );
}

/** The tables of a config, checked: the library's own, each once, in the library's display order. */
function traditionsOf(config: HolidaysConfig): readonly TraditionDefinition[] {
  const tables: unknown = config?.traditions;
  if (!Array.isArray(tables) || tables.length === 0 || !tables.every(isTraditionTable)) {
    throw new InterkalError(
      'invalid-option',
      'traditions',
      tables,
      'tradition tables from @interkal/core/traditions, such as [islam] or TRADITIONS',
    );
  }
  const order = (table: TraditionDefinition) => TRADITION_ORDER.get(table.id)!;
  return [...new Set(tables)].sort((a, b) => order(a) - order(b));
}

/**
 * An instance of the library computing `traditions`, with names in the built-in locales and `names`. The
 * package's own getHolidays, getMonth, … are one such instance (all traditions, built-in names).
 * @throws InterkalError (parameter "traditions") for anything but the library's tradition tables.
 */
export function createHolidays(config: HolidaysConfig): Holidays {
  const traditions = traditionsOf(config);
  const { holidayNames, traditionNames } = createNameLookup(config.names ?? {});
  const holidays: readonly HolidayRow[] = traditions.flatMap((tradition) => tradition.holidays);
  const holidaysById = new Map(holidays.map((holiday) => [holiday.id, holiday]));
  const traditionsById = new Map<string, TraditionDefinition>(traditions.map((t) => [t.id, t]));
  const traditionIds = traditions.map((tradition) => tradition.id);

  function holidayRow(id: unknown, parameter: string): HolidayRow {
    const holiday = typeof id === 'string' ? holidaysById.get(id) : undefined;
    if (!holiday) {
      throw new InterkalError(
        'unknown-id',
        parameter,
        id,
        'the holiday ids listTraditions() returns (HOLIDAY_IDS)',
      );
    }
    return holiday;
  }

  function selectHolidays(
    filter: Partial<Record<(typeof FILTER_KEYS)[number], unknown>>,
  ): readonly HolidayRow[] {
    let selected = holidays;
    const wantedTraditions = readList(filter.traditions, 'traditions', 'tradition ids such as ["islam"]');
    if (wantedTraditions !== undefined) {
      for (const tradition of wantedTraditions) {
        if (!traditionsById.has(tradition)) {
          throw new InterkalError('unknown-tradition', 'traditions', tradition, list(traditionIds));
        }
      }
      const wanted = new Set(wantedTraditions);
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

  function toOccurrence(
    holiday: HolidayRow,
    observance: Observance,
    locale: Locale,
    place: Place | undefined,
  ): Occurrence {
    const days = observance.days ?? holiday.days;
    const names = holidayNames(holiday);
    const tradition = traditionNames(traditionsById.get(holiday.tradition)!);
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

  function occurrencesIn(
    selected: readonly HolidayRow[],
    from: Fixed,
    to: Fixed,
    options: RuleOptions,
    locale: Locale,
  ): Occurrence[] {
    const fromYear = gregorianFromFixed(from).year;
    const fromYearStart = fixedFromGregorian(fromYear, 1, 1);
    const lastYear = Math.min(MAX_YEAR, gregorianFromFixed(to).year);
    const occurrences: Occurrence[] = [];
    for (const holiday of selected) {
      // The year before only for a holiday that can last from it into the range (most last one day: half the work).
      const longest = Math.max(holiday.days, holiday.rule.maxDays ?? 0);
      const reachesBack = from - longest + 1 < fromYearStart;
      const firstYear = Math.max(
        MIN_YEAR - LOOKBACK_YEARS,
        reachesBack ? fromYear - LOOKBACK_YEARS : fromYear,
      );
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

  function getHolidays(query: HolidayQuery): Occurrence[] {
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

  function holidaysOn(date: string, query: HolidayFilter = {}): Occurrence[] {
    const filter = readOptions(query, FILTER_KEYS, 'query', '{ traditions: ["islam"] }');
    return getHolidays({ ...(filter as HolidayFilter), from: date, to: date });
  }

  function nextOccurrences(id: IdInput<HolidayId>, options: NextOccurrencesOptions): Occurrence[] {
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

  function holidayDates(id: IdInput<HolidayId>, options: HolidayDatesOptions): HolidayDates {
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

  function getMonth(query: MonthQuery): MonthView {
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

  function listTraditions(locale?: string): TraditionInfo[] {
    const resolved = resolveLocale(locale);
    return traditions.map((tradition) => ({
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

  // One frozen copy per holiday (a few hundred, made on first ask): safe to share because nobody can change it.
  const definitions = new Map<string, HolidayDefinition>();

  function getHolidayDefinition(id: IdInput<HolidayId>): HolidayDefinition {
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

  function describeHoliday(id: IdInput<HolidayId>, locale?: string): LocalizedHoliday {
    const definition = getHolidayDefinition(id);
    const language = resolveLocale(locale);
    const tradition = traditionNames(traditionsById.get(definition.tradition)!);
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

  return {
    getHolidays,
    holidaysOn,
    nextOccurrences,
    holidayDates,
    getMonth,
    listTraditions,
    getHolidayDefinition,
    describeHoliday,
  };
}

import { z } from '@hono/zod-openapi';
import {
  type City,
  CRESCENT_CRITERIA,
  type CrescentCriterion,
  DEFAULT_OPTIONS,
  findCity,
  formatPlace,
  type HolidayQuery,
  IMPORTANCES,
  InterkalError,
  ISLAMIC_COUNTRIES,
  ISLAMIC_METHODS,
  type IslamicCountry,
  type IslamicMethod,
  JEWISH_OPTIONS,
  LOCALES,
  normalizePlace,
  type Place,
  parsePlace,
  placeOf,
  SIKH_CALENDARS,
  TRADITION_IDS,
  VESAK_VARIANTS,
} from '@interkal/core';

const list = (values: readonly string[]) => values.join(', ');
const commaList = (description: string, example: string) =>
  z.string().max(2000).optional().openapi({ description, example });

/** The options every renderer shares: which holidays, which language, which variants. */
export const holidayFilterParams = z.object({
  traditions: commaList(`Comma-separated tradition ids: ${list(TRADITION_IDS)}.`, 'islam,judaism'),
  ids: commaList('Comma-separated holiday ids (see /api/v1/traditions).', 'ramadan,pesach'),
  lang: z
    .string()
    .max(35)
    .optional()
    .openapi({
      description: `Language: ${list(LOCALES)}, optionally with a region (de-AT, ar_SA).`,
      example: 'de',
    }),
  importance: commaList(`Comma-separated: ${list(IMPORTANCES)}.`, 'major,minor'),
  jewish: z
    .enum(JEWISH_OPTIONS)
    .optional()
    .openapi({ description: 'Diaspora (default) or Israel durations.' }),
  'islamic-method': z.enum(ISLAMIC_METHODS).optional().openapi({
    description:
      'How Islamic months begin. crescent and mabims predict a local sighting (an announcement decides): crescent by crescent-criterion, else by the country’s own criterion (MABIMS for Indonesia, Odeh elsewhere), mabims by MABIMS (2021; the 1992 limits before 2022), at islamic-country’s reference place, else at place, else India (crescent) or Indonesia (mabims).',
  }),
  'crescent-criterion': z.enum(CRESCENT_CRITERIA).optional().openapi({
    description:
      'The criterion of islamic-method=crescent: Odeh 2006 or Yallop 1997. Default: the islamic-country’s own, MABIMS for ID (as islamic-method=mabims), Odeh for IN, PK, MA and a place.',
  }),
  'islamic-country': z.enum(ISLAMIC_COUNTRIES).optional().openapi({
    description:
      'Whose sighting crescent and mabims predict: IN New Delhi, PK Karachi, ID Jakarta and Banda Aceh, MA Rabat.',
  }),
  vesak: z.enum(VESAK_VARIANTS).optional().openapi({ description: 'Which tradition’s Vesak date.' }),
  'sikh-calendar': z
    .enum(SIKH_CALENDARS)
    .optional()
    .openapi({ description: 'Lunar Gurpurabs or Nanakshahi 2003.' }),
  place: z.string().max(80).optional().openapi({
    description:
      'Observer place LAT,LON,ZONE for place-dependent holidays; latitude and longitude are rounded to 0.01° (about 1 km).',
    example: '51.43,6.76,Europe/Berlin',
  }),
});
export type HolidayFilterParams = z.infer<typeof holidayFilterParams>;

/** The month-start options of the Islamic methods, for routes that take only these (the Ramadan timetable). */
export const islamicParams = holidayFilterParams.pick({
  'islamic-method': true,
  'crescent-criterion': true,
  'islamic-country': true,
});

/** How Islamic months begin, in canonical form: the default method filled, options the method ignores dropped. */
export interface IslamicChoice {
  islamicMethod: IslamicMethod;
  /** Undefined unless the method reads them (the criterion: crescent; the country: crescent and mabims): one key per answer. */
  crescentCriterion: CrescentCriterion | undefined;
  islamicCountry: IslamicCountry | undefined;
}

export function readIslamicChoice(params: z.infer<typeof islamicParams>): IslamicChoice {
  const islamicMethod = params['islamic-method'] ?? DEFAULT_OPTIONS.islamicMethod;
  const sighting = islamicMethod === 'crescent' || islamicMethod === 'mabims';
  return {
    islamicMethod,
    // Left out, the criterion is the country's own: odeh spelt out is another key even where it is the same answer.
    crescentCriterion: islamicMethod === 'crescent' ? params['crescent-criterion'] : undefined,
    islamicCountry: sighting ? params['islamic-country'] : undefined,
  };
}

/** One stable line per distinct Islamic choice, part of the response cache's keys. */
export function islamicChoiceKey(choice: IslamicChoice): string {
  return [choice.islamicMethod, choice.crescentCriterion ?? '-', choice.islamicCountry ?? '-'].join('|');
}

/** The choice as core options, leaving out what is undefined (exactOptionalPropertyTypes). */
export function islamicOptions(choice: IslamicChoice): {
  islamicMethod: IslamicMethod;
  crescentCriterion?: CrescentCriterion;
  islamicCountry?: IslamicCountry;
} {
  const { islamicMethod, crescentCriterion, islamicCountry } = choice;
  return {
    islamicMethod,
    ...(crescentCriterion === undefined ? {} : { crescentCriterion }),
    ...(islamicCountry === undefined ? {} : { islamicCountry }),
  };
}

/** Routes that print evening start times also take a named city instead of coordinates. */
export const cityParams = z.object({
  city: z.string().max(100).optional().openapi({
    description:
      'Instead of place: one of the 81 largest German cities by slug or name (duisburg, berlin, munich, köln). With a place or city, holidays beginning the evening before carry `startsAt`, the local sunset.',
    example: 'duisburg',
  }),
});

/** The holiday filter in canonical form: lists trimmed, lower-cased, de-duplicated and sorted, defaults filled. */
export interface Filter extends IslamicChoice {
  traditions: string[] | undefined;
  ids: string[] | undefined;
  importance: string[] | undefined;
  jewish: string;
  vesak: string;
  sikhCalendar: string;
  place: Place | undefined;
  /** The named city the place is, for "sunset in Duisburg". */
  city: City | undefined;
}

export function canonicalList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = new Set(
    value
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter((item) => item !== ''),
  );
  return items.size === 0 ? undefined : [...items].sort();
}

/** `city` or `place` (not both) as a canonical place; an unknown city or bad place is an InterkalError. */
export function readPlace(params: { place?: string; city?: string }): {
  place: Place | undefined;
  city: City | undefined;
} {
  if (params.city === undefined) {
    return {
      place: params.place === undefined ? undefined : parsePlace(params.place, 'place'),
      city: undefined,
    };
  }
  if (params.place !== undefined) {
    throw new InterkalError('invalid-option', 'city', params.city, 'either city or place, not both');
  }
  const city = findCity(params.city);
  if (!city) {
    throw new InterkalError(
      'invalid-option',
      'city',
      params.city,
      'a German city such as duisburg or berlin',
    );
  }
  return { place: normalizePlace(placeOf(city)), city };
}

/** Parsed parameters → the canonical filter; a bad place or city throws an InterkalError naming it. */
export function readFilter(params: HolidayFilterParams & { city?: string }): Filter {
  return {
    traditions: canonicalList(params.traditions),
    ids: canonicalList(params.ids),
    importance: canonicalList(params.importance),
    jewish: params.jewish ?? DEFAULT_OPTIONS.jewish,
    ...readIslamicChoice(params),
    vesak: params.vesak ?? DEFAULT_OPTIONS.vesak,
    sikhCalendar: params['sikh-calendar'] ?? DEFAULT_OPTIONS.sikhCalendar,
    ...readPlace(params),
  };
}

/** One stable line per distinct answer: what the response cache keys on. */
export function filterKey(filter: Filter): string {
  return [
    filter.traditions?.join(',') ?? '*',
    filter.ids?.join(',') ?? '*',
    filter.importance?.join(',') ?? '*',
    filter.jewish,
    islamicChoiceKey(filter),
    filter.vesak,
    filter.sikhCalendar,
    filter.place ? formatPlace(filter.place) : '-',
    filter.city?.slug ?? '-',
  ].join('|');
}

/** The canonical filter as a core query (without range and locale); the core validates every value. */
export function toHolidayQuery(filter: Filter): Omit<HolidayQuery, 'from' | 'to' | 'year' | 'locale'> {
  return {
    traditions: filter.traditions,
    ids: filter.ids,
    importance: filter.importance,
    jewish: filter.jewish as HolidayQuery['jewish'],
    islamicMethod: filter.islamicMethod,
    crescentCriterion: filter.crescentCriterion,
    islamicCountry: filter.islamicCountry,
    vesak: filter.vesak as HolidayQuery['vesak'],
    sikhCalendar: filter.sikhCalendar as HolidayQuery['sikhCalendar'],
    place: filter.place,
  };
}

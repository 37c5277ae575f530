import { z } from '@hono/zod-openapi';
import {
  type HolidayQuery,
  IMPORTANCES,
  InterkalError,
  ISLAMIC_METHODS,
  JEWISH_OPTIONS,
  LOCALES,
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
    .openapi({ description: `Language: ${list(LOCALES)}.`, example: 'de' }),
  importance: commaList(`Comma-separated: ${list(IMPORTANCES)}.`, 'major,minor'),
  jewish: z
    .enum(JEWISH_OPTIONS)
    .optional()
    .openapi({ description: 'Diaspora (default) or Israel durations.' }),
  'islamic-method': z.enum(ISLAMIC_METHODS).optional().openapi({ description: 'How Islamic months begin.' }),
  vesak: z.enum(VESAK_VARIANTS).optional().openapi({ description: 'Which tradition’s Vesak date.' }),
  'sikh-calendar': z
    .enum(SIKH_CALENDARS)
    .optional()
    .openapi({ description: 'Lunar Gurpurabs or Nanakshahi 2003.' }),
  place: z.string().max(80).optional().openapi({
    description: 'Observer place LAT,LON,ZONE for place-dependent holidays.',
    example: '51.43,6.76,Europe/Berlin',
  }),
});
export type HolidayFilterParams = z.infer<typeof holidayFilterParams>;

const splitList = (value: string | undefined): string[] | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.split(',').map((item) => item.trim());

function parsePlace(value: string | undefined): HolidayQuery['place'] {
  if (value === undefined) return undefined;
  const [latitude, longitude, ...zone] = value.split(',');
  const place = { latitude: Number(latitude), longitude: Number(longitude), timeZone: zone.join(',') };
  if (!Number.isFinite(place.latitude) || !Number.isFinite(place.longitude) || zone.length === 0) {
    throw new InterkalError(
      'invalid-option',
      'place',
      value,
      'LAT,LON,ZONE such as 51.43,6.76,Europe/Berlin',
    );
  }
  return place;
}

/** Query parameters → a core query (without range); the core validates values and names what is allowed. */
export function toHolidayQuery(params: HolidayFilterParams): Omit<HolidayQuery, 'from' | 'to' | 'year'> {
  return {
    traditions: splitList(params.traditions),
    ids: splitList(params.ids),
    locale: params.lang,
    importance: splitList(params.importance),
    jewish: params.jewish,
    islamicMethod: params['islamic-method'],
    vesak: params.vesak,
    sikhCalendar: params['sikh-calendar'],
    place: parsePlace(params.place),
  };
}

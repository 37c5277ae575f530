import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  IMPORTANCES,
  LOCALES,
  MAX_YEAR,
  MIN_YEAR,
  resolveRange,
  TRADITION_IDS,
  UNCERTAINTY_KINDS,
} from '@interkal/core';
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { failureFromIssue } from '../failure.js';
import { describeHoliday, getHolidays, listTraditions, nextOccurrences } from '../library.js';
import { requestLocale } from '../locale.js';
import { cityParams, filterKey, holidayFilterParams, readFilter, toHolidayQuery } from '../params.js';
import { respondFailure } from '../respond-failure.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods } from './get-only.js';
import { planningApiRoutes } from './planning-api.js';

const occurrenceSchema = z
  .object({
    id: z.string().openapi({ example: 'eid-al-fitr' }),
    tradition: z.enum(TRADITION_IDS),
    importance: z.enum(IMPORTANCES),
    traditionName: z
      .string()
      .openapi({ description: 'The tradition, in the answer’s language', example: 'Islam' }),
    traditionNameLocale: z.literal('en').optional().openapi({
      description:
        'Present when `traditionName` has no documented form in the answer’s language yet and is English',
    }),
    name: z.string().openapi({ example: 'Ramadanfest' }),
    nameLocale: z.literal('en').optional().openapi({
      description: 'Present when `name` has no documented form in the answer’s language yet and is English',
    }),
    description: z.string().openapi({ description: 'What the holiday is, in the answer’s language' }),
    date: z.string().openapi({ description: 'First civil (daytime) day, YYYY-MM-DD', example: '2026-03-20' }),
    endDate: z.string().openapi({ description: 'Last day, inclusive', example: '2026-03-22' }),
    startsEvening: z.boolean().openapi({ description: 'Begins at sunset on the evening before `date`' }),
    uncertainty: z.object({ kind: z.enum(UNCERTAINTY_KINDS), note: z.string() }).nullable(),
    variant: z.string().optional(),
    nativeDate: z.string().optional().openapi({ example: '1 Shawwal 1447' }),
    instant: z.string().optional().openapi({ description: 'Astronomical instant (UTC) behind the date' }),
    startsAt: z.string().optional().openapi({
      description: 'With place or city, for a holiday beginning the evening before: the local sunset then',
      example: '2026-03-19T18:44+01:00',
    }),
  })
  .openapi('Occurrence');

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    detail: z.string(),
    parameter: z.string().optional(),
    allowed: z.string().optional(),
  })
  .openapi('Problem');

const problemResponses = {
  400: {
    description: 'Invalid parameter',
    content: { 'application/problem+json': { schema: problemSchema } },
  },
} as const;

const rangeParams = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .openapi({
      description: `A whole year ${MIN_YEAR}–${MAX_YEAR}; default: the current year.`,
      example: '2026',
    }),
  from: z
    .string()
    .optional()
    .openapi({ description: 'First day YYYY-MM-DD (with `to`)', example: '2026-03-01' }),
  to: z.string().optional().openapi({ description: 'Last day YYYY-MM-DD, at most 10 years after `from`' }),
});

const holidaysRoute = createRoute({
  method: 'get',
  path: '/holidays',
  summary: 'Holidays in a date range',
  request: { query: rangeParams.merge(holidayFilterParams).merge(cityParams).strict() },
  responses: {
    200: {
      description: 'Occurrences sorted by date',
      content: {
        'application/json': {
          schema: z.object({
            from: z.string(),
            to: z.string(),
            lang: z.string(),
            holidays: z.array(occurrenceSchema),
          }),
        },
      },
    },
    ...problemResponses,
  },
});

const holidayRoute = createRoute({
  method: 'get',
  path: '/holidays/{id}',
  summary: 'One holiday: definition and the next five dates',
  request: {
    params: z.object({ id: z.string().max(80).openapi({ example: 'diwali' }) }),
    query: holidayFilterParams
      .pick({
        lang: true,
        jewish: true,
        'islamic-method': true,
        'crescent-criterion': true,
        'islamic-country': true,
        vesak: true,
        'sikh-calendar': true,
        place: true,
      })
      .merge(cityParams)
      .strict(),
  },
  responses: {
    200: {
      description: 'The holiday',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            tradition: z.enum(TRADITION_IDS),
            traditionName: z.string(),
            traditionNameLocale: z.enum(LOCALES).openapi({
              description:
                'The language of `traditionName`: `lang`, or en where none in it is documented yet',
            }),
            importance: z.enum(IMPORTANCES),
            name: z.string(),
            nameLocale: z.enum(LOCALES).openapi({
              description: 'The language of `name`: `lang`, or en where no name in it is documented yet',
            }),
            names: z.record(z.string(), z.string()),
            description: z.string(),
            descriptionLocale: z.enum(LOCALES).openapi({
              description: 'The language of `description`: `lang`, or en where it has no translation yet',
            }),
            rule: z.string().openapi({ description: 'How the date is computed' }),
            days: z.number(),
            startsEvening: z.boolean(),
            uncertainty: z.object({ kind: z.enum(UNCERTAINTY_KINDS), note: z.string() }).nullable(),
            sources: z.array(z.string()),
            upcoming: z.array(occurrenceSchema),
          }),
        },
      },
    },
    ...problemResponses,
    404: {
      description: 'Unknown holiday id',
      content: { 'application/problem+json': { schema: problemSchema } },
    },
  },
});

const traditionsRoute = createRoute({
  method: 'get',
  path: '/traditions',
  summary: 'Traditions and their holidays',
  request: { query: z.object({ lang: holidayFilterParams.shape.lang }).strict() },
  responses: {
    200: {
      description: 'Every tradition with its holiday ids and names',
      content: {
        'application/json': {
          schema: z.array(
            z.object({
              id: z.enum(TRADITION_IDS),
              name: z.string(),
              nameLocale: z.literal('en').optional().openapi({
                description: 'Present when `name` has no documented form in the requested language yet',
              }),
              description: z.string(),
              holidays: z.array(
                z.object({ id: z.string(), name: z.string(), importance: z.enum(IMPORTANCES) }),
              ),
            }),
          ),
        },
      },
    },
    ...problemResponses,
  },
});

const UPCOMING = 5;
/** The most years one request may span: bounds the work per request. */
const MAX_RANGE_YEARS = 10;
const ALLOW = 'GET, HEAD, OPTIONS';
const DEFAULT_LANGUAGE = 'en';

// JSON answers carry no links, so their keys leave out the origin: no Host header can split them.
const respondJson = (c: Context<AppEnv>, cache: ResponseCache, key: string[], body: () => unknown) =>
  cache.respond(key.join('\n'), () => c.json(body(), 200));

export function apiRoutes(cache: ResponseCache): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    // Unknown parameters are refused (a misspelt `method=` must not silently do nothing), bad values named.
    defaultHook: (result, c) =>
      result.success
        ? undefined
        : respondFailure(c, failureFromIssue(result.error.issues[0]!, c.req.query())),
  });

  api.openapi(holidaysRoute, (c) => {
    const params = c.req.valid('query');
    const { year, from, to } = params;
    const range = resolveRange(
      { year, from, to },
      { defaultYear: Number(c.get('today').slice(0, 4)), maxYears: MAX_RANGE_YEARS },
    );
    const { language } = requestLocale(params.lang, DEFAULT_LANGUAGE);
    const filter = readFilter(params);
    const key = ['api-holidays', c.get('today'), language, range.from, range.to, filterKey(filter)];
    return respondJson(c, cache, key, () => {
      const holidays = getHolidays({ ...toHolidayQuery(filter), ...range, locale: language });
      return { ...range, lang: language, holidays };
    }) as never;
  });
  refuseOtherMethods(api, '/holidays', ALLOW);

  api.openapi(holidayRoute, (c) => {
    const { id } = c.req.valid('param');
    const params = c.req.valid('query');
    const filter = readFilter(params);
    const { language } = requestLocale(params.lang, DEFAULT_LANGUAGE);
    // The library names what it does not know (404 for the id); the key holds the canonical id only.
    const holiday = describeHoliday(id, language);
    const today = c.get('today');
    const key = ['api-holiday', today, language, holiday.id, filterKey(filter)];
    return respondJson(c, cache, key, () => {
      const { traditions: _t, ids: _i, importance: _m, ...variants } = toHolidayQuery(filter);
      const upcoming = nextOccurrences(holiday.id, {
        ...variants,
        from: today,
        count: UPCOMING,
        locale: language,
      });
      return {
        id: holiday.id,
        tradition: holiday.tradition,
        traditionName: holiday.traditionName,
        traditionNameLocale: holiday.traditionNameLocale,
        importance: holiday.importance,
        name: holiday.name,
        nameLocale: holiday.nameLocale,
        names: holiday.names,
        description: holiday.description,
        descriptionLocale: holiday.descriptionLocale,
        rule: holiday.ruleSummary,
        days: holiday.days,
        startsEvening: holiday.startsEvening,
        uncertainty: holiday.uncertainty,
        sources: holiday.sources,
        upcoming,
      };
    }) as never;
  });
  refuseOtherMethods(api, '/holidays/:id', ALLOW);

  api.openapi(traditionsRoute, (c) => {
    const { language } = requestLocale(c.req.valid('query').lang, DEFAULT_LANGUAGE);
    return respondJson(c, cache, ['api-traditions', language], () => listTraditions(language)) as never;
  });
  refuseOtherMethods(api, '/traditions', ALLOW);

  // Date check and Ramadan timetable (issue 11), in this document too.
  api.route('/', planningApiRoutes(cache));

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'interkal API',
      version: '1.0.0',
      description: 'Holidays of many religions and cultures, 1900–2100, computed from their calendars.',
    },
    servers: [{ url: '/api/v1' }],
  });
  refuseOtherMethods(api, '/openapi.json', ALLOW);
  return api;
}

import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  getHolidayDefinition,
  getHolidays,
  IMPORTANCES,
  LOCALES,
  listTraditions,
  MAX_YEAR,
  MIN_YEAR,
  TRADITION_IDS,
} from '@interkal/core';
import type { AppEnv } from '../env.js';
import { holidayFilterParams, toHolidayQuery } from '../params.js';
import { problemFromError, problemFromIssue } from '../problem.js';
import { resolveRange } from '../range.js';

const occurrenceSchema = z
  .object({
    id: z.string().openapi({ example: 'eid-al-fitr' }),
    tradition: z.enum(TRADITION_IDS),
    importance: z.enum(IMPORTANCES),
    name: z.string().openapi({ example: 'Ramadanfest' }),
    date: z.string().openapi({ description: 'First civil (daytime) day, YYYY-MM-DD', example: '2026-03-20' }),
    endDate: z.string().openapi({ description: 'Last day, inclusive', example: '2026-03-22' }),
    startsEvening: z.boolean().openapi({ description: 'Begins at sunset on the evening before `date`' }),
    uncertainty: z
      .object({ kind: z.enum(['moon', 'place', 'region', 'announced']), note: z.string() })
      .nullable(),
    variant: z.string().optional(),
    nativeDate: z.string().optional().openapi({ example: '1 Shawwal 1447' }),
    instant: z.string().optional().openapi({ description: 'Astronomical instant (UTC) behind the date' }),
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
  request: { query: rangeParams.merge(holidayFilterParams) },
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
    query: holidayFilterParams.pick({
      lang: true,
      jewish: true,
      'islamic-method': true,
      vesak: true,
      'sikh-calendar': true,
      place: true,
    }),
  },
  responses: {
    200: {
      description: 'The holiday',
      content: {
        'application/json': {
          schema: z.object({
            id: z.string(),
            tradition: z.enum(TRADITION_IDS),
            importance: z.enum(IMPORTANCES),
            name: z.string(),
            names: z.record(z.string(), z.string()),
            description: z.string(),
            rule: z.string().openapi({ description: 'How the date is computed' }),
            days: z.number(),
            startsEvening: z.boolean(),
            uncertainty: z.object({ kind: z.string(), note: z.string() }).nullable(),
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
  request: { query: z.object({ lang: holidayFilterParams.shape.lang }) },
  responses: {
    200: {
      description: 'Every tradition with its holiday ids and names',
      content: {
        'application/json': {
          schema: z.array(
            z.object({
              id: z.enum(TRADITION_IDS),
              name: z.string(),
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

export function apiRoutes(): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : problemFromIssue(c, result.error.issues[0]!)),
  });
  api.onError((error, c) => problemFromError(c, error));

  api.openapi(holidaysRoute, (c) => {
    const params = c.req.valid('query');
    const range = resolveRange(params, c.get('today'));
    const lang = params.lang ?? 'en';
    const holidays = getHolidays({ ...toHolidayQuery(params), ...range, locale: lang });
    return c.json({ ...range, lang, holidays }, 200);
  });

  api.openapi(holidayRoute, (c) => {
    const { id } = c.req.valid('param');
    const params = c.req.valid('query');
    const definition = getHolidayDefinition(id);
    const query = toHolidayQuery(params);
    const locale = params.lang ?? 'en';
    const [traditionInfo] = listTraditions(locale).filter((t) => t.id === definition.tradition);
    const today = c.get('today');
    const upcoming = getHolidays({
      ...query,
      ids: [id],
      locale,
      from: today,
      to: `${Math.min(Number(today.slice(0, 4)) + 10, MAX_YEAR)}-12-31`,
    })
      .filter((o) => o.date >= today)
      .slice(0, UPCOMING);
    const local = (text: Record<string, string | undefined>): string =>
      text[locale.split('-')[0]!] ?? text.en!;
    return c.json(
      {
        id,
        tradition: definition.tradition,
        traditionName: traditionInfo?.name,
        importance: definition.importance,
        name: local(definition.names),
        names: Object.fromEntries(
          LOCALES.flatMap((l) => (definition.names[l] ? [[l, definition.names[l]]] : [])),
        ),
        description: local(definition.description),
        rule: definition.ruleSummary,
        days: definition.days,
        startsEvening: definition.startsEvening,
        uncertainty: definition.uncertainty && {
          kind: definition.uncertainty.kind,
          note: local(definition.uncertainty.note),
        },
        sources: [...definition.sources],
        upcoming,
      },
      200,
    );
  });

  api.openapi(traditionsRoute, (c) => c.json(listTraditions(c.req.valid('query').lang), 200));

  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'interkal API',
      version: '1.0.0',
      description: 'Holidays of many religions and cultures, 1900–2100, computed from their calendars.',
    },
    servers: [{ url: '/api/v1' }],
  });
  return api;
}

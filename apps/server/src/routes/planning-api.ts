import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type CheckDatesOptions,
  formatPlace,
  LOCALES,
  MAX_CHECK_ITEMS,
  MAX_CHECK_RANGE_DAYS,
  MAX_YEAR,
  MIN_YEAR,
  RAMADAN_METHOD,
  ramadanTimetable,
  STATE_CODES,
} from '@interkal/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.js';
import { failureFromIssue } from '../failure.js';
import { checkDates } from '../library.js';
import { requestLocale } from '../locale.js';
import {
  canonicalList,
  cityParams,
  holidayFilterParams,
  islamicChoiceKey,
  islamicOptions,
  islamicParams,
  readIslamicChoice,
  readPlace,
} from '../params.js';
import {
  MAX_ICS_BYTES,
  MAX_ICS_EVENTS,
  MAX_ICS_OCCURRENCES,
  MAX_OCCURRENCES_PER_EVENT,
  readIcsEvents,
} from '../read-ics.js';
import { respondFailure } from '../respond-failure.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods } from './get-only.js';

const DEFAULT_LANGUAGE = 'en';

/** What a date check reads besides the dates: GET takes it with `dates`, POST in the query beside the .ics body. */
export const checkParams = holidayFilterParams
  .pick({ lang: true, traditions: true, jewish: true, 'islamic-method': true, place: true })
  .merge(cityParams)
  .extend({
    state: z
      .string()
      .max(8)
      .optional()
      .openapi({
        description: `German state for school exemptions: ${STATE_CODES.join(', ')}.`,
        example: 'NW',
      }),
  });
export type CheckParams = z.infer<typeof checkParams>;

const conflictsQuery = checkParams.extend({
  dates: z
    .string()
    .min(1)
    .max(MAX_CHECK_ITEMS * 23)
    .openapi({
      description: `Comma-separated days YYYY-MM-DD or ranges YYYY-MM-DD..YYYY-MM-DD (at most ${MAX_CHECK_ITEMS}, a range at most ${MAX_CHECK_RANGE_DAYS} days).`,
      example: '2026-09-21,2026-03-20,2026-09-20..2026-09-22',
    }),
});

/** A check in canonical form: the cache key and the library call are built from it alone. */
export interface CheckRequest {
  options: Omit<CheckDatesOptions, 'dates'>;
  language: string;
  key: string;
}

export function readCheck(params: CheckParams): CheckRequest {
  const { language } = requestLocale(params.lang, DEFAULT_LANGUAGE);
  const { place, city } = readPlace(params);
  const traditions = canonicalList(params.traditions);
  const state = params.state?.trim().toUpperCase() || undefined;
  const options: Omit<CheckDatesOptions, 'dates'> = {
    locale: language,
    ...(traditions ? { traditions } : {}),
    ...(state ? { state } : {}),
    ...(place ? { place } : {}),
    ...(params.jewish ? { jewish: params.jewish } : {}),
    ...(params['islamic-method'] ? { islamicMethod: params['islamic-method'] } : {}),
  };
  const key = [
    language,
    traditions?.join(',') ?? '*',
    state ?? '-',
    place ? formatPlace(place) : '-',
    city?.slug ?? '-',
    params.jewish ?? '-',
    params['islamic-method'] ?? '-',
  ].join('|');
  return { options, language, key };
}

/** "2026-09-21, 2026-09-20..2026-09-22" → trimmed items without empties, in the order given. */
export const splitDates = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');

const problemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() })
  .openapi('PlanningProblem');
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

const regulationSchema = z.object({
  title: z.string(),
  date: z.string(),
  url: z.string(),
  readAt: z.string().optional(),
});
const conflictSchema = z
  .object({
    id: z.string().openapi({ example: 'yom-kippur' }),
    name: z.string().openapi({ example: 'Jom Kippur' }),
    nameLocale: z.literal('en').optional().openapi({
      description: '"en" when the name has no documented form in the requested language yet and is English',
    }),
    tradition: z.string().openapi({ example: 'judaism' }),
    importance: z.string(),
    holidayDate: z.string().openapi({ description: 'The holiday’s first civil day' }),
    holidayEndDate: z.string(),
    days: z.array(z.string()).openapi({ description: 'The holiday’s days inside the checked date or range' }),
    eveningBefore: z
      .boolean()
      .openapi({ description: 'Only the evening before is in the range: the holiday begins at its sunset' }),
    startsEvening: z.boolean(),
    startsAt: z.string().optional().openapi({
      description: 'With place or city: local sunset on the evening before',
      example: '2026-09-20T19:36+02:00',
    }),
    impact: z.enum(['high', 'medium', 'low']),
    workRestricted: z.boolean(),
    fasting: z.boolean(),
    fastingKind: z.enum(['none', 'partial', 'dawn-to-dusk', 'full-day']),
    hasFacts: z.boolean(),
    note: z.string().optional().openapi({ description: 'Where communities differ' }),
    noteLocale: z.enum(LOCALES).optional().openapi({
      description: 'With note: its language, the requested one or "en" where it has no translation yet',
    }),
    observanceSources: z.array(z.string()),
    schoolExemption: z
      .object({
        state: z.string(),
        status: z.enum(['listed', 'general', 'not-listed', 'unknown']),
        source: regulationSchema.optional(),
      })
      .passthrough()
      .nullable()
      .openapi({
        description: 'With state: what that state’s school regulation says (status unknown: none found)',
      }),
    uncertainty: z.object({ kind: z.string(), note: z.string() }).nullable(),
    variant: z.string().optional(),
  })
  .openapi('Conflict');
const dateCheckSchema = z.object({
  date: z.string().openapi({ example: '2026-09-21' }),
  from: z.string(),
  to: z.string(),
  conflicts: z.array(conflictSchema),
});

const cutOffSchema = z
  .object({
    uid: z.string(),
    summary: z.string(),
    checked: z.number().openapi({ description: 'How many of its occurrences were checked' }),
    lastDates: z.string().nullable().openapi({ description: 'The last checked occurrence’s days' }),
    reason: z.enum(['occurrences', 'file', 'steps', 'last-year']).openapi({
      description: `occurrences: at most ${MAX_OCCURRENCES_PER_EVENT} per event; file: at most ${MAX_ICS_OCCURRENCES} per file; steps: its rule took too many tries to expand (FREQ=SECONDLY, a rule few dates fit); last-year: it goes on after ${MAX_YEAR}`,
    }),
    limit: z
      .number()
      .openapi({ description: 'The number the reason refers to', example: MAX_OCCURRENCES_PER_EVENT }),
  })
  .openapi('IcsCutOff');

const conflictsRoute = createRoute({
  method: 'get',
  path: '/conflicts',
  summary: 'Date check: which holidays touch these days, and how much they matter for planning',
  request: { query: conflictsQuery.strict() },
  responses: {
    200: {
      description: 'Per date or range, every holiday whose days or evening before touch it',
      content: {
        'application/json': { schema: z.object({ lang: z.string(), dates: z.array(dateCheckSchema) }) },
      },
    },
    400: problem('Invalid parameter'),
  },
});

const conflictsPostRoute = createRoute({
  method: 'post',
  path: '/conflicts',
  summary: 'Date check of an iCalendar file (an exam schedule): the conflicts of each event',
  request: {
    query: checkParams.strict(),
    body: {
      required: true,
      description: `An iCalendar file (text/calendar), at most ${MAX_ICS_BYTES / 1024} KiB and ${MAX_ICS_EVENTS} events. Recurring events (RRULE, RDATE, EXDATE, RECURRENCE-ID) are checked at each occurrence: at most ${MAX_OCCURRENCES_PER_EVENT} per event, ${MAX_ICS_OCCURRENCES} per file, through ${MAX_YEAR}.`,
      content: { 'text/calendar': { schema: z.string() } },
    },
  },
  responses: {
    200: {
      description: 'Per event, and per occurrence of a recurring one, its UID, summary, days and conflicts',
      content: {
        'application/json': {
          schema: z.object({
            lang: z.string(),
            events: z.array(dateCheckSchema.extend({ uid: z.string(), summary: z.string() })),
            cutOff: z.array(cutOffSchema).openapi({
              description: 'The recurring events whose later occurrences were not checked (empty when none)',
            }),
          }),
        },
      },
    },
    400: problem('Invalid parameter or not iCalendar'),
    413: problem(`Body over ${MAX_ICS_BYTES / 1024} KiB`),
    415: problem('Body is not text/calendar'),
  },
});

const ramadanRoute = createRoute({
  method: 'get',
  path: '/ramadan',
  summary: 'Ramadan day by day for a place: imsak (dawn) and iftar (sunset) by Diyanet’s method',
  description:
    'islamic-method, crescent-criterion and islamic-country decide the month’s first and last day as for /holidays; the times are the place’s. A community in Germany following Pakistan’s announcement: islamic-method=crescent&islamic-country=PK.',
  request: {
    query: z
      .object({
        year: z
          .string()
          .regex(/^\d{4}$/)
          .openapi({ description: `Gregorian year ${MIN_YEAR}–${MAX_YEAR}`, example: '2026' }),
      })
      .merge(islamicParams)
      .merge(holidayFilterParams.pick({ place: true }))
      .merge(cityParams)
      .strict(),
  },
  responses: {
    200: {
      description: 'Every fasting day of the Ramadan(s) beginning in the year',
      content: {
        'application/json': {
          schema: z.object({
            year: z.number(),
            place: z.object({
              latitude: z.number(),
              longitude: z.number(),
              timeZone: z.string(),
              city: z.string().optional(),
            }),
            method: z
              .object({ name: z.string(), fajrAngle: z.number(), ishaAngle: z.number() })
              .passthrough(),
            days: z.array(
              z.object({
                date: z.string(),
                day: z.number(),
                imsak: z.string().openapi({ example: '2026-02-19T05:20+01:00' }),
                sunrise: z.string(),
                iftar: z.string().openapi({ example: '2026-02-19T17:34+01:00' }),
                fastMinutes: z.number(),
              }),
            ),
          }),
        },
      },
    },
    400: problem('Invalid parameter'),
  },
});

/** POST bodies: text/calendar only (415), at most MAX_ICS_BYTES (413), before anything reads them. */
export const icsBodyGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'text/calendar') {
    return respondFailure(c, {
      title: 'Unsupported media type',
      status: 415,
      detail: 'Send the calendar as Content-Type: text/calendar.',
      parameter: 'Content-Type',
      allowed: 'text/calendar',
    });
  }
  return bodyLimit({ maxSize: MAX_ICS_BYTES, onError: (c2) => tooLarge(c2) })(c, next);
};

export const tooLarge = (c: Context) =>
  respondFailure(c, {
    title: 'Payload too large',
    status: 413,
    detail: `The body is larger than ${MAX_ICS_BYTES / 1024} KiB.`,
    parameter: 'body',
    allowed: `at most ${MAX_ICS_BYTES / 1024} KiB`,
  });

/** Check many items in the library's batches of MAX_CHECK_ITEMS. */
export function checkAll(dates: string[], options: Omit<CheckDatesOptions, 'dates'>) {
  const results = [];
  for (let i = 0; i < dates.length; i += MAX_CHECK_ITEMS) {
    results.push(...checkDates({ ...options, dates: dates.slice(i, i + MAX_CHECK_ITEMS) }).dates);
  }
  return results;
}

export function planningApiRoutes(cache: ResponseCache): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) =>
      result.success
        ? undefined
        : respondFailure(c, failureFromIssue(result.error.issues[0]!, c.req.query())),
  });

  api.openapi(conflictsRoute, (c) => {
    const params = c.req.valid('query');
    const check = readCheck(params);
    const dates = splitDates(params.dates);
    const key = ['api-conflicts', check.key, dates.join(',')].join('\n');
    return cache.respond(key, () =>
      c.json({ lang: check.language, dates: checkDates({ ...check.options, dates }).dates }, 200),
    ) as never;
  });

  api.use('/conflicts', async (c, next) => (c.req.method === 'POST' ? icsBodyGuard(c, next) : next()));
  api.openapi(conflictsPostRoute, async (c) => {
    const check = readCheck(c.req.valid('query'));
    const { events, cutOff } = readIcsEvents(await c.req.text());
    const results = checkAll(
      events.map((event) => event.dates),
      check.options,
    );
    return c.json(
      {
        lang: check.language,
        events: events.map((event, i) => ({ uid: event.uid, summary: event.summary, ...results[i]! })),
        cutOff,
      },
      200,
      { 'Cache-Control': 'no-store' },
    ) as never;
  });
  refuseOtherMethods(api, '/conflicts', 'GET, HEAD, POST, OPTIONS');

  api.openapi(ramadanRoute, (c) => {
    const params = c.req.valid('query');
    const { place, city } = readPlace(params);
    if (!place) {
      return respondFailure(c, {
        type: 'https://interkal.dev/problems/invalid-option',
        title: 'Invalid parameter',
        status: 400,
        detail: 'Invalid city: a place or a city is required.',
        parameter: 'city',
        allowed: 'a German city such as berlin, or place=LAT,LON,ZONE',
      }) as never;
    }
    const islamic = readIslamicChoice(params);
    const key = [
      'api-ramadan',
      params.year,
      formatPlace(place),
      city?.slug ?? '-',
      islamicChoiceKey(islamic),
    ].join('\n');
    return cache.respond(key, () => {
      const year = Number(params.year);
      const { days } = ramadanTimetable({ year, place, ...islamicOptions(islamic) });
      return c.json(
        { year, place: { ...place, ...(city ? { city: city.name } : {}) }, method: RAMADAN_METHOD, days },
        200,
      );
    }) as never;
  });
  refuseOtherMethods(api, '/ramadan', 'GET, HEAD, OPTIONS');
  return api;
}

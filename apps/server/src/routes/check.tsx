import { z } from '@hono/zod-openapi';
import { MAX_CHECK_ITEMS } from '@interkal/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../env.js';
import { failureFromIssue } from '../failure.js';
import { isLocale } from '../i18n/ui.js';
import { checkDates } from '../library.js';
import { readPlace } from '../params.js';
import { MAX_ICS_BYTES, readIcsEvents } from '../read-ics.js';
import { CHECK_CSS } from '../render/check-css.js';
import { checkPage } from '../render/check-page.js';
import { CutOffNotice, dateLabel, ResultsTable } from '../render/check-results.js';
import { chosenTraditions } from '../render/form-parts.js';
import { respondFailure } from '../respond-failure.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods, serveStylesheet } from './get-only.js';
import { checkAll, checkParams, readCheck, splitDates } from './planning-api.js';

const PAGE_MAX_AGE = 3600;
const pageQuery = checkParams.extend({
  dates: z
    .string()
    .max(MAX_CHECK_ITEMS * 24)
    .optional(),
});
// The form's fields and multipart framing around the file.
const MAX_FORM_BYTES = MAX_ICS_BYTES + 16 * 1024;

/** Form fields read the way the API reads its query; empty selects mean "none". */
function formParams(fields: Record<string, unknown>, traditions: string[]) {
  const field = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  return {
    state: field('state'),
    city: field('city'),
    ...(traditions.length > 0 ? { traditions: traditions.join(',') } : {}),
  };
}

/** /{lang}/check: the date check as a page. GET checks typed dates, POST an uploaded .ics; no script needed. */
export function checkRoutes(cache: ResponseCache): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  serveStylesheet(routes, '/assets/check.css', CHECK_CSS);

  routes.get('/:lang{[a-z]{2}}/check', (c) => {
    const locale = c.req.param('lang');
    if (!isLocale(locale)) return c.notFound();
    const traditions = chosenTraditions(c);
    const query = c.req.query();
    const params = { ...formParams(query, traditions), ...(query.dates ? { dates: query.dates } : {}) };
    const parsed = pageQuery.safeParse(params);
    if (!parsed.success) return respondFailure(c, failureFromIssue(parsed.error.issues[0]!, query));
    const check = readCheck({ ...parsed.data, lang: locale });
    const { city } = readPlace(parsed.data);
    const dates = splitDates(query.dates ?? '');
    const values = { dates: dates.join('\n'), state: parsed.data.state, city: city?.slug, traditions };
    const key = ['page-check', locale, check.key, dates.join(',')].join('\n');
    return cache.respond(key, async () => {
      const rows =
        dates.length === 0
          ? undefined
          : checkDates({ ...check.options, dates }).dates.map((entry) => ({
              heading: dateLabel(locale, entry),
              check: entry,
            }));
      const state = check.options.state;
      const results = rows && (
        <ResultsTable locale={locale} rows={rows} state={state} city={city} eventColumn={false} />
      );
      return c.html(await checkPage(locale, values, results), 200, {
        'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
        'Content-Language': locale,
      });
    });
  });

  routes.post(
    '/:lang{[a-z]{2}}/check',
    async (c, next) => {
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'multipart/form-data') {
        return respondFailure(c, {
          title: 'Unsupported media type',
          status: 415,
          detail: 'Send the form as multipart/form-data.',
          parameter: 'Content-Type',
          allowed: 'multipart/form-data',
        });
      }
      return bodyLimit({
        maxSize: MAX_FORM_BYTES,
        onError: (c2) =>
          respondFailure(c2, {
            title: 'Payload too large',
            status: 413,
            detail: `The file is larger than ${MAX_ICS_BYTES / 1024} KiB.`,
            parameter: 'file',
            allowed: `≤ ${MAX_ICS_BYTES / 1024} KB`,
          }),
      })(c, next);
    },
    async (c) => {
      const locale = c.req.param('lang');
      if (!isLocale(locale)) return c.notFound();
      let form: Record<string, unknown>;
      try {
        form = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
      } catch {
        return respondFailure(c, {
          title: 'Bad request',
          status: 400,
          detail: 'Unreadable form.',
          parameter: 'file',
        });
      }
      const file = form.file;
      if (!(file instanceof File) || file.size > MAX_ICS_BYTES) {
        return respondFailure(c, {
          title: 'Bad request',
          status: file instanceof File ? 413 : 400,
          detail: 'A calendar file (.ics) is required.',
          parameter: 'file',
          allowed: `.ics ≤ ${MAX_ICS_BYTES / 1024} KB`,
        });
      }
      const traditions = [form.traditions]
        .flat()
        .filter((t): t is string => typeof t === 'string')
        .flatMap((t) => t.split(','));
      const parsed = checkParams.safeParse(formParams(form, traditions));
      if (!parsed.success) return respondFailure(c, failureFromIssue(parsed.error.issues[0]!, {}));
      const check = readCheck({ ...parsed.data, lang: locale });
      const { city } = readPlace(parsed.data);
      const { events, cutOff } = readIcsEvents(await file.text());
      const results = checkAll(
        events.map((event) => event.dates),
        check.options,
      );
      const rows = events.map((event, i) => ({
        heading: `${event.summary || event.uid} (${dateLabel(locale, results[i]!)})`,
        check: results[i]!,
      }));
      const values = { dates: '', state: parsed.data.state, city: city?.slug, traditions: [] };
      const table = (
        <>
          {cutOff.length > 0 && <CutOffNotice locale={locale} cutOff={cutOff} />}
          <ResultsTable
            locale={locale}
            rows={rows}
            state={check.options.state}
            city={city}
            eventColumn={true}
          />
        </>
      );
      return c.html(await checkPage(locale, values, table), 200, {
        'Cache-Control': 'no-store',
        'Content-Language': locale,
      });
    },
  );
  refuseOtherMethods(routes, '/:lang{[a-z]{2}}/check', 'GET, HEAD, POST');
  return routes;
}

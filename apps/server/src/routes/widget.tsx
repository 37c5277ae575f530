import { z } from '@hono/zod-openapi';
import { formatPlace, type Locale, type MonthRef } from '@interkal/core';
import { type Context, Hono } from 'hono';
import { etag } from 'hono/etag';
import { raw } from 'hono/html';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env.js';
import { failureFromIssue, notFoundFailure } from '../failure.js';
import { direction, negotiateLocale, UI } from '../i18n/ui.js';
import { getMonth } from '../library.js';
import { requestLocale } from '../locale.js';
import { type Filter, filterKey, holidayFilterParams, readFilter, toHolidayQuery } from '../params.js';
import { sha256Base64, widgetCsp } from '../render/csp.js';
import { MonthGrid } from '../render/month-grid.js';
import { DEFAULT_HIGHLIGHT, themeCss, WIDGET_CSS, type WidgetTheme } from '../render/widget-css.js';
import { EMBED_JS } from '../render/widget-embed-js.js';
import { EMBED_PAGE_CSS, EMBED_PAGE_JS } from '../render/widget-embed-page.js';
import { WIDGET_JS } from '../render/widget-js.js';
import { respondFailure } from '../respond-failure.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods } from './get-only.js';

const WIDGET_MAX_AGE = 3600;

const HEX_COLOUR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;
// A local font's name only: letters, digits, spaces, hyphens. Nothing that could end a CSS string or <style>.
const FONT_NAME = /^[a-z0-9 -]{1,40}$/i;

/** The widget's query: the shared holiday filter, the month, and the theme. */
export const widgetParams = holidayFilterParams.extend({
  year: z
    .string()
    .regex(/^\d{4}$/, 'a year YYYY')
    .optional(),
  month: z
    .string()
    .regex(/^(0?[1-9]|1[0-2])$/, 'a month 1–12')
    .optional(),
  theme: z.enum(['light', 'dark']).optional(),
  size: z.enum(['compact', 'full']).optional(),
  highlight: z.string().regex(HEX_COLOUR, 'a colour #rgb or #rrggbb').optional(),
  font: z.string().regex(FONT_NAME, 'system, sans-serif, serif, monospace or a local font name').optional(),
  radius: z
    .string()
    .regex(/^(\d|1\d|2[0-4])$/, 'a corner radius 0–24 (px)')
    .optional(),
  accent: z.string().regex(HEX_COLOUR, 'a colour #rgb or #rrggbb').optional(),
  border: z
    .string()
    .regex(/^[0-4]$/, 'a line width 0–4 (px)')
    .optional(),
  weekstart: z
    .string()
    .regex(/^[1-7]$/, 'an ISO weekday 1 (Monday) – 7 (Sunday)')
    .optional(),
});
export type WidgetParams = z.infer<typeof widgetParams>;

/**
 * Headers of everything another site embeds: any site may frame the widget and load embed.js, so
 * X-Frame-Options goes (CSP frame-ancestors * says it) and resources may be used cross-origin. The rest of
 * secureHeaders' defaults stay (nosniff, no referrer, HSTS).
 */
const embeddableHeaders = () =>
  secureHeaders({ xFrameOptions: false, crossOriginResourcePolicy: 'cross-origin' });

/** The request in canonical form, as links to other months repeat it: lists sorted, values as validated. */
function canonicalQuery(params: WidgetParams, filter: Filter, tag: string): [string, string][] {
  const given = (name: keyof WidgetParams, value: string | undefined): [string, string][] =>
    params[name] === undefined || value === undefined ? [] : [[name, value]];
  const place = filter.place && formatPlace(filter.place);
  return [
    ...given('traditions', filter.traditions?.join(',')),
    ...given('ids', filter.ids?.join(',')),
    ...given('lang', tag),
    ...given('importance', filter.importance?.join(',')),
    ...given('jewish', filter.jewish),
    ...given('islamic-method', filter.islamicMethod),
    ...given('crescent-criterion', filter.crescentCriterion),
    ...given('islamic-country', filter.islamicCountry),
    ...given('vesak', filter.vesak),
    ...given('sikh-calendar', filter.sikhCalendar),
    ...given('place', place),
    ...given('theme', params.theme),
    ...given('size', params.size),
    ...given('highlight', params.highlight?.toLowerCase()),
    ...given('font', params.font),
    ...given('radius', params.radius),
    ...given('accent', params.accent?.toLowerCase()),
    ...given('border', params.border),
    ...given('weekstart', params.weekstart),
  ];
}

/** A link to another month with the same choices; none beyond the supported years. */
function monthHref(query: [string, string][], ref: MonthRef): string | undefined {
  if (ref === null) return undefined;
  const search = new URLSearchParams(query);
  search.set('year', String(ref.year));
  search.set('month', String(ref.month));
  return `?${search.toString()}`;
}

/** Where the server stands when it marks "today"; the widget's script moves the mark to the reader's zone. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** The civil date at `now` in a time zone, YYYY-MM-DD (en-CA formats dates that way). */
export const zonedToday = (now: Date, timeZone = DEFAULT_TIME_ZONE) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );

/** The month page for the canonical request; unknown parameters are ignored and never key the cache. */
async function serveWidget(c: Context<AppEnv>, cache: ResponseCache, now: () => Date): Promise<Response> {
  const parsed = widgetParams.safeParse(c.req.query());
  if (!parsed.success) return respondFailure(c, failureFromIssue(parsed.error.issues[0]!, c.req.query()));
  const params = parsed.data;
  const negotiated = negotiateLocale(c.req.header('Accept-Language'));
  const { tag, language } = requestLocale(params.lang, negotiated);
  const today = zonedToday(now());
  const year = params.year === undefined ? Number(today.slice(0, 4)) : Number(params.year);
  const month = params.month === undefined ? Number(today.slice(5, 7)) : Number(params.month);
  const requested = readFilter(params);
  const filter: Filter = { ...requested, importance: requested.importance ?? ['major'] };
  const query = canonicalQuery(params, requested, tag);
  const key = ['widget', today, tag, year, month, filterKey(filter), new URLSearchParams(query)];
  const response = await cache.respond(key.join('\n'), () =>
    renderWidget(c, { params, filter, tag, language, year, month, query, today }),
  );
  if (params.lang === undefined) response.headers.set('Vary', 'Accept-Language');
  return response;
}

interface WidgetRequest {
  params: WidgetParams;
  filter: Filter;
  tag: string;
  language: Locale;
  year: number;
  month: number;
  query: [string, string][];
  today: string;
}

async function renderWidget(
  c: Context<AppEnv>,
  { params, filter, tag, language, year, month, query, today }: WidgetRequest,
): Promise<Response> {
  // A bad year or month is the library's InterkalError naming it (app.onError shows it in the frame).
  const view = getMonth({ ...toHolidayQuery(filter), year, month, locale: tag });
  const theme: WidgetTheme = {
    scheme: params.theme ?? 'light',
    size: params.size ?? 'full',
    highlight: params.highlight?.toLowerCase(),
    font: params.font,
    radius: params.radius === undefined ? undefined : Number(params.radius),
    accent: params.accent?.toLowerCase(),
    border: params.border === undefined ? undefined : Number(params.border),
  };
  const css = `${themeCss(theme)}\n${WIDGET_CSS}`;
  const ui = UI[language];
  const title = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  const html = (
    <html lang={tag} dir={direction(language)} class={theme.size === 'compact' ? 'ik compact' : 'ik'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${ui.widgetTitle} – ${title}`}</title>
        <style>{raw(css)}</style>
        <script src="/widget/widget.js" defer />
      </head>
      <body>
        <MonthGrid
          year={year}
          month={month}
          tag={tag}
          language={language}
          ui={ui}
          today={today}
          weekStart={params.weekstart === undefined ? undefined : Number(params.weekstart)}
          occurrences={view.occurrences}
          previousHref={monthHref(query, view.previous)}
          nextHref={monthHref(query, view.next)}
          defaultHighlight={
            (theme.highlight ?? DEFAULT_HIGHLIGHT) === DEFAULT_HIGHLIGHT && theme.scheme === 'light'
          }
        />
      </body>
    </html>
  );
  return c.html(`<!doctype html>${await html}`, 200, {
    'Cache-Control': `public, max-age=${WIDGET_MAX_AGE}`,
    'Content-Language': language,
    'Content-Security-Policy': widgetCsp(await sha256Base64(css)),
  });
}

const asset = (body: string, type: string) => (c: Context<AppEnv>) =>
  c.body(body, 200, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': `public, max-age=${WIDGET_MAX_AGE}`,
  });

const ALLOW = 'GET, HEAD';

/** /widget/month (the iframe page), its script, the embed page's assets and /embed.js (for embedding pages). */
export function widgetRoutes(cache: ResponseCache, now: () => Date = () => new Date()): Hono<AppEnv> {
  const widget = new Hono<AppEnv>();
  // Scoped paths, not '*': this app is mounted at '/' before the site-wide middleware (see app.ts).
  for (const path of ['/widget/*', '/embed.js']) widget.use(path, embeddableHeaders(), etag());
  widget.get('/widget/month', (c) => serveWidget(c, cache, now));
  widget.get('/widget/widget.js', asset(WIDGET_JS, 'text/javascript'));
  widget.get('/widget/embed-page.js', asset(EMBED_PAGE_JS, 'text/javascript'));
  widget.get('/widget/embed-page.css', asset(EMBED_PAGE_CSS, 'text/css'));
  widget.get('/embed.js', asset(EMBED_JS, 'text/javascript'));
  for (const path of [
    '/widget/month',
    '/widget/widget.js',
    '/widget/embed-page.js',
    '/widget/embed-page.css',
    '/embed.js',
  ]) {
    refuseOtherMethods(widget, path, ALLOW);
  }
  // Anything else under /widget/ is answered here, with the frame's own headers (the message shows inside it).
  widget.all('/widget/*', (c) => respondFailure(c, notFoundFailure(new URL(c.req.url).pathname)));
  return widget;
}

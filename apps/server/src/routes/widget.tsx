import { z } from '@hono/zod-openapi';
import {
  assertYearInRange,
  getHolidays,
  InterkalError,
  LOCALES,
  type Locale,
  listTraditions,
  MAX_YEAR,
  MIN_YEAR,
} from '@interkal/core';
import { type Context, Hono } from 'hono';
import { etag } from 'hono/etag';
import { raw } from 'hono/html';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env.js';
import { direction, isLocale, negotiateLocale, UI } from '../i18n/ui.js';
import { responseCache } from '../middleware/response-cache.js';
import { holidayFilterParams, toHolidayQuery } from '../params.js';
import { problemFromError, problemFromIssue } from '../problem.js';
import { MonthGrid, monthRange } from '../render/month-grid.js';
import { DEFAULT_HIGHLIGHT, themeCss, WIDGET_CSS, type WidgetTheme } from '../render/widget-css.js';
import { EMBED_JS } from '../render/widget-embed-js.js';
import { EMBED_PAGE_CSS, EMBED_PAGE_JS } from '../render/widget-embed-page.js';
import { WIDGET_JS } from '../render/widget-js.js';

const WIDGET_MAX_AGE = 3600;

const HEX_COLOUR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;
// A local font's name only: letters, digits, spaces, hyphens. Nothing that could end a CSS string or <style>.
const FONT_NAME = /^[a-z0-9 -]{1,40}$/i;
const LANGUAGE_TAG = /^([a-z]{2})(-[a-z]{2})?$/i;

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
});
export type WidgetParams = z.infer<typeof widgetParams>;

/**
 * Headers of everything another site embeds: any site may frame the widget and load embed.js, so
 * X-Frame-Options goes (CSP frame-ancestors * says it) and resources may be used cross-origin. The rest of
 * secureHeaders' defaults stay (nosniff, no referrer, HSTS).
 */
const embeddableHeaders = () =>
  secureHeaders({ xFrameOptions: false, crossOriginResourcePolicy: 'cross-origin' });

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

/** The widget page's policy: its own script file, its one hashed <style>, nothing from anywhere else. */
export const widgetCsp = (styleHash: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'sha256-${styleHash}'`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');

/** `lang` as a BCP 47 tag for Intl (region kept: en-GB weeks start on Monday) and its UI language. */
function widgetLocale(c: Context<AppEnv>, lang: string | undefined): { tag: string; language: Locale } {
  if (lang === undefined) {
    const language = negotiateLocale(c.req.header('Accept-Language'));
    return { tag: language, language };
  }
  const match = LANGUAGE_TAG.exec(lang);
  const language = match?.[1]?.toLowerCase();
  if (!match || !isLocale(language)) {
    throw new InterkalError(
      'unknown-locale',
      'locale',
      lang,
      `${LOCALES.join(', ')}, optionally with a region`,
    );
  }
  return { tag: `${language}${match[2]?.toUpperCase() ?? ''}`, language };
}

function monthOf(params: WidgetParams, today: string): { year: number; month: number } {
  const year = params.year === undefined ? Number(today.slice(0, 4)) : Number(params.year);
  assertYearInRange(year);
  return { year, month: params.month === undefined ? Number(today.slice(5, 7)) : Number(params.month) };
}

/** A link to another month with the same choices; none beyond the supported years. */
function monthHref(params: WidgetParams, year: number, month: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, 1));
  const y = date.getUTCFullYear();
  if (y < MIN_YEAR || y > MAX_YEAR) return undefined;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  query.set('year', String(y));
  query.set('month', String(date.getUTCMonth() + 1));
  return `?${query.toString()}`;
}

async function renderWidget(c: Context<AppEnv>): Promise<Response> {
  const parsed = widgetParams.safeParse(c.req.query());
  if (!parsed.success) return problemFromIssue(c, parsed.error.issues[0]!);
  const params = parsed.data;
  const { tag, language } = widgetLocale(c, params.lang);
  const { year, month } = monthOf(params, c.get('today'));
  const query = toHolidayQuery(params);
  const occurrences = getHolidays({
    ...query,
    ...monthRange(year, month),
    locale: language,
    importance: query.importance ?? ['major'],
  });
  const theme: WidgetTheme = {
    scheme: params.theme ?? 'light',
    size: params.size ?? 'full',
    highlight: params.highlight,
    font: params.font,
    radius: params.radius === undefined ? undefined : Number(params.radius),
  };
  const css = `${themeCss(theme)}\n${WIDGET_CSS}`;
  const ui = UI[language];
  const traditionNames = Object.fromEntries(listTraditions(language).map((t) => [t.id, t.name]));
  const title = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
  const html = (
    <html lang={tag} dir={direction(language)} class={theme.size === 'compact' ? 'compact' : undefined}>
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
          today={c.get('today')}
          occurrences={occurrences}
          traditionNames={traditionNames}
          previousHref={monthHref(params, year, month - 1)}
          nextHref={monthHref(params, year, month + 1)}
          defaultHighlight={
            (theme.highlight ?? DEFAULT_HIGHLIGHT) === DEFAULT_HIGHLIGHT && theme.scheme === 'light'
          }
        />
      </body>
    </html>
  );
  const response = c.html(`<!doctype html>${await html}`, 200, {
    'Cache-Control': `public, max-age=${WIDGET_MAX_AGE}`,
    'Content-Language': language,
    'Content-Security-Policy': widgetCsp(await sha256Base64(css)),
  });
  if (params.lang === undefined) response.headers.set('Vary', 'Accept-Language');
  return response;
}

const asset = (body: string, type: string) => (c: Context<AppEnv>) =>
  c.body(body, 200, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': `public, max-age=${WIDGET_MAX_AGE}`,
  });

/** /widget/month (the iframe page), its script, the embed page's assets and /embed.js (for embedding pages). */
export function widgetRoutes(): Hono<AppEnv> {
  const widget = new Hono<AppEnv>();
  widget.onError((error, c) => problemFromError(c, error));
  // Scoped paths, not '*': this app is mounted at '/' before the site-wide middleware (see app.ts).
  for (const path of ['/widget/*', '/embed.js']) {
    widget.use(path, embeddableHeaders(), etag(), responseCache({ varyOn: ['Accept-Language'] }));
  }
  widget.get('/widget/month', renderWidget);
  widget.get('/widget/widget.js', asset(WIDGET_JS, 'text/javascript'));
  widget.get('/widget/embed-page.js', asset(EMBED_PAGE_JS, 'text/javascript'));
  widget.get('/widget/embed-page.css', asset(EMBED_PAGE_CSS, 'text/css'));
  widget.get('/embed.js', asset(EMBED_JS, 'text/javascript'));
  return widget;
}

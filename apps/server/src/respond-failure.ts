import type { Locale } from '@interkal/core';
import type { Context } from 'hono';
import type { Failure } from './failure.js';
import { problemResponse } from './failure.js';
import { isLocale, negotiateLocale } from './i18n/ui.js';
import { requestLocale } from './locale.js';
import { PAGE_CSP, sha256Base64, widgetCsp } from './render/csp.js';
import { errorPageHtml, WIDGET_ERROR_CSS, widgetErrorHtml } from './render/error-page.js';

/** Programs read the API, the feeds and the scripts; people read the pages and the widget. */
export type FailureAudience = 'program' | 'page' | 'widget';

export function audienceOf(path: string): FailureAudience {
  if (path.startsWith('/api/') || path.startsWith('/feeds/') || path.endsWith('.js')) return 'program';
  return path.startsWith('/widget/') ? 'widget' : 'page';
}

/** The page's language: its path's, else a valid `lang`, else Accept-Language's. */
function readerLocale(c: Context): Locale {
  const prefix = /^\/([a-z]{2})(?:\/|$)/.exec(new URL(c.req.url).pathname)?.[1];
  if (isLocale(prefix)) return prefix;
  const fallback = negotiateLocale(c.req.header('Accept-Language'));
  try {
    return requestLocale(c.req.query('lang'), fallback).language;
  } catch {
    return fallback;
  }
}

// Computed on first use: some runtimes (workerd) forbid async work at module scope.
let widgetErrorCsp: Promise<string> | undefined;
function widgetErrorPolicy(): Promise<string> {
  widgetErrorCsp ??= sha256Base64(WIDGET_ERROR_CSS).then(widgetCsp);
  return widgetErrorCsp;
}

/** A failure as the path's audience reads it: problem+json, a localized page, or a message inside the frame. */
export async function respondFailure(c: Context, failure: Failure): Promise<Response> {
  const audience = audienceOf(new URL(c.req.url).pathname);
  if (audience === 'program') return problemResponse(c, failure);
  const locale = readerLocale(c);
  const html =
    audience === 'widget' ? await widgetErrorHtml(locale, failure) : await errorPageHtml(locale, failure);
  return c.html(html, failure.status, {
    'Cache-Control': 'no-store',
    'Content-Language': locale,
    'Content-Security-Policy': audience === 'widget' ? await widgetErrorPolicy() : PAGE_CSP,
    ...(failure.allow ? { Allow: failure.allow } : {}),
  });
}

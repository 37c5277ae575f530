import type { Locale } from '@interkal/core';
import { raw } from 'hono/html';
import type { Failure } from '../failure.js';
import { direction, UI, type UiText } from '../i18n/ui.js';
import { Layout } from './layout.js';

/** The reader's language for what went wrong; the bad parameter and the allowed values as they were sent. */
function explain(ui: UiText, failure: Failure): { title: string; lines: string[] } {
  if (failure.status === 500) return { title: ui.serverError, lines: [ui.serverErrorDetail] };
  if (failure.status === 405) return { title: ui.badRequest, lines: [ui.methodNotAllowed] };
  if (failure.status === 404) {
    return {
      title: ui.notFound,
      lines: [failure.holidayId === undefined ? ui.notFoundDetail : ui.holidayNotFound(failure.holidayId)],
    };
  }
  const lines = failure.parameter === undefined ? [] : [ui.invalidParameter(failure.parameter)];
  if (failure.allowed !== undefined) lines.push(ui.allowedValues(failure.allowed));
  return { title: ui.badRequest, lines };
}

/** A small page of the site saying what went wrong, in the reader's language, with the way back. */
export async function errorPageHtml(locale: Locale, failure: Failure): Promise<string> {
  const ui = UI[locale];
  const { title, lines } = explain(ui, failure);
  const html = (
    <Layout locale={locale} title={title} pathFor={(l) => `/${l}/`}>
      <h1>{title}</h1>
      {lines.map((line) => (
        <p>{line}</p>
      ))}
      <p>
        <a href={`/${locale}/holidays`}>{ui.allHolidays}</a> ·{' '}
        <a href={`/${locale}/`}>{ui.backToSubscribe}</a>
      </p>
    </Layout>
  );
  return `<!doctype html>${await html}`;
}

/** Inside another site's frame: the calendar's place shows why it is empty, for the site's web team to fix. */
export const WIDGET_ERROR_CSS =
  'body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1b1f24;background:#fff}' +
  '.widget-error{margin:1rem;padding:1rem;border:2px solid #c05600;border-radius:6px}' +
  '.widget-error p{margin:0 0 .4rem}';

export async function widgetErrorHtml(locale: Locale, failure: Failure): Promise<string> {
  const ui = UI[locale];
  const { title, lines } = explain(ui, failure);
  const html = (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${ui.widgetTitle} – ${title}`}</title>
        <style>{raw(WIDGET_ERROR_CSS)}</style>
      </head>
      <body>
        <div class="widget-error" role="alert">
          <p>
            <strong>{failure.status === 500 ? ui.serverError : ui.widgetMisconfigured}</strong>
          </p>
          {lines.map((line) => (
            <p>{line}</p>
          ))}
        </div>
      </body>
    </html>
  );
  return `<!doctype html>${await html}`;
}

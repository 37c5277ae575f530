import { LOCALES, type Locale } from '@interkal/core';
import type { Child } from 'hono/jsx';
import { direction, LANGUAGE_NAMES, UI } from '../i18n/ui.js';

export interface LayoutProps {
  locale: Locale;
  title: string;
  /** The same page in another language, for the language switch. */
  pathFor: (locale: Locale) => string;
  children: Child;
}

export function Layout({ locale, title, pathFor, children }: LayoutProps) {
  const ui = UI[locale];
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · interkal`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {LOCALES.map((l) => (
          <link rel="alternate" hreflang={l} href={pathFor(l)} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          {ui.skipToContent}
        </a>
        <header>
          <a class="brand" href={`/${locale}/`}>
            {ui.siteName}
          </a>
          <nav aria-label={ui.languageLabel}>
            <ul>
              {LOCALES.map((l) => (
                <li>
                  <a href={pathFor(l)} lang={l} hreflang={l} aria-current={l === locale ? 'page' : undefined}>
                    {LANGUAGE_NAMES[l]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer>
          <p>
            interkal · <a href={`/${locale}/holidays`}>{ui.allHolidays}</a> ·{' '}
            <a href="/api/v1/openapi.json">API</a>
          </p>
        </footer>
      </body>
    </html>
  );
}

import { LOCALES, type Locale } from '@interkal/core';
import type { Child } from 'hono/jsx';
import { direction, LANGUAGE_NAMES, UI, type UiText } from '../i18n/ui.js';

export interface LayoutProps {
  locale: Locale;
  title: string;
  /** The same page in another language, for the language switch. */
  pathFor: (locale: Locale) => string;
  /** Today (YYYY-MM-DD), for the month, year and print links; the current UTC day when not given. */
  today?: string;
  children: Child;
}

/** The site's sections: where each lives, and the prefix that marks a page as part of it. */
function siteSections(locale: Locale, ui: UiText, today: string) {
  const [year, month] = [today.slice(0, 4), Number(today.slice(5, 7))];
  const root = `/${locale}`;
  return [
    { label: ui.navSubscribe, href: `${root}/`, prefix: `${root}/` },
    { label: ui.navMonth, href: `${root}/month/${year}/${month}`, prefix: `${root}/month/` },
    { label: ui.navYear, href: `${root}/year/${year}`, prefix: `${root}/year/` },
    { label: ui.allHolidays, href: `${root}/holidays`, prefix: `${root}/holidays` },
    { label: ui.navCheck, href: `${root}/check`, prefix: `${root}/check` },
    { label: ui.navEmbed, href: `${root}/embed`, prefix: `${root}/embed` },
    { label: ui.navPrint, href: `${root}/print/${year}`, prefix: `${root}/print/` },
  ];
}

/** "page" on the section's own page, "true" anywhere inside it (a holiday under the index). */
function currentness(path: string, href: string, prefix: string): 'page' | 'true' | undefined {
  if (path.split('?')[0] === href) return 'page';
  if (prefix.endsWith('/') && prefix === href) return undefined; // the subscribe page is nobody's parent
  return path.startsWith(prefix) ? 'true' : undefined;
}

export function Layout({ locale, title, pathFor, today, children }: LayoutProps) {
  const ui = UI[locale];
  const path = pathFor(locale);
  const day = today ?? new Date().toISOString().slice(0, 10);
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
          <nav class="languages" aria-label={ui.languageLabel}>
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
          <nav class="site" aria-label={ui.siteNavLabel}>
            <ul>
              {siteSections(locale, ui, day).map(({ label, href, prefix }) => (
                <li>
                  <a href={href} aria-current={currentness(path, href, prefix)}>
                    {label}
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

import { InterkalError, LOCALES, type Locale } from '@interkal/core';

/** The language of an answer and the BCP 47 tag Intl formats with (the region kept: en-GB weeks start on Monday). */
export interface RequestLocale {
  language: Locale;
  tag: string;
}

// Interim: the library's resolveLocale replaces this once it lands (issue 9, item 2).
function resolveLanguage(lang: string): Locale {
  const language = lang.split(/[-_]/)[0]!.toLowerCase();
  if ((LOCALES as readonly string[]).includes(language)) return language as Locale;
  throw new InterkalError(
    'unknown-locale',
    'locale',
    lang,
    `${LOCALES.join(', ')}, optionally with a region`,
  );
}

const REGION = /^[a-z]{2,3}[-_]([a-z]{2}|\d{3})$/i;

/**
 * `lang` (DE, de_DE, de-AT, ar_SA …) or, without it, the route's fallback. One resolver for every route, so
 * all text of one answer is in one language.
 */
export function requestLocale(lang: string | undefined, fallback: Locale): RequestLocale {
  if (lang === undefined) return { language: fallback, tag: fallback };
  const language = resolveLanguage(lang);
  const region = REGION.exec(lang)?.[1]?.toUpperCase();
  return { language, tag: region ? `${language}-${region}` : language };
}

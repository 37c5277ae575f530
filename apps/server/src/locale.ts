import { type Locale, localeInfo } from '@interkal/core';

/** The language of an answer and the BCP 47 tag Intl formats with (the region kept: en-GB weeks start on Monday). */
export interface RequestLocale {
  language: Locale;
  tag: string;
}

/**
 * `lang` (DE, de_DE, de-AT, ar_SA …) through the library's one resolver or, without it, the route's fallback;
 * a bad value is an InterkalError naming `lang`.
 */
export function requestLocale(lang: string | undefined, fallback: Locale): RequestLocale {
  const { language, tag } = localeInfo(lang ?? fallback, 'lang');
  return { language, tag };
}

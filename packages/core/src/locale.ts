import { InterkalError } from './errors.js';
import { LOCALES, type Locale, type LocalizedText } from './types.js';

/** What a renderer needs to know about a requested locale, beyond the language of the text. */
export interface LocaleInfo {
  /** The language interkal's text is in. */
  readonly language: Locale;
  /**
   * A BCP 47 tag for Intl: the language and, when given, its region ("en-GB": weeks start on Monday). Where the
   * locale's own default calendar is not the Gregorian one (Persian: the Solar Hijri calendar), the tag asks for
   * it ("fa-u-ca-gregory"), because interkal's dates are Gregorian days.
   */
  readonly tag: string;
  readonly direction: 'ltr' | 'rtl';
  /** ISO weekday (1 = Monday … 7 = Sunday) the locale's weeks start on, from CLDR via Intl.Locale. */
  readonly firstDayOfWeek: number;
}

export const DEFAULT_LOCALE: Locale = 'en';

// Longer than any language-region tag a person writes; keeps the Intl parser away from megabyte inputs.
const MAX_TAG_LENGTH = 35;
const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar', 'fa']);

const allowedLocales = `${LOCALES.join(', ')}, optionally with a region (de-AT, en_GB)`;

function unknownLocale(input: unknown, parameter: string): InterkalError {
  return new InterkalError('unknown-locale', parameter, input, allowedLocales);
}

/** The canonical tag for any spelling Intl accepts ("DE" → "de", "de_at" → "de-AT"), or throws. */
function canonicalTag(input: unknown, parameter: string): Intl.Locale {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_TAG_LENGTH) {
    throw unknownLocale(input, parameter);
  }
  try {
    return new Intl.Locale(input.trim().replaceAll('_', '-'));
  } catch {
    throw unknownLocale(input, parameter);
  }
}

/**
 * The one locale resolver: every function of the library and every renderer maps a requested locale to the
 * language of its text through here, so one answer is never in two languages. Case and `_` or `-` don't
 * matter, a region is allowed ("DE", "de_DE", "de-AT", "ar_SA", "en-GB"); `undefined` gives English.
 * @throws InterkalError (code "unknown-locale", naming `parameter`) for anything else.
 */
export function resolveLocale(input: unknown, parameter = 'locale'): Locale {
  if (input === undefined) return DEFAULT_LOCALE;
  const { language, script } = canonicalTag(input, parameter);
  if (!(LOCALES as readonly string[]).includes(language)) throw unknownLocale(input, parameter);
  // Our Kurdish is Kurmanji in Latin script: "ku-Arab" asks for Kurdish in Arabic script, which we don't have.
  if (language === 'ku' && script !== undefined && script !== 'Latn') throw unknownLocale(input, parameter);
  return language as Locale;
}

/** resolveLocale, plus the Intl tag, writing direction and first day of the week a renderer needs. */
export function localeInfo(input: unknown, parameter = 'locale'): LocaleInfo {
  const language = resolveLocale(input, parameter);
  const region = input === undefined ? undefined : canonicalTag(input, parameter).region;
  const tag = gregorianTag(region === undefined ? language : `${language}-${region}`);
  return {
    language,
    tag,
    direction: RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr',
    firstDayOfWeek: firstDayOfWeek(tag),
  };
}

// Intl's default calendar per tag, asked once: fa (and ar-SA in older ICU data) default to a non-Gregorian one.
const calendarTags = new Map<string, string>();

/** `tag`, with "-u-ca-gregory" where Intl would otherwise format its dates in another calendar. */
function gregorianTag(tag: string): string {
  let result = calendarTags.get(tag);
  if (result === undefined) {
    const calendar = new Intl.DateTimeFormat(tag).resolvedOptions().calendar;
    result = calendar === 'gregory' ? tag : `${tag}-u-ca-gregory`;
    // Bounded: a tag here is one of ten languages with a region, and there are fewer than 300 regions.
    if (calendarTags.size < 4000) calendarTags.set(tag, result);
  }
  return result;
}

/** ISO weekday (1 = Monday … 7 = Sunday) a locale's weeks start on; Monday (ISO 8601) where Intl can't say. */
export function firstDayOfWeek(tag: string): number {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    // Node 20 has the `weekInfo` getter, newer engines getWeekInfo(); Firefox has neither.
    return (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/**
 * The best of interkal's locales for an HTTP Accept-Language header (q-values honoured, the first listed
 * wins a tie), or `fallback` when none is acceptable. Never throws: a header is not a choice the user typed.
 */
export function negotiateLocale(
  acceptLanguage: string | undefined,
  fallback: Locale = DEFAULT_LOCALE,
): Locale {
  if (typeof acceptLanguage !== 'string' || acceptLanguage === '') return fallback;
  const ranked = acceptLanguage
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q === undefined ? 1 : Number(q.slice(2)) || 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    try {
      return resolveLocale(tag);
    } catch {
      // Not one of ours (or "*"): try the next.
    }
  }
  return fallback;
}

/** The text in `locale`, English where that translation is missing. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.en;
}

import type { Locale, LocalizedText } from '../../types.js';

/**
 * A rule kind's phrases per language: English and German are required, any other language may be added and is
 * otherwise read in English (LocalizedText falls back, and the holiday says which language it answers in).
 */
export type Phrasebook<Phrases> = { en: Phrases; de: Phrases } & Partial<Record<Locale, Phrases>>;

/** One phrase in every language its book has. */
export function say<Phrases>(
  book: Phrasebook<Phrases>,
  phrase: (phrases: Phrases, locale: Locale) => string,
): LocalizedText {
  const text: Partial<Record<Locale, string>> = {};
  for (const locale of Object.keys(book) as Locale[]) text[locale] = phrase(book[locale]!, locale);
  return text as LocalizedText;
}

/** A text in one language, English where it has none: for phrases built around another rule's text. */
export const textIn = (text: LocalizedText, locale: Locale): string => text[locale] ?? text.en;

import type { Locale } from '@interkal/core';

interface Phrases {
  /** The line for holidays that begin at sunset; `evening` is the localized date of the evening before. */
  beginsAtSunset(evening: string): string;
  nativeDate(date: string): string;
  note(text: string): string;
}

// Only the feed's own fixed sentences; holiday names, descriptions and notes come translated from core.
export const PHRASES: Record<Locale, Phrases> = {
  en: {
    beginsAtSunset: (evening) => `Begins at sunset on the evening of ${evening}.`,
    nativeDate: (date) => `In its own calendar: ${date}.`,
    note: (text) => `Note: ${text}`,
  },
  de: {
    beginsAtSunset: (evening) => `Beginnt bei Sonnenuntergang am Abend von ${evening}.`,
    nativeDate: (date) => `Im eigenen Kalender: ${date}.`,
    note: (text) => `Hinweis: ${text}`,
  },
  tr: {
    beginsAtSunset: (evening) => `${evening} akşamı gün batımında başlar.`,
    nativeDate: (date) => `Kendi takviminde: ${date}.`,
    note: (text) => `Not: ${text}`,
  },
  ar: {
    beginsAtSunset: (evening) => `يبدأ عند غروب الشمس مساء ${evening}.`,
    nativeDate: (date) => `في تقويمه: ${date}.`,
    note: (text) => `ملاحظة: ${text}`,
  },
};

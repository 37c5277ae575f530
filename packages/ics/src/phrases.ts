import type { Locale } from '@interkal/core';

interface Phrases {
  /** The line for holidays that begin at sunset; `evening` is the localized date of the evening before. */
  beginsAtSunset(evening: string): string;
  /** With a place: the evening's date, the local sunset ("18:44") and the place's name, if it has one. */
  beginsAt(evening: string, time: string, place: string | undefined): string;
  nativeDate(date: string): string;
  note(text: string): string;
}

// Only the feed's own fixed sentences; holiday names, descriptions and notes come translated from core.
export const PHRASES: Record<Locale, Phrases> = {
  en: {
    beginsAtSunset: (evening) => `Begins at sunset on the evening of ${evening}.`,
    beginsAt: (evening, time, place) =>
      `Begins on ${evening} at ${time} (sunset${place ? ` in ${place}` : ''}).`,
    nativeDate: (date) => `In its own calendar: ${date}.`,
    note: (text) => `Note: ${text}`,
  },
  de: {
    beginsAtSunset: (evening) => `Beginnt bei Sonnenuntergang am Abend von ${evening}.`,
    beginsAt: (evening, time, place) =>
      `Beginnt am ${evening}, um ${time} Uhr (Sonnenuntergang${place ? ` in ${place}` : ''}).`,
    nativeDate: (date) => `Im eigenen Kalender: ${date}.`,
    note: (text) => `Hinweis: ${text}`,
  },
  tr: {
    beginsAtSunset: (evening) => `${evening} akşamı gün batımında başlar.`,
    beginsAt: (evening, time, place) =>
      `${evening}, saat ${time} itibarıyla başlar (gün batımı${place ? `, ${place}` : ''}).`,
    nativeDate: (date) => `Kendi takviminde: ${date}.`,
    note: (text) => `Not: ${text}`,
  },
  ar: {
    beginsAtSunset: (evening) => `يبدأ عند غروب الشمس مساء ${evening}.`,
    beginsAt: (evening, time, place) =>
      `يبدأ ${evening} الساعة ${time} (غروب الشمس${place ? ` في ${place}` : ''}).`,
    nativeDate: (date) => `في تقويمه: ${date}.`,
    note: (text) => `ملاحظة: ${text}`,
  },
};

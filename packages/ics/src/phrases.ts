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
  uk: {
    beginsAtSunset: (evening) => `Починається із заходом сонця ввечері ${evening}.`,
    nativeDate: (date) => `У власному календарі: ${date}.`,
    note: (text) => `Примітка: ${text}`,
  },
  ru: {
    beginsAtSunset: (evening) => `Начинается с заходом солнца вечером ${evening}.`,
    nativeDate: (date) => `В собственном календаре: ${date}.`,
    note: (text) => `Примечание: ${text}`,
  },
  pl: {
    beginsAtSunset: (evening) => `Zaczyna się o zachodzie słońca wieczorem ${evening}.`,
    nativeDate: (date) => `We własnym kalendarzu: ${date}.`,
    note: (text) => `Uwaga: ${text}`,
  },
  fa: {
    beginsAtSunset: (evening) => `از غروب آفتاب شب ${evening} آغاز می‌شود.`,
    nativeDate: (date) => `در گاه‌شماری خودش: ${date}.`,
    note: (text) => `یادداشت: ${text}`,
  },
  ku: {
    beginsAtSunset: (evening) => `Bi ava bûna rojê êvara ${evening} dest pê dike.`,
    nativeDate: (date) => `Di salnameya xwe de: ${date}.`,
    note: (text) => `Nîşe: ${text}`,
  },
  ro: {
    beginsAtSunset: (evening) => `Începe la apusul soarelui în seara de ${evening}.`,
    nativeDate: (date) => `În propriul calendar: ${date}.`,
    note: (text) => `Notă: ${text}`,
  },
};

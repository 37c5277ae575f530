import type { Weekday } from '../../calendars/gregorian.js';
import { COMMON } from './common.js';
import type { Phrasebook } from './phrasebook.js';

/** Rules on the Gregorian, Julian, Coptic and Ethiopic calendars and the Easter computus. */
export interface WesternPhrases {
  gregorianDate(day: number, month: number): string;
  easterOffset(offset: number): string;
  orthodoxEasterOffset(offset: number): string;
  /** The `weekday` before a day, `weeksEarlier` weeks earlier still. */
  weekdayBeforeDate(weekday: Weekday, day: number, month: number, weeksEarlier: number): string;
  julianDate(day: number, month: number): string;
  julianNthWeekday(n: number, weekday: Weekday, month: number): string;
  /** A native date: "25 Dec 2025 (Julian)". */
  julianNative(day: number, month: number, year: number): string;
  ethiopicDate(day: number, month: string): string;
  copticDate(day: number, month: string): string;
  ethiopicChristmas: string;
  copticChristmas: string;
  /** A native date of the Coptic or Ethiopic calendar, "29 Tahsas 2018"; `days` 2 for "28–29 Koiak 1740". */
  nileNative(day: number, month: string, year: number, days?: number): string;
  /** Hızır fast: from the second Tuesday of February. */
  hizirFast: string;
  interculturalWeek: string;
  /** An equinox or solstice: the Sun at `longitude`°, dated in `timeZone` unless a place is given. */
  season(longitude: number, timeZone: string): string;
}

const en: WesternPhrases = {
  gregorianDate: (day, month) => `${COMMON.en.dayMonth(day, month)} (Gregorian)`,
  easterOffset: (offset) => `Easter Sunday${COMMON.en.shift(offset)} (Gregorian computus)`,
  orthodoxEasterOffset: (offset) => `Orthodox Easter Sunday${COMMON.en.shift(offset)} (Julian computus)`,
  weekdayBeforeDate: (weekday, day, month, weeksEarlier) =>
    weeksEarlier === 0
      ? `${COMMON.en.weekday(weekday)} before ${COMMON.en.dayMonth(day, month)}`
      : `${weeksEarlier + 1} ${COMMON.en.weekday(weekday)}s before ${COMMON.en.dayMonth(day, month)}`,
  julianDate: (day, month) => `${COMMON.en.dayMonth(day, month)} (Julian calendar)`,
  julianNthWeekday: (n, weekday, month) =>
    `${COMMON.en.ordinal(n)} ${COMMON.en.weekday(weekday)} of ${COMMON.en.monthName(month)} (Julian calendar)`,
  julianNative: (day, month, year) => `${COMMON.en.dayMonth(day, month)} ${year} (Julian)`,
  ethiopicDate: (day, month) => `${day} ${month} (Ethiopic calendar)`,
  copticDate: (day, month) => `${day} ${month} (Coptic calendar)`,
  ethiopicChristmas:
    '29 Tahsas (Ethiopic calendar); 28 Tahsas in the year after a leap year, so always 7 Jan in 1900–2099',
  copticChristmas: '29 Koiak (Coptic calendar); after a leap year 28–29 Koiak (7–8 Jan in 1900–2099)',
  nileNative: (day, month, year, days = 1) =>
    `${days === 1 ? day : `${day}–${day + days - 1}`} ${month} ${year}`,
  hizirFast: 'Tuesday–Thursday from the 2nd Tuesday of Feb',
  interculturalWeek: 'Sunday in 21–27 Sep, eight days (announced yearly)',
  season: (longitude, timeZone) =>
    `Sun at ${longitude}° apparent longitude: civil date in the place's time zone (default ${timeZone})`,
};

const de: WesternPhrases = {
  gregorianDate: (day, month) => `${COMMON.de.dayMonth(day, month)} (gregorianischer Kalender)`,
  easterOffset: (offset) => `Ostersonntag${COMMON.de.shift(offset)} (gregorianische Osterrechnung)`,
  orthodoxEasterOffset: (offset) =>
    `orthodoxer Ostersonntag${COMMON.de.shift(offset)} (julianische Osterrechnung)`,
  weekdayBeforeDate: (weekday, day, month, weeksEarlier) =>
    `${weeksEarlier === 0 ? 'der letzte' : `der ${weeksEarlier + 1}.`} ${COMMON.de.weekday(weekday)} vor dem ` +
    COMMON.de.dayMonth(day, month),
  julianDate: (day, month) => `${COMMON.de.dayMonth(day, month)} (julianischer Kalender)`,
  julianNthWeekday: (n, weekday, month) =>
    `${n}. ${COMMON.de.weekday(weekday)} im ${COMMON.de.monthName(month)} (julianischer Kalender)`,
  julianNative: (day, month, year) => `${COMMON.de.dayMonth(day, month)} ${year} (julianisch)`,
  ethiopicDate: (day, month) => `${day}. ${month} (äthiopischer Kalender)`,
  copticDate: (day, month) => `${day}. ${month} (koptischer Kalender)`,
  ethiopicChristmas:
    '29. Tahsas (äthiopischer Kalender); im Jahr nach einem Schaltjahr der 28. Tahsas, 1900–2099 also stets ' +
    'der 7. Januar',
  copticChristmas:
    '29. Koiak (koptischer Kalender); im Jahr nach einem Schaltjahr 28. und 29. Koiak (1900–2099: 7. und ' +
    '8. Januar)',
  nileNative: (day, month, year, days = 1) =>
    `${days === 1 ? `${day}.` : `${day}.–${day + days - 1}.`} ${month} ${year}`,
  hizirFast: 'Dienstag bis Donnerstag ab dem 2. Dienstag im Februar',
  interculturalWeek: 'der Sonntag vom 21. bis 27. September und acht Tage (jährlich bekanntgegeben)',
  season: (longitude, timeZone) =>
    `Sonne bei ${longitude}° scheinbarer ekliptikaler Länge: das Datum in der Zeitzone des Ortes ` +
    `(ohne Ort ${timeZone})`,
};

export const WESTERN: Phrasebook<WesternPhrases> = { en, de };

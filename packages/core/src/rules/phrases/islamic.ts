import type { Weekday } from '../../calendars/gregorian.js';
import { ISLAMIC_MONTHS } from '../../calendars/islamic.js';
import { COMMON } from './common.js';
import type { Phrasebook } from './phrasebook.js';

export interface IslamicPhrases {
  /** A Hijri date rule with the note on how month starts are found. */
  hijriRule(rule: string): string;
  date(day: number, month: number): string;
  wholeMonth(month: number): string;
  firstWeekday(weekday: Weekday, month: number): string;
  daysAfter(offset: number, day: number, month: number): string;
  /** "1 Shawwal 1447". */
  native(day: number, month: number, year: number): string;
}

const EN_MONTHS = ISLAMIC_MONTHS;
// German transliteration (DMG-based, without diacritics) as in German Wikipedia, "Islamischer Kalender" (table of
// months) and Duden ("Schawwal", "Radschab", "Schaban", "Ramadan", "Muharram").
const DE_MONTHS = [
  'Muharram',
  'Safar',
  'Rabi al-Awwal',
  'Rabi ath-Thani',
  'Dschumada l-Ula',
  'Dschumada th-Thaniya',
  'Radschab',
  'Schaban',
  'Ramadan',
  'Schawwal',
  'Dhu l-Qaʿda',
  'Dhu l-Hiddscha',
];

const en: IslamicPhrases = {
  hijriRule: (rule) =>
    `${rule} (month starts by the chosen method: Diyanet, Umm al-Qura, tabular, crescent visibility at a place or MABIMS)`,
  date: (day, month) => `${day} ${EN_MONTHS[month - 1]}`,
  wholeMonth: (month) => `the whole month of ${EN_MONTHS[month - 1]}`,
  firstWeekday: (weekday, month) => `first ${COMMON.en.weekday(weekday)} of ${EN_MONTHS[month - 1]}`,
  daysAfter: (offset, day, month) => `${offset} days after ${en.date(day, month)}`,
  native: (day, month, year) => `${day} ${EN_MONTHS[month - 1]} ${year}`,
};

const de: IslamicPhrases = {
  hijriRule: (rule) =>
    `${rule} (Monatsbeginn nach der gewählten Methode: Diyanet, Umm al-Qura, tabellarischer Kalender, Sichtbarkeit der Mondsichel an einem Ort oder MABIMS)`,
  date: (day, month) => `${day}. ${DE_MONTHS[month - 1]}`,
  wholeMonth: (month) => `der ganze Monat ${DE_MONTHS[month - 1]}`,
  firstWeekday: (weekday, month) => `der erste ${COMMON.de.weekday(weekday)} im ${DE_MONTHS[month - 1]}`,
  daysAfter: (offset, day, month) => `${offset} Tage nach dem ${de.date(day, month)}`,
  native: (day, month, year) => `${day}. ${DE_MONTHS[month - 1]} ${year}`,
};

export const ISLAMIC: Phrasebook<IslamicPhrases> = { en, de };

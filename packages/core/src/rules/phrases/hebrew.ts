import { HEBREW_MONTH, hebrewMonthName, isHebrewLeapYear } from '../../calendars/hebrew.js';
import type { Phrasebook } from './phrasebook.js';

/** The holidays whose date @hebcal/core moves by weekday. */
export type HebcalHoliday = 'YOM_HASHOAH' | 'YOM_HAATZMA_UT' | 'TISHA_BAV';

/** How Israel keeps a holiday where it differs from the Diaspora. */
export interface IsraelRule {
  day?: number;
  days?: number;
}

export interface HebrewPhrases {
  /** Month numbered from Nisan (HEBREW_MONTH); Adar is "Adar I" in a leap `year`, none given: a common year. */
  month(month: number, year?: number): string;
  date(day: number, month: number, israel: IsraelRule | undefined): string;
  hebcal(holiday: HebcalHoliday): string;
  /** "15 Nisan 5786". */
  native(day: number, month: number, year: number): string;
}

// German Wikipedia, "Jüdischer Kalender" (table of months), the transliteration German Jewish calendars use.
const DE_MONTHS = [
  'Nisan',
  'Ijjar',
  'Siwan',
  'Tammus',
  'Aw',
  'Elul',
  'Tischri',
  'Cheschwan',
  'Kislew',
  'Tevet',
  'Schevat',
  'Adar',
  'Adar II',
];

// A common year (5785) when no year is given: rule summaries name the month as in a common year.
const COMMON_YEAR = 5785;

const en: HebrewPhrases = {
  month: (month, year = COMMON_YEAR) => hebrewMonthName(month, year),
  date(day, month, israel) {
    const adar = month === HEBREW_MONTH.ADAR ? ' (Adar II in leap years)' : '';
    const parts = [
      israel?.day && `on day ${israel.day}`,
      israel?.days && `${israel.days} day${israel.days === 1 ? '' : 's'}`,
    ];
    const inIsrael = israel ? `; Israel: ${parts.filter(Boolean).join(', ')}` : '';
    return `${day} ${en.month(month)}${adar} (Hebrew calendar)${inIsrael}`;
  },
  hebcal: (holiday) =>
    `${
      {
        YOM_HASHOAH: '27 Nisan; Friday → Thursday, Sunday → Monday; from 1951',
        YOM_HAATZMA_UT: '5 Iyar; Friday/Saturday → Thursday, Monday → Tuesday; from 1948',
        TISHA_BAV: '9 Av; 10 Av when 9 Av is Shabbat',
      }[holiday]
    } (as @hebcal/core computes it)`,
  native: (day, month, year) => `${day} ${en.month(month, year)} ${year}`,
};

const de: HebrewPhrases = {
  month: (month, year = COMMON_YEAR) =>
    month === HEBREW_MONTH.ADAR && isHebrewLeapYear(year) ? 'Adar I' : DE_MONTHS[month - 1]!,
  date(day, month, israel) {
    const adar = month === HEBREW_MONTH.ADAR ? ' (im Schaltjahr Adar II)' : '';
    const parts = [
      israel?.day && `am ${israel.day}.`,
      israel?.days && (israel.days === 1 ? '1 Tag' : `${israel.days} Tage`),
    ];
    const inIsrael = israel ? `; in Israel: ${parts.filter(Boolean).join(', ')}` : '';
    return `${day}. ${de.month(month)}${adar} (jüdischer Kalender)${inIsrael}`;
  },
  hebcal: (holiday) =>
    `${
      {
        YOM_HASHOAH: '27. Nisan; von Freitag auf Donnerstag, von Sonntag auf Montag verlegt; seit 1951',
        YOM_HAATZMA_UT:
          '5. Ijjar; von Freitag oder Samstag auf Donnerstag, von Montag auf Dienstag verlegt; seit 1948',
        TISHA_BAV: '9. Aw; der 10. Aw, wenn der 9. ein Schabbat ist',
      }[holiday]
    } (wie @hebcal/core es berechnet)`,
  native: (day, month, year) => `${day}. ${de.month(month, year)} ${year}`,
};

export const HEBREW: Phrasebook<HebrewPhrases> = { en, de };

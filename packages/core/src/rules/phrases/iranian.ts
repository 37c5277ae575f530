import { BADI_MONTHS } from '../../calendars/bahai.js';
import { PERSIAN_MONTHS } from '../../calendars/persian.js';
import { ZOROASTRIAN_MONTHS, type ZoroastrianReckoning } from '../../calendars/zoroastrian.js';
import { COMMON } from './common.js';
import type { Phrasebook } from './phrasebook.js';

/** Rules on the Solar Hijri, Zoroastrian and Badíʿ calendars. */
export interface IranianPhrases {
  persianDate(day: number, month: number): string;
  nowruz: string;
  eveOfLastWednesday: string;
  /** "1 Farvardin 1405". */
  persianNative(day: number, month: number, year: number): string;
  zoroastrianDate(day: number, month: number, reckoning: ZoroastrianReckoning): string;
  zoroastrianNative(day: number, month: number, year: number): string;
  /** A Badíʿ date (month 0 = Ayyám-i-Há), with the Gregorian date the West kept before 172 BE. */
  badiDate(day: number, month: number, western?: readonly [month: number, day: number]): string;
  nawRuz: string;
  twinBirthday(daysAfter: 0 | 1, western: readonly [month: number, day: number]): string;
  badiNative(day: number, month: number, year: number): string;
}

// German Wikipedia, "Iranischer Kalender" (table of months): the German transliteration of the Persian names.
const DE_PERSIAN_MONTHS = [
  'Farwardin',
  'Ordibehescht',
  'Chordad',
  'Tir',
  'Mordad',
  'Schahriwar',
  'Mehr',
  'Aban',
  'Azar',
  'Dey',
  'Bahman',
  'Esfand',
];
// The Zoroastrian (Parsi) months in the same German transliteration (sh → sch, kh → ch, v → w), as the German
// descriptions write "1. Farwardin des … Schahanschahi-Kalenders".
const DE_ZOROASTRIAN_MONTHS = [
  'Farwardin',
  'Ardibehescht',
  'Chordad',
  'Tir',
  'Amardad',
  'Schehrewar',
  'Meher',
  'Awan',
  'Adar',
  'Dae',
  'Bahman',
  'Aspandard',
];
const badiMonth = (month: number) => (month === 0 ? 'Ayyám-i-Há' : BADI_MONTHS[month - 1]!);
const GATHA = 13;

const en: IranianPhrases = {
  persianDate: (day, month) => `${day} ${PERSIAN_MONTHS[month - 1]} (Solar Hijri calendar)`,
  nowruz:
    '1 Farvardin: the day of the March equinox if before noon Iran Standard Time (UTC+3:30), else the next day',
  eveOfLastWednesday: 'Tuesday evening before the last Wednesday before Nowruz',
  persianNative: (day, month, year) => `${day} ${PERSIAN_MONTHS[month - 1]} ${year}`,
  zoroastrianDate: (day, month, reckoning) =>
    `${day} ${ZOROASTRIAN_MONTHS[month - 1]} (${reckoning === 'kadmi' ? 'Kadmi' : 'Shahenshahi'} calendar, 365 days)`,
  zoroastrianNative: (day, month, year) =>
    month === GATHA
      ? `Gatha day ${day}, ${year} Y.Z.`
      : `${day} ${ZOROASTRIAN_MONTHS[month - 1]} ${year} Y.Z.`,
  badiDate: (day, month, western) =>
    `${day} ${badiMonth(month)}${month === 0 ? '' : ` (month ${month})`} (Badíʿ calendar)` +
    (western ? `; before 172 BE ${COMMON.en.dayMonth(western[1], western[0])}` : ''),
  nawRuz: '1 Bahá: the day (sunset to sunset, Tehran) of the March equinox from 172 BE (2015); 21 Mar before',
  twinBirthday: (daysAfter, western) =>
    `${daysAfter === 0 ? '1st' : '2nd'} day after the 8th new moon after Naw-Rúz (Tehran) from 172 BE; ` +
    `${COMMON.en.dayMonth(western[1], western[0])} before`,
  badiNative: (day, month, year) => `${day} ${badiMonth(month)} ${year} BE`,
};

const de: IranianPhrases = {
  persianDate: (day, month) => `${day}. ${DE_PERSIAN_MONTHS[month - 1]} (iranischer Sonnenkalender)`,
  nowruz:
    '1. Farwardin: der Tag der März-Tagundnachtgleiche, wenn sie vor 12 Uhr iranischer Zeit (UTC+3:30) ' +
    'eintritt, sonst der Tag danach',
  eveOfLastWednesday: 'der Dienstagabend vor dem letzten Mittwoch vor Nowruz',
  persianNative: (day, month, year) => `${day}. ${DE_PERSIAN_MONTHS[month - 1]} ${year}`,
  zoroastrianDate: (day, month, reckoning) =>
    `${day}. ${DE_ZOROASTRIAN_MONTHS[month - 1]} (${reckoning === 'kadmi' ? 'Kadmi' : 'Schahanschahi'}-Kalender, 365 Tage)`,
  zoroastrianNative: (day, month, year) =>
    month === GATHA
      ? `${day}. Gatha-Tag ${year} Y.Z.`
      : `${day}. ${DE_ZOROASTRIAN_MONTHS[month - 1]} ${year} Y.Z.`,
  badiDate: (day, month, western) =>
    `${day}. ${badiMonth(month)}${month === 0 ? '' : ` (${month}. Monat)`} (Badíʿ-Kalender)` +
    (western ? `; vor 172 BE am ${COMMON.de.dayMonth(western[1], western[0])}` : ''),
  nawRuz:
    '1. Bahá: der Tag (von Sonnenuntergang zu Sonnenuntergang, Teheran) der März-Tagundnachtgleiche, ab ' +
    '172 BE (2015); davor der 21. März',
  twinBirthday: (daysAfter, western) =>
    `der ${daysAfter + 1}. Tag nach dem 8. Neumond nach Naw-Rúz (Teheran), ab 172 BE; davor der ` +
    COMMON.de.dayMonth(western[1], western[0]),
  badiNative: (day, month, year) => `${day}. ${badiMonth(month)} ${year} BE`,
};

export const IRANIAN: Phrasebook<IranianPhrases> = { en, de };

import { civilDateOf } from '../astronomy/civil-date.js';
import { tithiAt } from '../astronomy/sidereal.js';
import type { Fixed } from '../time/day.js';
import type { Place } from '../types.js';
import { type Lunation, lunationAt, lunationsAround } from './hindu/lunations.js';
import { sunriseOf } from './hindu/sun-times.js';
import { preciseTithiInterval } from './hindu/tithis.js';

// The Hindu lunisolar calendar as modern drik (observational) panchangas such as drikpanchang.com compute it:
// true Sun and Moon, Lahiri ayanamsa, amanta months (new moon to new moon), days named by the tithi at local
// sunrise. Instants are epoch milliseconds (UTC); days are fixed day numbers (Rata Die).
//
// This module is the calendar: names, and conversions between civil days and lunar dates. Its parts live in
// hindu/: lunations.ts (months and their names), tithis.ts, sun-times.ts (sunrise and sunset at a place),
// sankranti.ts (solar months), kala.ts (parts of a day), and decision.ts (on which instants festival rules
// decide: estimates verified, or precise only).

export { type Lunation, lunationAt, lunationsAround } from './hindu/lunations.js';
export { sunriseSunset } from './hindu/sun-times.js';

/** drikpanchang.com's default place and the catalogue's reference: New Delhi, India Standard Time. */
export const NEW_DELHI: Place = { latitude: 28.6139, longitude: 77.209, timeZone: 'Asia/Kolkata' };

/** Amanta month names, 1 = Chaitra … 12 = Phalguna. */
export const LUNAR_MONTHS = [
  'Chaitra',
  'Vaishakha',
  'Jyeshtha',
  'Ashadha',
  'Shravana',
  'Bhadrapada',
  'Ashvin',
  'Kartika',
  'Margashirsha',
  'Pausha',
  'Magha',
  'Phalguna',
] as const;

/** Sidereal signs (rashi), 0 = Mesha … 11 = Meena; a solar month is named by the sign the Sun is in. */
export const RASHIS = [
  'Mesha',
  'Vrishabha',
  'Mithuna',
  'Karka',
  'Simha',
  'Kanya',
  'Tula',
  'Vrishchika',
  'Dhanu',
  'Makara',
  'Kumbha',
  'Meena',
] as const;

const TITHI_NAMES = [
  'Pratipada',
  'Dvitiya',
  'Tritiya',
  'Chaturthi',
  'Panchami',
  'Shashthi',
  'Saptami',
  'Ashtami',
  'Navami',
  'Dashami',
  'Ekadashi',
  'Dvadashi',
  'Trayodashi',
  'Chaturdashi',
];

/** "Shukla Navami", "Krishna Chaturdashi", "Purnima", "Amavasya" for tithi 1–30. */
export function tithiName(tithi: number): string {
  if (tithi === 15) return 'Purnima';
  if (tithi === 30) return 'Amavasya';
  return `${tithi < 15 ? 'Shukla' : 'Krishna'} ${TITHI_NAMES[(tithi - 1) % 15]}`;
}

/** "Ashvin Amavasya, Vikram Samvat 2082"; adhika months are marked. */
export function formatHinduLunar(month: number, leap: boolean, tithi: number, vikramYear: number): string {
  return `${leap ? 'Adhika ' : ''}${LUNAR_MONTHS[month - 1]} ${tithiName(tithi)}, Vikram Samvat ${vikramYear}`;
}

/** A date in the amanta lunisolar calendar. */
export interface HinduLunarDate {
  vikramYear: number;
  month: number;
  leapMonth: boolean;
  /** 1–30, the tithi at sunrise. */
  tithi: number;
  /** The second of two days that begin in the same tithi (vriddhi tithi). */
  leapDay: boolean;
}

/** The lunar date of a civil day at a place: named by the tithi and month in progress at local sunrise. */
export function hinduLunarFromFixed(day: Fixed, place: Place = NEW_DELHI): HinduLunarDate {
  const rise = sunriseOf(day, place);
  const lunation = lunationAt(rise);
  const tithi = tithiAt(rise);
  const previousRise = sunriseOf(day - 1, place);
  const leapDay = previousRise >= lunation.start && tithiAt(previousRise) === tithi;
  return { vikramYear: lunation.vikramYear, month: lunation.month, leapMonth: lunation.leap, tithi, leapDay };
}

/** The civil day a lunar date names at a place; a skipped (kshaya) tithi gives the day on which it runs. */
export function fixedFromHinduLunar(date: HinduLunarDate, place: Place = NEW_DELHI): Fixed {
  const lunation = findLunation(date.vikramYear, date.month, date.leapMonth);
  const [start] = preciseTithiInterval(lunation, date.tithi);
  let day = civilDateOf(new Date(start), place.timeZone);
  if (sunriseOf(day, place) < start) day++;
  return date.leapDay ? day + 1 : day;
}

/** The lunation of a Vikram Samvat year and month (adhika or nija). */
function findLunation(vikramYear: number, month: number, leap: boolean): Lunation {
  const gregorianYear = vikramYear - 57;
  const found = [gregorianYear, gregorianYear + 1]
    .flatMap((year) => lunationsAround(year))
    .find((l) => l.vikramYear === vikramYear && l.month === month && l.leap === leap);
  if (!found) {
    throw new Error(`no lunation ${month}${leap ? ' (adhika)' : ''} in Vikram Samvat ${vikramYear}`);
  }
  return found;
}

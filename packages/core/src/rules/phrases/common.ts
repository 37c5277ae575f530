import type { Weekday } from '../../calendars/gregorian.js';
import type { Phrasebook } from './phrasebook.js';

/** Words every rule kind's phrases share: Gregorian days, weekdays, day counts. */
export interface CommonPhrases {
  /** "6 Jan", "6. Januar". */
  dayMonth(day: number, month: number): string;
  monthName(month: number): string;
  weekday(weekday: Weekday): string;
  /** "1 day", "3 days". */
  days(count: number): string;
  /** A shift of the day found: "", " + 1 day", " − 2 days". */
  shift(offset: number): string;
  /** "1st", "1.". */
  ordinal(n: number): string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th'];
const DE_MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const DE_WEEKDAYS: Record<Weekday, string> = {
  sunday: 'Sonntag',
  monday: 'Montag',
  tuesday: 'Dienstag',
  wednesday: 'Mittwoch',
  thursday: 'Donnerstag',
  friday: 'Freitag',
  saturday: 'Samstag',
};

const signed = (offset: number, unit: (n: number) => string): string =>
  offset === 0 ? '' : ` ${offset > 0 ? '+' : '−'} ${unit(Math.abs(offset))}`;

const en: CommonPhrases = {
  dayMonth: (day, month) => `${day} ${EN_MONTHS[month - 1]}`,
  monthName: (month) => EN_MONTHS[month - 1]!,
  weekday: (weekday) => weekday[0]!.toUpperCase() + weekday.slice(1),
  days: (count) => `${count} day${count === 1 ? '' : 's'}`,
  shift: (offset) => signed(offset, en.days),
  ordinal: (n) => EN_ORDINALS[n] ?? `${n}th`,
};

const de: CommonPhrases = {
  dayMonth: (day, month) => `${day}. ${DE_MONTHS[month - 1]}`,
  monthName: (month) => DE_MONTHS[month - 1]!,
  weekday: (weekday) => DE_WEEKDAYS[weekday],
  days: (count) => `${count} ${count === 1 ? 'Tag' : 'Tage'}`,
  shift: (offset) => signed(offset, de.days),
  ordinal: (n) => `${n}.`,
};

export const COMMON: Phrasebook<CommonPhrases> = { en, de };

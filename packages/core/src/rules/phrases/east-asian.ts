import type { ChineseDate, LunisolarZone } from '../../calendars/chinese.js';
import { zodiacAnimal } from '../../calendars/chinese.js';
import type { ThaiLunarDate } from '../../calendars/thai-lunar.js';
import { type TibetanDate, tibetanYearName } from '../../calendars/tibetan.js';
import { COMMON } from './common.js';
import type { Phrasebook } from './phrasebook.js';

/** Which Thai full moon: Magha Puja's month 3 or Asalha Puja's month 8. */
export type ThaiFullMoon = 'magha' | 'asalha';

/** Rules on the Chinese, Korean, Vietnamese, Tibetan and Thai lunisolar calendars and the solar terms. */
export interface EastAsianPhrases {
  lunisolarDate(zone: LunisolarZone, month: number, day: number): string;
  solarTerm(name: string, longitude: number, zone: LunisolarZone | number, offset: number): string;
  tibetanNewYear: string;
  thaiFullMoon(which: ThaiFullMoon): string;
  vesak: string;
  /** "Month 1 Day 1 (Year of the Horse)". */
  chineseNative(date: ChineseDate): string;
  tibetanNative(date: TibetanDate): string;
  thaiNative(date: ThaiLunarDate): string;
  sriLankanVesakNative: string;
}

const EN_ZONES: Record<LunisolarZone, string> = {
  china: 'Chinese (UTC+8)',
  korea: 'Korean (UTC+9)',
  vietnam: 'Vietnamese (UTC+7)',
};

const en: EastAsianPhrases = {
  lunisolarDate: (zone, month, day) => `${EN_ZONES[zone]} lunisolar ${month}/${day}`,
  solarTerm: (name, longitude, zone, offset) =>
    `Solar term ${name} (Sun at ${longitude}°) in ${typeof zone === 'number' ? `UTC+${zone}` : EN_ZONES[zone]}` +
    COMMON.en.shift(offset),
  tibetanNewYear: 'Phugpa Tibetan calendar, month 1 day 1 (S. Janson, Tibetan Calendar Mathematics)',
  thaiFullMoon: (which) =>
    which === 'magha'
      ? 'Thai lunar calendar: waxing 15 of month 3 (month 4 in years with a second month 8)'
      : 'Thai lunar calendar: waxing 15 of month 8 (of the second month 8 in leap-month years)',
  vesak:
    'By the vesak option: un = first full moon of May (UTC); sri-lanka = Vesak Poya (UTC+5:30); thai = ' +
    'Visakha Bucha (Thai month 6, 7 in leap-month years); chinese / korean = lunisolar 4/8; japanese = 8 Apr',
  chineseNative: (date) =>
    `${date.leap ? 'Leap ' : ''}Month ${date.month} Day ${date.day} (Year of the ${zodiacAnimal(date.year)})`,
  tibetanNative: (date) =>
    `${date.leapMonth ? 'Leap month' : 'Month'} ${date.month} ${date.leapDay ? 'Leap day' : 'Day'} ${date.day}, ` +
    `Tibetan year ${date.year + 127} (${tibetanYearName(date.year)})`,
  thaiNative: (date) =>
    `${date.day <= 15 ? `Waxing ${date.day}` : `Waning ${date.day - 15}`}, month ${date.second ? '8-8' : date.month}, ` +
    `BE ${date.year + 543}`,
  sriLankanVesakNative: 'Vesak Full Moon Poya',
};

const DE_ZONES: Record<LunisolarZone, string> = {
  china: 'chinesischen (UTC+8)',
  korea: 'koreanischen (UTC+9)',
  vietnam: 'vietnamesischen (UTC+7)',
};
const DE_TIMES: Record<LunisolarZone, string> = {
  china: 'chinesischer Zeit (UTC+8)',
  korea: 'koreanischer Zeit (UTC+9)',
  vietnam: 'vietnamesischer Zeit (UTC+7)',
};
// The animals of the Chinese zodiac and the Tibetan elements as German calendars name them (German Wikipedia,
// "Chinesische Astrologie", "Tibetischer Kalender"), in the genitive after "Jahr".
const DE_ANIMALS: Record<string, [name: string, genitive: string]> = {
  Rat: ['Ratte', 'der Ratte'],
  Mouse: ['Maus', 'der Maus'],
  Ox: ['Büffel', 'des Büffels'],
  Tiger: ['Tiger', 'des Tigers'],
  Rabbit: ['Hase', 'des Hasen'],
  Dragon: ['Drache', 'des Drachen'],
  Snake: ['Schlange', 'der Schlange'],
  Horse: ['Pferd', 'des Pferdes'],
  Goat: ['Ziege', 'der Ziege'],
  Sheep: ['Schaf', 'des Schafes'],
  Monkey: ['Affe', 'des Affen'],
  Rooster: ['Hahn', 'des Hahns'],
  Bird: ['Vogel', 'des Vogels'],
  Dog: ['Hund', 'des Hundes'],
  Pig: ['Schwein', 'des Schweins'],
};
const DE_ELEMENTS: Record<string, string> = {
  Fire: 'Feuer',
  Earth: 'Erde',
  Iron: 'Eisen',
  Water: 'Wasser',
  Wood: 'Holz',
};
const deYearName = (english: string) => {
  const [element = '', animal = ''] = english.split('-');
  return `${DE_ELEMENTS[element] ?? element}-${DE_ANIMALS[animal]?.[0] ?? animal}`;
};

const de: EastAsianPhrases = {
  lunisolarDate: (zone, month, day) =>
    `${day}. Tag des ${month}. Monats im ${DE_ZONES[zone]} Lunisolarkalender`,
  solarTerm: (name, longitude, zone, offset) =>
    `Solarterm ${name} (Sonne bei ${longitude}°) nach ${typeof zone === 'number' ? `UTC+${zone}` : DE_TIMES[zone]}` +
    COMMON.de.shift(offset),
  tibetanNewYear:
    '1. Tag des 1. Monats im tibetischen Phugpa-Kalender (nach S. Jansons „Tibetan Calendar Mathematics“)',
  thaiFullMoon: (which) =>
    which === 'magha'
      ? 'thailändischer Mondkalender: Vollmond (15. Tag des zunehmenden Mondes) des 3. Monats, in Jahren mit ' +
        'einem zweiten 8. Monat des 4.'
      : 'thailändischer Mondkalender: Vollmond (15. Tag des zunehmenden Mondes) des 8. Monats, in Schaltjahren ' +
        'des zweiten 8. Monats',
  vesak:
    'Nach der Option vesak: un = erster Vollmond im Mai (UTC); sri-lanka = Vesak-Poya (UTC+5:30); thai = ' +
    'Visakha Bucha (thailändischer Monat 6, in Schaltjahren 7); chinese / korean = Lunisolarkalender 4/8; ' +
    'japanese = 8. April',
  chineseNative: (date) =>
    `${date.day}. Tag des ${date.month}. ${date.leap ? 'Schaltmonats' : 'Monats'} ` +
    `(Jahr ${DE_ANIMALS[zodiacAnimal(date.year)]?.[1] ?? zodiacAnimal(date.year)})`,
  tibetanNative: (date) =>
    `${date.day}. ${date.leapDay ? 'Schalttag' : 'Tag'} des ${date.month}. ${date.leapMonth ? 'Schaltmonats' : 'Monats'}, ` +
    `tibetisches Jahr ${date.year + 127} (${deYearName(tibetanYearName(date.year))})`,
  thaiNative: (date) =>
    `${date.day <= 15 ? `${date.day}. Tag des zunehmenden` : `${date.day - 15}. Tag des abnehmenden`} Mondes, ` +
    `Monat ${date.second ? '8-8' : date.month}, buddhistisches Jahr ${date.year + 543}`,
  sriLankanVesakNative: 'Vollmond-Poya des Monats Vesak',
};

export const EAST_ASIAN: Phrasebook<EastAsianPhrases> = { en, de };

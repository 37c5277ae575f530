import type { Kala } from '../../calendars/hindu/kala.js';
import type { SankrantiDayRule } from '../../calendars/hindu/sankranti.js';
import { LUNAR_MONTHS, RASHIS, tithiName } from '../../calendars/hindu.js';
import { COMMON } from './common.js';
import type { Phrasebook } from './phrasebook.js';

// Month, tithi and sign names stay romanised Sanskrit in every language: German texts use the same names
// (German Wikipedia, "Hindu-Kalender", "Tithi"); the phrases around them are translated.

/** When a festival's tithi must prevail. */
export type Prevailing = 'sunrise' | Kala | 'moonrise';

/** Hindu, Sikh and Jain rules (the Hindu lunisolar calendar, sankrantis, the Nanakshahi calendar). */
export interface IndicPhrases {
  /** A tithi festival: "Ashvin Amavasya (amanta) prevailing at pradosh, New Delhi or the given place". */
  tithi(
    month: number,
    tithi: number,
    prevailing: Prevailing,
    offset: number,
    skippedToNext?: boolean,
  ): string;
  holikaDahan(offset: number): string;
  rakshaBandhan: string;
  govardhanPuja: string;
  vijayadashami: string;
  sankranti(sign: number, dayRule: SankrantiDayRule, offset: number): string;
  onam: string;
  paryushana: string;
  /** A Sikh date: the lunar rule, or the Nanakshahi calendar's Gregorian day. */
  sikh(lunar: string, day: number, month: number): string;
  /** "Ashvin Amavasya, Vikram Samvat 2082" and a shift ("+ 1 day"). */
  lunarNative(month: number, leap: boolean, tithi: number, vikramYear: number, offset?: number): string;
  sankrantiNative(sign: number, offset: number): string;
  onamNative(chingamDay: number): string;
  samvatsariNative(lunarDate: string): string;
}

const monthTithi = (month: number, tithi: number) =>
  `${LUNAR_MONTHS[month - 1]} ${tithiName(tithi)} (amanta)`;
const lunarDate = (month: number, leap: boolean, tithi: number, vikramYear: number) =>
  `${leap ? 'Adhika ' : ''}${LUNAR_MONTHS[month - 1]} ${tithiName(tithi)}, Vikram Samvat ${vikramYear}`;

const EN_SANKRANTI_DAY: Record<SankrantiDayRule, string> = {
  sunrise: 'on the day whose sunrise precedes it',
  midnight: 'on its civil day',
  sunset: 'next day if after sunset',
  aparahna: 'next day if after the first three fifths of daytime',
};
const EN_PLACE = 'New Delhi or the given place';

const en: IndicPhrases = {
  tithi: (month, tithi, prevailing, offset, skippedToNext = false) =>
    `${monthTithi(month, tithi)}${prevailing === 'sunrise' ? ' at sunrise' : ` prevailing at ${prevailing}`}` +
    `${skippedToNext ? ' (if no sunrise sees it, the next day)' : ''}${COMMON.en.shift(offset)}, ${EN_PLACE}`,
  holikaDahan: (offset) =>
    `Phalguna Purnima (amanta) at pradosh, avoiding bhadra${COMMON.en.shift(offset)}, ${EN_PLACE}`,
  rakshaBandhan: `Shravana Purnima (amanta) at aparahna, avoiding bhadra, ${EN_PLACE}`,
  govardhanPuja: `Kartika Shukla Pratipada (amanta) at sunrise, the day before if it lasts less than nine muhurtas after that sunrise, ${EN_PLACE}`,
  vijayadashami: `Ashvin Shukla Dashami (amanta) at aparahna, Shravana nakshatra deciding between two days, ${EN_PLACE}`,
  sankranti: (sign, dayRule, offset) =>
    `Sun enters sidereal ${RASHIS[sign]} (Lahiri ayanamsa), ${EN_SANKRANTI_DAY[dayRule]}${COMMON.en.shift(offset)}, ${EN_PLACE}`,
  onam: `Thiruvonam nakshatra in the solar month Chingam (Sun in sidereal Simha, Kerala sankranti rule), ${EN_PLACE}`,
  paryushana: `Shravana Krishna Dvadashi (amanta) to Samvatsari, Bhadrapada Shukla Chaturthi, at sunrise, ${EN_PLACE}`,
  sikh: (lunar, day, month) => `${lunar}; Nanakshahi calendar (2003): ${COMMON.en.dayMonth(day, month)}`,
  lunarNative: (month, leap, tithi, vikramYear, offset = 0) =>
    `${lunarDate(month, leap, tithi, vikramYear)}${COMMON.en.shift(offset)}`,
  sankrantiNative: (sign, offset) => `${RASHIS[sign]} Sankranti${COMMON.en.shift(offset)}`,
  onamNative: (chingamDay) => `Chingam ${chingamDay}, Thiruvonam`,
  samvatsariNative: (date) => `${date} (Samvatsari, last day)`,
};

// The kalas are parts of the day (German Wikipedia, "Muhurta"; drikpanchang.com's definitions).
const DE_KALA: Record<Prevailing, string> = {
  sunrise: 'bei Sonnenaufgang',
  purvahna: 'am Vormittag (Purvahna)',
  madhyahna: 'um die Mittagszeit (Madhyahna)',
  aparahna: 'am Nachmittag (Aparahna)',
  pradosh: 'in der Abenddämmerung (Pradosh)',
  nishita: 'um Mitternacht (Nishita)',
  moonrise: 'bei Mondaufgang',
};
const DE_SANKRANTI_DAY: Record<SankrantiDayRule, string> = {
  sunrise: 'gezählt an dem Tag, dessen Sonnenaufgang ihm vorausgeht',
  midnight: 'gezählt an seinem Kalendertag',
  sunset: 'nach Sonnenuntergang gezählt am folgenden Tag',
  aparahna: 'nach den ersten drei Fünfteln des Tageslichts gezählt am folgenden Tag',
};
const DE_PLACE = 'für Neu-Delhi oder den angegebenen Ort';

const de: IndicPhrases = {
  tithi: (month, tithi, prevailing, offset, skippedToNext = false) =>
    `${monthTithi(month, tithi)}, der Tag, an dem dieser Tithi ${DE_KALA[prevailing]} gilt` +
    `${skippedToNext ? ' (erlebt ihn kein Sonnenaufgang, der folgende Tag)' : ''}${COMMON.de.shift(offset)}, ${DE_PLACE}`,
  holikaDahan: (offset) =>
    `Phalguna Purnima (amanta) in der Abenddämmerung (Pradosh), nach dem Ende von Bhadra${COMMON.de.shift(offset)}, ${DE_PLACE}`,
  rakshaBandhan: `Shravana Purnima (amanta) am Nachmittag (Aparahna), nach dem Ende von Bhadra, ${DE_PLACE}`,
  govardhanPuja: `Kartika Shukla Pratipada (amanta) bei Sonnenaufgang, der Vortag, wenn sie danach keine neun Muhurtas mehr dauert, ${DE_PLACE}`,
  vijayadashami: `Ashvin Shukla Dashami (amanta) am Nachmittag (Aparahna); zwischen zwei Tagen entscheidet das Nakshatra Shravana, ${DE_PLACE}`,
  sankranti: (sign, dayRule, offset) =>
    `Eintritt der Sonne in das siderische Zeichen ${RASHIS[sign]} (Lahiri-Ayanamsa), ${DE_SANKRANTI_DAY[dayRule]}${COMMON.de.shift(offset)}, ${DE_PLACE}`,
  onam: `Nakshatra Thiruvonam im Sonnenmonat Chingam (Sonne im siderischen Simha, Sankranti-Regel Keralas), ${DE_PLACE}`,
  paryushana: `Shravana Krishna Dvadashi (amanta) bis Samvatsari, Bhadrapada Shukla Chaturthi, jeweils bei Sonnenaufgang, ${DE_PLACE}`,
  sikh: (lunar, day, month) => `${lunar}; Nanakshahi-Kalender (2003): ${COMMON.de.dayMonth(day, month)}`,
  lunarNative: (month, leap, tithi, vikramYear, offset = 0) =>
    `${lunarDate(month, leap, tithi, vikramYear)}${COMMON.de.shift(offset)}`,
  sankrantiNative: (sign, offset) => `${RASHIS[sign]} Sankranti${COMMON.de.shift(offset)}`,
  onamNative: (chingamDay) => `${chingamDay}. Chingam, Thiruvonam`,
  samvatsariNative: (date) => `${date} (Samvatsari, letzter Tag)`,
};

export const INDIC: Phrasebook<IndicPhrases> = { en, de };

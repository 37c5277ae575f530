import { nthWeekdayOfMonth, WEEKDAYS } from '../calendars/gregorian.js';
import { gregorianDate } from '../rules/gregorian.js';
import { daysAfterIslamicDate } from '../rules/islamic.js';
import { say } from '../rules/phrases/phrasebook.js';
import { WESTERN } from '../rules/phrases/western.js';
import { rule } from '../rules/rule.js';
import type { HolidayDefinition, TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Anatolian Alevis: Hızır and Nevruz by the Gregorian calendar; the Muharrem fast counts from Kurban Bayramı
// as computed by the chosen Islamic method (default Diyanet, whose calendar Alevi federations in Turkey and
// Germany take their Kurban Bayramı from).
const HIZIR = 'https://tr.wikipedia.org/wiki/H%C4%B1z%C4%B1r_Orucu';
const MUHARREM = 'https://tr.wikipedia.org/wiki/Muharrem_orucu';
const MUHARREM_PRACTICE = 'https://www.alevi-frankfurt.com/alevilik/alevi/muharrem.html';
const AABF = 'https://alevi.com/';

const MUHARREM_FAST_DAYS = 12;
/** Count 20 days from the first day of Kurban Bayramı; the fast begins the day after the 20th. */
const MUHARREM_FAST_AFTER_EID = 20;

const moonNote = (en: string, de: string, tr: string): HolidayDefinition['uncertainty'] => ({
  kind: 'moon',
  note: {
    en: `Follows Kurban Bayramı by the chosen calculation method (default: Diyanet; crescent and MABIMS predict a local sighting, and where one is announced the announcement decides); local communities may differ by a day. ${en}`,
    de: `Richtet sich nach dem Opferfest der gewählten Berechnungsmethode (Standard: Diyanet; crescent und MABIMS sagen eine örtliche Sichtung voraus, und wo eine verkündet wird, entscheidet die Verkündung); örtliche Gemeinden können um einen Tag abweichen. ${de}`,
    tr: `Seçilen hesaplama yöntemine göre (varsayılan: Diyanet; crescent ve MABIMS yerel hilal gözlemini tahmin eder, ilan edilen yerde ilan belirleyicidir) Kurban Bayramı’ndan sayılır; yerel topluluklar bir gün farklı olabilir. ${tr}`,
  },
});

const defaults = {} satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'hizir-fasting',
    importance: 'major',
    names: { en: 'Hızır fasting', de: 'Hızır-Fasten', tr: 'Hızır Orucu', ar: 'صوم الخضر' },
    description: {
      en: 'Three days of fasting for Hızır, the helper in need, followed by the Hızır cem and lokma.',
      de: 'Drei Fastentage für Hızır, den Helfer in der Not, danach Hızır-Cem und Lokma.',
    },
    rule: rule(
      say(WESTERN, (p) => p.hizirFast),
      (year) => ({
        start: nthWeekdayOfMonth(2, WEEKDAYS.tuesday, year, 2),
      }),
    ),
    days: 3,
    startsEvening: false,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Most communities fast Tuesday–Thursday from the second Tuesday of February; some older German calendars give 13–15 February.',
        de: 'Meist Dienstag bis Donnerstag ab dem zweiten Dienstag im Februar; manche ältere deutsche Kalender nennen den 13.–15. Februar.',
        tr: 'Çoğu yerde şubatın ikinci salısından itibaren salı–perşembe tutulur; bazı eski Almanya takvimleri 13–15 şubat verir.',
      },
    },
    sources: [HIZIR, AABF],
  },
  {
    id: 'muharrem-fasting',
    importance: 'major',
    names: { en: 'Muharrem fasting', de: 'Muharrem-Fasten', tr: 'Muharrem Orucu', ar: 'صوم محرم' },
    description: {
      en: 'Twelve days of mourning fast for Imam Husayn and the martyrs of Karbala.',
      de: 'Zwölf Tage Trauerfasten für Imam Hüseyin und die Märtyrer von Kerbela.',
    },
    rule: daysAfterIslamicDate(12, 10, MUHARREM_FAST_AFTER_EID),
    days: MUHARREM_FAST_DAYS,
    startsEvening: true,
    uncertainty: moonNote(
      'Some communities start on 1 Muharram or fast ten days.',
      'Manche Gemeinden beginnen am 1. Muharram oder fasten zehn Tage.',
      'Bazı topluluklar 1 Muharrem’de başlar veya on gün tutar.',
    ),
    sources: [MUHARREM, MUHARREM_PRACTICE],
  },
  {
    id: 'asure-alevi',
    importance: 'major',
    names: { en: 'Aşure day', de: 'Aşure-Tag', tr: 'Aşure Günü', ar: 'يوم العاشوراء (العلويون)' },
    description: {
      en: 'End of the Muharrem fast: aşure of at least twelve ingredients is cooked and shared.',
      de: 'Ende des Muharrem-Fastens: Aşure aus mindestens zwölf Zutaten wird gekocht und geteilt.',
    },
    rule: daysAfterIslamicDate(12, 10, MUHARREM_FAST_AFTER_EID + MUHARREM_FAST_DAYS),
    days: 1,
    startsEvening: false,
    uncertainty: moonNote(
      'Some communities share aşure on the last fasting day.',
      'Manche Gemeinden teilen Aşure schon am letzten Fastentag.',
      'Bazı topluluklar aşureyi orucun son günü dağıtır.',
    ),
    sources: [MUHARREM, MUHARREM_PRACTICE],
  },
  {
    id: 'nevruz-alevi',
    importance: 'major',
    names: { en: 'Nevruz (birthday of Ali)', de: 'Nevruz', tr: 'Nevruz', ar: 'نوروز' },
    description: {
      en: 'Spring new year, kept by Alevis as the birthday of Ali with a Nevruz cem.',
      de: 'Frühlingsneujahr, von Aleviten als Geburtstag Alis mit einem Nevruz-Cem gefeiert.',
    },
    rule: gregorianDate(3, 21),
    days: 1,
    startsEvening: false,
    uncertainty: null,
    sources: [AABF],
  },
  {
    id: 'hidirellez',
    importance: 'minor',
    names: { en: 'Hıdırellez', de: 'Hıdırellez', tr: 'Hıdırellez', ar: 'خضر إلياس' },
    description: {
      en: 'Spring festival of the meeting of Hızır and İlyas; wishes are tied to rose bushes on the eve.',
      de: 'Frühlingsfest der Begegnung von Hızır und İlyas; am Vorabend werden Wünsche an Rosenbüsche gebunden.',
    },
    rule: gregorianDate(5, 6),
    days: 1,
    startsEvening: true,
    uncertainty: null,
    sources: ['https://en.wikipedia.org/wiki/H%C4%B1d%C4%B1rellez'],
  },
];

export const alevism: TraditionDefinition = defineTradition(
  {
    id: 'alevism',
    names: { en: 'Alevism', de: 'Alevitentum', tr: 'Alevilik', ar: 'العلوية (الأناضول)' },
    description: {
      en: 'Anatolian Alevi and Bektashi communities: fasts and feasts by the Gregorian and Hijri calendars.',
      de: 'Anatolische Aleviten und Bektaschis: Fasten und Feste nach gregorianischem und Hidschri-Kalender.',
    },
  },
  defaults,
  rows,
);

import { chineseDate, solarTermDay } from '../rules/chinese.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Chinese lunisolar calendar in UTC+8 as published by the Hong Kong Observatory (and Purple Mountain Observatory,
// GB/T 33661-2017); solar terms are moments of the Sun's apparent longitude.
const HKO_CALENDAR = 'https://www.hko.gov.hk/en/gts/time/conversion.htm';
const HKO_SOLAR_TERMS = 'https://en.wikipedia.org/wiki/Solar_term';
const FESTIVALS = 'https://en.wikipedia.org/wiki/Traditional_Chinese_holidays';

const defaults = {
  importance: 'minor',
  days: 1,
  startsEvening: false,
  uncertainty: null,
} satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'chinese-new-year',
    importance: 'major',
    names: {
      en: 'Chinese New Year (Spring Festival)',
      de: 'Chinesisches Neujahr',
      tr: 'Çin Yeni Yılı (Bahar Bayramı)',
      ar: 'رأس السنة الصينية (عيد الربيع)',
    },
    description: {
      en: 'First day of the lunisolar year, celebrated for fifteen days up to the Lantern Festival; families meet for dinner on New Year’s Eve.',
      de: 'Erster Tag des Mondjahres, gefeiert fünfzehn Tage lang bis zum Laternenfest; am Vorabend trifft sich die Familie zum Festessen.',
    },
    rule: chineseDate(1, 1),
    days: 15,
    startsEvening: true,
    sources: [HKO_CALENDAR, 'https://en.wikipedia.org/wiki/Chinese_New_Year'],
  },
  {
    id: 'lantern-festival',
    names: { en: 'Lantern Festival', de: 'Laternenfest', tr: 'Fener Festivali', ar: 'مهرجان الفوانيس' },
    description: {
      en: 'First full moon of the year and the end of the New Year season, with lanterns, riddles and sweet rice balls.',
      de: 'Erster Vollmond des Jahres und Ende der Neujahrszeit, mit Laternen, Rätseln und süßen Reisklößchen.',
    },
    rule: chineseDate(1, 15),
    sources: [HKO_CALENDAR, FESTIVALS],
  },
  {
    id: 'qingming',
    names: {
      en: 'Qingming (Tomb-Sweeping Day)',
      de: 'Qingming',
      tr: 'Qingming (Mezar Temizleme Günü)',
      ar: 'عيد تشينغ مينغ (يوم كنس القبور)',
    },
    description: {
      en: 'Families tend their ancestors’ graves on the day of the Qingming solar term in early April.',
      de: 'Familien pflegen am Tag des Sonnenterms Qingming Anfang April die Gräber ihrer Vorfahren.',
    },
    rule: solarTermDay(15, 'Qingming'),
    sources: [HKO_SOLAR_TERMS, 'https://en.wikipedia.org/wiki/Qingming_Festival'],
  },
  {
    id: 'dragon-boat',
    names: {
      en: 'Dragon Boat Festival',
      de: 'Drachenbootfest',
      tr: 'Ejderha Teknesi Festivali',
      ar: 'مهرجان قوارب التنين',
    },
    description: {
      en: 'Remembers the poet Qu Yuan with dragon-boat races and sticky-rice dumplings (zongzi).',
      de: 'Erinnert an den Dichter Qu Yuan, mit Drachenbootrennen und Klebreisklößen (Zongzi).',
    },
    rule: chineseDate(5, 5),
    sources: [HKO_CALENDAR, 'https://en.wikipedia.org/wiki/Dragon_Boat_Festival'],
  },
  {
    id: 'qixi',
    names: { en: 'Qixi', de: 'Qixi', tr: 'Qixi (Çin Sevgililer Günü)', ar: 'عيد تشي شي' },
    description: {
      en: 'Festival of the legendary lovers, the Cowherd and the Weaver Girl; often called Chinese Valentine’s Day.',
      de: 'Fest des Liebespaars aus der Legende, Kuhhirte und Weberin; oft „chinesischer Valentinstag“ genannt.',
    },
    rule: chineseDate(7, 7),
    sources: [HKO_CALENDAR, 'https://en.wikipedia.org/wiki/Qixi_Festival'],
  },
  {
    id: 'ghost-festival',
    names: { en: 'Ghost Festival', de: 'Geisterfest', tr: 'Hayaletler Festivali', ar: 'مهرجان الأشباح' },
    description: {
      en: 'Offerings to ancestors and wandering spirits in the middle of the seventh month (Zhongyuan).',
      de: 'Opfergaben für Ahnen und umherirrende Geister in der Mitte des siebten Monats (Zhongyuan).',
    },
    rule: chineseDate(7, 15),
    sources: [HKO_CALENDAR, 'https://en.wikipedia.org/wiki/Ghost_Festival'],
  },
  {
    id: 'mid-autumn',
    importance: 'major',
    names: {
      en: 'Mid-Autumn Festival',
      de: 'Mondfest',
      tr: 'Sonbahar Ortası Festivali',
      ar: 'مهرجان منتصف الخريف',
    },
    description: {
      en: 'Harvest festival under the full moon; families gather to admire the moon and share mooncakes.',
      de: 'Erntefest bei Vollmond; Familien betrachten gemeinsam den Mond und teilen Mondkuchen.',
    },
    rule: chineseDate(8, 15),
    sources: [HKO_CALENDAR, 'https://en.wikipedia.org/wiki/Mid-Autumn_Festival'],
  },
  {
    id: 'double-ninth',
    names: {
      en: 'Double Ninth Festival',
      de: 'Chongyang-Fest',
      tr: 'Çifte Dokuz Festivali',
      ar: 'مهرجان التاسع المزدوج',
    },
    description: {
      en: 'Day for climbing heights, chrysanthemums and honouring the elderly.',
      de: 'Tag des Bergsteigens, der Chrysanthemen und der Ehrung älterer Menschen.',
    },
    rule: chineseDate(9, 9),
    sources: [HKO_CALENDAR, 'https://en.wikipedia.org/wiki/Double_Ninth_Festival'],
  },
  {
    id: 'dongzhi',
    names: {
      en: 'Winter Solstice Festival',
      de: 'Dongzhi',
      tr: 'Kış Gündönümü Festivali (Dongzhi)',
      ar: 'مهرجان الانقلاب الشتوي (دونغ تشي)',
    },
    description: {
      en: 'Family festival on the day of the December solstice in China’s time zone, with dumplings or tangyuan.',
      de: 'Familienfest am Tag der Wintersonnenwende nach chinesischer Zeit, mit Teigtaschen oder Tangyuan.',
    },
    rule: solarTermDay(270, 'Dongzhi'),
    sources: [HKO_SOLAR_TERMS, 'https://en.wikipedia.org/wiki/Dongzhi_Festival'],
  },
  {
    id: 'laba',
    names: { en: 'Laba Festival', de: 'Laba-Fest', tr: 'Laba Festivali', ar: 'مهرجان لابا' },
    description: {
      en: 'On the eighth day of the twelfth month families cook Laba congee; in Buddhism the day of the Buddha’s enlightenment.',
      de: 'Am achten Tag des zwölften Monats wird Laba-Brei gekocht; im Buddhismus der Tag der Erleuchtung Buddhas.',
    },
    rule: chineseDate(12, 8),
    sources: [HKO_CALENDAR, 'https://en.wikipedia.org/wiki/Laba_Festival'],
  },
];

export const chinese: TraditionDefinition = defineTradition(
  {
    id: 'chinese',
    names: { en: 'Chinese festivals', de: 'Chinesische Feste', tr: 'Çin bayramları', ar: 'الأعياد الصينية' },
    description: {
      en: 'Festivals of the Chinese lunisolar calendar and solar terms, reckoned in China Standard Time (UTC+8).',
      de: 'Feste des chinesischen Lunisolarkalenders und der Sonnenterme, nach chinesischer Zeit (UTC+8).',
    },
  },
  defaults,
  rows,
);

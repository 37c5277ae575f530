import { fixedFromGregorian, WEEKDAYS, weekdayOnOrBefore } from '../calendars/gregorian.js';
import { gregorianDate } from '../rules/gregorian.js';
import { say } from '../rules/phrases/phrasebook.js';
import { WESTERN } from '../rules/phrases/western.js';
import { rule } from '../rules/rule.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Observances set by the UN, UNESCO, the Council of Europe or German law: fixed Gregorian days.
const UN_DAYS = 'https://www.un.org/en/observances/list-days-weeks';

// Announced yearly by the churches' ecumenical committee; 2018–2025 all began on the Sunday in 21–27 September
// (BAMF and demokratie-leben.de announcements), running to the next Sunday.
const interculturalWeek = rule(
  say(WESTERN, (p) => p.interculturalWeek),
  (year) => ({
    start: weekdayOnOrBefore(WEEKDAYS.sunday, fixedFromGregorian(year, 9, 27)),
  }),
);

const defaults = {
  importance: 'observance',
  days: 1,
  startsEvening: false,
  uncertainty: null,
  sources: [UN_DAYS],
} satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'holocaust-remembrance-day',
    rule: gregorianDate(1, 27),
    names: {
      en: 'International Holocaust Remembrance Day',
      de: 'Tag des Gedenkens an die Opfer des Holocaust',
      tr: 'Uluslararası Holokost Kurbanlarını Anma Günü',
      ar: 'اليوم الدولي لإحياء ذكرى ضحايا المحرقة',
    },
    description: {
      en: 'Remembers the victims of the Holocaust on the day Auschwitz was liberated in 1945.',
      de: 'Gedenken an die Opfer des Holocaust am Jahrestag der Befreiung von Auschwitz 1945.',
    },
  },
  {
    id: 'mother-language-day',
    rule: gregorianDate(2, 21),
    names: {
      en: 'International Mother Language Day',
      de: 'Internationaler Tag der Muttersprache',
      tr: 'Uluslararası Anadil Günü',
      ar: 'اليوم الدولي للغة الأم',
    },
    description: {
      en: 'UNESCO day for linguistic and cultural diversity and multilingualism.',
      de: 'UNESCO-Tag für sprachliche und kulturelle Vielfalt und Mehrsprachigkeit.',
    },
  },
  {
    id: 'womens-day',
    rule: gregorianDate(3, 8),
    names: {
      en: "International Women's Day",
      de: 'Internationaler Frauentag',
      tr: 'Dünya Kadınlar Günü',
      ar: 'اليوم الدولي للمرأة',
    },
    description: {
      en: "Day for women's rights and equality; a public holiday in Berlin and Mecklenburg-Vorpommern.",
      de: 'Tag für Frauenrechte und Gleichstellung; Feiertag in Berlin und Mecklenburg-Vorpommern.',
    },
  },
  {
    id: 'anti-racism-day',
    rule: gregorianDate(3, 21),
    names: {
      en: 'International Day for the Elimination of Racial Discrimination',
      de: 'Internationaler Tag gegen Rassismus',
      tr: 'Uluslararası Irk Ayrımcılığına Karşı Mücadele Günü',
      ar: 'اليوم الدولي للقضاء على التمييز العنصري',
    },
    description: {
      en: 'Recalls the Sharpeville massacre of 1960 and calls for an end to racism.',
      de: 'Erinnert an das Massaker von Sharpeville 1960 und ruft zum Einsatz gegen Rassismus auf.',
    },
  },
  {
    id: 'romani-day',
    rule: gregorianDate(4, 8),
    names: {
      en: 'International Romani Day',
      de: 'Internationaler Tag der Roma',
      tr: 'Uluslararası Romanlar Günü',
      ar: 'اليوم الدولي للروما',
    },
    description: {
      en: 'Celebrates Romani culture and recalls the first World Romani Congress of 1971.',
      de: 'Würdigt die Kultur der Sinti und Roma und erinnert an den ersten Welt-Roma-Kongress 1971.',
    },
    sources: ['https://www.coe.int/en/web/roma-and-travellers'],
  },
  {
    id: 'labour-day',
    rule: gregorianDate(5, 1),
    names: {
      en: "International Workers' Day",
      de: 'Tag der Arbeit',
      tr: 'Emek ve Dayanışma Günü',
      ar: 'عيد العمال',
    },
    description: {
      en: 'Day of the labour movement; a public holiday in Germany.',
      de: 'Tag der Arbeiterbewegung; gesetzlicher Feiertag in Deutschland.',
    },
  },
  {
    id: 'europe-day',
    rule: gregorianDate(5, 9),
    names: { en: 'Europe Day', de: 'Europatag', tr: 'Avrupa Günü', ar: 'يوم أوروبا' },
    description: {
      en: 'Recalls the Schuman Declaration of 1950 that began European integration.',
      de: 'Erinnert an die Schuman-Erklärung von 1950, den Anfang der europäischen Einigung.',
    },
    sources: ['https://european-union.europa.eu/principles-countries-history/symbols/europe-day_en'],
  },
  {
    id: 'cultural-diversity-day',
    rule: gregorianDate(5, 21),
    names: {
      en: 'World Day for Cultural Diversity',
      de: 'Welttag der kulturellen Vielfalt',
      tr: 'Dünya Kültürel Çeşitlilik Günü',
      ar: 'اليوم العالمي للتنوع الثقافي',
    },
    description: {
      en: 'UNESCO day for dialogue between cultures and development.',
      de: 'UNESCO-Welttag für kulturelle Vielfalt, Dialog und Entwicklung.',
    },
  },
  {
    id: 'world-refugee-day',
    rule: gregorianDate(6, 20),
    names: {
      en: 'World Refugee Day',
      de: 'Weltflüchtlingstag',
      tr: 'Dünya Mülteciler Günü',
      ar: 'اليوم العالمي للاجئين',
    },
    description: {
      en: 'Honours people forced to flee their homes.',
      de: 'Würdigt Menschen, die aus ihrer Heimat fliehen mussten.',
    },
  },
  {
    id: 'indigenous-peoples-day',
    rule: gregorianDate(8, 9),
    names: {
      en: "International Day of the World's Indigenous Peoples",
      de: 'Internationaler Tag der indigenen Völker',
      tr: 'Dünya Yerli Halklar Günü',
      ar: 'اليوم الدولي للشعوب الأصلية في العالم',
    },
    description: {
      en: 'Raises awareness of the rights and cultures of indigenous peoples.',
      de: 'Macht auf die Rechte und Kulturen indigener Völker aufmerksam.',
    },
  },
  {
    id: 'peace-day',
    rule: gregorianDate(9, 21),
    names: {
      en: 'International Day of Peace',
      de: 'Internationaler Friedenstag',
      tr: 'Dünya Barış Günü',
      ar: 'اليوم الدولي للسلام',
    },
    description: {
      en: 'UN day of ceasefire and non-violence.',
      de: 'UN-Tag des Waffenstillstands und der Gewaltlosigkeit.',
    },
  },
  {
    id: 'interkulturelle-woche',
    rule: interculturalWeek,
    days: 8,
    names: {
      en: 'Intercultural Week (Germany)',
      de: 'Interkulturelle Woche',
      tr: 'Kültürlerarası Hafta (Almanya)',
      ar: 'الأسبوع بين الثقافات (ألمانيا)',
    },
    description: {
      en: 'Nationwide week of events on migration and living together, started by the churches in 1975.',
      de: 'Bundesweite Woche mit Veranstaltungen zu Migration und Zusammenleben, 1975 von den Kirchen ins Leben gerufen.',
    },
    uncertainty: {
      kind: 'announced',
      note: {
        en: 'Dates are announced each year by the organisers; this follows the usual pattern.',
        de: 'Die Termine werden jedes Jahr von den Veranstaltern bekanntgegeben; hier nach dem üblichen Muster berechnet.',
      },
    },
    sources: ['https://www.interkulturellewoche.de/'],
  },
  {
    id: 'german-unity-day',
    rule: gregorianDate(10, 3),
    names: {
      en: 'Day of German Unity',
      de: 'Tag der Deutschen Einheit',
      tr: 'Alman Birliği Günü',
      ar: 'يوم الوحدة الألمانية',
    },
    description: {
      en: 'National holiday for the reunification of Germany in 1990.',
      de: 'Nationalfeiertag zur Wiedervereinigung Deutschlands 1990.',
    },
    sources: ['https://www.bundesregierung.de/'],
  },
  {
    id: 'tolerance-day',
    rule: gregorianDate(11, 16),
    names: {
      en: 'International Day for Tolerance',
      de: 'Internationaler Tag der Toleranz',
      tr: 'Uluslararası Hoşgörü Günü',
      ar: 'اليوم الدولي للتسامح',
    },
    description: {
      en: 'UNESCO day for mutual respect between cultures.',
      de: 'UNESCO-Tag für gegenseitigen Respekt zwischen den Kulturen.',
    },
  },
  {
    id: 'human-rights-day',
    rule: gregorianDate(12, 10),
    names: {
      en: 'Human Rights Day',
      de: 'Tag der Menschenrechte',
      tr: 'İnsan Hakları Günü',
      ar: 'يوم حقوق الإنسان',
    },
    description: {
      en: 'Anniversary of the Universal Declaration of Human Rights of 1948.',
      de: 'Jahrestag der Allgemeinen Erklärung der Menschenrechte von 1948.',
    },
  },
  {
    id: 'migrants-day',
    rule: gregorianDate(12, 18),
    names: {
      en: 'International Migrants Day',
      de: 'Internationaler Tag der Migranten',
      tr: 'Uluslararası Göçmenler Günü',
      ar: 'اليوم الدولي للمهاجرين',
    },
    description: {
      en: 'UN day for the rights and contributions of migrants.',
      de: 'UN-Tag für die Rechte und Beiträge von Migrantinnen und Migranten.',
    },
  },
];

export const international: TraditionDefinition = defineTradition(
  {
    id: 'international',
    names: {
      en: 'International days',
      de: 'Internationale Tage',
      tr: 'Uluslararası günler',
      ar: 'الأيام الدولية',
    },
    description: {
      en: 'UN, UNESCO and European observances, and German days that intercultural calendars list.',
      de: 'Gedenk- und Aktionstage der UN, UNESCO und Europas sowie deutsche Tage aus interkulturellen Kalendern.',
    },
  },
  defaults,
  rows,
);

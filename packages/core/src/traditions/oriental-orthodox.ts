import { copticChristmas, copticDate, ethiopicChristmas, ethiopicDate } from '../rules/coptic.js';
import { gregorianDate, orthodoxEasterOffset } from '../rules/gregorian.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Armenian Apostolic, Coptic, Ethiopian and Eritrean Orthodox churches. Coptic and Ethiopian feasts follow their
// own calendars (computed in calendars/coptic.ts); Easter by the Julian computus like the Eastern Orthodox.
const ETHIOPIAN_CALENDAR = 'https://en.wikipedia.org/wiki/Ethiopian_calendar';
const ETHIOPIAN_HOLIDAYS = 'https://shibbolethtourservices.com/hello-world';
const GENNA = 'https://borkena.blogspot.com/2014/01/ethiopian-christmas.html';
const TIMKAT = 'https://ethnomed.org/events/epiphany-timkat-ethiopian-orthodox/';
const COPTIC_CALENDAR = 'https://en.wikipedia.org/wiki/Coptic_calendar';
const COPTIC_CHRISTMAS = 'https://www.masress.com/albawabh/1664818';
const ARMENIAN_CHRISTMAS = 'https://en.wikipedia.org/wiki/Armenian_Christmas';
const COMPUTUS = 'https://www.assa.org.au/edm';

const defaults = { startsEvening: false, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'armenian-christmas',
    importance: 'major',
    names: {
      en: 'Armenian Christmas (Theophany)',
      de: 'Armenisches Weihnachten',
      tr: 'Ermeni Noeli (Surp Dznunt)',
      ar: 'عيد الميلاد الأرمني',
    },
    description: {
      en: 'The Armenian Church keeps the birth and the baptism of Jesus together on 6 January, as the early Church did.',
      de: 'Die armenische Kirche feiert Geburt und Taufe Jesu wie die frühe Kirche gemeinsam am 6. Januar.',
    },
    rule: gregorianDate(1, 6),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'The Armenian Patriarchate of Jerusalem keeps the Julian calendar: 19 January.',
        de: 'Das Armenische Patriarchat von Jerusalem folgt dem julianischen Kalender: 19. Januar.',
        tr: 'Kudüs Ermeni Patrikhanesi Jülyen takvimini izler: 19 Ocak.',
        ar: 'تتبع بطريركية الأرمن في القدس التقويم اليولياني: 19 كانون الثاني.',
      },
    },
    sources: [ARMENIAN_CHRISTMAS],
  },
  {
    id: 'enkutatash',
    importance: 'major',
    names: {
      en: 'Ethiopian New Year',
      de: 'Äthiopisches Neujahr',
      tr: 'Etiyopya Yılbaşı (Enkutatash)',
      ar: 'رأس السنة الإثيوبية (إنكوتاتاش)',
    },
    description: {
      en: 'Enkutatash, 1 Meskerem, at the end of the rainy season; 12 September after an Ethiopic leap year.',
      de: 'Enkutatash, 1. Meskerem, am Ende der Regenzeit; nach einem äthiopischen Schaltjahr am 12. September.',
    },
    rule: ethiopicDate(1, 1),
    days: 1,
    sources: [ETHIOPIAN_CALENDAR, ETHIOPIAN_HOLIDAYS],
  },
  {
    id: 'meskel',
    importance: 'minor',
    names: {
      en: 'Meskel (Finding of the True Cross)',
      de: 'Meskel',
      tr: 'Meskel (Haç Bayramı)',
      ar: 'عيد الصليب (مسكل)',
    },
    description: {
      en: 'The finding of the True Cross by Empress Helena, celebrated with the Demera bonfire on the eve.',
      de: 'Auffindung des Kreuzes Christi durch Kaiserin Helena, am Vorabend mit dem Demera-Feuer gefeiert.',
    },
    rule: ethiopicDate(1, 17),
    days: 1,
    sources: [ETHIOPIAN_HOLIDAYS],
  },
  {
    id: 'genna',
    importance: 'major',
    names: {
      en: 'Ethiopian Christmas (Genna)',
      de: 'Äthiopisches Weihnachten',
      tr: 'Etiyopya Noeli (Genna)',
      ar: 'عيد الميلاد الإثيوبي (جنا)',
    },
    description: {
      en: 'Genna or Lidet, the birth of Jesus, after the 43-day Advent fast; all-night church services.',
      de: 'Genna oder Lidet, Geburt Jesu, nach 43 Tagen Adventsfasten; Gottesdienste die ganze Nacht.',
    },
    rule: ethiopicChristmas(),
    days: 1,
    sources: [GENNA, ETHIOPIAN_CALENDAR],
  },
  {
    id: 'timkat',
    importance: 'major',
    names: {
      en: 'Timkat (Epiphany)',
      de: 'Timkat',
      tr: 'Timkat (Etiyopya Epifanisi)',
      ar: 'عيد الغطاس الإثيوبي (تيمكت)',
    },
    description: {
      en: 'The baptism of Jesus: tabots are carried to water in procession and the water is blessed.',
      de: 'Taufe Jesu: Die Tabots werden in Prozessionen zum Wasser getragen, das Wasser wird gesegnet.',
    },
    // Stays on 11 Tir, so 20 January after a leap year (19 January otherwise); unlike Genna it is not moved.
    rule: ethiopicDate(5, 11),
    days: 1,
    sources: [TIMKAT, ETHIOPIAN_CALENDAR],
  },
  {
    id: 'fasika',
    importance: 'major',
    names: {
      en: 'Ethiopian Easter (Fasika)',
      de: 'Äthiopisches Ostern',
      tr: 'Etiyopya Paskalyası (Fasika)',
      ar: 'عيد الفصح الإثيوبي (فاسيكا)',
    },
    description: {
      en: 'Fasika ends the 55-day fast of Hudade; same date as Orthodox Easter (Julian computus).',
      de: 'Fasika beendet die 55-tägige Fastenzeit Hudade; gleiches Datum wie das orthodoxe Ostern.',
    },
    rule: orthodoxEasterOffset(0),
    days: 1,
    sources: [COMPUTUS, ETHIOPIAN_CALENDAR],
  },
  {
    id: 'coptic-christmas',
    importance: 'major',
    names: {
      en: 'Coptic Christmas',
      de: 'Koptisches Weihnachten',
      tr: 'Kıpti Noeli',
      ar: 'عيد الميلاد المجيد (القبطي)',
    },
    description: {
      en: 'Birth of Jesus on 29 Koiak after the 43-day Nativity fast; a public holiday in Egypt on 7 January.',
      de: 'Geburt Jesu am 29. Koiak nach 43 Tagen Fasten; in Ägypten Feiertag am 7. Januar.',
    },
    rule: copticChristmas(),
    days: 1,
    sources: [COPTIC_CHRISTMAS, COPTIC_CALENDAR],
  },
  {
    id: 'nayrouz',
    importance: 'minor',
    names: {
      en: 'Coptic New Year (Nayrouz)',
      de: 'Koptisches Neujahr',
      tr: 'Kıpti Yılbaşı (Nayruz)',
      ar: 'عيد النيروز (رأس السنة القبطية)',
    },
    description: {
      en: 'Start of the Coptic year, 1 Thout, also the feast of the martyrs from whom the years are counted.',
      de: 'Beginn des koptischen Jahres am 1. Thout, zugleich Fest der Märtyrer, nach denen die Jahre zählen.',
    },
    rule: copticDate(1, 1),
    days: 1,
    sources: [COPTIC_CALENDAR],
  },
];

export const orientalOrthodox: TraditionDefinition = defineTradition(
  {
    id: 'oriental-orthodox',
    names: {
      en: 'Oriental Orthodox Churches',
      de: 'Orientalisch-orthodoxe Kirchen',
      tr: 'Oryantal Ortodoks Kiliseler',
      ar: 'الكنائس الأرثوذكسية المشرقية',
    },
    description: {
      en: 'Armenian, Coptic, Ethiopian and Eritrean churches: Coptic and Ethiopic calendars, Julian computus for Easter.',
      de: 'Armenische, koptische, äthiopische und eritreische Kirchen: koptischer und äthiopischer Kalender.',
    },
  },
  defaults,
  rows,
);

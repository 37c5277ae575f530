import { badiDate, nawRuzRule, twinBirthday } from '../rules/bahai.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Badíʿ calendar as unified from 172 BE (2015): Naw-Rúz on the day of the March equinox in Tehran, days from
// sunset to sunset. Before 2015 the West kept fixed Gregorian dates.
const UHJ_2014 = 'https://bahai-library.com/uhj_badi_calendar_2014';
const BWC_TABLE = 'https://bahai-library.com/pdf/uhj/uhj_bahai_dates_172-221.pdf';
const HOLY_DAYS = 'https://www.bahai.org/action/devotional-life/calendar';
const WESTERN_DATES =
  'https://bahai.works/Bah%C3%A1%E2%80%99%C3%AD_World/Volume_18/Bah%C3%A1%E2%80%99%C3%AD_Calendar_Festivals_and_Dates_of_Historical_Significance';

const defaults = { startsEvening: true, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'nineteen-day-fast',
    importance: 'minor',
    names: { en: 'Nineteen-Day Fast', de: 'Fastenzeit', tr: 'On Dokuz Gün Orucu', ar: 'الصيام البهائي' },
    description: {
      en: "The month of ʿAláʾ before Naw-Rúz: Bahá'ís aged 15 to 70 fast from sunrise to sunset.",
      de: 'Der Monat ʿAláʾ vor Naw-Rúz: Bahá’í zwischen 15 und 70 Jahren fasten von Sonnenaufgang bis Sonnenuntergang.',
    },
    rule: badiDate(19, 1),
    days: 19,
    sources: [UHJ_2014, BWC_TABLE],
  },
  {
    id: 'naw-ruz-bahai',
    importance: 'major',
    names: { en: 'Naw-Rúz', de: 'Naw-Rúz', tr: 'Nevruz (Bahai)', ar: 'عيد النيروز' },
    description: {
      en: "Bahá'í New Year, 1 Bahá, ending the Fast; since 2015 the day of the March equinox in Tehran.",
      de: 'Bahá’í-Neujahr, 1. Bahá, beendet das Fasten; seit 2015 der Tag der Frühlings-Tagundnachtgleiche in Teheran.',
    },
    rule: nawRuzRule(),
    days: 1,
    sources: [UHJ_2014, BWC_TABLE],
  },
  {
    id: 'ridvan',
    importance: 'major',
    names: { en: 'Festival of Riḍván (1st day)', de: 'Riḍván-Fest', tr: 'Rıdvan Bayramı', ar: 'عيد الرضوان' },
    description: {
      en: "First of the twelve days recalling Bahá'u'lláh's declaration in the Riḍván garden in Baghdad, 1863.",
      de: 'Erster der zwölf Tage zum Gedenken an die Erklärung Bahá’u’lláhs im Garten Riḍván in Bagdad 1863.',
    },
    rule: badiDate(2, 13),
    days: 1,
    sources: [UHJ_2014, HOLY_DAYS],
  },
  {
    id: 'ridvan-ninth',
    importance: 'minor',
    names: {
      en: 'Festival of Riḍván (9th day)',
      de: 'Riḍván-Fest (9. Tag)',
      tr: 'Rıdvan Bayramı (9. gün)',
      ar: 'عيد الرضوان (اليوم التاسع)',
    },
    description: {
      en: "Ninth day of Riḍván, when Bahá'u'lláh's family joined him in the garden; a holy day.",
      de: 'Neunter Tag von Riḍván, an dem die Familie Bahá’u’lláhs zu ihm in den Garten kam; ein heiliger Tag.',
    },
    rule: badiDate(3, 2),
    days: 1,
    sources: [UHJ_2014, HOLY_DAYS],
  },
  {
    id: 'ridvan-twelfth',
    importance: 'minor',
    names: {
      en: 'Festival of Riḍván (12th day)',
      de: 'Riḍván-Fest (12. Tag)',
      tr: 'Rıdvan Bayramı (12. gün)',
      ar: 'عيد الرضوان (اليوم الثاني عشر)',
    },
    description: {
      en: "Last day of Riḍván, when Bahá'u'lláh left the garden for Constantinople; a holy day.",
      de: 'Letzter Tag von Riḍván, an dem Bahá’u’lláh den Garten in Richtung Konstantinopel verließ; ein heiliger Tag.',
    },
    rule: badiDate(3, 5),
    days: 1,
    sources: [UHJ_2014, HOLY_DAYS],
  },
  {
    id: 'declaration-of-the-bab',
    importance: 'minor',
    names: {
      en: 'Declaration of the Báb',
      de: 'Erklärung des Báb',
      tr: "Bab'ın Bildirisi",
      ar: 'إعلان دعوة الباب',
    },
    description: {
      en: 'The Báb announced his mission in Shiraz on the evening of 22 May 1844; kept about two hours after sunset.',
      de: 'Der Báb verkündete am Abend des 22. Mai 1844 in Schiras seine Sendung; begangen etwa zwei Stunden nach Sonnenuntergang.',
    },
    rule: badiDate(4, 8, [5, 23]),
    days: 1,
    sources: [UHJ_2014, WESTERN_DATES],
  },
  {
    id: 'ascension-of-bahaullah',
    importance: 'minor',
    names: {
      en: "Ascension of Bahá'u'lláh",
      de: 'Hinscheiden Bahá’u’lláhs',
      tr: "Bahaullah'ın Göçü",
      ar: 'صعود حضرة بهاء الله',
    },
    description: {
      en: "Bahá'u'lláh died near Acre in 1892; commemorated at 3 a.m.",
      de: 'Bahá’u’lláh starb 1892 bei Akkon; des Hinscheidens wird um 3 Uhr morgens gedacht.',
    },
    rule: badiDate(4, 13),
    days: 1,
    sources: [UHJ_2014, HOLY_DAYS],
  },
  {
    id: 'martyrdom-of-the-bab',
    importance: 'minor',
    names: {
      en: 'Martyrdom of the Báb',
      de: 'Märtyrertod des Báb',
      tr: "Bab'ın Şehadeti",
      ar: 'استشهاد حضرة الباب',
    },
    description: {
      en: 'The Báb was executed in Tabriz in 1850; commemorated at noon.',
      de: 'Der Báb wurde 1850 in Täbris hingerichtet; des Todes wird mittags gedacht.',
    },
    rule: badiDate(6, 17, [7, 9]),
    days: 1,
    sources: [UHJ_2014, WESTERN_DATES],
  },
  {
    id: 'birth-of-the-bab',
    importance: 'major',
    names: { en: 'Birth of the Báb', de: 'Geburt des Báb', tr: "Bab'ın Doğumu", ar: 'مولد حضرة الباب' },
    description: {
      en: 'First of the Twin Holy Birthdays: the day after the eighth new moon after Naw-Rúz (20 October before 2015).',
      de: 'Erster der Zwillingsgeburtstage: der Tag nach dem achten Neumond nach Naw-Rúz (vor 2015 am 20. Oktober).',
    },
    rule: twinBirthday(0),
    days: 1,
    sources: [UHJ_2014, BWC_TABLE],
  },
  {
    id: 'birth-of-bahaullah',
    importance: 'major',
    names: {
      en: "Birth of Bahá'u'lláh",
      de: 'Geburt Bahá’u’lláhs',
      tr: "Bahaullah'ın Doğumu",
      ar: 'مولد حضرة بهاء الله',
    },
    description: {
      en: 'Second of the Twin Holy Birthdays, the day after the Birth of the Báb (12 November before 2015).',
      de: 'Zweiter der Zwillingsgeburtstage, am Tag nach der Geburt des Báb (vor 2015 am 12. November).',
    },
    rule: twinBirthday(1),
    days: 1,
    sources: [UHJ_2014, BWC_TABLE],
  },
  {
    id: 'day-of-the-covenant',
    importance: 'minor',
    names: { en: 'Day of the Covenant', de: 'Tag des Bündnisses', tr: 'Ahit Günü', ar: 'يوم الميثاق' },
    description: {
      en: "Honours ʿAbdu'l-Bahá as the Centre of Bahá'u'lláh's Covenant; work is not suspended.",
      de: 'Ehrt ʿAbdu’l-Bahá als Mittelpunkt des Bündnisses Bahá’u’lláhs; die Arbeit ruht nicht.',
    },
    rule: badiDate(14, 4),
    days: 1,
    sources: [UHJ_2014, HOLY_DAYS],
  },
  {
    id: 'ascension-of-abdul-baha',
    importance: 'minor',
    names: {
      en: "Ascension of ʿAbdu'l-Bahá",
      de: 'Hinscheiden ʿAbdu’l-Bahás',
      tr: "Abdülbaha'nın Göçü",
      ar: 'صعود حضرة عبد البهاء',
    },
    description: {
      en: "ʿAbdu'l-Bahá died in Haifa in 1921; commemorated at 1 a.m.",
      de: 'ʿAbdu’l-Bahá starb 1921 in Haifa; des Hinscheidens wird um 1 Uhr nachts gedacht.',
    },
    rule: badiDate(14, 6),
    days: 1,
    sources: [UHJ_2014, HOLY_DAYS],
  },
];

export const bahai: TraditionDefinition = defineTradition(
  {
    id: 'bahai',
    names: { en: "Bahá'í Faith", de: 'Bahá’í-Religion', tr: 'Bahailik', ar: 'الدين البهائي' },
    description: {
      en: 'Holy days of the Badíʿ calendar (19 months of 19 days); every day begins at sunset the evening before.',
      de: 'Heilige Tage des Badíʿ-Kalenders (19 Monate zu 19 Tagen); jeder Tag beginnt am Vorabend bei Sonnenuntergang.',
    },
  },
  defaults,
  rows,
);

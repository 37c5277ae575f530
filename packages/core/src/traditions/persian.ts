import { gregorianDate } from '../rules/gregorian.js';
import { eveOfLastWednesday, nowruzRule, persianDate } from '../rules/persian.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Solar Hijri calendar of Iran (and Afghanistan): the year begins on the March equinox day (noon rule, UTC+3:30).
const CALENDAR_CENTER = 'https://calendar.ut.ac.ir/Fa/News/Data/Doc/KabiseShamsi1206-1498-new.pdf';
const NOWRUZ_UN = 'https://www.un.org/en/observances/international-nowruz-day';
const WIKI = 'https://en.wikipedia.org/wiki/';

const defaults = { startsEvening: false, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'chaharshanbe-suri',
    importance: 'minor',
    names: { en: 'Chaharshanbe Suri', de: 'Tschahar Schanbe Suri', tr: 'Çarşamba Suri', ar: 'جهارشنبه سوري' },
    description: {
      en: 'Fire festival on the evening of this Tuesday, the eve of the last Wednesday before Nowruz: people jump over bonfires.',
      de: 'Feuerfest am Abend dieses Dienstags, am Vorabend des letzten Mittwochs vor Nouruz: Man springt über Feuer.',
    },
    rule: eveOfLastWednesday(),
    days: 1,
    sources: [`${WIKI}Chaharshanbe_Suri`, CALENDAR_CENTER],
  },
  {
    id: 'nowruz',
    importance: 'major',
    names: {
      en: 'Nowruz (Persian New Year)',
      de: 'Nouruz (Persisches Neujahr)',
      tr: 'Nevruz',
      ar: 'عيد النوروز',
    },
    description: {
      en: 'New Year at the spring equinox, 1 Farvardin: family visits, the haft-sin table, celebrated from Iran to Central Asia.',
      de: 'Neujahr zur Frühlings-Tagundnachtgleiche, 1. Farwardin: Familienbesuche, Haft-Sin-Tisch, gefeiert von Iran bis Zentralasien.',
    },
    rule: nowruzRule(),
    days: 1,
    sources: [CALENDAR_CENTER, NOWRUZ_UN],
  },
  {
    id: 'newroz',
    importance: 'major',
    names: {
      en: 'Newroz (Kurdish New Year)',
      de: 'Newroz (Kurdisches Neujahr)',
      tr: 'Newroz',
      ar: 'عيد نوروز الكردي',
    },
    description: {
      en: 'Kurdish New Year on 21 March; bonfires are lit on the evening of 20 March.',
      de: 'Kurdisches Neujahr am 21. März; am Abend des 20. März werden Feuer entzündet.',
    },
    rule: gregorianDate(3, 21),
    days: 1,
    startsEvening: true,
    sources: [NOWRUZ_UN, 'https://de.wikipedia.org/wiki/Newroz'],
  },
  {
    id: 'sizdah-bedar',
    importance: 'minor',
    names: { en: 'Sizdah Bedar', de: 'Sizdah Bedar', tr: 'Sizdah Bedar', ar: 'سيزده بدر' },
    description: {
      en: 'Thirteenth day of the new year, spent outdoors; it closes the Nowruz holidays.',
      de: 'Dreizehnter Tag des neuen Jahres, im Freien verbracht; er beschließt die Nouruz-Feiertage.',
    },
    rule: persianDate(1, 13),
    days: 1,
    sources: [`${WIKI}Sizdah_Be-dar`, CALENDAR_CENTER],
  },
  {
    id: 'tirgan',
    importance: 'minor',
    names: { en: 'Tirgan', de: 'Tirgan', tr: 'Tirgan', ar: 'عيد تيرگان' },
    description: {
      en: 'Ancient Iranian midsummer water festival on 13 Tir, honouring Tishtrya, the rain-bringing star.',
      de: 'Altiranisches Wasserfest im Hochsommer am 13. Tir zu Ehren Tischtryas, des Regen bringenden Sterns.',
    },
    rule: persianDate(4, 13),
    days: 1,
    sources: [`${WIKI}Tirgan`, CALENDAR_CENTER],
  },
  {
    id: 'mehregan',
    importance: 'minor',
    names: { en: 'Mehregan', de: 'Mehregan', tr: 'Mihrican', ar: 'عيد المهرجان' },
    description: {
      en: 'Autumn festival of Mithra on 16 Mehr, a thanksgiving for the harvest.',
      de: 'Herbstfest des Mithra am 16. Mehr, ein Dankfest für die Ernte.',
    },
    rule: persianDate(7, 16),
    days: 1,
    sources: [`${WIKI}Mehregan`, CALENDAR_CENTER],
  },
  {
    id: 'yalda',
    importance: 'minor',
    names: { en: 'Yalda Night', de: 'Yalda-Nacht', tr: 'Yelda Gecesi', ar: 'ليلة يلدا' },
    description: {
      en: 'The longest night, before 1 Dey: families stay up with pomegranates, watermelon and Hafez poems.',
      de: 'Die längste Nacht vor dem 1. Dey: Familien wachen mit Granatäpfeln, Wassermelone und Hafis-Gedichten.',
    },
    rule: persianDate(10, 1),
    days: 1,
    startsEvening: true,
    sources: [`${WIKI}Yalda_Night`, CALENDAR_CENTER],
  },
];

export const persian: TraditionDefinition = defineTradition(
  {
    id: 'persian',
    names: { en: 'Persian', de: 'Persisch', tr: 'Fars', ar: 'الفارسية' },
    description: {
      en: 'Iranian festivals by the Solar Hijri calendar, whose year begins on the day of the March equinox.',
      de: 'Iranische Feste nach dem persischen Sonnenkalender, dessen Jahr mit dem Tag der Frühlings-Tagundnachtgleiche beginnt.',
    },
  },
  defaults,
  rows,
);

import { solarTermDay } from '../rules/chinese.js';
import { gregorianDate } from '../rules/gregorian.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Japan Standard Time is UTC+9; the National Astronomical Observatory of Japan publishes the solar terms.
const JAPAN_STANDARD_TIME = 9;
const NAOJ_CALENDAR = 'https://eco.mtk.nao.ac.jp/koyomi/yoko/';

const defaults = { days: 1, startsEvening: false, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'setsubun',
    importance: 'minor',
    names: { en: 'Setsubun', de: 'Setsubun', tr: 'Setsubun', ar: 'سيتسوبون' },
    description: {
      en: 'Eve of spring (Risshun): beans are thrown to drive out demons and invite good luck.',
      de: 'Vorabend des Frühlingsbeginns (Risshun): Bohnen werden geworfen, um Dämonen zu vertreiben und Glück einzuladen.',
    },
    rule: solarTermDay(315, 'Risshun', JAPAN_STANDARD_TIME, -1),
    sources: [NAOJ_CALENDAR, 'https://en.wikipedia.org/wiki/Setsubun'],
  },
  {
    id: 'shichi-go-san',
    importance: 'minor',
    names: { en: 'Shichi-Go-San', de: 'Shichi-Go-San', tr: 'Shichi-Go-San', ar: 'شيتشي-غو-سان' },
    description: {
      en: 'Girls of three and seven and boys of five (or three) visit a shrine to pray for healthy growth.',
      de: 'Mädchen im Alter von drei und sieben und Jungen von fünf (oder drei) Jahren besuchen einen Schrein und beten für gesundes Aufwachsen.',
    },
    rule: gregorianDate(11, 15),
    sources: ['https://en.wikipedia.org/wiki/Shichi-Go-San'],
  },
];

export const japanese: TraditionDefinition = defineTradition(
  {
    id: 'japanese',
    names: {
      en: 'Japanese festivals',
      de: 'Japanische Feste',
      tr: 'Japon bayramları',
      ar: 'الأعياد اليابانية',
    },
    description: {
      en: 'Seasonal and family festivals of Japan.',
      de: 'Jahreszeitliche und familiäre Feste Japans.',
    },
  },
  defaults,
  rows,
);

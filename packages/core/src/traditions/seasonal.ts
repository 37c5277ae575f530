import { civilDateOf } from '../astronomy/civil-date.js';
import { type SeasonName, seasonInstants } from '../astronomy/seasons.js';
import { gregorianFromFixed } from '../calendars/gregorian.js';
import { say } from '../rules/phrases/phrasebook.js';
import { WESTERN } from '../rules/phrases/western.js';
import { rule } from '../rules/rule.js';
import type { LocalizedText, TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

/** Where the civil date of an equinox or solstice is taken when the user gives no place (the project's home). */
export const DEFAULT_SEASON_TIME_ZONE = 'Europe/Berlin';

const USNO_SEASONS = 'https://aa.usno.navy.mil/data/Earth_Seasons';

const seasonRule = (season: SeasonName, longitude: number) =>
  rule(
    say(WESTERN, (p) => p.season(longitude, DEFAULT_SEASON_TIME_ZONE)),
    (year, options) => {
      const instant = seasonInstants(year)[season];
      const start = civilDateOf(new Date(instant), options.place?.timeZone ?? DEFAULT_SEASON_TIME_ZONE);
      if (gregorianFromFixed(start).year !== year) return undefined;
      return { start, instant: new Date(instant).toISOString() };
    },
  );

const placeNote: LocalizedText = {
  en: 'The astronomical moment is the same everywhere; its calendar date depends on the time zone.',
  de: 'Der astronomische Zeitpunkt ist überall derselbe; sein Datum hängt von der Zeitzone ab.',
};

const defaults = {
  importance: 'observance',
  days: 1,
  startsEvening: false,
  uncertainty: { kind: 'place', note: placeNote },
  sources: [USNO_SEASONS],
} satisfies RowDefaults;

const row = (
  id: string,
  season: SeasonName,
  longitude: number,
  names: LocalizedText,
  description: LocalizedText,
): TableRow<typeof defaults> => ({ id, names, description, rule: seasonRule(season, longitude) });

const rows = [
  row(
    'march-equinox',
    'marchEquinox',
    0,
    {
      en: 'March Equinox',
      de: 'Frühlingsanfang (Tagundnachtgleiche)',
      tr: 'İlkbahar Ekinoksu',
      ar: 'الاعتدال الربيعي',
    },
    {
      en: 'Day and night are about equally long; astronomical start of spring in the northern hemisphere.',
      de: 'Tag und Nacht sind etwa gleich lang; astronomischer Frühlingsbeginn auf der Nordhalbkugel.',
    },
  ),
  row(
    'june-solstice',
    'juneSolstice',
    90,
    {
      en: 'June Solstice',
      de: 'Sommeranfang (Sommersonnenwende)',
      tr: 'Yaz Gündönümü',
      ar: 'الانقلاب الصيفي',
    },
    {
      en: 'Longest day of the year in the northern hemisphere; astronomical start of summer.',
      de: 'Längster Tag des Jahres auf der Nordhalbkugel; astronomischer Sommerbeginn.',
    },
  ),
  row(
    'september-equinox',
    'septemberEquinox',
    180,
    {
      en: 'September Equinox',
      de: 'Herbstanfang (Tagundnachtgleiche)',
      tr: 'Sonbahar Ekinoksu',
      ar: 'الاعتدال الخريفي',
    },
    {
      en: 'Day and night are about equally long; astronomical start of autumn in the northern hemisphere.',
      de: 'Tag und Nacht sind etwa gleich lang; astronomischer Herbstbeginn auf der Nordhalbkugel.',
    },
  ),
  row(
    'december-solstice',
    'decemberSolstice',
    270,
    {
      en: 'December Solstice',
      de: 'Winteranfang (Wintersonnenwende)',
      tr: 'Kış Gündönümü',
      ar: 'الانقلاب الشتوي',
    },
    {
      en: 'Shortest day of the year in the northern hemisphere; astronomical start of winter.',
      de: 'Kürzester Tag des Jahres auf der Nordhalbkugel; astronomischer Winterbeginn.',
    },
  ),
];

export const seasonal: TraditionDefinition = defineTradition(
  {
    id: 'seasonal',
    names: { en: 'Seasons', de: 'Jahreszeiten', tr: 'Mevsimler', ar: 'الفصول' },
    description: {
      en: 'Equinoxes and solstices: the astronomical beginnings of the seasons.',
      de: 'Tagundnachtgleichen und Sonnenwenden: die astronomischen Anfänge der Jahreszeiten.',
    },
  },
  defaults,
  rows,
);

import type { Place } from '../types.js';
import type { StateCode } from './school-exemptions.js';

/**
 * The 81 German municipalities with at least 100,000 inhabitants, so that `city=duisburg` works without
 * coordinates. Source: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys,
 * "Auszug GV100 – 4. Quartal" (territorial status 31 December 2020), columns Bevölkerung (population on
 * 31 December 2019), Längengrad and Breitengrad (the municipality's reference point, WGS84), as republished as CSV
 * in github.com/grundeinkommensbuero/backend, utils/analyseData/recentMunicipalityData/data/AuszugGV4QAktuell.csv
 * (commit b4e64ac, 2021-03-23). Licence: Datenlizenz Deutschland – Namensnennung 2.0 (© Statistisches Bundesamt).
 * How it was built and how to refresh it: packages/core/test/fixtures/README.md, "German cities".
 */

export const CITY_POPULATION_DATE = '2019-12-31';
export const CITY_SOURCE =
  'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100, 4. Quartal 2020 (Bevölkerung am 31.12.2019, Koordinaten)';

export interface City {
  /** ASCII slug: umlauts as ae/oe/ue, ß as ss, words joined by "-". */
  slug: string;
  /** German name without the legal suffix ("Stadt", "Landeshauptstadt"). */
  name: string;
  state: StateCode;
  latitude: number;
  longitude: number;
  /** Inhabitants on CITY_POPULATION_DATE. */
  population: number;
  /** Other slugs that find this city: English names and short forms ("munich", "frankfurt"). */
  aliases: readonly string[];
  timeZone: 'Europe/Berlin';
}

type Row = readonly [string, string, StateCode, number, number, number, (readonly string[])?];

// slug, name, state, latitude, longitude, population 2019-12-31, aliases — in order of population.
const ROWS: readonly Row[] = [
  ['berlin', 'Berlin', 'BE', 52.51767, 13.405538, 3669491],
  ['hamburg', 'Hamburg', 'HH', 53.550678, 9.99697, 1847253],
  ['muenchen', 'München', 'BY', 48.137683, 11.575997, 1484226, ['munich']],
  ['koeln', 'Köln', 'NW', 50.938107, 6.957068, 1087863, ['cologne']],
  ['frankfurt-am-main', 'Frankfurt am Main', 'HE', 50.11088, 8.682433, 763380, ['frankfurt']],
  ['stuttgart', 'Stuttgart', 'BW', 48.775817, 9.177734, 635911],
  ['duesseldorf', 'Düsseldorf', 'NW', 51.22422, 6.780068, 621877],
  ['leipzig', 'Leipzig', 'SN', 51.338288, 12.377931, 593145],
  ['dortmund', 'Dortmund', 'NW', 51.514171, 7.464165, 588250],
  ['essen', 'Essen', 'NW', 51.455843, 7.012583, 582760],
  ['bremen', 'Bremen', 'HB', 53.075606, 8.809338, 567559],
  ['dresden', 'Dresden', 'SN', 51.051697, 13.736883, 556780],
  ['hannover', 'Hannover', 'NI', 52.374551, 9.738084, 536925, ['hanover']],
  ['nuernberg', 'Nürnberg', 'BY', 49.450938, 11.075269, 518370, ['nuremberg']],
  ['duisburg', 'Duisburg', 'NW', 51.433259, 6.765477, 498686],
  ['bochum', 'Bochum', 'NW', 51.482699, 7.217177, 365587],
  ['wuppertal', 'Wuppertal', 'NW', 51.271288, 7.195874, 355100],
  ['bielefeld', 'Bielefeld', 'NW', 52.020578, 8.53212, 334195],
  ['bonn', 'Bonn', 'NW', 50.734245, 7.099187, 329673],
  ['muenster', 'Münster', 'NW', 51.961908, 7.626804, 315293],
  ['karlsruhe', 'Karlsruhe', 'BW', 49.009626, 8.405282, 312060],
  ['mannheim', 'Mannheim', 'BW', 49.48778, 8.466275, 310658],
  ['augsburg', 'Augsburg', 'BY', 48.369696, 10.892578, 296582],
  ['wiesbaden', 'Wiesbaden', 'HE', 50.081698, 8.239138, 278474],
  ['moenchengladbach', 'Mönchengladbach', 'NW', 51.194473, 6.43161, 261034],
  ['gelsenkirchen', 'Gelsenkirchen', 'NW', 51.510892, 7.096064, 259645],
  ['braunschweig', 'Braunschweig', 'NI', 52.26249, 10.520525, 249406, ['brunswick']],
  ['aachen', 'Aachen', 'NW', 50.773516, 6.0848, 248960],
  ['kiel', 'Kiel', 'SH', 54.321775, 10.13727, 246794],
  ['chemnitz', 'Chemnitz', 'SN', 50.833593, 12.921602, 246334],
  ['halle-saale', 'Halle (Saale)', 'ST', 51.482478, 11.970666, 238762, ['halle']],
  ['magdeburg', 'Magdeburg', 'ST', 52.126248, 11.632726, 237565],
  ['freiburg-im-breisgau', 'Freiburg im Breisgau', 'BW', 47.994786, 7.849877, 231195, ['freiburg']],
  ['krefeld', 'Krefeld', 'NW', 51.332637, 6.56089, 227417],
  ['mainz', 'Mainz', 'RP', 50.001959, 8.271855, 218578],
  ['luebeck', 'Lübeck', 'SH', 53.866269, 10.683932, 216530],
  ['erfurt', 'Erfurt', 'TH', 50.977122, 11.027236, 213981],
  ['oberhausen', 'Oberhausen', 'NW', 51.470317, 6.852291, 210764],
  ['rostock', 'Rostock', 'MV', 54.088548, 12.135993, 209191],
  ['kassel', 'Kassel', 'HE', 51.314684, 9.495199, 202137],
  ['hagen', 'Hagen', 'NW', 51.360171, 7.467406, 188686],
  ['saarbruecken', 'Saarbrücken', 'SL', 49.236608, 6.995542, 180374],
  ['potsdam', 'Potsdam', 'BB', 52.400355, 13.05358, 180334],
  ['hamm', 'Hamm', 'NW', 51.678312, 7.816947, 179916],
  ['ludwigshafen-am-rhein', 'Ludwigshafen am Rhein', 'RP', 49.483235, 8.447899, 172253, ['ludwigshafen']],
  ['muelheim-an-der-ruhr', 'Mülheim an der Ruhr', 'NW', 51.428107, 6.88505, 170632, ['muelheim']],
  ['oldenburg-oldenburg', 'Oldenburg (Oldenburg)', 'NI', 53.140025, 8.212993, 169077, ['oldenburg']],
  ['osnabrueck', 'Osnabrück', 'NI', 52.27692, 8.04205, 165251],
  ['leverkusen', 'Leverkusen', 'NW', 51.03245, 6.979767, 163729],
  ['heidelberg', 'Heidelberg', 'BW', 49.408826, 8.702067, 161485],
  ['darmstadt', 'Darmstadt', 'HE', 49.872238, 8.653838, 159878],
  ['solingen', 'Solingen', 'NW', 51.171718, 7.085665, 159245],
  ['herne', 'Herne', 'NW', 51.540365, 7.222793, 156449],
  ['neuss', 'Neuss', 'NW', 51.198873, 6.691409, 153896],
  ['regensburg', 'Regensburg', 'BY', 49.015249, 12.101745, 153094],
  ['paderborn', 'Paderborn', 'NW', 51.719601, 8.757301, 151633],
  ['ingolstadt', 'Ingolstadt', 'BY', 48.76542, 11.423387, 137392],
  ['offenbach-am-main', 'Offenbach am Main', 'HE', 50.105567, 8.764442, 130280, ['offenbach']],
  ['fuerth', 'Fürth', 'BY', 49.477384, 10.989974, 128497],
  ['wuerzburg', 'Würzburg', 'BY', 49.79393, 9.93725, 127934],
  ['ulm', 'Ulm', 'BW', 48.398454, 9.990402, 126790],
  ['heilbronn', 'Heilbronn', 'BW', 49.140428, 9.217953, 126592],
  ['pforzheim', 'Pforzheim', 'BW', 48.891285, 8.699166, 125957],
  ['wolfsburg', 'Wolfsburg', 'NI', 52.421938, 10.784975, 124371],
  ['goettingen', 'Göttingen', 'NI', 51.533337, 9.935418, 118911],
  ['bottrop', 'Bottrop', 'NW', 51.523694, 6.929939, 117565],
  ['reutlingen', 'Reutlingen', 'BW', 48.49208, 9.212006, 115865],
  ['koblenz', 'Koblenz', 'RP', 50.359516, 7.597956, 114052],
  ['bremerhaven', 'Bremerhaven', 'HB', 53.543032, 8.578068, 113643],
  ['erlangen', 'Erlangen', 'BY', 49.59508, 11.003274, 112528],
  ['bergisch-gladbach', 'Bergisch Gladbach', 'NW', 50.992244, 7.130608, 111846],
  ['trier', 'Trier', 'RP', 49.757603, 6.638021, 111528],
  ['recklinghausen', 'Recklinghausen', 'NW', 51.614576, 7.197544, 111397],
  ['jena', 'Jena', 'TH', 50.93006, 11.591842, 111343],
  ['remscheid', 'Remscheid', 'NW', 51.179878, 7.194356, 111338],
  ['salzgitter', 'Salzgitter', 'NI', 52.153574, 10.329208, 104291],
  ['moers', 'Moers', 'NW', 51.453559, 6.628027, 103902],
  ['siegen', 'Siegen', 'NW', 50.874559, 8.024625, 102770],
  ['hildesheim', 'Hildesheim', 'NI', 52.150623, 9.948181, 101693],
  ['guetersloh', 'Gütersloh', 'NW', 51.909587, 8.381067, 100861],
  ['kaiserslautern', 'Kaiserslautern', 'RP', 49.445456, 7.768864, 100030],
];

export const CITIES: readonly City[] = ROWS.map(
  ([slug, name, state, latitude, longitude, population, aliases]) => ({
    slug,
    name,
    state,
    latitude,
    longitude,
    population,
    aliases: aliases ?? [],
    timeZone: 'Europe/Berlin',
  }),
);

/** Both spellings of an umlaut a user may type: "München" → "muenchen" and "munchen". */
function slugsOf(input: string): string[] {
  const lower = input.trim().toLowerCase().replace(/ß/g, 'ss');
  const join = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return [join(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')), join(lower)];
}

const BY_SLUG = new Map<string, City>();
for (const city of CITIES) {
  for (const key of [city.slug, ...city.aliases, ...slugsOf(city.name)]) BY_SLUG.set(key, city);
  // "muenchen" typed without the e: "munchen", "dusseldorf", "koln".
  BY_SLUG.set(
    city.slug.replace(/([aou])e/g, '$1'),
    BY_SLUG.get(city.slug.replace(/([aou])e/g, '$1')) ?? city,
  );
}

/** The city a slug, alias or name ("duisburg", "munich", "München") names, or undefined. */
export function findCity(nameOrSlug: string): City | undefined {
  if (typeof nameOrSlug !== 'string' || nameOrSlug.length > 100) return undefined;
  for (const key of slugsOf(nameOrSlug)) {
    const city = BY_SLUG.get(key);
    if (city) return city;
  }
  return undefined;
}

export function placeOf(city: City): Place {
  return { latitude: city.latitude, longitude: city.longitude, timeZone: city.timeZone };
}

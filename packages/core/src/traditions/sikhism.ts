import { holikaDahan, sankrantiFestival, tithiFestival } from '../rules/hindu.js';
import { sikhDate } from '../rules/sikh.js';
import type { TraditionDefinition, Uncertainty } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Most gurdwaras keep Gurpurabs by the lunar Bikrami calendar (SGPC's jantri since 2010); the Nanakshahi calendar
// of 2003 fixed some of them to Gregorian dates and is the option `sikhCalendar: 'nanakshahi-2003'`. The lunar
// dates are computed like the Hindu ones (drik panchanga, New Delhi unless a place is given). The jantri starts a
// solar month (sangrand: Vaisakhi, Maghi) on the sunrise-to-sunrise day that holds the sankranti: all 36 sangrands
// of its years 549, 557 and 558 (2017–18, 2025–27) fit that rule, 13 of them against the civil day of the instant.
const SGPC = 'https://sgpc.net/';
const NANAKSHAHI = 'https://en.wikipedia.org/wiki/Nanakshahi_calendar';
const TAD = 'https://www.timeanddate.com/holidays/india/';

const PLACE: Uncertainty = {
  kind: 'place',
  note: {
    en: 'Lunar date computed for New Delhi (or the given place); it can differ by a day elsewhere.',
    de: 'Monddatum berechnet für Neu-Delhi (oder den angegebenen Ort); anderswo kann es einen Tag abweichen.',
    tr: 'Ay takvimine göre Yeni Delhi (veya seçilen yer) için hesaplanır; başka yerlerde bir gün farklı olabilir.',
    ar: 'تاريخ قمري محسوب لنيودلهي (أو للمكان المحدد)؛ قد يختلف يوماً في أماكن أخرى.',
  },
};

/** Gurdwaras following the Nanakshahi calendar of 2003 keep a fixed Gregorian date instead. */
const regional = (fixed: string, fixedDe: string): Uncertainty => ({
  kind: 'region',
  note: {
    en: `By the lunar calendar most gurdwaras follow; those using the Nanakshahi calendar of 2003 keep ${fixed} (option sikhCalendar). Also depends on place by a day.`,
    de: `Nach dem Mondkalender der meisten Gurdwaras; Gemeinden mit dem Nanakshahi-Kalender von 2003 feiern am ${fixedDe} (Option sikhCalendar). Je nach Ort auch einen Tag Unterschied.`,
  },
});

const defaults = { startsEvening: false, uncertainty: PLACE } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'lohri',
    importance: 'minor',
    names: { en: 'Lohri', de: 'Lohri', tr: 'Lohri', ar: 'لوهري' },
    description: {
      en: 'Punjabi winter festival with bonfires on the eve of Maghi, the first day of the solar month Magh.',
      de: 'Punjabisches Winterfest mit Feuern am Vorabend von Maghi, dem ersten Tag des Sonnenmonats Magh.',
    },
    // The eve of Maghi (1 Magh by the jantri's sangrand rule): the Government of India's 13 Jan 2019 and 2020,
    // when drikpanchang.com's Makar Sankranti, moved past sunset, was 15 Jan.
    rule: sankrantiFestival(9, 'sunrise', -1),
    days: 1,
    sources: [`${TAD}lohri`],
  },
  {
    id: 'guru-gobind-singh-gurpurab',
    importance: 'major',
    names: {
      en: 'Birth of Guru Gobind Singh',
      de: 'Geburtstag Guru Gobind Singhs',
      tr: 'Guru Gobind Singh’in Doğum Günü',
      ar: 'مولد غورو غوبيند سينغ',
    },
    description: {
      en: 'Birth of the tenth Guru, founder of the Khalsa, on Pausha Shukla Saptami.',
      de: 'Geburt des zehnten Gurus, des Gründers der Khalsa, am Pausha Shukla Saptami.',
    },
    rule: sikhDate(tithiFestival({ month: 10, tithi: 7 }), 1, 5),
    days: 1,
    uncertainty: regional('5 January', '5. Januar'),
    sources: [SGPC, NANAKSHAHI, `${TAD}guru-govind-singh-jayanti`],
  },
  {
    id: 'hola-mohalla',
    importance: 'minor',
    names: { en: 'Hola Mohalla', de: 'Hola Mohalla', tr: 'Hola Mohalla', ar: 'هولا موهالا' },
    description: {
      en: 'Sikh martial festival at Anandpur Sahib on the day after Holi.',
      de: 'Sikh-Fest der Kampfkünste in Anandpur Sahib am Tag nach Holi.',
    },
    rule: holikaDahan(2),
    days: 1,
    sources: [SGPC, NANAKSHAHI],
  },
  {
    id: 'vaisakhi',
    importance: 'major',
    names: {
      en: 'Vaisakhi (Khalsa Day)',
      de: 'Vaisakhi',
      tr: 'Vaisakhi (Halsa Günü)',
      ar: 'فايساكهي (يوم الخالصة)',
    },
    description: {
      en: 'Founding of the Khalsa in 1699 and harvest festival, on the solar new year (Sun enters sidereal Aries).',
      de: 'Gründung der Khalsa 1699 und Erntefest am solaren Neujahr (Sonne tritt in den siderischen Widder).',
    },
    // 1 Vaisakh by the jantri's sangrand rule: 13 Apr 2025 (Akal Takht, Government of India, Punjab).
    rule: sikhDate(sankrantiFestival(0, 'sunrise'), 4, 14),
    days: 1,
    uncertainty: regional('14 April', '14. April'),
    sources: [SGPC, NANAKSHAHI, `${TAD}vaisakhi`],
  },
  {
    id: 'martyrdom-guru-arjan',
    importance: 'minor',
    names: {
      en: 'Martyrdom of Guru Arjan',
      de: 'Martyrium Guru Arjans',
      tr: 'Guru Arjan’ın Şehadeti',
      ar: 'استشهاد غورو أرجان',
    },
    description: {
      en: 'The fifth Guru, compiler of the Adi Granth, was executed in Lahore in 1606; cold drinks are offered to all.',
      de: 'Der fünfte Guru, Herausgeber des Adi Granth, wurde 1606 in Lahore hingerichtet; man reicht allen kühle Getränke.',
    },
    rule: sikhDate(tithiFestival({ month: 3, tithi: 4 }), 6, 16),
    days: 1,
    uncertainty: regional('16 June', '16. Juni'),
    sources: [SGPC, NANAKSHAHI],
  },
  {
    id: 'bandi-chhor-divas',
    importance: 'major',
    names: {
      en: 'Bandi Chhor Divas',
      de: 'Bandi Chhor Divas',
      tr: 'Bandi Çhor Divas',
      ar: 'باندي تشهور ديفاس',
    },
    description: {
      en: 'Release of Guru Hargobind from Gwalior fort, celebrated with lights on Diwali.',
      de: 'Befreiung Guru Hargobinds aus der Festung Gwalior, mit Lichtern an Diwali gefeiert.',
    },
    rule: tithiFestival({ month: 7, tithi: 30, prevailing: 'pradosh', onBothDays: 'longer' }),
    days: 1,
    sources: [SGPC, NANAKSHAHI],
  },
  {
    id: 'guru-nanak-gurpurab',
    importance: 'major',
    names: {
      en: 'Guru Nanak Gurpurab',
      de: 'Geburtstag Guru Nanaks',
      tr: 'Guru Nanak Gurpurab',
      ar: 'مولد غورو ناناك',
    },
    description: {
      en: 'Birth of Guru Nanak, founder of Sikhism, on the full moon of Kartika.',
      de: 'Geburt Guru Nanaks, des Begründers des Sikhismus, am Vollmond des Kartika.',
    },
    rule: tithiFestival({ month: 8, tithi: 15 }),
    days: 1,
    sources: [SGPC, NANAKSHAHI, `${TAD}guru-nanak-jayanti`],
  },
  {
    id: 'martyrdom-guru-tegh-bahadur',
    importance: 'minor',
    names: {
      en: 'Martyrdom of Guru Tegh Bahadur',
      de: 'Martyrium Guru Tegh Bahadurs',
      tr: 'Guru Tegh Bahadur’un Şehadeti',
      ar: 'استشهاد غورو تيغ بهادور',
    },
    description: {
      en: 'The ninth Guru was executed in Delhi in 1675 for defending freedom of belief.',
      de: 'Der neunte Guru wurde 1675 in Delhi hingerichtet, weil er für Glaubensfreiheit eintrat.',
    },
    rule: sikhDate(tithiFestival({ month: 9, tithi: 5 }), 11, 24),
    days: 1,
    uncertainty: regional('24 November', '24. November'),
    sources: [SGPC, NANAKSHAHI],
  },
];

export const sikhism: TraditionDefinition = defineTradition(
  {
    id: 'sikhism',
    names: { en: 'Sikhism', de: 'Sikhismus', tr: 'Sihizm', ar: 'السيخية' },
    description: {
      en: 'Gurpurabs and Sikh festivals by the lunar Bikrami calendar most gurdwaras follow, or by the Nanakshahi calendar of 2003.',
      de: 'Gurpurabs und Sikh-Feste nach dem lunaren Bikrami-Kalender der meisten Gurdwaras oder nach dem Nanakshahi-Kalender von 2003.',
    },
  },
  defaults,
  rows,
);

import { tithiFestival } from '../rules/hindu.js';
import { paryushana } from '../rules/jain.js';
import type { TraditionDefinition, Uncertainty } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Jain festivals follow the same lunisolar months and the tithi at sunrise (udaya tithi); computed like the Hindu
// ones (drik panchanga, New Delhi unless a place is given).
const TAD = 'https://www.timeanddate.com/holidays/india/';
const JAINA = 'https://www.jaina.org/';

const PLACE: Uncertainty = {
  kind: 'place',
  note: {
    en: 'Computed for New Delhi (or the given place); Jain sanghs publish their own panchang, which may differ by a day.',
    de: 'Berechnet für Neu-Delhi (oder den angegebenen Ort); Jain-Gemeinden veröffentlichen eigene Kalender, die einen Tag abweichen können.',
    tr: 'Yeni Delhi (veya seçilen yer) için hesaplanır; Jain toplulukları kendi takvimlerini yayımlar.',
    ar: 'محسوب لنيودلهي (أو للمكان المحدد)؛ قد تنشر جماعات الجاينية تقاويم تختلف يوماً.',
  },
};

const defaults = { startsEvening: false, uncertainty: PLACE } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'mahavir-jayanti',
    importance: 'major',
    names: { en: 'Mahavir Jayanti', de: 'Mahavir Jayanti', tr: 'Mahavir Cayanti', ar: 'ماهافير جايانتي' },
    description: {
      en: 'Birth of Mahavira, the 24th Tirthankara, on Chaitra Shukla Trayodashi.',
      de: 'Geburt Mahaviras, des 24. Tirthankara, am Chaitra Shukla Trayodashi.',
    },
    rule: tithiFestival({ month: 1, tithi: 13 }),
    days: 1,
    sources: [`${TAD}mahavir-jayanti`, JAINA],
  },
  {
    id: 'paryushana',
    importance: 'major',
    names: { en: 'Paryushana (Shvetambara)', de: 'Paryushana', tr: 'Paryuşana', ar: 'باريوشانا' },
    description: {
      en: 'Eight days of fasting and study ending on Samvatsari, the day of mutual forgiveness.',
      de: 'Acht Tage des Fastens und Studiums, die mit Samvatsari enden, dem Tag der gegenseitigen Vergebung.',
    },
    // Samvatsari falls on Bhadrapada Shukla Chaturthi for most Shvetambara sanghs (drikpanchang.com 2023:
    // Parvarambha 11 Sep, Ganesh Chaturthi = Chaturthi 19 Sep); the observance carries its own length.
    rule: paryushana(),
    days: 8,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Ends on Samvatsari, Bhadrapada Shukla 4 for most Shvetambara sanghs; sanghs keeping Samvatsari on Panchami begin and end a day later. Computed for New Delhi or the given place.',
        de: 'Endet mit Samvatsari, für die meisten Shvetambara-Gemeinden Bhadrapada Shukla 4; Gemeinden, die Samvatsari an Panchami feiern, beginnen und enden einen Tag später. Berechnet für Neu-Delhi oder den angegebenen Ort.',
      },
    },
    sources: ['https://en.wikipedia.org/wiki/Paryushana', JAINA],
  },
  {
    id: 'das-lakshana',
    importance: 'minor',
    names: { en: 'Das Lakshana (Digambara)', de: 'Das Lakshana', tr: 'Das Lakşana', ar: 'داس لاكشانا' },
    description: {
      en: 'The Digambara festival of ten virtues, from Bhadrapada Shukla Panchami to Ananta Chaturdashi.',
      de: 'Das Digambara-Fest der zehn Tugenden, von Bhadrapada Shukla Panchami bis Ananta Chaturdashi.',
    },
    rule: tithiFestival({ month: 6, tithi: 5 }),
    days: 10,
    sources: ['https://en.wikipedia.org/wiki/Paryushana', JAINA],
  },
  {
    id: 'mahavir-nirvana',
    importance: 'minor',
    names: {
      en: 'Mahavira Nirvana (Jain Diwali)',
      de: 'Mahaviras Nirvana',
      tr: 'Mahavira Nirvana (Jain Divalisi)',
      ar: 'نيرفانا ماهافيرا (ديوالي الجاينية)',
    },
    description: {
      en: 'Mahavira attained nirvana at Pavapuri on the night of Diwali; Jains light lamps and fast.',
      de: 'Mahavira erlangte in der Diwali-Nacht in Pavapuri das Nirvana; Jains entzünden Lichter und fasten.',
    },
    rule: tithiFestival({ month: 7, tithi: 30, prevailing: 'pradosh', onBothDays: 'longer' }),
    days: 1,
    sources: [JAINA],
  },
];

export const jainism: TraditionDefinition = defineTradition(
  {
    id: 'jainism',
    names: { en: 'Jainism', de: 'Jainismus', tr: 'Caynizm', ar: 'الجاينية' },
    description: {
      en: 'Jain festivals by the lunisolar calendar (tithi at sunrise), computed for New Delhi unless a place is given.',
      de: 'Jain-Feste nach dem Lunisolarkalender (Tithi bei Sonnenaufgang), berechnet für Neu-Delhi, sofern kein Ort angegeben ist.',
    },
  },
  defaults,
  rows,
);

import { gregorianDate } from '../rules/gregorian.js';
import { zoroastrianDate } from '../rules/zoroastrian.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Three calendars: Fasli (fixed to the seasons, 1 Farvardin = 21 March), Shahenshahi (365 days, most Indian
// Parsis) and Kadmi (365 days, one month ahead of Shahenshahi).
const WIKI_CALENDAR = 'https://en.wikipedia.org/wiki/Zoroastrian_calendar';
const PARSI_KHABAR_2024 = 'https://parsikhabar.net/festivities/jamshedi-navroze-mubarak-2024/28821/';
const MAHARASHTRA_2024 =
  'https://csdnearme.com/holiday-list/maharashtra-government-public-holiday-list-year/';

const defaults = { startsEvening: false, uncertainty: null } satisfies RowDefaults;

const kadmiNote = (what: string, whatDe: string) => ({
  kind: 'region' as const,
  note: {
    en: `Shahenshahi calendar (most Parsis in India); Kadmi (Qadimi) Zoroastrians keep ${what} 30 days earlier.`,
    de: `Schahanschahi-Kalender (die meisten Parsen in Indien); Kadmi-Zoroastrier begehen ${whatDe} 30 Tage früher.`,
  },
});

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'jamshedi-navroz',
    importance: 'major',
    names: { en: 'Jamshedi Navroz', de: 'Jamschedi Nouruz', tr: 'Cemşid Nevruzu', ar: 'نوروز جمشيدي' },
    description: {
      en: 'Spring New Year named after King Jamshed: 1 Farvardin of the seasonal Fasli calendar, which keeps it on 21 March.',
      de: 'Frühlingsneujahr nach König Dschamschid: 1. Farwardin des jahreszeitlichen Fasli-Kalenders, der es auf den 21. März legt.',
    },
    // Parsi Khabar (2024): the equinox was 20 March, "today 21st March is Roj Hormuzd of Mah Fravardin or Navroze
    // day … as per Fasal (seasonal) calendar" — the Fasli calendar adds its leap day in Gregorian leap years.
    rule: gregorianDate(3, 21),
    days: 1,
    uncertainty: {
      kind: 'region',
      note: {
        en: 'Fasli calendar date; many Parsis and Iranian Zoroastrians celebrate on the equinox day (Iranian Nowruz) when it is 20 March.',
        de: 'Datum des Fasli-Kalenders; viele Parsen und iranische Zoroastrier feiern am Tag der Tagundnachtgleiche (iranisches Nouruz), wenn dieser der 20. März ist.',
      },
    },
    sources: [PARSI_KHABAR_2024, WIKI_CALENDAR],
  },
  {
    id: 'parsi-new-year',
    importance: 'minor',
    names: {
      en: 'Parsi New Year (Navroz, Shahenshahi)',
      de: 'Parsi-Neujahr',
      tr: 'Parsi Yeni Yılı',
      ar: 'رأس السنة البارسية',
    },
    description: {
      en: '1 Farvardin of the 365-day Shahenshahi calendar; it moves a day earlier every four years (15 August in 2024–2027).',
      de: '1. Farwardin des 365-tägigen Schahanschahi-Kalenders; rückt alle vier Jahre einen Tag früher (2024–2027: 15. August).',
    },
    rule: zoroastrianDate(1, 1),
    days: 1,
    uncertainty: kadmiNote('their New Year', 'ihr Neujahr'),
    sources: [MAHARASHTRA_2024, WIKI_CALENDAR],
  },
  {
    id: 'khordad-sal',
    importance: 'minor',
    names: { en: 'Khordad Sal', de: 'Khordad Sal', tr: 'Hordad Sal', ar: 'خرداد سال' },
    description: {
      en: 'Birthday of Zarathustra, on Khordad day (the 6th) of Farvardin, five days after the Parsi New Year.',
      de: 'Geburtstag Zarathustras am Tag Khordad (6.) des Farwardin, fünf Tage nach dem Parsi-Neujahr.',
    },
    rule: zoroastrianDate(1, 6),
    days: 1,
    uncertainty: kadmiNote('Khordad Sal', 'Khordad Sal'),
    sources: [WIKI_CALENDAR],
  },
  {
    id: 'zartosht-no-diso',
    importance: 'minor',
    names: {
      en: "Zarathustra's death anniversary",
      de: 'Todestag Zarathustras',
      tr: "Zerdüşt'ün Ölüm Yıldönümü",
      ar: 'ذكرى وفاة زرادشت',
    },
    description: {
      en: 'Zarthost No Diso, on Khorshed day (the 11th) of the month Dae: remembrance prayers in the fire temples.',
      de: 'Zarthost No Diso am Tag Khorshed (11.) des Monats Dae: Gedenkgebete in den Feuertempeln.',
    },
    rule: zoroastrianDate(10, 11),
    days: 1,
    uncertainty: kadmiNote('the day', 'den Tag'),
    sources: [WIKI_CALENDAR],
  },
  {
    id: 'sadeh',
    importance: 'minor',
    names: { en: 'Sadeh', de: 'Sadeh', tr: 'Sede', ar: 'جشن سده' },
    description: {
      en: 'Mid-winter fire festival, fifty days before Nowruz (10 Bahman); Iranian Zoroastrians light great bonfires.',
      de: 'Feuerfest im Mittwinter, fünfzig Tage vor Nouruz (10. Bahman); iranische Zoroastrier entzünden große Feuer.',
    },
    rule: gregorianDate(1, 30),
    days: 1,
    sources: ['https://en.wikipedia.org/wiki/Sadeh', WIKI_CALENDAR],
  },
];

export const zoroastrianism: TraditionDefinition = defineTradition(
  {
    id: 'zoroastrianism',
    names: { en: 'Zoroastrianism', de: 'Zoroastrismus', tr: 'Zerdüştlük', ar: 'الزرادشتية' },
    description: {
      en: 'Parsi and Iranian Zoroastrian festivals by the Fasli, Shahenshahi and Kadmi calendars.',
      de: 'Feste der Parsen und iranischen Zoroastrier nach dem Fasli-, Schahanschahi- und Kadmi-Kalender.',
    },
  },
  defaults,
  rows,
);

import { chineseDate } from '../rules/chinese.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Korean lunisolar calendar (eumnyeok): the Chinese rules for Korea Standard Time (UTC+9), as the Korea Astronomy
// and Space Science Institute publishes it; UTC+8 before 1912 (sources in calendars/chinese.ts).
const KASI_CALENDAR = 'https://astro.kasi.re.kr/life/pageView/5';
const PUBLIC_HOLIDAYS = 'https://en.wikipedia.org/wiki/Public_holidays_in_South_Korea';

const defaults = { days: 1, startsEvening: false, uncertainty: null } satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'seollal',
    importance: 'major',
    names: {
      en: 'Seollal (Korean New Year)',
      de: 'Seollal',
      tr: 'Seollal (Kore Yeni Yılı)',
      ar: 'سولال (رأس السنة الكورية)',
    },
    description: {
      en: 'Korean lunar New Year with ancestral rites and bows to elders; the public holiday also covers the day before and after.',
      de: 'Koreanisches Mondneujahr mit Ahnenritualen und Verbeugung vor den Älteren; der Feiertag umfasst auch den Tag davor und danach.',
    },
    rule: chineseDate(1, 1, 'korea'),
    sources: [KASI_CALENDAR, PUBLIC_HOLIDAYS, 'https://en.wikipedia.org/wiki/Korean_New_Year'],
  },
  {
    id: 'chuseok',
    importance: 'major',
    names: { en: 'Chuseok', de: 'Chuseok', tr: 'Chuseok (Kore Hasat Bayramı)', ar: 'تشوسوك' },
    description: {
      en: 'Korean harvest festival at the full moon of the eighth month; the public holiday also covers the day before and after.',
      de: 'Koreanisches Erntedankfest zum Vollmond des achten Monats; der Feiertag umfasst auch den Tag davor und danach.',
    },
    rule: chineseDate(8, 15, 'korea'),
    sources: [KASI_CALENDAR, PUBLIC_HOLIDAYS, 'https://en.wikipedia.org/wiki/Chuseok'],
  },
];

export const korean: TraditionDefinition = defineTradition(
  {
    id: 'korean',
    names: { en: 'Korean festivals', de: 'Koreanische Feste', tr: 'Kore bayramları', ar: 'الأعياد الكورية' },
    description: {
      en: 'Festivals of the Korean lunisolar calendar, reckoned in Korea Standard Time (UTC+9).',
      de: 'Feste des koreanischen Lunisolarkalenders, nach koreanischer Zeit (UTC+9).',
    },
  },
  defaults,
  rows,
);

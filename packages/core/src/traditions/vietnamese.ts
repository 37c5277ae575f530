import { chineseDate } from '../rules/chinese.js';
import type { TraditionDefinition } from '../types.js';
import { defineTradition, type RowDefaults, type TableRow } from './schema.js';

// Vietnamese lunisolar calendar (âm lịch): the Chinese rules for UTC+7 since 1968 (UTC+8, the Chinese calendar,
// before North Vietnam's decree of 8 Aug 1967; sources in calendars/chinese.ts).
const CALENDAR = 'https://en.wikipedia.org/wiki/Vietnamese_calendar';

const defaults = {} satisfies RowDefaults;

const rows: TableRow<typeof defaults>[] = [
  {
    id: 'tet',
    importance: 'major',
    names: {
      en: 'Tết Nguyên Đán',
      de: 'Tết (Vietnamesisches Neujahr)',
      tr: 'Tết (Vietnam Yeni Yılı)',
      ar: 'تيت (رأس السنة الفيتنامية)',
    },
    description: {
      en: 'Vietnamese lunar New Year: families honour their ancestors, visit relatives and give lucky money for three days.',
      de: 'Vietnamesisches Mondneujahr: Familien ehren die Ahnen, besuchen Verwandte und verschenken drei Tage lang Glücksgeld.',
    },
    rule: chineseDate(1, 1, 'vietnam'),
    days: 3,
    startsEvening: true,
    uncertainty: null,
    sources: [CALENDAR, 'https://en.wikipedia.org/wiki/T%E1%BA%BFt'],
  },
];

export const vietnamese: TraditionDefinition = defineTradition(
  {
    id: 'vietnamese',
    names: {
      en: 'Vietnamese festivals',
      de: 'Vietnamesische Feste',
      tr: 'Vietnam bayramları',
      ar: 'الأعياد الفيتنامية',
    },
    description: {
      en: 'Festivals of the Vietnamese lunisolar calendar, reckoned in Indochina Time (UTC+7).',
      de: 'Feste des vietnamesischen Lunisolarkalenders, nach vietnamesischer Zeit (UTC+7).',
    },
  },
  defaults,
  rows,
);

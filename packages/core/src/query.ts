import { createHolidays, type Holidays } from './holidays.js';
import { TRADITIONS } from './traditions/index.js';

/*
 * The package's own instance: every tradition, names in the built-in locales (en, de, tr, ar). Its own module,
 * so that a page importing only createHolidays and a few tables does not bundle the rest.
 */
const everyTradition: Holidays = createHolidays({ traditions: TRADITIONS });

/** {@link Holidays.getHolidays} over every tradition, names in the built-in locales. */
export const getHolidays: Holidays['getHolidays'] = everyTradition.getHolidays;
/** {@link Holidays.holidaysOn} over every tradition. */
export const holidaysOn: Holidays['holidaysOn'] = everyTradition.holidaysOn;
/** {@link Holidays.nextOccurrences} of any holiday. */
export const nextOccurrences: Holidays['nextOccurrences'] = everyTradition.nextOccurrences;
/** {@link Holidays.holidayDates} of any holiday. */
export const holidayDates: Holidays['holidayDates'] = everyTradition.holidayDates;
/** {@link Holidays.getMonth} over every tradition. */
export const getMonth: Holidays['getMonth'] = everyTradition.getMonth;
/** {@link Holidays.listTraditions}: every tradition. */
export const listTraditions: Holidays['listTraditions'] = everyTradition.listTraditions;
/** {@link Holidays.getHolidayDefinition} of any holiday, names in the built-in locales. */
export const getHolidayDefinition: Holidays['getHolidayDefinition'] = everyTradition.getHolidayDefinition;
/** {@link Holidays.describeHoliday} of any holiday. */
export const describeHoliday: Holidays['describeHoliday'] = everyTradition.describeHoliday;

export {
  DEFAULT_OPTIONS,
  type HolidayDates,
  type HolidayDatesOptions,
  type HolidayFilter,
  type HolidayQuery,
  MAX_NEXT_COUNT,
  type MonthQuery,
  type MonthRef,
  type MonthView,
  type NextOccurrencesOptions,
  type VariantOptions,
} from './query-options.js';

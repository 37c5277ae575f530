/**
 * The public surface of @interkal/core, listed name by name: what is not here is internal and may change.
 *
 * @module @interkal/core
 */
export {
  addDays,
  daysBetween,
  daysInMonth,
  isoWeekday,
  monthWeeks,
} from './days.js';
export {
  assertYearInRange,
  InterkalError,
  type InterkalErrorCode,
  MAX_YEAR,
  MIN_YEAR,
} from './errors.js';
export { HOLIDAY_IDS, type HolidayId } from './holiday-ids.js';
export { createHolidays, type Holidays, type HolidaysConfig } from './holidays.js';
export type { CitedName, NameTable, NameTables } from './i18n/names/index.js';
export { MAX_LIST_LENGTH } from './input.js';
export {
  DEFAULT_LOCALE,
  firstDayOfWeek,
  type LocaleInfo,
  localeInfo,
  negotiateLocale,
  resolveLocale,
} from './locale.js';
export {
  canonicalTimeZone,
  formatPlace,
  normalizePlace,
  PLACE_PRECISION_DEGREES,
  parsePlace,
} from './place.js';
export {
  type CheckDatesOptions,
  type Conflict,
  checkDates,
  createDateCheck,
  type DateCheck,
  type DateCheckFunction,
  MAX_ITEMS as MAX_CHECK_ITEMS,
  MAX_RANGE_DAYS as MAX_CHECK_RANGE_DAYS,
  type SchoolExemptionResult,
} from './planning/check-dates.js';
export { CITIES, CITY_SOURCE, type City, findCity, placeOf } from './planning/cities.js';
export type { Fasting, Impact } from './planning/observance.js';
export {
  RAMADAN_METHOD,
  type RamadanDay,
  type RamadanOptions,
  ramadanTimetable,
} from './planning/ramadan.js';
export {
  type ExemptionKind,
  isStateCode,
  type Regulation,
  STATE_CODES,
  type StateCode,
} from './planning/school-exemptions.js';
export type { HolidayDefinition, LocalizedHoliday, TraditionTable } from './public-types.js';
export {
  DEFAULT_OPTIONS,
  describeHoliday,
  getHolidayDefinition,
  getHolidays,
  getMonth,
  type HolidayDates,
  type HolidayDatesOptions,
  type HolidayFilter,
  type HolidayQuery,
  holidayDates,
  holidaysOn,
  listTraditions,
  MAX_NEXT_COUNT,
  type MonthQuery,
  type MonthRef,
  type MonthView,
  type NextOccurrencesOptions,
  nextOccurrences,
  type VariantOptions,
} from './query.js';
export { type DateRange, type RangeOptions, type RangeQuery, resolveRange } from './range.js';
export {
  CRESCENT_CRITERIA,
  type CrescentCriterion,
  type IdInput,
  IMPORTANCES,
  type Importance,
  ISLAMIC_COUNTRIES,
  ISLAMIC_METHODS,
  type IslamicCountry,
  type IslamicMethod,
  JEWISH_OPTIONS,
  type JewishOption,
  LOCALES,
  type Locale,
  type LocalizedText,
  type Occurrence,
  type Place,
  type RuleOptions,
  SIKH_CALENDARS,
  type SikhCalendar,
  TRADITION_IDS,
  type TraditionId,
  type TraditionInfo,
  UNCERTAINTY_KINDS,
  type UncertaintyKind,
  VESAK_VARIANTS,
  type VesakVariant,
} from './types.js';

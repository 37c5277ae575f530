import { createDateCheck, createHolidays } from '@interkal/core';
import { NAME_TABLES } from '@interkal/core/names';
import { TRADITIONS } from '@interkal/core/traditions';

/*
 * The service's instance of the library: every tradition, names in all ten languages it serves. Routes and
 * renderers ask this instance, never the package's default (which has the built-in languages only).
 */
export const holidays = createHolidays({ traditions: TRADITIONS, names: NAME_TABLES });

export const {
  describeHoliday,
  getHolidayDefinition,
  getHolidays,
  getMonth,
  holidayDates,
  holidaysOn,
  listTraditions,
  nextOccurrences,
} = holidays;

export const checkDates = createDateCheck(holidays);

// One benchmark case per function: each is timed on its first call in a fresh process (cold) and on repeated
// calls in one process (warm). Imports happen before timing: we measure computing, not module loading.
import { HebrewCalendar } from '@hebcal/core';
import { getHolidays, listTraditions } from '@interkal/core';
import Holidays from 'date-holidays';

export const YEAR = 2026;

/** The traditions whose dates follow from fixed rules or a calendar library (no astronomy). */
export const RULE_BASED = [
  'christianity',
  'orthodox-christianity',
  'oriental-orthodox',
  'judaism',
  'islam',
  'alevism',
  'yazidism',
  'international',
];

export const CASES: Record<string, () => number> = {
  'all-traditions': () => getHolidays({ year: YEAR }).length,
  'rule-based': () => {
    const known = new Set<string>(listTraditions().map((t) => t.id));
    return getHolidays({ year: YEAR, traditions: RULE_BASED.filter((t) => known.has(t)) }).length;
  },
  'date-holidays-CN': () => new Holidays('CN').getHolidays(YEAR).length,
  'date-holidays-DE': () => new Holidays('DE').getHolidays(YEAR).length,
  'hebcal-year': () => HebrewCalendar.calendar({ year: YEAR, isHebrewYear: false }).length,
};

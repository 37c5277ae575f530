// One benchmark case per library call: each is timed on its first call in a fresh process (cold) and on repeated
// calls in one process (warm). A case loads only its own library, before timing: we measure computing, not module
// loading, and no library's import side effects (e.g. @hebcal/core's Temporal polyfill) slow down another's run.

export const YEAR = 2026;

/** The traditions whose dates follow from fixed rules or a calendar library, plus Diyanet's Islamic months. */
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

export interface Case {
  /** Imports the library; returns the function to time. */
  load(): Promise<() => number>;
}

export const CASES: Record<string, Case> = {
  'all-traditions': {
    load: async () => {
      const { getHolidays } = await import('@interkal/core');
      return () => getHolidays({ year: YEAR }).length;
    },
  },
  'rule-based': {
    load: async () => {
      const { getHolidays } = await import('@interkal/core');
      return () => getHolidays({ year: YEAR, traditions: RULE_BASED }).length;
    },
  },
  'date-holidays-CN': {
    load: async () => {
      const { default: Holidays } = await import('date-holidays');
      return () => new Holidays('CN').getHolidays(YEAR).length;
    },
  },
  'date-holidays-DE': {
    load: async () => {
      const { default: Holidays } = await import('date-holidays');
      return () => new Holidays('DE').getHolidays(YEAR).length;
    },
  },
  'hebcal-year': {
    load: async () => {
      const { HebrewCalendar } = await import('@hebcal/core');
      return () => HebrewCalendar.calendar({ year: YEAR, isHebrewYear: false }).length;
    },
  },
};

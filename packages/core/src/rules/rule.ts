import { gregorianFromFixed } from '../calendars/gregorian.js';
import type { LocalizedText, Observance, Rule, RuleOptions } from '../types.js';

type Yearly = (gregorianYear: number, options: RuleOptions) => Observance | Observance[] | undefined;

/**
 * Wraps a per-year function as a Rule; `summary` is what docs show as "how the date is computed", `maxDays` the
 * longest observance when the function sets `days` itself (see Rule).
 */
export function rule(summary: LocalizedText, observances: Yearly, maxDays?: number): Rule {
  return {
    summary,
    observancesIn(year, options) {
      const result = observances(year, options);
      return result === undefined ? [] : Array.isArray(result) ? result : [result];
    },
    ...(maxDays === undefined ? {} : { maxDays }),
  };
}

/** Whether an observance's first day falls in a Gregorian year: what `observancesIn(year)` promises. */
export const startsIn = (observance: Observance, gregorianYear: number): boolean =>
  gregorianFromFixed(observance.start).year === gregorianYear;

/**
 * For dates in another calendar whose year does not line up with the Gregorian one: computes the observances
 * of the native years that may overlap `gregorianYear` and keeps those whose first day falls in it.
 */
export function nativeYearsRule(
  summary: LocalizedText,
  nativeYearsOverlapping: (gregorianYear: number) => number[],
  observanceInNativeYear: (nativeYear: number, options: RuleOptions) => Observance | Observance[] | undefined,
  maxDays?: number,
): Rule {
  return rule(
    summary,
    (year, options) =>
      nativeYearsOverlapping(year)
        .flatMap((nativeYear) => {
          const result = observanceInNativeYear(nativeYear, options);
          return result === undefined ? [] : Array.isArray(result) ? result : [result];
        })
        .filter((observance) => startsIn(observance, year)),
    maxDays,
  );
}

import { MAX_YEAR, MIN_YEAR } from '../../errors.js';

/**
 * Years the Hindu engine reaches for a query: the queryable range and two years either side (a festival of
 * January looks at the lunations of the year before; findLunation looks at the Vikram year's two Gregorian years).
 * Caches keyed by a year or a lunation hold at most this many years' worth, whoever calls them.
 */
export const YEARS_REACHED = MAX_YEAR - MIN_YEAR + 1 + 4;

/** Lunations a year (12.37, rounded up). */
export const LUNATIONS_PER_YEAR = 13;

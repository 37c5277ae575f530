import type { Fixed } from '../types.js';
import { fixedFromGregorian } from './gregorian.js';

/**
 * The published kinds of the Thai lunar years 1914–2157 (B.E. 2457–2700): the authority for the Thai holy days.
 *
 * Thai leap days and months are decided by the Thai authorities, not by a formula anyone has reproduced (see
 * docs/accuracy.md, Buddhist), so for the years this table covers the calendar takes the year kinds from it.
 *
 * Source: the Thai lunar calendar tables for B.E. 2300–2700 (1757–2157) published by myhora.com
 * (ปฏิทิน พ.ศ. 2300–2700, one page a year, e.g. "ปฏิทิน พ.ศ.2560"), as transcribed into python-holidays
 * (vacanza/holidays @ c382fdec456ce76e03b841ab809d47e46be610a2, holidays/calendars/thai.py, `_ThaiLunisolar`:
 * ATHIKAMAT_YEARS_GREGORIAN, ATHIKAWAN_YEARS_GREGORIAN, START_DATE). python-holidays cites beside it the circular of
 * the Department of Provincial Administration, Ministry of Interior, มท 0310.1/ว4 of 5 Feb 1996 (B.E. 2539), and
 * checks the holy days against the Bank of Thailand's yearly financial-institution holiday lists. Read with the
 * search tool's fetch on 2026-12-04; the same lists are in test/fixtures/thai-year-types-python-holidays.json.
 *
 * The years before B.E. 2569 (2026) are the calendars as announced; later ones are the tables' own computation, which
 * the announcements have followed so far (Thai government Makha, Visakha and Asarnha Bucha 2020–2025: 18/18).
 */
export type ThaiYearKind = 'normal' | 'adhikavara' | 'adhikamasa';

export const FIRST_TABLE_YEAR = 1914;
export const LAST_TABLE_YEAR = 2157;

/** 1st waxing day of month 1 of the lunar year 1914 (B.E. 2457): 28 Nov 1913. */
export const TABLE_START: Fixed = fixedFromGregorian(1913, 11, 28);

/** Athikamat (อธิกมาส) years: a second month 8 of 30 days, 384 days. Gregorian year of months 3–12. */
const ATHIKAMAT_YEARS: ReadonlySet<number> = new Set([
  1915, 1918, 1920, 1923, 1926, 1928, 1931, 1934, 1937, 1939, 1942, 1944, 1947, 1950, 1953, 1956, 1958, 1961,
  1964, 1966, 1969, 1972, 1975, 1977, 1980, 1983, 1985, 1988, 1991, 1994, 1996, 1999, 2002, 2004, 2007, 2010,
  2012, 2015, 2018, 2021, 2023, 2026, 2029, 2031, 2034, 2037, 2040, 2042, 2045, 2048, 2050, 2053, 2056, 2059,
  2062, 2064, 2066, 2069, 2072, 2074, 2077, 2080, 2082, 2085, 2088, 2091, 2094, 2096, 2099, 2101, 2104, 2107,
  2112, 2114, 2116, 2119, 2122, 2124, 2127, 2130, 2132, 2135, 2138, 2141, 2144, 2146, 2149, 2151, 2154, 2157,
]);

/** Athikawan (อธิกวาร) years: month 7 has 30 days, 355 days. */
const ATHIKAWAN_YEARS: ReadonlySet<number> = new Set([
  1914, 1917, 1925, 1929, 1933, 1936, 1945, 1949, 1952, 1957, 1963, 1970, 1973, 1979, 1987, 1990, 1997, 2000,
  2006, 2009, 2016, 2020, 2025, 2032, 2035, 2043, 2046, 2052, 2055, 2058, 2067, 2071, 2076, 2083, 2086, 2092,
  2097, 2103, 2109, 2111, 2117, 2121, 2126, 2133, 2136, 2142, 2147, 2153,
]);

export const YEAR_LENGTH: Readonly<Record<ThaiYearKind, number>> = {
  normal: 354,
  adhikavara: 355,
  adhikamasa: 384,
};

export function isTableYear(gregorianYear: number): boolean {
  return (
    Number.isInteger(gregorianYear) && gregorianYear >= FIRST_TABLE_YEAR && gregorianYear <= LAST_TABLE_YEAR
  );
}

/** The published kind of a year of the table (pakatimat = normal); undefined outside FIRST–LAST_TABLE_YEAR. */
export function publishedYearKind(gregorianYear: number): ThaiYearKind | undefined {
  if (!isTableYear(gregorianYear)) return undefined;
  if (ATHIKAMAT_YEARS.has(gregorianYear)) return 'adhikamasa';
  return ATHIKAWAN_YEARS.has(gregorianYear) ? 'adhikavara' : 'normal';
}

// First days of every table year and of the year after the last: 245 numbers, built on first use.
let starts: Fixed[] | undefined;

/** First day (1st waxing of month 1) of a table year, or of LAST_TABLE_YEAR + 1; undefined outside. */
export function publishedYearStart(gregorianYear: number): Fixed | undefined {
  if (!Number.isInteger(gregorianYear)) return undefined;
  if (gregorianYear < FIRST_TABLE_YEAR || gregorianYear > LAST_TABLE_YEAR + 1) return undefined;
  if (!starts) {
    starts = [TABLE_START];
    for (let year = FIRST_TABLE_YEAR; year <= LAST_TABLE_YEAR; year++) {
      starts.push(starts[starts.length - 1]! + YEAR_LENGTH[publishedYearKind(year)!]);
    }
  }
  return starts[gregorianYear - FIRST_TABLE_YEAR];
}

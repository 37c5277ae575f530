import { fixedFromGregorian, gregorianFromFixed, isoFromFixed } from './calendars/gregorian.js';
import { addYears, dayNumber } from './days.js';
import { InterkalError, MAX_YEAR, MIN_YEAR } from './errors.js';
import { readOptions } from './input.js';
import type { Fixed } from './types.js';

/** Days from `from` to `to`, both inclusive, as YYYY-MM-DD. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export interface RangeQuery {
  /** A whole Gregorian year (a number, or its four digits as text); an alternative to from/to. */
  year?: number | string;
  /** First day, YYYY-MM-DD (inclusive), with `to`. */
  from?: string;
  /** Last day, YYYY-MM-DD (inclusive), with `from`. */
  to?: string;
}

export interface RangeOptions {
  /** The year to use when the query gives neither `year` nor `from`/`to`; without it, one of them is required. */
  defaultYear?: number;
  /** The longest span allowed: `to` at most this many years after `from` (a server's bound on work). */
  maxYears?: number;
}

function parseDay(parameter: string, value: unknown): Fixed {
  const date = dayNumber(value, parameter);
  const { year } = gregorianFromFixed(date);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new InterkalError(
      'year-out-of-range',
      parameter,
      value,
      `days in the years ${MIN_YEAR}–${MAX_YEAR}`,
    );
  }
  return date;
}

function parseYear(value: unknown, parameter: string): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InterkalError('year-out-of-range', parameter, value, `years ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return year;
}

/** The range as day numbers; resolveRange's checks. */
export function resolveDays(query: RangeQuery, options: RangeOptions = {}): { from: Fixed; to: Fixed } {
  const { year, from, to } = query;
  if (year !== undefined) {
    if (from !== undefined || to !== undefined) {
      throw new InterkalError('invalid-range', 'year', year, 'either year or from/to, not both');
    }
    const y = parseYear(year, 'year');
    return { from: fixedFromGregorian(y, 1, 1), to: fixedFromGregorian(y, 12, 31) };
  }
  if (from === undefined && to === undefined && options.defaultYear !== undefined) {
    const y = parseYear(options.defaultYear, 'defaultYear');
    return { from: fixedFromGregorian(y, 1, 1), to: fixedFromGregorian(y, 12, 31) };
  }
  if (from === undefined || to === undefined) {
    throw new InterkalError(
      'invalid-range',
      from === undefined ? 'from' : 'to',
      undefined,
      'YYYY-MM-DD together with the other end, or year',
    );
  }
  const first = parseDay('from', from);
  const last = parseDay('to', to);
  if (first > last) throw new InterkalError('invalid-range', 'from', from, `a day on or before to (${to})`);
  const { maxYears } = options;
  if (maxYears !== undefined) {
    if (!Number.isInteger(maxYears) || maxYears < 1) {
      throw new InterkalError('invalid-option', 'maxYears', maxYears, 'a whole number of years ≥ 1');
    }
    if (last > addYears(first, maxYears)) {
      throw new InterkalError('invalid-range', 'to', to, `at most ${maxYears} years after from`);
    }
  }
  return { from: first, to: last };
}

/**
 * A query's days: a whole `year`, or `from`…`to`, or `options.defaultYear`; every day within 1900–2100, from
 * not after to, and, with `maxYears`, to at most that many years after from. getHolidays checks the same way.
 * @throws InterkalError naming the parameter at fault (year, from, to).
 */
export function resolveRange(query: RangeQuery, options: RangeOptions = {}): DateRange {
  const { from, to } = resolveDays(
    readOptions(query, ['year', 'from', 'to'], 'query', '{ year: 2026 }') as RangeQuery,
    readOptions(options, ['defaultYear', 'maxYears'], 'options', '{ maxYears: 10 }') as RangeOptions,
  );
  return { from: isoFromFixed(from), to: isoFromFixed(to) };
}

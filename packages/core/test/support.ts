/**
 * Test-only plumbing shared by the tests of packages/core: reading fixtures, asking ECMAScript Intl (ICU) for a
 * native date as an independent reference, and asking one tradition table or the query for dates. No reference
 * data lives here: every test keeps, and cites, its own.
 */
import { readFileSync } from 'node:fs';
import { isoFromFixed, utcDateFromFixed } from '../src/calendars/gregorian.js';
import { DEFAULT_OPTIONS, getHolidays, type VariantOptions } from '../src/query.js';
import type {
  Fixed,
  HolidayDefinition,
  Observance,
  Occurrence,
  RuleOptions,
  TraditionDefinition,
  TraditionId,
} from '../src/types.js';

/** The options the query resolves when the caller gives none. */
export const defaultOptions: RuleOptions = DEFAULT_OPTIONS;

// ---------------------------------------------------------------------------------------------------------------
// Fixtures (test/fixtures, each described in its README.md)

export function readFixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** The data lines of a fixture: blank lines and `#` comment lines dropped, the rest as written. */
export function fixtureLines(name: string): string[] {
  return readFixture(name)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

/** The data lines of a fixture, trimmed and split into fields (by white space unless told). */
export function fixtureRows(name: string, separator: string | RegExp = /\s+/): string[][] {
  return fixtureLines(name).map((line) => line.trim().split(separator));
}

/**
 * Calendar Center of the University of Tehran, "Kabise Shamsi 1206–1498": per Solar Hijri year its 1 Farvardin
 * (ISO) and whether Esfand of that year has 30 days (the table's `*` / `**`). Citation in the tests that use it.
 */
export function tehranNowruzTable(): { year: number; leap: boolean; nowruz: string }[] {
  return fixtureRows('persian-ut-nowruz-1206-1498.txt').map(([year, date]) => ({
    year: Number.parseInt(year!, 10),
    leap: year!.includes('*'),
    nowruz: date!,
  }));
}

/** Published Parsi New Year dates (ISO), first column of zoroastrian-parsi-new-year.csv. */
export function parsiNewYears(): string[] {
  return fixtureLines('zoroastrian-parsi-new-year.csv').map((line) => line.slice(0, 10));
}

/** Bahá'í World Centre, "Bahá'í Dates 172 to 221 B.E.", table A, one row per Badíʿ year 172–221. */
export function bahaiWorldCentreTable(): {
  year: number;
  nawRuz: string;
  birthOfTheBab: string;
  babBadi: { year: number; month: number; day: number };
  ayyamIHa: number;
}[] {
  return fixtureRows('bahai-bwc-172-221.csv', ',').map(([year, nawRuz, bab, month, day, ayyamIHa]) => ({
    year: Number(year),
    nawRuz: nawRuz!,
    birthOfTheBab: bab!,
    babBadi: { year: Number(year), month: Number(month), day: Number(day) },
    ayyamIHa: Number(ayyamIHa),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// ECMAScript Intl calendars (ICU): an implementation independent of ours

export type IntlCalendar =
  | 'chinese'
  | 'coptic'
  | 'dangi'
  | 'ethiopic'
  | 'hebrew'
  | 'indian'
  | 'islamic-civil'
  | 'islamic-tbla'
  | 'islamic-umalqura'
  | 'persian';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The parts Intl formats for a day (UTC) in a calendar: year, month, day (and era, relatedYear, …) as text. */
export function intlParts(
  calendar: IntlCalendar,
  date: Fixed | Date,
  month: 'numeric' | 'long' = 'numeric',
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const key = `${calendar} ${month}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
      timeZone: 'UTC',
      year: 'numeric',
      month,
      day: 'numeric',
    });
    formats.set(key, format);
  }
  const instant = typeof date === 'number' ? utcDateFromFixed(date) : date;
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

/** Year, month and day numbers of a day in an Intl calendar with numbered months. */
export function intlDate(
  calendar: IntlCalendar,
  date: Fixed | Date,
): { year: number; month: number; day: number } {
  const parts = intlParts(calendar, date);
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/**
 * ICU names Hebrew months in English and counts them from Tishri; these are our Nisan-based numbers. ICU calls the
 * only Adar of a common year "Adar" and the first Adar of a leap year "Adar I".
 */
export const ICU_HEBREW_MONTHS: Readonly<Record<string, number>> = {
  Nisan: 1,
  Iyar: 2,
  Sivan: 3,
  Tamuz: 4,
  Av: 5,
  Elul: 6,
  Tishri: 7,
  Heshvan: 8,
  Kislev: 9,
  Tevet: 10,
  Shevat: 11,
  Adar: 12,
  'Adar I': 12,
  'Adar II': 13,
};

/** A day in ICU's Hebrew calendar, months numbered from Nisan, with ICU's month name. */
export function intlHebrewDate(date: Fixed): { year: number; month: number; day: number; monthName: string } {
  const parts = intlParts('hebrew', date, 'long');
  const month = ICU_HEBREW_MONTHS[parts.month!];
  if (month === undefined) throw new Error(`unknown ICU month ${parts.month}`);
  return { year: Number(parts.year), monthName: parts.month!, month, day: Number(parts.day) };
}

// ---------------------------------------------------------------------------------------------------------------
// Tradition tables and the query

/** One row of a table by id; throws if the table has none. */
export function rowOf(table: TraditionDefinition, id: string): HolidayDefinition {
  const found = table.holidays.find((h) => h.id === id);
  if (!found) throw new Error(`no ${id} in ${table.id}`);
  return found;
}

/** What a row's rule returns for a Gregorian year. */
export function observancesOf(
  holiday: HolidayDefinition,
  year: number,
  options: RuleOptions = defaultOptions,
): Observance[] {
  return holiday.rule.observancesIn(year, options);
}

/** The first days (ISO) of a row's observances in a Gregorian year. */
export function datesOf(
  holiday: HolidayDefinition,
  year: number,
  options: RuleOptions = defaultOptions,
): string[] {
  return observancesOf(holiday, year, options).map((o) => isoFromFixed(o.start));
}

/** The last day of an observance: its own length, else the row's. */
export function lastDayOf(holiday: HolidayDefinition, observance: Observance): Fixed {
  return observance.start + (observance.days ?? holiday.days) - 1;
}

/** Lookups by id into one table, under the given options unless a call names others. */
export function tableLookup(table: TraditionDefinition, base: RuleOptions = defaultOptions) {
  const holiday = (id: string): HolidayDefinition => rowOf(table, id);
  return {
    holiday,
    observancesIn: (id: string, year: number, options: RuleOptions = base): Observance[] =>
      observancesOf(holiday(id), year, options),
    datesIn: (id: string, year: number, options: RuleOptions = base): string[] =>
      datesOf(holiday(id), year, options),
  };
}

/** "id year: dates" for every row and year whose rule gives not exactly one observance beginning in that year. */
export function yearsWithoutOneObservance(
  table: TraditionDefinition,
  first = 1899,
  last = 2101,
  options: RuleOptions = defaultOptions,
): string[] {
  const failures: string[] = [];
  for (const row of table.holidays) {
    for (let year = first; year <= last; year++) {
      const dates = datesOf(row, year, options);
      if (dates.length !== 1 || !dates[0]!.startsWith(String(year)))
        failures.push(`${row.id} ${year}: ${dates}`);
    }
  }
  return failures;
}

/** The query's occurrences of one tradition overlapping a Gregorian year. */
export function occurrencesOf(
  tradition: TraditionId,
  year: number,
  options: VariantOptions = {},
): Occurrence[] {
  return getHolidays({ ...options, year, traditions: [tradition] });
}

/** The first occurrence with an id (undefined at run time if there is none, as `Array.find` gives). */
export function occurrenceOf(occurrences: Occurrence[], id: string): Occurrence {
  return occurrences.find((o) => o.id === id)!;
}

/** The row ids of a table, sorted. */
export function sortedIds(table: TraditionDefinition): string[] {
  return table.holidays.map((h) => h.id).sort();
}

/** The ids the query lists for a tradition in a Gregorian year, sorted (repeats kept). */
export function listedIds(table: TraditionDefinition, year: number): string[] {
  return occurrencesOf(table.id, year)
    .map((o) => o.id)
    .sort();
}

import { phaseDaysBetween } from '../astronomy/estimate-then-verify.js';
import { estimatePhase, PHASE_ESTIMATE_ERROR_MS, settle } from '../astronomy/fast-moon.js';
import { fullMoonOfLunation } from '../astronomy/moon.js';
import { InterkalError } from '../errors.js';
import type { Fixed } from '../types.js';
import { gregorianFromFixed, UNIX_EPOCH } from './gregorian.js';
import {
  FIRST_TABLE_YEAR,
  publishedYearKind,
  publishedYearStart,
  TABLE_START,
  type ThaiYearKind,
  YEAR_LENGTH,
} from './thai-year-types.js';

/**
 * The Thai lunar calendar (ปฏิทินจันทรคติไทย) that fixes the Buddhist holy days in Thailand.
 *
 * A year runs from the 1st waxing day of month 1 (November/December) to the end of month 12. Months alternate
 * 29 days (odd) and 30 days (even); each has 15 waxing days, so the full-moon holy day is day 15 of its month.
 * Three kinds of year (Eade, "The Calendrical Systems of Mainland South-East Asia", 1995, ch. 2–3):
 * normal (354 days), adhikavara (355: month 7 gets a 30th day) and adhikamasa (384: month 8 is doubled, "8-8").
 *
 * Which years are which is for the Thai authorities to say, so 1914–2102 take their kinds and first days from the
 * published table (thai-year-types.ts, B.E. 2457–2645). The years before it, 1898–1913, follow a rule:
 *
 * Adhikamasa years follow the Suriyayatra (the Thai astronomical canon): the year whose Songkran (horakhun of
 * the Chulasakarat new year) has a mean tithi of 25–29 or 0–5 takes the leap month, except 25 followed by 5 (no)
 * and 24 followed by 6 (yes), as Eade and Faraut (Astronomie cambodgienne, 1910) describe it.
 *
 * Adhikavara years are chosen by the court astrologers, and neither the canon's avoman test alone nor Eade's
 * weekday bookkeeping reproduces the published calendars (see docs/accuracy.md, Buddhist). We combine the two
 * things those calendars show: a leap day falls due in the year the avoman test names, and it is added in that
 * year or the first later year without a leap month in which the full-moon days (waxing 15) of the following
 * twelve months stay on or before the day of the astronomical full moon in Thailand (UTC+7) with it — the
 * published full-moon days are never later than that in 1,554 of 1,571 months 1914–2040. Against the table this
 * rule dates three holy days in four right (thai-lunar.test.ts), which is why the table decides where it exists.
 */
export type { ThaiYearKind } from './thai-year-types.js';

export interface ThaiLunarYear {
  /** The Gregorian year of the lunar year's months 3–12 (its month 1 begins in the previous Nov/Dec). */
  year: number;
  /** First day: 1st waxing day of month 1. */
  start: Fixed;
  kind: ThaiYearKind;
}

export interface ThaiLunarDate {
  year: number;
  /** 1–12; the second month 8 of an adhikamasa year is month 8 with `second` true. */
  month: number;
  second: boolean;
  /** 1–15 waxing (khuen), 16–30 waning (raem 1–15). */
  day: number;
}

const MS_PER_DAY = 86_400_000;
// The mean lunation of astronomy/moon.ts (Meeus ch. 49, k = 0 on 2000-01-06 18:14 UT).
const REFERENCE_NEW_MOON = Date.UTC(2000, 0, 6, 18, 14);
const MEAN_SYNODIC_MONTH = 29.530588853 * MS_PER_DAY;
const THAILAND_OFFSET_MS = 7 * 3_600_000;

/** Chulasakarat year whose Songkran falls in April of a Gregorian year (CS 1388 = 2026). */
const chulasakaratOf = (gregorianYear: number): number => gregorianYear - 638;

/** Days from the Chulasakarat epoch to the Songkran of CS year `cs` (the Suriyayatra's horakhun). */
const horakhun = (cs: number): number => Math.floor((292207 * cs + 373) / 800) + 1;

/** The mean lunar day (tithi, 0–29) at Songkran: horakhun plus the lunar days gained (11/692 a day). */
function songkranTithi(cs: number): number {
  const days = horakhun(cs);
  return (days + Math.floor((11 * days + 650) / 692)) % 30;
}

export function isAdhikamasaYear(gregorianYear: number): boolean {
  const cs = chulasakaratOf(gregorianYear);
  const tithi = songkranTithi(cs);
  const next = songkranTithi(cs + 1);
  if (tithi === 25 && next === 5) return false;
  if (tithi === 24 && next === 6) return true;
  return tithi >= 25 || tithi <= 5;
}

/**
 * The canon's adhikavara test: avoman (the lunar days' excess over solar days, in 1/692 tithi) at Songkran of at
 * most 126, or 137 when the solar year is not a leap year (kammacubala above 207).
 */
function avomanCallsForLeapDay(gregorianYear: number): boolean {
  const cs = chulasakaratOf(gregorianYear);
  const kammacubala = 800 - ((292207 * cs + 373) % 800);
  const avoman = (11 * horakhun(cs) + 650) % 692 || 692;
  return avoman <= (kammacubala <= 207 ? 126 : 137);
}

const MONTH_LENGTHS = [29, 30, 29, 30, 29, 30, 29, 30, 29, 30, 29, 30];

/** First day of each month (index 0 = month 1; an adhikamasa year has 13 entries) and the day after. */
function monthStartsOf(start: Fixed, kind: ThaiYearKind): Fixed[] {
  const lengths = [...MONTH_LENGTHS];
  if (kind === 'adhikavara') lengths[6] = 30;
  if (kind === 'adhikamasa') lengths.splice(8, 0, 30);
  const starts = [start];
  for (const length of lengths) starts.push(starts[starts.length - 1]! + length);
  return starts;
}

/** The civil day in Thailand of the astronomical full moon nearest a day. */
/** The civil day (Thailand) of the full moon nearest to `day` (exported for its fast-path test). */
export function fullMoonDayNear(day: Fixed): Fixed {
  const at = (day - UNIX_EPOCH) * MS_PER_DAY;
  const civilDay = (instant: number) => UNIX_EPOCH + Math.floor((instant + THAILAND_OFFSET_MS) / MS_PER_DAY);
  // Month days 15 lie within a few days of a full moon: the one of the mean lunation nearest to them is then the
  // only full moon within 10 days (the others are 19 or more away), hence the nearest of the ±20-day search
  // below, whose civil day it takes the same way (one Meeus estimate instead of four).
  const k = Math.round((at - REFERENCE_NEW_MOON) / MEAN_SYNODIC_MONTH - 0.5);
  const estimate = estimatePhase(k, 180);
  if (Math.abs(estimate - at) < 10 * MS_PER_DAY) {
    return settle(estimate, PHASE_ESTIMATE_ERROR_MS, civilDay, () => fullMoonOfLunation(k));
  }
  let best = Number.NaN;
  // Only the civil day matters: the fast estimate decides it unless the full moon is near midnight in Thailand.
  for (const civil of phaseDaysBetween(180, at - 20 * MS_PER_DAY, at + 20 * MS_PER_DAY, civilDay)) {
    if (Number.isNaN(best) || Math.abs(civil - day) < Math.abs(best - day)) best = civil;
  }
  return best;
}

/** Whether, with a leap day in this year, the next twelve full-moon days stay on or before the full moon. */
function leapDayFits(start: Fixed, year: number): boolean {
  const withDay = monthStartsOf(start, 'adhikavara');
  const next = monthStartsOf(withDay[12]!, isAdhikamasaYear(year + 1) ? 'adhikamasa' : 'normal');
  const months = [...withDay.slice(7, 12), ...next.slice(0, 7)];
  return months.every((monthStart) => monthStart + 14 <= fullMoonDayNear(monthStart + 14));
}

// Month 1 of the lunar year 1857 (BE 2400) began on 28 Nov 1856 (Thai calendar tables as reprinted by
// myhora.com). The full-moon check pins the rule's calendar to the Moon within a few years, so this anchor only has
// to be right to a day or two; starting 41 years before the first rule year used leaves room for that.
const ANCHOR_YEAR = 1857;
const ANCHOR_START: Fixed = 677857;
const FIRST_YEAR = 1898;
const LAST_YEAR = 2102;

/** Where the rule's chain stands before a year: that year's first day and whether a leap day is due. */
interface ChainState {
  year: number;
  start: Fixed;
  leapDayDue: boolean;
}

/** One year of the rule's chain and the state it leaves for the next. */
function chainStep({ year, start, leapDayDue }: ChainState): [ThaiLunarYear, ChainState] {
  const due = leapDayDue || avomanCallsForLeapDay(year);
  const kind: ThaiYearKind = isAdhikamasaYear(year)
    ? 'adhikamasa'
    : due && leapDayFits(start, year)
      ? 'adhikavara'
      : 'normal';
  const next = {
    year: year + 1,
    start: monthStartsOf(start, kind).at(-1)!,
    leapDayDue: due && kind !== 'adhikavara',
  };
  return [{ year, start, kind }, next];
}

/**
 * The rule alone (Suriyayatra leap months, avoman and full-moon leap days), every year from the 1857 anchor to
 * `lastYear`: what the calendar uses before the published table, and what thai-lunar.test.ts measures against it.
 */
export function chainFromAnchor(lastYear: number = LAST_YEAR): ThaiLunarYear[] {
  const years: ThaiLunarYear[] = [];
  let state: ChainState = { year: ANCHOR_YEAR, start: ANCHOR_START, leapDayDue: false };
  while (state.year <= lastYear) {
    const [year, next] = chainStep(state);
    years.push(year);
    state = next;
  }
  return years;
}

/**
 * Years FIRST_YEAR up to the table: the rule's kinds, their first days counted back from the table's first day so
 * the two join without a gap (the rule's own chain starts 1914 on 29 Nov 1913, a day after the table).
 */
let ruleYears: ThaiLunarYear[] | undefined;

function ruleYear(gregorianYear: number): ThaiLunarYear {
  if (!ruleYears) {
    const kinds = chainFromAnchor(FIRST_TABLE_YEAR - 1).filter((year) => year.year >= FIRST_YEAR);
    let start = TABLE_START;
    ruleYears = [];
    for (const { year, kind } of kinds.reverse()) {
      start -= YEAR_LENGTH[kind];
      ruleYears.unshift({ year, start, kind });
    }
  }
  return ruleYears[gregorianYear - FIRST_YEAR]!;
}

/**
 * The lunar year whose months 3–12 fall in a Gregorian year (1898–2102): 1914 on as the published table has it
 * (thai-year-types.ts), 1898–1913 by the rule.
 */
export function thaiLunarYear(gregorianYear: number): ThaiLunarYear {
  if (!Number.isInteger(gregorianYear) || gregorianYear < FIRST_YEAR || gregorianYear > LAST_YEAR) {
    throw new InterkalError(
      'year-out-of-range',
      'thai lunar year',
      gregorianYear,
      `${FIRST_YEAR}–${LAST_YEAR}`,
    );
  }
  const kind = publishedYearKind(gregorianYear);
  if (kind) return { year: gregorianYear, start: publishedYearStart(gregorianYear)!, kind };
  return ruleYear(gregorianYear);
}

/** Index into the year's month starts: the second month 8 and every later month move one down. */
function monthIndex(month: number, second: boolean, kind: ThaiYearKind): number {
  if (second) return 8;
  return kind === 'adhikamasa' && month > 8 ? month : month - 1;
}

export function fixedFromThaiLunar(date: ThaiLunarDate): Fixed {
  const year = thaiLunarYear(date.year);
  const starts = monthStartsOf(year.start, year.kind);
  const valid =
    Number.isInteger(date.month) &&
    date.month >= 1 &&
    date.month <= 12 &&
    (!date.second || (date.month === 8 && year.kind === 'adhikamasa'));
  const index = valid ? monthIndex(date.month, date.second, year.kind) : -1;
  const length = valid ? starts[index + 1]! - starts[index]! : 0;
  if (!valid || !Number.isInteger(date.day) || date.day < 1 || date.day > length) {
    throw new InterkalError(
      'invalid-date',
      'thai lunar date',
      date,
      'a month and day that exist in that year',
    );
  }
  return starts[index]! + date.day - 1;
}

export function thaiLunarFromFixed(day: Fixed): ThaiLunarDate {
  const gregorianYear = gregorianFromFixed(day).year;
  const next = thaiLunarYear(gregorianYear + 1);
  const year = day >= next.start ? next : thaiLunarYear(gregorianYear);
  const starts = monthStartsOf(year.start, year.kind);
  let index = 0;
  while (starts[index + 1]! <= day) index++;
  const second = year.kind === 'adhikamasa' && index === 8;
  const month = year.kind === 'adhikamasa' && index >= 8 ? index : index + 1;
  return { year: year.year, month, second, day: day - starts[index]! + 1 };
}

/** "Waxing 15, month 6, BE 2569" (Buddhist Era = Gregorian + 543); the second month 8 is "8-8". */
export function formatThaiLunarDate(date: ThaiLunarDate): string {
  const phase = date.day <= 15 ? `Waxing ${date.day}` : `Waning ${date.day - 15}`;
  return `${phase}, month ${date.second ? '8-8' : date.month}, BE ${date.year + 543}`;
}

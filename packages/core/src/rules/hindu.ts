import { gregorianFromFixed } from '../calendars/gregorian.js';
import { type DecisionSky, MOONRISE_UNITS } from '../calendars/hindu/decision.js';
import { type Kala, kalaWindow, panchangaDayOf, udayaDay } from '../calendars/hindu/kala.js';
import { type SankrantiDayRule, sankrantiDay, sankrantiNear } from '../calendars/hindu/sankranti.js';
import { type EpochMs, type Fixed, MS_PER_MINUTE } from '../time/day.js';
import type { LocalizedText, Place, Rule } from '../types.js';
import { nijaLunations, panchangaRule } from './panchanga-rule.js';
import { INDIC } from './phrases/indic.js';
import { say } from './phrases/phrasebook.js';

// Hindu festival rules: a tithi of a lunar month observed on the day it prevails at sunrise or at a kala, the
// festivals with rules of their own (Holika Dahan, Raksha Bandhan, Govardhan Puja, Vijayadashami), sankrantis
// and Onam. Each decision reads its instants from a DecisionSky (calendars/hindu/decision.ts).

/**
 * When a festival's tithi must prevail: at sunrise (udaya, the default that names every day), during a kala of
 * the day, or at moonrise.
 */
type Prevailing = 'sunrise' | Kala | 'moonrise';

/**
 * Which day wins when the tithi prevails during the kala on two consecutive days: the first, the second, or the
 * one on which it covers more of the kala.
 */
type OnBothDays = 'first' | 'second' | 'longer';

interface TithiFestival {
  /** 1 = Chaitra … 12 = Phalguna (amanta, nija month). */
  month: number;
  /** 1–15 Shukla paksha, 16–30 Krishna paksha (30 = Amavasya). */
  tithi: number;
  prevailing?: Prevailing;
  onBothDays?: OnBothDays;
  /** Days after the day found (Holi is the day after Holika Dahan). */
  offset?: number;
  /**
   * For a sunrise tithi no sunrise sees: the day it runs (default) or the next day, whose sunrise has the following
   * tithi (Vaishnavas reject a tithi joined to the one before it at sunrise: Janmashtami).
   */
  whenSkipped?: 'runs' | 'next';
}

type Span = [EpochMs, EpochMs];

const yearOf = (day: Fixed): number => gregorianFromFixed(day).year;

/** One ghati, 1/60 of a day. */
const GHATI = 24 * MS_PER_MINUTE;

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** overlap(a, b) for a decision on whether it is positive (two estimated terms of each kind). */
function overlapping(sky: DecisionSky, a: Span, b: Span): number {
  const raw = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return sky.earlier(0, raw, 2) ? raw : 0;
}

/** The civil day on which a tithi is observed, given when it must prevail. */
function observedDay(
  sky: DecisionSky,
  tithi: Span,
  prevailing: Prevailing,
  onBothDays: OnBothDays,
  place: Place,
): Fixed {
  const [start, end] = tithi;
  const udaya = udayaDay(sky, start, end, place);
  if (prevailing === 'sunrise') return udaya;
  // A night kala (pradosh, nishita, moonrise) may run past midnight into the tithi's first civil date.
  const night = prevailing === 'pradosh' || prevailing === 'nishita' || prevailing === 'moonrise';
  const first = sky.civilDate(start, place) - (night ? 1 : 0);
  const last = sky.civilDate(end, place);
  let covering: { day: Fixed; amount: number }[] = [];
  for (let day = first; day <= last; day++) {
    if (prevailing === 'moonrise') {
      const moonrise = sky.moonrise(day, place);
      if (
        moonrise !== undefined &&
        !sky.earlier(moonrise, start, MOONRISE_UNITS) &&
        sky.earlier(moonrise, end, MOONRISE_UNITS)
      ) {
        covering.push({ day, amount: 1 });
      }
    } else {
      const amount = overlapping(sky, tithi, kalaWindow(sky, day, prevailing, place));
      if (amount > 0) covering.push({ day, amount });
    }
  }
  if (covering.length === 0) return udaya;
  // A tithi touching the kala for less than a ghati (24 minutes) does not count when another day has a ghati
  // (Nirnayasindhu; drikpanchang.com's Vasant Panchami 2019: 10 Feb, not 9 Feb with 11 minutes of purvahna).
  const counted = covering.filter((day) => !sky.earlier(day.amount, GHATI, 2));
  if (counted.length > 0) covering = counted;
  if (covering.length === 1 || onBothDays === 'first') return covering[0]!.day;
  if (onBothDays === 'second') return covering[covering.length - 1]!.day;
  return covering.reduce((best, next) => (sky.earlier(best.amount, next.amount, 4) ? next : best)).day;
}

type DayFinder = (sky: DecisionSky, tithi: Span, place: Place) => Fixed;

/** Observances of a tithi in the nija months of that name around a Gregorian year, kept if they fall in it. */
function lunarRule(
  summary: LocalizedText,
  month: number,
  tithi: number,
  key: string,
  dayOf: DayFinder,
  offset = 0,
) {
  return panchangaRule(summary, `${key}|${offset}`, (sky, year, place) =>
    nijaLunations(year, month)
      .map((lunation) => ({
        start: dayOf(sky, sky.tithiInterval(lunation, tithi), place) + offset,
        nativeDate: say(INDIC, (p) => p.lunarNative(month, false, tithi, lunation.vikramYear, offset)),
      }))
      .filter((observance) => yearOf(observance.start) === year),
  );
}

/** A festival on a tithi of a lunar month, observed on the day the tithi prevails at sunrise or at a kala. */
export function tithiFestival(festival: TithiFestival): Rule {
  const {
    month,
    tithi,
    prevailing = 'sunrise',
    onBothDays = 'first',
    offset = 0,
    whenSkipped = 'runs',
  } = festival;
  const skippedToNext = prevailing === 'sunrise' && whenSkipped === 'next';
  return lunarRule(
    say(INDIC, (p) => p.tithi(month, tithi, prevailing, offset, skippedToNext)),
    month,
    tithi,
    `tithi|${month}|${tithi}|${prevailing}|${onBothDays}|${skippedToNext ? 'next' : 'runs'}`,
    (sky, interval, place) => {
      const day = observedDay(sky, interval, prevailing, onBothDays, place);
      // A skipped tithi's day (it begins after that day's sunrise) has the tithi before it at sunrise.
      return skippedToNext && sky.earlier(sky.sunrise(day, place), interval[0]) ? day + 1 : day;
    },
    offset,
  );
}

// Vishti karana (bhadra) is the first half of Purnima: elongation 168°–174°. Holika Dahan and Raksha Bandhan
// avoid it, so both look for Purnima after 174°.
const BHADRA_END = 174;

/** The first day from the tithi's start whose kala meets [from, to). */
function firstDayMeeting(sky: DecisionSky, span: Span, kala: Kala, place: Place): Fixed | undefined {
  const last = sky.civilDate(span[1], place);
  for (let day = sky.civilDate(span[0], place) - 1; day <= last; day++) {
    if (overlapping(sky, span, kalaWindow(sky, day, kala, place)) > 0) return day;
  }
  return undefined;
}

/**
 * The day after the tithi began, if the tithi still runs at its sunrise for at least `fraction` of its daytime
 * (Dharmasindhu's "three muhurtas" = 3/15, "three prahars" = 3/4).
 */
function nextDayIfLasting(sky: DecisionSky, tithi: Span, fraction: number, place: Place): Fixed | undefined {
  const day = sky.civilDate(tithi[1], place);
  const [rise, set] = [sky.sunrise(day, place), sky.sunset(day, place)];
  return sky.earlier(tithi[0], rise) && !sky.earlier(tithi[1] - rise, fraction * (set - rise), 3)
    ? day
    : undefined;
}

/** Purnima from the end of bhadra. */
const bhadraFree = (sky: DecisionSky, purnima: Span): Span => [
  sky.elongation(BHADRA_END, purnima[0]),
  purnima[1],
];

/**
 * Holika Dahan (drikpanchang.com's rules): Purnima at pradosh once bhadra is over; if no pradosh has bhadra-free
 * Purnima but Purnima lasts three and a half prahars (7/8 of the daytime) into the next day, that day's pradosh;
 * otherwise the first night of Purnima, after bhadra or in its tail. `offset` 1 gives Holi, 2 Hola Mohalla.
 */
export function holikaDahan(offset = 0): Rule {
  return lunarRule(
    say(INDIC, (p) => p.holikaDahan(offset)),
    12,
    15,
    'holika-dahan',
    (sky, purnima, place) =>
      firstDayMeeting(sky, bhadraFree(sky, purnima), 'pradosh', place) ??
      nextDayIfLasting(sky, purnima, 7 / 8, place) ??
      firstDayMeeting(sky, purnima, 'pradosh', place) ??
      udayaDay(sky, purnima[0], purnima[1], place),
    offset,
  );
}

/**
 * Raksha Bandhan (drikpanchang.com's rules): Purnima at aparahna once bhadra is over; else the next morning if
 * Purnima lasts three muhurtas after sunrise; else the evening bhadra ends.
 */
export function rakshaBandhan(): Rule {
  return lunarRule(
    say(INDIC, (p) => p.rakshaBandhan),
    5,
    15,
    'raksha-bandhan',
    (sky, purnima, place) => {
      const afterBhadra = bhadraFree(sky, purnima);
      return (
        firstDayMeeting(sky, afterBhadra, 'aparahna', place) ??
        nextDayIfLasting(sky, purnima, 3 / 15, place) ??
        panchangaDayOf(sky, afterBhadra[0], place)
      );
    },
  );
}

/**
 * Govardhan Puja (Annakut), Kartika Shukla Pratipada, by the rule of drikpanchang.com's Govardhan Puja page (as
 * several calendar pages repeat it): the Pratipada at sunrise (pratah kala), unless the moon would be seen that
 * evening, in which case the day before (the day the Pratipada begins); a Pratipada lasting nine muhurtas (9/15 of
 * the daytime) after sunrise keeps its day whatever the moon does. We take a shorter Pratipada as meaning the young
 * moon is up after sunset (its elongation is then past ~26°). A Pratipada no sunrise sees is kept on the day it
 * runs. drikpanchang.com: 28 Oct 2019 (skipped tithi), 15 Nov 2020 (Pratipada only 22 minutes after sunrise on the
 * 16th), 26 Oct 2022, 14 Nov 2023.
 */
export function govardhanPuja(): Rule {
  return lunarRule(
    say(INDIC, (p) => p.govardhanPuja),
    8,
    1,
    'govardhan-puja',
    (sky, pratipada, place) => {
      const day = udayaDay(sky, pratipada[0], pratipada[1], place);
      const [rise, set] = [sky.sunrise(day, place), sky.sunset(day, place)];
      if (sky.earlier(rise, pratipada[0]) || !sky.earlier(rise, pratipada[1])) return day;
      return sky.earlier(pratipada[1] - rise, (9 / 15) * (set - rise), 3) ? day - 1 : day;
    },
  );
}

const SHRAVANA_NAKSHATRA = 22;

/**
 * Vijayadashami: Dashami at aparahna. When Dashami touches the aparahna of both days, or covers only part of the
 * first day's while lasting three muhurtas into the next morning, the day with Shravana nakshatra at aparahna wins
 * (Nirnayasindhu, as drikpanchang.com applies it); a first day fully covered keeps the festival.
 */
export function vijayadashami(): Rule {
  return lunarRule(
    say(INDIC, (p) => p.vijayadashami),
    7,
    10,
    'dussehra',
    (sky, dashami, place) => {
      const first = sky.civilDate(dashami[0], place);
      const aparahna = (day: Fixed) => kalaWindow(sky, day, 'aparahna', place);
      // Less than a ghati (24 minutes) of Dashami in the aparahna does not count (2018: 2 minutes).
      const covers = (day: Fixed) => !sky.earlier(overlap(dashami, aparahna(day)), GHATI, 2);
      const shravanaAt = (day: Fixed): boolean => {
        const [from, to] = aparahna(day);
        return sky.nakshatraAt((from + to) / 2) === SHRAVANA_NAKSHATRA;
      };
      if (!covers(first)) return first + 1;
      const [from, to] = aparahna(first);
      const contested =
        covers(first + 1) ||
        ((sky.earlier(from, dashami[0]) || sky.earlier(dashami[1], to)) &&
          nextDayIfLasting(sky, dashami, 3 / 15, place) === first + 1);
      return contested && shravanaAt(first + 1) && !shravanaAt(first) ? first + 1 : first;
    },
  );
}

/** A festival on the day of a sankranti (0 = Mesha … 9 = Makara), shifted by `offset` days (Lohri: −1). */
export function sankrantiFestival(sign: number, dayRule: SankrantiDayRule, offset = 0): Rule {
  const summary = say(INDIC, (p) => p.sankranti(sign, dayRule, offset));
  return panchangaRule(summary, `sankranti|${sign}|${dayRule}|${offset}`, (sky, year, place) => {
    const instant = sankrantiNear(sign, year);
    const start = sankrantiDay(sky, instant, dayRule, place) + offset;
    if (yearOf(start) !== year) return [];
    return [
      {
        start,
        instant: new Date(instant).toISOString(),
        nativeDate: say(INDIC, (p) => p.sankrantiNative(sign, offset)),
      },
    ];
  });
}

const THIRUVONAM_START = (21 * 360) / 27;
const NAKSHATRA = 360 / 27;
const SIMHA = 4;
/** Days of Chingam whose Thiruvonam does not count for Onam (fits timeanddate.com's 2001–2035 dates). */
const EARLY_CHINGAM_DAYS = 3;

/** Of the civil days a span touches, the one whose daytime (sunrise to sunset) it covers most. */
function dayCoveringMostDaylight(sky: DecisionSky, span: Span, place: Place): Fixed {
  let best = sky.civilDate(span[0], place);
  let bestShare = -1;
  let bestLength = Number.POSITIVE_INFINITY;
  for (let day = best; day <= sky.civilDate(span[1], place); day++) {
    const daytime: Span = [sky.sunrise(day, place), sky.sunset(day, place)];
    const length = daytime[1] - daytime[0];
    const share = overlap(span, daytime) / length;
    // On estimates a share is off by at most 4 units / (true daytime), overlap and daytime each by 2, the true
    // daytime being at least the estimated one less 2 units; two shares by twice that.
    const tolerance = sky.unit > 0 ? (8 * sky.unit) / (Math.min(length, bestLength) - 2 * sky.unit) : 0;
    if (sky.earlierBy(bestShare, share, tolerance)) [best, bestShare, bestLength] = [day, share, length];
  }
  return best;
}

/**
 * Onam: the day of Thiruvonam (Shravana) nakshatra in the Malayalam solar month Chingam (Sun in sidereal Simha;
 * Chingam 1 by the Kerala rule): the day whose daytime the nakshatra covers most; a Thiruvonam in Chingam's first
 * three days gives way to the next one.
 */
export function onam(): Rule {
  const summary = say(INDIC, (p) => p.onam);
  return panchangaRule(summary, 'onam', (sky, year, place) => {
    const chingam = sankrantiDay(sky, sankrantiNear(SIMHA, year), 'aparahna', place);
    let from = sky.sunrise(chingam, place);
    for (;;) {
      const start = sky.siderealMoonLongitude(THIRUVONAM_START, from);
      const end = sky.siderealMoonLongitude(THIRUVONAM_START + NAKSHATRA, start);
      const day = dayCoveringMostDaylight(sky, [start, end], place);
      if (day >= chingam + EARLY_CHINGAM_DAYS) {
        return [{ start: day, nativeDate: say(INDIC, (p) => p.onamNative(day - chingam + 1)) }];
      }
      from = end;
    }
  });
}

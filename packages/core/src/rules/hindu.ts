import { civilDateOf } from '../astronomy/civil-date.js';
import type { EpochMs } from '../astronomy/moon.js';
import {
  estimateSiderealMoonLongitude,
  MOON_LONGITUDE_INSTANT_ERROR_MS,
  nakshatraAt,
  nextSiderealSunLongitude,
} from '../astronomy/sidereal.js';
import { fixedFromGregorian, gregorianFromFixed } from '../calendars/gregorian.js';
import {
  decideWithEstimates,
  decisionCivilDate,
  decisionElongation,
  decisionMargin,
  decisionMoonrise,
  decisionSiderealMoonLongitude,
  decisionSunrise,
  decisionSunset,
  earlier,
  earlierBy,
  formatHinduLunar,
  giveUp,
  type Kala,
  kalaWindow,
  LUNAR_MONTHS,
  type Lunation,
  NEW_DELHI,
  namedLunationsAround,
  RASHIS,
  tithiInterval,
  tithiName,
  udayaDay,
} from '../calendars/hindu.js';
import type { Fixed, Observance, Place, Rule, RuleOptions } from '../types.js';
import { rule } from './rule.js';

/**
 * When a festival's tithi must prevail: at sunrise (udaya, the default that names every day), during a kala of
 * the day, or at moonrise.
 */
export type Prevailing = 'sunrise' | Kala | 'moonrise';

/**
 * Which day wins when the tithi prevails during the kala on two consecutive days: the first, the second, or the
 * one on which it covers more of the kala.
 */
export type OnBothDays = 'first' | 'second' | 'longer';

export interface TithiFestival {
  /** 1 = Chaitra … 12 = Phalguna (amanta, nija month). */
  month: number;
  /** 1–15 Shukla paksha, 16–30 Krishna paksha (30 = Amavasya). */
  tithi: number;
  prevailing?: Prevailing;
  onBothDays?: OnBothDays;
  /** Days after the day found (Holi is the day after Holika Dahan). */
  offset?: number;
}

const placeOf = (options: RuleOptions): Place => options.place ?? NEW_DELHI;
const keyOf = (place: Place): string => `${place.latitude},${place.longitude},${place.timeZone}`;
const yearOf = (day: Fixed): number => gregorianFromFixed(day).year;

/** One ghati, 1/60 of a day. */
const GHATI = 24 * 60_000;

const overlap = (a: [EpochMs, EpochMs], b: [EpochMs, EpochMs]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** overlap(a, b) for a decision on whether it is positive (see decideWithEstimates). */
function overlapping(a: [EpochMs, EpochMs], b: [EpochMs, EpochMs]): number {
  const raw = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  return earlier(0, raw, 2) ? raw : 0;
}

/** The civil day on which a tithi is observed, given when it must prevail. */
export function observedDay(
  tithi: [EpochMs, EpochMs],
  prevailing: Prevailing,
  onBothDays: OnBothDays,
  place: Place,
): Fixed {
  const [start, end] = tithi;
  const udaya = udayaDay(start, end, place);
  if (prevailing === 'sunrise') return udaya;
  // A night kala (pradosh, nishita, moonrise) may run past midnight into the tithi's first civil date.
  const night = prevailing === 'pradosh' || prevailing === 'nishita' || prevailing === 'moonrise';
  const first = decisionCivilDate(start, place) - (night ? 1 : 0);
  const last = decisionCivilDate(end, place);
  let covering: { day: Fixed; amount: number }[] = [];
  for (let day = first; day <= last; day++) {
    if (prevailing === 'moonrise') {
      const moonrise = decisionMoonrise(day, place);
      // A moonrise estimate is off by up to MOONRISE_ERROR_MS, more than a sunrise's: two units against a tithi.
      if (moonrise !== undefined && !earlier(moonrise, start, 2) && earlier(moonrise, end, 2)) {
        covering.push({ day, amount: 1 });
      }
    } else {
      const amount = overlapping(tithi, kalaWindow(day, prevailing, place));
      if (amount > 0) covering.push({ day, amount });
    }
  }
  if (covering.length === 0) return udaya;
  // A tithi touching the kala for less than a ghati (24 minutes) does not count when another day has a ghati
  // (Nirnayasindhu; drikpanchang.com's Vasant Panchami 2019: 10 Feb, not 9 Feb with 11 minutes of purvahna).
  const counted = covering.filter((day) => !earlier(day.amount, GHATI, 2));
  if (counted.length > 0) covering = counted;
  if (covering.length === 1 || onBothDays === 'first') return covering[0]!.day;
  if (onBothDays === 'second') return covering[covering.length - 1]!.day;
  return covering.reduce((best, next) => (earlier(best.amount, next.amount, 4) ? next : best)).day;
}

const festivalCache = new Map<string, Observance[]>();

function memo(key: string, compute: () => Observance[]): Observance[] {
  let found = festivalCache.get(key);
  if (!found) {
    found = decideWithEstimates(compute);
    festivalCache.set(key, found);
  }
  return found;
}

const nijaMonths = (year: number, month: number): Lunation[] =>
  namedLunationsAround(year).filter(
    (lunation) => (lunation.month === month || lunation.alsoMonth === month) && !lunation.leap,
  );

type DayFinder = (tithi: [EpochMs, EpochMs], place: Place) => Fixed;

/** Observances of a tithi in the nija months of that name around a Gregorian year, kept if they fall in it. */
function lunarRule(
  summary: string,
  month: number,
  tithi: number,
  cacheKey: string,
  dayOf: DayFinder,
  offset = 0,
): Rule {
  return rule(summary, (year, options) => {
    const place = placeOf(options);
    return memo(`${cacheKey}|${offset}|${keyOf(place)}|${year}`, () =>
      nijaMonths(year, month)
        .map((lunation) => ({
          start: dayOf(tithiInterval(lunation, tithi), place) + offset,
          nativeDate: `${formatHinduLunar(month, false, tithi, lunation.vikramYear)}${shifted(offset)}`,
        }))
        .filter((observance) => yearOf(observance.start) === year),
    );
  });
}

function describe(spec: TithiFestival): string {
  const at =
    spec.prevailing && spec.prevailing !== 'sunrise' ? ` prevailing at ${spec.prevailing}` : ' at sunrise';
  return `${monthTithi(spec.month, spec.tithi)}${at}${shifted(spec.offset ?? 0)}, New Delhi or the given place`;
}

const monthTithi = (month: number, tithi: number): string =>
  `${LUNAR_MONTHS[month - 1]} ${tithiName(tithi)} (amanta)`;
const shifted = (offset: number): string =>
  offset === 0 ? '' : ` ${offset > 0 ? '+' : '−'} ${Math.abs(offset)} day${Math.abs(offset) > 1 ? 's' : ''}`;

/** A festival on a tithi of a lunar month, observed on the day the tithi prevails at sunrise or at a kala. */
export function tithiFestival(festival: TithiFestival): Rule {
  const { month, tithi, prevailing = 'sunrise', onBothDays = 'first', offset = 0 } = festival;
  return lunarRule(
    describe(festival),
    month,
    tithi,
    `tithi|${month}|${tithi}|${prevailing}|${onBothDays}`,
    (interval, place) => observedDay(interval, prevailing, onBothDays, place),
    offset,
  );
}

// Vishti karana (bhadra) is the first half of Purnima: elongation 168°–174°. Holika Dahan and Raksha Bandhan
// avoid it, so both look for Purnima after 174°.
const BHADRA_END = 174;

/** The first day from the tithi's start whose kala meets [from, to). */
function firstDayMeeting(span: [EpochMs, EpochMs], kala: Kala, place: Place): Fixed | undefined {
  const last = decisionCivilDate(span[1], place);
  for (let day = decisionCivilDate(span[0], place) - 1; day <= last; day++) {
    if (overlapping(span, kalaWindow(day, kala, place)) > 0) return day;
  }
  return undefined;
}

/** The panchanga day (sunrise to sunrise) an instant falls in. */
function panchangaDayOf(instant: EpochMs, place: Place): Fixed {
  const day = decisionCivilDate(instant, place);
  return earlier(instant, decisionSunrise(day, place)) ? day - 1 : day;
}

/**
 * The day after the tithi began, if the tithi still runs at its sunrise for at least `fraction` of its daytime
 * (Dharmasindhu's "three muhurtas" = 3/15, "three prahars" = 3/4).
 */
function nextDayIfLasting(tithi: [EpochMs, EpochMs], fraction: number, place: Place): Fixed | undefined {
  const day = decisionCivilDate(tithi[1], place);
  const [rise, set] = [decisionSunrise(day, place), decisionSunset(day, place)];
  return earlier(tithi[0], rise) && !earlier(tithi[1] - rise, fraction * (set - rise), 3) ? day : undefined;
}

/**
 * Holika Dahan (drikpanchang.com's rules): Purnima at pradosh once bhadra is over; if no pradosh has bhadra-free
 * Purnima but Purnima lasts three and a half prahars (7/8 of the daytime) into the next day, that day's pradosh; otherwise the first night of
 * Purnima, after bhadra or in its tail. `offset` 1 gives Holi, 2 Hola Mohalla.
 */
export function holikaDahan(offset = 0): Rule {
  const summary = `Phalguna Purnima (amanta) at pradosh, avoiding bhadra${shifted(offset)}, New Delhi or the given place`;
  return lunarRule(
    summary,
    12,
    15,
    'holika-dahan',
    (purnima, place) => {
      const bhadraFree: [EpochMs, EpochMs] = [decisionElongation(BHADRA_END, purnima[0]), purnima[1]];
      return (
        firstDayMeeting(bhadraFree, 'pradosh', place) ??
        nextDayIfLasting(purnima, 7 / 8, place) ??
        firstDayMeeting(purnima, 'pradosh', place) ??
        udayaDay(purnima[0], purnima[1], place)
      );
    },
    offset,
  );
}

/**
 * Raksha Bandhan (drikpanchang.com's rules): Purnima at aparahna once bhadra is over; else the next morning if
 * Purnima lasts three muhurtas after sunrise; else the evening bhadra ends.
 */
export function rakshaBandhan(): Rule {
  return lunarRule(
    'Shravana Purnima (amanta) at aparahna, avoiding bhadra, New Delhi or the given place',
    5,
    15,
    'raksha-bandhan',
    (purnima, place) => {
      const bhadraFree: [EpochMs, EpochMs] = [decisionElongation(BHADRA_END, purnima[0]), purnima[1]];
      return (
        firstDayMeeting(bhadraFree, 'aparahna', place) ??
        nextDayIfLasting(purnima, 3 / 15, place) ??
        panchangaDayOf(bhadraFree[0], place)
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
    'Kartika Shukla Pratipada (amanta) at sunrise, the day before if it lasts less than nine muhurtas after that sunrise, New Delhi or the given place',
    8,
    1,
    'govardhan-puja',
    (pratipada, place) => {
      const day = udayaDay(pratipada[0], pratipada[1], place);
      const [rise, set] = [decisionSunrise(day, place), decisionSunset(day, place)];
      if (earlier(rise, pratipada[0]) || !earlier(rise, pratipada[1])) return day;
      return earlier(pratipada[1] - rise, (9 / 15) * (set - rise), 3) ? day - 1 : day;
    },
  );
}

const SHRAVANA_NAKSHATRA = 22;

/** nakshatraAt from the Meeus Moon (fast-sky.ts). */
const estimatedNakshatraAt = (instant: EpochMs): number =>
  Math.floor(estimateSiderealMoonLongitude(instant) / (360 / 27)) + 1;

/**
 * Vijayadashami: Dashami at aparahna. When Dashami touches the aparahna of both days, or covers only part of the
 * first day's while lasting three muhurtas into the next morning, the day with Shravana nakshatra at aparahna wins
 * (Nirnayasindhu, as drikpanchang.com applies it); a first day fully covered keeps the festival.
 */
export function vijayadashami(): Rule {
  return lunarRule(
    'Ashvin Shukla Dashami (amanta) at aparahna, Shravana nakshatra deciding between two days, New Delhi or the given place',
    7,
    10,
    'dussehra',
    (dashami, place) => {
      const first = decisionCivilDate(dashami[0], place);
      const aparahna = (day: Fixed) => kalaWindow(day, 'aparahna', place);
      // Less than a ghati (24 minutes) of Dashami in the aparahna does not count (2018: 2 minutes).
      const covers = (day: Fixed) => !earlier(overlap(dashami, aparahna(day)), GHATI, 2);
      const shravanaAt = (day: Fixed): boolean => {
        const [from, to] = aparahna(day);
        const middle = (from + to) / 2;
        const margin = decisionMargin();
        if (margin === 0) return nakshatraAt(middle) === SHRAVANA_NAKSHATRA;
        // On estimates the middle is off by up to a unit, and the Meeus Moon crosses Shravana's edges within
        // MOON_LONGITUDE_INSTANT_ERROR_MS of astronomy-engine's: the estimated nakshatra must hold across both.
        const reach = margin + MOON_LONGITUDE_INSTANT_ERROR_MS;
        const early = estimatedNakshatraAt(middle - reach);
        if (early !== estimatedNakshatraAt(middle + reach)) giveUp();
        return early === SHRAVANA_NAKSHATRA;
      };
      if (!covers(first)) return first + 1;
      const [from, to] = aparahna(first);
      const contested =
        covers(first + 1) ||
        ((earlier(from, dashami[0]) || earlier(dashami[1], to)) &&
          nextDayIfLasting(dashami, 3 / 15, place) === first + 1);
      return contested && shravanaAt(first + 1) && !shravanaAt(first) ? first + 1 : first;
    },
  );
}

/**
 * Which civil day a sankranti (the Sun entering a sidereal sign) is kept on: the regional rules drikpanchang.com
 * documents. `sunrise`: the panchanga day (sunrise to sunrise) in which it falls (drikpanchang's Vaisakhi);
 * `midnight`: the civil day of the instant (Punjab, Odisha); `sunset`: the next day if it falls after
 * sunset (Tamil Nadu, and drikpanchang's Makar Sankranti punya kaal); `aparahna`: the next day if after the first
 * three fifths of the daytime (Kerala).
 */
export type SankrantiDayRule = 'sunrise' | 'midnight' | 'sunset' | 'aparahna';

export function sankrantiDay(instant: EpochMs, dayRule: SankrantiDayRule, place: Place): Fixed {
  const day = civilDateOf(new Date(instant), place.timeZone);
  if (dayRule === 'midnight') return day;
  if (dayRule === 'sunrise') return earlier(instant, decisionSunrise(day, place)) ? day - 1 : day;
  const [rise, set] = [decisionSunrise(day, place), decisionSunset(day, place)];
  const limit = dayRule === 'sunset' ? set : rise + (3 * (set - rise)) / 5;
  return earlier(instant, limit) ? day : day + 1;
}

const DAY_RULE_TEXT: Record<SankrantiDayRule, string> = {
  sunrise: 'on the day whose sunrise precedes it',
  midnight: 'on its civil day',
  sunset: 'next day if after sunset',
  aparahna: 'next day if after the first three fifths of daytime',
};

const sankrantis = new Map<string, EpochMs>();

/** The instant the Sun enters a sidereal sign in (or just before) a Gregorian year (memoized: several festivals share one). */
function sankrantiNear(sign: number, year: number): EpochMs {
  const key = `${sign}|${year}`;
  let instant = sankrantis.get(key);
  if (instant === undefined) {
    instant = nextSiderealSunLongitude(sign * 30, Date.UTC(year - 1, 11, 25));
    sankrantis.set(key, instant);
  }
  return instant;
}

/** A festival on the day of a sankranti (0 = Mesha … 9 = Makara), shifted by `offset` days (Lohri: −1). */
export function sankrantiFestival(sign: number, dayRule: SankrantiDayRule, offset = 0): Rule {
  const shift = offset === 0 ? '' : ` ${offset > 0 ? '+' : '−'} ${Math.abs(offset)} day`;
  const summary = `Sun enters sidereal ${RASHIS[sign]} (Lahiri ayanamsa), ${DAY_RULE_TEXT[dayRule]}${shift}, New Delhi or the given place`;
  return rule(summary, (year, options) => {
    const place = placeOf(options);
    return memo(`sankranti|${sign}|${dayRule}|${offset}|${keyOf(place)}|${year}`, () => {
      const instant = sankrantiNear(sign, year);
      const start = sankrantiDay(instant, dayRule, place) + offset;
      if (yearOf(start) !== year) return [];
      return [
        {
          start,
          instant: new Date(instant).toISOString(),
          nativeDate: `${RASHIS[sign]} Sankranti${shifted(offset)}`,
        },
      ];
    });
  });
}

const THIRUVONAM_START = (21 * 360) / 27;
const NAKSHATRA = 360 / 27;
const SIMHA = 4;
/** Days of Chingam whose Thiruvonam does not count for Onam (fits timeanddate.com's 2001–2035 dates). */
const EARLY_CHINGAM_DAYS = 3;

/** Of the civil days a span touches, the one whose daytime (sunrise to sunset) it covers most. */
function dayCoveringMostDaylight(span: [EpochMs, EpochMs], place: Place): Fixed {
  let best = decisionCivilDate(span[0], place);
  let bestShare = -1;
  let bestLength = Number.POSITIVE_INFINITY;
  for (let day = best; day <= decisionCivilDate(span[1], place); day++) {
    const daytime: [EpochMs, EpochMs] = [decisionSunrise(day, place), decisionSunset(day, place)];
    const length = daytime[1] - daytime[0];
    const share = overlap(span, daytime) / length;
    // On estimates a share is off by at most 4 units / (true daytime), overlap and daytime each by 2, the true
    // daytime being at least the estimated one less 2 units; two shares by twice that.
    const unit = decisionMargin();
    const tolerance = unit > 0 ? (8 * unit) / (Math.min(length, bestLength) - 2 * unit) : 0;
    if (earlierBy(bestShare, share, tolerance)) [best, bestShare, bestLength] = [day, share, length];
  }
  return best;
}

/**
 * Onam: the day of Thiruvonam (Shravana) nakshatra in the Malayalam solar month Chingam (Sun in sidereal Simha;
 * Chingam 1 by the Kerala rule): the day whose daytime the nakshatra covers most; a Thiruvonam in Chingam's first
 * three days gives way to the next one.
 */
export function onam(): Rule {
  const summary =
    'Thiruvonam nakshatra in the solar month Chingam (Sun in sidereal Simha, Kerala sankranti rule), New Delhi or the given place';
  return rule(summary, (year, options) => {
    const place = placeOf(options);
    return memo(`onam|${keyOf(place)}|${year}`, () => {
      const chingam = sankrantiDay(sankrantiNear(SIMHA, year), 'aparahna', place);
      let from = decisionSunrise(chingam, place);
      for (;;) {
        const start = decisionSiderealMoonLongitude(THIRUVONAM_START, from);
        const end = decisionSiderealMoonLongitude(THIRUVONAM_START + NAKSHATRA, start);
        const day = dayCoveringMostDaylight([start, end], place);
        if (day >= chingam + EARLY_CHINGAM_DAYS) {
          return [{ start: day, nativeDate: `Chingam ${day - chingam + 1}, Thiruvonam` }];
        }
        from = end;
      }
    });
  });
}

/**
 * A Sikh date that the Nanakshahi calendar of 2003 fixed to a Gregorian day; otherwise the lunar (Bikrami) rule
 * most gurdwaras follow.
 */
export function sikhDate(lunar: Rule, nanakshahiMonth: number, nanakshahiDay: number): Rule {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return rule(
    `${lunar.summary}; Nanakshahi calendar (2003): ${nanakshahiDay} ${months[nanakshahiMonth - 1]}`,
    (year, options) =>
      options.sikhCalendar === 'nanakshahi-2003'
        ? { start: fixedFromGregorian(year, nanakshahiMonth, nanakshahiDay), variant: 'nanakshahi-2003' }
        : lunar.observancesIn(year, options),
  );
}

/**
 * Paryushana (Shvetambara): from Krishna Dvadashi of amanta Shravana (Bhadrapada Krishna 12 in the purnimanta
 * reckoning Jains use) to Samvatsari on Bhadrapada Shukla Chaturthi: eight tithis, usually eight days (seven or
 * nine when a tithi is skipped or repeated), as drikpanchang.com lists "Paryushana Parvarambha".
 */
// Eight tithis, one of which may be repeated at sunrise (nine days), and a day's margin.
const PARYUSHANA_MAX_DAYS = 10;

export function paryushana(): Rule {
  const summary =
    'Shravana Krishna Dvadashi (amanta) to Samvatsari, Bhadrapada Shukla Chaturthi, at sunrise, New Delhi or the given place';
  return rule(
    summary,
    (year, options) => {
      const place = placeOf(options);
      return memo(`paryushana|${keyOf(place)}|${year}`, () =>
        nijaMonths(year, 6).flatMap((bhadrapada) => {
          const shravana = namedLunationsAround(year).find((l) => l.end === bhadrapada.start);
          if (!shravana) return [];
          const start = udayaDay(...tithiInterval(shravana, 27), place);
          const samvatsari = udayaDay(...tithiInterval(bhadrapada, 4), place);
          if (yearOf(start) !== year) return [];
          return [
            {
              start,
              days: samvatsari - start + 1,
              nativeDate: `${formatHinduLunar(6, false, 4, bhadrapada.vikramYear)} (Samvatsari, last day)`,
            },
          ];
        }),
      );
    },
    PARYUSHANA_MAX_DAYS,
  );
}

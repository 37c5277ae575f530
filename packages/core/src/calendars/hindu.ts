import { civilDateOf, startOfCivilDay } from '../astronomy/civil-date.js';
import { estimatePhase, PHASE_ESTIMATE_ERROR_MS, settle } from '../astronomy/fast-moon.js';
import {
  ELONGATION_INSTANT_ERROR_MS,
  estimateElongationInstant,
  estimateElongationNear,
} from '../astronomy/fast-sky.js';
import { estimateSunLongitude, SUN_LONGITUDE_ERROR_DEG } from '../astronomy/fast-sun.js';
import { estimateMoonrise, estimateRiseSetInDay, RISE_SET_ERROR_MS } from '../astronomy/fast-sunrise.js';
import { type EpochMs, lunationsAround as lunationNumbers, newMoonOfLunation } from '../astronomy/moon.js';
import {
  estimateSiderealMoonLongitude,
  estimateSiderealMoonLongitudeInstant,
  lahiriAyanamsa,
  MOON_LONGITUDE_INSTANT_ERROR_MS,
  moonriseAfter,
  nextElongation,
  nextSiderealMoonLongitude,
  nextSiderealSunLongitude,
  siderealSunSign,
  tithiAt,
} from '../astronomy/sidereal.js';
import { sunrise, sunset } from '../astronomy/sun.js';
import type { Fixed, Place } from '../types.js';

// The Hindu lunisolar calendar as modern drik (observational) panchangas such as drikpanchang.com compute it:
// true Sun and Moon, Lahiri ayanamsa, amanta months (new moon to new moon), days named by the tithi at local
// sunrise. Instants are epoch milliseconds (UTC); days are fixed day numbers (Rata Die).

/** drikpanchang.com's default place and the catalogue's reference: New Delhi, India Standard Time. */
export const NEW_DELHI: Place = { latitude: 28.6139, longitude: 77.209, timeZone: 'Asia/Kolkata' };

/** Amanta month names, 1 = Chaitra … 12 = Phalguna. */
export const LUNAR_MONTHS = [
  'Chaitra',
  'Vaishakha',
  'Jyeshtha',
  'Ashadha',
  'Shravana',
  'Bhadrapada',
  'Ashvin',
  'Kartika',
  'Margashirsha',
  'Pausha',
  'Magha',
  'Phalguna',
] as const;

/** Sidereal signs (rashi), 0 = Mesha … 11 = Meena; a solar month is named by the sign the Sun is in. */
export const RASHIS = [
  'Mesha',
  'Vrishabha',
  'Mithuna',
  'Karka',
  'Simha',
  'Kanya',
  'Tula',
  'Vrishchika',
  'Dhanu',
  'Makara',
  'Kumbha',
  'Meena',
] as const;

const TITHI_NAMES = [
  'Pratipada',
  'Dvitiya',
  'Tritiya',
  'Chaturthi',
  'Panchami',
  'Shashthi',
  'Saptami',
  'Ashtami',
  'Navami',
  'Dashami',
  'Ekadashi',
  'Dvadashi',
  'Trayodashi',
  'Chaturdashi',
];

/** "Shukla Navami", "Krishna Chaturdashi", "Purnima", "Amavasya" for tithi 1–30. */
export function tithiName(tithi: number): string {
  if (tithi === 15) return 'Purnima';
  if (tithi === 30) return 'Amavasya';
  return `${tithi < 15 ? 'Shukla' : 'Krishna'} ${TITHI_NAMES[(tithi - 1) % 15]}`;
}

/** One amanta lunar month: from the end of one Amavasya tithi (new moon) to the next. */
export interface Lunation {
  start: EpochMs;
  end: EpochMs;
  /** 1 = Chaitra … 12 = Phalguna. */
  month: number;
  /** Adhika (intercalary) month: no sankranti falls within it; it takes the name of the month after it. */
  leap: boolean;
  /**
   * Kshaya month (two sankrantis, as in 1982–83): the name skipped, whose festivals are kept in this lunation too,
   * the practice of panchangas for a kshaya masa.
   */
  alsoMonth?: number;
  /** Vikram Samvat year (amanta: begins with Chaitra Shukla Pratipada). */
  vikramYear: number;
  /** Lunation number of its starting new moon (astronomy/moon.ts: k = 0 in January 2000). */
  k: number;
}

const MS_PER_DAY = 86_400_000;
const MEAN_LUNATION_DAYS = 29.530588;
const lunationCache = new Map<number, readonly Lunation[]>();

/**
 * Every lunation that starts between mid-October of the year before and the end of February after
 * `gregorianYear`, so rules can find a month's festival whichever Gregorian year it lands in.
 *
 * Naming (the rule of modern panchangas): the month in which the Sun enters sign s is the month after s's
 * index, i.e. the month is named from the sign at its starting new moon + 1 (Sun in Meena → Chaitra). If the
 * Sun stays in one sign for the whole lunation, the month is adhika and borrows the next name; if it crosses two
 * signs (kshaya, last in 1983 and next in 2124), one name is skipped.
 */
export function lunationsAround(gregorianYear: number): readonly Lunation[] {
  let lunations = lunationCache.get(gregorianYear);
  if (!lunations) {
    const [from, to] = lunationRange(gregorianYear);
    const inRange = (k: number) => newMoonOfLunation(k) >= from && newMoonOfLunation(k) < to;
    lunations = lunationsFrom(lunationRange(gregorianYear), newMoonOfLunation, inRange, (k) =>
      siderealSunSign(newMoonOfLunation(k)),
    );
    lunationCache.set(gregorianYear, lunations);
  }
  return lunations;
}

const lunationRange = (gregorianYear: number): [EpochMs, EpochMs] => [
  Date.UTC(gregorianYear - 1, 9, 15),
  Date.UTC(gregorianYear + 1, 2, 1),
];

function lunationsFrom(
  [from, to]: [EpochMs, EpochMs],
  newMoon: (k: number) => EpochMs,
  inRange: (k: number) => boolean,
  signAt: (k: number) => number,
  vikramYearOf: (k: number, month: number) => number = (k, month) => vikramYearAt(newMoon(k), month),
): Lunation[] {
  const { first, last } = lunationNumbers(0, from, to);
  const lunations: Lunation[] = [];
  for (let k = first; k <= last; k++) {
    if (!inRange(k)) continue;
    const start = newMoon(k);
    const signAtStart = signAt(k);
    const signAtEnd = signAt(k + 1);
    const month = ((signAtStart + 1) % 12) + 1;
    const lunation: Lunation = {
      start,
      end: newMoon(k + 1),
      month,
      leap: signAtStart === signAtEnd,
      vikramYear: vikramYearOf(k, month),
      k,
    };
    if ((signAtEnd - signAtStart + 12) % 12 === 2) lunation.alsoMonth = (month % 12) + 1;
    lunations.push(lunation);
  }
  return lunations;
}

function vikramYearAt(start: EpochMs, month: number): number {
  const approximateChaitra = start - (month - 1) * MEAN_LUNATION_DAYS * MS_PER_DAY;
  return new Date(approximateChaitra).getUTCFullYear() + 57;
}

// Festival rules name lunations from the Meeus new moons (fast-moon.ts) and take each precise new moon only where
// the estimate's error could change a name or the lunation's membership in the range: the Sun's sidereal sign at
// a new moon is read from the Meeus Sun (fast-sun.ts) unless within its error (plus the Sun's motion during the new
// moon's error) of a sign boundary.
const SIGN_MARGIN_DEG = SUN_LONGITUDE_ERROR_DEG + (1.02 * PHASE_ESTIMATE_ERROR_MS) / MS_PER_DAY;
const namedLunationCache = new Map<number, readonly Lunation[]>();

function estimatedSign(k: number): number {
  const instant = estimatePhase(k, 0);
  const longitude = (((estimateSunLongitude(instant) - lahiriAyanamsa(instant)) % 360) + 360) % 360;
  const fromBoundary = longitude % 30;
  if (fromBoundary <= SIGN_MARGIN_DEG || fromBoundary >= 30 - SIGN_MARGIN_DEG) {
    return siderealSunSign(newMoonOfLunation(k));
  }
  return Math.floor(longitude / 30);
}

/**
 * lunationsAround with the same lunations, names and lunation numbers, but start and end from the Meeus estimate
 * (within PHASE_ESTIMATE_ERROR_MS): for decisions inside decideWithEstimates, whose tithiInterval takes the
 * precise new moons by lunation number when deciding on precise instants.
 */
export function namedLunationsAround(gregorianYear: number): readonly Lunation[] {
  let lunations = namedLunationCache.get(gregorianYear);
  if (!lunations) {
    const [from, to] = lunationRange(gregorianYear);
    const newMoon = (k: number): EpochMs => estimatePhase(k, 0);
    const inRange = (k: number): boolean =>
      settle(
        estimatePhase(k, 0),
        PHASE_ESTIMATE_ERROR_MS,
        (t) => t >= from && t < to,
        () => newMoonOfLunation(k),
      );
    const vikramYearOf = (k: number, month: number): number =>
      settle(
        estimatePhase(k, 0),
        PHASE_ESTIMATE_ERROR_MS,
        (t) => vikramYearAt(t, month),
        () => newMoonOfLunation(k),
      );
    lunations = lunationsFrom(lunationRange(gregorianYear), newMoon, inRange, estimatedSign, vikramYearOf);
    namedLunationCache.set(gregorianYear, lunations);
  }
  return lunations;
}

/** The lunation in progress at an instant. */
export function lunationAt(instant: EpochMs): Lunation {
  const year = new Date(instant).getUTCFullYear();
  const found = lunationsAround(year).find((lunation) => lunation.start <= instant && instant < lunation.end);
  if (!found) throw new Error(`no lunation at ${new Date(instant).toISOString()}`);
  return found;
}

const tithiBoundaryCache = new Map<number, EpochMs>();

/** The instant tithi 2–30 of the lunation starting at `lunationStart` begins (memoized: rows share boundaries). */
function tithiStart(lunationStart: EpochMs, tithi: number): EpochMs {
  const key = lunationStart + tithi;
  let instant = tithiBoundaryCache.get(key);
  if (instant === undefined) {
    instant = nextElongation((tithi - 1) * 12, lunationStart);
    tithiBoundaryCache.set(key, instant);
  }
  return instant;
}

const estimatedTithiCache = new Map<number, EpochMs>();

const MEAN_ELONGATION_PER_MS = 360 / (MEAN_LUNATION_DAYS * MS_PER_DAY);

/**
 * The estimated instant tithi 1–30 of lunation k begins (fast-moon.ts, fast-sky.ts), searched from the nearest
 * Meeus phase (new moon k, full moon k, new moon k + 1) so that the search starts at most 90° of mean motion away.
 */
export function estimatedTithiStart(k: number, tithi: number): EpochMs {
  if (tithi === 1) return estimatePhase(k, 0);
  const key = k * 32 + tithi;
  let instant = estimatedTithiCache.get(key);
  if (instant === undefined) {
    const degrees = (tithi - 1) * 12;
    const [anchor, anchorDegrees] =
      degrees < 90
        ? [estimatePhase(k, 0), 0]
        : degrees <= 270
          ? [estimatePhase(k, 180), 180]
          : [estimatePhase(k + 1, 0), 360];
    instant = estimateElongationNear(degrees, anchor + (degrees - anchorDegrees) / MEAN_ELONGATION_PER_MS);
    estimatedTithiCache.set(key, instant);
  }
  return instant;
}

/**
 * Start and end instants of tithi 1–30 of a lunation (tithi 30's end is the lunation's end): estimated inside
 * decideWithEstimates, else precise (from the lunation's precise new moon, whichever list it came from).
 */
export function tithiInterval(lunation: Lunation, tithi: number): [EpochMs, EpochMs] {
  if (margin > 0) {
    return [
      estimatedTithiStart(lunation.k, tithi),
      tithi === 30 ? estimatePhase(lunation.k + 1, 0) : estimatedTithiStart(lunation.k, tithi + 1),
    ];
  }
  const lunationStart = newMoonOfLunation(lunation.k);
  const start = tithi === 1 ? lunationStart : tithiStart(lunationStart, tithi);
  const end = tithi === 30 ? newMoonOfLunation(lunation.k + 1) : tithiStart(lunationStart, tithi + 1);
  return [start, end];
}

/**
 * nextSiderealMoonLongitude for a decision: estimated inside decideWithEstimates (off by less than a tithi
 * boundary's error, so it counts as one in the error units), giving up when a crossing is within two units of
 * `from` (either side of it, the searches could find crossings a month apart).
 */
export function decisionSiderealMoonLongitude(degrees: number, from: EpochMs): EpochMs {
  if (margin === 0) return nextSiderealMoonLongitude(degrees, from);
  // The Moon moves at most 15.4°/day: two units of time either side of `from` (more than its errors).
  const nearby = (2 * margin * 15.4) / MS_PER_DAY;
  const ahead = (((degrees - estimateSiderealMoonLongitude(from)) % 360) + 360) % 360;
  if (ahead <= nearby || ahead >= 360 - nearby) throw TOO_CLOSE;
  return estimateSiderealMoonLongitudeInstant(degrees, from);
}

/** nextElongation for a decision: estimated inside decideWithEstimates (its `from` may be an estimate). */
export const decisionElongation = (degrees: number, from: EpochMs): EpochMs =>
  margin > 0 ? estimateElongationInstant(degrees, from) : nextElongation(degrees, from);

/** The civil day of an instant for a decision: gives up on estimates within the margin of a midnight. */
export function decisionCivilDate(instant: EpochMs, place: Place): Fixed {
  const day = civilDateOf(new Date(instant), place.timeZone);
  if (
    margin > 0 &&
    (civilDateOf(new Date(instant - margin), place.timeZone) !== day ||
      civilDateOf(new Date(instant + margin), place.timeZone) !== day)
  ) {
    throw TOO_CLOSE;
  }
  return day;
}

const placeKey = (place: Place): string => `${place.latitude},${place.longitude},${place.timeZone}`;
const sunriseCache = new Map<string, Map<Fixed, EpochMs>>();
const sunsetCache = new Map<string, Map<Fixed, EpochMs>>();

/** One of the two per-place day caches (sunrise and sunset are cached apart: most rules need only sunrise). */
function cached(
  caches: Map<string, Map<Fixed, EpochMs>>,
  day: Fixed,
  place: Place,
  compute: () => EpochMs,
): EpochMs {
  const key = placeKey(place);
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  }
  let instant = cache.get(day);
  if (instant === undefined) {
    instant = compute();
    cache.set(day, instant);
  }
  return instant;
}

/**
 * Sunrise of a civil day at a place. Near the poles, where the Sun may not rise, falls back to 06:00 local time
 * so that every day still has a (nominal) panchanga day.
 */
export function sunriseOf(day: Fixed, place: Place): EpochMs {
  return cached(
    sunriseCache,
    day,
    place,
    () => sunrise(day, place)?.getTime() ?? startOfCivilDay(day, place.timeZone).getTime() + MS_PER_DAY / 4,
  );
}

/** Sunset of a civil day at a place (18:00 local time where the Sun does not set). */
export function sunsetOf(day: Fixed, place: Place): EpochMs {
  return cached(
    sunsetCache,
    day,
    place,
    () =>
      sunset(day, place)?.getTime() ?? startOfCivilDay(day, place.timeZone).getTime() + (3 * MS_PER_DAY) / 4,
  );
}

/** Sunrise and sunset of a civil day at a place (see sunriseOf and sunsetOf). */
export function sunriseSunset(day: Fixed, place: Place): [EpochMs, EpochMs] {
  return [sunriseOf(day, place), sunsetOf(day, place)];
}

// Festival decisions compare tithi boundaries with sunrise, sunset and the kala windows between them. Computing
// them all with astronomy-engine dominated the cold cost, so decideWithEstimates first decides with the fast
// sunrises of fast-sunrise.ts and the fast tithi boundaries of fast-sky.ts; every comparison goes through
// `earlier`, which gives up (TOO_CLOSE) when the two sides are within its margin, and the decision is then made
// again with the precise instants. An estimated sunrise, sunset or kala edge (a convex combination of them) is off
// by at most RISE_SET_ERROR_MS, a tithi boundary by ELONGATION_INSTANT_ERROR_MS (a new moon or a nakshatra boundary
// by less); one unit is the sum of the two. A compared difference made of up to n terms of each kind (n = 1 for a
// sunrise against a tithi boundary, 2 for an overlap of a tithi and a kala, 3 for "lasts a fraction of the
// daytime", 4 for two overlaps) is off by at most n units, and the caller passes that n: a decision that clears
// n units is the one the precise instants make (bench/dump-traditions.ts compares the outputs 1900–2100).
const UNIT_MS = RISE_SET_ERROR_MS + Math.max(ELONGATION_INSTANT_ERROR_MS, MOON_LONGITUDE_INSTANT_ERROR_MS);
let margin = 0;
const TOO_CLOSE = new Error('an estimate is too close to a decision');

/** Runs a decision on estimated instants, or again on precise ones where one is too close to call. */
export function decideWithEstimates<T>(decide: () => T): T {
  if (margin > 0) return decide();
  margin = UNIT_MS;
  try {
    return decide();
  } catch (error) {
    if (error !== TOO_CLOSE) throw error;
  } finally {
    margin = 0;
  }
  return decide();
}

/**
 * a < b for a decision; while deciding on estimates, gives up if they are within `units` error units (the number
 * of estimated terms of each kind in a − b, see above).
 */
export function earlier(a: EpochMs, b: EpochMs, units = 1): boolean {
  if (margin > 0 && Math.abs(a - b) <= units * margin) throw TOO_CLOSE;
  return a < b;
}

/** While deciding on estimates, gives up if two values a margin apart could lie on either side of `a < b`. */
export function earlierBy(a: number, b: number, tolerance: number): boolean {
  if (margin > 0 && Math.abs(a - b) <= tolerance) throw TOO_CLOSE;
  return a < b;
}

/** Gives up deciding on estimates (for checks `earlier` cannot express); only valid inside decideWithEstimates. */
export function giveUp(): never {
  throw TOO_CLOSE;
}

/** The error unit of the decision in progress (one sunrise plus one tithi boundary): 0 on precise instants. */
export const decisionMargin = (): number => margin;

const estimatedRiseCache = new Map<string, Map<Fixed, EpochMs>>();
const estimatedSetCache = new Map<string, Map<Fixed, EpochMs>>();

function estimated(direction: 1 | -1, day: Fixed, place: Place): EpochMs {
  return cached(direction === 1 ? estimatedRiseCache : estimatedSetCache, day, place, () => {
    const estimate = estimateRiseSetInDay(direction, day, place);
    return estimate ?? (direction === 1 ? sunriseOf(day, place) : sunsetOf(day, place));
  });
}

/** Sunrise for a decision: estimated inside decideWithEstimates, else precise (sunriseOf). */
export const decisionSunrise = (day: Fixed, place: Place): EpochMs =>
  margin > 0 ? estimated(1, day, place) : sunriseOf(day, place);

/** Sunset for a decision: estimated inside decideWithEstimates, else precise (sunsetOf). */
export const decisionSunset = (day: Fixed, place: Place): EpochMs =>
  margin > 0 ? estimated(-1, day, place) : sunsetOf(day, place);

const MOON_RETURN_MS = 1.03505 * MS_PER_DAY;

/**
 * The first moonrise of a panchanga day (from its sunrise to the next, at most a day), or undefined if the Moon
 * does not rise in it: estimated inside decideWithEstimates (fast-sunrise.ts; giving up when it is within a unit
 * of either end), else astronomy-engine's. Moonrises are over 24 h apart at the latitudes estimates serve, so
 * the one nearest the sunrise, or the next, is the only candidate.
 */
export function decisionMoonrise(day: Fixed, place: Place): EpochMs | undefined {
  const from = decisionSunrise(day, place);
  const to = Math.min(from + MS_PER_DAY, decisionSunrise(day + 1, place));
  let moonrise: EpochMs | undefined;
  if (margin === 0) {
    moonrise = moonriseAfter(from, place, 1);
  } else {
    const nearest = estimateMoonrise(from, place.latitude, place.longitude) ?? giveUp();
    moonrise = earlier(nearest, from)
      ? (estimateMoonrise(nearest + MOON_RETURN_MS, place.latitude, place.longitude) ?? giveUp())
      : nearest;
  }
  return moonrise !== undefined && earlier(moonrise, to) ? moonrise : undefined;
}

/** A date in the amanta lunisolar calendar. */
export interface HinduLunarDate {
  vikramYear: number;
  month: number;
  leapMonth: boolean;
  /** 1–30, the tithi at sunrise. */
  tithi: number;
  /** The second of two days that begin in the same tithi (vriddhi tithi). */
  leapDay: boolean;
}

/** The lunar date of a civil day at a place: named by the tithi and month in progress at local sunrise. */
export function hinduLunarFromFixed(day: Fixed, place: Place = NEW_DELHI): HinduLunarDate {
  const rise = sunriseOf(day, place);
  const lunation = lunationAt(rise);
  const tithi = tithiAt(rise);
  const previousRise = sunriseOf(day - 1, place);
  const leapDay = previousRise >= lunation.start && tithiAt(previousRise) === tithi;
  return { vikramYear: lunation.vikramYear, month: lunation.month, leapMonth: lunation.leap, tithi, leapDay };
}

/** The civil day a lunar date names at a place; a skipped (kshaya) tithi gives the day on which it runs. */
export function fixedFromHinduLunar(date: HinduLunarDate, place: Place = NEW_DELHI): Fixed {
  const lunation = findLunation(date.vikramYear, date.month, date.leapMonth);
  const [start] = tithiInterval(lunation, date.tithi);
  let day = civilDateOf(new Date(start), place.timeZone);
  if (sunriseOf(day, place) < start) day++;
  return date.leapDay ? day + 1 : day;
}

/** The lunation of a Vikram Samvat year and month (adhika or nija). */
export function findLunation(vikramYear: number, month: number, leap = false): Lunation {
  const gregorianYear = vikramYear - 57;
  const found = [gregorianYear, gregorianYear + 1]
    .flatMap((year) => lunationsAround(year))
    .find((l) => l.vikramYear === vikramYear && l.month === month && l.leap === leap);
  if (!found)
    throw new Error(`no lunation ${month}${leap ? ' (adhika)' : ''} in Vikram Samvat ${vikramYear}`);
  return found;
}

/** "Ashvin Amavasya, Vikram Samvat 2082"; adhika months are marked. */
export function formatHinduLunar(month: number, leap: boolean, tithi: number, vikramYear: number): string {
  return `${leap ? 'Adhika ' : ''}${LUNAR_MONTHS[month - 1]} ${tithiName(tithi)}, Vikram Samvat ${vikramYear}`;
}

/** The instant the Sun enters sidereal sign 0–11 for the first time in a Gregorian year (UTC). */
export function sankrantiInYear(sign: number, gregorianYear: number): EpochMs {
  return nextSiderealSunLongitude(sign * 30, Date.UTC(gregorianYear, 0, 1));
}

/**
 * Parts of a day that festival rules look at (Dharmasindhu / Nirnayasindhu as drikpanchang.com applies them):
 * the daytime from sunrise to sunset in five equal parts (pratah, sangava, madhyahna, aparahna, sayahna),
 * purvahna = its first half, pradosh = the first three of the night's fifteen muhurtas after sunset, nishita =
 * the eighth night muhurta (around local midnight).
 */
export type Kala = 'purvahna' | 'madhyahna' | 'aparahna' | 'pradosh' | 'nishita';

/** The window [start, end) of a kala on a civil day at a place (from estimates inside decideWithEstimates). */
export function kalaWindow(day: Fixed, kala: Kala, place: Place): [EpochMs, EpochMs] {
  const [rise, set] = [decisionSunrise(day, place), decisionSunset(day, place)];
  const daytime = set - rise;
  switch (kala) {
    case 'purvahna':
      return [rise, rise + daytime / 2];
    case 'madhyahna':
      return [rise + (2 * daytime) / 5, rise + (3 * daytime) / 5];
    case 'aparahna':
      return [rise + (3 * daytime) / 5, rise + (4 * daytime) / 5];
    case 'pradosh':
    case 'nishita': {
      const muhurta = (decisionSunrise(day + 1, place) - set) / 15;
      return kala === 'pradosh' ? [set, set + 3 * muhurta] : [set + 7 * muhurta, set + 8 * muhurta];
    }
  }
}

/** The first civil day whose sunrise falls in [start, end); for a tithi no sunrise sees (kshaya), its day. */
export function udayaDay(start: EpochMs, end: EpochMs, place: Place): Fixed {
  let day = decisionCivilDate(start, place);
  if (earlier(decisionSunrise(day, place), start)) day++;
  return earlier(decisionSunrise(day, place), end) ? day : day - 1;
}

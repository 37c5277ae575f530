import { civilDateOf } from '../../astronomy/civil-date.js';
import { ELONGATION_INSTANT_ERROR_MS, estimateElongationInstant } from '../../astronomy/fast-sky.js';
import { estimateMoonrise, MOONRISE_ERROR_MS, RISE_SET_ERROR_MS } from '../../astronomy/fast-sunrise.js';
import {
  estimateSiderealMoonLongitude,
  estimateSiderealMoonLongitudeInstant,
  MOON_LONGITUDE_INSTANT_ERROR_MS,
  moonriseAfter,
  nakshatraAt,
  nextElongation,
  nextSiderealMoonLongitude,
} from '../../astronomy/sidereal.js';
import { type EpochMs, type Fixed, MS_PER_DAY } from '../../time/day.js';
import type { Place } from '../../types.js';
import type { Lunation } from './lunations.js';
import { estimatedSunriseOf, estimatedSunsetOf, sunriseOf, sunsetOf } from './sun-times.js';
import { estimatedTithiInterval, preciseTithiInterval } from './tithis.js';

// Festival decisions compare tithi boundaries with sunrise, sunset and the kala windows between them. Computing
// them all with astronomy-engine dominated the cold cost, so a decision is written once against a DecisionSky and
// a DecisionStrategy chooses which sky it runs on. ESTIMATE_THEN_VERIFY runs it on the estimates of
// fast-sunrise.ts and fast-sky.ts, whose comparisons note a doubt when their two sides are within the error bound,
// and runs it again on astronomy-engine's instants (PRECISE_ONLY's sky) when one did.
//
// The error unit: an estimated sunrise, sunset or kala edge (a convex combination of them) is off by at most
// RISE_SET_ERROR_MS, a tithi boundary by ELONGATION_INSTANT_ERROR_MS, a nakshatra boundary by
// MOON_LONGITUDE_INSTANT_ERROR_MS (a new moon by less); one unit is a sunrise's bound plus the larger of the
// others. A compared difference made of up to n terms of each kind (n = 1 for a sunrise against a tithi boundary,
// 2 for an overlap of a tithi and a kala, 3 for "lasts a fraction of the daytime", 4 for two overlaps) is off by
// at most n units, and the caller passes that n: a decision that clears n units is the one the precise instants
// make (rules/hindu-decisions.test.ts and bench/dump-traditions.ts compare the two strategies).
export const ERROR_UNIT_MS =
  RISE_SET_ERROR_MS + Math.max(ELONGATION_INSTANT_ERROR_MS, MOON_LONGITUDE_INSTANT_ERROR_MS);

/** A moonrise estimate against a tithi boundary is off by less than two units (MOONRISE_ERROR_MS > a sunrise's). */
export const MOONRISE_UNITS = Math.ceil((MOONRISE_ERROR_MS + ELONGATION_INSTANT_ERROR_MS) / ERROR_UNIT_MS);

/** The Moon's greatest motion in sidereal longitude, degrees a day (at perigee; the mean is 13.18). */
const MOON_MAX_DEG_PER_DAY = 15.4;
/** The mean interval between moonrises (the Moon gains 12.2° a day on the Sun): 24 h 50 min. */
const MOON_RETURN_MS = 1.03505 * MS_PER_DAY;

/** The instants a festival decision reads and the comparisons it makes between them. */
export interface DecisionSky {
  /** The error unit of the instants (ERROR_UNIT_MS on estimates, 0 on precise instants). */
  readonly unit: number;
  /** a < b; on estimates, doubtful when they are within `units` error units (the estimated terms in a − b). */
  earlier(a: number, b: number, units?: number): boolean;
  /** a < b for values that are not instants, doubtful when within `tolerance` of each other on estimates. */
  earlierBy(a: number, b: number, tolerance: number): boolean;
  /** The civil day of an instant; on estimates, doubtful within a unit of a midnight. */
  civilDate(instant: EpochMs, place: Place): Fixed;
  sunrise(day: Fixed, place: Place): EpochMs;
  sunset(day: Fixed, place: Place): EpochMs;
  /**
   * The first moonrise of a panchanga day (from its sunrise to the next, at most a day), or undefined if the Moon
   * does not rise in it.
   */
  moonrise(day: Fixed, place: Place): EpochMs | undefined;
  /** Start and end of tithi 1–30 of a lunation, read by its number (tithi 30's end is the lunation's end). */
  tithiInterval(lunation: Lunation, tithi: number): [EpochMs, EpochMs];
  /** The next instant after `from` the Moon is `degrees` ahead of the Sun (`from` may be an estimate). */
  elongation(degrees: number, from: EpochMs): EpochMs;
  /** The next instant after `from` the Moon reaches a sidereal longitude. */
  siderealMoonLongitude(degrees: number, from: EpochMs): EpochMs;
  /** The nakshatra 1–27 at an instant read from this sky (within a unit of the true one, if estimated). */
  nakshatraAt(instant: EpochMs): number;
}

/** astronomy-engine's instants: every comparison is exact. */
const PRECISE_SKY: DecisionSky = {
  unit: 0,
  earlier: (a, b) => a < b,
  earlierBy: (a, b) => a < b,
  civilDate: (instant, place) => civilDateOf(new Date(instant), place.timeZone),
  sunrise: sunriseOf,
  sunset: sunsetOf,
  moonrise(day, place) {
    const from = sunriseOf(day, place);
    const to = Math.min(from + MS_PER_DAY, sunriseOf(day + 1, place));
    const moonrise = moonriseAfter(from, place, 1);
    return moonrise !== undefined && moonrise < to ? moonrise : undefined;
  },
  tithiInterval: preciseTithiInterval,
  elongation: nextElongation,
  siderealMoonLongitude: nextSiderealMoonLongitude,
  nakshatraAt,
};

/** The Meeus estimates; a comparison within their error bound marks the decision as doubtful. */
class EstimatedSky implements DecisionSky {
  readonly unit = ERROR_UNIT_MS;
  /** A comparison could have gone the other way on precise instants: the decision must be made on them. */
  doubtful = false;

  earlier(a: number, b: number, units = 1): boolean {
    return this.earlierBy(a, b, units * this.unit);
  }

  earlierBy(a: number, b: number, tolerance: number): boolean {
    if (Math.abs(a - b) <= tolerance) this.doubtful = true;
    return a < b;
  }

  civilDate(instant: EpochMs, place: Place): Fixed {
    const dayOf = (at: EpochMs) => civilDateOf(new Date(at), place.timeZone);
    const day = dayOf(instant);
    if (dayOf(instant - this.unit) !== day || dayOf(instant + this.unit) !== day) this.doubtful = true;
    return day;
  }

  sunrise = estimatedSunriseOf;
  sunset = estimatedSunsetOf;

  // Moonrises are over 24 h apart at the latitudes estimates serve, so the one nearest the sunrise, or the next,
  // is the only candidate.
  moonrise(day: Fixed, place: Place): EpochMs | undefined {
    const from = this.sunrise(day, place);
    const to = Math.min(from + MS_PER_DAY, this.sunrise(day + 1, place));
    const near = (guess: EpochMs) => estimateMoonrise(guess, place.latitude, place.longitude);
    const nearest = near(from);
    const moonrise =
      nearest !== undefined && this.earlier(nearest, from) ? near(nearest + MOON_RETURN_MS) : nearest;
    if (moonrise === undefined) {
      this.doubtful = true;
      return undefined;
    }
    return this.earlier(moonrise, to) ? moonrise : undefined;
  }

  tithiInterval = estimatedTithiInterval;
  elongation = estimateElongationInstant;

  // Off by less than a tithi boundary's error, so it counts as one in the error units. A crossing within two units
  // of `from` (either side) is doubtful: the two searches could then find crossings a month apart.
  siderealMoonLongitude(degrees: number, from: EpochMs): EpochMs {
    const nearby = (2 * this.unit * MOON_MAX_DEG_PER_DAY) / MS_PER_DAY;
    const ahead = (((degrees - estimateSiderealMoonLongitude(from)) % 360) + 360) % 360;
    if (ahead <= nearby || ahead >= 360 - nearby) this.doubtful = true;
    return estimateSiderealMoonLongitudeInstant(degrees, from);
  }

  // The instant is off by up to a unit, and the Meeus Moon crosses a nakshatra's edges within
  // MOON_LONGITUDE_INSTANT_ERROR_MS of astronomy-engine's: the nakshatra must hold across both.
  nakshatraAt(instant: EpochMs): number {
    const reach = this.unit + MOON_LONGITUDE_INSTANT_ERROR_MS;
    const nakshatra = (at: EpochMs) => Math.floor(estimateSiderealMoonLongitude(at) / (360 / 27)) + 1;
    const early = nakshatra(instant - reach);
    if (early !== nakshatra(instant + reach)) this.doubtful = true;
    return early;
  }
}

/** How a festival decision chooses its instants. */
export interface DecisionStrategy {
  decide<T>(decision: (sky: DecisionSky) => T): T;
}

/**
 * On estimates, and again on astronomy-engine's instants when an estimated comparison was too close to call;
 * `onVerify` hears of each decision made again (tests measure how often the estimates suffice).
 */
export const estimateThenVerify = (onVerify?: () => void): DecisionStrategy => ({
  decide(decision) {
    const estimated = new EstimatedSky();
    const result = decision(estimated);
    if (!estimated.doubtful) return result;
    onVerify?.();
    return decision(PRECISE_SKY);
  },
});

/** What every rule's observancesIn uses. */
export const ESTIMATE_THEN_VERIFY: DecisionStrategy = estimateThenVerify();

/** On astronomy-engine's instants only: the reference ESTIMATE_THEN_VERIFY is tested against. */
export const PRECISE_ONLY: DecisionStrategy = {
  decide: (decision) => decision(PRECISE_SKY),
};

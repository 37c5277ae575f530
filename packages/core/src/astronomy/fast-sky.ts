import { type EpochMs, MS_PER_DAY, MS_PER_HOUR } from '../time/day.js';
import { normalizeDegrees, RAD, secantCrossing, signedDegrees } from './angles.js';
import { deltaTMs } from './fast-moon.js';
import { estimateSunLongitude } from './fast-sun.js';

/**
 * Low-precision apparent positions of the Sun and the Moon for screening decisions (e.g. crescent visibility):
 * the Moon by the largest terms of J. Meeus, Astronomical Algorithms (2nd ed. 1998), ch. 47 (ELP-2000/82
 * truncated: every longitude and distance term above 0.002°/2 km, latitude above 0.001°), the Sun by ch. 25.
 * The measured gap to astronomy-engine over 1897–2103 is in fast-sky.test.ts; callers keep a margin several times
 * larger and ask astronomy-engine whenever a decision falls inside it.
 */
export interface Sky {
  sunRa: number;
  sunDec: number;
  moonRa: number;
  moonDec: number;
  moonDistanceAu: number;
  /** Greenwich apparent sidereal time, radians. */
  gast: number;
  /** Geocentric Sun–Moon angle, degrees. */
  elongation: number;
}

const J2000_MS = Date.UTC(2000, 0, 1, 12);
const KM_PER_AU = 149_597_870.7;

/** [D, M, M′, F multipliers, longitude (1e-6°), distance (1e-3 km)] of Meeus table 47.A. */
const LONGITUDE_DISTANCE: readonly (readonly [number, number, number, number, number, number])[] = [
  [0, 0, 1, 0, 6288774, -20905355],
  [2, 0, -1, 0, 1274027, -3699111],
  [2, 0, 0, 0, 658314, -2955968],
  [0, 0, 2, 0, 213618, -569925],
  [0, 1, 0, 0, -185116, 48888],
  [0, 0, 0, 2, -114332, -3149],
  [2, 0, -2, 0, 58793, 246158],
  [2, -1, -1, 0, 57066, -152138],
  [2, 0, 1, 0, 53322, -170733],
  [2, -1, 0, 0, 45758, -204586],
  [0, 1, -1, 0, -40923, -129620],
  [1, 0, 0, 0, -34720, 108743],
  [0, 1, 1, 0, -30383, 104755],
  [2, 0, 0, -2, 15327, 10321],
  [0, 0, 1, 2, -12528, 0],
  [0, 0, 1, -2, 10980, 79661],
  [4, 0, -1, 0, 10675, -34782],
  [0, 0, 3, 0, 10034, -23210],
  [4, 0, -2, 0, 8548, -21636],
  [2, 1, -1, 0, -7888, 24208],
  [2, 1, 0, 0, -6766, 30824],
  [1, 0, -1, 0, -5163, -8379],
  [1, 1, 0, 0, 4987, -16675],
  [2, -1, 1, 0, 4036, -12831],
  [2, 0, 2, 0, 3994, -10445],
  [4, 0, 0, 0, 3861, -11650],
  [2, 0, -3, 0, 3665, 14403],
  [0, 1, -2, 0, -2689, -7003],
  [2, 0, -1, 2, -2602, 0],
  [2, -1, -2, 0, 2390, 10056],
  [1, 0, 1, 0, -2348, 6322],
  [2, -2, 0, 0, 2236, -9884],
  [0, 1, 2, 0, -2120, 5751],
  [0, 2, 0, 0, -2069, 0],
  [2, -2, -1, 0, 2048, -4950],
  [2, 0, 1, -2, -1773, 4130],
  [2, 0, 0, 2, -1595, 0],
  [4, -1, -1, 0, 1215, -3958],
  [0, 0, 2, 2, -1110, 0],
  [3, 0, -1, 0, -892, 3258],
  [2, 1, 1, 0, -810, 2616],
  [4, -1, -2, 0, 759, -1897],
  [0, 2, -1, 0, -713, -2117],
  [2, 2, -1, 0, -700, 2354],
  [2, 1, -2, 0, 691, 0],
  [2, -1, 0, -2, 596, 0],
  [4, 0, 1, 0, 549, -1423],
  [0, 0, 4, 0, 537, -1117],
  [4, -1, 0, 0, 520, -1571],
  [1, 0, -2, 0, -487, -1739],
  [2, 1, 0, -2, -399, 0],
  [0, 0, 2, -2, -381, -4421],
];

/** [D, M, M′, F multipliers, latitude (1e-6°)] of Meeus table 47.B. */
const LATITUDE: readonly (readonly [number, number, number, number, number])[] = [
  [0, 0, 0, 1, 5128122],
  [0, 0, 1, 1, 280602],
  [0, 0, 1, -1, 277693],
  [2, 0, 0, -1, 173237],
  [2, 0, -1, 1, 55413],
  [2, 0, -1, -1, 46271],
  [2, 0, 0, 1, 32573],
  [0, 0, 2, 1, 17198],
  [2, 0, 1, -1, 9266],
  [0, 0, 2, -1, 8822],
  [2, -1, 0, -1, 8216],
  [2, 0, -2, -1, 4324],
  [2, 0, 1, 1, 4200],
  [2, 1, 0, -1, -3359],
  [2, -1, -1, 1, 2463],
  [2, -1, 0, 1, 2211],
  [2, -1, -1, -1, 2065],
  [0, 1, -1, -1, -1870],
  [4, 0, -1, -1, 1828],
  [0, 1, 0, 1, -1794],
  [0, 0, 0, 3, -1749],
  [0, 1, -1, 1, -1565],
  [1, 0, 0, 1, -1491],
  [0, 1, 1, 1, -1475],
  [0, 1, 1, -1, -1410],
  [0, 1, 0, -1, -1344],
  [1, 0, 0, -1, -1335],
  [0, 0, 3, 1, 1107],
];

/**
 * The Moon's apparent ecliptic longitude and latitude (degrees, equinox of date) and distance (km); with
 * `longitudeOnly` the latitude and distance series are skipped (NaN): tithi and nakshatra searches need only the
 * longitude, which is the same either way.
 */
export function moonEcliptic(
  t: number,
  longitudeOnly = false,
): { longitude: number; latitude: number; distanceKm: number } {
  const t2 = t * t;
  const t3 = t2 * t;
  const lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t2 + t3 / 538841;
  const d = (297.8501921 + 445267.1114034 * t - 0.0018819 * t2 + t3 / 545868) * RAD;
  const m = (357.5291092 + 35999.0502909 * t - 0.0001536 * t2) * RAD;
  const mp = (134.9633964 + 477198.8675055 * t + 0.0087414 * t2 + t3 / 69699) * RAD;
  const f = (93.272095 + 483202.0175233 * t - 0.0036539 * t2 - t3 / 3526000) * RAD;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const a1 = (119.75 + 131.849 * t) * RAD;
  const a2 = (53.09 + 479264.29 * t) * RAD;
  const a3 = (313.45 + 481266.484 * t) * RAD;
  const eccentricity = (multiplier: number) =>
    multiplier === 0 ? 1 : Math.abs(multiplier) === 1 ? e : e * e;
  let sumL = 3958 * Math.sin(a1) + 1962 * Math.sin(lp * RAD - f) + 318 * Math.sin(a2);
  let sumR = 0;
  // Indexed, not destructured: the first year a process asks for runs interpreted, where that matters.
  for (let i = 0; i < LONGITUDE_DISTANCE.length; i++) {
    const row = LONGITUDE_DISTANCE[i]!;
    const argument = row[0] * d + row[1] * m + row[2] * mp + row[3] * f;
    const factor = eccentricity(row[1]);
    sumL += row[4] * factor * Math.sin(argument);
    if (!longitudeOnly) sumR += row[5] * factor * Math.cos(argument);
  }
  const nutation = -0.00478 * Math.sin((125.04 - 1934.136 * t) * RAD);
  const longitude = lp + sumL / 1e6 + nutation;
  if (longitudeOnly) return { longitude, latitude: Number.NaN, distanceKm: Number.NaN };
  let sumB =
    -2235 * Math.sin(lp * RAD) +
    382 * Math.sin(a3) +
    175 * Math.sin(a1 - f) +
    175 * Math.sin(a1 + f) +
    127 * Math.sin(lp * RAD - mp) -
    115 * Math.sin(lp * RAD + mp);
  for (let i = 0; i < LATITUDE.length; i++) {
    const row = LATITUDE[i]!;
    sumB += row[4] * eccentricity(row[1]) * Math.sin(row[0] * d + row[1] * m + row[2] * mp + row[3] * f);
  }
  return {
    longitude,
    latitude: sumB / 1e6,
    distanceKm: 385000.56 + sumR / 1000,
  };
}

function equatorial(longitude: number, latitude: number, obliquity: number): { ra: number; dec: number } {
  const l = longitude * RAD;
  const b = latitude * RAD;
  return {
    ra: Math.atan2(Math.sin(l) * Math.cos(obliquity) - Math.tan(b) * Math.sin(obliquity), Math.cos(l)),
    dec: Math.asin(Math.sin(b) * Math.cos(obliquity) + Math.cos(b) * Math.sin(obliquity) * Math.sin(l)),
  };
}

const centuries = (instant: EpochMs): number =>
  (instant + deltaTMs(instant) - J2000_MS) / MS_PER_DAY / 36_525;
const obliquityAt = (t: number): number =>
  (23.4392911 - 0.0130042 * t + 0.00256 * Math.cos((125.04 - 1934.136 * t) * RAD)) * RAD;

/**
 * Greenwich apparent sidereal time in radians, as astronomy-engine reckons it (Earth rotation angle plus the
 * IERS 2000 polynomial), with the equation of the equinoxes from the four largest nutation terms (within 0.1″).
 */
function apparentSiderealTime(instant: EpochMs, t: number, obliquity: number): number {
  const ut = (instant - J2000_MS) / MS_PER_DAY;
  const era = 360 * ((0.779057273264 + 0.00273781191135448 * ut + (ut % 1)) % 1);
  const polynomial =
    ((((-0.0000000368 * t - 0.000029956) * t - 0.00000044) * t + 1.3915817) * t + 4612.156534) * t;
  const nutation = nutationInLongitudeArcsec(t);
  return (era + (0.014506 + polynomial + nutation * Math.cos(obliquity)) / 3600) * RAD;
}

/** Nutation in longitude (IAU 1980, its four largest terms: within 0.5″), arcseconds, `t` in Julian centuries. */
export function nutationInLongitudeArcsec(t: number): number {
  const omega = (125.04452 - 1934.136261 * t) * RAD;
  const sunMean = (280.4665 + 36000.7698 * t) * RAD;
  const moonMean = (218.3165 + 481267.8813 * t) * RAD;
  return (
    -17.2 * Math.sin(omega) -
    1.32 * Math.sin(2 * sunMean) -
    0.23 * Math.sin(2 * moonMean) +
    0.21 * Math.sin(2 * omega)
  );
}

/** The Sun's apparent right ascension and declination (radians) and Greenwich apparent sidereal time. */
export function fastSunAt(instant: EpochMs): Pick<Sky, 'sunRa' | 'sunDec' | 'gast'> {
  const t = centuries(instant);
  const obliquity = obliquityAt(t);
  const sun = equatorial(estimateSunLongitude(instant), 0, obliquity);
  return { sunRa: sun.ra, sunDec: sun.dec, gast: apparentSiderealTime(instant, t, obliquity) };
}

type MoonEcliptic = ReturnType<typeof moonEcliptic>;

function skyFrom(instant: EpochMs, t: number, moon: MoonEcliptic): Sky {
  const obliquity = obliquityAt(t);
  const sunLongitude = estimateSunLongitude(instant);
  const sun = equatorial(sunLongitude, 0, obliquity);
  const moonEq = equatorial(moon.longitude, moon.latitude, obliquity);
  const cosine = Math.cos(moon.latitude * RAD) * Math.cos((moon.longitude - sunLongitude) * RAD);
  return {
    sunRa: sun.ra,
    sunDec: sun.dec,
    moonRa: moonEq.ra,
    moonDec: moonEq.dec,
    moonDistanceAu: moon.distanceKm / KM_PER_AU,
    gast: apparentSiderealTime(instant, t, obliquity),
    elongation: Math.acos(Math.min(1, cosine)) / RAD,
  };
}

export function fastSkyAt(instant: EpochMs): Sky {
  const t = centuries(instant);
  return skyFrom(instant, t, moonEcliptic(t));
}

/** The longest span fastSkyBetween interpolates over; longer ones evaluate the Moon at every instant. */
export const MAX_INTERPOLATION_SPAN_MS = 16 * MS_PER_HOUR;

/**
 * Skies for many instants within [from, to] (a span of hours): the Sun at each instant, the Moon interpolated
 * through three evaluations (quadratic). Over up to 16 hours the interpolated Moon stays within 0.001° of the
 * directly evaluated one (fast-sky.test.ts), far inside the screening margins.
 */
export function fastSkyBetween(from: EpochMs, to: EpochMs): (instant: EpochMs) => Sky {
  if (to - from > MAX_INTERPOLATION_SPAN_MS) return fastSkyAt;
  const middle = (from + to) / 2;
  const half = Math.max((to - from) / 2, 1);
  const [a, b, c] = [from, middle, to].map((instant) => moonEcliptic(centuries(instant))) as [
    MoonEcliptic,
    MoonEcliptic,
    MoonEcliptic,
  ];
  // Longitudes unwrapped around the middle one so that 359° → 1° interpolates through 0°.
  const unwrap = (longitude: number) => b.longitude + signedDegrees(longitude - b.longitude);
  const quadratic = (y0: number, y1: number, y2: number, x: number) =>
    y1 + ((y2 - y0) / 2) * x + ((y2 - 2 * y1 + y0) / 2) * x * x;
  return (instant) => {
    const x = (instant - middle) / half;
    const moon = {
      longitude: quadratic(unwrap(a.longitude), b.longitude, unwrap(c.longitude), x),
      latitude: quadratic(a.latitude, b.latitude, c.latitude, x),
      distanceKm: quadratic(a.distanceKm, b.distanceKm, c.distanceKm, x),
    };
    return skyFrom(instant, centuries(instant), moon);
  };
}

/** The Moon's apparent ecliptic longitude of date (Meeus, above), degrees, not normalized. */
export const estimateMoonLongitude = (instant: EpochMs): number =>
  moonEcliptic(centuries(instant), true).longitude;

/**
 * Moon − Sun in apparent ecliptic longitude, 0–360° (what astronomy-engine's MoonPhase gives), from the Meeus
 * Moon above and the Meeus Sun of fast-sun.ts.
 */
export function estimateElongation(instant: EpochMs): number {
  const moon = moonEcliptic(centuries(instant), true).longitude;
  const difference = (moon - estimateSunLongitude(instant)) % 360;
  return difference < 0 ? difference + 360 : difference;
}

const MEAN_ELONGATION_PER_MS = 12.190749 / MS_PER_DAY;

/** Bound on the gap between estimateElongationInstant and the precise instant (measured: 105 s). */
export const ELONGATION_INSTANT_ERROR_MS = 3 * 60_000;

/**
 * The estimated instant Moon − Sun next reaches `degrees` after `from` (a multiple of 12° starts a tithi): secant
 * steps on estimateElongation from a mean-motion guess, to within 10 s. Its gap to astronomy-engine is within
 * ELONGATION_INSTANT_ERROR_MS (hindu-fast-path.test.ts measures it over 1897–2103).
 */
export function estimateElongationInstant(degrees: number, from: EpochMs): EpochMs {
  const ahead = normalizeDegrees(degrees - estimateElongation(from));
  return estimateElongationNear(degrees, from + ahead / MEAN_ELONGATION_PER_MS);
}

/** The estimated instant Moon − Sun reaches `degrees` nearest to `guess` (which must be within about a week). */
export function estimateElongationNear(degrees: number, guess: EpochMs): EpochMs {
  const offset = (at: EpochMs) => signedDegrees(estimateElongation(at) - degrees);
  return secantCrossing(offset, guess, MEAN_ELONGATION_PER_MS).instant;
}

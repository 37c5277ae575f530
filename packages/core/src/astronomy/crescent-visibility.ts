import {
  AngleFromSun,
  Body,
  Equator,
  EquatorFromVector,
  GeoVector,
  Horizon,
  MakeTime,
  Observer,
  RotateVector,
  Rotation_EQJ_EQD,
  SearchRiseSet,
} from 'astronomy-engine';
import type { CrescentCriterion, Place } from '../types.js';

/**
 * The geometry of the young crescent at a place, and three published tests of whether it can be seen.
 *
 * - Yallop 1997 (B. D. Yallop, "A Method for Predicting the First Sighting of the New Crescent Moon", NAO Technical
 *   Note 69, HM Nautical Almanac Office): at the best time Tb = sunset + 4/9 of the lag (moonset − sunset),
 *   q = (ARCV − (11.8371 − 6.3226 W′ + 0.7319 W′² − 0.1018 W′³)) / 10, with ARCV the geocentric, airless difference
 *   in altitude of Moon and Sun, ARCL their geocentric elongation and W′ = SD′ (1 − cos ARCL) the topocentric
 *   crescent width in arc minutes (SD′ the Moon's topocentric semi-diameter). Classes A (easily visible) q > +0.216,
 *   B (perfect conditions) > −0.014, C (may need optical aid) > −0.160, D (optical aid only) > −0.232,
 *   E (not visible with a telescope) > −0.293, F below.
 * - Odeh 2006 (M. Sh. Odeh, "New Criterion for Lunar Crescent Visibility", Experimental Astronomy 18, 39–64): at
 *   the same best time, V = ARCV − (−0.1018 W³ + 0.7319 W² − 6.3226 W + 7.1651) with topocentric, airless ARCV and
 *   W = SD′ (1 − cos ARCL) from the topocentric elongation. Zones A (naked eye) V ≥ 5.65, B (optical aid, may be seen
 *   by eye) V ≥ 2, C (optical aid only) V ≥ −0.96, D (not visible) below; and nothing below the Danjon limit
 *   (ARCL < 6.4°).
 * - MABIMS 2021 (Ministers of Religious Affairs of Brunei, Indonesia, Malaysia and Singapore; applied from 2022): at
 *   sunset the Moon is at least 3° high and at least 6.4° from the Sun. We take the topocentric, airless altitude of
 *   the Moon's upper limb and the geocentric elongation: those reproduce the ranges the Indonesian Ministry of
 *   Religious Affairs publishes at each isbat (crescent-visibility.test.ts).
 * - MABIMS 1992 ("2-3-8", in use until 2021): at sunset the Moon at least 2° high, and at least 3° from the Sun or
 *   at least 8 hours after the conjunction; read like MABIMS 2021.
 *
 * Every test also requires the Moon to set after the Sun. Positions are astronomy-engine's (apparent, of date);
 * sunset and moonset are its SearchRiseSet (upper limb, standard refraction, sea level).
 */

const RAD = Math.PI / 180;
const MOON_RADIUS_KM = 1737.4;
const KM_PER_AU = 149_597_870.7;
const MINUTE_MS = 60_000;

/** What the criteria read, in degrees (W in arc minutes, lag in minutes), at sunset and at the best time. */
export interface CrescentGeometry {
  sunset: Date;
  /** Moonset − sunset in minutes (negative: the Moon sets first). */
  lag: number;
  /** sunset + 4/9 lag: Yallop's and Odeh's moment of best visibility. */
  bestTime: Date;
  /** At sunset: the topocentric airless altitude of the Moon's upper limb, and the geocentric elongation (MABIMS). */
  sunsetMoonAltitude: number;
  sunsetElongation: number;
  /** At the best time: */
  arclGeocentric: number;
  arclTopocentric: number;
  arcvGeocentric: number;
  arcvTopocentric: number;
  /** Sun azimuth − Moon azimuth. */
  daz: number;
  /** Topocentric crescent width from the geocentric (Yallop) and topocentric (Odeh) elongation, arc minutes. */
  widthYallop: number;
  widthOdeh: number;
}

interface Position {
  altitude: number;
  azimuth: number;
  ra: number;
  dec: number;
}

function horizontal(time: Date, observer: Observer, ra: number, dec: number): Position {
  const { altitude, azimuth } = Horizon(time, observer, ra, dec);
  return { altitude, azimuth, ra, dec };
}

/** Topocentric (parallax included) airless position and distance in AU. */
function topocentric(body: Body, time: Date, observer: Observer): Position & { dist: number } {
  const eq = Equator(body, time, observer, true, true);
  return { ...horizontal(time, observer, eq.ra, eq.dec), dist: eq.dist };
}

/** Geocentric airless position, as if seen from the Earth's centre but on the observer's horizon. */
function geocentric(body: Body, time: Date, observer: Observer): Position {
  const vector = RotateVector(Rotation_EQJ_EQD(MakeTime(time)), GeoVector(body, time, true));
  const eq = EquatorFromVector(vector);
  return horizontal(time, observer, eq.ra, eq.dec);
}

/** Angle between two directions given by altitude and azimuth, degrees. */
function separation(a: Position, b: Position): number {
  const cosine =
    Math.sin(a.altitude * RAD) * Math.sin(b.altitude * RAD) +
    Math.cos(a.altitude * RAD) * Math.cos(b.altitude * RAD) * Math.cos((a.azimuth - b.azimuth) * RAD);
  return Math.acos(Math.max(-1, Math.min(1, cosine))) / RAD;
}

/** Crescent width in arc minutes from the topocentric semi-diameter and an elongation. */
const crescentWidth = (semiDiameterArcmin: number, elongation: number): number =>
  semiDiameterArcmin * (1 - Math.cos(elongation * RAD));

const observerAt = (place: Place): Observer => new Observer(place.latitude, place.longitude, 0);

/**
 * The crescent's geometry on the evening after the sunset following `after` at a place, or undefined where the
 * Sun or the Moon does not set within the next day (polar regions).
 */
export function crescentGeometry(after: Date, place: Place): CrescentGeometry | undefined {
  const observer = observerAt(place);
  const sunsetEvent = SearchRiseSet(Body.Sun, observer, -1, MakeTime(after), 1);
  if (!sunsetEvent) return undefined;
  const sunset = sunsetEvent.date;
  // The moonset nearest the sunset: searching from 12 hours before finds the one that precedes it if the Moon
  // already set, else the one after.
  const moonsetEvent = SearchRiseSet(
    Body.Moon,
    observer,
    -1,
    MakeTime(new Date(sunset.getTime() - 12 * 60 * MINUTE_MS)),
    1.5,
  );
  if (!moonsetEvent) return undefined;
  const lag = (moonsetEvent.date.getTime() - sunset.getTime()) / MINUTE_MS;
  const bestTime = new Date(sunset.getTime() + (4 / 9) * Math.max(lag, 0) * MINUTE_MS);

  const moonAtSunset = topocentric(Body.Moon, sunset, observer);
  const semiDiameterAtSunset = Math.asin(MOON_RADIUS_KM / (moonAtSunset.dist * KM_PER_AU)) / RAD;
  const sunTopo = topocentric(Body.Sun, bestTime, observer);
  const moonTopo = topocentric(Body.Moon, bestTime, observer);
  const sunGeo = geocentric(Body.Sun, bestTime, observer);
  const moonGeo = geocentric(Body.Moon, bestTime, observer);
  const semiDiameter = (Math.asin(MOON_RADIUS_KM / (moonTopo.dist * KM_PER_AU)) / RAD) * 60;
  const arclGeocentric = AngleFromSun(Body.Moon, bestTime);
  const arclTopocentric = separation(sunTopo, moonTopo);
  return {
    sunset,
    lag,
    bestTime,
    sunsetMoonAltitude: moonAtSunset.altitude + semiDiameterAtSunset,
    sunsetElongation: AngleFromSun(Body.Moon, sunset),
    arclGeocentric,
    arclTopocentric,
    arcvGeocentric: moonGeo.altitude - sunGeo.altitude,
    arcvTopocentric: moonTopo.altitude - sunTopo.altitude,
    daz: ((sunTopo.azimuth - moonTopo.azimuth + 540) % 360) - 180,
    widthYallop: crescentWidth(semiDiameter, arclGeocentric),
    widthOdeh: crescentWidth(semiDiameter, arclTopocentric),
  };
}

/** Yallop's q from ARCV (degrees) and W′ (arc minutes). */
export function yallopQ(arcv: number, width: number): number {
  return (arcv - (11.8371 - 6.3226 * width + 0.7319 * width ** 2 - 0.1018 * width ** 3)) / 10;
}

export type YallopClass = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export function yallopClass(q: number): YallopClass {
  if (q > 0.216) return 'A';
  if (q > -0.014) return 'B';
  if (q > -0.16) return 'C';
  if (q > -0.232) return 'D';
  if (q > -0.293) return 'E';
  return 'F';
}

/** Odeh's V from topocentric ARCV (degrees) and W (arc minutes). */
export function odehV(arcv: number, width: number): number {
  return arcv - (-0.1018 * width ** 3 + 0.7319 * width ** 2 - 6.3226 * width + 7.1651);
}

export type OdehZone = 'A' | 'B' | 'C' | 'D';

export function odehZone(v: number, arcl: number): OdehZone {
  if (arcl < 6.4) return 'D';
  if (v >= 5.65) return 'A';
  if (v >= 2) return 'B';
  if (v >= -0.96) return 'C';
  return 'D';
}

export const MABIMS_MIN_ALTITUDE = 3;
export const MABIMS_MIN_ELONGATION = 6.4;

/**
 * The MABIMS limits before 2021 ("2-3-8", agreed 1992): at sunset the Moon at least 2° high, and at least 3° from
 * the Sun or at least 8 hours old. Read with the same altitude and elongation as MABIMS 2021.
 */
export const MABIMS_1992_MIN_ALTITUDE = 2;
export const MABIMS_1992_MIN_ELONGATION = 3;
export const MABIMS_1992_MIN_AGE_HOURS = 8;

/** The named tests a month start can be decided by: the crescent criteria and MABIMS' limits (2021 and 1992). */
export type VisibilityCriterion = CrescentCriterion | 'mabims' | 'mabims-1992';

/**
 * Whether the crescent counts as seen under a criterion: Odeh zone A or B (seen by eye, or found with optical aid and
 * then seen by eye), Yallop class A–C (the unaided-eye classes), MABIMS both limits met; always with the Moon setting
 * after the Sun.
 */
export function crescentSeen(
  geometry: CrescentGeometry,
  criterion: VisibilityCriterion,
  conjunction?: Date,
): boolean {
  if (geometry.lag <= 0) return false;
  switch (criterion) {
    case 'odeh': {
      const v = odehV(geometry.arcvTopocentric, geometry.widthOdeh);
      const zone = odehZone(v, geometry.arclTopocentric);
      return zone === 'A' || zone === 'B';
    }
    case 'yallop': {
      const cls = yallopClass(yallopQ(geometry.arcvGeocentric, geometry.widthYallop));
      return cls === 'A' || cls === 'B' || cls === 'C';
    }
    case 'mabims':
      return (
        geometry.sunsetMoonAltitude >= MABIMS_MIN_ALTITUDE &&
        geometry.sunsetElongation >= MABIMS_MIN_ELONGATION
      );
    case 'mabims-1992': {
      const ageHours = conjunction ? (geometry.sunset.getTime() - conjunction.getTime()) / 3_600_000 : 0;
      return (
        geometry.sunsetMoonAltitude >= MABIMS_1992_MIN_ALTITUDE &&
        (geometry.sunsetElongation >= MABIMS_1992_MIN_ELONGATION || ageHours >= MABIMS_1992_MIN_AGE_HOURS)
      );
    }
  }
}

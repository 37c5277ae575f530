import {
  Body,
  EquatorFromVector,
  GeoVector,
  MakeTime,
  RotateVector,
  Rotation_EQJ_EQD,
  SearchMoonPhase,
  SiderealTime,
} from 'astronomy-engine';
import { MS_PER_HOUR } from '../time/day.js';
import { RAD } from './angles.js';
import { fastSkyAt, fastSkyBetween, fastSunAt, type Sky } from './fast-sky.js';

/**
 * Crescent-visibility geometry for the Istanbul criteria (Diyanet 1978, Unified Hijri Calendar 2016): at local
 * sunset the Moon stands at least 5° above the horizon and at least 8° from the Sun. Positions come from
 * astronomy-engine; the horizon geometry is plain spherical trigonometry so that a whole sunset line can be
 * scanned for the price of one Sun and one Moon position.
 */
export const MIN_ELONGATION = 8;
export const MIN_ALTITUDE = 5;

const EARTH_RADIUS_AU = 6378.137 / 149_597_870.7;
/** Sunset = upper limb on the horizon with standard refraction. */
const SUNSET_ALTITUDE = -0.833;
/** Diyanet's dawn (imsak) depression. */
const FAJR_ALTITUDE = -18;
const SIDEREAL_RATE_PER_MS = (2 * Math.PI) / 86_164_090.5;
/** The criterion is evaluated where people live; beyond ±60° twilight makes sightings meaningless. */
const MAX_LATITUDE = 60;
const LATITUDE_STEP = 2;

export type SkySource = (time: Date) => Sky;
/** Where the Sun stands: all that finding a sunset or dawn needs. */
type SunSource = (time: Date) => Pick<Sky, 'sunRa' | 'sunDec' | 'gast'>;

/** astronomy-engine's apparent positions (the precise path). */
export function skyAt(time: Date): Sky {
  const rotation = Rotation_EQJ_EQD(MakeTime(time));
  const sun = GeoVector(Body.Sun, time, true);
  const moon = GeoVector(Body.Moon, time, true);
  const sunEq = EquatorFromVector(RotateVector(rotation, sun));
  const moonEq = EquatorFromVector(RotateVector(rotation, moon));
  const cosine = (sun.x * moon.x + sun.y * moon.y + sun.z * moon.z) / (sun.Length() * moon.Length());
  return {
    sunRa: sunEq.ra * 15 * RAD,
    sunDec: sunEq.dec * RAD,
    moonRa: moonEq.ra * 15 * RAD,
    moonDec: moonEq.dec * RAD,
    moonDistanceAu: moonEq.dist,
    gast: SiderealTime(time) * 15 * RAD,
    elongation: Math.acos(Math.min(1, cosine)) / RAD,
  };
}

/** Topocentric (parallax-corrected), airless altitude of the Moon in degrees. */
function moonAltitude(sky: Sky, latitude: number, longitude: number): number {
  const hourAngle = sky.gast + longitude - sky.moonRa;
  const geocentric = Math.asin(
    Math.sin(latitude) * Math.sin(sky.moonDec) +
      Math.cos(latitude) * Math.cos(sky.moonDec) * Math.cos(hourAngle),
  );
  const parallax = Math.asin((EARTH_RADIUS_AU / sky.moonDistanceAu) * Math.cos(geocentric));
  return (geocentric - parallax) / RAD;
}

/** Hour angle (radians, west positive) at which the Sun reaches `altitude`; undefined in polar day or night. */
function sunHourAngle(sky: Pick<Sky, 'sunDec'>, latitude: number, altitude: number): number | undefined {
  const cosine =
    (Math.sin(altitude * RAD) - Math.sin(latitude) * Math.sin(sky.sunDec)) /
    (Math.cos(latitude) * Math.cos(sky.sunDec));
  return Math.abs(cosine) > 1 ? undefined : Math.acos(cosine);
}

const wrap = (angle: number): number => Math.atan2(Math.sin(angle), Math.cos(angle));

/**
 * The Moon's best altitude along the line where the Sun is setting in `view`, scanning from the south; the scan
 * stops at the first latitude reaching `enough` (a criterion needs no more), whose altitude it then returns.
 */
function bestAltitudeOnSunsetLine(view: Sky, enough = Number.POSITIVE_INFINITY): number {
  let best = Number.NEGATIVE_INFINITY;
  for (let degrees = -MAX_LATITUDE; degrees <= MAX_LATITUDE && best < enough; degrees += LATITUDE_STEP) {
    const latitude = degrees * RAD;
    const hourAngle = sunHourAngle(view, latitude, SUNSET_ALTITUDE);
    if (hourAngle === undefined) continue;
    const longitude = hourAngle - view.gast + view.sunRa;
    best = Math.max(best, moonAltitude(view, latitude, longitude));
  }
  return best;
}

/** Elongation and the Moon's best altitude along the line where the Sun is setting at `time`. */
export function sunsetLineView(time: Date, sky: SkySource): { elongation: number; altitude: number } {
  const view = sky(time);
  return { elongation: view.elongation, altitude: bestAltitudeOnSunsetLine(view) };
}

/**
 * Is the criterion met somewhere on the line where the Sun is setting at `time`? West of that line the Sun
 * sets later and the Moon stands higher, so the line at the deadline is the best the world can do by then.
 */
export function criterionMetOnSunsetLine(time: Date): boolean {
  const view = skyAt(time);
  return view.elongation >= MIN_ELONGATION && bestAltitudeOnSunsetLine(view, MIN_ALTITUDE) >= MIN_ALTITUDE;
}

/**
 * Margins of the screening positions (astronomy/fast-sky.ts). At the evenings that decide every month 1316–1527
 * AH they put the best altitude on the sunset line and in the Americas within 0.011° of astronomy-engine's, the
 * elongation within 0.011° and New Zealand's dawn within 3 s (islamic-diyanet-fast.test.ts); the margins are
 * about five and ten times that.
 */
export const SCREEN_ALTITUDE_MARGIN = 0.05;
export const SCREEN_ELONGATION_MARGIN = 0.05;
export const SCREEN_FAJR_MARGIN_MS = 30_000;

/** The screening positions (astronomy/fast-sky.ts). */
export const fastSky: SkySource = (time) => fastSkyAt(time.getTime());

const fastSun: SunSource = (time) => fastSunAt(time.getTime());

/** true/false when both limits clear their margins the same way, undefined when either is too close to call. */
function screen(elongation: number, altitude: number): boolean | undefined {
  if (
    elongation < MIN_ELONGATION - SCREEN_ELONGATION_MARGIN ||
    altitude < MIN_ALTITUDE - SCREEN_ALTITUDE_MARGIN
  )
    return false;
  if (
    elongation >= MIN_ELONGATION + SCREEN_ELONGATION_MARGIN &&
    altitude >= MIN_ALTITUDE + SCREEN_ALTITUDE_MARGIN
  )
    return true;
  return undefined;
}

/** criterionMetOnSunsetLine from the screening positions, or undefined if too close to call. */
export function screenSunsetLine(time: Date): boolean | undefined {
  const view = fastSky(time);
  // Most evenings fail on elongation alone; an altitude clearing its margin settles the rest as soon as found.
  if (view.elongation < MIN_ELONGATION - SCREEN_ELONGATION_MARGIN) return false;
  return screen(view.elongation, bestAltitudeOnSunsetLine(view, MIN_ALTITUDE + SCREEN_ALTITUDE_MARGIN));
}

/** When the Sun reaches `altitude` at a place, near `guess` (a few Newton steps on the hour angle). */
function sunAtAltitude(
  sky: SunSource,
  latitude: number,
  longitude: number,
  guess: Date,
  altitude: number,
  west: boolean,
): Date {
  let time = guess;
  for (let step = 0; step < 3; step++) {
    const view = sky(time);
    const target = (sunHourAngle(view, latitude, altitude) ?? Math.PI) * (west ? 1 : -1);
    const current = wrap(view.gast + longitude - view.sunRa);
    time = new Date(time.getTime() + wrap(target - current) / SIDEREAL_RATE_PER_MS);
  }
  return time;
}

/**
 * Points along the Pacific coast of the Americas, Alaska to Tierra del Fuego: where the Moon stands highest at
 * the American sunset, for the 2016 rule's "on land in the Americas".
 */
export const AMERICAN_WEST_COAST: readonly [number, number][] = [
  [64.5, -165.4],
  [61.2, -149.9],
  [57.1, -135.3],
  [54.3, -130.3],
  [48.4, -124.7],
  [43.0, -124.5],
  [40.4, -124.4],
  [34.5, -120.5],
  [30.0, -115.8],
  [23.0, -109.9],
  [20.6, -105.3],
  [16.8, -99.9],
  [13.9, -91.8],
  [9.6, -85.1],
  [7.2, -80.9],
  [1.2, -79.0],
  [-0.9, -80.7],
  [-4.7, -81.3],
  [-12.0, -77.1],
  [-18.5, -70.3],
  [-23.6, -70.4],
  [-30.0, -71.4],
  [-33.0, -71.6],
  [-37.6, -73.7],
  [-42.6, -74.1],
  [-46.0, -75.0],
  [-50.0, -75.3],
  [-53.2, -73.0],
];

/** Elongation and the Moon's altitude at sunset on the UTC day starting `dayStart` at a point in the Americas. */
export function americanView(
  dayStart: Date,
  latDeg: number,
  lonDeg: number,
  sky: SkySource,
  sun: SunSource = sky,
): { elongation: number; altitude: number } {
  return viewAt(americanSunset(dayStart, latDeg, lonDeg, sun), latDeg, lonDeg, sky);
}

function americanSunset(dayStart: Date, latDeg: number, lonDeg: number, sun: SunSource): Date {
  const guess = new Date(dayStart.getTime() + (18 - lonDeg / 15) * MS_PER_HOUR);
  return sunAtAltitude(sun, latDeg * RAD, lonDeg * RAD, guess, SUNSET_ALTITUDE, true);
}

function viewAt(time: Date, latDeg: number, lonDeg: number, sky: SkySource) {
  const view = sky(time);
  return { elongation: view.elongation, altitude: moonAltitude(view, latDeg * RAD, lonDeg * RAD) };
}

/**
 * The screening views at every American point's sunset: sunsets from the cheap Sun, the Moon interpolated over
 * the span of those sunsets (astronomy/fast-sky.ts fastSkyBetween), so the whole coast costs three Moon positions.
 */
export function screeningAmericanViews(dayStart: Date): { elongation: number; altitude: number }[] {
  const sunsets = AMERICAN_WEST_COAST.map(([latDeg, lonDeg]) =>
    americanSunset(dayStart, latDeg, lonDeg, fastSun),
  );
  const times = sunsets.map((sunset) => sunset.getTime());
  const sky = fastSkyBetween(Math.min(...times), Math.max(...times));
  return AMERICAN_WEST_COAST.map(([latDeg, lonDeg], i) =>
    viewAt(sunsets[i]!, latDeg, lonDeg, (time) => sky(time.getTime())),
  );
}

/** Is the criterion met at sunset on the evening of the UTC day starting `dayStart` somewhere in the Americas? */
export function criterionMetInAmericas(dayStart: Date): boolean {
  return AMERICAN_WEST_COAST.some(([latDeg, lonDeg]) => {
    const { elongation, altitude } = americanView(dayStart, latDeg, lonDeg, skyAt);
    return elongation >= MIN_ELONGATION && altitude >= MIN_ALTITUDE;
  });
}

/** criterionMetInAmericas from the screening positions, or undefined if it is too close to call. */
export function screenAmericas(dayStart: Date): boolean | undefined {
  // The 2016 rule asks only when the conjunction precedes New Zealand's dawn (before 18:00 UTC); every American
  // sunset found here lies between 20:00 UTC and 12:00 UTC next day, past the closest approach, while the
  // elongation grows. Too small an elongation 36 hours after dayStart rules out every point at once.
  const latest = fastSky(new Date(dayStart.getTime() + 36 * MS_PER_HOUR));
  if (latest.elongation < MIN_ELONGATION - SCREEN_ELONGATION_MARGIN) return false;
  const verdicts = screeningAmericanViews(dayStart).map(({ elongation, altitude }) =>
    screen(elongation, altitude),
  );
  if (verdicts.includes(true)) return true;
  return verdicts.every((verdict) => verdict === false) ? false : undefined;
}

const WELLINGTON: [number, number] = [-41.3, 174.8];

/** Dawn in New Zealand on the morning after the UTC day starting `dayStart` (New Zealand is that far ahead). */
export function newZealandFajr(dayStart: Date, sky: SunSource = skyAt): Date {
  const [latDeg, lonDeg] = WELLINGTON;
  const guess = new Date(dayStart.getTime() + (29 - lonDeg / 15) * MS_PER_HOUR);
  return sunAtAltitude(sky, latDeg * RAD, lonDeg * RAD, guess, FAJR_ALTITUDE, false);
}

/** Dawn in New Zealand from the screening positions (within SCREEN_FAJR_MARGIN_MS of newZealandFajr). */
export const screenNewZealandFajr = (dayStart: Date): Date => newZealandFajr(dayStart, fastSun);

/** The astronomical new moon (conjunction in ecliptic longitude) nearest to `near`. */
export function newMoonNear(near: Date): Date {
  const halfLunation = 14.77 * 24 * MS_PER_HOUR;
  return SearchMoonPhase(0, new Date(near.getTime() - halfLunation), 30)!.date;
}

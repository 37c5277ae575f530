import { InterkalError, Unreadable } from './errors.js';
import type { Place } from './types.js';

/**
 * Places are rounded to this many degrees (about 1.1 km of latitude) before anything is computed or cached
 * for them: sunrise moves by at most ~2 s over that distance, and two requests a few metres apart share
 * every cache entry instead of growing one each.
 */
export const PLACE_PRECISION_DEGREES = 0.01;

const STEPS_PER_DEGREE = Math.round(1 / PLACE_PRECISION_DEGREES);
const ALLOWED_PLACE =
  '{ latitude: −90…90, longitude: −180…180, timeZone: an IANA zone such as "Europe/Berlin" }, or "LAT,LON,ZONE"';
const ALLOWED_PLACE_TEXT = 'LAT,LON,ZONE such as 51.43,6.76,Europe/Berlin';
// The longest IANA zone name is 32 characters ("America/Argentina/ComodRivadavia"); a little slack.
const MAX_ZONE_LENGTH = 64;
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** Rounded to PLACE_PRECISION_DEGREES; never -0 (it would print as "0" but compare unequal in keys). */
export function roundDegrees(degrees: number): number {
  return Math.round(degrees * STEPS_PER_DEGREE) / STEPS_PER_DEGREE || 0;
}

// Intl's zone lookup costs tens of microseconds; a place-dependent query asks for it on every call.
const MAX_ZONES_REMEMBERED = 1000;
const canonicalZones = new Map<string, string | null>();

/** The IANA zone as Intl spells it ("europe/berlin" → "Europe/Berlin"), or undefined if Intl knows none. */
export function canonicalTimeZone(zone: string): string | undefined {
  if (zone.length === 0 || zone.length > MAX_ZONE_LENGTH) return undefined;
  let canonical = canonicalZones.get(zone);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    if (canonicalZones.size >= MAX_ZONES_REMEMBERED) canonicalZones.clear();
    canonicalZones.set(zone, canonical);
  }
  return canonical ?? undefined;
}

function read(object: object, key: string, parameter: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    throw new InterkalError(
      'invalid-option',
      parameter,
      new Unreadable(`an object whose ${key} cannot be read`),
      ALLOWED_PLACE,
    );
  }
}

/**
 * A place as every computation and cache sees it: checked, latitude and longitude rounded to
 * PLACE_PRECISION_DEGREES and the zone canonicalized, so equal places are equal keys.
 * Accepts a Place object or the text "LAT,LON,ZONE".
 * @throws InterkalError naming `parameter` for anything else.
 */
export function normalizePlace(input: unknown, parameter = 'place'): Place {
  if (typeof input === 'string') return parsePlace(input, parameter);
  if (typeof input !== 'object' || input === null) {
    throw new InterkalError('invalid-option', parameter, input, ALLOWED_PLACE);
  }
  const latitude = read(input, 'latitude', parameter);
  const longitude = read(input, 'longitude', parameter);
  const zone = read(input, 'timeZone', parameter);
  const timeZone = typeof zone === 'string' ? canonicalTimeZone(zone) : undefined;
  if (
    typeof latitude !== 'number' ||
    !(Math.abs(latitude) <= 90) ||
    typeof longitude !== 'number' ||
    !(Math.abs(longitude) <= 180) ||
    timeZone === undefined
  ) {
    throw new InterkalError('invalid-option', parameter, input, ALLOWED_PLACE);
  }
  return { latitude: roundDegrees(latitude), longitude: roundDegrees(longitude), timeZone };
}

/**
 * "LAT,LON,ZONE" (decimal degrees, north and east positive, an IANA zone), as in a URL or on a command line:
 * "51.43,6.76,Europe/Berlin". Spaces around the parts are allowed. The result is normalized (normalizePlace).
 * @throws InterkalError naming `parameter`.
 */
export function parsePlace(text: string, parameter = 'place'): Place {
  const parts = typeof text === 'string' && text.length <= 200 ? text.split(',').map((p) => p.trim()) : [];
  const [latitude, longitude, zone] = parts;
  if (parts.length !== 3 || !DECIMAL.test(latitude!) || !DECIMAL.test(longitude!)) {
    throw new InterkalError('invalid-option', parameter, text, ALLOWED_PLACE_TEXT);
  }
  const timeZone = canonicalTimeZone(zone!);
  const place = { latitude: Number(latitude), longitude: Number(longitude) };
  if (timeZone === undefined || Math.abs(place.latitude) > 90 || Math.abs(place.longitude) > 180) {
    throw new InterkalError(
      'invalid-option',
      parameter,
      text,
      `${ALLOWED_PLACE_TEXT}, within −90…90 and −180…180`,
    );
  }
  return { latitude: roundDegrees(place.latitude), longitude: roundDegrees(place.longitude), timeZone };
}

/** The canonical text of a place, "51.43,6.76,Europe/Berlin": the same for every spelling of the same place. */
export function formatPlace(place: Place): string {
  const p = normalizePlace(place);
  return `${p.latitude},${p.longitude},${p.timeZone}`;
}

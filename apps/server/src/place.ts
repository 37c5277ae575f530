import { InterkalError, type Place } from '@interkal/core';

// Interim: the library's parsePlace replaces this file once it lands (issue 9, item 1).
const PLACE_FORMAT = 'LAT,LON,ZONE such as 51.43,6.76,Europe/Berlin';

/** Rounded to 0.01° (about 1 km: sunrise moves by under 3 s), so nearby places share one answer and one key. */
const round = (degrees: number) => Math.round(degrees * 100) / 100;

function canonicalZone(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** "LAT,LON,ZONE" → a place with rounded coordinates and the zone's canonical spelling. */
export function parsePlace(value: string): Place {
  const [latitude = '', longitude = '', ...zoneParts] = value.split(',');
  const lat = Number(latitude);
  const lon = Number(longitude);
  const timeZone = canonicalZone(zoneParts.join(',').trim());
  const numeric = /^\s*[-+]?\d+(\.\d+)?\s*$/;
  if (
    !numeric.test(latitude) ||
    !numeric.test(longitude) ||
    Math.abs(lat) > 90 ||
    Math.abs(lon) > 180 ||
    timeZone === undefined
  ) {
    throw new InterkalError('invalid-option', 'place', value, PLACE_FORMAT);
  }
  return { latitude: round(lat), longitude: round(lon), timeZone };
}

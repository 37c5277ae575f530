import { Seasons } from 'astronomy-engine';
import type { EpochMs } from './moon.js';

/** The four astronomical seasons of a Gregorian year as UTC instants (Sun at 0°, 90°, 180°, 270°). */
export interface SeasonInstants {
  marchEquinox: EpochMs;
  juneSolstice: EpochMs;
  septemberEquinox: EpochMs;
  decemberSolstice: EpochMs;
}

export type SeasonName = keyof SeasonInstants;

const cache = new Map<number, SeasonInstants>();

export function seasonInstants(year: number): SeasonInstants {
  const cached = cache.get(year);
  if (cached) return cached;
  const seasons = Seasons(year);
  const result: SeasonInstants = {
    marchEquinox: seasons.mar_equinox.date.getTime(),
    juneSolstice: seasons.jun_solstice.date.getTime(),
    septemberEquinox: seasons.sep_equinox.date.getTime(),
    decemberSolstice: seasons.dec_solstice.date.getTime(),
  };
  cache.set(year, result);
  return result;
}

import { estimatePhase } from '../../astronomy/fast-moon.js';
import { estimateElongationNear } from '../../astronomy/fast-sky.js';
import { newMoonOfLunation } from '../../astronomy/moon.js';
import { nextElongation } from '../../astronomy/sidereal.js';
import { boundedCache, cachedIn } from '../../bounded-cache.js';
import { type EpochMs, MS_PER_DAY } from '../../time/day.js';
import { type Lunation, MEAN_LUNATION_DAYS } from './lunations.js';
import { LUNATIONS_PER_YEAR } from './years-reached.js';

// Tithis: the thirty parts of a lunation in which the Moon gains 12° on the Sun. Tithi 1 begins at the new moon.

const MEAN_ELONGATION_PER_MS = 360 / (MEAN_LUNATION_DAYS * MS_PER_DAY);

/**
 * Tithi boundaries held per cache: keyed by lunation and tithi (rows share them), so places do not multiply them,
 * but years do. Thirty years' worth (a ten-year query reads at most 3,700); every year the engine reaches would be
 * 77,000 a cache, 12 MB at about 160 bytes each (cache-budget.test.ts).
 */
export const TITHI_STARTS_CACHED = 30 * LUNATIONS_PER_YEAR * 29;

const tithiStartCache = boundedCache<EpochMs>('tithi starts', TITHI_STARTS_CACHED);
const estimatedTithiStartCache = boundedCache<EpochMs>('estimated tithi starts', TITHI_STARTS_CACHED);

/** The instant tithi 2–30 of the lunation starting at `lunationStart` begins (astronomy-engine). */
const tithiStart = (lunationStart: EpochMs, tithi: number): EpochMs =>
  cachedIn(tithiStartCache, lunationStart + tithi, () => nextElongation((tithi - 1) * 12, lunationStart));

/** Start and end of tithi 1–30 of a lunation from astronomy-engine's new moon (tithi 30 ends the lunation). */
export function preciseTithiInterval(lunation: Lunation, tithi: number): [EpochMs, EpochMs] {
  const lunationStart = newMoonOfLunation(lunation.k);
  const start = tithi === 1 ? lunationStart : tithiStart(lunationStart, tithi);
  const end = tithi === 30 ? newMoonOfLunation(lunation.k + 1) : tithiStart(lunationStart, tithi + 1);
  return [start, end];
}

/**
 * The estimated instant tithi 1–30 of lunation k begins (fast-moon.ts, fast-sky.ts; within
 * ELONGATION_INSTANT_ERROR_MS), searched from the nearest Meeus phase (new moon k, full moon k, new moon k + 1) so
 * that the search starts at most 90° of mean motion away.
 */
export function estimatedTithiStart(k: number, tithi: number): EpochMs {
  if (tithi === 1) return estimatePhase(k, 0);
  return cachedIn(estimatedTithiStartCache, k * 32 + tithi, () => {
    const degrees = (tithi - 1) * 12;
    const [anchor, anchorDegrees] =
      degrees < 90
        ? [estimatePhase(k, 0), 0]
        : degrees <= 270
          ? [estimatePhase(k, 180), 180]
          : [estimatePhase(k + 1, 0), 360];
    return estimateElongationNear(degrees, anchor + (degrees - anchorDegrees) / MEAN_ELONGATION_PER_MS);
  });
}

/** Start and end of tithi 1–30 of a lunation from the estimates (see estimatedTithiStart). */
export const estimatedTithiInterval = (lunation: Lunation, tithi: number): [EpochMs, EpochMs] => [
  estimatedTithiStart(lunation.k, tithi),
  tithi === 30 ? estimatePhase(lunation.k + 1, 0) : estimatedTithiStart(lunation.k, tithi + 1),
];

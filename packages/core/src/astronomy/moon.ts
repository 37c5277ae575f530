import { type EpochMs, MS_PER_DAY } from '../time/day.js';
import { estimatePhase } from './fast-moon.js';
import { elongationNear } from './sidereal.js';

// Re-exported for importers that predate src/time/day.ts; new code imports it from there.
export type { EpochMs };

const MEAN_SYNODIC_MONTH = 29.530588853 * MS_PER_DAY;
// A mean new moon (J. Meeus, Astronomical Algorithms, ch. 49: k = 0 on 2000-01-06 18:14 UT). True phases stray
// at most ~0.6 days from the mean ones.
const REFERENCE_NEW_MOON = Date.UTC(2000, 0, 6, 18, 14);

// The Moon's ecliptic longitude minus the Sun's: 0° is the new moon, 180° the full moon.
const NEW_MOON = 0;
const FULL_MOON = 180;

// Bounded without a limit: per phase (new or full) and lunation number, and the lunations by the query's year range
// (about 2,500 of them in 1899–2101).
const caches = new Map<number, Map<number, EpochMs>>();

/** The instant of `phase` in lunation k (k = 0: the lunation of January 2000), memoized. */
function phaseOfLunation(phase: number, k: number): EpochMs {
  let cache = caches.get(phase);
  if (!cache) {
    cache = new Map();
    caches.set(phase, cache);
  }
  const cached = cache.get(k);
  if (cached !== undefined) return cached;
  // Secant steps on astronomy-engine's MoonPhase from the Meeus estimate (within 17.5 s, fast-moon.ts) need three
  // positions where SearchMoonPhase's bracketing takes about a dozen, the first ones costly in a new process.
  const instant = elongationNear(phase, estimatePhase(k, phase === NEW_MOON ? 0 : 180));
  cache.set(k, instant);
  return instant;
}

/** The precise instant of lunation k's new moon (k = 0: January 2000), memoized. */
export const newMoonOfLunation = (k: number): EpochMs => phaseOfLunation(NEW_MOON, k);

/** The precise instant of lunation k's full moon, memoized. */
export const fullMoonOfLunation = (k: number): EpochMs => phaseOfLunation(FULL_MOON, k);

/** Lunation numbers k whose phase (0 or 180) may fall in [from, to): a lunation either side to spare. */
export function lunationsAround(phase: number, from: EpochMs, to: EpochMs): { first: number; last: number } {
  return {
    first: Math.floor((from - REFERENCE_NEW_MOON) / MEAN_SYNODIC_MONTH - phase / 360) - 1,
    last: Math.ceil((to - REFERENCE_NEW_MOON) / MEAN_SYNODIC_MONTH - phase / 360) + 1,
  };
}

function phasesBetween(phase: number, from: EpochMs, to: EpochMs): EpochMs[] {
  const { first, last } = lunationsAround(phase, from, to);
  const result: EpochMs[] = [];
  for (let k = first; k <= last; k++) {
    const instant = phaseOfLunation(phase, k);
    if (instant >= from && instant < to) result.push(instant);
  }
  return result;
}

/** New moons (conjunction, geocentric) with `from <= instant < to`, in order. */
export function newMoonsBetween(from: EpochMs, to: EpochMs): EpochMs[] {
  return phasesBetween(NEW_MOON, from, to);
}

/** Full moons (opposition, geocentric) with `from <= instant < to`, in order. */
export function fullMoonsBetween(from: EpochMs, to: EpochMs): EpochMs[] {
  return phasesBetween(FULL_MOON, from, to);
}

/** Every new moon whose instant falls in the Gregorian year, in UTC. */
export function newMoonsInYear(year: number): EpochMs[] {
  return newMoonsBetween(Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
}

import { SearchMoonPhase } from 'astronomy-engine';

/** Instants as milliseconds since the Unix epoch (UTC), like `Date.getTime()`. */
export type EpochMs = number;

const MS_PER_DAY = 86_400_000;

// The Moon's ecliptic longitude minus the Sun's: 0° is the new moon, 180° the full moon.
const NEW_MOON = 0;
const FULL_MOON = 180;

const caches = new Map<number, Map<number, readonly EpochMs[]>>();

function phasesInYear(phase: number, year: number): readonly EpochMs[] {
  let cache = caches.get(phase);
  if (!cache) {
    cache = new Map();
    caches.set(phase, cache);
  }
  const cached = cache.get(year);
  if (cached) return cached;
  const end = Date.UTC(year + 1, 0, 1);
  const found: EpochMs[] = [];
  let from = Date.UTC(year, 0, 1);
  for (;;) {
    // A lunation is at most 29.9 days, so a 40-day window always holds the next phase.
    const next = SearchMoonPhase(phase, new Date(from), 40);
    if (!next) throw new Error(`no moon phase ${phase}° within 40 days of ${new Date(from).toISOString()}`);
    const instant = next.date.getTime();
    if (instant >= end) break;
    found.push(instant);
    from = instant + MS_PER_DAY;
  }
  cache.set(year, found);
  return found;
}

function phasesBetween(phase: number, from: EpochMs, to: EpochMs): EpochMs[] {
  const firstYear = new Date(from).getUTCFullYear();
  const lastYear = new Date(to).getUTCFullYear();
  const result: EpochMs[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const instant of phasesInYear(phase, year))
      if (instant >= from && instant < to) result.push(instant);
  }
  return result;
}

/** Every new moon (conjunction, geocentric) whose instant falls in the Gregorian year, in UTC. */
export function newMoonsInYear(year: number): readonly EpochMs[] {
  return phasesInYear(NEW_MOON, year);
}

/** Every full moon (opposition, geocentric) whose instant falls in the Gregorian year, in UTC. */
export function fullMoonsInYear(year: number): readonly EpochMs[] {
  return phasesInYear(FULL_MOON, year);
}

/** New moons with `from <= instant < to`, in order. */
export function newMoonsBetween(from: EpochMs, to: EpochMs): EpochMs[] {
  return phasesBetween(NEW_MOON, from, to);
}

/** Full moons with `from <= instant < to`, in order. */
export function fullMoonsBetween(from: EpochMs, to: EpochMs): EpochMs[] {
  return phasesBetween(FULL_MOON, from, to);
}

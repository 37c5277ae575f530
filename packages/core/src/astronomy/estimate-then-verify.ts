import type { EpochMs } from '../time/day.js';
import { estimatePhase, PHASE_ESTIMATE_ERROR_MS } from './fast-moon.js';
import { estimateSunLongitudeInstant, SUN_INSTANT_ERROR_MS } from './fast-sun.js';
import { fullMoonOfLunation, lunationsAround, newMoonOfLunation } from './moon.js';
import { SEASON_SEARCH, type SeasonName, seasonInstant } from './seasons.js';
import { settle } from './settle.js';

// Decisions that pair an estimate (fast-*.ts) with its precise search (moon.ts, seasons.ts): the estimate decides
// whenever its error margin does not straddle a step of the decision, so the precise search runs only near one.

/**
 * `day` of each new (phase 0) or full (180) moon with `from <= instant < to`, in order: what mapping
 * newMoonsBetween/fullMoonsBetween through `day` gives, but from the Meeus estimate (astronomy/fast-moon.ts)
 * unless a range end or a step of `day` lies within its error margin. `day` must be monotone (a civil day at a
 * fixed offset, a Badíʿ day…) so that equal values at both ends of the margin hold in between.
 */
export function phaseDaysBetween(
  phase: 0 | 180,
  from: EpochMs,
  to: EpochMs,
  day: (instant: EpochMs) => number,
): number[] {
  const { first, last } = lunationsAround(phase, from, to);
  const days: number[] = [];
  for (let k = first; k <= last; k++) {
    const estimate = estimatePhase(k, phase);
    const precise = () => (phase === 0 ? newMoonOfLunation(k) : fullMoonOfLunation(k));
    if (!settle(estimate, PHASE_ESTIMATE_ERROR_MS, (t) => t >= from, precise)) continue;
    if (!settle(estimate, PHASE_ESTIMATE_ERROR_MS, (t) => t < to, precise)) continue;
    days.push(settle(estimate, PHASE_ESTIMATE_ERROR_MS, day, precise));
  }
  return days;
}

/**
 * A monotone step function (a civil day, "before noon") of a season's instant, from the cheap estimate unless
 * the estimate's error margin straddles a step; then from the precise instant.
 */
export function atSeason<T>(year: number, season: SeasonName, step: (instant: EpochMs) => T): T {
  const [longitude, month] = SEASON_SEARCH[season];
  const estimate = estimateSunLongitudeInstant(longitude, Date.UTC(year, month, 21));
  return settle(estimate, SUN_INSTANT_ERROR_MS, step, () => seasonInstant(year, season));
}

// Angles in degrees, and the one root finder every "when does this angle reach that value" search uses. A leaf:
// both the estimates (fast-*.ts) and the precise searches over astronomy-engine build on it.
import type { EpochMs } from '../time/day.js';

/** Radians per degree. */
export const RAD = Math.PI / 180;

/** An angle brought into [0, 360). */
export const normalizeDegrees = (degrees: number): number => ((degrees % 360) + 360) % 360;

/** An angle brought into [−180, 180): how far a longitude is past (positive) or short of (negative) a target. */
export const signedDegrees = (degrees: number): number => (((degrees % 360) + 540) % 360) - 180;

/**
 * Where `offset` (an angle's signed distance from its target, degrees, increasing with time) crosses zero, from
 * `guess` and the angle's mean rate (°/ms): secant steps, falling back to the mean rate while the secant is not
 * usable, stopped when a step is under `toleranceMs`. `converged` is false when `maxSteps` did not get there.
 */
export function secantCrossing(
  offset: (at: EpochMs) => number,
  guess: EpochMs,
  meanRate: number,
  toleranceMs = 10_000,
  maxSteps = 10,
): { instant: EpochMs; converged: boolean } {
  let instant = guess;
  let rate = meanRate;
  let previous = Number.NaN;
  let previousOffset = 0;
  for (let step = 0; step < maxSteps; step++) {
    const current = offset(instant);
    const secant = (current - previousOffset) / (instant - previous);
    if (secant > 0 && Number.isFinite(secant)) rate = secant;
    const correction = -current / rate;
    previous = instant;
    previousOffset = current;
    instant += correction;
    if (Math.abs(correction) < toleranceMs) return { instant, converged: true };
  }
  return { instant, converged: false };
}

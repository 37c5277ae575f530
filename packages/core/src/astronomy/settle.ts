import type { EpochMs } from '../time/day.js';

/**
 * The value of a step function of an instant known only to within ±margin: decided from the estimate when the
 * function is equal at both ends of the window, otherwise from the precise instant. `step` must be monotone over
 * any window (a civil-day number, "instant < threshold"), so equal ends mean it is constant in between. A leaf:
 * the caller passes the precise search as a thunk, so deciding needs neither layer of astronomy.
 */
export function settle<T>(
  estimate: EpochMs,
  margin: number,
  step: (instant: EpochMs) => T,
  precise: () => EpochMs,
): T {
  const early = step(estimate - margin);
  return early === step(estimate + margin) ? early : step(precise());
}

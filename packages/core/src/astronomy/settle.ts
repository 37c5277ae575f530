/**
 * The value of a step function of a quantity known only to within ±margin (an instant, a longitude): decided from
 * the estimate when the function is equal at both ends of the window, otherwise from the precise value. `step`
 * must be monotone over any window (a civil-day number, "instant < threshold", a 30° sign), so equal ends mean it
 * is constant in between. A leaf: the caller passes the precise search as a thunk, so deciding needs neither layer
 * of astronomy. Outside the Hindu engine (its own strategy object) every estimate-then-verify decision goes through
 * here or through a screen that can abstain (islamic-crescent.ts), which lets test/fast-vs-precise.test.ts take
 * them all on the precise values instead and compare.
 */
export function settle<T>(
  estimate: number,
  margin: number,
  step: (value: number) => T,
  precise: () => number,
): T {
  const early = step(estimate - margin);
  return early === step(estimate + margin) ? early : step(precise());
}

import { boundedCache, cachedIn, placeKey } from '../bounded-cache.js';
import {
  type DecisionSky,
  type DecisionStrategy,
  ESTIMATE_THEN_VERIFY,
} from '../calendars/hindu/decision.js';
import { type Lunation, namedLunationsAround } from '../calendars/hindu/lunations.js';
import { NEW_DELHI } from '../calendars/hindu.js';
import type { LocalizedText, Observance, Place, Rule, RuleOptions } from '../types.js';
import { rule } from './rule.js';

// A rule decided on the Hindu calendar's instants (Hindu, Sikh and Jain festivals): written once against a
// DecisionSky, run by ESTIMATE_THEN_VERIFY and cached per place and year.

/** The observances of a Gregorian year at a place, decided on the instants of `sky`. */
type PanchangaDecision = (sky: DecisionSky, year: number, place: Place) => Observance[];

type DecideWith = (strategy: DecisionStrategy, year: number, options: RuleOptions) => Observance[];

/**
 * Observances held, over all places, rules and years (one entry is a rule's year at a place, about 1 KB). A
 * place's year of Hindu, Sikh and Jain festivals is 31 entries: this holds 300 place-years (every year of one
 * place, or ten years of thirty places), while a server asked for thousands of places stays near 10 MB.
 */
export const FESTIVALS_CACHED = 10_000;

const festivalCache = boundedCache<readonly Observance[]>('festivals', FESTIVALS_CACHED);
const decisions = new WeakMap<Rule, DecideWith>();

const placeOf = (options: RuleOptions): Place => options.place ?? NEW_DELHI;

/** A Rule from a decision; `key` names the decision's parameters (rules with one key give the same dates). */
export function panchangaRule(
  summary: LocalizedText,
  key: string,
  decision: PanchangaDecision,
  maxDays?: number,
): Rule {
  const decideWith: DecideWith = (strategy, year, options) =>
    strategy.decide((sky) => decision(sky, year, placeOf(options)));
  const decided = rule(
    summary,
    (year, options) =>
      cachedIn(festivalCache, `${key}|${placeKey(placeOf(options))}|${year}`, () =>
        decideWith(ESTIMATE_THEN_VERIFY, year, options),
      ).map((observance) => ({ ...observance })), // callers get their own copies, never the cached ones
    maxDays,
  );
  decisions.set(decided, decideWith);
  return decided;
}

/** Lets observancesDecidedBy reach a rule built on panchanga rules (sikh.ts). */
export function registerDecisions(built: Rule, decideWith: DecideWith): Rule {
  decisions.set(built, decideWith);
  return built;
}

/**
 * The observances of a Hindu, Sikh or Jain rule decided by a strategy, uncached; undefined for any other rule.
 * For tests that compare ESTIMATE_THEN_VERIFY (what observancesIn uses) with PRECISE_ONLY.
 */
export const observancesDecidedBy = (
  strategy: DecisionStrategy,
  decided: Rule,
  year: number,
  options: RuleOptions,
): Observance[] | undefined => decisions.get(decided)?.(strategy, year, options);

/** The nija (not adhika) lunations named `month` around a Gregorian year, a kshaya month counting for both. */
export const nijaLunations = (year: number, month: number): Lunation[] =>
  namedLunationsAround(year).filter(
    (lunation) => (lunation.month === month || lunation.alsoMonth === month) && !lunation.leap,
  );

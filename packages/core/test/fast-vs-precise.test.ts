/**
 * "Fast decisions are precise decisions", checked for whole traditions: the library is loaded twice, once as shipped
 * and once with every estimate-then-verify decision taken on astronomy-engine's values (`settle` always asks the
 * precise search, the Diyanet crescent screens always abstain), and both must give the same holidays, byte for
 * byte, on a sample of years. The per-module tests (chinese-fast-path, islamic-diyanet-fast, thai-lunar-fast-path,
 * fast-moon, rules/hindu-decisions) check the underlying searches over every year; this one checks what reaches
 * the user. The Hindu engine decides through its strategy object: the precise copy runs it with PRECISE_ONLY.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as CrescentModule from '../src/astronomy/islamic-crescent.js';
import type * as SettleModule from '../src/astronomy/settle.js';
import type * as DecisionModule from '../src/calendars/hindu/decision.js';
import type { HolidayQuery } from '../src/query.js';

// How the library under test decides, and how often it asked each switched function (a mocked module is made once
// and serves both copies of the library, so the switch is read at each call).
const decisions = vi.hoisted(() => ({ precise: false, settled: 0, screened: 0, strategy: 0 }));

vi.mock('../src/astronomy/settle.js', async (importOriginal) => {
  const real = await importOriginal<typeof SettleModule>();
  const settle: typeof real.settle = (estimate, margin, step, precise) => {
    decisions.settled++;
    return decisions.precise ? step(precise()) : real.settle(estimate, margin, step, precise);
  };
  return { ...real, settle };
});

vi.mock('../src/astronomy/islamic-crescent.js', async (importOriginal) => {
  const real = await importOriginal<typeof CrescentModule>();
  const abstaining =
    <A extends unknown[]>(screen: (...args: A) => boolean | undefined) =>
    (...args: A) => {
      decisions.screened++;
      return decisions.precise ? undefined : screen(...args);
    };
  return {
    ...real,
    screenSunsetLine: abstaining(real.screenSunsetLine),
    screenAmericas: abstaining(real.screenAmericas),
  };
});

vi.mock('../src/calendars/hindu/decision.js', async (importOriginal) => {
  const real = await importOriginal<typeof DecisionModule>();
  const strategy: DecisionModule.DecisionStrategy = {
    decide(decision) {
      decisions.strategy++;
      return (decisions.precise ? real.PRECISE_ONLY : real.ESTIMATE_THEN_VERIFY).decide(decision);
    },
  };
  return { ...real, ESTIMATE_THEN_VERIFY: strategy };
});

const BERLIN = { latitude: 52.52, longitude: 13.405, timeZone: 'Europe/Berlin' };

// Every seventh year and both ends: 30 years, each weekday and leap-year phase, both Diyanet rules (before and
// after Ramadan 1437 = June 2016).
const YEARS = [...Array.from({ length: 29 }, (_, i) => 1900 + 7 * i), 2100];

// The traditions whose dates pass through an estimate-then-verify decision: Chinese-calendar festivals (new moons,
// principal terms, the December solstice), Buddhist full moons (Thai, Sri Lankan, Chinese, UN Vesak), Diyanet's
// Hijri months (Islam, Alevism), the Hindu, Sikh and Jain panchanga (sunrise, kalas, tithis, Karva Chauth's
// moonrise) at New Delhi and Berlin, and every option that switches between them.
const QUERIES: HolidayQuery[] = [
  { traditions: ['chinese', 'korean', 'vietnamese', 'japanese', 'islam', 'alevism', 'bahai', 'seasonal'] },
  ...(['un', 'sri-lanka', 'thai', 'chinese', 'korean', 'japanese'] as const).map(
    (vesak): HolidayQuery => ({ traditions: ['buddhism'], vesak }),
  ),
  { traditions: ['hinduism', 'sikhism', 'jainism'] },
  { traditions: ['hinduism', 'sikhism', 'jainism'], place: BERLIN },
  { traditions: ['sikhism'], sikhCalendar: 'nanakshahi-2003' },
];

/** Every answer of the sample, from a fresh copy of the library deciding fast or precisely. */
async function answers(precise: boolean): Promise<string[]> {
  decisions.precise = precise;
  vi.resetModules();
  const { getHolidays } = await import('../src/query.js');
  return QUERIES.flatMap((query) =>
    YEARS.map(
      (year) => `${JSON.stringify({ ...query, year })} ${JSON.stringify(getHolidays({ ...query, year }))}`,
    ),
  );
}

describe('fast and precise decisions', () => {
  it('give the same holidays for every tradition with a fast path, on 30 years 1900–2100', async () => {
    const fast = await answers(false);
    const fastDecisions = { ...decisions };
    const precise = await answers(true);
    // Both copies of the library really decided through the switched functions (thousands of times each).
    expect(fastDecisions.settled).toBeGreaterThan(1000);
    expect(fastDecisions.screened).toBeGreaterThan(100);
    expect(fastDecisions.strategy).toBeGreaterThan(1000);
    expect(decisions.settled - fastDecisions.settled).toBeGreaterThan(1000);
    expect(decisions.screened - fastDecisions.screened).toBeGreaterThan(100);
    expect(decisions.strategy - fastDecisions.strategy).toBeGreaterThan(1000);
    expect(precise.length).toBe(QUERIES.length * YEARS.length);
    const differences = fast.filter((answer, i) => answer !== precise[i]);
    expect(differences).toEqual([]);
  });
});

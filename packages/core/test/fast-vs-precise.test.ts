/**
 * "Fast decisions are precise decisions", checked for whole traditions: the library is loaded twice, once as shipped
 * and once with every estimate-then-verify decision taken on astronomy-engine's values (`settle` always asks the
 * precise search, the Diyanet crescent screens always abstain), and both must give the same holidays, byte for
 * byte, on a sample of years. The per-module tests (chinese-fast-path, islamic-diyanet-fast, thai-lunar-fast-path,
 * fast-moon) check the underlying searches over every year; this one checks what reaches the user. The Hindu engine
 * decides through its own strategy object and has its own comparison (rules/hindu-decisions.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type * as CrescentModule from '../src/astronomy/islamic-crescent.js';
import type * as SettleModule from '../src/astronomy/settle.js';
import type { HolidayQuery } from '../src/query.js';

const decisions = vi.hoisted(() => ({ precise: false, settled: 0, screened: 0 }));

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

// Every seventh year and both ends: 30 years, each weekday and leap-year phase, both Diyanet rules (before and
// after Ramadan 1437 = June 2016).
const YEARS = [...Array.from({ length: 29 }, (_, i) => 1900 + 7 * i), 2100];

// The traditions whose dates pass through an estimate-then-verify decision outside the Hindu engine: Chinese-
// calendar festivals (new moons, principal terms, the December solstice), Buddhist full moons (Thai, Sri Lankan,
// Chinese, UN Vesak), Diyanet's Hijri months (Islam, Alevism), and every option that switches between them.
const QUERIES: HolidayQuery[] = [
  { traditions: ['chinese', 'korean', 'vietnamese', 'japanese', 'islam', 'alevism', 'bahai', 'seasonal'] },
  ...(['un', 'sri-lanka', 'thai', 'chinese', 'korean', 'japanese'] as const).map(
    (vesak): HolidayQuery => ({ traditions: ['buddhism'], vesak }),
  ),
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
    const fastDecisions = { settled: decisions.settled, screened: decisions.screened };
    const precise = await answers(true);
    // Both copies of the library really decided through the switched functions (thousands of times each).
    expect(fastDecisions.settled).toBeGreaterThan(1000);
    expect(fastDecisions.screened).toBeGreaterThan(100);
    expect(decisions.settled - fastDecisions.settled).toBeGreaterThan(1000);
    expect(decisions.screened - fastDecisions.screened).toBeGreaterThan(100);
    expect(precise.length).toBe(QUERIES.length * YEARS.length);
    const differences = fast.filter((answer, i) => answer !== precise[i]);
    expect(differences).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureRows } from '../../test/support.js';
import { gregorianEaster, julianEaster } from './computus.js';
import { dayOfWeek, fixedFromGregorian, isoFromFixed } from './gregorian.js';

const easterOf = { western: gregorianEaster, orthodox: julianEaster } as const;

describe('computus', () => {
  // FreeBSD ncal(1) 12.1.8 (`ncal -e`, `ncal -o`), an independent implementation: every year 1900–2100.
  it('agrees with ncal on Western and Orthodox Easter for all 201 years 1900–2100', () => {
    const rows = fixtureRows('easter-1900-2100.txt');
    expect(rows).toHaveLength(201);
    const mismatches = rows.flatMap(([year, western, orthodox]) => {
      const ours = [isoFromFixed(gregorianEaster(Number(year))), isoFromFixed(julianEaster(Number(year)))];
      return ours[0] === western && ours[1] === orthodox
        ? []
        : [`${year}: ${ours} vs ${western},${orthodox}`];
    });
    expect(mismatches).toEqual([]);
  });

  // Published tables (dr-mikes-math-games-for-kids.com 1901–1985, jtsoftware.tripod.com 2000–2089,
  // religioustolerance.org 1996–2008, britsincrete.net 2011–2021, userz.net 2010–2030): 237 dates, 45 Orthodox.
  it('agrees with every date of the published Easter tables', () => {
    const rows = fixtureRows('easter-published.txt');
    expect(rows.length).toBe(237);
    const mismatches = rows.flatMap(([year, kind, date, source]) => {
      const ours = isoFromFixed(easterOf[kind as keyof typeof easterOf](Number(year)));
      return ours === date ? [] : [`${source} ${kind} ${year}: ${ours} vs ${date}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('always gives a Sunday within the computus bounds', () => {
    for (let year = 1899; year <= 2101; year++) {
      const western = gregorianEaster(year);
      const orthodox = julianEaster(year);
      expect(dayOfWeek(western)).toBe(0);
      expect(dayOfWeek(orthodox)).toBe(0);
      // Western: 22 Mar – 25 Apr. Orthodox: Julian 22 Mar – 25 Apr = Gregorian 4 Apr – 8 May until Feb 2100,
      // 5 Apr – 9 May after.
      expect(western).toBeGreaterThanOrEqual(fixedFromGregorian(year, 3, 22));
      expect(western).toBeLessThanOrEqual(fixedFromGregorian(year, 4, 25));
      const shift = year >= 2100 ? 1 : 0;
      expect(orthodox).toBeGreaterThanOrEqual(fixedFromGregorian(year, 4, 4 + shift));
      expect(orthodox).toBeLessThanOrEqual(fixedFromGregorian(year, 5, 8 + shift));
      expect(orthodox).toBeGreaterThanOrEqual(western);
    }
  });

  // Acceptance facts: Ostern 5 April 2026, orthodoxes Ostern 12 April 2026 (userz.net; kalender-online.com 2026).
  it('puts Easter 2026 on 5 April and Orthodox Easter 2026 on 12 April', () => {
    expect(isoFromFixed(gregorianEaster(2026))).toBe('2026-04-05');
    expect(isoFromFixed(julianEaster(2026))).toBe('2026-04-12');
  });
});

import { describe, expect, it } from 'vitest';
import { isoFromFixed } from '../calendars/gregorian.js';
import type { RuleOptions } from '../types.js';
import { orthodoxChristianity } from './orthodox-christianity.js';

const OPTIONS: RuleOptions = {
  jewish: 'diaspora',
  islamicMethod: 'umm-al-qura',
  vesak: 'un',
  sikhCalendar: 'lunar',
  place: undefined,
};

const holiday = (id: string) => {
  const found = orthodoxChristianity.holidays.find((h) => h.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

const datesIn = (id: string, year: number): string[] =>
  holiday(id)
    .rule.observancesIn(year, OPTIONS)
    .map((o) => isoFromFixed(o.start));

describe('orthodox-christianity table', () => {
  /*
   * Published public-holiday lists of Cyprus, whose church keeps Easter by the Julian computus:
   * secqoia.com "Official Holidays (2022)" (Green Monday 7 Mar, Orthodox Good Friday 22 Apr, Easter Monday 25 Apr,
   * Pentecost Monday 13 Jun 2022); timesles.com, Cyprus spring 2025 (Good Friday 18 Apr, Easter 20–21 Apr 2025).
   */
  it('matches the published Cyprus holidays of 2022 and 2025', () => {
    expect(datesIn('clean-monday', 2022)).toEqual(['2022-03-07']);
    expect(datesIn('orthodox-good-friday', 2022)).toEqual(['2022-04-22']);
    expect(datesIn('orthodox-easter', 2022)).toEqual(['2022-04-24']);
    // Pentecost Monday is the day after Orthodox Pentecost (Trinity Sunday).
    expect(datesIn('orthodox-pentecost', 2022)).toEqual(['2022-06-12']);
    expect(datesIn('orthodox-good-friday', 2025)).toEqual(['2025-04-18']);
    expect(datesIn('orthodox-easter', 2025)).toEqual(['2025-04-20']);
  });

  // diversityatlas.io "Orthodox Ascension" (2 Jun 2022); qtelegram.com (17 May 2018); kamerades.com, Belgrade
  // Ascension Day procession (24 May 2012).
  it('matches published Orthodox Ascension days', () => {
    expect(datesIn('orthodox-ascension', 2012)).toEqual(['2012-05-24']);
    expect(datesIn('orthodox-ascension', 2018)).toEqual(['2018-05-17']);
    expect(datesIn('orthodox-ascension', 2022)).toEqual(['2022-06-02']);
  });

  it('keeps Orthodox Easter for two days, Sunday and Monday', () => {
    const [observance] = holiday('orthodox-easter').rule.observancesIn(2022, OPTIONS);
    const days = observance!.days ?? holiday('orthodox-easter').days;
    expect(isoFromFixed(observance!.start + days - 1)).toBe('2022-04-25');
  });

  // Acceptance fact: orthodoxes Ostern 12 April 2026 (userz.net Greek Easter table).
  it('puts Orthodox Easter 2026 on 12 April', () => {
    expect(datesIn('orthodox-easter', 2026)).toEqual(['2026-04-12']);
    expect(datesIn('orthodox-ascension', 2026)).toEqual(['2026-05-21']);
  });

  // The Julian calendar is 12 days behind until Julian 29 Feb 1900, 13 days until Julian 29 Feb 2100, then 14
  // (Marcos Montes, smart.net/~mmontes/ortheast.html): Julian 25 December moves from 6 to 7 to 8 January.
  it('moves Orthodox Christmas from 7 January (2100) to 8 January (2101)', () => {
    expect(datesIn('orthodox-christmas', 1900)).toEqual(['1900-01-06']);
    expect(datesIn('orthodox-christmas', 1901)).toEqual(['1901-01-07']);
    expect(datesIn('orthodox-christmas', 2026)).toEqual(['2026-01-07']);
    expect(datesIn('orthodox-christmas', 2100)).toEqual(['2100-01-07']);
    expect(datesIn('orthodox-christmas', 2101)).toEqual(['2101-01-08']);
    expect(datesIn('orthodox-new-year', 2100)).toEqual(['2100-01-14']);
    expect(datesIn('theophany', 2101)).toEqual(['2101-01-20']);
    expect(datesIn('dormition', 2026)).toEqual(['2026-08-28']);
    expect(datesIn('dormition', 2100)).toEqual(['2100-08-29']);
  });

  it('names the Julian date of a fixed feast', () => {
    const [christmas] = holiday('orthodox-christmas').rule.observancesIn(2026, OPTIONS);
    expect(christmas!.nativeDate).toBe('25 Dec 2025 (Julian)');
  });

  it('gives exactly one observance of every row in every year 1899–2101', () => {
    const failures: string[] = [];
    for (const row of orthodoxChristianity.holidays) {
      for (let year = 1899; year <= 2101; year++) {
        const dates = datesIn(row.id, year);
        if (dates.length !== 1 || !dates[0]!.startsWith(String(year)))
          failures.push(`${row.id} ${year}: ${dates}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('follows the catalogue: ids, importance, region notes for the Julian fixed feasts', () => {
    expect(orthodoxChristianity.holidays.map((h) => h.id)).toEqual([
      'orthodox-christmas',
      'orthodox-new-year',
      'theophany',
      'clean-monday',
      'orthodox-good-friday',
      'orthodox-easter',
      'orthodox-ascension',
      'orthodox-pentecost',
      'dormition',
    ]);
    const major = orthodoxChristianity.holidays.filter((h) => h.importance === 'major').map((h) => h.id);
    expect(major).toEqual(['orthodox-christmas', 'orthodox-good-friday', 'orthodox-easter']);
    const regional = orthodoxChristianity.holidays
      .filter((h) => h.uncertainty?.kind === 'region')
      .map((h) => h.id);
    expect(regional).toEqual(['orthodox-christmas', 'theophany', 'dormition']);
  });
});

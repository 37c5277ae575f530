import { describe, expect, it } from 'vitest';
import { lastDayOf, tableLookup, yearsWithoutOneObservance } from '../../test/support.js';
import { isoFromFixed } from '../calendars/gregorian.js';
import { orthodoxChristianity } from './orthodox-christianity.js';

const { holiday, observancesIn, datesIn } = tableLookup(orthodoxChristianity);

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
    const [observance] = observancesIn('orthodox-easter', 2022);
    expect(isoFromFixed(lastDayOf(holiday('orthodox-easter'), observance!))).toBe('2022-04-25');
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
    const [christmas] = observancesIn('orthodox-christmas', 2026);
    expect(christmas!.nativeDate).toEqual({
      en: '25 Dec 2025 (Julian)',
      de: '25. Dezember 2025 (julianisch)',
    });
  });

  it('gives exactly one observance of every row in every year 1899–2101', () => {
    expect(yearsWithoutOneObservance(orthodoxChristianity)).toEqual([]);
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

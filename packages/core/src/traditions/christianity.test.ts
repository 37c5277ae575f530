import { describe, expect, it } from 'vitest';
import { lastDayOf, tableLookup, yearsWithoutOneObservance } from '../../test/support.js';
import { isoFromFixed } from '../calendars/gregorian.js';
import { christianity } from './christianity.js';

/*
 * Reference dates from published German calendars (stored copies of the pages, read 2026-11-25):
 * - kalender-online.com, "Gesetzliche Feiertage im Kalender 2024" and "… 2026" (Karfreitag, Ostersonntag,
 *   Ostermontag, Christi Himmelfahrt, Pfingstsonntag, Fronleichnam, Buß- und Bettag, fixed days).
 * - kalenderjahr.de/kalender/2024 (Rosenmontag, Aschermittwoch, Palmsonntag, Gründonnerstag 2024).
 * - koeln.de, "Karnevalstermine der nächsten Jahre" (Rosenmontag and Aschermittwoch 2024–2028).
 * - das-feriados.com, Feiertage Deutschland 2025–2027 (Karfreitag, Ostermontag, Himmelfahrtstag, Pfingstmontag).
 * - kwheute.de/feiertage/1-advent (2024–2028) and schulferien-deutschland.net "Wann ist 1. Advent" (2011–2020).
 */
const PUBLISHED: Record<string, Record<number, string>> = {
  'rose-monday': {
    2024: '2024-02-12',
    2025: '2025-03-03',
    2026: '2026-02-16',
    2027: '2027-02-08',
    2028: '2028-02-28',
  },
  'ash-wednesday': {
    2024: '2024-02-14',
    2025: '2025-03-05',
    2026: '2026-02-18',
    2027: '2027-02-10',
    2028: '2028-03-01',
  },
  'palm-sunday': { 2024: '2024-03-24' },
  'maundy-thursday': { 2024: '2024-03-28' },
  'good-friday': { 2024: '2024-03-29', 2025: '2025-04-18', 2026: '2026-04-03', 2027: '2027-03-26' },
  // Easter runs two days: Sunday (start) and Monday (Ostermontag, the public holiday).
  easter: { 2024: '2024-03-31', 2026: '2026-04-05' },
  ascension: { 2024: '2024-05-09', 2025: '2025-05-29', 2026: '2026-05-14', 2027: '2027-05-06' },
  pentecost: { 2024: '2024-05-19', 2026: '2026-05-24' },
  'corpus-christi': { 2024: '2024-05-30', 2026: '2026-06-04' },
  'repentance-day': { 2024: '2024-11-20', 2026: '2026-11-18' },
  'first-advent': {
    2011: '2011-11-27',
    2012: '2012-12-02',
    2013: '2013-12-01',
    2014: '2014-11-30',
    2015: '2015-11-29',
    2016: '2016-11-27',
    2017: '2017-12-03',
    2018: '2018-12-02',
    2019: '2019-12-01',
    2020: '2020-11-29',
    2024: '2024-12-01',
    2025: '2025-11-30',
    2026: '2026-11-29',
    2027: '2027-11-28',
    2028: '2028-12-03',
  },
  assumption: { 2024: '2024-08-15', 2026: '2026-08-15' },
  'reformation-day': { 2024: '2024-10-31', 2026: '2026-10-31' },
  'all-saints': { 2024: '2024-11-01', 2026: '2026-11-01' },
  epiphany: { 2024: '2024-01-06', 2026: '2026-01-06' },
  christmas: { 2024: '2024-12-25', 2026: '2026-12-25' },
};

// Ostermontag and Pfingstmontag as published (das-feriados.com 2025–2027, kalender-online.com 2024/2026).
const SECOND_DAYS: Record<string, Record<number, string>> = {
  easter: { 2024: '2024-04-01', 2025: '2025-04-21', 2026: '2026-04-06', 2027: '2027-03-29' },
  pentecost: { 2024: '2024-05-20', 2025: '2025-06-09', 2026: '2026-05-25', 2027: '2027-05-17' },
};

const { holiday, observancesIn, datesIn } = tableLookup(christianity);

describe('christianity table', () => {
  it('matches every date of the published German calendars', () => {
    const checked: string[] = [];
    for (const [id, years] of Object.entries(PUBLISHED)) {
      for (const [year, date] of Object.entries(years)) {
        expect(datesIn(id, Number(year)), `${id} ${year}`).toEqual([date]);
        checked.push(id);
      }
    }
    expect(checked.length).toBe(53);
  });

  it('spans Easter Monday and Whit Monday as the second day', () => {
    for (const [id, years] of Object.entries(SECOND_DAYS)) {
      for (const [year, date] of Object.entries(years)) {
        const [observance] = observancesIn(id, Number(year));
        expect(isoFromFixed(lastDayOf(holiday(id), observance!)), `${id} ${year}`).toBe(date);
      }
    }
  });

  it('gives exactly one observance of every row in every year 1899–2101', () => {
    expect(yearsWithoutOneObservance(christianity)).toEqual([]);
  });

  it('uses the catalogue ids and importance', () => {
    const major = christianity.holidays.filter((h) => h.importance === 'major').map((h) => h.id);
    expect(major.sort()).toEqual(
      [
        'ascension',
        'ash-wednesday',
        'christmas',
        'christmas-eve',
        'easter',
        'good-friday',
        'pentecost',
      ].sort(),
    );
    expect(christianity.holidays).toHaveLength(22);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixedFromGregorian, isoFromFixed } from '../calendars/gregorian.js';
import { DEFAULT_OPTIONS, getHolidays } from '../query.js';
import { chinese } from './chinese.js';

/*
 * References:
 * - test/fixtures/hko-chinese-1999-2100.txt: Hong Kong Observatory conversion tables 1999–2100 (month lengths,
 *   leap months and the day of each solar term in UTC+8).
 * - test/fixtures/chinese-festivals-python-holidays.json: python-holidays (vacanza/holidays @ c382fdec) festival
 *   dates 1901–2100, and its Qingming / winter-solstice day rules (QINGMING_THRESHOLDS and
 *   WINTER_SOLSTICE_THRESHOLDS for CHINESE_CALENDAR in holidays/calendars/chinese.py), stated reliable 1901–2099.
 */

const holiday = (id: string) => chinese.holidays.find((h) => h.id === id)!;
const datesIn = (id: string, year: number) =>
  holiday(id)
    .rule.observancesIn(year, DEFAULT_OPTIONS)
    .map((o) => isoFromFixed(o.start));

const hkoRows = readFileSync(
  new URL('../../test/fixtures/hko-chinese-1999-2100.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.split(' '));

// python-holidays' threshold rule, restated: April 4 from the listed year on (by year mod 4), April 6 up to the
// listed year, else April 5; the winter solstice likewise with 21/23/22 December.
function thresholdDay(
  year: number,
  early: Record<number, number>,
  late: Record<number, number>,
  days: number[],
) {
  if (year >= early[year % 4]!) return days[0]!;
  if (year <= (late[year % 4] ?? 0)) return days[2]!;
  return days[1]!;
}

describe('chinese tradition', () => {
  it('has the catalogue rows', () => {
    expect(chinese.holidays.map((h) => h.id)).toEqual([
      'chinese-new-year',
      'lantern-festival',
      'qingming',
      'dragon-boat',
      'qixi',
      'ghost-festival',
      'mid-autumn',
      'double-ninth',
      'dongzhi',
      'laba',
    ]);
    const newYear = holiday('chinese-new-year');
    expect([newYear.days, newYear.startsEvening, newYear.importance]).toEqual([15, true, 'major']);
  });

  it('puts Chinese New Year 2026 on 17 February, lasting to the Lantern Festival on 3 March', () => {
    expect(datesIn('chinese-new-year', 2026)).toEqual(['2026-02-17']);
    expect(datesIn('lantern-festival', 2026)).toEqual(['2026-03-03']);
    const [observance] = holiday('chinese-new-year').rule.observancesIn(2026, DEFAULT_OPTIONS);
    expect(observance!.nativeDate?.en).toBe('Month 1 Day 1 (Year of the Horse)');
  });

  it('finds Laba of the year before in January (HKO 2026: 12th month of 2025 begins 19 January 2026)', () => {
    expect(datesIn('laba', 2026)).toEqual(['2026-01-26']);
    expect(datesIn('laba', 2027)).toEqual(['2027-01-15']);
  });

  it('puts Qingming (15°) and Dongzhi (270°) on the HKO days 1999–2100', () => {
    const mismatches: string[] = [];
    for (const [yearText, , terms] of hkoRows) {
      const year = Number(yearText);
      const qingming = fixedFromGregorian(year, 4, Number.parseInt(terms![6]!, 36));
      const dongzhi = fixedFromGregorian(year, 12, Number.parseInt(terms![23]!, 36));
      if (datesIn('qingming', year)[0] !== isoFromFixed(qingming)) mismatches.push(`qingming ${year}`);
      if (datesIn('dongzhi', year)[0] !== isoFromFixed(dongzhi)) mismatches.push(`dongzhi ${year}`);
    }
    expect(mismatches).toEqual([]);
  });

  // 1951: astronomy-engine puts the solstice 11 s after midnight UTC+8 (16:00:11 UT on 22 December; USNO's
  // rounded table also says 16:00), below the ~1 min accuracy measured against USNO; see docs/accuracy.md.
  it('puts Qingming and Dongzhi on python-holidays’ days 1901–2099 but the near-midnight 1951 solstice', () => {
    const mismatches: string[] = [];
    for (let year = 1901; year <= 2099; year++) {
      const april = thresholdDay(
        year,
        { 0: 1976, 1: 2009, 2: 2042, 3: 2075 },
        { 2: 1910, 3: 1943 },
        [4, 5, 6],
      );
      const december = thresholdDay(
        year,
        { 0: 1988, 1: 2021, 2: 2058, 3: 2091 },
        { 2: 1914, 3: 1947 },
        [21, 22, 23],
      );
      if (datesIn('qingming', year)[0] !== isoFromFixed(fixedFromGregorian(year, 4, april))) {
        mismatches.push(`qingming ${year}`);
      }
      if (datesIn('dongzhi', year)[0] !== isoFromFixed(fixedFromGregorian(year, 12, december))) {
        mismatches.push(`dongzhi ${year}`);
      }
    }
    expect(mismatches).toEqual(['dongzhi 1951']);
  });

  it('gives the solar-term instant with Qingming', () => {
    const [observance] = holiday('qingming').rule.observancesIn(2026, DEFAULT_OPTIONS);
    expect(observance!.instant).toMatch(/^2026-04-04T/);
    expect(isoFromFixed(observance!.start)).toBe('2026-04-05');
  });

  // Laba (12/8) can fall in January and again in late December of one year (2022: 10 Jan and 30 Dec), or in
  // neither (2023).
  it('returns one observance per year 1899–2101, and zero to two Labas', () => {
    for (let year = 1899; year <= 2101; year++) {
      for (const h of chinese.holidays) {
        const count = h.rule.observancesIn(year, DEFAULT_OPTIONS).length;
        expect(h.id === 'laba' ? count <= 2 : count === 1).toBe(true);
      }
    }
    expect(datesIn('laba', 2022)).toEqual(['2022-01-10', '2022-12-30']);
    expect(datesIn('laba', 2023)).toEqual([]);
  });

  it('shows through the query: New Year 2026 from the eve of 16 Feb to the Lantern Festival, in German', () => {
    const [newYear] = getHolidays({ year: 2026, ids: ['chinese-new-year'], locale: 'de' });
    expect(newYear).toMatchObject({
      name: 'Chinesisches Neujahr',
      date: '2026-02-17',
      endDate: '2026-03-03',
      startsEvening: true,
      nativeDate: '1. Tag des 1. Monats (Jahr des Pferdes)',
    });
  });
});

import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { isoFromFixed } from '../calendars/gregorian.js';
import { DEFAULT_OPTIONS } from '../query.js';
import { vietnamese } from './vietnamese.js';

const tet = (year: number) => vietnamese.holidays[0]!.rule.observancesIn(year, DEFAULT_OPTIONS);

// Years where Tết differs from Chinese New Year because of UTC+7, as reported by Vietnamese officials (VNExpress /
// viet-jo.com, 2006: 2007 on 17 Feb, a day before China; again in 2030 and 2053) and the famous 1985 case (Tết on
// 21 Jan, a month before China's 20 Feb: Hồ Ngọc Đức, "Âm lịch Việt Nam"). North Vietnam's first UTC+7 Tết was
// 29 Jan 1968 (H. Aslaksen, "The Mathematics of the Chinese Calendar").
describe('vietnamese tradition', () => {
  it('has tet: three days beginning on New Year’s Eve', () => {
    const row = vietnamese.holidays[0]!;
    expect([row.id, row.days, row.startsEvening, row.importance]).toEqual(['tet', 3, true, 'major']);
  });

  it('puts Tết on the published days', () => {
    const published: Record<number, string> = {
      1968: '1968-01-29',
      1985: '1985-01-21',
      2007: '2007-02-17',
      2026: '2026-02-17',
      2030: '2030-02-02',
      2053: '2053-02-18',
    };
    for (const [year, date] of Object.entries(published)) {
      expect(tet(Number(year)).map((o) => isoFromFixed(o.start))).toEqual([date]);
    }
    expect(tet(2026)[0]!.nativeDate?.en).toBe('Month 1 Day 1 (Year of the Horse)');
  });

  // The zone before 1968 (see calendars/chinese.ts): Vietnam kept the Chinese calendar, reckoned for Beijing, until
  // North Vietnam's decree of 8 Aug 1967 (H. Aslaksen, "The Mathematics of the Chinese Calendar", 2010, §Vietnam;
  // the South followed in 1975). An independent implementation of that history: date-holidays 3.37.0 (commenthol,
  // npm; the "vietnamese 1-0-1" rule of its VN table is date-chinese's CalendarVietnamese: UTC+8 before 1968, UTC+7 from
  // 1968, with astronomia's VSOP87/ELP positions, not ours). python-holidays reckons UTC+7 for every year and
  // differs in 1903, 1916, 1935 and 1965 (calendars/chinese.test.ts).
  it('agrees with date-holidays’ Vietnamese New Year every year 1900–2100', () => {
    // The VN table's own rule alone (`vietnamese 1-0-1`): the whole country table would compute every holiday.
    const vietnam = new Holidays();
    vietnam.setHoliday('vietnamese 1-0-1', { name: { en: 'Tết' }, type: 'public' });
    const disagreements: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      const theirs = vietnam.getHolidays(year, 'en').map((holiday) => holiday.date.slice(0, 10));
      const ours = tet(year).map((o) => isoFromFixed(o.start));
      if (theirs.join() !== ours.join()) disagreements.push(`${year}: theirs ${theirs}, ours ${ours}`);
    }
    expect(disagreements).toEqual([]);
  });
});

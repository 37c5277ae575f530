import { describe, expect, it } from 'vitest';
import { isoFromFixed } from '../calendars/gregorian.js';
import { DEFAULT_OPTIONS } from '../query.js';
import { korean } from './korean.js';

const datesIn = (id: string, year: number) =>
  korean.holidays
    .find((h) => h.id === id)!
    .rule.observancesIn(year, DEFAULT_OPTIONS)
    .map((o) => isoFromFixed(o.start));

// Korean public holidays as announced (Ministry of the Interior and Safety; timeanddate.com "Holidays in South
// Korea"): Seollal 2026 = 17 Feb (holiday 16–18 Feb), Chuseok 2026 = 25 Sep (24–26 Sep); 2027 Seollal falls a
// day after China's (7 vs 6 Feb) because the new moon is at 00:56 KST. Full 1901–2100 comparison: python-holidays
// and Intl dangi in calendars/chinese.test.ts.
describe('korean tradition', () => {
  it('has seollal and chuseok', () => {
    expect(korean.holidays.map((h) => [h.id, h.importance])).toEqual([
      ['seollal', 'major'],
      ['chuseok', 'major'],
    ]);
    for (const h of korean.holidays) expect(h.description.en).toMatch(/day before and after/);
  });

  it('puts Seollal and Chuseok 2026 on 17 Feb and 25 Sep, Seollal 2027 on 7 Feb', () => {
    expect(datesIn('seollal', 2026)).toEqual(['2026-02-17']);
    expect(datesIn('chuseok', 2026)).toEqual(['2026-09-25']);
    expect(datesIn('seollal', 2027)).toEqual(['2027-02-07']);
  });
});

import { describe, expect, it } from 'vitest';
import { occurrenceOf as find, occurrencesOf } from '../../test/support.js';
import { dayOfWeek, fixedFromIso } from '../calendars/gregorian.js';
import { getHolidays } from '../query.js';
import type { IslamicMethod, Occurrence } from '../types.js';
import { alevism } from './alevism.js';

/*
 * References:
 * - Hızır fasting 2026, 10–12 Feb: the Dortmund municipal Interkultureller Kalender 2026 and Turkish press, as
 *   recorded in the catalogue (shared/catalogue.md, alevism).
 * - Muharrem fast 2017: "Muharrem Orucu" by Ali İhsan Öztürk, arguvanhaber.com (fast begins 21 Sep, Aşure day
 *   3 Oct 2017; Kurban Bayramı 2017 was 1 Sep). Muharrem fast 2021: tum-haberler.com, "Muharrem orucu nedir?
 *   Aşure günü ne zaman?" (9–20 Aug 2021). Counting rule: alevi-frankfurt.com "Muharrem" and bolgegundem.com
 *   (Aug 2020): count 20 days from the first day of Kurban Bayramı; the fast begins after the 20th day's evening.
 */

const query = (year: number, islamicMethod: IslamicMethod = 'diyanet'): Occurrence[] =>
  occurrencesOf('alevism', year, { islamicMethod });

describe('alevism tradition table', () => {
  it('has the catalogue rows', () => {
    expect(alevism.holidays.map((h) => [h.id, h.importance, h.days, h.startsEvening])).toEqual([
      ['hizir-fasting', 'major', 3, false],
      ['muharrem-fasting', 'major', 12, true],
      ['asure-alevi', 'major', 1, false],
      ['nevruz-alevi', 'major', 1, false],
      ['hidirellez', 'minor', 1, true],
    ]);
    expect(alevism.holidays.find((h) => h.id === 'hizir-fasting')!.uncertainty?.note.en).toMatch(
      /13–15 February/,
    );
  });

  it('puts the Hızır fast on 10–12 Feb 2026, Tuesday to Thursday from the second Tuesday of February', () => {
    const hizir = find(query(2026), 'hizir-fasting');
    expect([hizir.date, hizir.endDate]).toEqual(['2026-02-10', '2026-02-12']);
    for (let year = 1900; year <= 2100; year += 7) {
      const [{ date: iso }] = getHolidays({ year, ids: ['hizir-fasting'] }) as [Occurrence];
      const date = fixedFromIso(iso)!;
      const day = Number(iso.slice(8));
      expect(dayOfWeek(date)).toBe(2);
      expect(day).toBeGreaterThanOrEqual(8);
      expect(day).toBeLessThanOrEqual(14);
    }
  });

  it('starts the Muharrem fast 20 days after Kurban Bayramı and keeps Aşure the day after its 12 days', () => {
    const y2017 = query(2017);
    expect(find(y2017, 'muharrem-fasting')).toMatchObject({ date: '2017-09-21', endDate: '2017-10-02' });
    expect(find(y2017, 'asure-alevi').date).toBe('2017-10-03');
    expect(find(query(2021), 'muharrem-fasting')).toMatchObject({
      date: '2021-08-09',
      endDate: '2021-08-20',
    });
  });

  it('follows the chosen Islamic method and says which', () => {
    const diyanet = find(query(2026, 'diyanet'), 'muharrem-fasting');
    const eid = getHolidays({ year: 2026, ids: ['eid-al-adha'], islamicMethod: 'tabular' })[0]!;
    const tabular = find(query(2026, 'tabular'), 'muharrem-fasting');
    expect(diyanet.variant).toBe('diyanet');
    expect(tabular.variant).toBe('tabular');
    expect(fixedFromIso(tabular.date)! - fixedFromIso(eid.date)!).toBe(20);
    expect(diyanet.nativeDate).toMatch(/^(1 Muharram 1448|30 Dhu al-Hijjah 1447)$/);
  });

  it('keeps Nevruz on 21 March and Hıdırellez on 6 May with its eve', () => {
    const year = query(2030);
    expect(find(year, 'nevruz-alevi').date).toBe('2030-03-21');
    expect(find(year, 'hidirellez')).toMatchObject({ date: '2030-05-06', startsEvening: true });
  });
});

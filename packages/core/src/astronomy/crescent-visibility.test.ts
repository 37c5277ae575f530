import { describe, expect, it } from 'vitest';
import type { Place } from '../types.js';
import {
  crescentGeometry,
  crescentSeen,
  odehV,
  odehZone,
  yallopClass,
  yallopQ,
} from './crescent-visibility.js';

/*
 * References:
 * - The Indonesian Ministry of Religious Affairs' hisab data presented at each sidang isbat (positions of the
 *   crescent at sunset across Indonesia, its western end at Sabang/Banda Aceh and eastern end at Jayapura), as the
 *   press reported them the same day (read 2026-12-04 with the search tool):
 *   1 Apr 2022: altitude 1°06.78′ to 2°10′ (palembang.inews.id/read/63010);
 *   28 Feb 2025: altitude 3°05.91′ to 4°40.96′, elongation 4°47.3′ to 6°24.14′ (kanal24.co.id, "hasil sidang isbat
 *   tetapkan 1 Ramadhan 1446 H"); 27 May 2025: altitude 0°44′09″ (Jayapura) to 3°12′17″, elongation 5°50′38″ to
 *   7°06′16″, the MABIMS limits met in Aceh incl. Sabang and Banda Aceh (bogornews.biz.id, Cecep Nurwendaya's
 *   presentation); 17 Feb 2026: elongation 0.94° to 1.89° (digital.okezone.com/view/2026/02/17/1/104039).
 *   (The 22 Mar 2023 figures, elongation 7.93°–9.54°, are topocentric, unlike the other years' geocentric ones, and
 *   are not used.)
 * - The naked-eye record crescent: S. J. O'Meara, 25 Feb 1990, Collins Gap, Tennessee: elongation 7.7°, relative
 *   altitude 7.6°, relative azimuth 0.6° at best time (B. E. Schaefer's papers, as catalogued by the ICOP record
 *   list; read in nuhatech/hilal-globe docs/crescent-observation-records.md).
 * - The class and zone limits are those of Yallop (NAO Technical Note 69, 1997) and Odeh (Experimental Astronomy
 *   18, 2006).
 */
const SABANG: Place = { latitude: 5.8933, longitude: 95.3214, timeZone: 'Asia/Jakarta' };
const JAYAPURA: Place = { latitude: -2.5337, longitude: 140.7181, timeZone: 'Asia/Jayapura' };
const COLLINS_GAP: Place = { latitude: 35.63, longitude: -83.47, timeZone: 'America/New_York' };

const evening = (iso: string, place: Place) => crescentGeometry(new Date(`${iso}T00:00:00Z`), place)!;
const dms = (degrees: number, minutes: number, seconds = 0) => degrees + minutes / 60 + seconds / 3600;

describe('crescent geometry at sunset (the MABIMS quantities)', () => {
  // [date, place, published elongation] — the extremes of the Ministry's range at Indonesia's two ends.
  const elongations: [string, Place, number][] = [
    ['2025-02-28', SABANG, dms(6, 24.14)],
    ['2025-02-28', JAYAPURA, dms(4, 47.3)],
    ['2025-05-27', SABANG, dms(7, 6, 16)],
    ['2025-05-27', JAYAPURA, dms(5, 50, 38)],
    ['2026-02-17', SABANG, 0.94],
    ['2026-02-17', JAYAPURA, 1.89],
  ];
  it('gives the geocentric elongation the Indonesian isbat published, within 0.05°', () => {
    for (const [date, place, published] of elongations) {
      expect(Math.abs(evening(date, place).sunsetElongation - published)).toBeLessThan(0.05);
    }
  });

  const altitudes: [string, Place, number][] = [
    ['2022-04-01', SABANG, dms(2, 10)],
    ['2022-04-01', JAYAPURA, dms(1, 6.78)],
    ['2025-02-28', SABANG, dms(4, 40.96)],
    ['2025-02-28', JAYAPURA, dms(3, 5.91)],
    ['2025-05-27', SABANG, dms(3, 12, 17)],
    ['2025-05-27', JAYAPURA, dms(0, 44, 9)],
  ];
  // The Ministry's observation posts are not exactly our two points, so the altitudes agree to about 0.2°; the
  // upper limb is what fits (the Moon's centre would be 0.25° lower throughout).
  it("gives the upper limb's altitude the Indonesian isbat published, within 0.2°", () => {
    for (const [date, place, published] of altitudes) {
      expect(Math.abs(evening(date, place).sunsetMoonAltitude - published)).toBeLessThan(0.2);
    }
  });

  it('says MABIMS is met in Aceh but not in Papua on 27 May 2025, as the Ministry did', () => {
    expect(crescentSeen(evening('2025-05-27', SABANG), 'mabims')).toBe(true);
    expect(crescentSeen(evening('2025-05-27', JAYAPURA), 'mabims')).toBe(false);
  });
});

describe('crescent geometry at the best time (Yallop, Odeh)', () => {
  it("reproduces the record naked-eye sighting's published elongation, relative altitude and azimuth", () => {
    const record = evening('1990-02-25', COLLINS_GAP);
    expect(record.lag).toBeGreaterThan(0);
    expect(Math.abs(record.arclTopocentric - 7.7)).toBeLessThan(0.2);
    expect(Math.abs(record.arcvTopocentric - 7.6)).toBeLessThan(0.2);
    expect(Math.abs(Math.abs(record.daz) - 0.6)).toBeLessThan(0.2);
    // The best time lies 4/9 of the lag after sunset.
    expect(record.bestTime.getTime() - record.sunset.getTime()).toBeCloseTo(
      (4 / 9) * record.lag * 60_000,
      -2,
    );
  });

  it('puts a crescent below the horizon at sunset in the lowest class of both criteria', () => {
    const unseen = evening('2026-02-17', SABANG);
    expect(unseen.lag).toBeLessThan(0);
    expect(yallopClass(yallopQ(unseen.arcvGeocentric, unseen.widthYallop))).toBe('F');
    expect(odehZone(odehV(unseen.arcvTopocentric, unseen.widthOdeh), unseen.arclTopocentric)).toBe('D');
    for (const criterion of ['odeh', 'yallop', 'mabims'] as const)
      expect(crescentSeen(unseen, criterion)).toBe(false);
  });

  it('grades by the published limits', () => {
    expect([0.217, 0.216, -0.014, -0.16, -0.232, -0.293].map(yallopClass)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
    ]);
    expect([5.65, 5.64, 2, -0.96, -0.97].map((v) => odehZone(v, 10))).toEqual(['A', 'B', 'B', 'C', 'D']);
    // Below the Danjon limit nothing is visible, whatever V says.
    expect(odehZone(10, 6.3)).toBe('D');
  });
});

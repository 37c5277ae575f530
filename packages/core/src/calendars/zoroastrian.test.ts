import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import { parsiNewYears } from '../../test/support.js';
import { fixedFromIso, isoFromFixed } from './gregorian.js';
import { fixedFromZoroastrian, type ZoroastrianDate, zoroastrianFromFixed } from './zoroastrian.js';

/**
 * Reference: published dates of Parsi New Year (Shahenshahi 1 Farvardin) in India — Reserve Bank of India
 * Mumbai holidays 2014, Government of Maharashtra holiday lists 2021 and 2024, Free Press Journal 2022, and
 * HolidayAPI's India table 2020–2029 — in test/fixtures/zoroastrian-parsi-new-year.csv (see its header).
 */
const PARSI_NEW_YEARS = parsiNewYears();

describe('zoroastrian (Shahenshahi and Kadmi, 365-day years)', () => {
  runCalendarContract<ZoroastrianDate>({
    toFixed: (date) => fixedFromZoroastrian(date),
    fromFixed: (date) => zoroastrianFromFixed(date),
  });
  runCalendarContract<ZoroastrianDate>({
    toFixed: (date) => fixedFromZoroastrian(date, 'kadmi'),
    fromFixed: (date) => zoroastrianFromFixed(date, 'kadmi'),
  });

  it('puts Shahenshahi 1 Farvardin on every published Parsi New Year', () => {
    const computed = PARSI_NEW_YEARS.map((iso) => {
      const { year } = zoroastrianFromFixed(fixedFromIso(iso)!);
      return isoFromFixed(fixedFromZoroastrian({ year, month: 1, day: 1 }));
    });
    expect(PARSI_NEW_YEARS.length).toBeGreaterThanOrEqual(10);
    expect(computed).toEqual(PARSI_NEW_YEARS);
  });

  // Wikipedia, "Zoroastrian calendar" (Calendar eras): "22 July AD 2000 was Nowruz and the first day of
  // 1370 Y.Z." in the Qadimi (Kadmi) reckoning; read 2026-11-25 in a stored copy of the article.
  it('puts Kadmi 1 Farvardin 1370 Y.Z. on 22 July 2000', () => {
    expect(isoFromFixed(fixedFromZoroastrian({ year: 1370, month: 1, day: 1 }, 'kadmi'))).toBe('2000-07-22');
  });

  it('runs the Kadmi reckoning 30 days ahead of the Shahenshahi one', () => {
    const date = { year: 1395, month: 1, day: 1 };
    expect(fixedFromZoroastrian(date) - fixedFromZoroastrian(date, 'kadmi')).toBe(30);
  });

  it('ends the year with five Gatha days and has no leap day', () => {
    const lastGatha = fixedFromZoroastrian({ year: 1394, month: 13, day: 5 });
    expect(zoroastrianFromFixed(lastGatha + 1)).toEqual({ year: 1395, month: 1, day: 1 });
    expect(
      fixedFromZoroastrian({ year: 1395, month: 1, day: 1 }) -
        fixedFromZoroastrian({ year: 1394, month: 1, day: 1 }),
    ).toBe(365);
  });
});

import { getHolidaysForYear_ } from '@hebcal/core/dist/esm/holidays';
import { holidayDesc } from '@hebcal/core/dist/esm/staticHolidays';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../query.js';
import { hebcalHoliday } from './hebrew.js';

// hebcalHoliday takes hebcal's dates for three weekday-moved days from its small functions, not from its whole
// holiday list; this checks the two agree in every Hebrew year the library reaches (5660–5862 ≈ 1899–2102).
describe("hebcal's moved holidays", () => {
  for (const holiday of ['YOM_HASHOAH', 'YOM_HAATZMA_UT', 'TISHA_BAV'] as const) {
    it(`dates ${holiday} as @hebcal/core's holiday list does, 5660–5862`, () => {
      const title = holidayDesc[holiday];
      const rule = hebcalHoliday(holiday);
      const wrong: string[] = [];
      let compared = 0;
      for (let gregorian = 1900; gregorian <= 2100; gregorian++) {
        const ours = rule.observancesIn(gregorian, DEFAULT_OPTIONS).map((o) => o.start);
        const theirs = [gregorian + 3760, gregorian + 3761].flatMap((year) =>
          [...getHolidaysForYear_(year).values()]
            .flat()
            .filter((event) => event.getDesc() === title || event.getDesc() === `${title} (observed)`)
            .map((event) => event.getDate().abs())
            .filter((day) => new Date((day - 719163) * 86_400_000).getUTCFullYear() === gregorian),
        );
        compared += theirs.length;
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) wrong.push(`${gregorian}: ${ours} vs ${theirs}`);
      }
      expect(wrong).toEqual([]);
      expect(compared).toBeGreaterThan(holiday === 'TISHA_BAV' ? 200 : 145);
    });
  }
});

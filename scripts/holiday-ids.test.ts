import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { HOLIDAY_IDS } from '../packages/core/src/holiday-ids.js';
import { listTraditions } from '../packages/core/src/query.js';
import { HOLIDAY_IDS_FILE, renderHolidayIds } from './holiday-ids.js';

it('packages/core/src/holiday-ids.ts matches the tradition tables (run `pnpm ids:holidays` after changing one)', () => {
  expect(readFileSync(HOLIDAY_IDS_FILE, 'utf8')).toBe(renderHolidayIds());
});

it('lists every holiday listTraditions() knows, once each', () => {
  const listed = listTraditions().flatMap((tradition) => tradition.holidays.map((holiday) => holiday.id));
  expect([...HOLIDAY_IDS]).toEqual(listed);
  expect(new Set(HOLIDAY_IDS).size).toBe(HOLIDAY_IDS.length);
});

import { TRADITIONS } from '../packages/core/src/traditions/index.js';

/** Where the generated union lives. */
export const HOLIDAY_IDS_FILE = new URL('../packages/core/src/holiday-ids.ts', import.meta.url);

/** The text of packages/core/src/holiday-ids.ts: every holiday id of the tables, in table order. */
export function renderHolidayIds(): string {
  const ids = TRADITIONS.flatMap((tradition) => tradition.holidays.map((holiday) => holiday.id));
  return [
    '// Generated from the tradition tables by scripts/write-holiday-ids.ts (`pnpm ids:holidays`): do not edit.',
    '// scripts/holiday-ids.test.ts fails when a table changes and this file was not regenerated.',
    '',
    '/** Every holiday id, in the order of the tradition tables. */',
    'export const HOLIDAY_IDS = [',
    ...ids.map((id) => `  '${id}',`),
    '] as const;',
    '',
    '/** A holiday id, e.g. "diwali" (listTraditions() gives their names). */',
    'export type HolidayId = (typeof HOLIDAY_IDS)[number];',
    '',
  ].join('\n');
}

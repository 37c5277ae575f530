import type { HolidayDefinition, TraditionDefinition } from '../types.js';

/**
 * One row of a tradition table: a holiday with every column but its tradition, which the table adds. All tables
 * write this one shape. A column added to HolidayDefinition (types.ts) becomes a column here, and the compiler then
 * asks every table for it: in each row, or once in the table's defaults.
 */
export type HolidayRow = Omit<HolidayDefinition, 'tradition'>;

/** The columns a table may fill once for all its rows (a row that gives one overrides the table's value). */
export type RowDefaults = Partial<
  Pick<HolidayRow, 'importance' | 'days' | 'startsEvening' | 'uncertainty' | 'sources'>
>;

/** A row as a table with `defaults` writes it: the defaulted columns may be left out. */
export type TableRow<Defaults extends RowDefaults> = Omit<HolidayRow, keyof Defaults> &
  Partial<Pick<HolidayRow, keyof Defaults & keyof HolidayRow>>;

/** A tradition from its name, description and table: each row, completed by the defaults, with the tradition. */
export function defineTradition<Defaults extends RowDefaults>(
  tradition: Omit<TraditionDefinition, 'holidays'>,
  defaults: Defaults,
  rows: readonly TableRow<Defaults>[],
): TraditionDefinition {
  return {
    ...tradition,
    // The types above guarantee every column: each is in the row or in the defaults.
    holidays: rows.map(
      (row) => ({ ...defaults, ...row, tradition: tradition.id }) as unknown as HolidayDefinition,
    ),
  };
}

import type { Locale, LocalizedText, TraditionId } from '../../types.js';
import type { CitedName, NameTable } from './table.js';

/** Name tables by locale, as createHolidays takes them: `{ uk, ru }`, or NAME_TABLES for all. */
export type NameTables = Readonly<Partial<Record<Locale, NameTable>>>;

/** The merged names of holidays and traditions for one set of name tables. */
export interface NameLookup {
  /** A holiday's names in every locale that has one: the row's own, then the tables'. */
  holidayNames(row: { readonly id: string; readonly names: LocalizedText }): LocalizedText;
  /** A tradition's names in every locale that has one: the table's own, then the tables'. */
  traditionNames(tradition: { readonly id: TraditionId; readonly names: LocalizedText }): LocalizedText;
}

export function createNameLookup(tables: NameTables): NameLookup {
  const entries = Object.entries(tables).filter(
    (entry): entry is [Locale, NameTable] => entry[1] !== undefined,
  );
  const merged = (inline: LocalizedText, pick: (table: NameTable) => CitedName | undefined) => {
    const names: LocalizedText = { ...inline };
    for (const [locale, table] of entries) {
      const found = pick(table);
      if (found !== undefined && names[locale] === undefined) names[locale] = found.name;
    }
    return names;
  };
  // Rows are module constants: one merged copy each, made on first ask.
  const holidayCache = new Map<string, LocalizedText>();
  const traditionCache = new Map<string, LocalizedText>();
  return {
    holidayNames(row) {
      let names = holidayCache.get(row.id);
      if (names === undefined) {
        names = merged(row.names, (table) => table.holidays[row.id as keyof NameTable['holidays']]);
        holidayCache.set(row.id, names);
      }
      return names;
    },
    traditionNames(tradition) {
      let names = traditionCache.get(tradition.id);
      if (names === undefined) {
        names = merged(tradition.names, (table) => table.traditions[tradition.id]);
        traditionCache.set(tradition.id, names);
      }
      return names;
    },
  };
}

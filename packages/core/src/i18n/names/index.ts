import type { Locale, LocalizedText, TraditionId } from '../../types.js';
import { fa } from './fa.js';
import { ku } from './ku.js';
import { pl } from './pl.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import type { CitedName, NameTable } from './table.js';
import { uk } from './uk.js';

export type { CitedName, NameTable } from './table.js';

/**
 * The names of the locales added after the tradition tables were written (issue 13). The tables keep en, de, tr
 * and ar inline; these locales live in one module each, so names, their sources and the rules stay apart.
 */
export const NAME_TABLES = { uk, ru, pl, fa, ku, ro } as const satisfies Partial<Record<Locale, NameTable>>;

const TABLES = Object.entries(NAME_TABLES) as [Locale, NameTable][];

function merged(inline: LocalizedText, pick: (table: NameTable) => CitedName | undefined): LocalizedText {
  const names: LocalizedText = { ...inline };
  for (const [locale, table] of TABLES) {
    const found = pick(table);
    if (found !== undefined && names[locale] === undefined) names[locale] = found.name;
  }
  return names;
}

// Rows are module constants: one merged copy each, made on first ask.
const holidayCache = new Map<string, LocalizedText>();
const traditionCache = new Map<string, LocalizedText>();

/** A holiday's names in every locale that has one: the row's own, then the per-locale tables'. */
export function holidayNames(row: { readonly id: string; readonly names: LocalizedText }): LocalizedText {
  let names = holidayCache.get(row.id);
  if (names === undefined) {
    names = merged(row.names, (table) => table.holidays[row.id as keyof NameTable['holidays']]);
    holidayCache.set(row.id, names);
  }
  return names;
}

/** A tradition's names in every locale that has one: the table's own, then the per-locale tables'. */
export function traditionNames(tradition: {
  readonly id: TraditionId;
  readonly names: LocalizedText;
}): LocalizedText {
  let names = traditionCache.get(tradition.id);
  if (names === undefined) {
    names = merged(tradition.names, (table) => table.traditions[tradition.id]);
    traditionCache.set(tradition.id, names);
  }
  return names;
}

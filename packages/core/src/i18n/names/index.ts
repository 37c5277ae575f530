import type { Locale } from '../../types.js';
import { fa } from './fa.js';
import { ku } from './ku.js';
import { pl } from './pl.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import type { NameTable } from './table.js';
import { uk } from './uk.js';

export type { NameTables } from './lookup.js';
export type { CitedName, NameTable } from './table.js';
export { fa, ku, pl, ro, ru, uk };

/**
 * The names of the locales added after the tradition tables were written (issue 13). The tables keep en, de, tr
 * and ar inline; these locales live in one module each, so names, their sources and the rules stay apart, and a
 * web page that needs none of them does not download them (createHolidays' `names`).
 */
export const NAME_TABLES = { uk, ru, pl, fa, ku, ro } as const satisfies Partial<Record<Locale, NameTable>>;

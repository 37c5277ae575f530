/**
 * `@interkal/core/names`: the names of holidays and traditions in the locales not built in (uk, ru, pl, fa, ku,
 * ro), one table each, for createHolidays' `names`: `{ uk, ru }`, or NAME_TABLES for all six.
 *
 * @module @interkal/core/names
 */
export {
  type CitedName,
  fa,
  ku,
  NAME_TABLES,
  type NameTable,
  type NameTables,
  pl,
  ro,
  ru,
  uk,
} from './i18n/names/index.js';

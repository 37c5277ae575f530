import type { HolidayId } from '../../holiday-ids.js';
import type { TraditionId } from '../../types.js';

/** A name as native speakers write it, with where that usage is documented. */
export interface CitedName {
  readonly name: string;
  /** An https page in the name's language that uses it: a Wikipedia article, a church's or ministry's calendar. */
  readonly source: string;
}

/**
 * The names of one locale that the tradition tables don't carry inline (they hold en, de, tr, ar). A holiday or
 * tradition missing here is shown in English and listed in FALLBACKS.md (`pnpm names:fallbacks`).
 */
export interface NameTable {
  readonly traditions: Readonly<Partial<Record<TraditionId, CitedName>>>;
  readonly holidays: Readonly<Partial<Record<HolidayId, CitedName>>>;
}

/**
 * How sure a citation is: a `cited` page was read (issue 13's session read them from a stored web index); a
 * `wikipedia` URL names the article in that language whose title is the name as its speakers write it, built from
 * the title and not fetched. A reviewer who reads the language should check those first.
 *
 * A citer for one Wikipedia edition: `w(name)` cites the article titled `name`; `w(name, article)` one whose title
 * differs from the name used (an article on the wider subject, or the name with a qualifier).
 */
export function wikipedia(edition: string): (name: string, article?: string) => CitedName {
  return (name, article = name) => ({
    name,
    source: `https://${edition}.wikipedia.org/wiki/${article.replaceAll(' ', '_')}`,
  });
}

/** A name documented on a page other than Wikipedia. */
export const cited = (name: string, source: string): CitedName => ({ name, source });

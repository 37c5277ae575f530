import type { Occurrence } from '@interkal/core';

// How the month's grid, list and legend write an occurrence: its days as instants for Intl, its name marked where
// it is English, the locale's list separator.

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const unique = <T,>(values: T[]) => [...new Set(values)];
export const inEnglish = (o: Occurrence) => o.nameLocale === 'en';

/** A holiday's name, marked as English where the locale has no documented form of it yet (read and set LTR). */
export const nameOf = (o: Occurrence) =>
  inEnglish(o) ? (
    <span lang="en" dir="ltr">
      {o.name}
    </span>
  ) : (
    o.name
  );

/** The locale's list separator (", " or Persian "، "), from CLDR through Intl. */
export const separator = (tag: string) =>
  new Intl.ListFormat(tag, { type: 'conjunction' }).formatToParts(['a', 'b', 'c'])[1]?.value ?? ', ';

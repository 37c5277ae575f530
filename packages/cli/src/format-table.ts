import type { Occurrence, TraditionInfo, UncertaintyKind } from '@interkal/core';

interface Labels {
  date: string;
  until: string;
  holiday: string;
  tradition: string;
  begins: string;
  uncertain: string;
  instant: string;
  fromEvening: string;
  uncertainty: Record<UncertaintyKind, string>;
  none: string;
}

const EN: Labels = {
  date: 'Date',
  until: 'Until',
  holiday: 'Holiday',
  tradition: 'Tradition',
  begins: 'Begins',
  uncertain: 'Uncertain',
  instant: 'Moment (UTC)',
  fromEvening: 'from evening before',
  uncertainty: {
    moon: 'moon sighting',
    place: 'depends on place',
    region: 'varies by region',
    announced: 'announced yearly',
  },
  none: 'No holidays match.',
};

// Arabic falls back to English labels; names and notes still come in Arabic from core.
const LABELS: Record<string, Labels> = {
  en: EN,
  de: {
    date: 'Datum',
    until: 'bis',
    holiday: 'Feiertag',
    tradition: 'Tradition',
    begins: 'Beginn',
    uncertain: 'Unsicher',
    instant: 'Zeitpunkt (UTC)',
    fromEvening: 'ab Vorabend',
    uncertainty: {
      moon: 'Mondsichtung',
      place: 'ortsabhängig',
      region: 'regional verschieden',
      announced: 'jährlich festgelegt',
    },
    none: 'Keine Feiertage gefunden.',
  },
  tr: {
    date: 'Tarih',
    until: 'Bitiş',
    holiday: 'Gün',
    tradition: 'Gelenek',
    begins: 'Başlangıç',
    uncertain: 'Belirsiz',
    instant: 'An (UTC)',
    fromEvening: 'arife akşamından',
    uncertainty: {
      moon: 'hilal gözlemi',
      place: 'konuma bağlı',
      region: 'bölgeye göre',
      announced: 'her yıl ilan edilir',
    },
    none: 'Eşleşen gün yok.',
  },
};

export interface TableOptions {
  /** A BCP 47 tag as given on the command line ("de", "de-AT"); dates follow it via Intl. */
  locale: string;
  /** Tradition id → localized name. */
  traditionNames: ReadonlyMap<string, string>;
}

/** An aligned plain-text table of occurrences, one line each, ending in a newline. */
export function formatHolidayTable(occurrences: readonly Occurrence[], options: TableOptions): string {
  const labels = labelsFor(options.locale);
  if (occurrences.length === 0) return `${labels.none}\n`;
  const formatDay = dayFormatter(options.locale);
  const header = [
    labels.date,
    labels.until,
    labels.holiday,
    labels.tradition,
    labels.begins,
    labels.uncertain,
  ];
  const rows = occurrences.map((o) => [
    formatDay(o.date),
    o.endDate === o.date ? '' : formatDay(o.endDate),
    o.name,
    options.traditionNames.get(o.tradition) ?? o.tradition,
    // With --place or --city: the evening's local sunset (the day before the date).
    o.startsAt
      ? `${labels.fromEvening} ${o.startsAt.slice(11, 16)}`
      : o.startsEvening
        ? labels.fromEvening
        : '',
    o.uncertainty ? labels.uncertainty[o.uncertainty.kind] : '',
  ]);
  // The astronomical moment behind a date (an equinox for Nowruz) gets a column only when one is listed.
  if (occurrences.some((o) => o.instant !== undefined)) {
    const formatInstant = instantFormatter(options.locale);
    header.push(labels.instant);
    rows.forEach((row, index) => {
      const instant = occurrences[index]!.instant;
      row.push(instant === undefined ? '' : formatInstant(instant));
    });
  }
  return alignColumns([header, ...rows]);
}

/** Traditions with their holiday ids (what --traditions and --ids accept). */
export function formatTraditionList(traditions: readonly TraditionInfo[]): string {
  return traditions
    .map((tradition) => {
      const rows = tradition.holidays.map((holiday) => ['  ', holiday.id, holiday.name, holiday.importance]);
      return `${tradition.id}: ${tradition.name}\n${alignColumns(rows)}`;
    })
    .join('\n');
}

function labelsFor(locale: string): Labels {
  return LABELS[locale.split(/[-_]/)[0]!.toLowerCase()] ?? EN;
}

/** "Do 02.04.2026" (de), "Thu 04/02/2026" (en): short weekday plus the locale's numeric date. */
function dayFormatter(locale: string): (isoDate: string) => string {
  const tag = locale.replace('_', '-');
  // Gregorian whatever the locale's default calendar (fa would give Solar Hijri dates).
  const weekday = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC', calendar: 'gregory' });
  const date = new Intl.DateTimeFormat(tag, {
    calendar: 'gregory',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (isoDate) => {
    const day = new Date(`${isoDate}T00:00:00Z`);
    return `${weekday.format(day).replace(/\.$/, '')} ${date.format(day)}`;
  };
}

/** "20. März, 14:46" (de), "Mar 20, 14:46" (en): the instant in UTC, to the nearest minute. */
function instantFormatter(locale: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale.replace('_', '-'), {
    calendar: 'gregory',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  // Published tables round to the nearest minute (USNO: March equinox 2026 at 14:46).
  return (iso) => format.format(new Date(Date.parse(iso) + 30_000));
}

const graphemes = new Intl.Segmenter();

/** What makes one character span several UTF-16 units: marks, joiners, emoji, surrogate pairs. */
const CLUSTERING =
  /\p{M}|\u200c|\u200d|\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{10000}-\u{10ffff}]/u;

/** Display width in terminal cells, counting a combined character (ä as a + ¨) once. */
function width(text: string): number {
  // Segmenting every cell of a 200-year table took 3.8 of its 4.7 s; few cells need it.
  if (!CLUSTERING.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

function alignColumns(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, width(cell));
    });
  }
  const lines = rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - width(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
  return `${lines.join('\n')}\n`;
}

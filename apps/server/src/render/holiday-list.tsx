import type { Occurrence } from '@interkal/core';
import { type WidgetText, widgetText } from '../i18n/ui.js';
import { getHolidayDefinition } from '../library.js';
import { inEnglishIf } from './english.js';
import type { MonthGridProps } from './month-grid.js';
import { nameOf, separator, unique, utc } from './occurrence-text.js';
import { COLOUR_GROUPS, type ColourGroup, colourGroup } from './widget-css.js';

/** One occurrence per tradition, in the order they come: its tradition name, marked where it is English. */
const uniqueTraditions = (occurrences: Occurrence[]) =>
  occurrences.filter((o, i) => occurrences.findIndex((other) => other.tradition === o.tradition) === i);

const PLACEHOLDER = '\u{E000}';
/** A translated sentence around a list of names, each name marked as English where it is (see nameOf). */
function withNames(sentence: string, holidays: Occurrence[], comma: string) {
  const [before, after] = sentence.split(PLACEHOLDER);
  return (
    <>
      {before}
      {holidays.map((o, i) => (
        <>
          {i > 0 && comma}
          {nameOf(o)}
        </>
      ))}
      {after}
    </>
  );
}

/** Holidays that share their days and colour group: one line (the five Nowruz of 21 March). */
interface Line {
  group: ColourGroup;
  holidays: Occurrence[];
}
/** Lines that share their days: one entry under one date. */
interface DayGroup {
  date: string;
  endDate: string;
  lines: Line[];
}

/** The month's list: by days, then by colour group, in the order of the groups. */
export function groupByDays(occurrences: Occurrence[]): DayGroup[] {
  const days = new Map<string, DayGroup>();
  for (const o of occurrences) {
    const key = `${o.date}/${o.endDate}`;
    const day = days.get(key) ?? { date: o.date, endDate: o.endDate, lines: [] };
    days.set(key, day);
    const group = colourGroup(o.tradition);
    const line = day.lines.find((l) => l.group === group);
    if (line) line.holidays.push(o);
    else day.lines.push({ group, holidays: [o] });
  }
  const order = Object.keys(COLOUR_GROUPS);
  return [...days.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || b.endDate.localeCompare(a.endDate))
    .map((day) => ({
      ...day,
      lines: day.lines.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group)),
    }));
}

/** Each distinct uncertainty note once, numbered in order of appearance. */
export function numberNotes(occurrences: Occurrence[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const o of occurrences) {
    if (o.uncertainty && !notes.has(o.uncertainty.note)) notes.set(o.uncertainty.note, notes.size + 1);
  }
  return notes;
}

function ListLine({
  line,
  notes,
  props,
  text,
  idPrefix,
  comma,
}: {
  line: Line;
  notes: Map<string, number>;
  props: MonthGridProps;
  text: WidgetText;
  idPrefix: string;
  /** The locale's list separator. */
  comma: string;
}) {
  const { ui, language } = props;
  const evening = line.holidays.filter((o) => o.startsEvening);
  const noteKinds = new Map(
    line.holidays.flatMap((o) =>
      o.uncertainty ? [[notes.get(o.uncertainty.note)!, o.uncertainty.kind]] : [],
    ),
  );
  const refs = unique(line.holidays.flatMap((o) => (o.uncertainty ? [notes.get(o.uncertainty.note)!] : [])));
  const eveningText =
    evening.length === 0
      ? undefined
      : evening.length === line.holidays.length
        ? ui.beginsEveningBefore
        : withNames(text.eveningOf(PLACEHOLDER), evening, comma);
  return (
    <li class={`line g-${line.group}`} data-notes={refs.join(' ') || undefined}>
      <i class="sw" aria-hidden="true" />
      <span>
        {line.holidays.map((o, i) => (
          <>
            {i > 0 && ' · '}
            <a href={`/${language}/holidays/${o.id}`} target="_blank" rel="noopener">
              {nameOf(o)}
              <span class="sr"> {ui.newTab}</span>
            </a>
          </>
        ))}
        <span class="when">
          {uniqueTraditions(line.holidays).map((o, i) => (
            <>
              {i > 0 && comma}
              {inEnglishIf(o.traditionNameLocale === 'en', o.traditionName)}
            </>
          ))}
          {eveningText && (
            <>
              {' · '}
              {eveningText}
            </>
          )}
          {refs.map((n) => (
            <>
              {' · '}
              <a href={`#${idPrefix}note-${n}`}>
                {noteKinds.get(n) === 'moon' ? ui.moonSighting : text.note} <sup>{n}</sup>
              </a>
            </>
          ))}
        </span>
      </span>
    </li>
  );
}

/** The list under the grid (and on the year page): grouped by days, notes said once at the end. */
export function HolidayList({ props, idPrefix = '' }: { props: MonthGridProps; idPrefix?: string }) {
  const { tag, language, occurrences } = props;
  const text = widgetText(language);
  const format = new Intl.DateTimeFormat(tag, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const notes = numberNotes(occurrences);
  const comma = separator(tag);
  const kinds = new Map(
    occurrences.flatMap((o) => (o.uncertainty ? [[o.uncertainty.note, o.uncertainty.kind]] : [])),
  );
  // The occurrence says which language its name is in, not its note's: the definition has every translation.
  const englishNotes = new Set(
    occurrences.flatMap((o) =>
      o.uncertainty && getHolidayDefinition(o.id).uncertainty?.note[language] === undefined
        ? [o.uncertainty.note]
        : [],
    ),
  );
  return (
    <>
      <ul class="days">
        {groupByDays(occurrences).map((day) => (
          <li class="dg" data-from={day.date} data-to={day.endDate}>
            <time class="date" datetime={day.date}>
              {day.date === day.endDate
                ? format.format(utc(day.date))
                : format.formatRange(utc(day.date), utc(day.endDate))}
            </time>
            <ul>
              {day.lines.map((line) => (
                <ListLine
                  line={line}
                  notes={notes}
                  props={props}
                  text={text}
                  idPrefix={idPrefix}
                  comma={comma}
                />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {[...notes].map(([note, n]) => (
        <p class="fn" id={`${idPrefix}note-${n}`} data-note={n}>
          <sup>{n}</sup> {kinds.get(note) === 'moon' && `${props.ui.moonSighting}: `}
          {englishNotes.has(note) ? (
            <span lang="en" dir="ltr">
              {note}
            </span>
          ) : (
            note
          )}
        </p>
      ))}
    </>
  );
}

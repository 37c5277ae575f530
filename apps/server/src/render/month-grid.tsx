import { daysBetween, firstDayOfWeek, type Locale, monthWeeks, type Occurrence } from '@interkal/core';
import type { UiText } from '../i18n/ui.js';
import { HolidayList } from './holiday-list.js';
import { Legend } from './month-legend.js';
import { inEnglish, unique, utc } from './occurrence-text.js';
import { colourGroup, WEEKDAY_FITS, WEEKDAY_MAX } from './widget-css.js';

/** Everything the month grid shows; the holidays come from the core query, already filtered. */
export interface MonthGridProps {
  year: number;
  /** 1–12. */
  month: number;
  /** BCP 47 tag for Intl (names, digits, first day of week), e.g. "de" or "en-GB". */
  tag: string;
  language: Locale;
  ui: UiText;
  /** YYYY-MM-DD; marked when it falls in this month. */
  today: string;
  /** Every occurrence overlapping the month, sorted by date (as getHolidays returns them). */
  occurrences: Occurrence[];
  previousHref: string | undefined;
  nextHref: string | undefined;
  /** The default light green: the hint then says "light-green days" as the seed does. */
  defaultHighlight: boolean;
  /** ISO weekday the rows start on (1 = Monday … 7 = Sunday); default: the locale's, from CLDR. */
  weekStart?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

const spansDays = (o: Occurrence) => o.endDate !== o.date;
const covers = (o: Occurrence, date: string) => o.date <= date && date <= o.endDate;

/**
 * Multi-day holidays drawn as bars need a stable row ("lane") across the days they cover, so that
 * Ramadan stays one line through the month. Greedy interval colouring: first free lane by start date.
 */
export function assignLanes(occurrences: Occurrence[]): Map<Occurrence, number> {
  const lanes = new Map<Occurrence, number>();
  const laneEnds: string[] = [];
  const spans = occurrences
    .filter(spansDays)
    .sort((a, b) => a.date.localeCompare(b.date) || b.endDate.localeCompare(a.endDate));
  for (const o of spans) {
    let lane = laneEnds.findIndex((end) => end < o.date);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = o.endDate;
    lanes.set(o, lane);
  }
  return lanes;
}

/** What a screen reader hears for one holiday on one day: its name, and for spans which day of how many. */
export function holidayLabel(o: Occurrence, date: string, ui: UiText): string {
  if (!spansDays(o)) return o.name;
  return `${o.name} (${ui.dayOfSpan(daysBetween(o.date, date) + 1, daysBetween(o.date, o.endDate) + 1)})`;
}

const MAX_DOTS = 4;
const MAX_LANES = 8;

/** One row's piece of a bar: where it starts in the row and how many of the row's days it covers. */
function runLength(o: Occurrence, date: string, week: (string | null)[]): number {
  const from = week.indexOf(date);
  let n = 0;
  for (let i = from; i < week.length && week[i] !== null && covers(o, week[i]!); i++) n++;
  return n;
}

/** One day of the grid: its number, the bars and dots of its holidays, and its whole name for screen readers. */
function DayCell({
  date,
  week,
  props,
  lanes,
  tabbable,
}: {
  date: string;
  week: (string | null)[];
  props: MonthGridProps;
  lanes: Map<Occurrence, number>;
  tabbable: boolean;
}) {
  const { tag, ui, occurrences, today } = props;
  const here = occurrences.filter((o) => covers(o, date));
  // Every day of a holiday is highlighted; a day on which one begins also has its number in bold.
  const begins = here.some((o) => o.date === date);
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }).format(utc(date));
  const label =
    here.length === 0 ? longDate : `${longDate}: ${here.map((o) => holidayLabel(o, date, ui)).join(', ')}`;
  // Empty lanes above a used one keep a bar at the same height as on its other days.
  const usedLanes = here.filter((o) => lanes.has(o)).map((o) => lanes.get(o)! + 1);
  const firstOfRow = week.find((d) => d !== null) === date;
  const bars = Array.from({ length: Math.max(0, ...usedLanes) }, (_, lane) => {
    const o = here.find((h) => lanes.get(h) === lane);
    if (!o) return <i class="bar" />;
    const edge = `${o.date === date ? ' s' : ''}${o.endDate === date ? ' e' : ''}`;
    // The name stands where the bar starts and again at the start of each week row it continues into.
    const labelled = o.date === date || firstOfRow;
    return (
      <i class={`bar g-${colourGroup(o.tradition)}${edge}`} data-id={o.id}>
        {/* Drawn from the attribute by CSS: the cell's accessible name already says it, in full, and a
            grid cell's visible text must be part of its name (WCAG 2.5.3), which a cut-off name is not. */}
        {labelled &&
          (inEnglish(o) ? (
            <b class={`lbl w${runLength(o, date, week)}`}>
              <span lang="en" dir="ltr" data-name={o.name} />
            </b>
          ) : (
            <b class={`lbl w${runLength(o, date, week)}`} data-name={o.name} />
          ))}
      </i>
    );
  });
  // One dot per colour group: the five Nowruz of 21 March are one dot, named in the list.
  const dots = unique(here.filter((o) => !lanes.has(o)).map((o) => colourGroup(o.tradition)));
  const classes = ['day', here.length > 0 && 'hl', begins && 'b', date === today && 'today']
    .filter(Boolean)
    .join(' ');
  return (
    <td
      class={classes}
      data-date={date}
      data-label={longDate}
      tabindex={tabbable ? 0 : -1}
      aria-label={label}
      aria-current={date === today ? 'date' : undefined}
    >
      <span class="n" aria-hidden="true">
        {new Intl.NumberFormat(tag).format(Number(date.slice(8)))}
      </span>
      <span class="lanes" aria-hidden="true">
        {bars}
      </span>
      <span class="dots" aria-hidden="true">
        {dots.slice(0, MAX_DOTS).map((group) => (
          <i class={`dot g-${group}`} />
        ))}
        {dots.length > MAX_DOTS && <b>+</b>}
      </span>
    </td>
  );
}

/**
 * Short weekday names that are whole words (Persian "چهارشنبه", Arabic "الأربعاء") run into each other in a
 * narrow grid; the class names their length in characters, and widget-css.ts switches such a grid to the
 * narrow names ("چ") below the width that length needs. Two- and three-letter names always fit.
 */
export function weekdayClass(tag: string, shortNames: string[]): string | undefined {
  const graphemes = new Intl.Segmenter(tag, { granularity: 'grapheme' });
  const longest = Math.max(...shortNames.map((name) => [...graphemes.segment(name)].length));
  return longest > WEEKDAY_FITS ? `wd${Math.min(longest, WEEKDAY_MAX)}` : undefined;
}

/** The widget's body: month caption with links, the date grid, the legend and the details panel under it. */
export function MonthGrid(props: MonthGridProps) {
  const { year, month, tag, ui, today, occurrences } = props;
  const first = new Date(Date.UTC(year, month - 1, 1));
  const monthName = (date: Date) =>
    new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  const title = monthName(first);
  const firstDay = props.weekStart ?? firstDayOfWeek(tag);
  const weeks = monthWeeks(year, month, firstDay);
  const days = weeks.flat().filter((d): d is string => d !== null);
  const focusDay =
    days.find((d) => d === today) ?? days.find((d) => occurrences.some((o) => o.date === d)) ?? days[0];
  // Spans beyond the last lane are drawn as dots: the cells keep one height whatever the month holds.
  const lanes = new Map([...assignLanes(occurrences)].filter(([, lane]) => lane < MAX_LANES));
  const laneCount = Math.min(MAX_LANES, Math.max(0, ...[...lanes.values()].map((lane) => lane + 1)));
  const weekdays = Array.from({ length: 7 }, (_, i) => utc(`2018-01-${pad(((firstDay - 1 + i) % 7) + 1)}`));
  const short = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const narrow = new Intl.DateTimeFormat(tag, { weekday: 'narrow', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
  const shortNames = weekdays.map((d) => short.format(d).replace(/\.$/, ''));
  const previous = new Date(Date.UTC(year, month - 2, 1));
  const next = new Date(Date.UTC(year, month, 1));
  return (
    <>
      <div class="cap">
        {props.previousHref ? (
          <a
            class="nav"
            href={props.previousHref}
            rel="prev"
            aria-label={ui.previousMonth(monthName(previous))}
          >
            ‹
          </a>
        ) : (
          <span class="nav" />
        )}
        <h1 id="title">{title}</h1>
        {props.nextHref ? (
          <a class="nav" href={props.nextHref} rel="next" aria-label={ui.nextMonth(monthName(next))}>
            ›
          </a>
        ) : (
          <span class="nav" />
        )}
      </div>
      <table
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA APG date picker's grid is a table with role="grid"
        role="grid"
        aria-labelledby="title"
        data-first-day={firstDay}
        class={
          [laneCount > 0 && `l${laneCount}`, weekdayClass(tag, shortNames)].filter(Boolean).join(' ') ||
          undefined
        }
      >
        <thead>
          <tr>
            {weekdays.map((d, i) => (
              <th scope="col" abbr={long.format(d)} aria-label={long.format(d)}>
                <span class="ws">{shortNames[i]}</span>
                <span class="wn">{narrow.format(d)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr>
              {week.map((date) =>
                date === null ? (
                  <td class="pad" />
                ) : (
                  <DayCell date={date} week={week} props={props} lanes={lanes} tabbable={date === focusDay} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Legend props={props} />
      <section id="details" aria-labelledby="details-title">
        <h2 id="details-title" data-month={ui.holidaysIn(title)}>
          {ui.holidaysIn(title)}
        </h2>
        <HolidayList props={props} />
        <p class="none" data-day={ui.noHolidaysDay} hidden={occurrences.length > 0}>
          {ui.noHolidaysMonth}
        </p>
        <p class="hint">{ui.widgetHint(props.defaultHighlight)}</p>
      </section>
    </>
  );
}

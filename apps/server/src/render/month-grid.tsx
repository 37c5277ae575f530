import { daysBetween, firstDayOfWeek, type Locale, monthWeeks, type Occurrence } from '@interkal/core';
import type { UiText } from '../i18n/ui.js';

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
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
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

function DayCell({
  date,
  props,
  lanes,
  tabbable,
}: {
  date: string;
  props: MonthGridProps;
  lanes: Map<Occurrence, number>;
  tabbable: boolean;
}) {
  const { tag, ui, occurrences, today } = props;
  const here = occurrences.filter((o) => covers(o, date));
  // A day is highlighted when something begins on it; the rest of a multi-day holiday is its bar.
  const begins = here.some((o) => o.date === date);
  const longDate = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }).format(utc(date));
  const label =
    here.length === 0 ? longDate : `${longDate}: ${here.map((o) => holidayLabel(o, date, ui)).join(', ')}`;
  // Empty lanes below a used one keep a bar at the same height as on its other days.
  const usedLanes = here.filter(spansDays).map((o) => lanes.get(o)! + 1);
  const bars = Array.from({ length: Math.max(0, ...usedLanes) }, (_, lane) => {
    const o = here.find((h) => lanes.get(h) === lane);
    if (!o) return <i class="bar" />;
    const edge = `${o.date === date ? ' s' : ''}${o.endDate === date ? ' e' : ''}`;
    return <i class={`bar t-${o.tradition}${edge}`} />;
  });
  const dots = here.filter((o) => !spansDays(o));
  const classes = ['day', begins && 'hl', date === today && 'today'].filter(Boolean).join(' ');
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
      {(bars.length > 0 || dots.length > 0) && (
        <span class="marks" aria-hidden="true">
          {bars}
          {dots.length > 0 && (
            <span class="dots">
              {dots.slice(0, MAX_DOTS).map((o) => (
                <i class={`dot t-${o.tradition}`} />
              ))}
              {dots.length > MAX_DOTS && <b>+</b>}
            </span>
          )}
        </span>
      )}
    </td>
  );
}

function HolidayItem({ o, props }: { o: Occurrence; props: MonthGridProps }) {
  const { tag, ui, language } = props;
  const format = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const when = spansDays(o) ? format.formatRange(utc(o.date), utc(o.endDate)) : format.format(utc(o.date));
  return (
    <li class={`t-${o.tradition}`} data-from={o.date} data-to={o.endDate}>
      <i class="sw" aria-hidden="true" />
      <span>
        <a href={`/${language}/holidays/${o.id}`} target="_blank" rel="noopener">
          {o.name}
          <span class="sr"> {ui.newTab}</span>
        </a>{' '}
        <span class="when">
          <time datetime={o.date}>{when}</time> · {o.traditionName}
        </span>
        {o.startsEvening && <span class="note">{ui.beginsEveningBefore}</span>}
        {o.uncertainty?.kind === 'moon' && (
          <span class="note">
            {ui.moonSighting}: {o.uncertainty.note}
          </span>
        )}
      </span>
    </li>
  );
}

/** The widget's body: month caption with links, the date grid, and the details panel under it. */
export function MonthGrid(props: MonthGridProps) {
  const { year, month, tag, ui, today, occurrences } = props;
  const first = new Date(Date.UTC(year, month - 1, 1));
  const monthName = (date: Date) =>
    new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  const title = monthName(first);
  const firstDay = firstDayOfWeek(tag);
  const weeks = monthWeeks(year, month, firstDay);
  const days = weeks.flat().filter((d): d is string => d !== null);
  const focusDay =
    days.find((d) => d === today) ?? days.find((d) => occurrences.some((o) => o.date === d)) ?? days[0];
  const lanes = assignLanes(occurrences);
  const weekdays = Array.from({ length: 7 }, (_, i) => utc(`2018-01-${pad(((firstDay - 1 + i) % 7) + 1)}`));
  const short = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
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
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA APG date picker's grid is a table with role="grid" */}
      <table role="grid" aria-labelledby="title" data-first-day={firstDay}>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th scope="col" abbr={long.format(d)}>
                {short.format(d).replace(/\.$/, '')}
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
                  <DayCell date={date} props={props} lanes={lanes} tabbable={date === focusDay} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <section id="details" aria-labelledby="details-title">
        <h2 id="details-title" data-month={ui.holidaysIn(title)}>
          {ui.holidaysIn(title)}
        </h2>
        <ul>
          {occurrences.map((o) => (
            <HolidayItem o={o} props={props} />
          ))}
        </ul>
        <p class="none" data-day={ui.noHolidaysDay} hidden={occurrences.length > 0}>
          {ui.noHolidaysMonth}
        </p>
        <p class="hint">{ui.widgetHint(props.defaultHighlight)}</p>
      </section>
    </>
  );
}

import type { City, Conflict, DateCheck, Locale, SchoolExemptionResult } from '@interkal/core';
import type { Child } from 'hono/jsx';
import { type PlanningText, planningText } from '../i18n/ui.js';
import type { IcsCutOff } from '../read-ics.js';
import { inEnglishIf } from './english.js';

// interkal's dates are Gregorian days; Persian would otherwise print them in the Solar Hijri calendar.
const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC', calendar: 'gregory' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** "2026-09-20..2026-09-22" in the reader's words. */
export function dateLabel(locale: Locale, check: Pick<DateCheck, 'from' | 'to'>): string {
  const short = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
  const day = (iso: string) => short.format(new Date(`${iso}T00:00:00Z`));
  return check.from === check.to ? day(check.from) : `${day(check.from)} – ${day(check.to)}`;
}

/** When the holiday begins, for the "begins" column: the sunset time at the city, else the evening's date. */
function beginsText(locale: Locale, text: PlanningText, conflict: Conflict, city: City | undefined): string {
  if (conflict.startsAt) {
    return text.beginsAt(
      longDate(locale, conflict.startsAt.slice(0, 10)),
      conflict.startsAt.slice(11, 16),
      city?.name,
    );
  }
  if (!conflict.startsEvening) return '–';
  const [y, m, d] = conflict.holidayDate.split('-').map(Number) as [number, number, number];
  const eve = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  return text.beginsEveningBefore(longDate(locale, eve));
}

// biome-ignore-start lint/a11y/noRedundantRoles: on narrow screens CHECK_CSS displays the table's parts as blocks, which costs some browsers (Safari) their table semantics; explicit roles keep rows, columns and headers.
/** A result cell, named by its column for the stacked layout on narrow screens. */
const Cell = ({ label, class: className, children }: { label: string; class?: string; children?: Child }) => (
  <td role="cell" data-label={label} class={className}>
    {children}
  </td>
);

function SchoolCell({
  text,
  label,
  exemption,
}: {
  text: PlanningText;
  label: string;
  exemption: SchoolExemptionResult | null;
}) {
  if (exemption === null) return <Cell label={label}>–</Cell>;
  if (exemption.status === 'unknown') return <Cell label={label}>{text.exemptionUnknown}</Cell>;
  const status =
    exemption.status === 'listed'
      ? text.exemption[exemption.kind]
      : exemption.status === 'general'
        ? `${text.exemption[exemption.kind]} (${text.exemptionGeneral})`
        : text.exemptionNotListed;
  return (
    <Cell label={label}>
      {status}
      <br />
      <a class="small" href={exemption.source.url} title={exemption.source.title}>
        {text.regulation} <bdi dir="ltr">({exemption.source.date})</bdi>
      </a>
    </Cell>
  );
}

/** Says in the page's language that the text before it is English, not yet translated. */
const InEnglishMark = ({ text }: { text: PlanningText }) => <span class="small"> ({text.inEnglish})</span>;

const IMPACT_RANK = { high: 0, medium: 1, low: 2 } as const;
/** The strongest conflicts first; the library's order (by date, then tradition) among equals. */
const byImpact = (conflicts: Conflict[]) =>
  conflicts
    .map((conflict, index) => ({ conflict, index }))
    .sort((a, b) => IMPACT_RANK[a.conflict.impact] - IMPACT_RANK[b.conflict.impact] || a.index - b.index)
    .map(({ conflict }) => conflict);

export interface Row {
  /** The first column: a date, or an event's summary and date. */
  heading: string;
  check: DateCheck;
}

/** One row per holiday a date or event touches, strongest first; a row saying so when it touches none. */
export function ResultsTable({
  locale,
  rows,
  state,
  city,
  eventColumn,
}: {
  locale: Locale;
  rows: Row[];
  state: string | undefined;
  city: City | undefined;
  eventColumn: boolean;
}) {
  const text = planningText(locale);
  const columns = 7 + (state ? 1 : 0);
  const total = rows.reduce((sum, row) => sum + row.check.conflicts.length, 0);
  const label = {
    heading: eventColumn ? text.colEvent : text.colDate,
    holiday: text.colHoliday,
    impact: text.colImpact,
    work: text.colWork,
    fasting: text.colFasting,
    begins: text.colBegins,
    school: state ? text.colSchool(state) : '',
    note: text.colNote,
  };
  const ColumnHeader = ({ children }: { children: string }) => (
    <th scope="col" role="columnheader">
      {children}
    </th>
  );
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">{text.resultsTitle}</h2>
      <table role="table">
        <caption>{`${text.resultsTitle}: ${text.conflictsFound(total)}`}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <ColumnHeader>{label.heading}</ColumnHeader>
            <ColumnHeader>{label.holiday}</ColumnHeader>
            <ColumnHeader>{label.impact}</ColumnHeader>
            <ColumnHeader>{label.work}</ColumnHeader>
            <ColumnHeader>{label.fasting}</ColumnHeader>
            <ColumnHeader>{label.begins}</ColumnHeader>
            {state && <ColumnHeader>{label.school}</ColumnHeader>}
            <ColumnHeader>{label.note}</ColumnHeader>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.flatMap(({ heading, check }) =>
            check.conflicts.length === 0
              ? [
                  <tr role="row">
                    <th scope="row" role="rowheader">
                      {heading}
                    </th>
                    <td role="cell" class="none" colspan={columns - 1}>
                      {text.noConflicts}
                    </td>
                  </tr>,
                ]
              : byImpact(check.conflicts).map((conflict) => (
                  <tr role="row">
                    <th scope="row" role="rowheader">
                      {heading}
                    </th>
                    <Cell label={label.holiday} class="holiday">
                      <a href={`/${locale}/holidays/${conflict.id}`}>
                        {inEnglishIf(conflict.nameLocale === 'en', conflict.name)}
                      </a>
                      {conflict.nameLocale === 'en' && <InEnglishMark text={text} />}
                      {conflict.eveningBefore && <span class="small"> ({text.eveningOnly})</span>}
                    </Cell>
                    <Cell label={label.impact} class={`impact-${conflict.impact}`}>
                      {text.impact[conflict.impact]}
                    </Cell>
                    <Cell label={label.work}>{conflict.workRestricted ? text.yes : text.no}</Cell>
                    <Cell label={label.fasting}>{text.fasting[conflict.fastingKind]}</Cell>
                    <Cell label={label.begins}>{beginsText(locale, text, conflict, city)}</Cell>
                    {state && (
                      <SchoolCell text={text} label={label.school} exemption={conflict.schoolExemption} />
                    )}
                    <Cell label={label.note}>
                      {conflict.note !== undefined &&
                        inEnglishIf(conflict.noteLocale !== locale, conflict.note)}
                      {conflict.note !== undefined && conflict.noteLocale !== locale && (
                        <InEnglishMark text={text} />
                      )}
                      {conflict.observanceSources.length > 0 && (
                        <span class="small">
                          {conflict.note ? ' ' : ''}
                          {text.sourcesOfFacts}:{' '}
                          {conflict.observanceSources.map((source, i) => (
                            <>
                              {i > 0 && ', '}
                              {/^https?:\/\//.test(source) ? <a href={source}>{i + 1}</a> : source}
                            </>
                          ))}
                        </span>
                      )}
                    </Cell>
                  </tr>
                )),
          )}
        </tbody>
      </table>
    </section>
  );
}

// biome-ignore-end lint/a11y/noRedundantRoles: the results table ends here

/** Which recurring events were not checked at every occurrence, how far they were, and why. */
export function CutOffNotice({ locale, cutOff }: { locale: Locale; cutOff: IcsCutOff[] }) {
  const text = planningText(locale);
  const last = (dates: string | null) => {
    if (dates === null) return '';
    const [from, to] = dates.split('..') as [string, string | undefined];
    return dateLabel(locale, { from, to: to ?? from });
  };
  return (
    <section class="cut-off" role="note" aria-labelledby="cut-off-title">
      <h2 id="cut-off-title">{text.cutOffTitle}</h2>
      <ul>
        {cutOff.map((entry) => (
          <li>
            <bdi>{entry.summary || entry.uid}</bdi>:{' '}
            {text.cutOffChecked(entry.checked, last(entry.lastDates))} (
            {text.cutOffReason(entry.reason, entry.limit)}).
          </li>
        ))}
      </ul>
    </section>
  );
}

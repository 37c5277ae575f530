import { z } from '@hono/zod-openapi';
import {
  CITIES,
  type City,
  type Conflict,
  type DateCheck,
  type Locale,
  MAX_CHECK_ITEMS,
  MAX_YEAR,
  type SchoolExemptionResult,
  STATE_CODES,
} from '@interkal/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../env.js';
import { failureFromIssue } from '../failure.js';
import { isLocale, type PlanningText, planningText, UI } from '../i18n/ui.js';
import { checkDates } from '../library.js';
import { readPlace } from '../params.js';
import {
  type IcsCutOff,
  MAX_ICS_BYTES,
  MAX_ICS_OCCURRENCES,
  MAX_OCCURRENCES_PER_EVENT,
  readIcsEvents,
} from '../read-ics.js';
import { inEnglishIf } from '../render/english.js';
import { chosenTraditions, TraditionChoices } from '../render/form-parts.js';
import { Layout } from '../render/layout.js';
import { respondFailure } from '../respond-failure.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods, serveStylesheet } from './get-only.js';
import { checkAll, checkParams, readCheck, splitDates } from './planning-api.js';

const PAGE_MAX_AGE = 3600;
const pageQuery = checkParams.extend({
  dates: z
    .string()
    .max(MAX_CHECK_ITEMS * 24)
    .optional(),
});
// The form's fields and multipart framing around the file.
const MAX_FORM_BYTES = MAX_ICS_BYTES + 16 * 1024;

/** The check page's table and form; the site stylesheet knows nothing of them. */
export const CHECK_CSS = `
main#main { max-width: 90rem; }
.check-form textarea { width: 100%; min-height: 6rem; font: inherit; padding: .4rem; }
.check-form select, .check-form input[type=file] { font: inherit; max-width: 100%; }
.check-form .row { display: flex; flex-wrap: wrap; gap: 1rem; margin: .6rem 0; }
.check-form .row label { display: flex; flex-direction: column; gap: .2rem; }
.check-form .hint { color: #4a5560; font-size: .9rem; margin: .2rem 0 .6rem; }
.check-form .hint bdi { white-space: nowrap; }
.check-form fieldset { min-inline-size: 0; }
.results { overflow-x: auto; }
.results table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.results td:last-child { min-width: 16rem; }
.results caption { text-align: start; font-weight: 600; padding: .4rem 0; }
.results th, .results td { border: 1px solid #c9d1d9; padding: .35rem .5rem; text-align: start; vertical-align: top; }
.results thead th { background: #eef7f1; }
.results tbody th { font-weight: 600; white-space: nowrap; }
.impact-high { background: #fde2e1; font-weight: 600; }
.impact-medium { background: #fff4d6; }
.impact-low { background: #f4f6f8; }
.results .none { color: #4a5560; }
.results bdi { white-space: nowrap; }
.results .small { font-size: .85rem; color: #4a5560; }
.cut-off { border-inline-start: 4px solid #c05600; background: #fff4e5; padding: .4rem 1rem; margin: 1rem 0; }
.cut-off h2 { font-size: 1.05rem; margin: .3rem 0; }
/* Below the width the nine columns need, each result row is a card: its cells stacked, each led by its
   column's name (data-label). The role attributes in the markup keep it a table for screen readers. */
@media (max-width: 48rem) {
  .results table, .results caption, .results tbody, .results tr, .results th, .results td { display: block; }
  .results thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
    clip-path: inset(50%); white-space: nowrap; }
  .results tbody tr { border: 1px solid #c9d1d9; border-radius: .4rem; margin-block-end: .8rem; overflow: hidden; }
  .results th, .results td { border: 0; }
  .results td { border-block-start: 1px solid #e3e8ed; overflow-wrap: anywhere; }
  .results td:last-child { min-width: 0; }
  .results td:empty { display: none; }
  .results tbody th { white-space: normal; background: #eef7f1; font-size: 1rem; }
  .results td.holiday { font-size: 1.05rem; font-weight: 600; overflow-wrap: normal; }
  .results td.holiday .small { font-weight: normal; }
  .results td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  /* The reader already hears the column header: the label is for the eye only. */
  .results td[data-label]::before { content: attr(data-label) ": " / ""; }
  .results td.holiday::before { display: block; font-size: .85rem; color: #4a5560; }
}
`;

// interkal's dates are Gregorian days; Persian would otherwise print them in the Solar Hijri calendar.
const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC', calendar: 'gregory' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** "2026-09-20..2026-09-22" in the reader's words. */
function dateLabel(locale: Locale, check: Pick<DateCheck, 'from' | 'to'>): string {
  const short = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
  const day = (iso: string) => short.format(new Date(`${iso}T00:00:00Z`));
  return check.from === check.to ? day(check.from) : `${day(check.from)} – ${day(check.to)}`;
}

const ISO_EXAMPLE = /(\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?)/;

/** The hint's example dates kept whole and left to right, also inside a right-to-left sentence. */
const withDateExamples = (hint: string) =>
  hint.split(ISO_EXAMPLE).map((part, i) => (i % 2 === 1 ? <bdi dir="ltr">{part}</bdi> : part));

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

interface Row {
  /** The first column: a date, or an event's summary and date. */
  heading: string;
  check: DateCheck;
}

function ResultsTable({
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
function CutOffNotice({ locale, cutOff }: { locale: Locale; cutOff: IcsCutOff[] }) {
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

interface FormValues {
  dates: string;
  state: string | undefined;
  city: string | undefined;
  traditions: string[];
}

function CheckForms({ locale, values }: { locale: Locale; values: FormValues }) {
  const text = planningText(locale);
  const ui = UI[locale];
  const options = (prefix: string) => (
    <div class="row">
      <label for={`${prefix}-state`}>
        {text.stateLabel}
        <select id={`${prefix}-state`} name="state">
          <option value="">{text.none}</option>
          {STATE_CODES.map((code) => (
            <option value={code} selected={values.state === code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <label for={`${prefix}-city`}>
        {text.cityLabel}
        <select id={`${prefix}-city`} name="city">
          <option value="">{text.none}</option>
          {[...CITIES]
            .sort((a, b) => a.name.localeCompare(b.name, 'de'))
            .map((city) => (
              <option value={city.slug} selected={values.city === city.slug}>
                {city.name}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
  return (
    <>
      <form class="check-form" method="get" action={`/${locale}/check`}>
        <label for="dates">{text.datesLabel}</label>
        <p class="hint" id="dates-hint">
          {withDateExamples(text.datesHint)}
        </p>
        <textarea id="dates" name="dates" dir="ltr" aria-describedby="dates-hint" required>
          {values.dates}
        </textarea>
        {options('get')}
        <TraditionChoices locale={locale} legend={ui.traditionsLegend} chosen={values.traditions} />
        <button type="submit">{text.checkButton}</button>
      </form>
      <form class="check-form" method="post" action={`/${locale}/check`} enctype="multipart/form-data">
        <fieldset>
          <legend>{text.uploadLegend}</legend>
          <label for="file">{text.fileLabel(MAX_ICS_BYTES / 1024)}</label>
          <br />
          <input
            id="file"
            type="file"
            name="file"
            accept=".ics,text/calendar"
            aria-describedby="file-hint"
            required
          />
          <p class="hint" id="file-hint">
            {text.recurrenceHint(MAX_OCCURRENCES_PER_EVENT, MAX_ICS_OCCURRENCES, MAX_YEAR)}
          </p>
          {options('post')}
          <button type="submit">{text.uploadButton}</button>
        </fieldset>
      </form>
    </>
  );
}

async function page(locale: Locale, values: FormValues, results: Child) {
  const text = planningText(locale);
  const html = (
    <Layout locale={locale} title={text.checkTitle} pathFor={(l) => `/${l}/check`}>
      <link rel="stylesheet" href="/assets/check.css" />
      <h1>{text.checkTitle}</h1>
      <p>{text.checkIntro}</p>
      <CheckForms locale={locale} values={values} />
      {results}
    </Layout>
  );
  return `<!doctype html>${await html}`;
}

/** Form fields read the way the API reads its query; empty selects mean "none". */
function formParams(fields: Record<string, unknown>, traditions: string[]) {
  const field = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  return {
    state: field('state'),
    city: field('city'),
    ...(traditions.length > 0 ? { traditions: traditions.join(',') } : {}),
  };
}

/** /{lang}/check: the date check as a page. GET checks typed dates, POST an uploaded .ics; no script needed. */
export function checkRoutes(cache: ResponseCache): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  serveStylesheet(routes, '/assets/check.css', CHECK_CSS);

  routes.get('/:lang{[a-z]{2}}/check', (c) => {
    const locale = c.req.param('lang');
    if (!isLocale(locale)) return c.notFound();
    const traditions = chosenTraditions(c);
    const query = c.req.query();
    const params = { ...formParams(query, traditions), ...(query.dates ? { dates: query.dates } : {}) };
    const parsed = pageQuery.safeParse(params);
    if (!parsed.success) return respondFailure(c, failureFromIssue(parsed.error.issues[0]!, query));
    const check = readCheck({ ...parsed.data, lang: locale });
    const { city } = readPlace(parsed.data);
    const dates = splitDates(query.dates ?? '');
    const values = { dates: dates.join('\n'), state: parsed.data.state, city: city?.slug, traditions };
    const key = ['page-check', locale, check.key, dates.join(',')].join('\n');
    return cache.respond(key, async () => {
      const rows =
        dates.length === 0
          ? undefined
          : checkDates({ ...check.options, dates }).dates.map((entry) => ({
              heading: dateLabel(locale, entry),
              check: entry,
            }));
      const state = check.options.state;
      const results = rows && (
        <ResultsTable locale={locale} rows={rows} state={state} city={city} eventColumn={false} />
      );
      return c.html(await page(locale, values, results), 200, {
        'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
        'Content-Language': locale,
      });
    });
  });

  routes.post(
    '/:lang{[a-z]{2}}/check',
    async (c, next) => {
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'multipart/form-data') {
        return respondFailure(c, {
          title: 'Unsupported media type',
          status: 415,
          detail: 'Send the form as multipart/form-data.',
          parameter: 'Content-Type',
          allowed: 'multipart/form-data',
        });
      }
      return bodyLimit({
        maxSize: MAX_FORM_BYTES,
        onError: (c2) =>
          respondFailure(c2, {
            title: 'Payload too large',
            status: 413,
            detail: `The file is larger than ${MAX_ICS_BYTES / 1024} KiB.`,
            parameter: 'file',
            allowed: `≤ ${MAX_ICS_BYTES / 1024} KB`,
          }),
      })(c, next);
    },
    async (c) => {
      const locale = c.req.param('lang');
      if (!isLocale(locale)) return c.notFound();
      let form: Record<string, unknown>;
      try {
        form = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
      } catch {
        return respondFailure(c, {
          title: 'Bad request',
          status: 400,
          detail: 'Unreadable form.',
          parameter: 'file',
        });
      }
      const file = form.file;
      if (!(file instanceof File) || file.size > MAX_ICS_BYTES) {
        return respondFailure(c, {
          title: 'Bad request',
          status: file instanceof File ? 413 : 400,
          detail: 'A calendar file (.ics) is required.',
          parameter: 'file',
          allowed: `.ics ≤ ${MAX_ICS_BYTES / 1024} KB`,
        });
      }
      const traditions = [form.traditions]
        .flat()
        .filter((t): t is string => typeof t === 'string')
        .flatMap((t) => t.split(','));
      const parsed = checkParams.safeParse(formParams(form, traditions));
      if (!parsed.success) return respondFailure(c, failureFromIssue(parsed.error.issues[0]!, {}));
      const check = readCheck({ ...parsed.data, lang: locale });
      const { city } = readPlace(parsed.data);
      const { events, cutOff } = readIcsEvents(await file.text());
      const results = checkAll(
        events.map((event) => event.dates),
        check.options,
      );
      const rows = events.map((event, i) => ({
        heading: `${event.summary || event.uid} (${dateLabel(locale, results[i]!)})`,
        check: results[i]!,
      }));
      const values = { dates: '', state: parsed.data.state, city: city?.slug, traditions: [] };
      const table = (
        <>
          {cutOff.length > 0 && <CutOffNotice locale={locale} cutOff={cutOff} />}
          <ResultsTable
            locale={locale}
            rows={rows}
            state={check.options.state}
            city={city}
            eventColumn={true}
          />
        </>
      );
      return c.html(await page(locale, values, table), 200, {
        'Cache-Control': 'no-store',
        'Content-Language': locale,
      });
    },
  );
  refuseOtherMethods(routes, '/:lang{[a-z]{2}}/check', 'GET, HEAD, POST');
  return routes;
}

import { formatPlace, type Locale, localeInfo, type MonthRef, type Occurrence } from '@interkal/core';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { failureFromIssue } from '../failure.js';
import { isLocale, UI, widgetText } from '../i18n/ui.js';
import { getHolidays, getMonth } from '../library.js';
import { type Filter, filterKey, holidayFilterParams, readFilter, toHolidayQuery } from '../params.js';
import { HolidayList } from '../render/holiday-list.js';
import { Layout } from '../render/layout.js';
import { MonthGrid, type MonthGridProps } from '../render/month-grid.js';
import { Legend } from '../render/month-legend.js';
import { themeCss, WIDGET_CSS } from '../render/widget-css.js';
import { respondFailure } from '../respond-failure.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods, serveStylesheet } from './get-only.js';
import { zonedToday } from './widget.js';

const PAGE_MAX_AGE = 3600;
const LANG = ':lang{[a-z]{2}}';

/** The widget's look in the site's light theme, plus the page's own spacing; served as a file (CSP). */
export const MONTH_PAGE_CSS = `${themeCss({ scheme: 'light', size: 'full', highlight: undefined, font: undefined, radius: undefined })}
${WIDGET_CSS}
.ik.page{max-width:56rem;margin:0 auto}
.ik .views{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.75rem 0 0;padding:0;list-style:none}
.ik .year-month{margin-top:1.25rem}
.ik .year-month h2{font-size:1.15rem}`;

const monthName = (tag: string, year: number, month: number) =>
  new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );

interface PageQuery {
  filter: Filter;
  /** The canonical query string ("" or "?…"), repeated on links to other months and years. */
  search: string;
}

/** The holiday filter in canonical form, as the cache keys it; undefined when a parameter is invalid. */
function readQuery(c: Context<AppEnv>): PageQuery | undefined {
  const parsed = holidayFilterParams.safeParse(c.req.query());
  if (!parsed.success) return undefined;
  const requested = readFilter(parsed.data);
  const params = parsed.data;
  const canonical: [string, string | undefined][] = [
    ['traditions', requested.traditions?.join(',')],
    ['ids', requested.ids?.join(',')],
    ['importance', requested.importance?.join(',')],
    ['jewish', params.jewish && requested.jewish],
    ['islamic-method', params['islamic-method'] && requested.islamicMethod],
    ['vesak', params.vesak && requested.vesak],
    ['sikh-calendar', params['sikh-calendar'] && requested.sikhCalendar],
    ['place', requested.place && formatPlace(requested.place)],
  ];
  const search = new URLSearchParams(
    canonical.filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return {
    filter: { ...requested, importance: requested.importance ?? ['major'] },
    search: search && `?${search}`,
  };
}

const monthHref = (locale: Locale, ref: MonthRef, search: string) =>
  ref === null ? undefined : `/${locale}/month/${ref.year}/${ref.month}${search}`;

async function monthPage(
  c: Context<AppEnv>,
  { filter, search }: PageQuery,
  locale: Locale,
  year: number,
  month: number,
  today: string,
) {
  const ui = UI[locale];
  const text = widgetText(locale);
  // A year outside 1900–2100 is the library's InterkalError (app.onError answers 400 with a page).
  const view = getMonth({ ...toHolidayQuery(filter), year, month, locale });
  // The library's Intl tag: Persian with the Gregorian calendar ("fa-u-ca-gregory"), as the grid's days are.
  const { tag } = localeInfo(locale);
  const title = monthName(tag, year, month);
  const html = (
    <Layout
      locale={locale}
      title={text.monthPageTitle(title)}
      pathFor={(l) => `/${l}/month/${year}/${month}${search}`}
    >
      <link rel="stylesheet" href="/assets/month.css" />
      <div class="ik page">
        <MonthGrid
          year={year}
          month={month}
          tag={tag}
          language={locale}
          ui={ui}
          today={today}
          occurrences={view.occurrences}
          previousHref={monthHref(locale, view.previous, search)}
          nextHref={monthHref(locale, view.next, search)}
          defaultHighlight
        />
        <ul class="views">
          <li>
            <a href={`/${locale}/year/${year}${search}`}>{text.yearView}</a>
          </li>
          <li>
            <a href={`/${locale}/embed`}>{ui.embedTitle}</a>
          </li>
        </ul>
      </div>
      <script src="/widget/widget.js" defer />
    </Layout>
  );
  return c.html(`<!doctype html>${await html}`, 200, {
    'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
    'Content-Language': locale,
  });
}

/** Occurrences by the month they are listed under: their first day's, or January for those from last year. */
function byMonth(occurrences: Occurrence[], year: number): Occurrence[][] {
  const months: Occurrence[][] = Array.from({ length: 12 }, () => []);
  for (const o of occurrences) {
    const month = o.date < `${year}-01-01` ? 1 : Number(o.date.slice(5, 7));
    months[month - 1]!.push(o);
  }
  return months;
}

async function yearPage(
  c: Context<AppEnv>,
  { filter, search }: PageQuery,
  locale: Locale,
  year: number,
  today: string,
) {
  const ui = UI[locale];
  const text = widgetText(locale);
  // One library call for the year; out-of-range years are the library's InterkalError (400 page).
  const occurrences = getHolidays({ ...toHolidayQuery(filter), year, locale });
  const yearLabel = new Intl.NumberFormat(locale, { useGrouping: false }).format(year);
  const { tag } = localeInfo(locale);
  const props = (month: number, list: Occurrence[]): MonthGridProps => ({
    year,
    month,
    tag,
    language: locale,
    ui,
    today,
    occurrences: list,
    previousHref: undefined,
    nextHref: undefined,
    defaultHighlight: true,
  });
  const html = (
    <Layout
      locale={locale}
      title={text.yearPageTitle(yearLabel)}
      pathFor={(l) => `/${l}/year/${year}${search}`}
    >
      <link rel="stylesheet" href="/assets/month.css" />
      <div class="ik page">
        <h1>{text.yearPageTitle(yearLabel)}</h1>
        <ul class="views">
          {year > 1900 && (
            <li>
              <a href={`/${locale}/year/${year - 1}${search}`} rel="prev">
                ‹ {text.previousYear(String(year - 1))}
              </a>
            </li>
          )}
          {year < 2100 && (
            <li>
              <a href={`/${locale}/year/${year + 1}${search}`} rel="next">
                {text.nextYear(String(year + 1))} ›
              </a>
            </li>
          )}
        </ul>
        <Legend props={props(1, occurrences)} />
        {byMonth(occurrences, year).map((list, i) => (
          <section class="year-month" aria-labelledby={`m${i + 1}`}>
            <h2 id={`m${i + 1}`}>
              <a href={`/${locale}/month/${year}/${i + 1}${search}`}>{monthName(tag, year, i + 1)}</a>
            </h2>
            {list.length > 0 ? (
              <HolidayList props={props(i + 1, list)} idPrefix={`m${i + 1}-`} />
            ) : (
              <p class="when">{ui.noHolidaysMonth}</p>
            )}
          </section>
        ))}
      </div>
    </Layout>
  );
  return c.html(`<!doctype html>${await html}`, 200, {
    'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
    'Content-Language': locale,
  });
}

/**
 * The site's own month view, /{lang}/month/{year}/{month}, and year list, /{lang}/year/{year}: the widget's
 * grid and list on a page of the site (its navigation, its headers), with the same holiday filter parameters.
 */
export function monthRoutes(cache: ResponseCache, now: () => Date = () => new Date()): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  serveStylesheet(pages, '/assets/month.css', MONTH_PAGE_CSS, PAGE_MAX_AGE);
  const invalid = (c: Context<AppEnv>) =>
    respondFailure(
      c,
      failureFromIssue(holidayFilterParams.safeParse(c.req.query()).error!.issues[0]!, c.req.query()),
    );
  const monthPath = `/${LANG}/month/:year{[0-9]{4}}/:month{[0-9]{1,2}}`;
  pages.get(monthPath, (c) => {
    const lang = c.req.param('lang');
    const month = Number(c.req.param('month'));
    if (!isLocale(lang) || month < 1 || month > 12) return c.notFound();
    const query = readQuery(c);
    if (!query) return invalid(c);
    const year = Number(c.req.param('year'));
    const today = zonedToday(now());
    const key = ['month-page', today, lang, year, month, filterKey(query.filter)].join('\n');
    return cache.respond(key, () => monthPage(c, query, lang, year, month, today));
  });
  refuseOtherMethods(pages, monthPath);
  const yearPath = `/${LANG}/year/:year{[0-9]{4}}`;
  pages.get(yearPath, (c) => {
    const lang = c.req.param('lang');
    if (!isLocale(lang)) return c.notFound();
    const query = readQuery(c);
    if (!query) return invalid(c);
    const year = Number(c.req.param('year'));
    const today = zonedToday(now());
    const key = ['year-page', today, lang, year, filterKey(query.filter)].join('\n');
    return cache.respond(key, () => yearPage(c, query, lang, year, today));
  });
  refuseOtherMethods(pages, yearPath);
  return pages;
}

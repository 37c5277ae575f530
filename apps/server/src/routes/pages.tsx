import {
  addDays,
  type City,
  findCity,
  type HolidayDates,
  LOCALES,
  type Locale,
  type LocalizedHoliday,
  type Occurrence,
  placeOf,
} from '@interkal/core';
import { type Context, Hono } from 'hono';
import { raw } from 'hono/html';
import QRCode from 'qrcode';
import type { AppEnv } from '../env.js';
import { direction, isLocale, negotiateLocale, planningText, UI, type UiText } from '../i18n/ui.js';
import { describeHoliday, holidayDates, listTraditions } from '../library.js';
import { inEnglishIf } from '../render/english.js';
import { chosenTraditions, TraditionChoices } from '../render/form-parts.js';
import { Layout } from '../render/layout.js';
import { SITE_CSS } from '../render/site-css.js';
import type { ResponseCache } from '../response-cache.js';
import { type FeedChoice, feedName, feedPath } from './feed-links.js';
import { refuseOtherMethods, serveStylesheet } from './get-only.js';

const SCOPES: readonly FeedChoice['scope'][] = ['major', 'major,minor', 'all'];
const isScope = (value: string | undefined): value is FeedChoice['scope'] =>
  SCOPES.includes(value as FeedChoice['scope']);

const UPCOMING = 5;
const PAGE_MAX_AGE = 3600;

const longDate = (locale: Locale, iso: string) =>
  // Gregorian whatever the locale's default (Persian would give Solar Hijri dates).
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC', calendar: 'gregory' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

function SubscribeForm({ locale, ui, choice }: { locale: Locale; ui: UiText; choice: FeedChoice }) {
  return (
    <form method="get" action={`/${locale}/`}>
      <TraditionChoices locale={locale} legend={ui.traditionsLegend} chosen={choice.traditions} />
      <fieldset>
        <legend>{ui.scopeLegend}</legend>
        {SCOPES.map((scope) => (
          <label>
            <input type="radio" name="scope" value={scope} checked={choice.scope === scope} />
            {scope === 'major' ? ui.scopeMajor : scope === 'all' ? ui.scopeAll : ui.scopeMajorMinor}
          </label>
        ))}
      </fieldset>
      <button type="submit">{ui.makeLinks}</button>
    </form>
  );
}

async function FeedLinks({ ui, feedUrl, name }: { ui: UiText; feedUrl: URL; name: string }) {
  const https = feedUrl.toString();
  const webcal = https.replace(/^https?:/, 'webcal:');
  const outlook = `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`;
  const qr = await QRCode.toString(https, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return (
    <section class="feed" aria-labelledby="feed-title">
      <h2 id="feed-title">{ui.yourFeed}</h2>
      <h3>{ui.appleOutlookThunderbird}</h3>
      <p>
        <a href={webcal}>{ui.subscribeWebcal}</a>
      </p>
      <h3>{ui.outlookCom}</h3>
      <p>
        <a href={outlook}>{ui.subscribeOutlookCom}</a>
      </p>
      <h3>{ui.google}</h3>
      <p>{ui.googleSteps}</p>
      <p>
        <a href="https://calendar.google.com/calendar/r/settings/addbyurl">{ui.openGoogle}</a>
      </p>
      <h3>{ui.copyUrl}</h3>
      <p>
        <label for="feed-url">{ui.feedUrlLabel}</label>
        <input id="feed-url" type="url" readonly value={https} />
      </p>
      <h3>{ui.qrTitle}</h3>
      <div class="qr" role="img" aria-label={ui.qrAlt}>
        {raw(qr)}
      </div>
    </section>
  );
}

/** A language's name in the page's language ("Englisch" on a German page), the code where Intl has none. */
const languageName = (locale: Locale, language: Locale) =>
  new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(language) ?? language;

/** One date of a holiday: its days, its native date, when it begins, and whether it is past or running. */
function DateItem({
  locale,
  occurrence: o,
  nativeLang,
  status,
  city,
}: {
  locale: Locale;
  occurrence: Occurrence;
  /** The language of the native date (the rule's: both come from the same phrasebooks). */
  nativeLang: Locale;
  status?: 'past' | 'ongoing';
  /** With ?city=: the date says when it begins there (issue 11). */
  city?: City | undefined;
}) {
  const ui = UI[locale];
  return (
    <li class={status === 'past' ? 'past' : undefined}>
      <time datetime={o.date}>{longDate(locale, o.date)}</time>
      {o.endDate !== o.date && (
        <>
          {' – '}
          <time datetime={o.endDate}>{longDate(locale, o.endDate)}</time>
        </>
      )}
      {o.nativeDate && (
        <>
          {' ('}
          <bdi lang={nativeLang === locale ? undefined : nativeLang}>{o.nativeDate}</bdi>)
        </>
      )}
      {status && <strong> ({status === 'past' ? ui.past : ui.ongoing})</strong>}
      {status !== 'past' &&
        (o.startsAt ? (
          <span class="note">
            {' '}
            {planningText(locale).beginsAt(
              longDate(locale, o.startsAt.slice(0, 10)),
              o.startsAt.slice(11, 16),
              city?.name,
            )}
          </span>
        ) : (
          o.startsEvening && (
            <span class="note"> {ui.beginsEvening(longDate(locale, addDays(o.date, -1)))}</span>
          )
        ))}
    </li>
  );
}

function HolidayPage({
  locale,
  holiday,
  dates,
  city,
}: {
  locale: Locale;
  holiday: LocalizedHoliday;
  dates: HolidayDates;
  city?: City | undefined;
}) {
  const ui = UI[locale];
  const fallback = (language: Locale) => (language === locale ? undefined : language);
  const { earlierThisYear, upcoming } = dates;
  const ruleLang = holiday.ruleSummaryLocale;
  return (
    <article>
      <h1 lang={fallback(holiday.nameLocale)} dir={fallback(holiday.nameLocale) && 'ltr'}>
        {holiday.name}
      </h1>
      {holiday.nameLocale !== locale && <p class="note">{ui.englishNameFallback}</p>}
      {/* English in a right-to-left page keeps its own direction (punctuation would otherwise move to the left). */}
      <p lang={fallback(holiday.descriptionLocale)} dir={fallback(holiday.descriptionLocale) && 'ltr'}>
        {holiday.description}
      </p>
      {holiday.descriptionLocale !== locale && <p class="note">{ui.englishFallback}</p>}
      <dl class="facts">
        <dt>{ui.tradition}</dt>
        <dd>{inEnglishIf(holiday.traditionNameLocale !== locale, holiday.traditionName)}</dd>
        <dt>{ui.howComputed}</dt>
        <dd>
          {ruleLang === locale ? (
            holiday.ruleSummary
          ) : (
            <>
              <span lang={ruleLang} dir={direction(ruleLang)}>
                {holiday.ruleSummary}
              </span>{' '}
              <span class="note">({ui.ruleFallback})</span>
            </>
          )}
        </dd>
        <dt>{ui.duration}</dt>
        <dd>{ui.days(holiday.days)}</dd>
      </dl>
      {holiday.uncertainty && <p>{holiday.uncertainty.note}</p>}
      <h2>{ui.datesTitle}</h2>
      {earlierThisYear.length > 0 && (
        <ul>
          {earlierThisYear.map(({ occurrence, ended }) => (
            <DateItem
              locale={locale}
              occurrence={occurrence}
              nativeLang={ruleLang}
              status={ended ? 'past' : 'ongoing'}
            />
          ))}
        </ul>
      )}
      <h3>{ui.nextDates}</h3>
      {upcoming.length === 0 ? (
        <p>{ui.noMoreDates}</p>
      ) : (
        <ul>
          {upcoming.map((o) => (
            <DateItem locale={locale} occurrence={o} nativeLang={ruleLang} city={city} />
          ))}
        </ul>
      )}
      <h2>{ui.namesTitle}</h2>
      <dl class="facts">
        {LOCALES.filter((l) => holiday.names[l]).map((l) => (
          <>
            <dt>{languageName(locale, l)}</dt>
            <dd lang={l} dir={direction(l)}>
              {holiday.names[l]}
            </dd>
          </>
        ))}
      </dl>
      <h2>{ui.sources}</h2>
      <ul>
        {holiday.sources.map((source) => (
          <li>
            <a href={source}>{source}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/${locale}/`}>{ui.backToSubscribe}</a>
      </p>
    </article>
  );
}

function readChoice(c: Context<AppEnv>): FeedChoice {
  const scope = c.req.query('scope');
  return { traditions: chosenTraditions(c), scope: isScope(scope) ? scope : 'major' };
}

const ALLOW = 'GET, HEAD';

/** The site's pages. Each is cached under its canonical request: language, choices, and what else it shows. */
export function pageRoutes(cache: ResponseCache): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  const cacheControl = { 'Cache-Control': `public, max-age=${PAGE_MAX_AGE}` };

  serveStylesheet(pages, '/assets/site.css', SITE_CSS);

  const subscribe = (c: Context<AppEnv>, locale: Locale) => {
    const choice = readChoice(c);
    const origin = c.get('origin');
    // The month in the key: the navigation links this month's pages.
    const month = c.get('today').slice(0, 7);
    const key = ['subscribe', origin, month, locale, choice.traditions.join(','), choice.scope].join('\n');
    return cache.respond(key, async () => {
      const ui = UI[locale];
      const feedUrl = new URL(feedPath(choice, locale), origin);
      const html = (
        <Layout locale={locale} title={ui.subscribeTitle} today={c.get('today')} pathFor={(l) => `/${l}/`}>
          <h1>{ui.subscribeTitle}</h1>
          <p>{ui.subscribeIntro}</p>
          <SubscribeForm locale={locale} ui={ui} choice={choice} />
          {await FeedLinks({ ui, feedUrl, name: feedName(locale, choice.traditions) })}
        </Layout>
      );
      return c.html(`<!doctype html>${await html}`, 200, { ...cacheControl, 'Content-Language': locale });
    });
  };

  pages.get('/', async (c) => {
    const response = await subscribe(c, negotiateLocale(c.req.header('Accept-Language')));
    response.headers.set('Vary', 'Accept-Language');
    return response;
  });
  refuseOtherMethods(pages, '/', ALLOW);

  pages.get('/:lang{[a-z]{2}}/', (c) => {
    const lang = c.req.param('lang');
    return isLocale(lang) ? subscribe(c, lang) : c.notFound();
  });
  refuseOtherMethods(pages, '/:lang{[a-z]{2}}/', ALLOW);

  pages.get('/:lang{[a-z]{2}}/holidays', (c) => {
    const locale = c.req.param('lang');
    if (!isLocale(locale)) return c.notFound();
    return cache.respond(['holidays', c.get('today').slice(0, 7), locale].join('\n'), async () => {
      const ui = UI[locale];
      const html = (
        <Layout
          locale={locale}
          title={ui.allHolidays}
          today={c.get('today')}
          pathFor={(l) => `/${l}/holidays`}
        >
          <h1>{ui.allHolidays}</h1>
          {listTraditions(locale).map((t) => (
            <section>
              <h2>{inEnglishIf(t.nameLocale === 'en', t.name)}</h2>
              <ul>
                {t.holidays.map((h) => (
                  <li>
                    <a href={`/${locale}/holidays/${h.id}`}>{h.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </Layout>
      );
      return c.html(`<!doctype html>${await html}`, 200, { ...cacheControl, 'Content-Language': locale });
    });
  });
  refuseOtherMethods(pages, '/:lang{[a-z]{2}}/holidays', ALLOW);

  pages.get('/:lang{[a-z]{2}}/holidays/:id', (c) => {
    const locale = c.req.param('lang');
    if (!isLocale(locale)) return c.notFound();
    // An unknown id throws the core's InterkalError: app.onError answers with a 404 page naming it.
    const holiday = describeHoliday(c.req.param('id'), locale);
    const today = c.get('today');
    // ?city=duisburg: the evening start at that city's sunset; an unknown city is ignored, as pages ignore junk.
    const cityParam = c.req.query('city');
    const city = cityParam === undefined ? undefined : findCity(cityParam);
    return cache.respond(['holiday', today, locale, holiday.id, city?.slug ?? '-'].join('\n'), async () => {
      const dates = holidayDates(holiday.id, {
        today,
        count: UPCOMING,
        locale,
        ...(city ? { place: placeOf(city) } : {}),
      });
      const html = (
        <Layout
          locale={locale}
          title={holiday.name}
          today={today}
          pathFor={(l) => `/${l}/holidays/${holiday.id}`}
        >
          <HolidayPage locale={locale} holiday={holiday} dates={dates} city={city} />
        </Layout>
      );
      return c.html(`<!doctype html>${await html}`, 200, { ...cacheControl, 'Content-Language': locale });
    });
  });
  refuseOtherMethods(pages, '/:lang{[a-z]{2}}/holidays/:id', ALLOW);

  return pages;
}

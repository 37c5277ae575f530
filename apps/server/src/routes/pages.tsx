import {
  addDays,
  type City,
  describeHoliday,
  findCity,
  LOCALES,
  type Locale,
  type LocalizedHoliday,
  listTraditions,
  nextOccurrences,
  type Occurrence,
  placeOf,
} from '@interkal/core';
import { type Context, Hono } from 'hono';
import { raw } from 'hono/html';
import QRCode from 'qrcode';
import type { AppEnv } from '../env.js';
import { isLocale, negotiateLocale, planningText, UI, type UiText } from '../i18n/ui.js';
import { chosenTraditions, TraditionChoices } from '../render/form-parts.js';
import { Layout } from '../render/layout.js';
import { SITE_CSS } from '../render/site-css.js';
import type { ResponseCache } from '../response-cache.js';
import { type FeedChoice, feedName, feedPath } from './feed-links.js';
import { refuseOtherMethods } from './get-only.js';

const SCOPES: readonly FeedChoice['scope'][] = ['major', 'major,minor', 'all'];
const isScope = (value: string | undefined): value is FeedChoice['scope'] =>
  SCOPES.includes(value as FeedChoice['scope']);

const UPCOMING = 5;
const PAGE_MAX_AGE = 3600;

const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
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

function HolidayPage({
  locale,
  holiday,
  upcoming,
  city,
}: {
  locale: Locale;
  holiday: LocalizedHoliday;
  upcoming: Occurrence[];
  /** With ?city=: each date says when it begins there (issue 11). */
  city?: City | undefined;
}) {
  const ui = UI[locale];
  return (
    <article>
      <h1>{holiday.name}</h1>
      <p>{holiday.description}</p>
      {holiday.descriptionLocale !== locale && <p class="note">{ui.englishFallback}</p>}
      <dl class="facts">
        <dt>{ui.tradition}</dt>
        <dd>{holiday.traditionName}</dd>
        <dt>{ui.howComputed}</dt>
        <dd lang="en">{holiday.ruleSummary}</dd>
        <dt>{ui.holidaysTitle}</dt>
        <dd>{ui.days(holiday.days)}</dd>
      </dl>
      {holiday.uncertainty && <p>{holiday.uncertainty.note}</p>}
      <h2>{ui.nextDates}</h2>
      {upcoming.length === 0 ? (
        <p>{ui.noMoreDates}</p>
      ) : (
        <ul>
          {upcoming.map((o) => (
            <li>
              <time datetime={o.date}>{longDate(locale, o.date)}</time>
              {o.endDate !== o.date && (
                <>
                  {' – '}
                  <time datetime={o.endDate}>{longDate(locale, o.endDate)}</time>
                </>
              )}
              {o.nativeDate && <span lang="en"> ({o.nativeDate})</span>}
              {o.startsAt ? (
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
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{ui.namesTitle}</h2>
      <dl class="facts">
        {LOCALES.filter((l) => holiday.names[l]).map((l) => (
          <>
            <dt>{l}</dt>
            <dd lang={l} dir={l === 'ar' ? 'rtl' : undefined}>
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

  pages.get('/assets/site.css', (c) =>
    c.body(SITE_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    }),
  );
  refuseOtherMethods(pages, '/assets/site.css', ALLOW);

  const subscribe = (c: Context<AppEnv>, locale: Locale) => {
    const choice = readChoice(c);
    const origin = c.get('origin');
    const key = ['subscribe', origin, locale, choice.traditions.join(','), choice.scope].join('\n');
    return cache.respond(key, async () => {
      const ui = UI[locale];
      const feedUrl = new URL(feedPath(choice, locale), origin);
      const html = (
        <Layout locale={locale} title={ui.subscribeTitle} pathFor={(l) => `/${l}/`}>
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
    return cache.respond(['holidays', locale].join('\n'), async () => {
      const ui = UI[locale];
      const html = (
        <Layout locale={locale} title={ui.allHolidays} pathFor={(l) => `/${l}/holidays`}>
          <h1>{ui.allHolidays}</h1>
          {listTraditions(locale).map((t) => (
            <section>
              <h2>{t.name}</h2>
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
      const upcoming = nextOccurrences(holiday.id, {
        from: today,
        count: UPCOMING,
        locale,
        ...(city ? { place: placeOf(city) } : {}),
      });
      const html = (
        <Layout locale={locale} title={holiday.name} pathFor={(l) => `/${l}/holidays/${holiday.id}`}>
          <HolidayPage locale={locale} holiday={holiday} upcoming={upcoming} city={city} />
        </Layout>
      );
      return c.html(`<!doctype html>${await html}`, 200, { ...cacheControl, 'Content-Language': locale });
    });
  });
  refuseOtherMethods(pages, '/:lang{[a-z]{2}}/holidays/:id', ALLOW);

  return pages;
}

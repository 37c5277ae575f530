import {
  getHolidayDefinition,
  getHolidays,
  type HolidayDefinition,
  InterkalError,
  LOCALES,
  type Locale,
  listTraditions,
  MAX_YEAR,
  type Occurrence,
} from '@interkal/core';
import { type Context, Hono } from 'hono';
import { raw } from 'hono/html';
import QRCode from 'qrcode';
import type { AppEnv } from '../env.js';
import { isLocale, negotiateLocale, UI, type UiText } from '../i18n/ui.js';
import { responseCache } from '../middleware/response-cache.js';
import { chosenTraditions, TraditionChoices } from '../render/form-parts.js';
import { Layout } from '../render/layout.js';
import { SITE_CSS } from '../render/site-css.js';
import { type FeedChoice, feedName, feedPath } from './feed-links.js';

const SCOPES: readonly FeedChoice['scope'][] = ['major', 'major,minor', 'all'];
const isScope = (value: string | undefined): value is FeedChoice['scope'] =>
  SCOPES.includes(value as FeedChoice['scope']);

const UPCOMING = 5;
const PAGE_MAX_AGE = 3600;

const longDate = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

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
  definition,
  upcoming,
}: {
  locale: Locale;
  definition: HolidayDefinition;
  upcoming: Occurrence[];
}) {
  const ui = UI[locale];
  const name = definition.names[locale] ?? definition.names.en;
  const description = definition.description[locale];
  const tradition = listTraditions(locale).find((t) => t.id === definition.tradition)!;
  return (
    <article>
      <h1>{name}</h1>
      <p>{description ?? definition.description.en}</p>
      {description === undefined && <p class="note">{ui.englishFallback}</p>}
      <dl class="facts">
        <dt>{ui.tradition}</dt>
        <dd>{tradition.name}</dd>
        <dt>{ui.howComputed}</dt>
        <dd lang="en">{definition.ruleSummary}</dd>
        <dt>{ui.holidaysTitle}</dt>
        <dd>{ui.days(definition.days)}</dd>
      </dl>
      {definition.uncertainty && (
        <p>{definition.uncertainty.note[locale] ?? definition.uncertainty.note.en}</p>
      )}
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
              {o.startsEvening && (
                <span class="note"> {ui.beginsEvening(longDate(locale, dayBefore(o.date)))}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{ui.namesTitle}</h2>
      <dl class="facts">
        {LOCALES.filter((l) => definition.names[l]).map((l) => (
          <>
            <dt>{l}</dt>
            <dd lang={l} dir={l === 'ar' ? 'rtl' : undefined}>
              {definition.names[l]}
            </dd>
          </>
        ))}
      </dl>
      <h2>{ui.sources}</h2>
      <ul>
        {definition.sources.map((source) => (
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

export function pageRoutes(): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  pages.use('*', responseCache({ varyOn: ['Accept-Language'] }));

  pages.get('/assets/site.css', (c) =>
    c.body(SITE_CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    }),
  );

  const subscribe = async (c: Context<AppEnv>, locale: Locale) => {
    const ui = UI[locale];
    const choice = readChoice(c);
    const feedUrl = new URL(feedPath(choice, locale), c.req.url);
    const html = (
      <Layout locale={locale} title={ui.subscribeTitle} pathFor={(l) => `/${l}/`}>
        <h1>{ui.subscribeTitle}</h1>
        <p>{ui.subscribeIntro}</p>
        <SubscribeForm locale={locale} ui={ui} choice={choice} />
        {await FeedLinks({ ui, feedUrl, name: feedName(locale, choice.traditions) })}
      </Layout>
    );
    return c.html(`<!doctype html>${await html}`, 200, {
      'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
      'Content-Language': locale,
    });
  };

  pages.get('/', async (c) => {
    const response = await subscribe(c, negotiateLocale(c.req.header('Accept-Language')));
    response.headers.set('Vary', 'Accept-Language');
    return response;
  });

  pages.get('/:lang{[a-z]{2}}/', (c) => {
    const lang = c.req.param('lang');
    return isLocale(lang) ? subscribe(c, lang) : c.notFound();
  });

  pages.get('/:lang{[a-z]{2}}/holidays', async (c) => {
    const locale = c.req.param('lang');
    if (!isLocale(locale)) return c.notFound();
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
    return c.html(`<!doctype html>${await html}`, 200, {
      'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
    });
  });

  pages.get('/:lang{[a-z]{2}}/holidays/:id', async (c) => {
    const locale = c.req.param('lang');
    if (!isLocale(locale)) return c.notFound();
    let definition: HolidayDefinition;
    try {
      definition = getHolidayDefinition(c.req.param('id'));
    } catch (error) {
      if (error instanceof InterkalError) return c.notFound();
      throw error;
    }
    const today = c.get('today');
    const lastYear = Math.min(Number(today.slice(0, 4)) + 10, MAX_YEAR);
    const upcoming = getHolidays({ ids: [definition.id], locale, from: today, to: `${lastYear}-12-31` })
      .filter((o) => o.date >= today)
      .slice(0, UPCOMING);
    const name = definition.names[locale] ?? definition.names.en;
    const html = (
      <Layout locale={locale} title={name} pathFor={(l) => `/${l}/holidays/${definition.id}`}>
        <HolidayPage locale={locale} definition={definition} upcoming={upcoming} />
      </Layout>
    );
    return c.html(`<!doctype html>${await html}`, 200, {
      'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
    });
  });

  return pages;
}

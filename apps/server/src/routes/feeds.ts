import {
  formatPlace,
  type Importance,
  MAX_YEAR,
  MIN_YEAR,
  RAMADAN_METHOD,
  ramadanTimetable,
  TRADITION_IDS,
} from '@interkal/core';
import { renderCalendar, renderRamadanCalendar } from '@interkal/ics';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.js';
import { failureFromIssue } from '../failure.js';
import { DEFAULT_LOCALE, UI } from '../i18n/ui.js';
import { getHolidays } from '../library.js';
import { requestLocale } from '../locale.js';
import {
  cityParams,
  type Filter,
  filterKey,
  holidayFilterParams,
  islamicChoiceKey,
  islamicOptions,
  islamicParams,
  readFilter,
  readIslamicChoice,
  readPlace,
  toHolidayQuery,
} from '../params.js';
import { respondFailure } from '../respond-failure.js';
import type { ResponseCache } from '../response-cache.js';
import { feedName } from './feed-links.js';
import { refuseOtherMethods } from './get-only.js';

const FEED_MAX_AGE = 24 * 60 * 60;
const ALLOW = 'GET, HEAD, OPTIONS';

interface FeedKind {
  /** Traditions fixed by the path, if any. */
  traditions?: string[];
  defaultImportance: (filter: Filter) => Importance[];
}

/** January of last year to December of next year: what a subscriber needs, within the supported range. */
function feedWindow(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  return { from: `${Math.max(year - 1, MIN_YEAR)}-01-01`, to: `${Math.min(year + 1, MAX_YEAR)}-12-31` };
}

/**
 * A feed for the canonical request. Unknown parameters are ignored (calendar apps and link shorteners add their
 * own) and never reach the cache key, so they cannot turn hits into misses.
 */
async function serveFeed(c: Context<AppEnv>, cache: ResponseCache, kind: FeedKind): Promise<Response> {
  const parsed = holidayFilterParams.merge(cityParams).safeParse(c.req.query());
  if (!parsed.success) return respondFailure(c, failureFromIssue(parsed.error.issues[0]!, c.req.query()));
  const requested = readFilter(parsed.data);
  const { language } = requestLocale(parsed.data.lang, DEFAULT_LOCALE);
  const filter: Filter = {
    ...requested,
    traditions: kind.traditions ?? requested.traditions,
    importance: requested.importance ?? kind.defaultImportance(requested),
  };
  const { origin, today } = c.var;
  const key = ['feed', origin, today, language, filterKey(filter)].join('\n');
  return cache.respond(key, () => {
    const occurrences = getHolidays({ ...toHolidayQuery(filter), ...feedWindow(today), locale: language });
    const body = renderCalendar(occurrences, {
      name: feedName(language, filter.traditions ?? []),
      description: UI[language].feedDescription,
      host: new URL(origin).hostname,
      locale: language,
      url: (o) => `${origin}/${language}/holidays/${o.id}`,
      ...(filter.city ? { placeName: filter.city.name } : {}),
    });
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="interkal.ics"',
      'Cache-Control': `public, max-age=${FEED_MAX_AGE}`,
    });
  });
}

const ramadanParams = z.object({
  city: cityParams.shape.city,
  place: holidayFilterParams.shape.place,
  lang: holidayFilterParams.shape.lang,
  ...islamicParams.shape,
});

/**
 * Ramadan of this year and next at a place, a timed event per fasting day from imsak to iftar. Like the other
 * feeds it ignores parameters it does not know; it needs a city or a place.
 */
async function serveRamadanFeed(c: Context<AppEnv>, cache: ResponseCache): Promise<Response> {
  const parsed = ramadanParams.safeParse(c.req.query());
  if (!parsed.success) return respondFailure(c, failureFromIssue(parsed.error.issues[0]!, c.req.query()));
  const { place, city } = readPlace(parsed.data);
  if (!place) {
    return respondFailure(c, {
      type: 'https://interkal.dev/problems/invalid-option',
      title: 'Invalid parameter',
      status: 400,
      detail: 'Invalid city: the Ramadan feed needs a city or a place.',
      parameter: 'city',
      allowed: 'a German city such as berlin, or place=LAT,LON,ZONE',
    });
  }
  const { language } = requestLocale(parsed.data.lang, DEFAULT_LOCALE);
  const islamic = readIslamicChoice(parsed.data);
  const { origin, today } = c.var;
  const placeKey = city?.slug ?? formatPlace(place).split(',').slice(0, 2).join(',');
  const key = [
    'feed-ramadan',
    origin,
    today,
    language,
    formatPlace(place),
    placeKey,
    islamicChoiceKey(islamic),
  ].join('\n');
  return cache.respond(key, () => {
    const year = Number(today.slice(0, 4));
    const days = [year, Math.min(year + 1, MAX_YEAR)]
      .filter((y, i, all) => all.indexOf(y) === i)
      .flatMap((y) => ramadanTimetable({ year: y, place, ...islamicOptions(islamic) }).days);
    const body = renderRamadanCalendar(days, {
      name: `${UI[language].siteName}: Ramadan${city ? ` ${city.name}` : ''}`,
      host: new URL(origin).hostname,
      locale: language,
      timeZone: place.timeZone,
      placeKey,
      ...(city ? { placeName: city.name } : {}),
      method: RAMADAN_METHOD.name,
    });
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="ramadan.ics"',
      'Cache-Control': `public, max-age=${FEED_MAX_AGE}`,
    });
  });
}

export function feedRoutes(cache: ResponseCache): Hono<AppEnv> {
  const feeds = new Hono<AppEnv>();
  feeds.get('/ramadan.ics', (c) => serveRamadanFeed(c, cache));
  feeds.get('/all.ics', (c) => serveFeed(c, cache, { defaultImportance: () => ['major'] }));
  feeds.get('/custom.ics', (c) =>
    serveFeed(c, cache, {
      defaultImportance: (filter) => (filter.traditions ? ['major', 'minor'] : ['major']),
    }),
  );
  feeds.get('/:file{[a-z-]+\\.ics}', (c) => {
    const tradition = c.req.param('file').slice(0, -'.ics'.length);
    if (!(TRADITION_IDS as readonly string[]).includes(tradition)) {
      return respondFailure(c, {
        title: 'Feed not found',
        status: 404,
        detail: `No feed for tradition ${JSON.stringify(tradition)}. Allowed: all, custom, ${TRADITION_IDS.join(', ')}.`,
        parameter: 'tradition',
      });
    }
    return serveFeed(c, cache, { traditions: [tradition], defaultImportance: () => ['major', 'minor'] });
  });
  refuseOtherMethods(feeds, '/:file{[a-z-]+\\.ics}', ALLOW);
  return feeds;
}

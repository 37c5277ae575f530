import { getHolidays, type Importance, MAX_YEAR, MIN_YEAR, TRADITION_IDS } from '@interkal/core';
import { renderCalendar } from '@interkal/ics';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { DEFAULT_LOCALE, UI } from '../i18n/ui.js';
import { holidayFilterParams, toHolidayQuery } from '../params.js';
import { problemFromError, problemFromIssue, problemResponse } from '../problem.js';
import { feedName } from './feed-links.js';

const FEED_MAX_AGE = 24 * 60 * 60;

interface FeedKind {
  /** Traditions fixed by the path, if any. */
  traditions?: string[];
  defaultImportance: Importance[];
}

/** January of last year to December of next year: what a subscriber needs, within the supported range. */
function feedWindow(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  return { from: `${Math.max(year - 1, MIN_YEAR)}-01-01`, to: `${Math.min(year + 1, MAX_YEAR)}-12-31` };
}

function renderFeed(c: Context<AppEnv>, kind: FeedKind): Response {
  const parsed = holidayFilterParams.safeParse(c.req.query());
  if (!parsed.success) return problemFromIssue(c, parsed.error.issues[0]!);
  const query = toHolidayQuery(parsed.data);
  const locale = query.locale ?? DEFAULT_LOCALE;
  const url = new URL(c.req.url);
  const occurrences = getHolidays({
    ...query,
    ...feedWindow(c.get('today')),
    locale,
    traditions: kind.traditions ?? query.traditions,
    importance: query.importance ?? kind.defaultImportance,
  });
  const language = locale.split('-')[0] as keyof typeof UI;
  const name = feedName(locale, kind.traditions ?? query.traditions ?? []);
  const body = renderCalendar(occurrences, {
    name,
    description: UI[language].feedDescription,
    host: url.hostname,
    locale,
    url: (o) => `${url.origin}/${language}/holidays/${o.id}`,
  });
  return c.body(body, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': 'inline; filename="interkal.ics"',
    'Cache-Control': `public, max-age=${FEED_MAX_AGE}`,
  });
}

export function feedRoutes(): Hono<AppEnv> {
  const feeds = new Hono<AppEnv>();
  feeds.onError((error, c) => problemFromError(c, error));
  feeds.get('/all.ics', (c) => renderFeed(c, { defaultImportance: ['major'] }));
  feeds.get('/custom.ics', (c) =>
    renderFeed(c, { defaultImportance: c.req.query('traditions') ? ['major', 'minor'] : ['major'] }),
  );
  feeds.get('/:file{[a-z-]+\\.ics}', (c) => {
    const tradition = c.req.param('file').slice(0, -'.ics'.length);
    if (!(TRADITION_IDS as readonly string[]).includes(tradition)) {
      return problemResponse(c, {
        title: 'Feed not found',
        status: 404,
        detail: `No feed for tradition ${JSON.stringify(tradition)}. Allowed: all, custom, ${TRADITION_IDS.join(', ')}.`,
        parameter: 'tradition',
      });
    }
    return renderFeed(c, { traditions: [tradition], defaultImportance: ['major', 'minor'] });
  });
  return feeds;
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from './app.js';
import { ResponseCache } from './response-cache.js';

const now = () => new Date('2026-11-25T10:00:00Z');
const ORIGIN = 'https://kalender.example.de';

describe('the response cache is keyed by the canonical request', () => {
  it('does not let junk parameters, list order, duplicates or letter case split a feed', async () => {
    const cache = new ResponseCache();
    const app = createApp({ now, cache });
    const variants = [
      '/feeds/custom.ics?traditions=islam,judaism&lang=de',
      '/feeds/custom.ics?traditions=judaism,islam,islam&lang=DE&_=1',
      '/feeds/custom.ics?lang=de_DE&traditions=Judaism,%20islam&utm_source=x&_=2',
      `/feeds/custom.ics?traditions=islam,judaism&lang=de&junk=${'x'.repeat(15_000)}`,
      '/feeds/custom.ics?traditions=islam,judaism&lang=de&jewish=diaspora&islamic-method=diyanet',
    ];
    const bodies = new Set<string>();
    for (const path of variants) {
      const res = await app.request(`${ORIGIN}${path}`);
      expect(res.status).toBe(200);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    expect(cache.stats.entries).toBe(1);
  });

  it('serves HEAD from the GET entry, with the same ETag and no body', async () => {
    const cache = new ResponseCache();
    const app = createApp({ now, cache });
    const get = await app.request(`${ORIGIN}/api/v1/holidays?year=2026&traditions=islam`);
    const head = await app.request(`${ORIGIN}/api/v1/holidays?traditions=islam&year=2026`, {
      method: 'HEAD',
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect(await head.text()).toBe('');
    expect(cache.stats.entries).toBe(1);
    const revalidated = await app.request(`${ORIGIN}/api/v1/holidays?year=2026&traditions=islam`, {
      headers: { 'If-None-Match': get.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('puts places rounded to 0.01° and canonical zones in one entry', async () => {
    const cache = new ResponseCache();
    const app = createApp({ now, cache });
    for (const place of [
      '51.431,6.762,Europe/Berlin',
      '51.43,6.76,europe/berlin',
      '51.4349,6.7551,Europe/Berlin',
    ]) {
      const res = await app.request(`${ORIGIN}/api/v1/holidays?year=2026&traditions=hinduism&place=${place}`);
      expect(res.status).toBe(200);
    }
    expect(cache.stats.entries).toBe(1);
  });
});

describe('the API refuses what it does not know', () => {
  const app = createApp({ now });
  it.each([
    ['/api/v1/holidays?year=2026&method=umm-al-qura', 'method'],
    ['/api/v1/holidays/diwali?lang=de&from=2026-01-01', 'from'],
    ['/api/v1/traditions?lang=de&x=1&y=2', 'x,y'],
  ])('%s is a 400 problem naming %s', async (path, parameter) => {
    const res = await app.request(`${ORIGIN}${path}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await res.json();
    expect(problem.parameter).toBe(parameter);
    expect(problem.detail).toMatch(/Unknown parameter/);
  });
});

describe('one language per answer, whatever spelling of it', () => {
  const app = createApp({ now });
  it.each(['DE', 'de_DE', 'de-AT', 'de'])('lang=%s gives German feeds, API and widget', async (lang) => {
    const feed = await app.request(`${ORIGIN}/feeds/all.ics?lang=${lang}`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('X-WR-CALDESC:Feiertage vieler Religionen');
    const api = await (await app.request(`${ORIGIN}/api/v1/holidays/diwali?lang=${lang}`)).json();
    // Catalogue: Diwali is "Diwali (Lichterfest)" in German, its tradition "Hinduismus".
    expect([api.name, api.traditionName]).toEqual(['Diwali (Lichterfest)', 'Hinduismus']);
    const widget = await app.request(`${ORIGIN}/widget/month?lang=${lang}`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-language')).toBe('de');
  });

  it('lang=ar_SA gives an Arabic Islamic feed', async () => {
    const res = await app.request(`${ORIGIN}/feeds/islam.ics?lang=ar_SA`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('X-WR-CALNAME:interkal: الإسلام');
  });
});

describe('people get pages, programs get problems', () => {
  const app = createApp({ now });
  it('answers an unknown holiday with a German 404 page', async () => {
    const res = await app.request(`${ORIGIN}/de/holidays/divali`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('Einen Feiertag „divali“ kennt interkal nicht.');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers an unknown page in the Accept-Language, and an unknown API path with a problem', async () => {
    const page = await app.request(`${ORIGIN}/nowhere`, { headers: { 'Accept-Language': 'tr' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Sayfa bulunamadı');
    const api = await app.request(`${ORIGIN}/api/v2/holidays`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('turns an unexpected error into a 500 page without a stack, logged once on one line', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = createApp({ now });
    broken.get('/xx/boom', () => {
      throw new TypeError('secret detail\nsecond line');
    });
    const res = await broken.request(`${ORIGIN}/xx/boom`, { headers: { 'Accept-Language': 'en' } });
    expect(res.status).toBe(500);
    const html = await res.text();
    expect(html).toContain('Something went wrong');
    expect(html).not.toMatch(/secret|TypeError|at /);
    expect(errors).toHaveBeenCalledTimes(1);
    const line = String(errors.mock.calls[0]![0]);
    expect(line).toMatch(/^interkal: 500 GET \/xx\/boom: TypeError: secret detail second line/);
    expect(line).not.toContain('\n');
  });
  afterEach(() => vi.restoreAllMocks());
});

describe('methods and headers', () => {
  const app = createApp({ now });
  it.each([
    ['/feeds/all.ics', 'GET, HEAD, OPTIONS'],
    ['/api/v1/holidays', 'GET, HEAD, OPTIONS'],
    ['/widget/month', 'GET, HEAD'],
    ['/de/holidays/diwali', 'GET, HEAD'],
    ['/', 'GET, HEAD'],
    ['/embed', 'GET, HEAD'],
  ])('answers POST, PUT and DELETE to %s with 405 and Allow: %s', async (path, allow) => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await app.request(`${ORIGIN}${path}`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
    }
  });

  it.each(['/', '/de/', '/de/holidays', '/de/holidays/diwali', '/de/embed', '/nowhere'])(
    'sends a strict Content-Security-Policy with %s',
    async (path) => {
      const res = await app.request(`${ORIGIN}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    },
  );
});

describe('the public origin', () => {
  const feedUrl = (html: string) =>
    html.match(/<input id="feed-url" type="url" readonly="" value="([^"]+)"/)?.[1];
  const uid = (ics: string) => ics.match(/^UID:.*@(.*)\r$/m)?.[1];

  it('comes from PUBLIC_URL when set, whatever Host or X-Forwarded-* say', async () => {
    const app = createApp({ now, publicUrl: 'https://kalender.example.de/', trustProxy: true });
    const headers = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'http' };
    const page = await app.request('http://evil.example/de/', { headers });
    expect(feedUrl(await page.text())).toBe('https://kalender.example.de/feeds/all.ics?lang=de');
    const feed = await app.request('http://evil.example/feeds/all.ics', { headers });
    expect(uid(await feed.text())).toBe('kalender.example.de');
  });

  it('honours X-Forwarded-Proto/Host only with trustProxy', async () => {
    const headers = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'kalender.example.de' };
    const direct = createApp({ now });
    const proxied = createApp({ now, trustProxy: true });
    const url = 'http://10.0.0.5:8787/de/';
    expect(feedUrl(await (await direct.request(url, { headers })).text())).toBe(
      'http://10.0.0.5:8787/feeds/all.ics?lang=de',
    );
    expect(feedUrl(await (await proxied.request(url, { headers })).text())).toBe(
      'https://kalender.example.de/feeds/all.ics?lang=de',
    );
    // A forwarded host that is not a host name is ignored, not echoed.
    const junk = { 'X-Forwarded-Host': 'a"><script>', 'X-Forwarded-Proto': 'javascript' };
    expect(feedUrl(await (await proxied.request(url, { headers: junk })).text())).toBe(
      'http://10.0.0.5:8787/feeds/all.ics?lang=de',
    );
  });

  it('refuses a PUBLIC_URL that is not an origin when the app is created', () => {
    expect(() => createApp({ publicUrl: 'kalender.example.de' })).toThrow(/PUBLIC_URL/);
    expect(() => createApp({ publicUrl: 'https://kalender.example.de/sub/' })).toThrow(/origin/);
  });
});

import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z') });
const get = (url: string, headers: Record<string, string> = {}) => app.request(url, { headers });

describe('GET /api/v1/holidays', () => {
  it('returns a year of occurrences in the requested language', async () => {
    const res = await get('/api/v1/holidays?year=2026&traditions=christianity&lang=de');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.from).toBe('2026-01-01');
    // Easter 2026: 5 April (ASSA Easter date tables).
    expect(body.holidays).toContainEqual(
      expect.objectContaining({ id: 'easter', name: 'Ostern', date: '2026-04-05' }),
    );
  });

  it('defaults to the current year', async () => {
    const body = await (await get('/api/v1/holidays?traditions=christianity')).json();
    expect([body.from, body.to]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('accepts from/to and filters by importance', async () => {
    const body = await (await get('/api/v1/holidays?from=2026-12-20&to=2026-12-31&importance=major')).json();
    expect(body.holidays.length).toBeGreaterThan(0);
    for (const o of body.holidays) expect(o.importance).toBe('major');
  });

  // Government of India, DoPT holiday list 2026: Id-ul-Fitr 21 March (test/fixtures/islamic-india-goi-2001-2026.txt);
  // Indonesia's isbat of 17 Feb 2026: 1 Ramadan 19 February (islamic-indonesia-skb-1963-2026.txt). Diyanet: 20 March.
  it('selects the crescent and mabims methods with their criterion and country', async () => {
    const date = async (query: string) =>
      (await (await get(`/api/v1/holidays?year=2026&${query}`)).json()).holidays[0].date;
    expect(await date('ids=eid-al-fitr')).toBe('2026-03-20');
    expect(await date('ids=eid-al-fitr&islamic-method=crescent')).toBe('2026-03-21');
    expect(
      await date('ids=eid-al-fitr&islamic-method=crescent&crescent-criterion=yallop&islamic-country=IN'),
    ).toBe('2026-03-21');
    expect(await date('ids=ramadan&islamic-method=mabims&islamic-country=ID')).toBe('2026-02-19');
  });

  // Indonesia's isbat of 28 Feb 2025: 1 Ramadan 1 March, on MABIMS met in Aceh (islamic-indonesia-skb-1963-2026.txt).
  it('gives crescent in Indonesia by Indonesia’s own criterion unless crescent-criterion names one', async () => {
    const ramadan2025 = async (query: string) =>
      (await (await get(`/api/v1/holidays?year=2025&ids=ramadan&${query}`)).json()).holidays[0].date;
    expect(await ramadan2025('islamic-method=crescent&islamic-country=ID')).toBe('2025-03-01');
    expect(await ramadan2025('islamic-method=crescent&islamic-country=ID&crescent-criterion=odeh')).toBe(
      '2025-03-02',
    );
  });

  const badRequests: [string, string, RegExp][] = [
    ['bad year', '/api/v1/holidays?year=1899', /year.*1900–2100/],
    ['non-numeric year', '/api/v1/holidays?year=abc', /year/],
    ['unknown tradition', '/api/v1/holidays?traditions=pastafari', /traditions.*pastafari.*christianity/],
    ['from after to', '/api/v1/holidays?from=2026-05-01&to=2026-04-01', /from.*2026-05-01/],
    ['range too large', '/api/v1/holidays?from=2000-01-01&to=2026-01-01', /at most 10 years/],
    ['only from', '/api/v1/holidays?from=2026-01-01', /to/],
    ['unknown lang', '/api/v1/holidays?lang=xx', /lang.*xx.*de, en/],
    ['header injection in lang', '/api/v1/holidays?lang=%0d%0aX:', /lang/],
    ['script in lang', '/api/v1/holidays?lang=%3Cscript%3E', /lang/],
    ['unknown variant', '/api/v1/holidays?islamic-method=moon', /islamic-method.*umm-al-qura/],
    ['bad place', '/api/v1/holidays?place=north', /place/],
    [
      'unknown criterion',
      '/api/v1/holidays?islamic-method=crescent&crescent-criterion=eye',
      /crescent-criterion.*odeh/,
    ],
    ['unknown country', '/api/v1/holidays?islamic-method=crescent&islamic-country=DE', /islamic-country.*IN/],
    [
      'polar sighting place',
      '/api/v1/holidays?islamic-method=crescent&place=78.2,15.6,Arctic/Longyearbyen',
      /place.*60°/,
    ],
    ['unknown importance', '/api/v1/holidays?importance=huge', /importance.*major/],
  ];
  it.each(badRequests)('answers %s with a 400 problem naming the parameter', async (_, url, detail) => {
    const res = await get(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const text = await res.text();
    expect(text).not.toMatch(/[<>]/);
    const problem = JSON.parse(text);
    expect(problem.status).toBe(400);
    expect(problem.detail).toMatch(detail);
    expect(problem.parameter).toBeTruthy();
  });
});

describe('GET /api/v1/holidays/{id}', () => {
  it('returns the definition, names in every language and the next five dates', async () => {
    const res = await get('/api/v1/holidays/christmas?lang=de');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.name).toBe('Weihnachten');
    expect(body.names).toMatchObject({ en: 'Christmas', de: 'Weihnachten' });
    expect(body.upcoming.map((o: { date: string }) => o.date)).toEqual([
      '2026-12-25',
      '2027-12-25',
      '2028-12-25',
      '2029-12-25',
      '2030-12-25',
    ]);
    // The rule in the answer's language, like the name.
    expect(body.rule).toBe('25. Dezember (gregorianischer Kalender)');
  });

  it('answers an unknown id with 404', async () => {
    const res = await get('/api/v1/holidays/xmas');
    expect(res.status).toBe(404);
    expect((await res.json()).detail).toMatch(/xmas/);
  });
});

describe('GET /api/v1/traditions and the OpenAPI document', () => {
  it('lists traditions with localized names', async () => {
    const body = await (await get('/api/v1/traditions?lang=de')).json();
    expect(body.find((t: { id: string }) => t.id === 'christianity').name).toMatch(/Christentum/);
  });

  it('describes every route in OpenAPI 3.1', async () => {
    const doc = await (await get('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/holidays', '/holidays/{id}', '/traditions']),
    );
  });
});

describe('HTTP behaviour', () => {
  it('answers If-None-Match with 304 and sets caching headers and CORS', async () => {
    const first = await get('/api/v1/holidays?year=2026', { Origin: 'https://example.org' });
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const second = await get('/api/v1/holidays?year=2026', { 'If-None-Match': tag! });
    expect(second.status).toBe(304);
  });

  it('gives the same body and ETag from a fresh app (as after a restart)', async () => {
    const other = createApp({ now: () => new Date('2026-11-25T18:00:00Z') });
    const a = await get('/api/v1/holidays?year=2027');
    const b = await other.request('/api/v1/holidays?year=2027');
    expect(await a.text()).toBe(await b.text());
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
  });

  it('reports health', async () => {
    expect((await get('/healthz')).status).toBe(200);
  });

  it('answers unknown paths with a 404 problem', async () => {
    const res = await get('/api/v2/nothing');
    expect(res.status).toBe(404);
  });
});

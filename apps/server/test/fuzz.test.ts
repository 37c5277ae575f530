// Properties over every route with random and hostile paths, query strings, methods and headers, run in memory
// through app.request() (no network). `pnpm test` runs them with a fixed seed; `pnpm test:fuzz` (FUZZ=1) runs
// 20 times as many cases. A failure prints fast-check's seed and shrunk counterexample to replay.
import { listTraditions, TRADITION_IDS } from '@interkal/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';

const SEED = 20261204;
const SCALE = process.env.FUZZ === '1' ? 20 : 1;
/** The most one request may take on a busy 2-core CI machine; a 10-year answer takes well under a second. */
const REQUEST_BUDGET_MS = 8_000;

const HOLIDAY_IDS = listTraditions('en').flatMap((t) => t.holidays.map((h) => h.id));
const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z'), trustProxy: true });

/** Strings an attacker tries: markup, attribute breakouts, header and ICS line injection, encodings, size. */
const hostile = fc.constantFrom(
  '<ik-tag>',
  '"><ik-attr x="',
  "'><ik-single '",
  '</style><ik-style>',
  '</script><ik-script>',
  '\r\nX-INJECTED: 1',
  '\nBEGIN:VEVENT\nX-INJECTED:1',
  '%0d%0aX-INJECTED:%201',
  '\u0000',
  '\u2028\u2029',
  '../../etc/passwd',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '${7*7}',
  'javascript:alert(1)',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '-1',
  '1e400',
  'NaN',
  '99999',
  ',,,,',
  'islam,'.repeat(400),
  'x'.repeat(3000),
);

const validValue = fc.oneof(
  fc.constantFrom(...TRADITION_IDS),
  fc.constantFrom(...HOLIDAY_IDS),
  fc.constantFrom('de', 'en', 'tr', 'ar', 'DE', 'de_DE', 'de-AT', 'ar_SA', 'en-GB', 'xx'),
  fc.constantFrom('major', 'minor', 'observance', 'major,minor', 'israel', 'diaspora', 'umm-al-qura'),
  fc.constantFrom('tabular', 'diyanet', 'un', 'theravada', 'lunar', 'nanakshahi', 'light', 'dark', 'compact'),
  fc.constantFrom('#fff', '#c6efb5', 'red', 'Verdana', '0', '24', '25', '1', '12', '13'),
  fc.constantFrom('1899', '1900', '2026', '2100', '2101', '2026-03-01', '2026-02-30', '2035-12-31'),
  fc.constantFrom('51.43,6.76,Europe/Berlin', '28.61,77.21,Asia/Kolkata', '91,0,UTC', '0,0,Mars/Base'),
  fc.constantFrom(
    'duisburg',
    'München',
    'atlantis',
    'NW',
    'BY',
    'SN',
    'nw',
    '2026-09-21',
    '2026-09-20..2026-09-22',
  ),
);
const value = fc.oneof(
  { weight: 8, arbitrary: validValue },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const KNOWN_PARAMETERS = [
  'year',
  'month',
  'from',
  'to',
  'traditions',
  'ids',
  'lang',
  'importance',
  'jewish',
  'islamic-method',
  'crescent-criterion',
  'islamic-country',
  'vesak',
  'sikh-calendar',
  'place',
  'theme',
  'size',
  'highlight',
  'font',
  'radius',
  'scope',
  'dates',
  'state',
  'city',
];
const parameter = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...KNOWN_PARAMETERS) },
  { weight: 1, arbitrary: fc.constantFrom('_', 'utm_source', 'method', 'LANG', '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
/** A query string: encoded pairs, sometimes with raw junk no encoder would write. */
const query = fc
  .tuple(
    fc.array(fc.tuple(parameter, value), { maxLength: 4 }),
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom('&', '&&=', '%', '%zz', '%E0%A4%A', '=x', '&lang', '?a=1') },
    ),
  )
  .map(([pairs, junk]) => {
    const encoded = new URLSearchParams(pairs).toString();
    const search = encoded + junk;
    return search === '' ? '' : `?${search}`;
  });

const segment = fc.oneof(
  fc.constantFrom(...HOLIDAY_IDS),
  fc.constantFrom('de', 'en', 'tr', 'ar', 'xx', 'DE', '..', '%2e%2e', '%00', '%zz', 'holidays', 'embed'),
  fc.string({ maxLength: 16 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.constantFrom(
    '/',
    '/de/',
    '/ar/',
    '/xx/',
    '/en/holidays',
    '/de/embed',
    '/embed',
    '/embed.js',
    '/widget/month',
    '/widget/widget.js',
    '/feeds/all.ics',
    '/feeds/custom.ics',
    '/feeds/islam.ics',
    '/feeds/hinduism.ics',
    '/api/v1/holidays',
    '/api/v1/traditions',
    '/api/v1/openapi.json',
    '/healthz',
    '/assets/site.css',
    '/de/check',
    '/ar/check',
    '/de/print/2026',
    '/en/print/1900',
    '/api/v1/conflicts',
    '/api/v1/ramadan',
    '/feeds/ramadan.ics',
  ),
  segment.map((id) => `/de/holidays/${id}`),
  segment.map((id) => `/api/v1/holidays/${id}`),
  segment.map((name) => `/feeds/${name}.ics`),
  segment.map((name) => `/widget/${name}`),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
);
const method = fc.oneof(
  { weight: 6, arbitrary: fc.constant('GET') },
  { weight: 1, arbitrary: fc.constantFrom('HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
);
// Header values are bytes on the wire: what arrives beyond ASCII reads as Latin-1, never CR, LF or NUL.
const asHeaderBytes = (text: string) =>
  Array.from(text, (ch) => String.fromCharCode(Math.max(0x20, ch.charCodeAt(0) & 0xff))).join('');
const headerValue = fc.oneof(hostile, fc.string({ maxLength: 40 })).map(asHeaderBytes);
const headers = fc.record(
  {
    'Accept-Language': fc.oneof(
      fc.constantFrom('de', 'ar;q=0.9,tr', 'fr-FR,en;q=0.1', '*;q=abc'),
      headerValue,
    ),
    'If-None-Match': fc.oneof(fc.constantFrom('*', '"abc"', 'W/"x", "y"'), headerValue),
    'X-Forwarded-Host': fc.oneof(fc.constantFrom('kalender.example.de', 'a:99999', '[::1]:80'), headerValue),
    'X-Forwarded-Proto': fc.oneof(fc.constantFrom('https', 'http', 'javascript', 'https, http'), headerValue),
    Origin: fc.oneof(fc.constant('https://evil.example'), headerValue),
  },
  { requiredKeys: [] },
);
const host = fc.oneof(
  { weight: 6, arbitrary: fc.constant('kalender.example.de') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('127.0.0.1:8787', '[::1]:8787', 'a_b.example', 'xn--mnchen-3ya.de'),
  },
);

const request = fc.record({ host, path, query, method, headers });
type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

let requests = 0;
const statuses: Record<string, number> = {};
async function send(r: FuzzRequest): Promise<{ res: Response; body: string; ms: number }> {
  requests++;
  const started = performance.now();
  const res = await app.request(`http://${r.host}${r.path}${r.query}`, {
    method: r.method,
    headers: r.headers as Record<string, string>,
  });
  const body = await res.text();
  const status = `${String(res.status)[0]}xx`;
  statuses[status] = (statuses[status] ?? 0) + 1;
  // Every property also holds the first: no input makes the server fail.
  expect(res.status, `${r.method} ${r.path}${r.query} ${JSON.stringify(r.headers)}`).toBeLessThan(500);
  return { res, body, ms: performance.now() - started };
}

const runs = (base: number) => ({ seed: SEED, numRuns: base * SCALE });

// The suite's 60 s per test holds the 1× runs; `pnpm test:fuzz` sends twenty times the requests.
describe(`fuzzing every route (${SCALE}× scale)`, { timeout: 60_000 * SCALE }, () => {
  it('never answers 5xx, and answers within the time budget', async () => {
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const { res, ms } = await send(r);
        slowest = Math.max(slowest, ms);
        expect(res.status, `${r.method} ${r.path}${r.query}`).toBeLessThan(500);
        expect(ms).toBeLessThan(REQUEST_BUDGET_MS);
      }),
      runs(250),
    );
    expect(slowest).toBeLessThan(REQUEST_BUDGET_MS);
  });

  it('never echoes a parameter unescaped into HTML or a problem document', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const { res, body } = await send(r);
        const type = res.headers.get('content-type') ?? '';
        if (type.startsWith('text/html') || type.startsWith('application/problem+json')) {
          // The hostile values open elements named ik-*; escaped they read &lt;ik-, never <ik-.
          expect(body).not.toMatch(/<ik-/);
        }
      }),
      runs(150),
    );
  });

  it('never puts CR or LF into a header, nor a bare one into an ICS feed', async () => {
    const feedRequest = request.map((r) => ({
      ...r,
      method: 'GET' as const,
      path: ['/feeds/all.ics', '/feeds/custom.ics', '/feeds/islam.ics'][r.path.length % 3]!,
    }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(request, feedRequest), async (r) => {
        const { res, body } = await send(r);
        for (const [name, headerText] of res.headers) expect(`${name}: ${headerText}`).not.toMatch(/[\r\n]/);
        if (res.status === 200 && res.headers.get('content-type')?.startsWith('text/calendar')) {
          const lines = body.split('\r\n');
          for (const line of lines) {
            expect(line).not.toMatch(/[\r\n]/);
            expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
          }
          expect(lines.some((line) => line.startsWith('X-INJECTED'))).toBe(false);
        }
      }),
      runs(150),
    );
  });

  it('ran the requests it claims', () => {
    // Printed for the note: how many requests the properties sent at this scale.
    console.log(`fuzz: 3 properties, ${requests} requests (seed ${SEED}, scale ${SCALE}×)`, statuses);
    expect(requests).toBeGreaterThanOrEqual(550 * SCALE);
    // Not only refusals: a good share reach the renderers.
    expect(statuses['2xx']).toBeGreaterThan(requests / 8);
  });
});

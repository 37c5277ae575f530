import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';

// Reference dates: Western Easter 1 Apr 2018 (Astronomical Society of South Australia, Easter Dates
// 2001–2100, https://www.assa.org.au/edm), so Ash Wednesday (Easter − 46) is 14 Feb 2018, Candlemas is
// fixed on 2 Feb; both checked by hand against the ASSA table.
const app = createApp({ now: () => new Date('2018-02-20T10:00:00Z') });
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await app.request(`https://kalender.example.de${path}`, { headers });
  return { res, text: await res.text() };
};
const february = (query = '') => get(`/widget/month?year=2018&month=2${query}`);
const cell = (html: string, date: string) =>
  html.match(new RegExp(`<td [^>]*data-date="${date}"[^>]*>`))?.[0] ?? '';
const headers = (html: string) => [...html.matchAll(/<th scope="col" abbr="([^"]+)"/g)].map((m) => m[1]);

describe('widget page', () => {
  it('renders the month with default major holidays and marks today', async () => {
    const { res, text } = await february('&lang=de');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(res.headers.get('content-language')).toBe('de');
    expect(text).toContain('<html lang="de" dir="ltr" class="ik">');
    expect(text).toContain('<h1 id="title">Februar 2018</h1>');
    expect(cell(text, '2018-02-14')).toMatch(
      /class="day hl b"[^>]*aria-label="Mittwoch, 14\. Februar 2018: [^"]*Aschermittwoch/,
    );
    expect(cell(text, '2018-02-20')).toContain('aria-current="date"');
    expect(cell(text, '2018-02-20')).toContain('tabindex="0"');
    // Candlemas is minor: not by default, but with importance=major,minor.
    expect(cell(text, '2018-02-02')).not.toContain('Mariä Lichtmess');
    expect(cell((await february('&lang=de&importance=major,minor')).text, '2018-02-02')).toContain(
      'Lichtmess',
    );
    expect(text).toContain('href="/de/holidays/ash-wednesday" target="_blank" rel="noopener"');
  });

  it('starts the week where CLDR says: Monday (de, en-GB, tr), Sunday (en), Saturday (ar)', async () => {
    expect(headers((await february('&lang=de')).text)[0]).toBe('Montag');
    expect(headers((await february('&lang=en-GB')).text)[0]).toBe('Monday');
    expect(headers((await february('&lang=tr')).text)[0]).toBe('Pazartesi');
    expect(headers((await february('&lang=en')).text)[0]).toBe('Sunday');
    const arabic = (await february('&lang=ar')).text;
    expect(headers(arabic)[0]).toBe('السبت');
    expect(arabic).toContain('dir="rtl"');
  });

  it('follows Accept-Language without lang and says it varies', async () => {
    const { res, text } = await get('/widget/month?year=2018&month=2', {
      'Accept-Language': 'tr-TR,tr;q=0.9',
    });
    expect(text).toContain('<html lang="tr"');
    expect(res.headers.get('vary')).toBe('Accept-Language');
  });

  it('links the neighbouring months with the same choices, and none beyond 1900–2100', async () => {
    const { text } = await february('&lang=de&traditions=christianity&unknown=%3Cscript%3E');
    expect(text).toContain(
      'href="?traditions=christianity&amp;lang=de&amp;year=2018&amp;month=1" rel="prev"',
    );
    expect(text).toContain(
      'href="?traditions=christianity&amp;lang=de&amp;year=2018&amp;month=3" rel="next"',
    );
    expect(text).not.toContain('unknown');
    expect((await get('/widget/month?year=1900&month=1')).text).not.toContain('rel="prev"');
    expect((await get('/widget/month?year=2100&month=12')).text).not.toContain('rel="next"');
    expect((await get('/widget/month?year=2018&month=12')).text).toContain(
      'year=2019&amp;month=1" rel="next"',
    );
  });

  it('themes through validated parameters, with readable text on a dark highlight', async () => {
    const { text } = await february('&highlight=%23003366&font=Verdana&radius=0&size=compact&theme=dark');
    expect(text).toContain('--ik-hl:#003366;--ik-hl-ink:#ffffff;');
    expect(text).toContain('--ik-font:"Verdana", system-ui');
    expect(text).toContain('--ik-radius:0px');
    expect(text).toMatch(/<html [^>]*class="ik compact"/);
    const light = (await february('&highlight=%23ffee00')).text;
    expect(light).toContain('--ik-hl:#ffee00;--ik-hl-ink:#000000;');
  });

  it.each([
    ['highlight=red', 'highlight'],
    ['font=%22%7D%3C%2Fstyle%3E%3Cscript%3E', 'font'],
    ['radius=25', 'radius'],
    ['month=13', 'month'],
    ['year=1899', 'year'],
    ['year=18', 'year'],
    ['theme=neon', 'theme'],
    ['size=huge', 'size'],
    ['lang=xx', 'lang'],
    ['lang=de%22%3E', 'lang'],
    ['traditions=atlantis', 'traditions'],
    ['importance=huge', 'importance'],
    ['accent=%23ff0000%3B%7D', 'accent'],
    ['accent=blue', 'accent'],
    ['border=5', 'border'],
    ['weekstart=0', 'weekstart'],
    ['weekstart=mon', 'weekstart'],
  ])('rejects %s with a message inside the frame naming %s', async (query, parameter) => {
    const { res, text } = await get(`/widget/month?${query}`, { 'Accept-Language': 'de' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    // Still the widget's own headers: the embedding site's frame shows the message.
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(res.headers.get('x-frame-options')).toBeNull();
    const message = text.match(/<div class="widget-error" role="alert">([\s\S]*?)<\/div>/)?.[1] ?? '';
    expect(message).toContain('Dieser Kalender ist falsch eingebunden.');
    expect(message).toContain(`Der Wert von „${parameter}“ ist ungültig.`);
    // The message names the parameter, never echoes the value (font's was "}</style><script>).
    expect(text).not.toContain('<script');
    expect(text).not.toContain('"}');
  });
});

describe('theming for a city', () => {
  it('starts the week where asked, colours the accent, draws lines, and repeats them on month links', async () => {
    const { text } = await february('&lang=de&weekstart=7&accent=%237A1F5C&border=2');
    // 1 Feb 2018 was a Thursday: Sunday-first rows put it in the fifth column.
    expect(headers(text)[0]).toBe('Sonntag');
    expect(text).toContain('--ik-link:#7a1f5c');
    expect(text).toContain('--ik-accent:#7a1f5c');
    expect(text).toContain('--ik-bw:2px');
    expect(text).toContain(
      'lang=de&amp;accent=%237a1f5c&amp;border=2&amp;weekstart=7&amp;year=2018&amp;month=3',
    );
  });
});

describe('widget security, privacy and size', () => {
  it('may be framed anywhere, runs only its own script and its hashed style', async () => {
    const { res, text } = await february('&lang=de&highlight=%23ffcc00');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain('unsafe');
    const style = text.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(text).toContain('<script src="/widget/widget.js" defer=""></script>');
    expect(text.match(/<script/g)).toHaveLength(1);
  });

  it('keeps the site-wide frame protection on every other page', async () => {
    for (const path of ['/de/', '/de/embed', '/embed', '/api/v1/traditions']) {
      const { res } = await get(path);
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(res.headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
    }
  });

  it('sets no cookie and refers to no other origin', async () => {
    for (const query of ['&lang=de', '&lang=ar&importance=major,minor,observance']) {
      const { res, text } = await february(query);
      expect(res.headers.get('set-cookie')).toBeNull();
      const references = [...text.matchAll(/(?:src|href|action)="([^"]*)"/g)].map((m) => m[1]!);
      expect(references.length).toBeGreaterThan(2);
      for (const reference of references) expect(reference).toMatch(/^[/?#]/);
      expect(text).not.toMatch(/url\(|@import|https?:\/\//);
    }
  });

  it('stays under 30 kB per page and 5 kB gzip for embed.js', async () => {
    let largest = 0;
    for (let month = 1; month <= 12; month++) {
      const res = await app.request(
        `https://kalender.example.de/widget/month?year=2026&month=${month}&lang=de`,
      );
      largest = Math.max(largest, (await res.arrayBuffer()).byteLength);
    }
    expect(largest).toBeLessThan(30_000);
    const embed = await app.request('https://kalender.example.de/embed.js');
    expect(embed.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(embed.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(gzipSync(Buffer.from(await embed.arrayBuffer())).byteLength).toBeLessThan(5_000);
  });

  it('answers If-None-Match with 304 for the page and the scripts', async () => {
    for (const path of ['/widget/month?year=2018&month=2&lang=de', '/widget/widget.js', '/embed.js']) {
      const first = await get(path);
      const tag = first.res.headers.get('etag');
      expect(tag, path).toBeTruthy();
      expect(first.res.headers.get('cache-control'), path).toBe('public, max-age=3600');
      const again = await get(path, { 'If-None-Match': tag! });
      expect(again.res.status, path).toBe(304);
    }
  });

  it('renders the same bytes from two app instances (a cache in front may share them)', async () => {
    const other = createApp({ now: () => new Date('2018-02-20T10:00:00Z') });
    const path = 'https://kalender.example.de/widget/month?year=2018&month=2&lang=de';
    expect(await (await other.request(path)).text()).toBe((await february('&lang=de')).text);
  });
});

describe('embed page', () => {
  it('offers the three snippets for the choices, naming only what differs from the defaults', async () => {
    const { res, text } = await get(
      '/de/embed?lang=ar&traditions=islam&traditions=judaism&size=compact&radius=6',
    );
    expect(res.status).toBe(200);
    const origin = 'https://kalender.example.de';
    expect(text).toContain(
      `&lt;script src=&quot;${origin}/embed.js&quot; data-lang=&quot;ar&quot; data-traditions=&quot;judaism,islam&quot; data-size=&quot;compact&quot; async&gt;&lt;/script&gt;`,
    );
    expect(text).toContain(
      '&lt;interkal-month lang=&quot;ar&quot; traditions=&quot;judaism,islam&quot; size=&quot;compact&quot;&gt;',
    );
    expect(text).toContain(
      `&lt;iframe src=&quot;${origin}/widget/month?lang=ar&amp;amp;traditions=judaism%2Cislam&amp;amp;size=compact&quot;`,
    );
    expect(text).toContain('src="/widget/month?lang=ar&amp;traditions=judaism%2Cislam&amp;size=compact"');
  });

  it('drops unknown choices instead of echoing them', async () => {
    const { text } = await get('/en/embed?traditions=%3Cscript%3E&highlight=%22%3E%3Cb%3E&font=evil');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<b>');
    expect(text).toContain('data-lang=&quot;en&quot; async');
  });

  it('speaks the visitor’s language at /embed', async () => {
    const { res, text } = await get('/embed', { 'Accept-Language': 'ar' });
    expect(text).toContain('<html lang="ar" dir="rtl">');
    expect(res.headers.get('vary')).toBe('Accept-Language');
    expect((await get('/xx/embed')).res.status).toBe(404);
  });
});

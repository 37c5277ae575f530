import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ARTIFACTS, launchChromium, seriousViolations, serveApp } from './browser.js';

// The seed: the "Interkulturkalender" box on the City of Duisburg's website (duisburg.de, news item of
// 2 Feb 2018, text copied into ../shared/seed-duisburg-interkulturkalender.txt), showing February 2018:
//   < Februar 2018 >
//   Mo Di Mi Do Fr Sa So
//            1  2  3  4
//    5  6  7  8  9 10 11 … 26 27 28
const SEED_HEADER = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
const SEED_ROWS = [
  ['', '', '', '1', '2', '3', '4'],
  ['5', '6', '7', '8', '9', '10', '11'],
  ['12', '13', '14', '15', '16', '17', '18'],
  ['19', '20', '21', '22', '23', '24', '25'],
  ['26', '27', '28', '', '', '', ''],
];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveApp>>;
let host: Awaited<ReturnType<typeof serveApp>>;

/** A page on another origin that embeds the widget the way a municipal site would. */
function hostSite(widgetOrigin: string): Hono {
  const site = new Hono();
  site.get('/script', (c) =>
    c.html(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadt Musterstadt</title></head>
<body><main><h1>Interkulturkalender</h1>
<script src="${widgetOrigin}/embed.js" data-lang="de" data-year="2018" data-month="2" data-traditions="christianity,alevism" async></script>
</main></body></html>`),
  );
  site.get('/element', (c) =>
    c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town</title>
<script src="${widgetOrigin}/embed.js" async></script></head>
<body><main><h1>Calendar</h1><interkal-month lang="en" year="2018" month="2" size="compact"></interkal-month></main></body></html>`),
  );
  return site;
}

beforeAll(async () => {
  server = await serveApp(createApp({ now: () => new Date('2018-02-20T10:00:00Z') }));
  host = await serveApp(hostSite(server.origin));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await server?.close();
});

const february = (query = '') => `${server.origin}/widget/month?year=2018&month=2${query}`;
const focusedDate = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-date'));

describe('month widget in Chromium', () => {
  it('draws February 2018 in German as the seed does, Monday first, with no serious violations', async () => {
    const context = await browser.newContext({ viewport: { width: 420, height: 700 } });
    // widget.js rings today by the browser's clock: the same day as the server's.
    await context.clock.setFixedTime(new Date('2018-02-20T10:00:00Z'));
    const page = await context.newPage();
    await page.goto(february('&lang=de'));
    expect(await page.locator('h1').textContent()).toBe('Februar 2018');
    expect(await page.locator('thead th').allInnerTexts()).toEqual(SEED_HEADER);
    const rows = await page
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(rows.map((row) => row.map((text) => text.match(/^\d+/)?.[0] ?? ''))).toEqual(SEED_ROWS);
    expect(await page.locator('td[data-date]').count()).toBe(28);
    // Ash Wednesday, 14 Feb 2018 (Easter 1 Apr 2018 − 46 days; ASSA Easter table): a major holiday.
    const ashWednesday = page.locator('td[data-date="2018-02-14"]');
    expect(await ashWednesday.getAttribute('class')).toContain('hl');
    expect(await ashWednesday.getAttribute('aria-label')).toContain('Aschermittwoch');
    expect(await page.locator('td[aria-current="date"]').getAttribute('data-date')).toBe('2018-02-20');
    await page.screenshot({ path: `${ARTIFACTS}widget-de-2018-02.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a day’s holidays on click and on Enter, and moves focus with the arrow keys', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(february('&lang=de&traditions=christianity,alevism'));
    await page.locator('td[data-date="2018-02-14"]').click();
    expect(await page.locator('#details-title').textContent()).toBe('Mittwoch, 14. Februar 2018');
    const visible = () => page.locator('#details li:visible a').allTextContents();
    expect((await visible()).some((name) => name.startsWith('Aschermittwoch'))).toBe(true);

    // On a fresh page the roving tab stop is today (20 Feb); arrows walk the grid, Enter opens the day.
    await page.reload();
    await page.locator('td[tabindex="0"]').focus();
    expect(await focusedDate(page)).toBe('2018-02-20');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedDate(page)).toBe('2018-02-19');
    await page.keyboard.press('ArrowUp');
    expect(await focusedDate(page)).toBe('2018-02-12');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focusedDate(page)).toBe('2018-02-20');
    await page.keyboard.press('Home');
    expect(await focusedDate(page)).toBe('2018-02-19');
    await page.keyboard.press('End');
    expect(await focusedDate(page)).toBe('2018-02-25');
    for (const key of ['ArrowUp', 'ArrowUp', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
      await page.keyboard.press(key);
    }
    expect(await focusedDate(page)).toBe('2018-02-07');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('td[aria-selected="true"]').getAttribute('data-date')).toBe('2018-02-14');
    expect(await page.locator('#details-title').textContent()).toBe('Mittwoch, 14. Februar 2018');
    expect((await visible()).some((name) => name.startsWith('Aschermittwoch'))).toBe(true);
    // A plain day says so.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    expect(await visible()).toEqual([]);
    expect(await page.locator('#details .none').textContent()).toBe('Keine Feiertage an diesem Tag.');
    await page.close();
  });

  it('follows the next-month link with JavaScript disabled and lists the month’s holidays', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(february('&lang=de&traditions=christianity'));
    expect(await page.locator('#details li a', { hasText: 'Aschermittwoch' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Nächster Monat: März 2018' }).click();
    await page.waitForURL(/month=3/);
    expect(await page.locator('h1').textContent()).toBe('März 2018');
    // Good Friday 30 Mar 2018 (Easter 1 Apr 2018, ASSA table).
    expect(await page.locator('td[data-date="2018-03-30"]').getAttribute('aria-label')).toContain(
      'Karfreitag',
    );
    await page.close();
  });

  it('starts weeks on Sunday in English and on Saturday in Arabic, right to left, with no serious violations', async () => {
    const english = await (await browser.newContext()).newPage();
    await english.goto(february('&lang=en'));
    expect(await english.locator('thead th').first().getAttribute('abbr')).toBe('Sunday');
    expect(await seriousViolations(english)).toEqual([]);
    await english.close();

    const page = await (await browser.newContext({ viewport: { width: 420, height: 700 } })).newPage();
    await page.goto(february('&lang=ar'));
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // CLDR: Arabic (Egypt, the likely region) starts the week on Saturday.
    expect(await page.locator('thead th').first().getAttribute('abbr')).toBe('السبت');
    await page.screenshot({ path: `${ARTIFACTS}widget-ar-2018-02.png`, fullPage: true });
    // In RTL the right arrow goes back a day.
    await page.locator('td[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await focusedDate(page)).toBe('2018-02-19');
    const first = await page.locator('td[data-date="2018-02-01"]').boundingBox();
    const second = await page.locator('td[data-date="2018-02-02"]').boundingBox();
    expect(second!.x).toBeLessThan(first!.x);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits 280 px (a 560 px window at 200% zoom) and doubled text without horizontal scrolling', async () => {
    const page = await (await browser.newContext({ viewport: { width: 280, height: 600 } })).newPage();
    await page.goto(february('&lang=de'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
    await page.setViewportSize({ width: 640, height: 600 });
    // WCAG 1.4.4: text at 200% (CSSOM, which the widget's CSP allows, unlike injected <style>).
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '32px';
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await page.close();
  });

  it('shows the hovered day’s holidays and prints the whole month’s list without the links to other months', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(february('&lang=de&traditions=christianity&importance=major,minor&size=compact'));
    // Compact: the list waits for a day.
    expect(await page.locator('#details li:visible').count()).toBe(0);
    await page.locator('td[data-date="2018-02-02"]').hover();
    expect(await page.locator('#details-title').textContent()).toBe('Freitag, 2. Februar 2018');
    expect(await page.locator('#details li:visible a').allTextContents()).toEqual([
      expect.stringMatching(/^Mariä Lichtmess|^Darstellung des Herrn/),
    ]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#details li:visible').count()).toBe(await page.locator('#details li').count());
    expect(await page.locator('a[rel=next]').isVisible()).toBe(false);
    await page.close();
  });

  it('keeps the dark theme free of serious violations (contrast included)', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(february('&lang=en&theme=dark'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(february('&lang=en&highlight=%23004400'));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('is embedded by embed.js on another origin, which resizes the frame to its content', async () => {
    const page = await (await browser.newContext({ viewport: { width: 300, height: 900 } })).newPage();
    const foreign: string[] = [];
    page.on('request', (request) => {
      const origin = new URL(request.url()).origin;
      if (origin !== server.origin && origin !== host.origin) foreign.push(request.url());
    });
    await page.goto(`${host.origin}/script`);
    const iframe = page.locator('iframe[data-interkal]');
    await iframe.waitFor();
    expect(await iframe.getAttribute('title')).toBe('Interkulturkalender');
    const frame = page.frameLocator('iframe[data-interkal]');
    expect(await frame.locator('h1').textContent()).toBe('Februar 2018');
    const contentHeight = await frame
      .locator('body')
      .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
    await expect
      .poll(async () => (await iframe.boundingBox())!.height, { timeout: 5000 })
      .toBeCloseTo(contentHeight, 0);
    expect(contentHeight).not.toBe(480);
    expect(await frame.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}widget-embed-300.png`, fullPage: true });

    // A message from any other origin (here the host page itself) does not resize the frame.
    await page.evaluate(() => window.postMessage({ interkal: 'height', height: 50 }, '*'));
    await page.waitForTimeout(100);
    expect((await iframe.boundingBox())!.height).toBeCloseTo(contentHeight, 0);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('renders <interkal-month> with its attributes', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${host.origin}/element`);
    const frame = page.frameLocator('interkal-month iframe');
    expect(await frame.locator('h1').textContent()).toBe('February 2018');
    expect(await frame.locator('html').getAttribute('class')).toContain('compact');
    expect(await page.locator('interkal-month iframe').getAttribute('title')).toBe('Intercultural calendar');
    await page.close();
  });

  it('generates snippets on the embed page and updates the preview live', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/en/embed`);
    await page.getByLabel('Deutsch').check();
    await page.getByLabel('Compact').check();
    const script = await page.locator('#snippet-script').inputValue();
    expect(script).toBe(
      `<script src="${server.origin}/embed.js" data-lang="de" data-size="compact" async></script>`,
    );
    await expect
      .poll(() => page.locator('#preview').getAttribute('src'))
      .toBe('/widget/month?lang=de&size=compact');
    await page.frameLocator('#preview').locator('h1').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}widget-embed-page.png`, fullPage: true });
    // The live snippet is what the server renders for the same choices.
    const served = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await served.goto(`${server.origin}/en/embed?lang=de&size=compact`);
    // … except the iframe's height, which the live page takes from the preview it measured.
    const withoutHeight = (snippet: string) => snippet.replace(/height="\d+"/, '');
    for (const id of ['#snippet-iframe', '#snippet-script', '#snippet-element']) {
      expect(withoutHeight(await served.locator(id).inputValue())).toBe(
        withoutHeight(await page.locator(id).inputValue()),
      );
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    await served.close();
  });
});

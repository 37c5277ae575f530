import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ARTIFACTS, launchChromium, seriousViolations, serveApp } from './browser.js';

// The subscribe pages of the locales added for issue 13 on a 390 px phone: ten languages in the picker must wrap
// (before they did, /fa/ and /uk/ were 748 px wide), Persian runs right to left.
let browser: Browser;
let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  server = await serveApp(createApp({ now: () => new Date('2026-03-10T10:00:00Z') }));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(['fa', 'uk', 'ru', 'pl', 'ku', 'ro'])('/%s/ on a 390 px phone', (locale) => {
  it('fits the width, has the right direction and no serious accessibility violations', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/${locale}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
    expect(direction).toBe(locale === 'fa' ? 'rtl' : 'ltr');
    await page.screenshot({ path: `${ARTIFACTS}subscribe-${locale}-390.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

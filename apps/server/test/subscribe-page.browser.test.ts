import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ARTIFACTS, launchChromium, seriousViolations, serveApp } from './browser.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  server = await serveApp(createApp());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('subscribe page in Chromium', () => {
  it('makes subscription links from the choices, with no serious accessibility violations', async () => {
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await page.goto(`${server.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.getByLabel('Christentum (westlich)').check();
    await page.getByLabel('Haupt- und weitere Feiertage').check();
    await page.getByRole('button', { name: 'Abo-Links erzeugen' }).click();
    await page.waitForURL(/traditions=christianity/);
    const address = await page.getByLabel('Adresse des Kalenders (https)').inputValue();
    expect(address).toBe(
      `${server.origin}/feeds/custom.ics?traditions=christianity&lang=de&importance=major,minor`,
    );
    const webcal = await page
      .getByRole('link', { name: 'Im Kalenderprogramm abonnieren' })
      .getAttribute('href');
    expect(webcal).toBe(address.replace('http:', 'webcal:'));
    // The linked feed really is a calendar.
    const feed = await page.request.get(address);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await page.locator('.qr svg').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}subscribe-de.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders Arabic right to left without serious violations', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/ar/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.screenshot({ path: `${ARTIFACTS}subscribe-ar.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders a holiday page without serious violations', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/en/holidays/easter`);
    expect(await page.locator('h1').textContent()).toBe('Easter');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

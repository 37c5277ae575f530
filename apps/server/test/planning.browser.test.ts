import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { ARTIFACTS, launchChromium, seriousViolations, serveApp } from './browser.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  server = await serveApp(createApp({ now: () => new Date('2026-11-25T10:00:00Z') }));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Each page's text, read back by Mozilla's PDF.js (the text a reader can search and copy). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages;
}

const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

describe('the printed year in Chromium', () => {
  it('prints twelve months on one A3 landscape page and the list of holidays on the next', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const response = await page.goto(`${server.origin}/de/print/2026`);
    expect(response?.status()).toBe(200);
    await page.screenshot({ path: `${ARTIFACTS}print-de-2026.png`, fullPage: true });
    const pdf = await page.pdf({
      path: `${ARTIFACTS}print-de-2026.pdf`,
      preferCSSPageSize: true,
      printBackground: true,
    });
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    for (const month of MONTHS_DE) expect(pages[0]).toContain(month);
    expect(pages[0]).toContain('Interkultureller Kalender 2026');
    // A sample of holidays with their 2026 dates (Easter 5 April: ASSA Easter tables; Yom Kippur 21 September:
    // hebcal.com; Eid al-Fitr 20 March: Diyanet, "2026 Yılı Dini Günler"; Diwali 8 November: Drik Panchang).
    expect(pages[1]).toMatch(/So\., 5\. Apr\.[^:]*: Ostern/);
    expect(pages[1]).toMatch(/Mo\., 21\. Sept?\.: Jom Kippur/);
    expect(pages[1]).toMatch(/Fr\., 20\. März[^:]*: Ramadanfest/);
    expect(pages[1]).toContain('Diwali');
    // What the sheet looks like on paper: print media at A3 landscape (420 × 297 mm at 96 dpi).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1587, height: 1123 });
    await page.screenshot({ path: `${ARTIFACTS}print-de-2026-a3.png` });
    await page.close();
  });

  it('prints on A4 landscape too: the months on one or two pages (a half year never split), then the list', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/de/print/2026?traditions=islam,judaism`);
    const pages = await pdfPages(await page.pdf({ format: 'A4', landscape: true, printBackground: true }));
    const listStart = pages.findIndex((text) => text.includes('Alle Feiertage 2026'));
    expect([1, 2]).toContain(listStart);
    const grid = pages.slice(0, listStart);
    for (const month of MONTHS_DE) expect(grid.filter((text) => text.includes(month))).toHaveLength(1);
    // January to June stay together on the first page.
    for (const month of MONTHS_DE.slice(0, 6)) expect(grid[0]).toContain(month);
    expect(pages.slice(listStart).join(' ')).toContain('Jom Kippur');
    expect(pages.slice(listStart).join(' ')).not.toContain('Ostern');
    await page.close();
  });
});

describe('the date check in Chromium', () => {
  it('checks typed dates without JavaScript and shows an accessible table', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.origin}/de/check`);
    await page.getByLabel('Termine').fill('2026-09-21\n2026-03-20\n2026-09-20\n2026-07-08');
    await page.locator('#get-state').selectOption('NW');
    await page.locator('#get-city').selectOption('duisburg');
    await page.getByRole('button', { name: 'Termine prüfen' }).click();
    await page.waitForURL(/dates=/);
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader').first().textContent()).resolves.toBe('21.09.2026');
    expect(await table.textContent()).toMatch(/Sonnenuntergang in Duisburg/);
    const resultUrl = page.url();
    await context.close();
    // axe-core runs as a script: the same result page in a context with JavaScript.
    const checked = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await checked.goto(resultUrl);
    await checked.screenshot({ path: `${ARTIFACTS}check-de.png`, fullPage: true });
    expect(await seriousViolations(checked)).toEqual([]);
    await checked.close();
  });
});

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

/** What overflows a narrow screen in the results, the holiday names split inside a word, and the labels' columns. */
async function narrowLayout(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const results = document.querySelector('.results')!;
    const tooWide = [results, ...results.querySelectorAll('*')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < -0.5 || box.right > viewport + 0.5))
      .map(({ element, box }) => `${element.tagName}.${element.className} ${box.left}..${box.right}`);
    const holidays = [...results.querySelectorAll('td.holiday')].map((cell) => {
      const link = cell.querySelector('a')!;
      const texts: Text[] = [];
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      // A word split over two lines has two boxes.
      const splitWords = texts.flatMap((text) =>
        [...text.data.matchAll(/\S+/g)].filter((word) => {
          const range = document.createRange();
          range.setStart(text, word.index);
          range.setEnd(text, word.index + word[0].length);
          return range.getClientRects().length > 1;
        }),
      );
      return {
        name: link.textContent,
        width: cell.getBoundingClientRect().width,
        splitWords: splitWords.map((w) => w[0]),
      };
    });
    const headers = [...document.querySelectorAll('.results thead th')].map((th) => th.textContent);
    const labelsOffColumn = [...results.querySelectorAll('tbody tr')].flatMap((row) =>
      [...row.children]
        .filter((cell) => cell.hasAttribute('data-label'))
        .filter((cell) => cell.getAttribute('data-label') !== headers[[...row.children].indexOf(cell)]),
    ).length;
    return {
      pageScroll: document.documentElement.scrollWidth - viewport,
      resultsScroll: results.scrollWidth - results.clientWidth,
      tooWide,
      holidays,
      labelsOffColumn,
      tableDisplay: getComputedStyle(results.querySelector('table')!).display,
      headerRowHeight: results.querySelector('thead tr')!.getBoundingClientRect().height,
    };
  });
}

/** The table's roles and names as Chromium gives them to screen readers. */
async function chromiumTableRoles(page: import('playwright-core').Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .map((node) => ({ role: String(node.role?.value ?? ''), name: String(node.name?.value ?? '') }))
    .filter((node) => ['columnheader', 'rowheader', 'cell'].includes(node.role));
}

describe('the date check on a phone', () => {
  const query = 'dates=2026-09-21,2026-03-20,2026-09-20&state=NW&city=duisburg';
  for (const width of [390, 280]) {
    for (const locale of ['de', 'fa']) {
      it(`stacks each result as a labelled card at ${width} px (${locale})`, async () => {
        const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
        await page.goto(`${server.origin}/${locale}/check?${query}`);
        if (width === 390) {
          await page.screenshot({ path: `${ARTIFACTS}check-${locale}-${width}.png`, fullPage: true });
        }
        const layout = await narrowLayout(page);
        expect(layout.pageScroll).toBeLessThanOrEqual(0);
        expect(layout.resultsScroll).toBeLessThanOrEqual(0);
        expect(layout.tooWide).toEqual([]);
        expect(layout.tableDisplay).toBe('block');
        // 2026-09-21 is Yom Kippur (hebcal.com), 2026-03-20 Eid al-Fitr (Diyanet, "2026 Yılı Dini Günler").
        expect(layout.holidays.length).toBeGreaterThanOrEqual(2);
        for (const holiday of layout.holidays) {
          expect(holiday.splitWords, holiday.name ?? '').toEqual([]);
          expect(holiday.width, holiday.name ?? '').toBeGreaterThanOrEqual(120);
        }
        expect(layout.labelsOffColumn).toBe(0);
        // Still a table to a screen reader (Chromium's accessibility tree): eight column headers with the school
        // column, a row header a row, and cells named by their content alone (the visible label is not read twice).
        const tree = await chromiumTableRoles(page);
        expect(tree.filter((node) => node.role === 'columnheader')).toHaveLength(8);
        expect(tree.filter((node) => node.role === 'rowheader')).toHaveLength(
          await page.locator('tbody tr').count(),
        );
        const holidayCells = tree
          .filter((node) => node.role === 'cell')
          .filter((node) => layout.holidays.some((holiday) => node.name.startsWith(holiday.name ?? '-')));
        expect(holidayCells).toHaveLength(layout.holidays.length);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('keeps the table with its header row on a wide screen', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${server.origin}/fa/check?${query}`);
    const layout = await narrowLayout(page);
    expect(layout.tableDisplay).toBe('table');
    expect(layout.headerRowHeight).toBeGreaterThan(10);
    await expect(page.locator('.results thead th').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});

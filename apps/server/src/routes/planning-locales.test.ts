import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { planningText } from '../i18n/ui.js';
import { checkDates } from '../library.js';

const app = createApp({ now: () => new Date('2026-11-25T10:00:00Z') });

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** What a reader sees in the page's own language: no markup, no styles, no text marked as English. */
const textOutsideEnglish = (html: string) =>
  html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<span lang="en" dir="ltr">[^<]*<\/span>/g, ' ')
    .replace(/<[^>]+>/g, ' ');

/** Every English label of the check and print pages, functions called with the values these pages give them. */
function englishLabels(): string[] {
  const en = planningText('en');
  const labels: string[] = [];
  for (const value of Object.values(en)) {
    if (typeof value === 'string') labels.push(value);
    else if (typeof value === 'object') labels.push(...Object.values(value as Record<string, string>));
  }
  labels.push(en.colSchool('NW'), en.printTitle(2026), en.printListTitle(2026), en.fileLabel(256));
  return [...new Set(labels)];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const containsLabel = (text: string, label: string) =>
  new RegExp(`(^|[^\\p{L}])${escapeRegExp(escapeHtml(label))}($|[^\\p{L}])`, 'u').test(text);

describe('the date check and the printed year in the newer languages', () => {
  it.each([
    '/uk/check?dates=2026-09-21&state=NW&city=berlin',
    '/fa/print/2026',
    '/fa/check?dates=2026-09-21,2026-03-20&state=NW&city=berlin',
  ])('%s shows no English label of the check or print pages', async (url) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    const text = textOutsideEnglish(await res.text());
    const labels = englishLabels();
    expect(labels.length).toBeGreaterThan(40);
    expect(labels.filter((label) => containsLabel(text, label))).toEqual([]);
  });

  it('finds the English labels on the English page (the matcher is not blind)', async () => {
    const text = textOutsideEnglish(
      await (await app.request('/en/check?dates=2026-09-21&state=NW&city=berlin')).text(),
    );
    expect(englishLabels().filter((label) => containsLabel(text, label)).length).toBeGreaterThan(25);
  });

  // interkal's days are Gregorian; Intl's default calendar for fa is the Solar Hijri one, where 2026-09-21 is
  // 30 Shahrivar 1405 (Iran's official calendar, time.ir).
  it('dates the Persian check page in the Gregorian calendar', async () => {
    const text = textOutsideEnglish(await (await app.request('/fa/check?dates=2026-09-21')).text());
    expect(text).toContain('سپتامبر');
    expect(text).not.toContain('شهریور');
  });

  it.each(['/fa/print/2026', '/fa/check?dates=2026-09-21'])('%s is written right to left', async (url) => {
    const html = await (await app.request(url)).text();
    expect(html).toMatch(/<html lang="fa" dir="rtl"/);
  });

  // The observance notes are written in de, en, tr and ar; a Ukrainian page shows the English one, marked.
  it('marks a note shown in English with lang="en" dir="ltr" and says it is English', async () => {
    const conflicts = checkDates({ dates: ['2026-09-21'], locale: 'uk' }).dates[0]!.conflicts;
    const english = conflicts.filter((c) => c.note !== undefined && c.noteLocale === 'en');
    expect(english.length).toBeGreaterThan(0);
    const html = await (await app.request('/uk/check?dates=2026-09-21')).text();
    for (const conflict of english) {
      expect(html).toContain(
        `<span lang="en" dir="ltr">${escapeHtml(conflict.note!)}</span><span class="small"> (${planningText('uk').inEnglish})</span>`,
      );
    }
  });

  it('leaves a note in the page’s language unmarked', async () => {
    const conflicts = checkDates({ dates: ['2026-09-21'], locale: 'de' }).dates[0]!.conflicts;
    const notes = conflicts.flatMap((c) => (c.note === undefined ? [] : [c]));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((c) => c.noteLocale === 'de')).toBe(true);
    const html = await (await app.request('/de/check?dates=2026-09-21')).text();
    expect(html).not.toContain(planningText('de').inEnglish);
  });

  it('the API says which language a note is in', async () => {
    const body = (await (await app.request('/api/v1/conflicts?dates=2026-09-21&lang=uk')).json()) as {
      dates: { conflicts: { note?: string; noteLocale?: string }[] }[];
    };
    const withNotes = body.dates[0]!.conflicts.filter((c) => c.note !== undefined);
    expect(withNotes.length).toBeGreaterThan(0);
    expect(withNotes.every((c) => c.noteLocale === 'en')).toBe(true);
  });
});

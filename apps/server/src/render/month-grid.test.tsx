import { firstDayOfWeek, type HolidayId, monthWeeks, type Occurrence } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { UI } from '../i18n/ui.js';
import { assignLanes, holidayLabel, MonthGrid, type MonthGridProps, weekdayClass } from './month-grid.js';

// Synthetic occurrences: these tests check drawing, not dates (the core's own tests check those).
const occurrence = (
  id: string,
  tradition: Occurrence['tradition'],
  date: string,
  endDate = date,
): Occurrence => ({
  id: id as HolidayId,
  tradition,
  traditionName: tradition === 'islam' ? 'Islam' : 'Christentum',
  importance: 'major',
  name: id.toUpperCase(),
  description: '',
  date,
  endDate,
  startsEvening: false,
  uncertainty: null,
});

async function render(overrides: Partial<MonthGridProps>): Promise<string> {
  const props: MonthGridProps = {
    year: 2026,
    month: 2,
    tag: 'de',
    language: 'de',
    ui: UI.de,
    today: '2026-02-10',
    occurrences: [],
    previousHref: '?year=2026&month=1',
    nextHref: '?year=2026&month=3',
    defaultHighlight: true,
    ...overrides,
  };
  return (await (<MonthGrid {...props} />).toString()) as string;
}
const cell = (html: string, date: string) =>
  html.match(new RegExp(`<td [^>]*data-date="${date}"[^>]*>.*?</td>`))?.[0] ?? '';

// The grid lays out the library's monthWeeks and firstDayOfWeek: checked here against the seed.
describe('monthWeeks', () => {
  it('lays out February 2018 like the Duisburg seed (Monday first; 1 Feb a Thursday, 28 days)', () => {
    // ../shared/seed-duisburg-interkulturkalender.txt: "Mo Di Mi Do Fr Sa So /    1 2 3 4 / … / 26 27 28".
    const weeks = monthWeeks(2018, 2, 1).map((week) => week.map((day) => (day ? Number(day.slice(8)) : '')));
    expect(weeks).toEqual([
      ['', '', '', 1, 2, 3, 4],
      [5, 6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16, 17, 18],
      [19, 20, 21, 22, 23, 24, 25],
      [26, 27, 28, '', '', '', ''],
    ]);
  });

  it('needs exactly four rows for a 28-day February that starts on the first weekday', () => {
    // 1 Feb 2010 was a Monday; 1 Feb 2015 a Sunday (ISO calendar): four rows Monday-first and Sunday-first.
    expect(monthWeeks(2010, 2, 1)).toHaveLength(4);
    expect(monthWeeks(2015, 2, 7)).toHaveLength(4);
    expect(monthWeeks(2015, 2, 1)).toHaveLength(5);
  });

  it('counts leap days (29 Feb 2000, none in 1900 and 2100)', () => {
    const days = (year: number) => monthWeeks(year, 2, 1).flat().filter(Boolean).length;
    expect([days(1900), days(2000), days(2024), days(2100)]).toEqual([28, 29, 29, 28]);
  });
});

describe('firstDayOfWeek', () => {
  it('follows CLDR weekData: Monday in Germany, Turkey and Britain, Sunday in the US, Saturday in Egypt', () => {
    expect(['de', 'tr', 'en-GB', 'en', 'en-US', 'ar'].map(firstDayOfWeek)).toEqual([1, 1, 1, 7, 7, 6]);
  });
});

describe('lanes for multi-day holidays', () => {
  it('gives overlapping spans their own lanes and reuses a lane once free', () => {
    const ramadan = occurrence('ramadan', 'islam', '2026-02-18', '2026-03-19');
    const lent = occurrence('lent', 'christianity', '2026-02-18', '2026-04-04');
    const short = occurrence('short', 'christianity', '2026-02-02', '2026-02-04');
    const later = occurrence('later', 'islam', '2026-02-05', '2026-02-06');
    const lanes = assignLanes([ramadan, lent, short, later, occurrence('day', 'islam', '2026-02-10')]);
    expect([lanes.get(short), lanes.get(later), lanes.get(lent), lanes.get(ramadan)]).toEqual([0, 0, 0, 1]);
    expect(lanes.size).toBe(4);
  });

  it('names the day of a span for screen readers', () => {
    const ramadan = occurrence('ramadan', 'islam', '2026-02-18', '2026-03-19');
    expect(holidayLabel(ramadan, '2026-02-19', UI.de)).toBe('RAMADAN (Tag 2 von 30)');
    expect(holidayLabel(ramadan, '2026-02-19', UI.en)).toBe('RAMADAN (day 2 of 30)');
    expect(holidayLabel(occurrence('x', 'islam', '2026-02-19'), '2026-02-19', UI.en)).toBe('X');
  });
});

describe('MonthGrid', () => {
  it('draws a month-long holiday as one bar, every day highlighted, named where it starts and at each row start', async () => {
    const html = await render({ occurrences: [occurrence('ramadan', 'islam', '2026-02-18', '2026-03-19')] });
    for (let day = 18; day <= 28; day++) {
      const td = cell(html, `2026-02-${day}`);
      expect(td.match(/class="bar g-islamic[^"]*"/g), `day ${day}`).toHaveLength(1);
      expect(td, `day ${day}`).toMatch(/class="day hl/);
      expect(td).not.toContain('class="dot ');
    }
    expect(cell(html, '2026-02-18')).toContain('class="bar g-islamic s"');
    // Wednesday 18 Feb: five days left in the Monday-first row; Monday 23 Feb starts the last row, whose
    // Sunday is 1 March (not in this month's grid): six days.
    expect(cell(html, '2026-02-18')).toContain('<b class="lbl w5" data-name="RAMADAN"></b>');
    expect(cell(html, '2026-02-23')).toContain('<b class="lbl w6" data-name="RAMADAN"></b>');
    expect(cell(html, '2026-02-20')).not.toContain('lbl');
    expect(html.match(/class="day hl b/g)).toHaveLength(1);
    expect(cell(html, '2026-02-20')).toContain(
      'aria-label="Freitag, 20. Februar 2026: RAMADAN (Tag 3 von 30)"',
    );
    expect(cell(html, '2026-02-17')).not.toContain('class="bar');
    expect(cell(html, '2026-02-17')).not.toContain('hl');
    // Every day cell has the lanes of the month, so all rows are equally tall.
    expect(html).toContain('class="l1"');
  });

  it('draws one-day holidays as dots and keeps a bar’s lane on days where a lower lane is empty', async () => {
    const html = await render({
      occurrences: [
        occurrence('a', 'christianity', '2026-02-02', '2026-02-03'),
        occurrence('b', 'islam', '2026-02-03', '2026-02-04'),
        occurrence('c', 'islam', '2026-02-04'),
      ],
    });
    expect(cell(html, '2026-02-04')).toMatch(/<i class="bar"><\/i><i class="bar g-islamic e" data-id="b">/);
    expect(cell(html, '2026-02-04')).toContain('<i class="dot g-islamic"></i>');
    expect(cell(html, '2026-02-04')).toMatch(/class="day hl b"/);
  });

  it('lists the month by days, merges a day’s holidays of one colour group and says each note once', async () => {
    const moon = { kind: 'moon' as const, note: 'Kann um einen Tag abweichen.' };
    const eid = {
      ...occurrence('eid-al-fitr', 'islam', '2026-02-20', '2026-02-22'),
      name: 'Ramadanfest',
      startsEvening: true,
      uncertainty: moon,
    };
    const qadr = { ...occurrence('laylat-al-qadr', 'islam', '2026-02-17'), uncertainty: moon };
    const nowruz = [
      { ...occurrence('nowruz', 'persian', '2026-02-21'), traditionName: 'Persisch' },
      { ...occurrence('naw-ruz-bahai', 'bahai', '2026-02-21'), traditionName: 'Bahá’í', startsEvening: true },
      { ...occurrence('nevruz', 'alevism', '2026-02-21'), traditionName: 'Alevitentum' },
    ];
    const html = await render({ occurrences: [qadr, eid, ...nowruz] });
    expect(html).toContain('<li class="dg" data-from="2026-02-20" data-to="2026-02-22">');
    expect(html).toContain('<a href="/de/holidays/eid-al-fitr" target="_blank" rel="noopener">Ramadanfest');
    expect(html).toMatch(/Fr\., 20\.\s*–\s*So\., 22\. Feb\./);
    expect(html).toContain('Beginnt am Vorabend.');
    expect(html.match(/Kann um einen Tag abweichen/g)).toHaveLength(1);
    expect(html.match(/href="#note-1"/g)).toHaveLength(2);
    // One line for the three of 21 Feb, with the one that begins the evening before named.
    expect(html.match(/<li class="line g-iranian"/g)).toHaveLength(1);
    expect(html).toContain('Persisch, Bahá’í, Alevitentum · Am Vorabend beginnen: NAW-RUZ-BAHAI.');
    expect(html).toMatch(
      /<ul class="legend" aria-label="Legende"><li class="g-islamic">.*Islam<\/li><li class="g-iranian">.*Persisch, Bahá’í, Alevitentum<\/li><\/ul>/,
    );
    expect(html).toContain('Folgen Sie den hellgrünen Tagen');
    expect(await render({ defaultHighlight: false })).toContain('Folgen Sie den markierten Tagen');
  });

  it('makes today, or else the first holiday, or else the 1st the grid’s tab stop', async () => {
    const tabStop = (html: string) => html.match(/data-date="([^"]+)"[^>]*tabindex="0"/)?.[1];
    expect(tabStop(await render({}))).toBe('2026-02-10');
    const holiday = [occurrence('x', 'islam', '2026-02-12')];
    expect(tabStop(await render({ today: '2026-03-01', occurrences: holiday }))).toBe('2026-02-12');
    expect(tabStop(await render({ today: '2026-03-01' }))).toBe('2026-02-01');
    expect((await render({})).match(/tabindex="0"/g)).toHaveLength(1);
  });

  it('marks English fallback names and an English note as English, left to right, in a Persian month', async () => {
    // eid-al-fitr's note exists in en, de, tr and ar (packages/core/src/traditions/islam.ts), not in fa.
    const moon = { kind: 'moon' as const, note: 'Computed by the chosen method.' };
    const paryushana = {
      ...occurrence('paryushana', 'jainism', '2026-02-08', '2026-02-15'),
      name: 'Paryushana (Shvetambara)',
      nameLocale: 'en' as const,
    };
    const eid = { ...occurrence('eid-al-fitr', 'islam', '2026-02-20'), name: 'عید فطر', uncertainty: moon };
    const nowruz = { ...occurrence('nowruz', 'persian', '2026-02-21'), name: 'نوروز' };
    const navroz = {
      ...occurrence('jamshedi-navroz', 'zoroastrianism', '2026-02-21'),
      name: 'Jamshedi Navroz',
      nameLocale: 'en' as const,
      startsEvening: true,
    };
    const html = await render({
      tag: 'fa',
      language: 'fa',
      ui: UI.fa,
      occurrences: [paryushana, eid, nowruz, navroz],
    });
    expect(html).toContain('از شب پیش آغاز می‌شوند: <span lang="en" dir="ltr">Jamshedi Navroz</span>.');
    expect(html).toContain('<span lang="en" dir="ltr">Paryushana (Shvetambara)</span>');
    expect(html).toContain('<span lang="en" dir="ltr" data-name="Paryushana (Shvetambara)"></span>');
    expect(html).toContain('<span lang="en" dir="ltr">Computed by the chosen method.</span>');
    expect(html).not.toContain('<span lang="en" dir="ltr">عید فطر');
    expect(html).toContain('رؤیت هلال <sup>1</sup>');
    // In German the same note is German (de exists): unmarked.
    const de = await render({ occurrences: [{ ...eid, uncertainty: { ...moon, note: 'Berechnet.' } }] });
    expect(de).not.toContain('lang="en"');
  });

  it('switches whole-word weekday names (Persian, Arabic) to narrow ones where they would not fit', () => {
    const names = (tag: string) =>
      [1, 2, 3, 4, 5, 6, 7].map((d) =>
        new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' })
          .format(new Date(Date.UTC(2018, 0, d)))
          .replace(/\.$/, ''),
      );
    // CLDR short names: Persian "چهارشنبه" (8 letters), Arabic "الأربعاء" (8); German "Mo", Ukrainian "пн".
    expect(weekdayClass('fa', names('fa'))).toBe('wd8');
    expect(weekdayClass('ar', names('ar'))).toBe('wd8');
    expect(weekdayClass('de', names('de'))).toBeUndefined();
    expect(weekdayClass('uk', names('uk'))).toBeUndefined();
  });

  it('escapes holiday names and omits links it is not given', async () => {
    const html = await render({
      occurrences: [{ ...occurrence('x', 'islam', '2026-02-12'), name: '<img src=x onerror=alert(1)>' }],
      previousHref: undefined,
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('rel="prev"');
  });
});

import type { Occurrence } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { formatHolidayTable } from './format-table.js';

const traditionNames = new Map([
  ['judaism', 'Judentum'],
  ['islam', 'Islam'],
]);

const pesach: Occurrence = {
  id: 'pesach',
  tradition: 'judaism',
  traditionName: 'Judentum',
  importance: 'major',
  name: 'Pessach',
  description: 'Erinnert an den Auszug aus Ägypten.',
  date: '2026-04-02',
  endDate: '2026-04-09',
  startsEvening: true,
  uncertainty: null,
};

const eid: Occurrence = {
  id: 'eid-al-fitr',
  tradition: 'islam',
  traditionName: 'Islam',
  importance: 'major',
  name: 'Ramadanfest (Zuckerfest, Şeker Bayramı)',
  description: 'Das Fest des Fastenbrechens am Ende des Ramadan.',
  date: '2026-03-20',
  endDate: '2026-03-20',
  startsEvening: false,
  uncertainty: { kind: 'moon', note: 'Kann je nach Mondsichtung einen Tag früher oder später sein.' },
};

describe('formatHolidayTable', () => {
  it('adds the UTC moment behind a date, rounded to the minute, only when one is listed', () => {
    // USNO, "Earth's Seasons 2026": March equinox 20 March 14:46 UT (the occurrence carries 14:45:36).
    const nowruz: Occurrence = { ...eid, id: 'nowruz', name: 'Nouruz', instant: '2026-03-20T14:45:36.044Z' };
    const table = formatHolidayTable([nowruz, pesach], { locale: 'en', traditionNames });
    expect(table.split('\n')[0]).toMatch(/Moment \(UTC\)$/);
    expect(table).toContain('Mar 20, 14:46');
    expect(formatHolidayTable([pesach], { locale: 'en', traditionNames })).not.toContain('Moment');
  });

  it('writes German short weekdays and numeric dates via Intl ("Do 02.04.2026")', () => {
    // 2 April 2026 is a Thursday, 9 April too (one week later).
    const [, row] = formatHolidayTable([pesach], { locale: 'de', traditionNames }).split('\n');
    expect(row).toMatch(/^Do 02\.04\.2026 {2}Do 09\.04\.2026 {2}Pessach {2,}Judentum {2,}ab Vorabend$/);
  });

  it('follows a regional tag for the date order', () => {
    const british = formatHolidayTable([pesach], { locale: 'en-GB', traditionNames });
    expect(british).toContain('Thu 02/04/2026');
    const american = formatHolidayTable([pesach], { locale: 'en', traditionNames });
    expect(american).toContain('Thu 04/02/2026');
    expect(american).toContain('from evening before');
  });

  it('leaves the end column empty for one-day holidays and marks uncertainty by kind', () => {
    const lines = formatHolidayTable([eid], { locale: 'de', traditionNames }).split('\n');
    // The end column is as wide as its header "bis": 2 + 3 + 2 spaces.
    expect(lines[1]).toMatch(/^Fr 20\.03\.2026 {7}Ramadanfest \(Zuckerfest, Şeker Bayramı\) {2}Islam {2,}/);
    expect(lines[1]).toMatch(/ {2}Mondsichtung$/);
  });

  it('aligns every column under its header, counting ş, ä and a decomposed é as one character each', () => {
    const decomposed = { ...pesach, name: 'Pe\u0301ssach' };
    const lines = formatHolidayTable([eid, pesach, decomposed], { locale: 'de', traditionNames })
      .trimEnd()
      .split('\n');
    const header = lines[0]!;
    const starts = ['bis', 'Feiertag', 'Tradition', 'Beginn', 'Unsicher'].map((label) =>
      header.indexOf(label),
    );
    for (const line of lines.slice(1)) {
      for (const start of starts) {
        if (start < line.length) expect(line.slice(start - 2, start)).toBe('  ');
      }
    }
    expect(lines[1]!.indexOf('Islam')).toBe(header.indexOf('Tradition'));
    expect(lines[2]!.indexOf('Judentum')).toBe(header.indexOf('Tradition'));
    expect(lines[3]!.indexOf('Judentum')).toBe(header.indexOf('Tradition') + 1);
  });

  it('says so when nothing matches', () => {
    expect(formatHolidayTable([], { locale: 'de-DE', traditionNames })).toBe('Keine Feiertage gefunden.\n');
    expect(formatHolidayTable([], { locale: 'ar', traditionNames })).toBe('No holidays match.\n');
  });
});

describe('formatHolidayTable in Persian', () => {
  // Intl's default calendar for fa is the Solar Hijri one: 2 April 2026 would print as 13 Farvardin 1405.
  it('prints Gregorian dates (Persian digits) and the UTC moment in Gregorian months', () => {
    const nowruz: Occurrence = { ...eid, id: 'nowruz', name: 'نوروز', instant: '2026-03-20T14:45:36.044Z' };
    const table = formatHolidayTable([nowruz, pesach], { locale: 'fa_IR', traditionNames });
    expect(table).toContain('۲۰۲۶/۰۳/۲۰');
    expect(table).toContain('۲۰۲۶/۰۴/۰۲');
    expect(table).toContain('۲۰ مارس');
    expect(table).not.toContain('۱۴۰۵');
  });
});

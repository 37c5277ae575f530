import { flags, HebrewCalendar } from '@hebcal/core';
import { describe, expect, it } from 'vitest';
import { getHolidays, listTraditions } from '../query.js';
import { OBSERVANCE, observanceOn } from './observance.js';

const CATALOGUE_IDS = new Set<string>(listTraditions().flatMap((t) => t.holidays.map((h) => h.id)));
const MAJOR_IDS = listTraditions().flatMap((t) =>
  t.holidays.filter((h) => h.importance === 'major').map((h) => h.id),
);

describe('observance facts', () => {
  it('cover every major holiday of the catalogue, and only catalogue ids', () => {
    expect(MAJOR_IDS.filter((id) => OBSERVANCE[id] === undefined)).toEqual([]);
    expect(Object.keys(OBSERVANCE).filter((id) => !CATALOGUE_IDS.has(id))).toEqual([]);
  });

  // Issue 11 asks for de/en/tr/ar; the later locales (uk, ru, pl, fa, ku, ro) fall back to English, marked.
  it('give every row a source and every note the four languages of issue 11', () => {
    for (const [id, facts] of Object.entries(OBSERVANCE)) {
      expect(facts.sources.length, id).toBeGreaterThan(0);
      if (facts.note)
        for (const locale of ['de', 'en', 'tr', 'ar'] as const)
          expect(facts.note[locale], `${id} ${locale}`).toBeTruthy();
    }
  });

  // Source: @hebcal/core (hebcal.com), holiday flags: CHAG = "Chag, yontiff, yom tov" (a day on which melacha,
  // work, is forbidden), MAJOR_FAST = "Yom Kippur and Tish'a B'Av". Read from the installed package, Diaspora
  // schedule, every Jewish holiday day of 2025–2027: our workRestricted must be hebcal's CHAG day by day, and
  // our full-day fast its MAJOR_FAST.
  it('agree with hebcal’s yom tov (CHAG) and major-fast flags on every Jewish holiday day, 2025–2027', () => {
    const hebcal = new Map<string, number>();
    for (const event of HebrewCalendar.calendar({
      start: new Date(2025, 0, 1),
      end: new Date(2027, 11, 31),
      il: false,
    })) {
      const iso = event.getDate().greg().toISOString().slice(0, 10);
      hebcal.set(iso, (hebcal.get(iso) ?? 0) | event.getFlags());
    }
    let checked = 0;
    for (const occurrence of getHolidays({ from: '2025-01-01', to: '2027-12-31', traditions: ['judaism'] })) {
      if (OBSERVANCE[occurrence.id] === undefined) continue;
      const first = Date.parse(occurrence.date);
      for (let day = first; day <= Date.parse(occurrence.endDate); day += 86_400_000) {
        const iso = new Date(day).toISOString().slice(0, 10);
        const offset = (day - first) / 86_400_000;
        const facts = observanceOn(occurrence.id, offset)!;
        const dayFlags = hebcal.get(iso) ?? 0;
        expect(facts.workRestricted, `${occurrence.id} ${iso}`).toBe((dayFlags & flags.CHAG) !== 0);
        expect(facts.fasting === 'full-day', `${occurrence.id} ${iso}`).toBe(
          (dayFlags & flags.MAJOR_FAST) !== 0,
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  // Sources: Multifaith Calendar, "Religious Accommodation – Observances by Faith" (Yom Kippur: eve and day
  // non-working for Reform and Orthodox); hebcal flags (MAJOR_FAST).
  it('Yom Kippur is high impact, work-restricted and a full-day fast', () => {
    expect(observanceOn('yom-kippur', 0)).toMatchObject({
      impact: 'high',
      workRestricted: true,
      fasting: 'full-day',
    });
  });

  // Source: Multifaith Calendar (Pesach, Orthodox: eve, first two and seventh and eighth days non-working).
  it('Pesach restricts work on its first two and last two days only', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((day) => observanceOn('pesach', day)!.workRestricted)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  // Source: East of England Faiths Council calendar ("Believers are expected to observe sacred days of Eid al
  // Fitr and Eid al Adha"); a school accommodation guide: avoid deadlines "on the first day".
  it('Eid al-Fitr’s first day is high impact, its later days less', () => {
    expect(observanceOn('eid-al-fitr', 0)).toMatchObject({ impact: 'high', workRestricted: true });
    expect(observanceOn('eid-al-fitr', 1)?.impact).toBe('medium');
  });
});

import { describe, expect, it } from 'vitest';
import drik2023 from '../../test/fixtures/hindu-drikpanchang-2023-festivals.json' with { type: 'json' };
import goi2026 from '../../test/fixtures/hindu-goi-2026.json' with { type: 'json' };
import { compareWithTimeanddate, KNOWN_DIFFERENCES } from '../../test/fixtures/hindu-timeanddate-compare.js';
import { isoFromFixed } from '../calendars/gregorian.js';
import { DEFAULT_OPTIONS } from '../query.js';
import type { Place } from '../types.js';
import { jainism } from './jainism.js';

/*
 * References: timeanddate.com 2001–2035 via python-holidays (test/fixtures/hindu-python-holidays-2001-2035.json),
 * drikpanchang.com's 2023 list (test/fixtures/hindu-drikpanchang-2023-festivals.json: Mahavir Jayanti 4 Apr,
 * Paryushana Parvarambha 11 Sep, Diwali 12 Nov) and the Government of India's 2026 list (Mahavir Jayanti 31 Mar).
 * Paryushana 2025: the Government of Punjab's 2025 holiday list (restricted: "Samvatsari Day" 27 Aug; reprinted at
 * punjabsarokarnews.com/news/3037) and Divya Sandesh (divyasandeshnews.com, Gujarati: Paryushan Mahaparv 2025
 * begins Wednesday 20 Aug, Shravan vad 12).
 */

const rule = (id: string) => jainism.holidays.find((holiday) => holiday.id === id)!.rule;

describe('Jain festivals', () => {
  it('agrees with timeanddate.com on Mahavir Jayanti 2001–2035 except the explained dates', () => {
    expect(compareWithTimeanddate('mahavir-jayanti').missed).toEqual(KNOWN_DIFFERENCES['mahavir-jayanti']);
  });

  it("gives drikpanchang.com's 2023 days and the Government of India's 2026 Mahavir Jayanti", () => {
    const options = { ...DEFAULT_OPTIONS, place: drik2023.place as Place };
    const festivals = drik2023.festivals as Record<string, string[]>;
    for (const id of ['mahavir-jayanti', 'paryushana', 'mahavir-nirvana']) {
      expect(
        rule(id)
          .observancesIn(2023, options)
          .map((o) => isoFromFixed(o.start)),
        id,
      ).toEqual([festivals[id]![0]]);
    }
    expect(
      rule('mahavir-jayanti')
        .observancesIn(2026, DEFAULT_OPTIONS)
        .map((o) => isoFromFixed(o.start)),
    ).toEqual([goi2026.festivals['mahavir-jayanti']]);
  });

  it('gives Paryushana 2025 as 20–27 Aug (Samvatsari on Chaturthi; the Panchami sanghs kept 21–28 Aug)', () => {
    const [observance] = rule('paryushana').observancesIn(2025, DEFAULT_OPTIONS);
    expect([
      isoFromFixed(observance!.start),
      isoFromFixed(observance!.start + observance!.days! - 1),
    ]).toEqual(['2025-08-20', '2025-08-27']);
  });

  it('ends Paryushana on Samvatsari, Bhadrapada Shukla Chaturthi, after seven to nine days', () => {
    for (let year = 1900; year <= 2100; year++) {
      const [observance] = rule('paryushana').observancesIn(year, DEFAULT_OPTIONS);
      expect(observance!.days).toBeGreaterThanOrEqual(7);
      expect(observance!.days).toBeLessThanOrEqual(9);
      expect(observance!.nativeDate?.en).toMatch(
        /^Bhadrapada Shukla Chaturthi, Vikram Samvat \d+ \(Samvatsari, last day\)$/,
      );
    }
  });

  it('starts Das Lakshana the day after Samvatsari or on it, never before', () => {
    for (let year = 2000; year <= 2040; year++) {
      const [paryushana] = rule('paryushana').observancesIn(year, DEFAULT_OPTIONS);
      const [dasLakshana] = rule('das-lakshana').observancesIn(year, DEFAULT_OPTIONS);
      const samvatsari = paryushana!.start + paryushana!.days! - 1;
      expect(dasLakshana!.start - samvatsari).toBeGreaterThanOrEqual(0);
      expect(dasLakshana!.start - samvatsari).toBeLessThanOrEqual(2);
    }
  });
});

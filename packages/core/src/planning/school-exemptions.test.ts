import { describe, expect, it } from 'vitest';
import { getHolidayDefinition } from '../query.js';
import { SCHOOL_EXEMPTIONS, STATE_CODES, schoolExemptionFor } from './school-exemptions.js';

// The rows are read from each state's regulation (title, date and URL in the table). These tests check that the
// table is usable: every id is a catalogue id, every day offset lies inside the holiday, and a few rows say what
// the regulations say (quoted in the comments).
describe('school exemptions by state', () => {
  it('has every state, and the seven the issue names are found', () => {
    expect(Object.keys(SCHOOL_EXEMPTIONS).sort()).toEqual([...STATE_CODES].sort());
    for (const state of ['NW', 'BY', 'BE', 'BW', 'HE', 'NI', 'HH'] as const) {
      expect(SCHOOL_EXEMPTIONS[state].status, state).toBe('found');
    }
  });

  it('names only catalogue holidays, with day offsets inside each holiday', () => {
    for (const rules of Object.values(SCHOOL_EXEMPTIONS)) {
      if (rules.status !== 'found') continue;
      expect(rules.regulation.url).toMatch(/^https?:\/\//);
      for (const row of rules.exemptions) {
        const definition = getHolidayDefinition(row.holiday);
        // Pesach lasts 8 days in the Diaspora; offsets 6 and 7 are its last two festival days.
        for (const day of row.days)
          expect(day, `${rules.state} ${row.holiday}`).toBeLessThan(definition.days);
        if (row.pick !== undefined) expect(row.pick).toBeLessThan(row.days.length);
      }
    }
  });

  it('Bavaria: Yom Kippur free without application; the first two Eid days (FeiertagsKMBek Nr. 2.1, 2.3)', () => {
    expect(schoolExemptionFor('BY', 'yom-kippur', 0)?.exemption.kind).toBe('free');
    expect(schoolExemptionFor('BY', 'eid-al-fitr', 1)?.exemption.kind).toBe('free');
    expect(schoolExemptionFor('BY', 'eid-al-fitr', 2)).toBeUndefined();
    // Pesach: "die ersten zwei Tage und die letzten zwei Tage" — not the intermediate days.
    expect(schoolExemptionFor('BY', 'pesach', 3)).toBeUndefined();
    expect(schoolExemptionFor('BY', 'pesach', 7)?.exemption.kind).toBe('free');
  });

  it('Baden-Württemberg grants one Eid day of the family’s choice (Anlage Ziffer VI: "einen Tag")', () => {
    const row = schoolExemptionFor('BW', 'eid-al-fitr', 2)?.exemption;
    expect(row?.pick).toBe(1);
  });

  it('an unknown state gives no exemption rather than a guess', () => {
    expect(SCHOOL_EXEMPTIONS.SN.status).toBe('unknown');
    expect(schoolExemptionFor('SN', 'yom-kippur', 0)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../test/support.js';
import { gregorianFromFixed, isoFromFixed } from '../calendars/gregorian.js';
import {
  CRESCENT_CRITERIA,
  IMPORTANCES,
  ISLAMIC_COUNTRIES,
  ISLAMIC_METHODS,
  JEWISH_OPTIONS,
  LOCALES,
  type RuleOptions,
  SIKH_CALENDARS,
  TRADITION_IDS,
  type TraditionDefinition,
  type UncertaintyKind,
  VESAK_VARIANTS,
} from '../types.js';
import { TRADITIONS } from './index.js';

/*
 * The contract every tradition table meets (HELPERS.md, "Architecture rules"). It runs over the registry, so a
 * tradition is checked as soon as it is registered in traditions/index.ts, with nothing to write.
 */

const ROWS = TRADITIONS.flatMap((tradition) => tradition.holidays.map((row) => ({ tradition, row })));
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Solstices, equinoxes and days like Mother's Day or Europe Day are on the calendar, but nobody's holy day.
const OBSERVANCE_ONLY = new Set(['seasonal', 'international']);
const UNCERTAINTY_KINDS: readonly UncertaintyKind[] = ['moon', 'place', 'region', 'announced'];
// The query supports 1900–2100 and looks one year back; rules must also answer 2101 (HELPERS.md).
const FIRST_YEAR = 1899;
const LAST_YEAR = 2101;

const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
const isHttps = (url: string): boolean => URL.canParse(url) && new URL(url).protocol === 'https:';

/** "id: problem" for every row a check finds fault with. */
function faults(check: (entry: (typeof ROWS)[number]) => string | undefined): string[] {
  return ROWS.flatMap((entry) => {
    const problem = check(entry);
    return problem === undefined ? [] : [`${entry.row.id}: ${problem}`];
  });
}

/** "id year: problem" for every observance of the tradition's rules that breaks the rule contract. */
function ruleContractFaults(tradition: TraditionDefinition, options: RuleOptions): string[] {
  const found: string[] = [];
  for (const row of tradition.holidays) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const observances = row.rule.observancesIn(year, options);
      const starts = new Set<number>();
      for (const { start, days } of observances) {
        const where = `${row.id} ${year}`;
        if (!Number.isInteger(start)) {
          found.push(`${where}: start ${start} is not a day number`);
          continue;
        }
        if (gregorianFromFixed(start).year !== year) found.push(`${where}: begins ${isoFromFixed(start)}`);
        if (starts.has(start)) found.push(`${where}: ${isoFromFixed(start)} twice`);
        starts.add(start);
        if (days !== undefined && !(Number.isInteger(days) && days >= 1))
          found.push(`${where}: ${days} days`);
        // Queries look into the previous year only for holidays that can last this long (Rule.maxDays).
        if ((days ?? row.days) > Math.max(row.days, row.rule.maxDays ?? 0))
          found.push(`${where}: ${days} days, more than the rule's maxDays`);
      }
    }
  }
  return found;
}

describe('every registered tradition table', () => {
  it('registers each tradition once, by an id of TRADITION_IDS, named and described in en and de', () => {
    const ids = TRADITIONS.map((t) => t.id);
    expect(ids.filter((id) => !(TRADITION_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const unnamed = TRADITIONS.filter(
      (t) => blank(t.names.en) || blank(t.names.de) || blank(t.description.en) || blank(t.description.de),
    );
    expect(unnamed.map((t) => t.id)).toEqual([]);
    expect(ROWS.length).toBeGreaterThan(0);
  });

  it('gives every row a kebab-case id, unique across all traditions, and its own tradition', () => {
    const seen = new Map<string, string>();
    const problems = faults(({ tradition, row }) => {
      const first = seen.get(row.id);
      seen.set(row.id, first ?? tradition.id);
      if (!KEBAB_CASE.test(row.id)) return 'not kebab-case';
      if (first !== undefined) return `also in ${first}`;
      if (row.tradition !== tradition.id) return `says tradition ${row.tradition}, listed in ${tradition.id}`;
      return undefined;
    });
    expect(problems).toEqual([]);
  });

  it('names every row in en, de, tr and ar and describes it in en and de', () => {
    const problems = faults(({ row }) => {
      const missing = [
        ...(['en', 'de', 'tr', 'ar'] as const)
          .filter((locale) => blank(row.names[locale]))
          .map((l) => `name ${l}`),
        ...(['en', 'de'] as const)
          .filter((locale) => blank(row.description[locale]))
          .map((l) => `description ${l}`),
      ];
      return missing.length > 0 ? `no ${missing.join(', ')}` : undefined;
    });
    expect(problems).toEqual([]);
  });

  // uk, ru, pl, fa, ku and ro are not in the rows: their names live in i18n/names/, checked by names.test.ts.
  it('writes inline names only in locales of LOCALES', () => {
    const known = new Set<string>(LOCALES);
    const problems = [
      ...TRADITIONS.filter((t) => Object.keys(t.names).some((l) => !known.has(l))).map((t) => t.id),
      ...faults(({ row }) => {
        const unknown = Object.keys(row.names).filter((locale) => !known.has(locale));
        return unknown.length > 0 ? `names in ${unknown.join(', ')}` : undefined;
      }),
    ];
    expect(problems).toEqual([]);
  });

  it('cites at least one source per row, each an https URL', () => {
    const problems = faults(({ row }) => {
      if (row.sources.length === 0) return 'no source';
      const bad = row.sources.filter((source) => !isHttps(source));
      return bad.length > 0 ? `not https: ${bad.join(' ')}` : undefined;
    });
    expect(problems).toEqual([]);
  });

  it('gives every row whole days ≥ 1 and an importance of IMPORTANCES; seasonal and international rows are observances', () => {
    const problems = faults(({ tradition, row }) => {
      if (!Number.isInteger(row.days) || row.days < 1) return `${row.days} days`;
      if (!IMPORTANCES.includes(row.importance)) return `importance ${row.importance}`;
      if (OBSERVANCE_ONLY.has(tradition.id) && row.importance !== 'observance')
        return `${row.importance}, not observance`;
      return undefined;
    });
    expect(problems).toEqual([]);
  });

  it('gives every uncertainty a known kind and a note in en and de', () => {
    const problems = faults(({ row }) => {
      const { uncertainty } = row;
      if (uncertainty === null) return undefined;
      if (!UNCERTAINTY_KINDS.includes(uncertainty.kind)) return `uncertainty kind ${uncertainty.kind}`;
      return blank(uncertainty.note.en) || blank(uncertainty.note.de)
        ? 'uncertainty note without en or de'
        : undefined;
    });
    expect(problems).toEqual([]);
  });
});

describe(`every rule, every Gregorian year ${FIRST_YEAR}–${LAST_YEAR}: observances begin in the year asked for`, () => {
  // One test per tradition, so a slow or broken table names itself. The first pass fills the rules' per-year
  // caches, which makes the passes under other options cheap.
  for (const tradition of TRADITIONS) {
    it(`${tradition.id} (${tradition.holidays.length} rows, default options)`, () => {
      expect(ruleContractFaults(tradition, defaultOptions)).toEqual([]);
    });
  }

  const otherOptions: RuleOptions[] = [
    ...JEWISH_OPTIONS.map((jewish) => ({ ...defaultOptions, jewish })),
    ...ISLAMIC_METHODS.map((islamicMethod) => ({ ...defaultOptions, islamicMethod })),
    // The sighting method's own options: each criterion at its default country, each country's place by its own
    // criterion (a place is what changes the sky; mabims reads the same places), and Odeh named where a country's
    // own criterion is another (Indonesia: MABIMS).
    ...CRESCENT_CRITERIA.map((crescentCriterion) => ({
      ...defaultOptions,
      islamicMethod: 'crescent' as const,
      crescentCriterion,
    })),
    ...ISLAMIC_COUNTRIES.map((islamicCountry) => ({
      ...defaultOptions,
      islamicMethod: 'crescent' as const,
      islamicCountry,
    })),
    {
      ...defaultOptions,
      islamicMethod: 'crescent',
      crescentCriterion: 'odeh',
      islamicCountry: 'ID',
    } as const,
    ...VESAK_VARIANTS.map((vesak) => ({ ...defaultOptions, vesak })),
    ...SIKH_CALENDARS.map((sikhCalendar) => ({ ...defaultOptions, sikhCalendar })),
  ].filter(
    (options, index, all) =>
      JSON.stringify(options) !== JSON.stringify(defaultOptions) &&
      all.findIndex((other) => JSON.stringify(other) === JSON.stringify(options)) === index,
  );

  // One test per option value: a sighting method computes some 2,500 month starts at its places (~6 s each).
  for (const options of otherOptions) {
    const changed = Object.entries(options)
      .filter(([key, value]) => defaultOptions[key as keyof RuleOptions] !== value)
      .map(([key, value]) => `${key}=${value}`)
      .join();
    it(`all traditions under ${changed}`, () => {
      expect(TRADITIONS.flatMap((tradition) => ruleContractFaults(tradition, options))).toEqual([]);
    });
  }
});

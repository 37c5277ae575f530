import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../test/support.js';
import { estimateThenVerify, PRECISE_ONLY } from '../calendars/hindu/decision.js';
import { NEW_DELHI } from '../calendars/hindu.js';
import type { Place, Rule } from '../types.js';
import {
  govardhanPuja,
  holikaDahan,
  onam,
  rakshaBandhan,
  sankrantiFestival,
  tithiFestival,
  vijayadashami,
} from './hindu.js';
import { paryushana } from './jain.js';
import { observancesDecidedBy } from './panchanga-rule.js';
import { sikhDate } from './sikh.js';

// Every Hindu, Sikh and Jain festival is decided on Meeus estimates and decided again on astronomy-engine's
// instants only where an estimated comparison fell within its error bound (calendars/hindu/decision.ts). This
// checks that bound by its consequence: on sampled years and places, the estimate-then-verify decision is the
// one astronomy-engine alone gives. The rules are those of the tradition tables (hinduism.ts, sikhism.ts,
// jainism.ts; one per distinct parameter set, labelled by a holiday using it) and the paths they leave unused
// (onBothDays 'second', the sunrise and aparahna sankranti rules). The tables' own rows are compared in the
// all-traditions fast-vs-precise test; bench/dump-traditions.ts compares every year.
const RULES: Record<string, Rule> = {
  'makar-sankranti': sankrantiFestival(9, 'sunset'),
  'vasant-panchami': tithiFestival({ month: 11, tithi: 5, prevailing: 'purvahna' }),
  'maha-shivaratri': tithiFestival({ month: 11, tithi: 29, prevailing: 'nishita', onBothDays: 'longer' }),
  'holika-dahan': holikaDahan(0),
  holi: holikaDahan(1),
  ugadi: tithiFestival({ month: 1, tithi: 1 }),
  'ram-navami': tithiFestival({ month: 1, tithi: 9, prevailing: 'madhyahna', onBothDays: 'longer' }),
  'hanuman-jayanti': tithiFestival({ month: 1, tithi: 15 }),
  'vaisakhi-hindu': sankrantiFestival(0, 'midnight'),
  'raksha-bandhan': rakshaBandhan(),
  'krishna-janmashtami': tithiFestival({ month: 5, tithi: 23 }),
  'ganesh-chaturthi': tithiFestival({ month: 6, tithi: 4, prevailing: 'madhyahna', onBothDays: 'longer' }),
  onam: onam(),
  navaratri: tithiFestival({ month: 7, tithi: 1 }),
  dussehra: vijayadashami(),
  'karva-chauth': tithiFestival({ month: 7, tithi: 19, prevailing: 'moonrise' }),
  dhanteras: tithiFestival({ month: 7, tithi: 28, prevailing: 'pradosh', onBothDays: 'longer' }),
  diwali: tithiFestival({ month: 7, tithi: 30, prevailing: 'pradosh', onBothDays: 'longer' }),
  'govardhan-puja': govardhanPuja(),
  'bhai-dooj': tithiFestival({ month: 8, tithi: 2, prevailing: 'aparahna', onBothDays: 'longer' }),
  chhath: tithiFestival({ month: 8, tithi: 6 }),
  lohri: sankrantiFestival(9, 'sunset', -1),
  'guru-gobind-singh-gurpurab': sikhDate(tithiFestival({ month: 10, tithi: 7 }), 1, 5),
  'hola-mohalla': holikaDahan(2),
  vaisakhi: sikhDate(sankrantiFestival(0, 'midnight'), 4, 14),
  'martyrdom-guru-arjan': sikhDate(tithiFestival({ month: 3, tithi: 4 }), 6, 16),
  'guru-nanak-gurpurab': tithiFestival({ month: 8, tithi: 15 }),
  'martyrdom-guru-tegh-bahadur': sikhDate(tithiFestival({ month: 9, tithi: 5 }), 11, 24),
  'mahavir-jayanti': tithiFestival({ month: 1, tithi: 13 }),
  paryushana: paryushana(),
  'das-lakshana': tithiFestival({ month: 6, tithi: 5 }),
  'aparahna, second day': tithiFestival({
    month: 4,
    tithi: 11,
    prevailing: 'aparahna',
    onBothDays: 'second',
  }),
  'sankranti at sunrise': sankrantiFestival(3, 'sunrise'),
  'sankranti at aparahna': sankrantiFestival(4, 'aparahna'),
};

const PLACES: Record<string, Place> = {
  'New Delhi': NEW_DELHI,
  Berlin: { latitude: 52.52, longitude: 13.405, timeZone: 'Europe/Berlin' },
  Toronto: { latitude: 43.65, longitude: -79.38, timeZone: 'America/Toronto' },
  Sydney: { latitude: -33.87, longitude: 151.21, timeZone: 'Australia/Sydney' },
  // Above the latitudes the sunrise estimates serve (fast-sunrise.ts): the estimated sky falls back there.
  Reykjavik: { latitude: 64.15, longitude: -21.94, timeZone: 'Atlantic/Reykjavik' },
};

/** New Delhi (the default place): every other year and both ends of the range. */
const DELHI_YEARS = [1900, ...Array.from({ length: 100 }, (_, i) => 1901 + 2 * i), 2100];
/** Elsewhere: the ends of the range and every 11th year between (a different place in the 19-year cycle each). */
const SAMPLED_YEARS = [1900, 1901, ...Array.from({ length: 18 }, (_, i) => 1906 + 11 * i), 2099, 2100];

const CASES: [string, Place, number[]][] = Object.entries(PLACES).map(([name, place]) => [
  name,
  place,
  place === NEW_DELHI ? DELHI_YEARS : SAMPLED_YEARS,
]);

describe('Hindu engine: estimate-then-verify decides as astronomy-engine alone', () => {
  it(`gives the same observances for ${Object.keys(RULES).length} rules, ${DELHI_YEARS.length} years at New Delhi and ${SAMPLED_YEARS.length} at ${CASES.length - 1} other places`, () => {
    let decisions = 0;
    let verified = 0;
    const fast = estimateThenVerify(() => verified++);
    const mismatches: string[] = [];
    for (const [placeName, place, years] of CASES) {
      for (const [ruleName, rule] of Object.entries(RULES)) {
        for (const year of years) {
          const options = { ...defaultOptions, place };
          const decided = observancesDecidedBy(fast, rule, year, options);
          const precise = observancesDecidedBy(PRECISE_ONLY, rule, year, options);
          decisions++;
          if (JSON.stringify(decided) !== JSON.stringify(precise)) {
            mismatches.push(
              `${ruleName} ${year} ${placeName}: ${JSON.stringify(decided)} ≠ ${JSON.stringify(precise)}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // The comparison means something only if most decisions stand on the estimates (4 % were made again when
    // this was written). With ERROR_UNIT_MS cut to a twentieth, martyrdom-guru-arjan 1951 at New Delhi differs.
    expect(verified / decisions).toBeLessThan(0.2);
  }, 60_000);

  it('answers for every rule under both strategies (sikhDate follows its lunar rule)', () => {
    for (const rule of Object.values(RULES)) {
      expect(observancesDecidedBy(PRECISE_ONLY, rule, 2026, defaultOptions)).toEqual(
        rule.observancesIn(2026, defaultOptions),
      );
    }
    const nanakshahi = { ...defaultOptions, sikhCalendar: 'nanakshahi-2003' as const };
    expect(
      observancesDecidedBy(PRECISE_ONLY, RULES['guru-gobind-singh-gurpurab']!, 2026, nanakshahi),
    ).toEqual(RULES['guru-gobind-singh-gurpurab']!.observancesIn(2026, nanakshahi));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InterkalError } from './errors.js';
import { getHolidays, listTraditions } from './query.js';
import {
  IMPORTANCES,
  ISLAMIC_METHODS,
  LOCALES,
  TRADITION_IDS,
  UNCERTAINTY_KINDS,
  VESAK_VARIANTS,
} from './types.js';

/*
 * Arbitrary option objects, as JavaScript callers (and servers passing request data on) produce them: the
 * answer is a valid Occurrence[] or an InterkalError naming the parameter, never a TypeError. Fixed seed in
 * `pnpm test`; FUZZ=1 (`pnpm test:fuzz`) runs twenty times as many cases.
 */
const SEED = 20_261_204;
const SCALE = process.env.FUZZ === '1' ? 20 : 1;
export const LIBRARY_FUZZ_RUNS = 150 * SCALE;

const HOLIDAY_IDS = new Set<string>(listTraditions().flatMap((t) => t.holidays.map((h) => h.id)));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function circular(): object {
  const value: Record<string, unknown> = { year: 2026 };
  value.self = value;
  return value;
}

function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key}`);
    },
  });
}

const trap = () => {
  throw new Error('trap');
};
const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

/** Values nobody should pass, and some everybody does. */
const hostile = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    2026n,
    Symbol('x'),
    () => 2026,
    new Date(0),
    new String('islam'),
    new Proxy({}, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }),
    new Proxy(['islam'], { get: trap }),
    Object.create(null),
  ),
  fc.constant(null).map(circular),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.object({ maxDepth: 2 }),
  fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
);

/** Plausible values, so that many cases get past validation and compute. */
const plausible = {
  year: fc.oneof(fc.integer({ min: 1890, max: 2110 }), fc.constantFrom('2026', '1900', '20x6')),
  from: fc.constantFrom('2026-03-01', '2100-12-30', '1900-01-01', '2026-02-30', '2026-3-1'),
  to: fc.constantFrom('2026-03-31', '2100-12-31', '1901-02-01', '2101-01-01'),
  traditions: fc.oneof(
    fc.subarray([...TRADITION_IDS], { maxLength: 3 }),
    fc.constantFrom('islam', ['islam', 'islam']),
  ),
  ids: fc.oneof(fc.subarray([...HOLIDAY_IDS].slice(0, 40), { maxLength: 3 }), fc.constant(['xmas'])),
  locale: fc.constantFrom(...LOCALES, 'DE', 'de_DE', 'ar-SA', 'en-GB', 'xx', ''),
  importance: fc.oneof(fc.subarray([...IMPORTANCES]), fc.constant('major')),
  islamicMethod: fc.constantFrom(...ISLAMIC_METHODS, 'moon'),
  vesak: fc.constantFrom(...VESAK_VARIANTS),
  place: fc.constantFrom(
    '51.43,6.76,Europe/Berlin',
    { latitude: 28.61, longitude: 77.21, timeZone: 'asia/kolkata' },
    { latitude: 91, longitude: 0, timeZone: 'UTC' },
    'a,b,c',
  ),
  maxYears: fc.constantFrom(1, 10, 0, -1),
  tradition: fc.constant('islam'),
};

const option = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: hostile });

/** Queries a careful caller writes: they must all be answered. */
const wellFormed = fc.record(
  {
    year: fc.integer({ min: 1900, max: 2100 }),
    traditions: fc.subarray([...TRADITION_IDS], { minLength: 1, maxLength: 2 }),
    locale: fc.constantFrom(...LOCALES, 'DE', 'de_DE', 'ar-SA', 'en-GB'),
    importance: fc.subarray([...IMPORTANCES], { minLength: 1 }),
    islamicMethod: fc.constantFrom(...ISLAMIC_METHODS),
    vesak: fc.constantFrom(...VESAK_VARIANTS),
    place: fc.constantFrom('51.43,6.76,Europe/Berlin', {
      latitude: 28.6139,
      longitude: 77.209,
      timeZone: 'asia/kolkata',
    }),
  },
  { requiredKeys: ['year', 'traditions'] },
);

const messy = fc.record(
  Object.fromEntries(
    Object.entries(plausible).map(([key, value]) => [key, option(value as fc.Arbitrary<unknown>)]),
  ),
  { requiredKeys: [] },
);

const query = fc.oneof(
  { weight: 1, arbitrary: hostile },
  { weight: 4, arbitrary: messy },
  { weight: 3, arbitrary: wellFormed.map((q) => ({ ...q, wellFormed: true })) },
);

function isValidOccurrence(o: unknown): boolean {
  if (typeof o !== 'object' || o === null) return false;
  const x = o as Record<string, unknown>;
  return (
    HOLIDAY_IDS.has(x.id as string) &&
    (TRADITION_IDS as readonly unknown[]).includes(x.tradition) &&
    (IMPORTANCES as readonly unknown[]).includes(x.importance) &&
    typeof x.name === 'string' &&
    x.name !== '' &&
    typeof x.description === 'string' &&
    x.description !== '' &&
    typeof x.traditionName === 'string' &&
    ISO_DAY.test(x.date as string) &&
    ISO_DAY.test(x.endDate as string) &&
    (x.date as string) <= (x.endDate as string) &&
    typeof x.startsEvening === 'boolean' &&
    (x.uncertainty === null ||
      (UNCERTAINTY_KINDS as readonly unknown[]).includes((x.uncertainty as { kind: unknown }).kind))
  );
}

describe('getHolidays: arbitrary option objects', { timeout: 60_000 * SCALE }, () => {
  it(`answers a valid Occurrence[] or an InterkalError naming a parameter (${LIBRARY_FUZZ_RUNS} cases)`, () => {
    let answered = 0;
    let rejected = 0;
    fc.assert(
      fc.property(query, (generated) => {
        const careful = typeof generated === 'object' && generated !== null && 'wellFormed' in generated;
        const input = careful ? { ...(generated as object), wellFormed: undefined } : generated;
        let result: unknown;
        try {
          result = getHolidays(input as never);
        } catch (error) {
          expect(careful).toBe(false);
          expect(error).toBeInstanceOf(InterkalError);
          expect((error as InterkalError).parameter).toMatch(/^[a-zA-Z]+$/);
          expect((error as InterkalError).message.length).toBeLessThan(400);
          rejected++;
          return;
        }
        expect(Array.isArray(result)).toBe(true);
        for (const o of result as unknown[]) expect(isValidOccurrence(o)).toBe(true);
        answered++;
      }),
      { seed: SEED, numRuns: LIBRARY_FUZZ_RUNS },
    );
    // The generator reaches both sides: a property that only ever saw errors would prove little.
    expect(answered).toBeGreaterThan(LIBRARY_FUZZ_RUNS / 5);
    expect(rejected).toBeGreaterThan(LIBRARY_FUZZ_RUNS / 4);
  });

  const cases: [string, unknown, RegExp][] = [
    ['null', null, /^Invalid query: null/],
    ['a string', '2026', /^Invalid query/],
    ['an array', [2026], /^Invalid query/],
    ['traditions: null', { year: 2026, traditions: null }, /^Invalid traditions: null/],
    ['traditions as one string', { year: 2026, traditions: 'islam' }, /^Invalid traditions: "islam".*list/],
    ['importance as one string', { year: 2026, importance: 'major' }, /^Invalid importance: "major"/],
    ['a BigInt year', { year: 2026n }, /^Invalid year: 2026n/],
    ['a NaN year', { year: Number.NaN }, /^Invalid year: NaN/],
    [
      'a circular object as a place',
      { year: 2026, place: circular() },
      /^Invalid place: an unreadable object/,
    ],
    ['a getter that throws', throwingGetter('year'), /^Invalid year: a value that cannot be read/],
    ['a Proxy whose traps throw', new Proxy({}, { ownKeys: trap }), /^Invalid query/],
    // Not in the generator: fast-check itself cannot hold a revoked Proxy as a value.
    ['a revoked Proxy', revoked, /^Invalid query/],
    ['a revoked Proxy as a list', { year: 2026, ids: revoked }, /^Invalid ids/],
    ['a revoked Proxy as a place', { year: 2026, place: revoked }, /^Invalid place/],
    [
      'a misspelt option',
      { year: 2026, tradition: ['islam'] },
      /^Invalid tradition: .*no option "tradition"/,
    ],
    ['a number in a list', { year: 2026, ids: [1] }, /^Invalid ids: 1/],
    [
      'a list of 1001 entries',
      { year: 2026, ids: Array(1001).fill('easter') },
      /^Invalid ids: .*at most 1000/,
    ],
  ];
  it.each(cases)('rejects %s with an InterkalError naming the parameter', (_, input, message) => {
    expect(() => getHolidays(input as never)).toThrowError(InterkalError);
    expect(() => getHolidays(input as never)).toThrowError(message);
  });

  it('reads each option once, so a Proxy cannot answer differently the second time', () => {
    let reads = 0;
    const shifty = new Proxy(
      { year: 2026, ids: ['easter'] },
      {
        get(target, key, receiver) {
          if (key === 'year') reads++;
          return Reflect.get(target, key, receiver);
        },
      },
    );
    expect(getHolidays(shifty).map((o) => o.date)).toEqual(['2026-04-05']);
    expect(reads).toBe(1);
  });

  it('de-duplicates repeated list entries', () => {
    const once = getHolidays({ year: 2026, traditions: ['islam'] });
    expect(getHolidays({ year: 2026, traditions: Array(380).fill('islam') })).toEqual(once);
  });
});

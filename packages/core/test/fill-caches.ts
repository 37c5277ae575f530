/**
 * Run by cache-budget.test.ts in a child process (node --expose-gc): fills every cache of the library to its
 * bound with copies of real entries and prints, as JSON, the heap each cache then holds. A real workload first
 * puts entries of every kind into every cache (a place's Hindu, Sikh and Jain years, sighting-based Islamic
 * months at a place, every tradition's year, evening starts); each copy gets a distinct key as long as a real
 * one plus a few characters, and a deep copy of a real value, so the weights err on the heavy side.
 */
import { registeredCaches } from '../src/bounded-cache.js';
import { lunationsAround } from '../src/calendars/hindu/lunations.js';
import { getHolidays } from '../src/query.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const PLACES = [
  { latitude: 28.61, longitude: 77.21, timeZone: 'Asia/Kolkata' },
  { latitude: 48.14, longitude: 11.58, timeZone: 'Europe/Berlin' },
  // A zone without offset eras (civil-date.ts), whose civil dates are asked of Intl and cached.
  { latitude: 43.65, longitude: -79.38, timeZone: 'America/Toronto' },
];
getHolidays({ from: '2025-01-01', to: '2027-12-31' });
for (const place of PLACES) {
  getHolidays({
    from: '2091-01-01',
    to: '2092-12-31',
    traditions: ['hinduism', 'sikhism', 'jainism'],
    place,
  });
  for (const islamicMethod of ['crescent', 'mabims'] as const)
    getHolidays({ from: '2091-01-01', to: '2092-12-31', traditions: ['islam'], islamicMethod, place });
}

// Precise lunations serve only the verifying strategy, which the query reaches for few festivals.
for (const year of [2091, 2092]) lunationsAround(year);

/** A copy as costly as the original: a fresh number box, string or object graph. */
function copyOf(value: unknown, i: number): unknown {
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 2 ** 30 ? value + (i % 7) : value + i;
  return structuredClone(value);
}

/**
 * A distinct key of the same kind: a small integer stays an array index, a large number a numeric string of its
 * length, a string gets a suffix.
 */
function copyOfKey(key: string | number, i: number): string | number {
  if (typeof key === 'string') return `${key}~${i}`;
  return Number.isInteger(key) && key < 2 ** 31 ? 2 ** 31 + i : key + (i + 1) * 1_000_003;
}

const heapUsed = () => {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
};

const weights: { name: string; max: number; bytes: number }[] = [];
for (const { name, cache } of registeredCaches()) {
  const samples = cache.keys().map((key) => [key, cache.peek(key)] as const);
  if (samples.length === 0) throw new Error(`the workload put nothing into "${name}": extend it`);
  const before = heapUsed();
  for (let i = 0; cache.size < cache.max; i++) {
    const [key, value] = samples[i % samples.length]!;
    cache.set(copyOfKey(key, i), copyOf(value, i));
  }
  const grown = heapUsed() - before;
  // The real entries' share, at the copies' average weight.
  const added = cache.max - samples.length;
  weights.push({ name, max: cache.max, bytes: added > 0 ? Math.round((grown / added) * cache.max) : 0 });
}
console.log(JSON.stringify(weights));

import { describeValue, InterkalError, Unreadable } from './errors.js';

/*
 * Untrusted option objects, read once. Callers may pass anything JavaScript allows: null, a string, a Proxy,
 * getters that throw, BigInts, cycles. Each option is read exactly once into a plain snapshot, so a Proxy
 * cannot answer differently on a second read, and every failure becomes an InterkalError naming the option.
 */

/** Longer lists than this are not a choice anybody makes; they bound the work of one call. */
export const MAX_LIST_LENGTH = 1000;

const UNREADABLE = new Unreadable('a value that cannot be read');

/** An option is named by its key when that reads as a name at all, else by the object holding it. */
const nameOf = (key: string, parameter: string): string => (/^[A-Za-z]{1,40}$/.test(key) ? key : parameter);

/** The own enumerable options of `input` (undefined reads as {}), checked against `keys`. */
export function readOptions<K extends string>(
  input: unknown,
  keys: readonly K[],
  parameter: string,
  example: string,
): Partial<Record<K, unknown>> {
  if (input === undefined) return {};
  let isList = false;
  try {
    isList = Array.isArray(input);
  } catch {
    // A revoked Proxy: not an options object either.
  }
  if (typeof input !== 'object' || input === null || isList) {
    throw new InterkalError('invalid-option', parameter, input, `an object such as ${example}`);
  }
  let present: string[];
  try {
    present = Object.keys(input);
  } catch {
    throw new InterkalError('invalid-option', parameter, UNREADABLE, `an object such as ${example}`);
  }
  const known = new Set<string>(keys);
  const snapshot: Partial<Record<K, unknown>> = {};
  for (const key of present) {
    let value: unknown;
    try {
      value = (input as Record<string, unknown>)[key];
    } catch {
      throw new InterkalError('invalid-option', nameOf(key, parameter), UNREADABLE, `a readable value`);
    }
    if (!known.has(key)) {
      if (value === undefined) continue;
      // A misspelt option must not silently do nothing.
      throw new InterkalError(
        'invalid-option',
        nameOf(key, parameter),
        value,
        `no option ${describeValue(key)}; the options are ${keys.join(', ')}`,
      );
    }
    snapshot[key as K] = value;
  }
  return snapshot;
}

/** An array of strings, de-duplicated in order; undefined stays undefined. */
export function readList(value: unknown, parameter: string, items: string): string[] | undefined {
  if (value === undefined) return undefined;
  const allowed = `a list (array) of ${items}, at most ${MAX_LIST_LENGTH}`;
  let isList = false;
  try {
    isList = Array.isArray(value);
  } catch {
    // A revoked Proxy.
  }
  if (!isList) throw new InterkalError('invalid-option', parameter, value, allowed);
  const list = value as unknown[];
  const seen = new Set<string>();
  try {
    if (list.length > MAX_LIST_LENGTH) throw new InterkalError('invalid-option', parameter, value, allowed);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== 'string') throw new InterkalError('invalid-option', parameter, item, allowed);
      seen.add(item);
    }
  } catch (error) {
    if (error instanceof InterkalError) throw error;
    throw new InterkalError('invalid-option', parameter, UNREADABLE, allowed);
  }
  return [...seen];
}

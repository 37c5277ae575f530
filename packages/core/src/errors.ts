export type InterkalErrorCode =
  | 'invalid-date'
  | 'year-out-of-range'
  | 'invalid-range'
  | 'unknown-id'
  | 'unknown-tradition'
  | 'unknown-locale'
  | 'invalid-option';

/** Longest echo of a bad value in a message: a 16 KB junk parameter must not become a 16 KB error. */
const MAX_ECHO = 80;

/** Stands for an input value that could not even be read (a throwing getter, a Proxy trap, a revoked Proxy). */
export class Unreadable {
  constructor(readonly what: string) {}
}

/**
 * The bad value as text for a message, whatever it is: JSON.stringify throws on a BigInt or a cycle and
 * returns undefined for a symbol or a function, and a message must never fail to build.
 */
export function describeValue(value: unknown): string {
  let text: string;
  switch (typeof value) {
    case 'bigint':
      text = `${value}n`;
      break;
    case 'symbol':
      text = value.description === undefined ? 'a symbol' : `a symbol (${value.description})`;
      break;
    case 'function':
      text = 'a function';
      break;
    case 'undefined':
      text = 'undefined';
      break;
    case 'number':
      text = String(value);
      break;
    default:
      // Even `instanceof` throws on a revoked Proxy.
      try {
        text =
          value instanceof Unreadable
            ? value.what
            : (JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ??
              Object.prototype.toString.call(value));
      } catch {
        text = 'an unreadable object';
      }
  }
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO - 1)}…` : text;
}

/**
 * Every bad input becomes this error: `code` for programs, `parameter` names the option as the caller wrote
 * it, `value` and `allowed` say what to change, and the message names all three.
 */
export class InterkalError extends RangeError {
  override readonly name = 'InterkalError';
  constructor(
    readonly code: InterkalErrorCode,
    readonly parameter: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`Invalid ${parameter}: ${describeValue(value)}. Allowed: ${allowed}.`);
  }
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function assertYearInRange(year: number, parameter = 'year'): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InterkalError('year-out-of-range', parameter, year, `years ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

export type InterkalErrorCode =
  | 'invalid-date'
  | 'year-out-of-range'
  | 'invalid-range'
  | 'unknown-id'
  | 'unknown-tradition'
  | 'unknown-locale'
  | 'invalid-option';

/**
 * Every bad input becomes this error: `code` for programs, `value` and `allowed` so a caller can say what to
 * change, and a message that names both.
 */
export class InterkalError extends RangeError {
  override readonly name = 'InterkalError';
  constructor(
    readonly code: InterkalErrorCode,
    readonly parameter: string,
    readonly value: unknown,
    readonly allowed: string,
  ) {
    super(`Invalid ${parameter}: ${JSON.stringify(value)}. Allowed: ${allowed}.`);
  }
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function assertYearInRange(year: number, parameter = 'year'): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InterkalError('year-out-of-range', parameter, year, `years ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

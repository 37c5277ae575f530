import { assertYearInRange, InterkalError } from '@interkal/core';

/** The most years one request may span: bounds the work per request. */
export const MAX_RANGE_YEARS = 10;

/** `year`, or `from`+`to`, or the current year; rejects spans over MAX_RANGE_YEARS. */
export function resolveRange(
  params: { year?: string; from?: string; to?: string },
  today: string,
): { from: string; to: string } {
  if (params.year !== undefined) {
    if (params.from !== undefined || params.to !== undefined) {
      throw new InterkalError('invalid-range', 'year', params.year, 'either year or from/to, not both');
    }
    assertYearInRange(Number(params.year));
    return { from: `${params.year}-01-01`, to: `${params.year}-12-31` };
  }
  if (params.from === undefined && params.to === undefined) {
    const year = today.slice(0, 4);
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  if (params.from === undefined || params.to === undefined) {
    const missing = params.from === undefined ? 'from' : 'to';
    throw new InterkalError(
      'invalid-range',
      missing,
      undefined,
      'YYYY-MM-DD together with the other end, or year',
    );
  }
  const span = (Date.parse(params.to) - Date.parse(params.from)) / 86_400_000;
  if (span > MAX_RANGE_YEARS * 366) {
    throw new InterkalError('invalid-range', 'to', params.to, `at most ${MAX_RANGE_YEARS} years after from`);
  }
  return { from: params.from, to: params.to };
}

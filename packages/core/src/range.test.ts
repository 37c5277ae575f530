import { describe, expect, it } from 'vitest';
import { InterkalError } from './errors.js';
import { resolveRange } from './range.js';

describe('resolveRange', () => {
  it('gives a whole year, a from/to range, or the default year', () => {
    expect(resolveRange({ year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(resolveRange({ year: '2026' })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(resolveRange({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(resolveRange({}, { defaultYear: 2030 })).toEqual({ from: '2030-01-01', to: '2030-12-31' });
  });

  it('allows at most maxYears from from to to, to the day', () => {
    expect(resolveRange({ from: '2016-01-01', to: '2026-01-01' }, { maxYears: 10 }).to).toBe('2026-01-01');
    expect(() => resolveRange({ from: '2016-01-01', to: '2026-01-02' }, { maxYears: 10 })).toThrowError(
      /Invalid to: "2026-01-02".*at most 10 years after from/,
    );
    // 29 February plus one year is 28 February: the day after it is over the limit.
    expect(() => resolveRange({ from: '2024-02-29', to: '2025-03-01' }, { maxYears: 1 })).toThrowError(/to/);
  });

  it.each([
    [{ year: 2026, from: '2026-01-01' }, /year.*either year or from\/to/],
    [{ year: '26' }, /year/],
    [{ year: Number.NaN }, /year/],
    [{ year: 2101 }, /year.*1900–2100/],
    [{ from: '2026-01-01' }, /to/],
    [{}, /from/],
    [{ from: '2026-02-01', to: '2026-01-31' }, /from.*on or before to/],
    [null, /query/],
  ])('rejects %j with an InterkalError naming the parameter', (query, message) => {
    expect(() => resolveRange(query as never)).toThrowError(InterkalError);
    expect(() => resolveRange(query as never)).toThrowError(message);
  });
});

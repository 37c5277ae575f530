import { describe, expect, it } from 'vitest';
import { InterkalError } from './errors.js';
import { canonicalTimeZone, formatPlace, normalizePlace, parsePlace, roundDegrees } from './place.js';

describe('parsePlace', () => {
  it('reads LAT,LON,ZONE, rounds to 0.01° and spells the zone as IANA does', () => {
    expect(parsePlace('51.4344,6.7623,europe/berlin')).toEqual({
      latitude: 51.43,
      longitude: 6.76,
      timeZone: 'Europe/Berlin',
    });
    expect(parsePlace(' -33.8688 , 151.2093 , Australia/Sydney ')).toEqual({
      latitude: -33.87,
      longitude: 151.21,
      timeZone: 'Australia/Sydney',
    });
  });

  it.each([
    ['51.43,6.76'],
    ['51.43,6.76,Mars/Olympus'],
    ['91,0,UTC'],
    ['0,181,UTC'],
    ['0x10,0,UTC'],
    ['1e2,0,UTC'],
    ['NaN,0,UTC'],
    [',,'],
    ['1,2,UTC,extra'],
    [`1,2,${'A'.repeat(500)}`],
  ])('rejects %j with an InterkalError naming place', (text) => {
    expect(() => parsePlace(text)).toThrowError(InterkalError);
    expect(() => parsePlace(text)).toThrowError(/^Invalid place: /);
  });
});

describe('normalizePlace', () => {
  it('makes every spelling of one place the same key', () => {
    const spellings = [
      { latitude: 51.43, longitude: 6.76, timeZone: 'Europe/Berlin' },
      { latitude: 51.4312, longitude: 6.7649, timeZone: 'EUROPE/BERLIN' },
      '51.429,6.7551,europe/berlin',
    ];
    expect(new Set(spellings.map((place) => formatPlace(normalizePlace(place))))).toEqual(
      new Set(['51.43,6.76,Europe/Berlin']),
    );
  });

  it('never gives -0, which would print like 0 but split a cache key', () => {
    expect(Object.is(roundDegrees(-0.001), 0)).toBe(true);
  });

  const bad: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a latitude as text', { latitude: '51', longitude: 6, timeZone: 'UTC' }],
    ['a NaN latitude', { latitude: Number.NaN, longitude: 6, timeZone: 'UTC' }],
    ['no zone', { latitude: 51, longitude: 6 }],
    [
      'a latitude getter that throws',
      Object.defineProperty({ longitude: 6, timeZone: 'UTC' }, 'latitude', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    ],
  ];
  it.each(bad)('rejects %s with an InterkalError naming place', (_, input) => {
    expect(() => normalizePlace(input)).toThrowError(InterkalError);
    expect(() => normalizePlace(input)).toThrowError(/^Invalid place: /);
  });

  it('knows zones only from Intl', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    // ICU 73 (Node 20) still answers the old name Asia/Calcutta, newer ICU Asia/Kolkata: one spelling per runtime.
    expect(canonicalTimeZone('asia/kolkata')).toBe(canonicalTimeZone('Asia/Kolkata'));
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(canonicalTimeZone('asia/kolkata'));
    expect(canonicalTimeZone('Not/AZone')).toBeUndefined();
  });
});

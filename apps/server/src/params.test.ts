import { CRESCENT_CRITERIA, ISLAMIC_COUNTRIES, ISLAMIC_METHODS } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import {
  filterKey,
  holidayFilterParams,
  islamicChoiceKey,
  islamicParams,
  readFilter,
  readIslamicChoice,
} from './params.js';

const keyOf = (query: Record<string, string>) => filterKey(readFilter(holidayFilterParams.parse(query)));

describe('the Islamic method parameters', () => {
  it('key the response cache only where the method reads them', () => {
    // Other methods ignore the criterion and the country: one cache entry, not one per spelling of the URL.
    expect(keyOf({ 'crescent-criterion': 'yallop', 'islamic-country': 'PK' })).toBe(keyOf({}));
    expect(keyOf({ 'islamic-method': 'mabims', 'crescent-criterion': 'yallop' })).toBe(
      keyOf({ 'islamic-method': 'mabims' }),
    );
    // Left out, the criterion is the country's own (MABIMS for Indonesia), so spelling out odeh is another answer.
    const distinct = (
      [
        { 'islamic-method': 'crescent' },
        { 'islamic-method': 'crescent', 'crescent-criterion': 'yallop' },
        { 'islamic-method': 'crescent', 'islamic-country': 'ID' },
        { 'islamic-method': 'crescent', 'islamic-country': 'ID', 'crescent-criterion': 'odeh' },
        { 'islamic-method': 'crescent', 'islamic-country': 'PK' },
        { 'islamic-method': 'mabims' },
        { 'islamic-method': 'mabims', 'islamic-country': 'MA' },
      ] as Record<string, string>[]
    ).map(keyOf);
    expect(new Set(distinct).size).toBe(distinct.length);
  });

  it('key the Ramadan timetable by country: Pakistan and Indonesia are two entries, an ignored country none', () => {
    const choiceKey = (query: Record<string, string>) =>
      islamicChoiceKey(readIslamicChoice(islamicParams.parse(query)));
    expect(choiceKey({ 'islamic-method': 'crescent', 'islamic-country': 'PK' })).not.toBe(
      choiceKey({ 'islamic-method': 'crescent', 'islamic-country': 'ID' }),
    );
    expect(choiceKey({ 'islamic-method': 'mabims', 'islamic-country': 'PK' })).not.toBe(
      choiceKey({ 'islamic-method': 'mabims', 'islamic-country': 'ID' }),
    );
    expect(choiceKey({ 'islamic-country': 'PK' })).toBe(choiceKey({ 'islamic-method': 'diyanet' }));
  });

  it('are described with their values in the OpenAPI document', async () => {
    const doc = await (await createApp().request('/api/v1/openapi.json')).json();
    const parameters: { name: string; schema: { enum?: string[] } }[] = doc.paths['/holidays'].get.parameters;
    const values = (name: string) => parameters.find((parameter) => parameter.name === name)?.schema.enum;
    expect(values('islamic-method')).toEqual([...ISLAMIC_METHODS]);
    expect(values('crescent-criterion')).toEqual([...CRESCENT_CRITERIA]);
    expect(values('islamic-country')).toEqual([...ISLAMIC_COUNTRIES]);
  });
});

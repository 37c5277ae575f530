import { describe, expect, it } from 'vitest';
import { InterkalError } from './errors.js';
import { createHolidays } from './holidays.js';
import { getHolidays as everyTradition } from './query.js';
import { christianity, islam, TRADITIONS } from './tradition-tables.js';

describe('createHolidays', () => {
  const islamOnly = createHolidays({ traditions: [islam] });

  it('answers for its traditions exactly as the package’s own instance does', () => {
    const query = {
      from: '2026-01-01',
      to: '2027-12-31',
      locale: 'de',
      islamicMethod: 'umm-al-qura',
    } as const;
    expect(islamOnly.getHolidays(query)).toEqual(everyTradition({ ...query, traditions: ['islam'] }));
    expect(islamOnly.listTraditions().map((t) => t.id)).toEqual(['islam']);
  });

  it('knows nothing else: another tradition or holiday is an error listing what it has', () => {
    const error = (call: () => unknown) => {
      try {
        call();
      } catch (thrown) {
        return thrown;
      }
      throw new Error('no error');
    };
    expect(error(() => islamOnly.getHolidays({ year: 2026, traditions: ['judaism'] }))).toMatchObject({
      code: 'unknown-tradition',
      allowed: 'islam',
    });
    expect(error(() => islamOnly.nextOccurrences('easter', { from: '2026-01-01' }))).toMatchObject({
      code: 'unknown-id',
      parameter: 'id',
    });
  });

  it('takes only the library’s tables, each once, in display order', () => {
    for (const traditions of [[], [{ id: 'islam' }], [{ id: 'islam', holidays: [{}] }], 'islam', undefined]) {
      expect(() => createHolidays({ traditions } as never)).toThrow(InterkalError);
    }
    const both = createHolidays({ traditions: [islam, christianity, islam] });
    expect(both.listTraditions().map((t) => t.id)).toEqual(['christianity', 'islam']);
    expect(createHolidays({ traditions: TRADITIONS }).listTraditions()).toHaveLength(TRADITIONS.length);
  });
});

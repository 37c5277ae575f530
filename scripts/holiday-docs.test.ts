import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderHolidayDocs } from './holiday-docs.js';

it('docs/holidays matches the tradition tables (run `pnpm docs:holidays` after changing a table)', () => {
  const dir = new URL('../docs/holidays/', import.meta.url);
  const expected = renderHolidayDocs();
  expect(readdirSync(dir).sort()).toEqual([...expected.keys()].sort());
  for (const [name, text] of expected) expect(readFileSync(new URL(name, dir), 'utf8'), name).toBe(text);
});

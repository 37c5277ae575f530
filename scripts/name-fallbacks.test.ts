import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { NAME_FALLBACKS_FILE, renderNameFallbacks } from './name-fallbacks.js';

it('packages/core/src/i18n/names/FALLBACKS.md matches the name tables (run `pnpm names:fallbacks` after changing one)', () => {
  expect(readFileSync(NAME_FALLBACKS_FILE, 'utf8')).toBe(renderNameFallbacks());
});

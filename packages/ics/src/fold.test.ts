import fc from 'fast-check';
import { foldLines as referenceFold } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldLines } from './fold.js';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('foldLines', () => {
  it('folds exactly like ical-generator for any well-formed text', () => {
    // Mixes 1-, 2-, 3- and 4-octet characters so that every kind lands on the fold boundary.
    const char = fc.constantFrom('a', ',', 'ä', 'ş', 'ش', 'א', '–', '✡', '中', '🎉', '👨‍👩‍👧');
    const line = fc.array(char, { maxLength: 200 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.join('\r\n');
        expect(foldLines(text)).toBe(referenceFold(text));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(foldLines(text)).toBe(referenceFold(text));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every physical line within 75 octets and unfolds to the original', () => {
    const text = `DESCRIPTION:${'Şeker Bayramı 🎉 عيد الفطر, '.repeat(20)}`;
    const folded = foldLines(text);
    for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.replaceAll('\r\n ', '')).toBe(text);
    expect(folded).not.toMatch(/[\ud800-\udbff]\r\n/);
  });
});

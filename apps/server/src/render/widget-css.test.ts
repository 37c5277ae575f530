import { TRADITION_IDS } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import { contrast, DEFAULT_HIGHLIGHT, inkOn, TRADITION_COLOURS, themeCss } from './widget-css.js';

describe('widget colours', () => {
  it('computes WCAG contrast ratios (black/white 21:1, #777 on white 4.48:1 as WebAIM’s contrast checker reports)', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('keeps day numbers at AA contrast on any highlight colour (every 17th step of each channel)', () => {
    let worst = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 256; r += 17) {
      for (let g = 0; g < 256; g += 17) {
        for (let b = 0; b < 256; b += 17) {
          const colour = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
          worst = Math.min(worst, contrast(colour, inkOn(colour)));
        }
      }
    }
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every tradition a colour with 3:1 against white and the default light green (WCAG 1.4.11)', () => {
    for (const id of TRADITION_IDS) {
      expect(contrast(TRADITION_COLOURS[id], '#ffffff'), id).toBeGreaterThanOrEqual(3);
      expect(contrast(TRADITION_COLOURS[id], DEFAULT_HIGHLIGHT), id).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts only validated values into the theme', () => {
    expect(
      themeCss({ scheme: 'light', size: 'full', highlight: undefined, font: undefined, radius: undefined }),
    ).toBe(
      themeCss({ scheme: 'light', size: 'compact', highlight: DEFAULT_HIGHLIGHT, font: 'system', radius: 6 }),
    );
  });
});

import { TRADITION_IDS } from '@interkal/core';
import { describe, expect, it } from 'vitest';
import {
  COLOUR_GROUPS,
  colourGroup,
  contrast,
  DARK_HIGHLIGHT,
  DEFAULT_HIGHLIGHT,
  inkOn,
  PALETTE,
  TRADITION_COLOURS,
  themeCss,
} from './widget-css.js';

type Matrix = [number, number, number][];
/**
 * Dichromacy simulation matrices for severity 1.0, applied to linear RGB: G. M. Machado, M. M. Oliveira,
 * L. A. F. Fernandes, "A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG
 * 15(6), 2009, pp. 1291–1298; values copied from the authors' supplement
 * (https://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html, table for severity 1.0).
 */
const MACHADO_2009: Record<string, Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (hex: string) =>
  [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];

const simulate = (rgb: [number, number, number], m: Matrix) =>
  m.map(([a, b, c]) => Math.min(1, Math.max(0, a * rgb[0] + b * rgb[1] + c * rgb[2]))) as [
    number,
    number,
    number,
  ];

/** Linear sRGB → CIELAB (D65), IEC 61966-2-1 primaries. */
function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 as in G. Sharma, W. Wu, E. N. Dalal, Color Res. Appl. 30(1), 2005 (checked with their data below). */
function deltaE2000([L1, a1, b1]: number[], [L2, a2, b2]: number[]): number {
  const rad = Math.PI / 180;
  const Cm = (Math.hypot(a1!, b1!) + Math.hypot(a2!, b2!)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + G) * a1!, (1 + G) * a2!];
  const [C1, C2] = [Math.hypot(a1p, b1!), Math.hypot(a2p, b2!)];
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const [h1, h2] = [hue(b1!, a1p), hue(b2!, a2p)];
  let dh = C1 * C2 === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1 * C2) * Math.sin((dh / 2) * rad);
  const Lm = (L1! + L2!) / 2;
  const Cmp = (C1 + C2) / 2;
  let hm = h1 + h2;
  if (C1 * C2 !== 0) hm = (Math.abs(h1 - h2) > 180 ? (hm < 360 ? hm + 360 : hm - 360) : hm) / 2;
  const T =
    1 -
    0.17 * Math.cos((hm - 30) * rad) +
    0.24 * Math.cos(2 * hm * rad) +
    0.32 * Math.cos((3 * hm + 6) * rad) -
    0.2 * Math.cos((4 * hm - 63) * rad);
  const RC = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lm - 50) ** 2) / Math.sqrt(20 + (Lm - 50) ** 2);
  const SC = 1 + 0.045 * Cmp;
  const SH = 1 + 0.015 * Cmp * T;
  const RT = -Math.sin(2 * 30 * Math.exp(-(((hm - 275) / 25) ** 2)) * rad) * RC;
  const [l, c, h] = [(L2! - L1!) / SL, (C2 - C1) / SC, dH / SH];
  return Math.sqrt(l * l + c * c + h * h + RT * c * h);
}

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

  it('puts every tradition in exactly one colour group', () => {
    const grouped = Object.values(COLOUR_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...TRADITION_IDS].sort());
    expect(colourGroup('islam')).toBe('islamic');
  });

  it('keeps bars, dots and bar labels readable in both themes (3:1 graphics, 4.5:1 labels)', () => {
    const themes = {
      light: { backgrounds: ['#ffffff', DEFAULT_HIGHLIGHT], label: '#ffffff' },
      dark: { backgrounds: ['#16191d', DARK_HIGHLIGHT], label: '#000000' },
    } as const;
    for (const scheme of ['light', 'dark'] as const) {
      for (const [group, colour] of Object.entries(PALETTE[scheme])) {
        for (const background of themes[scheme].backgrounds) {
          expect(contrast(colour, background), `${scheme} ${group} on ${background}`).toBeGreaterThanOrEqual(
            3,
          );
        }
        expect(contrast(colour, themes[scheme].label), `${scheme} ${group} label`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
  });

  it('computes CIEDE2000 as Sharma et al. publish (their test pairs 1, 7 and 17)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
  });

  it('keeps the colour groups apart for normal vision and under protan-, deutan- and tritanopia', () => {
    // ΔE2000 ≥ 15 between any two groups; ~2.3 is a just noticeable difference (Sharma 2003), and bars and
    // dots are small, so the margin is wide. The smallest pair is printed for the record.
    for (const scheme of ['light', 'dark'] as const) {
      for (const [vision, matrix] of Object.entries(MACHADO_2009)) {
        const entries = Object.entries(PALETTE[scheme]).map(
          ([group, hex]) => [group, lab(simulate(linear(hex), matrix))] as const,
        );
        let smallest = { difference: Number.POSITIVE_INFINITY, pair: '' };
        for (const [i, [a, labA]] of entries.entries()) {
          for (const [b, labB] of entries.slice(i + 1)) {
            const difference = deltaE2000(labA, labB);
            if (difference < smallest.difference) smallest = { difference, pair: `${a}/${b}` };
          }
        }
        expect(smallest.difference, `${scheme} ${vision}: ${smallest.pair}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('puts only validated values into the theme', () => {
    expect(
      themeCss({ scheme: 'light', size: 'full', highlight: undefined, font: undefined, radius: undefined }),
    ).toBe(
      themeCss({
        scheme: 'light',
        size: 'compact',
        highlight: DEFAULT_HIGHLIGHT,
        font: 'system',
        radius: 6,
        border: 0,
      }),
    );
    // An accent too light for text colours only the rings; a dark one colours links too.
    expect(
      themeCss({
        scheme: 'light',
        size: 'full',
        highlight: undefined,
        font: undefined,
        radius: undefined,
        accent: '#ffee00',
      }),
    ).toContain('--ik-link:#0a5c8a');
    expect(
      themeCss({
        scheme: 'light',
        size: 'full',
        highlight: undefined,
        font: undefined,
        radius: undefined,
        accent: '#7a1f5c',
      }),
    ).toContain('--ik-link:#7a1f5c');
  });
});

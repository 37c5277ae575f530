import { TRADITION_IDS, type TraditionId } from '@interkal/core';

/** What the embedding site may change (query parameters, validated in routes/widget.tsx). */
export interface WidgetTheme {
  scheme: 'light' | 'dark';
  size: 'compact' | 'full';
  /** #rrggbb or #rgb. */
  highlight: string | undefined;
  /** A generic family or the name of a locally installed font (never a web font: no other origin). */
  font: string | undefined;
  /** Corner radius in px, 0–24. */
  radius: number | undefined;
}

/** The seed's light green ("hellgrün"); dark text on it has a contrast of 14:1. */
export const DEFAULT_HIGHLIGHT = '#c6efb5';
const DARK_HIGHLIGHT = '#2f6b1f';

/**
 * Bars and dots per tradition. Each has at least 3:1 against white and the light green, as WCAG 1.4.11
 * asks of graphics; the details panel names the tradition in words too, so colour is never the only cue.
 */
export const TRADITION_COLOURS: Record<TraditionId, string> = {
  christianity: '#6a3d9a',
  'orthodox-christianity': '#8c3b1e',
  'oriental-orthodox': '#7a4a12',
  judaism: '#1f56b0',
  islam: '#0a6b37',
  alevism: '#c2410c',
  yazidism: '#7d5a00',
  hinduism: '#a84300',
  sikhism: '#1c3f94',
  jainism: '#9c1c57',
  buddhism: '#8f5a00',
  bahai: '#5e4596',
  zoroastrianism: '#8f2800',
  persian: '#00695c',
  chinese: '#b3261e',
  korean: '#24508f',
  vietnamese: '#a3263d',
  japanese: '#a8002a',
  seasonal: '#3f6b0f',
  international: '#3e525c',
};

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (d) => d + d) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two #rrggbb / #rgb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const INK = '#1b1f24';
const PAPER = '#ffffff';
const DARK_INK = '#eef1f4';
const DARK_PAPER = '#16191d';

/**
 * The day number on a highlighted day: black or white, whichever reads better. Pure black and white are needed
 * for the guarantee: the better of the two always reaches √(1.05/0.05) ≈ 4.58:1, WCAG AA for normal text.
 */
export const inkOn = (background: string) =>
  contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff';

const GENERIC_FONTS: Record<string, string> = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  'sans-serif': 'sans-serif',
  serif: 'serif',
  monospace: 'monospace',
};

export const fontStack = (font: string | undefined) =>
  font === undefined ? GENERIC_FONTS.system! : (GENERIC_FONTS[font] ?? `"${font}", ${GENERIC_FONTS.system}`);

/** The per-request part: custom properties from the theme. Values were validated, so they are inert here. */
export function themeCss(theme: WidgetTheme): string {
  const dark = theme.scheme === 'dark';
  const highlight = theme.highlight ?? (dark ? DARK_HIGHLIGHT : DEFAULT_HIGHLIGHT);
  return `:root{--ik-hl:${highlight};--ik-hl-ink:${inkOn(highlight)};--ik-font:${fontStack(theme.font)};--ik-radius:${theme.radius ?? 6}px;--ik-ink:${dark ? DARK_INK : INK};--ik-bg:${dark ? DARK_PAPER : PAPER};--ik-muted:${dark ? '#b9c2cc' : '#4a5560'};--ik-line:${dark ? '#3a424b' : '#c9d1d9'};--ik-link:${dark ? '#8cc8ff' : '#0a5c8a'};--ik-focus:${dark ? '#ffb366' : '#c05600'};--ik-today:${dark ? '#8fd694' : '#0b5e3b'}}`;
}

const traditionRules = TRADITION_IDS.map((id) => `.t-${id}{--c:${TRADITION_COLOURS[id]}}`).join('');

/** The fixed part of the widget's stylesheet. */
export const WIDGET_CSS = `*{box-sizing:border-box}
html{background:var(--ik-bg);color:var(--ik-ink);font-family:var(--ik-font);font-size:16px;line-height:1.4}
body{margin:0;padding:.5rem;min-width:0}
a{color:var(--ik-link)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.cap{display:flex;align-items:center;justify-content:space-between;gap:.25rem;margin-bottom:.25rem}
h1{font-size:1.1rem;margin:0;text-align:center;flex:1}
.nav{display:inline-flex;align-items:center;justify-content:center;min-width:2.25rem;min-height:2.25rem;font-size:1.5rem;line-height:1;text-decoration:none;border-radius:var(--ik-radius)}
a.nav:hover{background:var(--ik-line)}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th{font-size:.8rem;font-weight:600;color:var(--ik-muted);padding:.25rem 0;text-align:center;overflow:hidden}
td{padding:0;text-align:center;vertical-align:top;height:2.6rem}
td.day{cursor:pointer;border:2px solid transparent;border-radius:var(--ik-radius)}
td.day:hover{border-color:var(--ik-line)}
td.hl{background:var(--ik-hl);color:var(--ik-hl-ink)}
td.hl .n{font-weight:700}
td.today .n{display:inline-block;min-width:1.7em;border-radius:999px;box-shadow:0 0 0 2px var(--ik-today)}
td[aria-selected=true]{border-color:var(--ik-ink)}
td:focus{outline:3px solid var(--ik-focus);outline-offset:-3px}
td:focus:not(:focus-visible){outline-width:2px}
.n{display:block;padding-top:.3rem;font-variant-numeric:tabular-nums}
.marks{display:block;padding-bottom:.2rem}
.bar{display:block;height:4px;margin:2px -2px 0}
.bar[class*=t-]{background:var(--c)}
.bar.s{margin-inline-start:18%;border-start-start-radius:2px;border-end-start-radius:2px}
.bar.e{margin-inline-end:18%;border-start-end-radius:2px;border-end-end-radius:2px}
.dots{display:flex;justify-content:center;gap:2px;margin-top:2px;line-height:6px}
.dot{width:6px;height:6px;border-radius:50%;background:var(--c)}
.dots b{font-size:.6rem;line-height:6px}
#details{margin-top:.5rem;border-top:1px solid var(--ik-line)}
h2{font-size:.95rem;margin:.5rem 0 .25rem}
#details ul{list-style:none;margin:0;padding:0}
#details li{display:flex;gap:.4rem;align-items:baseline;padding:.2rem 0}
.sw{flex:none;width:.7rem;height:.7rem;border-radius:2px;background:var(--c)}
.when,.note{display:block;font-size:.85rem;color:var(--ik-muted)}
.hint{font-size:.85rem;color:var(--ik-muted);margin:.5rem 0 0}
.compact{font-size:14px}
.compact body{padding:.25rem}
.compact td{height:2.2rem}
#details li[hidden]{display:none}
@media (max-width:320px){body{padding:.25rem}.bar.s{margin-inline-start:8%}.bar.e{margin-inline-end:8%}th{font-size:.7rem}}
@media print{html{background:#fff;color:#000}.nav,.hint{visibility:hidden}td.hl,.bar,.dot,.sw{print-color-adjust:exact;-webkit-print-color-adjust:exact}#details li,#details li[hidden]{display:flex!important}td:focus{outline:0}}
${traditionRules}`;

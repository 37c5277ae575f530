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
  /** #rrggbb or #rgb: today's ring, the month arrows, the chosen day, and links when they stay readable. */
  accent?: string | undefined;
  /** Width in px (0–4) of the lines around and between the days. */
  border?: number | undefined;
}

/** The seed's light green ("hellgrün"); dark text on it has a contrast of 14:1. */
export const DEFAULT_HIGHLIGHT = '#c6efb5';
/** Dark enough that every dark-theme tradition colour keeps 3:1 on it (widget-css.test.ts). */
export const DARK_HIGHLIGHT = '#1f4424';

/**
 * Traditions share a colour with their neighbours: seven groups are as many as stay apart for readers with
 * colour-vision deficiencies (checked under Machado et al. 2009 simulations in widget-css.test.ts); the
 * legend and the list name each tradition in words, so colour is never the only cue.
 */
export const COLOUR_GROUPS = {
  christian: ['christianity', 'orthodox-christianity', 'oriental-orthodox'],
  jewish: ['judaism'],
  islamic: ['islam'],
  iranian: ['persian', 'zoroastrianism', 'bahai', 'alevism', 'yazidism'],
  indian: ['hinduism', 'sikhism', 'jainism', 'buddhism'],
  'east-asian': ['chinese', 'korean', 'vietnamese', 'japanese'],
  civic: ['seasonal', 'international'],
} as const satisfies Record<string, readonly TraditionId[]>;
export type ColourGroup = keyof typeof COLOUR_GROUPS;

export const colourGroup = (tradition: TraditionId): ColourGroup =>
  (Object.keys(COLOUR_GROUPS) as ColourGroup[]).find((group) =>
    (COLOUR_GROUPS[group] as readonly TraditionId[]).includes(tradition),
  )!;

/**
 * One palette, two shades per group. Light theme: dark shades (white bar labels ≥ 4.5:1, bars and dots
 * ≥ 3:1 on white and the light green). Dark theme: light shades (black bar labels, ≥ 3:1 on the dark
 * background and the dark highlight). Found by maximising the smallest CIEDE2000 difference under normal
 * vision and protan-, deutan- and tritanopia, within those contrast bounds.
 */
export const PALETTE: Record<'light' | 'dark', Record<ColourGroup, string>> = {
  light: {
    christian: '#7d4eed',
    jewish: '#082f9c',
    islamic: '#1b8658',
    iranian: '#6a5d6e',
    indian: '#5b0e03',
    'east-asian': '#dd0c00',
    civic: '#33222e',
  },
  dark: {
    christian: '#f2beff',
    jewish: '#6e8cfb',
    islamic: '#8df4b8',
    iranian: '#fffe63',
    indian: '#e1a60a',
    'east-asian': '#fd5d77',
    civic: '#b5adb2',
  },
};

/** A tradition's colour in the light theme (the site's pages use it too). */
export const TRADITION_COLOURS = Object.fromEntries(
  TRADITION_IDS.map((id) => [id, PALETTE.light[colourGroup(id)]]),
) as Record<TraditionId, string>;

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
const LINK = { light: '#0a5c8a', dark: '#8cc8ff' };

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

/**
 * The per-request part: custom properties from the theme, on `.ik` (the widget's <html>, or the box of the
 * site's month page). Values were validated, so they are inert here.
 */
export function themeCss(theme: WidgetTheme): string {
  const scheme = theme.scheme;
  const dark = scheme === 'dark';
  const paper = dark ? DARK_PAPER : PAPER;
  const highlight = theme.highlight ?? (dark ? DARK_HIGHLIGHT : DEFAULT_HIGHLIGHT);
  const accent = theme.accent ?? (dark ? '#8fd694' : '#0b5e3b');
  // A custom accent colours links only where it keeps text contrast (WCAG 1.4.3); rings and arrows need 3:1.
  const link = theme.accent && contrast(theme.accent, paper) >= 4.5 ? theme.accent : LINK[scheme];
  const ring = contrast(accent, paper) >= 3 ? accent : dark ? DARK_INK : INK;
  const groups = (Object.keys(PALETTE[scheme]) as ColourGroup[])
    .map((group) => `.g-${group}{--c:${PALETTE[scheme][group]}}`)
    .join('');
  return `.ik{--ik-hl:${highlight};--ik-hl-ink:${inkOn(highlight)};--ik-font:${fontStack(theme.font)};--ik-radius:${theme.radius ?? 6}px;--ik-bw:${theme.border ?? 0}px;--ik-ink:${dark ? DARK_INK : INK};--ik-bg:${paper};--ik-muted:${dark ? '#b9c2cc' : '#4a5560'};--ik-line:${dark ? '#3a424b' : '#c9d1d9'};--ik-link:${link};--ik-focus:${dark ? '#ffb366' : '#c05600'};--ik-accent:${ring};--ik-label:${dark ? '#000' : '#fff'}}${groups}`;
}

const laneHeights = Array.from(
  { length: 8 },
  (_, i) => `.ik .l${i + 1} .lanes{height:${((i + 1) * 1.125).toFixed(3)}rem}`,
).join('');
const labelWidths = Array.from(
  { length: 7 },
  (_, i) => `.ik .w${i + 1}{width:calc(${i + 1}00% - .5rem)}`,
).join('');

/** Short weekday names of up to this many characters fit a 280 px grid (German "Mo", Ukrainian "пн"). */
export const WEEKDAY_FITS = 3;
export const WEEKDAY_MAX = 12;
/**
 * Longer ones need about .62em a character at the header's .8rem (Persian "چهارشنبه": 61 px for 8 measured
 * in Chromium) and a little air: below seven such columns and the page's padding the grid shows the narrow names.
 */
const weekdaySwitches = Array.from({ length: WEEKDAY_MAX - WEEKDAY_FITS }, (_, i) => {
  const chars = WEEKDAY_FITS + 1 + i;
  const width = Math.ceil(7 * (chars * 0.62 * 12.8 + 6) + 16);
  return `@container ik (max-width:${width}px){.ik .wd${chars} .ws{display:none}.ik .wd${chars} .wn{display:inline}}`;
}).join('');

/** The fixed part of the widget's stylesheet, scoped to `.ik` so the site's month page can use it too. */
export const WIDGET_CSS = `.ik,.ik *{box-sizing:border-box}
.ik{container:ik/inline-size;background:var(--ik-bg);color:var(--ik-ink);font-family:var(--ik-font);font-size:16px;line-height:1.4}
html.ik body{margin:0;padding:.5rem;min-width:0}
.ik a{color:var(--ik-link)}
.ik .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.ik .cap{display:flex;align-items:center;justify-content:space-between;gap:.25rem;margin-bottom:.25rem}
.ik h1{font-size:1.1rem;margin:0;text-align:center;flex:1}
.ik .nav{display:inline-flex;align-items:center;justify-content:center;min-width:2.25rem;min-height:2.25rem;font-size:1.5rem;line-height:1;text-decoration:none;border-radius:var(--ik-radius);color:var(--ik-accent)}
.ik a.nav:hover{background:var(--ik-line)}
.ik table{width:100%;border-collapse:separate;border-spacing:0;table-layout:fixed;border:var(--ik-bw) solid var(--ik-line);border-radius:var(--ik-radius)}
.ik th{font-size:.8rem;font-weight:600;color:var(--ik-muted);padding:.25rem 0;text-align:center;overflow:hidden}
.ik th .wn{display:none}
.ik td{padding:0;text-align:center;vertical-align:top;box-shadow:inset 0 0 0 calc(var(--ik-bw)/2) var(--ik-line)}
.ik td.day{cursor:pointer;border:2px solid transparent}
.ik td.day:hover{border-color:var(--ik-line)}
.ik td.hl{background:var(--ik-hl);color:var(--ik-hl-ink)}
.ik td.b .n{font-weight:700}
.ik td[aria-selected=true]{border-color:var(--ik-accent)}
.ik td:focus{outline:3px solid var(--ik-focus);outline-offset:-3px}
.ik td:focus:not(:focus-visible){outline-width:2px}
.ik .n{display:block;height:1.5rem;line-height:1.5rem;margin:.15rem 10% .1rem;border-radius:999px;font-variant-numeric:tabular-nums}
.ik td.today .n{box-shadow:inset 0 0 0 2px var(--ik-accent)}
.ik .lanes{display:block}
.ik .bar{display:block;position:relative;height:1rem;margin:0 -2px .125rem}
.ik .bar[class*=g-]{background:var(--c)}
.ik .bar.s{border-inline-start:4px solid transparent;background-clip:padding-box;border-start-start-radius:.5rem;border-end-start-radius:.5rem}
.ik .bar.e{border-inline-end:4px solid transparent;background-clip:padding-box;border-start-end-radius:.5rem;border-end-end-radius:.5rem}
.ik .lbl{pointer-events:none;position:absolute;z-index:1;top:0;inset-inline-start:.2rem;height:1rem;font-size:.7rem;line-height:1rem;font-weight:600;font-style:normal;color:var(--ik-label);white-space:nowrap;overflow:hidden;text-overflow:ellipsis;text-align:start}
.ik .lbl::before,.ik .lbl>span::before{content:attr(data-name)}
.ik .dots{display:flex;justify-content:center;align-items:center;gap:3px;height:.5rem;margin:.1rem 0 .3rem;line-height:.5rem}
.ik .dot{width:.5rem;height:.5rem;border-radius:50%;background:var(--c)}
.ik .dots b{font-size:.7rem}
.ik .legend{list-style:none;margin:.4rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.15rem .9rem;font-size:.8rem;color:var(--ik-muted)}
.ik .legend li{display:flex;align-items:center;gap:.3rem}
.ik .sw{flex:none;display:inline-block;width:.75rem;height:.75rem;border-radius:2px;background:var(--c)}
.ik #details{margin-top:.5rem;border-top:1px solid var(--ik-line)}
.ik h2{font-size:.95rem;margin:.5rem 0 .25rem}
.ik .days,.ik .days ul{list-style:none;margin:0;padding:0}
.ik .dg{padding:.2rem 0}
.ik .date{display:block;font-size:.85rem;font-weight:600}
.ik .line{display:flex;gap:.4rem;align-items:baseline;padding:.05rem 0 .05rem .2rem}
.ik .line .sw{width:.65rem;height:.65rem}
.ik .when,.ik .fn,.ik .hint{font-size:.85rem;color:var(--ik-muted)}
.ik .when{display:block}
.ik .fn,.ik .hint{margin:.4rem 0 0}
.ik.compact{font-size:14px}
html.ik.compact body{padding:.25rem}
.ik [hidden]{display:none!important}
@media (max-width:320px){html.ik body{padding:.25rem}.ik th{font-size:.7rem}.ik .lbl{font-size:.6rem}}
@media print{.ik{background:#fff;color:#000}.ik .nav,.ik .hint{visibility:hidden}.ik td.hl,.ik .bar,.ik .dot,.ik .sw{print-color-adjust:exact;-webkit-print-color-adjust:exact}.ik #details [hidden]{display:block!important}.ik td:focus{outline:0}}
${laneHeights}${labelWidths}${weekdaySwitches}`;

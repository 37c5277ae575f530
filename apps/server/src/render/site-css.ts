/** The pages' only stylesheet, served from /assets/site.css (no inline styles: CSP stays strict). */
export const SITE_CSS = `
:root { --ink: #1b1f24; --muted: #4a5560; --accent: #0b6e4f; --accent-ink: #fff; --line: #c9d1d9; --bg: #fff;
  --soft: #eef7f1; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5; }
a { color: #0a5c8a; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible {
  outline: 3px solid #c05600; outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; }
.skip:focus { inset-inline-start: 0; }
header, main, footer { max-width: 56rem; margin: 0 auto; padding: 1rem; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; border-bottom: 1px solid var(--line); }
header .brand { font-weight: 700; color: var(--ink); text-decoration: none; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .75rem; margin: 0; padding: 0; }
nav li { white-space: nowrap; }
main a { overflow-wrap: anywhere; }
nav.site { flex-basis: 100%; }
nav.site a { display: inline-block; padding: .2rem 0; overflow-wrap: anywhere; }
nav a[aria-current] { font-weight: 700; color: var(--ink); }
.past { color: var(--muted); }
fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 0 0 1rem; padding: .75rem 1rem; }
legend { font-weight: 600; padding: 0 .25rem; }
.choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .25rem 1rem; }
label { display: inline-flex; gap: .4rem; align-items: baseline; margin-inline-end: 1rem; }
button { background: var(--accent); color: var(--accent-ink); border: 0; border-radius: .4rem; padding: .6rem 1.1rem; font: inherit; cursor: pointer; }
.feed { background: var(--soft); border-radius: .5rem; padding: 1rem; margin-top: 1.5rem; }
.feed h3 { margin-bottom: .25rem; }
.feed input { width: 100%; font: inherit; padding: .4rem; border: 1px solid var(--muted); border-radius: .3rem; }
.qr svg { width: 12rem; height: 12rem; background: #fff; }
dl.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: .25rem 1rem; }
dl.facts dd { margin: 0; }
@media (max-width: 36rem) { dl.facts { grid-template-columns: minmax(0, 1fr); } dl.facts dd { margin-bottom: .5rem; } }
main a, main dd, main li { overflow-wrap: anywhere; }
h1, h2 { overflow-wrap: anywhere; hyphens: auto; }
dl.facts dt { font-weight: 600; }
.note { color: var(--muted); }
footer { color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
@media print { header nav, .skip, form { display: none; } }
`;

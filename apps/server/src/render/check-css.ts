/** The check page's table and form; the site stylesheet knows nothing of them. */
export const CHECK_CSS = `
main#main { max-width: 90rem; }
.check-form textarea { width: 100%; min-height: 6rem; font: inherit; padding: .4rem; }
.check-form select, .check-form input[type=file] { font: inherit; max-width: 100%; }
.check-form .row { display: flex; flex-wrap: wrap; gap: 1rem; margin: .6rem 0; }
.check-form .row label { display: flex; flex-direction: column; gap: .2rem; }
.check-form .hint { color: #4a5560; font-size: .9rem; margin: .2rem 0 .6rem; }
.check-form .hint bdi { white-space: nowrap; }
.check-form fieldset { min-inline-size: 0; }
.results { overflow-x: auto; }
.results table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.results td:last-child { min-width: 16rem; }
.results caption { text-align: start; font-weight: 600; padding: .4rem 0; }
.results th, .results td { border: 1px solid #c9d1d9; padding: .35rem .5rem; text-align: start; vertical-align: top; }
.results thead th { background: #eef7f1; }
.results tbody th { font-weight: 600; white-space: nowrap; }
.impact-high { background: #fde2e1; font-weight: 600; }
.impact-medium { background: #fff4d6; }
.impact-low { background: #f4f6f8; }
.results .none { color: #4a5560; }
.results bdi { white-space: nowrap; }
.results .small { font-size: .85rem; color: #4a5560; }
.cut-off { border-inline-start: 4px solid #c05600; background: #fff4e5; padding: .4rem 1rem; margin: 1rem 0; }
.cut-off h2 { font-size: 1.05rem; margin: .3rem 0; }
/* Below the width the nine columns need, each result row is a card: its cells stacked, each led by its
   column's name (data-label). The role attributes in the markup keep it a table for screen readers. */
@media (max-width: 48rem) {
  .results table, .results caption, .results tbody, .results tr, .results th, .results td { display: block; }
  .results thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
    clip-path: inset(50%); white-space: nowrap; }
  .results tbody tr { border: 1px solid #c9d1d9; border-radius: .4rem; margin-block-end: .8rem; overflow: hidden; }
  .results th, .results td { border: 0; }
  .results td { border-block-start: 1px solid #e3e8ed; overflow-wrap: anywhere; }
  .results td:last-child { min-width: 0; }
  .results td:empty { display: none; }
  .results tbody th { white-space: normal; background: #eef7f1; font-size: 1rem; }
  .results td.holiday { font-size: 1.05rem; font-weight: 600; overflow-wrap: normal; }
  .results td.holiday .small { font-weight: normal; }
  .results td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  /* The reader already hears the column header: the label is for the eye only. */
  .results td[data-label]::before { content: attr(data-label) ": " / ""; }
  .results td.holiday::before { display: block; font-size: .85rem; color: #4a5560; }
}
`;

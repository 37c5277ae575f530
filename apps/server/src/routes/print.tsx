import {
  IMPORTANCES,
  type Importance,
  type Locale,
  MAX_YEAR,
  MIN_YEAR,
  type MonthView,
  type Occurrence,
  TRADITION_IDS,
} from '@interkal/core';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { direction, isLocale, planningText, UI } from '../i18n/ui.js';
import { getHolidays, getMonth, listTraditions } from '../library.js';
import { inEnglishIf } from '../render/english.js';
import { chosenTraditions } from '../render/form-parts.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods, serveStylesheet } from './get-only.js';

const PAGE_MAX_AGE = 3600;

/** One colour per tradition, distinct on paper; the legend names them and the list page has every name. */
const COLOURS: Record<(typeof TRADITION_IDS)[number], string> = {
  christianity: '#1f5fbf',
  'orthodox-christianity': '#7a3fb0',
  'oriental-orthodox': '#b03f8c',
  judaism: '#0f8a8a',
  islam: '#138a36',
  alevism: '#6b8e23',
  yazidism: '#c9a000',
  hinduism: '#e06000',
  sikhism: '#d48a00',
  jainism: '#a0522d',
  buddhism: '#c0392b',
  bahai: '#2e86c1',
  zoroastrianism: '#8e6c00',
  persian: '#16a085',
  chinese: '#d4145a',
  korean: '#3d5a98',
  vietnamese: '#9b1b30',
  japanese: '#e74c3c',
  seasonal: '#5d6d7e',
  international: '#34495e',
};

/**
 * Print only: an A3 landscape sheet of twelve months in two rows of six (on A4 landscape each half year
 * gets its own page: a half year is never split), then the list of holidays. Colours are kept when printing (print-color-adjust).
 */
export const PRINT_CSS = `
@page { size: A3 landscape; margin: 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10pt/1.3 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; color: #111; }
h1 { font-size: 20pt; margin: 0 0 3mm; }
h2 { font-size: 14pt; margin: 0 0 2mm; }
.sheet + .sheet { break-before: page; }
@media screen { body { margin: 16px; } }
.half { display: grid; grid-template-columns: repeat(6, 1fr); gap: 5mm 5mm; margin-bottom: 5mm; }
.month h2 { font-size: 12pt; margin: 0 0 1mm; }
.month table { border-collapse: collapse; width: 100%; table-layout: fixed; }
.month th { font-size: 7.5pt; font-weight: 600; color: #444; padding: .5mm 0; }
.month td { height: 13.5mm; border: .2mm solid #bbb; vertical-align: top; padding: .4mm .6mm; font-size: 8.5pt; }
.month td.pad { border: none; }
.month td.hit { background: #fff7d6; font-weight: 700; }
.month td.span { background: #f1f4f6; }
.dots { display: block; line-height: 0; margin-top: .6mm; }
.dot { display: inline-block; width: 2.2mm; height: 2.2mm; border-radius: 50%; margin: 0 .3mm .3mm 0; }
.legend { margin-top: 4mm; display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 9pt; }
.legend h2 { font-size: 10pt; margin: 0 2mm 0 0; width: 100%; }
.legend .dot { vertical-align: middle; width: 3mm; height: 3mm; }
.legend .key { display: inline-block; width: 5mm; height: 3mm; vertical-align: middle; border: .2mm solid #bbb; }
.legend .key.hit { background: #fff7d6; }
.legend .key.span { background: #f1f4f6; }
.hint { font-size: 8pt; color: #555; margin: 2mm 0 0; }
.list { columns: 3; column-gap: 8mm; font-size: 9pt; }
.list section { break-inside: avoid; margin-bottom: 3mm; }
.list h3 { font-size: 10.5pt; margin: 0 0 1mm; }
.list ul { margin: 0; padding-inline-start: 4mm; }
.list li { break-inside: avoid; }
/* Each half year stays whole: on A3 both fit one sheet, on A4 landscape the second moves to the next page. */
.half { break-inside: avoid; }

${TRADITION_IDS.map((id) => `.c-${id}{background:${COLOURS[id]}}`).join('\n')}
`;

const covers = (o: Occurrence, date: string) => o.date <= date && date <= o.endDate;

function MonthTable({ view, weekdays }: { view: MonthView; weekdays: string[] }) {
  const title = new Intl.DateTimeFormat(view.locale.tag, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(view.year, view.month - 1, 1)),
  );
  return (
    <section class="month">
      <h2>{title}</h2>
      <table>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th scope="col">{day}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.weeks.map((week) => (
            <tr>
              {week.map((date) => {
                if (date === null) return <td class="pad" />;
                const here = view.occurrences.filter((o) => covers(o, date));
                // A day is marked where something begins (or a one-day holiday); the rest of a long span is shaded.
                const begins = here.filter((o) => o.date === date);
                const traditions = [...new Set(begins.map((o) => o.tradition))];
                const cls = begins.length > 0 ? 'hit' : here.length > 0 ? 'span' : undefined;
                return (
                  <td class={cls} title={here.map((o) => o.name).join(', ') || undefined}>
                    {Number(date.slice(8))}
                    {traditions.length > 0 && (
                      <span class="dots">
                        {traditions.map((t) => (
                          <i class={`dot c-${t}`} />
                        ))}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Weekday names in the month's column order, from the first week's dates (every column of week 2 is a day). */
function weekdayNames(view: MonthView): string[] {
  const format = new Intl.DateTimeFormat(view.locale.tag, { weekday: 'short', timeZone: 'UTC' });
  const full = view.weeks.find((week) => week.every((day) => day !== null))!;
  return full.map((date) => format.format(new Date(`${date}T00:00:00Z`)));
}

function readImportance(c: Context, traditions: string[]): Importance[] {
  const asked = (c.req.query('importance') ?? '').split(',').map((v) => v.trim().toLowerCase());
  const chosen = IMPORTANCES.filter((value) => asked.includes(value));
  if (chosen.length > 0) return chosen;
  // As the feeds: everything major, and minor too when the reader picked traditions.
  return traditions.length > 0 ? ['major', 'minor'] : ['major'];
}

async function printPage(locale: Locale, year: number, traditions: string[], importance: Importance[]) {
  const text = planningText(locale);
  const ui = UI[locale];
  const filter = { locale, importance, ...(traditions.length > 0 ? { traditions } : {}) };
  const months = Array.from({ length: 12 }, (_, i) => getMonth({ ...filter, year, month: i + 1 }));
  const holidays = getHolidays({ ...filter, year });
  const shown = new Set(holidays.map((o) => o.tradition));
  const legend = listTraditions(locale).filter((t) => shown.has(t.id));
  const weekdays = weekdayNames(months[0]!);
  const dates = new Intl.DateTimeFormat(months[0]!.locale.tag, {
    day: 'numeric',
    month: 'short',
    weekday: 'short',
    timeZone: 'UTC',
  });
  const day = (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`));
  const byTradition = legend.map((t) => ({
    ...t,
    occurrences: holidays.filter((o) => o.tradition === t.id),
  }));
  const html = (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${text.printTitle(year)} · interkal`}</title>
        <link rel="stylesheet" href="/assets/print.css" />
      </head>
      <body>
        <main>
          <div class="sheet">
            <h1>{text.printTitle(year)}</h1>
            {[months.slice(0, 6), months.slice(6)].map((half) => (
              <div class="half">
                {half.map((view) => (
                  <MonthTable view={view} weekdays={weekdays} />
                ))}
              </div>
            ))}
            <div class="legend">
              <h2>{text.printLegend}</h2>
              {legend.map((t) => (
                <span>
                  <i class={`dot c-${t.id}`} /> {inEnglishIf(t.nameLocale === 'en', t.name)}
                </span>
              ))}
              <span>
                <i class="key hit" /> {text.printBegins}
              </span>
              <span>
                <i class="key span" /> {text.printSpan}
              </span>
            </div>
            <p class="hint">{`interkal · ${text.printHint}`}</p>
          </div>
          <div class="sheet">
            <h1>{text.printListTitle(year)}</h1>
            <div class="list">
              {byTradition.map((t) => (
                <section>
                  <h3>
                    <i class={`dot c-${t.id}`} /> {inEnglishIf(t.nameLocale === 'en', t.name)}
                  </h3>
                  <ul>
                    {t.occurrences.map((o) => (
                      <li>
                        <time datetime={o.date}>{day(o.date)}</time>
                        {o.endDate !== o.date && (
                          <>
                            {' – '}
                            <time datetime={o.endDate}>{day(o.endDate)}</time>
                          </>
                        )}
                        {': '}
                        {inEnglishIf(o.nameLocale === 'en', o.name)}
                        {o.startsEvening ? ' *' : ''}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
            <p class="hint">{`* ${ui.beginsEveningBefore}`}</p>
          </div>
        </main>
      </body>
    </html>
  );
  return `<!doctype html>${await html}`;
}

/** /{lang}/print/{year}: the year to print and hang, one library call per month and one for the list. */
export function printRoutes(cache: ResponseCache): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  serveStylesheet(routes, '/assets/print.css', PRINT_CSS);

  routes.get('/:lang{[a-z]{2}}/print/:year{[0-9]{4}}', (c) => {
    const locale = c.req.param('lang');
    const year = Number(c.req.param('year'));
    if (!isLocale(locale) || year < MIN_YEAR || year > MAX_YEAR) return c.notFound();
    const traditions = chosenTraditions(c);
    const importance = readImportance(c, traditions);
    const key = ['print', locale, year, traditions.join(','), importance.join(',')].join('\n');
    return cache.respond(key, async () =>
      c.html(await printPage(locale, year, traditions, importance), 200, {
        'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
        'Content-Language': locale,
      }),
    );
  });
  refuseOtherMethods(routes, '/:lang{[a-z]{2}}/print/:year{[0-9]{4}}');
  return routes;
}

import { type Locale, listTraditions } from '@interkal/core';
import type { Context } from 'hono';

/** The traditions a form submitted (repeated or comma-separated `traditions`), unknown ids dropped. */
export function chosenTraditions(c: Context): string[] {
  const known = new Set<string>(listTraditions('en').map((t) => t.id));
  return (c.req.queries('traditions') ?? []).flatMap((v) => v.split(',')).filter((t) => known.has(t));
}

/** One checkbox per tradition, named in the page's language: the subscribe and embed forms share it. */
export function TraditionChoices({
  locale,
  legend,
  chosen,
}: {
  locale: Locale;
  legend: string;
  chosen: string[];
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="choices">
        {listTraditions(locale).map((t) => (
          <label>
            <input type="checkbox" name="traditions" value={t.id} checked={chosen.includes(t.id)} />
            {t.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { type Locale, TRADITION_IDS } from '@interkal/core';
import type { Context } from 'hono';
import { listTraditions } from '../library.js';
import { inEnglishIf } from './english.js';

/**
 * The traditions a form submitted (repeated or comma-separated `traditions`): unknown ids dropped, each once, in
 * the catalogue's order. So the feed URL and its QR code stay short whatever the query repeats.
 */
export function chosenTraditions(c: Context): string[] {
  const submitted = new Set(
    (c.req.queries('traditions') ?? []).flatMap((v) => v.split(',')).map((t) => t.trim().toLowerCase()),
  );
  return TRADITION_IDS.filter((id) => submitted.has(id));
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
            {inEnglishIf(t.nameLocale === 'en', t.name)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

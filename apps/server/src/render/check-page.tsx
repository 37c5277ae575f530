import { CITIES, type Locale, MAX_YEAR, STATE_CODES } from '@interkal/core';
import type { Child } from 'hono/jsx';
import { planningText, UI } from '../i18n/ui.js';
import { MAX_ICS_BYTES, MAX_ICS_OCCURRENCES, MAX_OCCURRENCES_PER_EVENT } from '../read-ics.js';
import { TraditionChoices } from './form-parts.js';
import { Layout } from './layout.js';

const ISO_EXAMPLE = /(\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?)/;

/** The hint's example dates kept whole and left to right, also inside a right-to-left sentence. */
const withDateExamples = (hint: string) =>
  hint.split(ISO_EXAMPLE).map((part, i) => (i % 2 === 1 ? <bdi dir="ltr">{part}</bdi> : part));

/** What the forms show again after a check: the reader's dates and choices. */
export interface FormValues {
  dates: string;
  state: string | undefined;
  city: string | undefined;
  traditions: string[];
}

/** Two forms without script: typed dates by GET, an uploaded .ics by POST, each with state and city. */
function CheckForms({ locale, values }: { locale: Locale; values: FormValues }) {
  const text = planningText(locale);
  const ui = UI[locale];
  const options = (prefix: string) => (
    <div class="row">
      <label for={`${prefix}-state`}>
        {text.stateLabel}
        <select id={`${prefix}-state`} name="state">
          <option value="">{text.none}</option>
          {STATE_CODES.map((code) => (
            <option value={code} selected={values.state === code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <label for={`${prefix}-city`}>
        {text.cityLabel}
        <select id={`${prefix}-city`} name="city">
          <option value="">{text.none}</option>
          {[...CITIES]
            .sort((a, b) => a.name.localeCompare(b.name, 'de'))
            .map((city) => (
              <option value={city.slug} selected={values.city === city.slug}>
                {city.name}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
  return (
    <>
      <form class="check-form" method="get" action={`/${locale}/check`}>
        <label for="dates">{text.datesLabel}</label>
        <p class="hint" id="dates-hint">
          {withDateExamples(text.datesHint)}
        </p>
        <textarea id="dates" name="dates" dir="ltr" aria-describedby="dates-hint" required>
          {values.dates}
        </textarea>
        {options('get')}
        <TraditionChoices locale={locale} legend={ui.traditionsLegend} chosen={values.traditions} />
        <button type="submit">{text.checkButton}</button>
      </form>
      <form class="check-form" method="post" action={`/${locale}/check`} enctype="multipart/form-data">
        <fieldset>
          <legend>{text.uploadLegend}</legend>
          <label for="file">{text.fileLabel(MAX_ICS_BYTES / 1024)}</label>
          <br />
          <input
            id="file"
            type="file"
            name="file"
            accept=".ics,text/calendar"
            aria-describedby="file-hint"
            required
          />
          <p class="hint" id="file-hint">
            {text.recurrenceHint(MAX_OCCURRENCES_PER_EVENT, MAX_ICS_OCCURRENCES, MAX_YEAR)}
          </p>
          {options('post')}
          <button type="submit">{text.uploadButton}</button>
        </fieldset>
      </form>
    </>
  );
}

/** The whole check page: its forms and, once something was checked, the results under them. */
export async function checkPage(locale: Locale, values: FormValues, results: Child) {
  const text = planningText(locale);
  const html = (
    <Layout locale={locale} title={text.checkTitle} pathFor={(l) => `/${l}/check`}>
      <link rel="stylesheet" href="/assets/check.css" />
      <h1>{text.checkTitle}</h1>
      <p>{text.checkIntro}</p>
      <CheckForms locale={locale} values={values} />
      {results}
    </Layout>
  );
  return `<!doctype html>${await html}`;
}

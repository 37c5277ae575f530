import { LOCALES, type Locale } from '@interkal/core';
import { type Context, Hono } from 'hono';
import { etag } from 'hono/etag';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env.js';
import { isLocale, LANGUAGE_NAMES, negotiateLocale, UI, type UiText, widgetText } from '../i18n/ui.js';
import { chosenTraditions, TraditionChoices } from '../render/form-parts.js';
import { Layout } from '../render/layout.js';
import { EMBED_FIELDS, embedSnippets, WIDGET_DEFAULTS } from '../render/widget-embed-page.js';
import type { ResponseCache } from '../response-cache.js';
import { refuseOtherMethods } from './get-only.js';

const PAGE_MAX_AGE = 3600;
// Its stylesheet and script are served by widgetRoutes under /widget/ (render/widget-embed-page.ts).
const SCOPES = ['major', 'major,minor', 'major,minor,observance'] as const;
const FONTS = ['system', 'sans-serif', 'serif', 'monospace'] as const;
// ISO weekdays a week commonly starts on: Monday, Saturday, Sunday ('' = the language's custom, from CLDR).
const WEEK_STARTS = ['', '1', '6', '7'] as const;

/** The form's state: unknown or malformed values fall back to the widget's defaults. */
interface EmbedChoice {
  lang: Locale;
  traditions: string[];
  importance: string;
  size: string;
  theme: string;
  highlight: string;
  radius: string;
  font: string;
  accent: string;
  border: string;
  weekstart: string;
  /** The month the preview shows (not part of the snippets: an embedded widget shows the current month). */
  preview: [string, string][];
}

function readChoice(c: Context<AppEnv>, locale: Locale): EmbedChoice {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: string) => {
    const value = c.req.query(name);
    return value !== undefined && (allowed as readonly string[]).includes(value) ? value : fallback;
  };
  const highlight = c.req.query('highlight') ?? '';
  const accent = c.req.query('accent') ?? '';
  const radius = Number(c.req.query('radius'));
  const year = c.req.query('year') ?? '';
  const month = c.req.query('month') ?? '';
  const preview: [string, string][] =
    /^(19\d\d|20\d\d|2100)$/.test(year) && /^([1-9]|1[0-2])$/.test(month)
      ? [
          ['year', year],
          ['month', month],
        ]
      : [];
  return {
    lang: pick('lang', LOCALES, locale) as Locale,
    traditions: chosenTraditions(c),
    importance: pick('importance', SCOPES, WIDGET_DEFAULTS.importance!),
    size: pick('size', ['compact', 'full'], WIDGET_DEFAULTS.size!),
    theme: pick('theme', ['light', 'dark'], WIDGET_DEFAULTS.theme!),
    highlight: /^#[0-9a-f]{6}$/i.test(highlight) ? highlight.toLowerCase() : WIDGET_DEFAULTS.highlight!,
    radius:
      Number.isInteger(radius) && radius >= 0 && radius <= 24 ? String(radius) : WIDGET_DEFAULTS.radius!,
    font: pick('font', FONTS, WIDGET_DEFAULTS.font!),
    accent: /^#[0-9a-f]{6}$/i.test(accent) ? accent.toLowerCase() : WIDGET_DEFAULTS.accent!,
    border: pick('border', ['0', '1', '2', '3', '4'], WIDGET_DEFAULTS.border!),
    weekstart: pick('weekstart', WEEK_STARTS, WIDGET_DEFAULTS.weekstart!),
    preview,
  };
}

/** The choices that differ from the widget's defaults, in the order the snippets list them. */
export function snippetChoices(choice: EmbedChoice): [string, string][] {
  const { preview: _, ...rest } = choice;
  const values: Record<string, string> = { ...rest, traditions: choice.traditions.join(',') };
  return EMBED_FIELDS.flatMap((key): [string, string][] => {
    const value = values[key] ?? '';
    return value !== '' && value !== WIDGET_DEFAULTS[key] ? [[key, value]] : [];
  });
}

function Radios({ name, options, checked }: { name: string; options: [string, string][]; checked: string }) {
  return (
    <>
      {options.map(([value, label]) => (
        <label>
          <input type="radio" name={name} value={value} checked={value === checked} />
          {label}
        </label>
      ))}
    </>
  );
}

function EmbedForm({ locale, ui, choice }: { locale: Locale; ui: UiText; choice: EmbedChoice }) {
  const titles = Object.fromEntries(LOCALES.map((l) => [l, UI[l].widgetTitle]));
  const text = widgetText(locale);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2018-01-01 was a Monday: ISO weekday n is 2018-01-0n.
  const weekdayName = (iso: string) => weekday.format(new Date(`2018-01-0${iso}T00:00:00Z`));
  return (
    <form
      id="embed-form"
      class="embed-form"
      method="get"
      action={`/${locale}/embed`}
      data-titles={JSON.stringify(titles)}
      data-preview={JSON.stringify(choice.preview)}
    >
      {choice.preview.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend>{ui.widgetLanguage}</legend>
        <Radios name="lang" options={LOCALES.map((l) => [l, LANGUAGE_NAMES[l]])} checked={choice.lang} />
      </fieldset>
      <TraditionChoices locale={locale} legend={ui.traditionsLegend} chosen={choice.traditions} />
      <fieldset>
        <legend>{ui.scopeLegend}</legend>
        <Radios
          name="importance"
          options={[
            ['major', ui.scopeMajor],
            ['major,minor', ui.scopeMajorMinor],
            ['major,minor,observance', ui.scopeAll],
          ]}
          checked={choice.importance}
        />
      </fieldset>
      <fieldset>
        <legend>{ui.sizeLegend}</legend>
        <Radios
          name="size"
          options={[
            ['full', ui.sizeFull],
            ['compact', ui.sizeCompact],
          ]}
          checked={choice.size}
        />
      </fieldset>
      <fieldset>
        <legend>{ui.themeLegend}</legend>
        <Radios
          name="theme"
          options={[
            ['light', ui.themeLight],
            ['dark', ui.themeDark],
          ]}
          checked={choice.theme}
        />
        <label>
          {ui.highlightLabel}
          <input type="color" name="highlight" value={choice.highlight} />
        </label>
        <label>
          {ui.radiusLabel}
          <input type="number" name="radius" min="0" max="24" value={choice.radius} />
        </label>
        <label>
          {text.accentLabel}
          <input type="color" name="accent" value={choice.accent} />
        </label>
        <label>
          {text.borderLabel}
          <input type="number" name="border" min="0" max="4" value={choice.border} />
        </label>
        <label>
          {text.weekStartLabel}
          <select name="weekstart">
            {WEEK_STARTS.map((day) => (
              <option value={day} selected={day === choice.weekstart}>
                {day === '' ? text.weekStartLocale : weekdayName(day)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ui.fontLabel}
          <select name="font">
            {FONTS.map((font) => (
              <option value={font} selected={font === choice.font}>
                {font}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <button type="submit">{ui.updatePreview}</button>
    </form>
  );
}

function embedPage(c: Context<AppEnv>, cache: ResponseCache, locale: Locale): Promise<Response> {
  const choice = readChoice(c, locale);
  const origin = c.get('origin');
  const key = ['embed', origin, locale, JSON.stringify(choice)].join('\n');
  return cache.respond(key, () => renderEmbedPage(c, locale, choice, origin));
}

async function renderEmbedPage(
  c: Context<AppEnv>,
  locale: Locale,
  choice: EmbedChoice,
  origin: string,
): Promise<Response> {
  const ui = UI[locale];
  const choices = snippetChoices(choice);
  const snippets = embedSnippets(origin, choices, UI[choice.lang].widgetTitle);
  const html = (
    <Layout locale={locale} title={ui.embedTitle} pathFor={(l) => `/${l}/embed`}>
      <link rel="stylesheet" href="/widget/embed-page.css" />
      <h1>{ui.embedTitle}</h1>
      <p>{ui.embedIntro}</p>
      <div class="embed-grid">
        <EmbedForm locale={locale} ui={ui} choice={choice} />
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{ui.preview}</h2>
          <iframe
            id="preview"
            class={choice.size === 'compact' ? 'compact' : undefined}
            src={`/widget/month?${new URLSearchParams([...choices, ...choice.preview])}`}
            title={`${ui.preview}: ${UI[choice.lang].widgetTitle}`}
          />
        </section>
      </div>
      <section class="snippet">
        <p class="height-note">{widgetText(locale).heightNote}</p>
        {(
          [
            ['snippet-iframe', ui.snippetIframe, snippets.iframe],
            ['snippet-script', ui.snippetScript, snippets.script],
            ['snippet-element', ui.snippetElement, snippets.element],
          ] as const
        ).map(([id, label, text]) => (
          <>
            <label for={id}>{label}</label>
            <textarea id={id} readonly dir="ltr" spellcheck={false}>
              {text}
            </textarea>
          </>
        ))}
      </section>
      <script src="/widget/embed-page.js" defer />
    </Layout>
  );
  return c.html(`<!doctype html>${await html}`, 200, {
    'Cache-Control': `public, max-age=${PAGE_MAX_AGE}`,
    'Content-Language': locale,
  });
}

/** /embed and /{lang}/embed: choose, preview and copy the widget snippet. Mounted with the widget (app.ts). */
export function embedRoutes(cache: ResponseCache): Hono<AppEnv> {
  const embed = new Hono<AppEnv>();
  // The page keeps secureHeaders' defaults (not framable elsewhere); its assets under /widget/ get the
  // widget routes' headers and ETag.
  for (const path of ['/embed', '/:lang{[a-z]{2}}/embed']) embed.use(path, secureHeaders(), etag());
  embed.get('/embed', async (c) => {
    const response = await embedPage(c, cache, negotiateLocale(c.req.header('Accept-Language')));
    response.headers.set('Vary', 'Accept-Language');
    return response;
  });
  refuseOtherMethods(embed, '/embed');
  embed.get('/:lang{[a-z]{2}}/embed', (c) => {
    const lang = c.req.param('lang');
    return isLocale(lang) ? embedPage(c, cache, lang) : c.notFound();
  });
  refuseOtherMethods(embed, '/:lang{[a-z]{2}}/embed');
  return embed;
}

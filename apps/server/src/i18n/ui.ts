import { LOCALES, type Locale, localeInfo, negotiateLocale as negotiateAcceptLanguage } from '@interkal/core';
import { ar, arPlanning, arWidget } from './ui-ar.js';
import { de, dePlanning, deWidget } from './ui-de.js';
import { en, enPlanning, enWidget } from './ui-en.js';
import { fa, faPlanning, faWidget } from './ui-fa.js';
import { ku, kuPlanning, kuWidget } from './ui-ku.js';
import { pl, plPlanning, plWidget } from './ui-pl.js';
import { ro, roPlanning, roWidget } from './ui-ro.js';
import { ru, ruPlanning, ruWidget } from './ui-ru.js';
import { tr, trPlanning, trWidget } from './ui-tr.js';
import { uk, ukPlanning, ukWidget } from './ui-uk.js';

// The texts of each locale are in its own file, ui-<lang>.ts: one file per translator. The three interfaces below are
// the key set; the Record<Locale, …> tables make the compiler ask every locale for every key.

/** Fixed texts of the service's pages; holiday names and descriptions come from @interkal/core. */
export interface UiText {
  siteName: string;
  skipToContent: string;
  languageLabel: string;
  subscribeTitle: string;
  subscribeIntro: string;
  feedDescription: string;
  traditionsLegend: string;
  allTraditions: string;
  scopeLegend: string;
  scopeMajor: string;
  scopeMajorMinor: string;
  scopeAll: string;
  makeLinks: string;
  yourFeed: string;
  appleOutlookThunderbird: string;
  subscribeWebcal: string;
  outlookCom: string;
  subscribeOutlookCom: string;
  google: string;
  googleSteps: string;
  openGoogle: string;
  copyUrl: string;
  feedUrlLabel: string;
  qrTitle: string;
  qrAlt: string;
  allHolidays: string;
  holidaysTitle: string;
  namesTitle: string;
  howComputed: string;
  nextDates: string;
  sources: string;
  beginsEvening: (date: string) => string;
  days: (n: number) => string;
  tradition: string;
  englishFallback: string;
  /** Under a holiday's name that has no documented form in the page's language yet and is shown in English. */
  englishNameFallback: string;
  noMoreDates: string;
  backToSubscribe: string;
  notFound: string;
  // Error pages: what a person sees instead of a problem document.
  notFoundDetail: string;
  holidayNotFound: (id: string) => string;
  badRequest: string;
  invalidParameter: (parameter: string) => string;
  allowedValues: (allowed: string) => string;
  methodNotAllowed: string;
  serverError: string;
  serverErrorDetail: string;
  widgetMisconfigured: string;
  // The embeddable month widget and its embed page.
  widgetTitle: string;
  previousMonth: (month: string) => string;
  nextMonth: (month: string) => string;
  /** The seed's line under the calendar; `green` when the highlight is the default light green. */
  widgetHint: (green: boolean) => string;
  holidaysIn: (month: string) => string;
  noHolidaysDay: string;
  noHolidaysMonth: string;
  beginsEveningBefore: string;
  moonSighting: string;
  newTab: string;
  dayOfSpan: (day: number, days: number) => string;
  embedTitle: string;
  embedIntro: string;
  sizeLegend: string;
  sizeCompact: string;
  sizeFull: string;
  themeLegend: string;
  themeLight: string;
  themeDark: string;
  highlightLabel: string;
  radiusLabel: string;
  fontLabel: string;
  widgetLanguage: string;
  preview: string;
  snippetIframe: string;
  snippetScript: string;
  snippetElement: string;
  updatePreview: string;
  // Site navigation and holiday pages in the reader's language (issue 13).
  siteNavLabel: string;
  navSubscribe: string;
  navMonth: string;
  navYear: string;
  navEmbed: string;
  navCheck: string;
  navPrint: string;
  datesTitle: string;
  /** After a date of this year that has passed / that is still running. */
  past: string;
  ongoing: string;
  /** Shown when the rule summary has no translation into the page's language. */
  ruleFallback: string;
  duration: string;
}

// ---- Month widget, month and year pages, widget builder (issue 13). ----

/** Texts of the widget's legend and list, the site's month and year pages and the widget builder. */
export interface WidgetText {
  legend: string;
  /** Links a line to a footnote that is not about moon sighting. */
  note: string;
  /** Names in the list that begin at sunset the evening before, when not all of a line's do. */
  eveningOf: (names: string) => string;
  /** The month page's <title> and the year page's heading. */
  monthPageTitle: (month: string) => string;
  yearPageTitle: (year: string) => string;
  monthView: string;
  yearView: string;
  previousYear: (year: string) => string;
  nextYear: (year: string) => string;
  accentLabel: string;
  weekStartLabel: string;
  weekStartLocale: string;
  borderLabel: string;
  heightNote: string;
}

// ---- Issue 11: the date check (/{lang}/check) and the printed year (/{lang}/print/{year}). ----

/** Texts of the date check and the printed year. */
export interface PlanningText {
  checkTitle: string;
  checkIntro: string;
  datesLabel: string;
  datesHint: string;
  stateLabel: string;
  cityLabel: string;
  none: string;
  checkButton: string;
  uploadLegend: string;
  fileLabel: (kib: number) => string;
  uploadButton: string;
  optionsLegend: string;
  resultsTitle: string;
  colDate: string;
  colEvent: string;
  colHoliday: string;
  colImpact: string;
  colWork: string;
  colFasting: string;
  colBegins: string;
  colSchool: (state: string) => string;
  colNote: string;
  noConflicts: string;
  conflictsFound: (n: number) => string;
  impact: Record<'high' | 'medium' | 'low', string>;
  yes: string;
  no: string;
  fasting: Record<'none' | 'partial' | 'dawn-to-dusk' | 'full-day', string>;
  eveningOnly: string;
  beginsAt: (date: string, time: string, place: string | undefined) => string;
  beginsEveningBefore: (date: string) => string;
  exemption: Record<'free' | 'on-application' | 'service', string>;
  exemptionGeneral: string;
  exemptionNotListed: string;
  exemptionUnknown: string;
  regulation: string;
  sourcesOfFacts: string;
  notIcs: string;
  printTitle: (year: number) => string;
  printLegend: string;
  printListTitle: (year: number) => string;
  printHint: string;
  printView: string;
  printBegins: string;
  printSpan: string;
  /** Beside a name or note shown in English because it has no translation yet: "in English", in this language. */
  inEnglish: string;
  /** Under the file field: recurring events are checked at each occurrence, and how far. */
  recurrenceHint: (perEvent: number, perFile: number, lastYear: number) => string;
  /** Above the results when a recurring event's later occurrences were not checked. */
  cutOffTitle: string;
  /** After the event's name: how many of its dates were checked, up to which (`last`, already formatted). */
  cutOffChecked: (checked: number, last: string) => string;
  /** Why: at most `limit` dates per event or per file, a rule too costly to expand, or no dates after `limit`. */
  cutOffReason: (reason: 'occurrences' | 'file' | 'steps' | 'last-year', limit: number) => string;
}

export const UI: Record<Locale, UiText> = { de, en, tr, ar, uk, ru, pl, fa, ku, ro };

export const WIDGET_TEXT: Record<Locale, WidgetText> = {
  de: deWidget,
  en: enWidget,
  tr: trWidget,
  ar: arWidget,
  uk: ukWidget,
  ru: ruWidget,
  pl: plWidget,
  fa: faWidget,
  ku: kuWidget,
  ro: roWidget,
};

const PLANNING: Record<Locale, PlanningText> = {
  de: dePlanning,
  en: enPlanning,
  tr: trPlanning,
  ar: arPlanning,
  uk: ukPlanning,
  ru: ruPlanning,
  pl: plPlanning,
  fa: faPlanning,
  ku: kuPlanning,
  ro: roPlanning,
};

export const widgetText = (locale: Locale): WidgetText => WIDGET_TEXT[locale];

export const planningText = (locale: Locale): PlanningText => PLANNING[locale];

export const DEFAULT_LOCALE: Locale = 'de';

/** Each language in itself, for language switches. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  fa: 'فارسی',
  ku: 'Kurdî (Kurmancî)',
  ro: 'Română',
};

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** The best of our locales for an Accept-Language header (the library's negotiation), German by default. */
export const negotiateLocale = (acceptLanguage: string | undefined): Locale =>
  negotiateAcceptLanguage(acceptLanguage, DEFAULT_LOCALE);

/** The writing direction of a locale's pages, from the library's one resolver (ar and fa are right-to-left). */
export const direction = (locale: Locale): 'rtl' | 'ltr' => localeInfo(locale).direction;

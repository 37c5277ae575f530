import type { HolidayId } from './holiday-ids.js';
import type { Fixed } from './time/day.js';

export type { Fixed };

/**
 * The languages of interkal's text. de, en, tr and ar are inline in the tradition tables; uk, ru, pl, fa, ku
 * (Kurmanji, Latin script) and ro have their names in i18n/names/, one module each, and fall back to English.
 */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl', 'fa', 'ku', 'ro'] as const;
export type Locale = (typeof LOCALES)[number];

/** Any text where an id is expected: checked at run time, with editor completion for the known ids. */
export type IdInput<Id extends string> = Id | (string & {});

/** Text per locale. English and German are required for every row; other locales fall back to English. */
export type LocalizedText = { en: string; de: string } & Partial<Record<Locale, string>>;

export const TRADITION_IDS = [
  'christianity',
  'orthodox-christianity',
  'oriental-orthodox',
  'judaism',
  'islam',
  'alevism',
  'yazidism',
  'hinduism',
  'sikhism',
  'jainism',
  'buddhism',
  'bahai',
  'zoroastrianism',
  'persian',
  'chinese',
  'korean',
  'vietnamese',
  'japanese',
  'seasonal',
  'international',
] as const;
export type TraditionId = (typeof TRADITION_IDS)[number];

export const IMPORTANCES = ['major', 'minor', 'observance'] as const;
export type Importance = (typeof IMPORTANCES)[number];

/** Why a date may differ from the one given: moon sighting, local sky, regional custom, or announced yearly. */
export const UNCERTAINTY_KINDS = ['moon', 'place', 'region', 'announced'] as const;
export type UncertaintyKind = (typeof UNCERTAINTY_KINDS)[number];

export const JEWISH_OPTIONS = ['diaspora', 'israel'] as const;
export type JewishOption = (typeof JEWISH_OPTIONS)[number];

/**
 * How Islamic months begin: Umm al-Qura (Saudi Arabia), Diyanet (Turkey), the tabular calendar, a crescent-visibility
 * prediction at a place (`crescent`: CRESCENT_CRITERIA) or the MABIMS 2021 criterion (`mabims`, as Indonesia).
 */
export const ISLAMIC_METHODS = ['umm-al-qura', 'diyanet', 'tabular', 'crescent', 'mabims'] as const;
export type IslamicMethod = (typeof ISLAMIC_METHODS)[number];

/**
 * Published crescent-visibility criteria for `islamicMethod: 'crescent'`: Odeh 2006 or Yallop 1997. Named, one
 * overrides the country's own criterion, which `crescent` applies otherwise (MABIMS for Indonesia, else Odeh).
 */
export const CRESCENT_CRITERIA = ['odeh', 'yallop'] as const;
export type CrescentCriterion = (typeof CRESCENT_CRITERIA)[number];

/**
 * Countries whose months begin by local sighting, for `crescent` and `mabims`: each stands for its reference place
 * (India: New Delhi, Pakistan: Karachi, Indonesia: Jakarta and Banda Aceh, Morocco: Rabat).
 */
export const ISLAMIC_COUNTRIES = ['IN', 'PK', 'ID', 'MA'] as const;
export type IslamicCountry = (typeof ISLAMIC_COUNTRIES)[number];

export const VESAK_VARIANTS = ['un', 'sri-lanka', 'thai', 'chinese', 'korean', 'japanese'] as const;
export type VesakVariant = (typeof VESAK_VARIANTS)[number];

export const SIKH_CALENDARS = ['lunar', 'nanakshahi-2003'] as const;
export type SikhCalendar = (typeof SIKH_CALENDARS)[number];

/** Where the observer is: decides local sunrise/sunset and the civil date of an astronomical instant. */
export interface Place {
  latitude: number;
  longitude: number;
  /** An IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
}

/** Options every rule sees, with defaults resolved. */
export interface RuleOptions {
  jewish: JewishOption;
  islamicMethod: IslamicMethod;
  /** The criterion of `islamicMethod: 'crescent'`; undefined: the country's own (MABIMS for Indonesia, else Odeh). */
  crescentCriterion: CrescentCriterion | undefined;
  /**
   * Where `crescent` and `mabims` look for the crescent: this country's reference place if given, else `place`,
   * else the method's own country (crescent: India, mabims: Indonesia).
   */
  islamicCountry: IslamicCountry | undefined;
  vesak: VesakVariant;
  sikhCalendar: SikhCalendar;
  /** The user's place, if given; rules fall back to their tradition's reference place. */
  place: Place | undefined;
}

/** One computed observance of a holiday, before localization. */
export interface Observance {
  /** First civil (daytime) day. */
  start: Fixed;
  /** Overrides the definition's duration in days. */
  days?: number;
  /** The date in the tradition's own calendar, e.g. "1 Shawwal 1447", "1. Schawwal 1447". */
  nativeDate?: LocalizedText;
  /** Which variant or method produced this date, where options change it. */
  variant?: string;
  /** An astronomical instant behind the date (ISO 8601, UTC), e.g. an equinox. */
  instant?: string;
}

export interface Rule {
  /** How the date is found, for docs and holiday pages ("Easter Sunday − 2 days", "Ostersonntag − 2 Tage"). */
  readonly summary: LocalizedText;
  /** Every observance whose first day falls in the given Gregorian year. */
  observancesIn(gregorianYear: number, options: RuleOptions): Observance[];
  /**
   * The most days an observance of this rule lasts when the rule sets `days` itself (a whole Hijri month: 30);
   * absent when every observance lasts the definition's `days`. Queries look into the previous year only for
   * holidays that can last into theirs.
   */
  readonly maxDays?: number;
}

export interface Uncertainty {
  kind: UncertaintyKind;
  note: LocalizedText;
}

/**
 * A holiday's row in a tradition table, as the library computes with it (internal: the public shape is
 * public-types.ts's HolidayDefinition, without the rule).
 */
export interface HolidayDefinition {
  id: string;
  tradition: TraditionId;
  importance: Importance;
  names: LocalizedText;
  description: LocalizedText;
  rule: Rule;
  /** Length in days, counting the first civil day. */
  days: number;
  /** Begins at sunset on the evening before `date`. */
  startsEvening: boolean;
  uncertainty: Uncertainty | null;
  /** Where the rule comes from: authority or reference pages. */
  sources: string[];
}

export interface TraditionDefinition {
  id: TraditionId;
  names: LocalizedText;
  description: LocalizedText;
  holidays: HolidayDefinition[];
}

/** A holiday on the calendar, as the query returns it: plain, JSON-serializable, all text in one language. */
export interface Occurrence {
  readonly id: HolidayId;
  readonly tradition: TraditionId;
  /** The tradition's name, in the answer's language (English where no documented form exists yet). */
  readonly traditionName: string;
  /** "en" when `traditionName` has no documented form in the answer's language yet and is English; absent otherwise. */
  readonly traditionNameLocale?: 'en';
  readonly importance: Importance;
  readonly name: string;
  /** "en" when `name` has no documented form in the answer's language yet and is English; absent otherwise. */
  readonly nameLocale?: 'en';
  /** What the holiday is, in the answer's language (English where no translation exists). */
  readonly description: string;
  /** First civil day, YYYY-MM-DD. */
  readonly date: string;
  /** Last civil day, inclusive, YYYY-MM-DD. */
  readonly endDate: string;
  /** Begins at sunset on the evening before `date`. */
  readonly startsEvening: boolean;
  readonly uncertainty: { readonly kind: UncertaintyKind; readonly note: string } | null;
  /** Which variant or method produced this date, where options change it. */
  readonly variant?: string;
  /** The date in the tradition's own calendar, in the answer's language: "1 Shawwal 1447", "1. Schawwal 1447". */
  readonly nativeDate?: string;
  /** An astronomical instant behind the date (ISO 8601, UTC), e.g. an equinox. */
  readonly instant?: string;
  /**
   * With a place, for a holiday beginning the evening before: the local sunset that evening, ISO 8601 with the
   * place's offset to the minute ("2026-03-19T18:44+01:00").
   */
  readonly startsAt?: string;
}

/** A tradition and its holidays in one language. A fresh copy per call: the arrays are the caller's. */
export interface TraditionInfo {
  readonly id: TraditionId;
  readonly name: string;
  /** "en" when `name` has no documented form in the requested language yet and is English; absent otherwise. */
  readonly nameLocale?: 'en';
  readonly description: string;
  holidays: {
    readonly id: HolidayId;
    readonly name: string;
    readonly importance: Importance;
  }[];
}

import type { Fixed } from './time/day.js';

export type { Fixed };

export const LOCALES = ['de', 'en', 'tr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

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

export type UncertaintyKind = 'moon' | 'place' | 'region' | 'announced';

export const JEWISH_OPTIONS = ['diaspora', 'israel'] as const;
export type JewishOption = (typeof JEWISH_OPTIONS)[number];

export const ISLAMIC_METHODS = ['umm-al-qura', 'diyanet', 'tabular'] as const;
export type IslamicMethod = (typeof ISLAMIC_METHODS)[number];

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
  /** The date in the tradition's own calendar, e.g. "1 Shawwal 1447". */
  nativeDate?: string;
  /** Which variant or method produced this date, where options change it. */
  variant?: string;
  /** An astronomical instant behind the date (ISO 8601, UTC), e.g. an equinox. */
  instant?: string;
}

export interface Rule {
  /** How the date is found, in English, for docs and holiday pages ("Easter Sunday − 2 days"). */
  readonly summary: string;
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

/** A holiday on the calendar, as the query returns it: plain, JSON-serializable. */
export interface Occurrence {
  id: string;
  tradition: TraditionId;
  importance: Importance;
  name: string;
  /** First civil day, YYYY-MM-DD. */
  date: string;
  /** Last civil day, inclusive, YYYY-MM-DD. */
  endDate: string;
  startsEvening: boolean;
  uncertainty: { kind: UncertaintyKind; note: string } | null;
  variant?: string;
  nativeDate?: string;
  instant?: string;
}

export interface TraditionInfo {
  id: TraditionId;
  name: string;
  description: string;
  holidays: { id: string; name: string; importance: Importance }[];
}

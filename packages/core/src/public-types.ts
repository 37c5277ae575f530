import type { HolidayId } from './holiday-ids.js';
import type { Importance, Locale, LocalizedText, TraditionId, UncertaintyKind } from './types.js';

/**
 * One holiday as defined, in every language: what docs and holiday pages show. Frozen; the rule that computes
 * it stays inside the library (`ruleSummary` says how it works, in English, German and any language it has).
 */
export interface HolidayDefinition {
  readonly id: HolidayId;
  readonly tradition: TraditionId;
  readonly importance: Importance;
  readonly names: Readonly<LocalizedText>;
  readonly description: Readonly<LocalizedText>;
  /** How the date is found ("Easter Sunday − 2 days", "Ostersonntag − 2 Tage"); other languages fall back to en. */
  readonly ruleSummary: Readonly<LocalizedText>;
  /** Length in days, counting the first civil day. */
  readonly days: number;
  /** Begins at sunset on the evening before its first day. */
  readonly startsEvening: boolean;
  readonly uncertainty: { readonly kind: UncertaintyKind; readonly note: Readonly<LocalizedText> } | null;
  /** Where the rule comes from: authority or reference pages. */
  readonly sources: readonly string[];
}

/** One holiday's definition with its text in one language: everything a holiday page or API answer prints. */
export interface LocalizedHoliday {
  readonly id: HolidayId;
  readonly tradition: TraditionId;
  readonly traditionName: string;
  /** `locale`, or "en" when the tradition's name has no documented form in it yet. */
  readonly traditionNameLocale: Locale;
  readonly importance: Importance;
  /** The language of `name`, `description`, `ruleSummary`, `traditionName` and the note. */
  readonly locale: Locale;
  readonly name: string;
  /** `locale`, or "en" when the name has no documented form in it yet (i18n/names/FALLBACKS.md). */
  readonly nameLocale: Locale;
  readonly description: string;
  /** `locale`, or "en" when the description has no translation into it yet. */
  readonly descriptionLocale: Locale;
  /** The name in every language that has one. */
  readonly names: Readonly<Partial<Record<Locale, string>>>;
  /** How the date is found. */
  readonly ruleSummary: string;
  /** `locale`, or "en" when the rule summary has no translation into it yet. */
  readonly ruleSummaryLocale: Locale;
  readonly days: number;
  readonly startsEvening: boolean;
  readonly uncertainty: { readonly kind: UncertaintyKind; readonly note: string } | null;
  /** A fresh copy per call. */
  sources: string[];
}

/**
 * One tradition's holiday table, as `@interkal/core/traditions` exports it (`islam`, `judaism`, … or TRADITIONS
 * for all): what createHolidays computes. Opaque: the rules inside stay the library's.
 */
export interface TraditionTable {
  readonly id: TraditionId;
}

// The two ways the library counts time, and the constants that convert between them. A leaf: imports nothing, so
// astronomy, calendars and rules can all use it without importing one another.

/** A day as a fixed day number (Rata Die): day 1 is Monday, 1 January of year 1 (proleptic Gregorian). */
export type Fixed = number;

/** An instant as milliseconds since 1970-01-01T00:00Z, the unit of `Date` and of astronomy-engine's `AstroTime`. */
export type EpochMs = number;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** The Unix epoch (1970-01-01) as a fixed day: lets rules use JavaScript Dates and Intl for cross-checks. */
export const UNIX_EPOCH: Fixed = 719163;

/** The Unix epoch as a Julian Day (JD 2440587.5 is 1970-01-01T00:00). */
export const JD_UNIX_EPOCH = 2_440_587.5;

/** The fixed day of the civil date at `instant` in a zone `offsetMs` ahead of UTC. */
export const fixedAt = (instant: EpochMs, offsetMs = 0): Fixed =>
  UNIX_EPOCH + Math.floor((instant + offsetMs) / MS_PER_DAY);

/** 00:00 UTC of a fixed day. */
export const utcMidnightOf = (day: Fixed): EpochMs => (day - UNIX_EPOCH) * MS_PER_DAY;

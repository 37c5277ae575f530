/**
 * The default DTSTAMP. RFC 5545 reads DTSTAMP of a feed without METHOD REQUEST as "when the information was
 * last revised"; a rendering time would change every response although nothing was revised.
 */
export const FIXED_STAMP = new Date('2026-01-01T00:00:00Z');

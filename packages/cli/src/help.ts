import {
  CRESCENT_CRITERIA,
  DEFAULT_OPTIONS,
  IMPORTANCES,
  ISLAMIC_COUNTRIES,
  ISLAMIC_METHODS,
  JEWISH_OPTIONS,
  LOCALES,
  SIKH_CALENDARS,
  VESAK_VARIANTS,
} from '@interkal/core';

const MAIN = `interkal: holidays of many religions and cultures, 1900–2100

Usage:
  interkal holidays (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) [options]
  interkal traditions [--lang LANG] [--format table|json]
  interkal --help | interkal holidays --help | interkal traditions --help

Exit codes: 0 done, 2 bad arguments (one line on stderr), 1 internal error.
`;

const HOLIDAYS = `Usage: interkal holidays (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) [options]

Every holiday that overlaps the range, sorted by date.

  --year YYYY               a whole Gregorian year (instead of --from/--to)
  --from, --to YYYY-MM-DD   first and last day, inclusive
  --traditions a,b          only these traditions (ids: interkal traditions)
  --ids a,b                 only these holidays
  --importance a,b          ${IMPORTANCES.join(', ')} (default: all)
  --lang LANG               ${LOCALES.join(', ')} (default: en); dates in the table follow it ("de-AT" works)
  --jewish VALUE            ${JEWISH_OPTIONS.join(', ')} (default: ${DEFAULT_OPTIONS.jewish})
  --islamic-method VALUE    ${ISLAMIC_METHODS.join(', ')} (default: ${DEFAULT_OPTIONS.islamicMethod});
                            crescent and mabims predict a local sighting, an announcement decides
  --crescent-criterion VALUE  ${CRESCENT_CRITERIA.join(', ')} for crescent (default: the country's own,
                            MABIMS for ID as mabims, odeh for the others and --place)
  --islamic-country CODE    ${ISLAMIC_COUNTRIES.join(', ')}: crescent/mabims at that country's reference place
                            (default: --place, else IN for crescent, ID for mabims)
  --vesak VALUE             ${VESAK_VARIANTS.join(', ')} (default: ${DEFAULT_OPTIONS.vesak})
  --sikh-calendar VALUE     ${SIKH_CALENDARS.join(', ')} (default: ${DEFAULT_OPTIONS.sikhCalendar})
  --place LAT,LON,ZONE      observer for sunset/sunrise-dependent dates, e.g. 51.51,7.47,Europe/Berlin;
                            holidays beginning the evening before show that evening's sunset
  --city NAME               instead of --place: a German city (duisburg, berlin, munich, köln …)
  -f, --format FORMAT       table (default), json (the occurrence array), ics (iCalendar)
  -h, --help                this text

Example: interkal holidays --year 2026 --lang de --traditions islam,judaism
`;

const TRADITIONS = `Usage: interkal traditions [--lang LANG] [--format table|json]

Lists every tradition and its holiday ids: the values --traditions and --ids accept.

  --lang LANG           ${LOCALES.join(', ')} (default: en)
  -f, --format FORMAT   table (default) or json
  -h, --help            this text
`;

export const HELP = { main: MAIN, holidays: HOLIDAYS, traditions: TRADITIONS } as const;
